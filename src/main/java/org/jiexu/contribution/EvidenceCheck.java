package org.jiexu.contribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jiexu.shared.InputCheck;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * Evidence files of a base change: PDF, JPEG or PNG, recognised by their first bytes (never by the name or the
 * type the client claims), not empty, at most {@value #MAX_BYTES} bytes each, at most {@value #MAX_FILES} per
 * declaration.
 */
final class EvidenceCheck {

	static final int MAX_MEGABYTES = 5;

	static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024;

	static final int MAX_FILES = 10;

	private static final int MAX_NAME = 200;

	/** A file that passed: its cleaned name, the type found in its bytes, and the bytes. */
	record Accepted(String fileName, String contentType, byte[] content) {
	}

	private enum Kind {

		PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
		PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
		JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

		private final String contentType;

		private final byte[] magic;

		Kind(String contentType, byte[] magic) {
			this.contentType = contentType;
			this.magic = magic;
		}

		static Optional<Kind> of(byte[] content) {
			return Arrays.stream(values())
				.filter(kind -> content.length >= kind.magic.length
						&& Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length))
				.findFirst();
		}

	}

	private EvidenceCheck() {
	}

	/** The accepted files; every refused one is added to the check, named. */
	static List<Accepted> check(List<EvidenceFile> files, InputCheck check) {
		List<Accepted> accepted = new ArrayList<>();
		if (files.size() > MAX_FILES) {
			check.refuse(UserInputException.invalid("evidence", "contribution.evidence.tooMany",
					String.valueOf(files.size()), String.valueOf(MAX_FILES)));
			return accepted;
		}
		for (int i = 0; i < files.size(); i++) {
			EvidenceFile file = files.get(i);
			String field = "evidence[" + i + "]";
			String name = fileName(file.fileName(), i);
			if (file.size() == 0) {
				check.refuse(UserInputException.invalid(field, "contribution.evidence.empty", name));
				continue;
			}
			if (file.size() > MAX_BYTES) {
				check.refuse(UserInputException.invalid(field, "contribution.evidence.tooBig", name,
						String.valueOf(MAX_MEGABYTES)));
				continue;
			}
			byte[] content = read(file);
			if (content.length == 0) { // the size given was wrong
				check.refuse(UserInputException.invalid(field, "contribution.evidence.empty", name));
				continue;
			}
			if (content.length > MAX_BYTES) {
				check.refuse(UserInputException.invalid(field, "contribution.evidence.tooBig", name,
						String.valueOf(MAX_MEGABYTES)));
				continue;
			}
			Optional<Kind> kind = Kind.of(content);
			if (kind.isEmpty()) {
				check.refuse(UserInputException.invalid(field, "contribution.evidence.type", name));
				continue;
			}
			accepted.add(new Accepted(name, kind.get().contentType, content));
		}
		return accepted;
	}

	/** The name without any path, control characters or more than 200 characters; a made-up one if blank. */
	static String fileName(@Nullable String given, int index) {
		String name = given == null ? "" : given;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("[\\p{Cntrl}\"]", "")
			.strip();
		if (name.isEmpty()) {
			return "evidence-" + (index + 1);
		}
		return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
	}

	private static byte[] read(EvidenceFile file) {
		try (InputStream in = file.content().getInputStream()) {
			return in.readNBytes((int) MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
