package org.jiexu.policy;

/**
 * One administrative division of GB/T 2260: a province (2-digit code), a prefecture (4-digit) or a county
 * (6-digit). {@code fullName} joins the names from province down ({@code 湖北省孝感市应城市}).
 */
public record Region(String code, String name, String fullName, String provinceCode) {

	/** The 6-digit form of the code, padded with zeros ({@code 42} → {@code 420000}). */
	public String sixDigitCode() {
		return (this.code + "000000").substring(0, 6);
	}

}
