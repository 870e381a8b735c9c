package org.jiexu.system;

import org.jiexu.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a greeting and the work the user's role offers. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		return "home";
	}

}
