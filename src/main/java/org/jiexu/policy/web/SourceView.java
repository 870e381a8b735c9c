package org.jiexu.policy.web;

import java.util.List;

import org.jiexu.policy.Explanation;
import org.jiexu.policy.Source;

import io.swagger.v3.oas.annotations.media.Schema;

/** A rule's source in an API answer. */
@Schema(description = "Where a rule or figure comes from, and how far it can be trusted")
record SourceView(@Schema(example = "国发〔2005〕38号《国务院关于完善企业职工基本养老保险制度的决定》") String document,
		@Schema(example = "个人账户养老金月标准为个人账户储存额除以计发月数") String article,
		@Schema(example = "国发〔2005〕38号《国务院关于完善企业职工基本养老保险制度的决定》 个人账户养老金月标准为个人账户储存额除以计发月数") String citation,
		@Schema(example = "HIGH",
				allowableValues = { "HIGH", "MEDIUM_HIGH", "MEDIUM", "LOW", "DEMO", "ENTERED" }) String confidence) {

	static SourceView of(Source source) {
		return new SourceView(source.document(), source.article(), source.citation(), source.confidence().name());
	}

	static List<SourceView> of(Explanation explanation) {
		return explanation.sources().stream().map(SourceView::of).toList();
	}

}
