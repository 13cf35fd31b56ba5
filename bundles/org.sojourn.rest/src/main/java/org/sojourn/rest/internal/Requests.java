package org.sojourn.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.SecurityContext;

import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.security.api.Session;

/** What resources and filters read off a request. */
final class Requests {

    private Requests() {
    }

    /** @return whether the caller's first language is Chinese */
    static boolean prefersChinese(List<Locale> languages) {
        return !languages.isEmpty() && "zh".equals(languages.get(0).getLanguage());
    }

    /** @return the caller's network address, for the audit trail */
    static String source(HttpServletRequest http) {
        try {
            return http == null ? null : http.getRemoteAddr();
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    /**
     * @param body what the client sent, null when it sent nothing
     * @return the body
     * @throws DomainException {@code EMPTY_BODY} when there is none
     */
    static <T> T requireBody(T body) {
        if (body == null) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "EMPTY_BODY", "請求內容不得為空。", "The request body is empty.");
        }
        return body;
    }

    /**
     * @param service a security service from a dynamic reference, null while it is not running
     * @return the service
     * @throws DomainException {@code SECURITY_UNAVAILABLE} (503) when it is not running
     */
    static <S> S requireSecurity(S service) {
        if (service == null) {
            throw securityUnavailable();
        }
        return service;
    }

    /** @return the refusal while sign-in cannot be served */
    static DomainException securityUnavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, "SECURITY_UNAVAILABLE", "登入服務暫時無法使用，請稍後再試。",
                "Sign-in is unavailable right now; try again shortly.");
    }

    /**
     * @param security the request's security context
     * @return the caller's session
     * @throws DomainException {@code UNAUTHENTICATED} when nobody is signed in
     */
    static Session requireSession(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerSecurityContext.CallerPrincipal caller) {
            return caller.session();
        }
        throw new DomainException(ErrorKind.UNAUTHENTICATED, "UNAUTHENTICATED", "請先登入。", "Sign in first.");
    }

    /** The largest page any list serves. */
    static final int MAX_PAGE_SIZE = 100;

    /**
     * Reads a list's page parameters. Taken as text: JAX-RS would answer a non-number with 404.
     *
     * @param page the page, from 0
     * @param size the rows per page, 1–100
     * @return page and size
     * @throws DomainException {@code INVALID_PAGE} (400) when either is not a number in its range
     */
    static int[] page(String page, String size) {
        int number = integer(page, -1);
        int rows = integer(size, 0);
        if (number < 0 || rows < 1 || rows > MAX_PAGE_SIZE) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_PAGE", "頁碼須為 0 以上的整數，每頁筆數須為 1 至 100。",
                    "The page is a whole number from 0 and a page holds 1 to 100 rows.",
                    List.of(new FieldProblem(number < 0 ? "page" : "size", "OUT_OF_RANGE", "超出範圍。", "Out of range.")));
        }
        return new int[] {number, rows};
    }

    private static int integer(String text, int invalid) {
        try {
            return Integer.parseInt(text.strip());
        } catch (RuntimeException e) {
            return invalid;
        }
    }

    /**
     * @param field the query parameter's name, for the error
     * @param raw   {@code YYYY-MM-DD}, or blank for none
     * @return the day, or null
     * @throws DomainException {@code INVALID_DATE} when it is not a day
     */
    static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_DATE", "日期格式應為 YYYY-MM-DD。",
                    "Dates are written YYYY-MM-DD.", List.of(new FieldProblem(field, "INVALID_DATE",
                            "日期格式應為 YYYY-MM-DD。", "Dates are written YYYY-MM-DD.")));
        }
    }

    /** @return the text stripped, or null when blank */
    static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
