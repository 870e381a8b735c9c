package org.jiexu.contribution;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * A file uploaded as evidence of a base change (contract, payroll), as it came: the name the client gave, its
 * size, and its content, which is read only when the size is allowed. The type is decided from the content.
 */
public record EvidenceFile(@Nullable String fileName, long size, InputStreamSource content) {
}
