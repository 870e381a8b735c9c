package org.jiexu.notification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.identity.CurrentUser;
import org.jiexu.notification.SmsMessageView;
import org.jiexu.notification.SmsOutbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The SMS outbox for administrators: the page and the API. */
@Controller
@Tag(name = "Notifications (通知)")
class SmsOutboxController {

	private final SmsOutbox outbox;

	SmsOutboxController(SmsOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/sms")
	String page(CurrentUser user, Model model) {
		model.addAttribute("messages", this.outbox.recent(user));
		return "notification/sms";
	}

	@GetMapping("/api/v1/sms-messages")
	@ResponseBody
	@Operation(summary = "The agency's latest SMS (ADMIN), newest first, phones masked, with what the gateway did")
	List<SmsMessageView> list(CurrentUser user) {
		return this.outbox.recent(user);
	}

}
