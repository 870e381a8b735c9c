package org.jiexu.policy;

/**
 * The clause of 66号 第六条 that decided a benefit place, with its wording (from reprints, see
 * {@code transfer.md} §1.4). The reader's paraphrase is the message {@code policy.benefitPlace.clause.<name>}.
 */
public enum BenefitPlaceClause {

	ART6_1("第六条（一）", "基本养老保险关系在户籍所在地的,由户籍所在地负责办理待遇领取手续,享受基本养老保险待遇。"),

	ART6_2("第六条（二）", "基本养老保险关系不在户籍所在地,而在其基本养老保险关系所在地累计缴费年限满10年的,在该地办理待遇领取手续,享受当地基本养老保险待遇。"),

	ART6_3("第六条（三）", "基本养老保险关系不在户籍所在地,且在其基本养老保险关系所在地累计缴费年限不满10年的,将其基本养老保险关系转回上一个缴费年限满10年的原参保地办理待遇领取手续,享受基本养老保险待遇。"),

	ART6_4("第六条（四）", "基本养老保险关系不在户籍所在地,且在每个参保地的累计缴费年限均不满10年的,将其基本养老保险关系及相应资金归集到户籍所在地,由户籍所在地按规定办理待遇领取手续,享受基本养老保险待遇。");

	private final String article;

	private final String text;

	BenefitPlaceClause(String article, String text) {
		this.article = article;
		this.text = text;
	}

	/** The clause's Chinese wording. */
	public String text() {
		return this.text;
	}

	public Source source() {
		return new Source(TransferSources.MEASURES, this.article, Confidence.HIGH);
	}

	public String messageKey() {
		return "policy.benefitPlace.clause." + name();
	}

}
