package vn.gov.ward.assistant.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in form (Spring Security takes what it posts) and the page of a refused request. */
@Controller
class SignInController {

    @GetMapping(ConsoleSecurity.LOGIN)
    String signIn() {
        return "console/login";
    }

    /** Where Spring Security forwards a request the viewer's role may not make (status 403 already set). */
    @RequestMapping("/console/forbidden")
    String forbidden() {
        return "console/forbidden";
    }
}
