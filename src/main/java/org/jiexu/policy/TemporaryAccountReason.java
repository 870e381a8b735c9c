package org.jiexu.policy;

/**
 * What decided a {@link TemporaryAccountDecision}, with the rule applied. The reader's text is the message
 * {@code policy.temporaryAccount.reason.<name>} with the arguments age at the move and age threshold.
 */
public enum TemporaryAccountReason {

	/** The new province is the hukou province: always transferred in (第五条（一）). */
	RETURN_TO_HUKOU(false, TransferSources.ART_5_1),
	/** The move was before the measures took effect (2010-01-01). */
	BEFORE_MEASURES(false, TransferSources.IN_FORCE),
	/** The person was under the age threshold on the move date (第五条（二）). */
	BELOW_AGE(false, TransferSources.ART_5_2),
	/** An unemployed military spouse (后联〔2011〕3号 三). */
	MILITARY_SPOUSE(false, TransferSources.MILITARY_SPOUSES),
	/** An approved job transfer (第五条（三）). */
	APPROVED_JOB_TRANSFER(false, TransferSources.ART_5_3),
	/** Age threshold reached, moving to a non-hukou province (第五条（二）). */
	AGE_REACHED(true, TransferSources.ART_5_2),
	/** Age threshold reached, first-ever enrolment in a non-hukou province (5号规 三). */
	AGE_REACHED_FIRST_ENROLMENT(true, TransferSources.CIRCULAR_2016_ITEM_3);

	private final boolean temporary;

	private final Source source;

	TemporaryAccountReason(boolean temporary, Source source) {
		this.temporary = temporary;
		this.source = source;
	}

	public boolean temporary() {
		return this.temporary;
	}

	public Source source() {
		return this.source;
	}

	public String messageKey() {
		return "policy.temporaryAccount.reason." + name();
	}

}
