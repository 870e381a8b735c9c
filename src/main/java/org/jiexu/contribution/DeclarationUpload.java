package org.jiexu.contribution;

import org.springframework.core.io.InputStreamSource;

/** An uploaded declaration file: its name as sent, its size in bytes and its content (read once, streamed). */
public record DeclarationUpload(String fileName, long size, InputStreamSource content) {
}
