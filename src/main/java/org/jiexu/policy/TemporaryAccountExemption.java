package org.jiexu.policy;

/**
 * Why the age test of 66号 第五条（二） does not apply to a move: an unemployed military spouse taking up work or
 * resettled with the soldier (后联〔2011〕3号 三、四; only that move out of the military account, later moves
 * follow 66号), or a job transfer approved by a county-level or higher Party organisation department or
 * human-resources department (66号 第五条（三）).
 */
public enum TemporaryAccountExemption {

	NONE, MILITARY_SPOUSE, APPROVED_JOB_TRANSFER

}
