package org.jiexu.policy.web;

import java.util.List;

import org.jiexu.policy.Explanation;
import org.jiexu.policy.Source;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the API writes an {@link Explanation}: its figures and its sources, each as a list. */
final class ExplanationView {

	private ExplanationView() {
	}

	@Schema(description = "A figure the rule used or produced; label it with the message policy.figure.<name>")
	record FigureView(@Schema(example = "pooledTwelvePercent") String name, @Schema(example = "7200.00") String value) {
	}

	@Schema(description = "A document the rule applied, with how far it can be trusted")
	record SourceView(@Schema(example = "国办发〔2009〕66号《城镇企业职工基本养老保险关系转移接续暂行办法》") String document,
			@Schema(example = "第四条") String article,
			@Schema(example = "国办发〔2009〕66号《城镇企业职工基本养老保险关系转移接续暂行办法》 第四条") String citation,
			@Schema(example = "HIGH",
					allowableValues = { "HIGH", "MEDIUM_HIGH", "MEDIUM", "LOW", "DEMO", "ENTERED" }) String confidence) {

		static SourceView of(Source source) {
			return new SourceView(source.document(), source.article(), source.citation(), source.confidence().name());
		}

	}

	static List<FigureView> figures(Explanation explanation) {
		return explanation.figures().stream().map(figure -> new FigureView(figure.name(), figure.value())).toList();
	}

	static List<SourceView> sources(Explanation explanation) {
		return explanation.sources().stream().map(SourceView::of).toList();
	}

}
