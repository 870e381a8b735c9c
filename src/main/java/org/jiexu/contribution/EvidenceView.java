package org.jiexu.contribution;

/** A stored evidence file of a base change: its name, the content type found in its bytes, and its size. */
public record EvidenceView(long id, String fileName, String contentType, long sizeBytes) {
}
