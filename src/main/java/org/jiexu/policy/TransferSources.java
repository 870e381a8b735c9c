package org.jiexu.policy;

/**
 * The documents the transfer rules apply ({@code ../shared/policy/transfer.md} §1 and §4.3), each with the
 * article and the confidence the research gave it. The national wording was read in reprints, not on gov.cn:
 * re-check against the original before relying on a figure.
 */
public final class TransferSources {

	/** 国办发〔2009〕66号: the measures themselves. */
	public static final String MEASURES = "国办发〔2009〕66号《城镇企业职工基本养老保险关系转移接续暂行办法》";

	/** 第四条: the amounts moved (12% of the bases from 1998; the individual account). */
	public static final Source ART_4 = new Source(MEASURES, "第四条", Confidence.HIGH);

	/** The measures apply from 2010-01-01 (新华社, 2009-12-30): no temporary account before. */
	public static final Source IN_FORCE = new Source(MEASURES, "自2010年1月1日起施行", Confidence.HIGH);

	/** 第五条（一）: a person returning to the hukou province is always transferred in. */
	public static final Source ART_5_1 = new Source(MEASURES, "第五条（一）", Confidence.HIGH);

	/** 第五条（二）: men 50+ and women 40+ moving to a non-hukou province get a temporary account. */
	public static final Source ART_5_2 = new Source(MEASURES, "第五条（二）", Confidence.HIGH);

	/** 第五条（三）: an approved job transfer is exempt from the age test. */
	public static final Source ART_5_3 = new Source(MEASURES, "第五条（三）", Confidence.HIGH);

	/** 第六条: the benefit place. */
	public static final Source ART_6 = new Source(MEASURES, "第六条", Confidence.HIGH);

	/** 第十二条: contribution years include deemed years. */
	public static final Source ART_12 = new Source(MEASURES, "第十二条", Confidence.HIGH);

	/** The 11% / 8% normalisation of the individual account (attributed to 187号 from memory). */
	public static final Source NORMALISATION = new Source(
			"人社部发〔2009〕187号《关于贯彻落实国务院办公厅转发城镇企业职工基本养老保险关系转移接续暂行办法的通知》（文号归属凭回忆，措辞见机关事业单位经办规程第八条）",
			"1998年至2005年个人账户记账比例高于11%的部分不转移、低于11%的按11%计算；2006年起按8%", Confidence.MEDIUM_HIGH);

	/** 人社部规〔2016〕5号 item 一: cumulative years of a province include the deemed years attributed to it. */
	public static final Source CIRCULAR_2016_ITEM_1 = new Source("人社部规〔2016〕5号《关于城镇企业职工基本养老保险关系转移接续若干问题的通知》",
			"一", Confidence.HIGH);

	/** 人社部规〔2016〕5号 item 三 (as repeated by provincial media): a first enrolment at those ages too. */
	public static final Source CIRCULAR_2016_ITEM_3 = new Source("人社部规〔2016〕5号《关于城镇企业职工基本养老保险关系转移接续若干问题的通知》（据地方媒体转述）",
			"三", Confidence.MEDIUM_HIGH);

	/** The 2025 MOHRSS clarification: the last province with 10 years that is not a temporary account. */
	public static final Source CLARIFICATION_2025 = new Source("人力资源社会保障部答问（央视新闻客户端 2025-04-16《在多个城市工作过 最后在哪领养老金？》）",
			"最后一个缴费满10年且非临时账户的省份就是待遇领取地", Confidence.MEDIUM_HIGH);

	/** 后联〔2011〕3号 item 三: unemployed military spouses get no temporary account. */
	public static final Source MILITARY_SPOUSES = new Source("后联〔2011〕3号《关于未就业随军配偶基本养老保险关系转移接续有关问题的通知》", "三",
			Confidence.HIGH);

	private TransferSources() {
	}

}
