package org.jiexu.demo;

import java.util.List;
import java.util.Optional;

/** The five demo agencies, one at each seed place. */
public final class DemoAgencies {

	public static final DemoAgency XICHENG = agency("110102", "北京市西城区社会保险事业管理中心",
			"Beijing Xicheng Social Insurance Agency");

	public static final DemoAgency YINGCHENG = agency("420981", "应城市社会保险局", "Yingcheng Social Insurance Agency");

	public static final DemoAgency JINTAI = agency("610303", "宝鸡市金台区社会保险经办中心",
			"Baoji Jintai Social Insurance Agency");

	public static final DemoAgency KAIYUAN = agency("532502", "开远市社会保险局", "Kaiyuan Social Insurance Agency");

	public static final DemoAgency WENDENG = agency("371003", "威海市文登区社会保险事业中心",
			"Weihai Wendeng Social Insurance Agency");

	/** The seed agencies, in this order: Xicheng, Yingcheng, Jintai, Kaiyuan, Wendeng. */
	public static final List<DemoAgency> SEED = List.of(XICHENG, YINGCHENG, JINTAI, KAIYUAN, WENDENG);

	private DemoAgencies() {
	}

	/** The seed agency with this code. */
	public static Optional<DemoAgency> byCode(String code) {
		return SEED.stream().filter(agency -> agency.code().equals(code)).findFirst();
	}

	private static DemoAgency agency(String regionCode, String nameZh, String nameEn) {
		return new DemoAgency(regionCode + "01", regionCode, nameZh, nameEn);
	}

}
