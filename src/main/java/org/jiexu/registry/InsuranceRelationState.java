package org.jiexu.registry;

/** The state of a person's pension insurance relation at one agency. Labels: {@code registry.relation.state.*}. */
public enum InsuranceRelationState {

	/** Contributing here now (参保缴费). */
	ACTIVE,
	/** Held here, but no contributions at the moment (暂停缴费/中断): the record and account stay here. */
	SUSPENDED,
	/** Held in a temporary account (临时账户): never makes this place the benefit place. */
	TEMPORARY,
	/** Moved to another agency by a completed transfer (已转出). */
	TRANSFERRED_OUT,
	/** Ended for good: death, emigration, refund (终止). */
	TERMINATED,
	/**
	 * The person draws the pension here (领取养老待遇), from the relation's {@code pensionFrom} month: the relation
	 * stays here and no longer transfers (国办发〔2009〕66号 第二条).
	 */
	DRAWING_PENSION;

	/** The states of a relation still held here, which may transfer: ACTIVE, SUSPENDED, TEMPORARY. */
	public static final java.util.Set<InsuranceRelationState> LIVE = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(ACTIVE, SUSPENDED, TEMPORARY));

	/** Whether a relation in this state is still held here and may transfer ({@link #LIVE}). */
	public boolean isLive() {
		return LIVE.contains(this);
	}

}
