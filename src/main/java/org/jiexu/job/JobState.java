package org.jiexu.job;

/**
 * Where a job stands. {@link #INTERRUPTED} is a job that stopped before its end (the application stopped, or a
 * step failed): it keeps what it finished and can be resumed.
 */
public enum JobState {

	RUNNING, COMPLETED, INTERRUPTED, FAILED;

	public boolean isFinal() {
		return this == COMPLETED || this == FAILED;
	}

}
