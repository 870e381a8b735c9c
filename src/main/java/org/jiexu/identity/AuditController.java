package org.jiexu.identity;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The agency's audit trail, as a page and in the API (auditors, supervisors, administrators). */
@Controller
@Tag(name = "Audit trail (审计日志)")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String page(CurrentUser reader, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("events", this.trail.recent(reader, page));
		model.addAttribute("page", Math.max(page, 0));
		return "identity/audit";
	}

	@GetMapping("/api/v1/audit-events")
	@ResponseBody
	@Operation(summary = "The newest audit entries of the caller's agency, 50 a page")
	List<AuditEventView> list(CurrentUser reader, @RequestParam(defaultValue = "0") int page) {
		return this.trail.recent(reader, page);
	}

}
