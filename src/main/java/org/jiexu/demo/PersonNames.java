package org.jiexu.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jiexu.policy.Gender;

/**
 * Realistic Chinese personal names: a surname weighted by how common it is (about 3% two-character surnames
 * such as 欧阳), then a one- or two-character given name from common given-name characters of the person's
 * gender, with some that both genders use.
 */
final class PersonNames {

	/** The commonest surnames with their rough share in tenths of a percent (2020 census order). */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢"
			+ "姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常";

	private static final int[] SURNAME_WEIGHTS = { 71, 70, 68, 54, 46, 31, 25, 23, 20, 19, 17, 15, 15, 13, 13,
			12, 12, 11, 11, 11, 10, 9, 8, 8, 8, 7, 7, 7, 7, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4,
			4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2,
			2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 };

	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
			"慕容", "令狐", "司徒", "夏侯", "长孙", "宇文", "端木", "轩辕");

	private static final String MALE_CHARACTERS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国峰亮成志东海文博晨轩然昊天子嘉睿泽毅锋";

	private static final String FEMALE_CHARACTERS = "芳娜敏静丽艳娟霞秀玲燕红梅琳婷雪慧颖倩洁莉萍琴云欣怡佳晶蕾璐彤雨梦瑶悦丹月爽薇桂英";

	private static final String SHARED_CHARACTERS = "文明玉春晓建新金永海华思宇佳晨雨安";

	private static final Weighted<String> SURNAME = surnames();

	private PersonNames() {
	}

	static String name(SplittableRandom random, Gender gender) {
		String surname = random.nextInt(100) < 3
				? COMPOUND_SURNAMES.get(random.nextInt(COMPOUND_SURNAMES.size())) : SURNAME.pick(random);
		String given = givenCharacter(random, gender);
		if (random.nextInt(100) < 72) {
			String second = givenCharacter(random, gender);
			given += second.equals(given) && random.nextInt(4) != 0 ? givenCharacter(random, gender) : second;
		}
		return surname + given;
	}

	private static String givenCharacter(SplittableRandom random, Gender gender) {
		String pool = random.nextInt(100) < 20 ? SHARED_CHARACTERS
				: gender == Gender.MALE ? MALE_CHARACTERS : FEMALE_CHARACTERS;
		return String.valueOf(pool.charAt(random.nextInt(pool.length())));
	}

	private static Weighted<String> surnames() {
		List<String> surnames = new ArrayList<>();
		SURNAMES.codePoints().forEach(c -> surnames.add(Character.toString(c)));
		return new Weighted<>(surnames, SURNAME_WEIGHTS);
	}

}
