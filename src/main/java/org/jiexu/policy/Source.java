package org.jiexu.policy;

import java.util.Objects;

/**
 * Where a rule or a figure comes from: the document (number and short title, as a clerk would cite it), the
 * article or table inside it, and how far it can be trusted. Every rule result carries its sources, so that a
 * clerk can show a person why.
 *
 * @param document the document number and title, e.g. {@code 国办发〔2009〕66号《城镇企业职工基本养老保险关系转移接续暂行办法》}
 * @param article the article, item or table, e.g. {@code 第四条}; empty when the whole document is meant
 * @param confidence how far the figure can be trusted
 */
public record Source(String document, String article, Confidence confidence) {

	public Source {
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(article, "article");
		Objects.requireNonNull(confidence, "confidence");
	}

	/** A figure that is demo data, not a published number: says so in place of a document. */
	public static Source demo(String what) {
		return new Source("演示数据（非公布数字）：" + what, "", Confidence.DEMO);
	}

	/** A figure the user entered for one calculation, overriding the policy value. */
	public static Source entered(String what) {
		return new Source("计算时输入（覆盖政策数值）：" + what, "", Confidence.ENTERED);
	}

	/** Document and article as one citation, e.g. {@code 国办发〔2009〕66号 第四条}. */
	public String citation() {
		return this.article.isEmpty() ? this.document : this.document + " " + this.article;
	}

}
