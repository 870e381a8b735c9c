package org.jiexu.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Realistic Chinese company names: place prefix + two-character brand + industry + legal form, e.g.
 * 应城恒泰化工有限责任公司.
 */
final class CompanyNames {

	private static final Map<String, List<String>> PLACE_PREFIXES = Map.of(DemoAgencies.XICHENG.code(),
			List.of("北京", "北京", "北京西城"), DemoAgencies.YINGCHENG.code(), List.of("应城", "应城", "湖北"),
			DemoAgencies.JINTAI.code(), List.of("宝鸡", "宝鸡", "陕西"), DemoAgencies.KAIYUAN.code(),
			List.of("开远", "开远", "云南"), DemoAgencies.WENDENG.code(), List.of("威海", "文登", "山东"));

	private static final String BRAND_CHARACTERS = "华信恒泰隆盛鑫达瑞丰宏源新通博远安康凯晟嘉和顺兴鼎佳汇聚润德金海天中正诚益永昌祥明宇航创科锦云峰辰朗";

	private static final List<String> INDUSTRIES = List.of("科技", "建设工程", "商贸", "物流", "食品", "化工", "机械制造", "电子",
			"纺织", "医药", "房地产开发", "餐饮管理", "物业管理", "信息技术", "建材", "农业开发", "汽车销售", "文化传媒", "环保科技", "新能源",
			"劳务服务", "家政服务", "印刷", "酒店管理", "装饰工程", "电力设备", "矿业", "包装", "生物科技", "教育咨询");

	private static final Weighted<String> LEGAL_FORM = new Weighted<>(List.of("有限公司", "有限责任公司", "股份有限公司"),
			new int[] { 65, 25, 10 });

	private CompanyNames() {
	}

	static String name(SplittableRandom random, DemoAgency agency) {
		List<String> prefixes = PLACE_PREFIXES.get(agency.code());
		char first = BRAND_CHARACTERS.charAt(random.nextInt(BRAND_CHARACTERS.length()));
		char second;
		do {
			second = BRAND_CHARACTERS.charAt(random.nextInt(BRAND_CHARACTERS.length()));
		}
		while (second == first);
		return prefixes.get(random.nextInt(prefixes.size())) + first + second
				+ INDUSTRIES.get(random.nextInt(INDUSTRIES.size())) + LEGAL_FORM.pick(random);
	}

}
