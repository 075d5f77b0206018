package vn.gov.ward.assistant.console;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import vn.gov.ward.assistant.console.internal.Formats;
import vn.gov.ward.assistant.console.internal.Viewer;

/** What every console page has: the person signed in (for the layout's menu), the formats, and the page for what is not there. */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private final ConsoleViewers viewers;

    ConsoleAdvice(ConsoleViewers viewers) {
        this.viewers = viewers;
    }

    /** The person signed in; null on the sign-in page, and for an officer deactivated since signing in. */
    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) return null;
        return viewers.of(authentication).orElse(null);
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return Formats.FORMATS;
    }

    /** The viewer a page needs; an officer deactivated since signing in is signed out. */
    static Viewer required(Viewer viewer) {
        if (viewer == null) throw new SignedOut();
        return viewer;
    }

    static final class SignedOut extends RuntimeException {
    }

    @ExceptionHandler(SignedOut.class)
    String signedOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate();
        return "redirect:" + ConsoleSecurity.LOGIN + "?error";
    }

    /** A page asked for something absent, or not the viewer's to see: the same answer for both. */
    static final class NotFound extends RuntimeException {
        NotFound(String what) {
            super(what);
        }
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Model model) {
        model.addAttribute("what", e.getMessage());
        return "console/not-found";
    }
}
