package org.jiexu.registry;

import java.util.Locale;

/** A social insurance agency: its code (region code + serial), GB/T 2260 region and names. */
public record AgencyView(String code, String regionCode, String regionName, String nameZh, String nameEn) {

	/** The 2-digit GB/T 2260 code of the agency's province, whose policy figures (limits, rates) apply. */
	public String province() {
		return this.regionCode.substring(0, 2);
	}

	/** The agency's name in the reader's language. */
	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
