package org.jiexu.contribution.web;

import java.util.List;

import org.jiexu.contribution.EvidenceFile;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded evidence as the module takes it; a file input left empty (no name, no bytes) is no file. */
final class Uploads {

	private Uploads() {
	}

	static List<EvidenceFile> evidence(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())))
			.map(file -> new EvidenceFile(file.getOriginalFilename(), file.getSize(), file))
			.toList();
	}

}
