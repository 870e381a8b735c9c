package org.jiexu.registry;

import java.util.Locale;

/** A social insurance agency: its code (region code + serial), GB/T 2260 region and names. */
public record AgencyView(String code, String regionCode, String regionName, String nameZh, String nameEn) {

	/** The agency's name in the reader's language. */
	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
