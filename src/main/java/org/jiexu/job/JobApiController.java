package org.jiexu.job;

import org.jiexu.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Jobs of the caller's agency: state and progress. */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs (作业)")
class JobApiController {

	private final Jobs jobs;

	JobApiController(Jobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A job's state and progress (done of total, percent); 404 outside the caller's agency")
	JobView get(CurrentUser user, @PathVariable long id) {
		return this.jobs.find(user, id);
	}

}
