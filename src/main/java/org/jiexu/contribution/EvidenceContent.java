package org.jiexu.contribution;

/** An evidence file to download. */
public record EvidenceContent(String fileName, String contentType, byte[] content) {
}
