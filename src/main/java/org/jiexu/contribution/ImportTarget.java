package org.jiexu.contribution;

/** What an import is for: the employer, its agency and the agency's province (for the base limits). */
record ImportTarget(long importId, long jobId, long employerId, String agencyCode, String province) {
}
