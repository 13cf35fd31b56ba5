package org.sojourn.web.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Sends the site's root, {@code /}, to the entrance page ({@code /ui/index.html}), where the portals
 * are, and {@code /payments/{order}} — where payment providers send the payer back — to the order's
 * result page, and the mailed links — {@code /activate?token=…} (a student's account) and
 * {@code /reset-password?token=…} (a forgotten password) — to their pages. A filter rather than a
 * servlet: the REST bundle's 404 servlet holds the default mapping, and the whiteboard takes no
 * servlet for the context root alone. Everything else passes untouched (the
 * API lives in a context of its own and never meets this filter).
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("sojourn-entrance-redirect") // its own name: filters left unnamed collide and all but one are dropped
@HttpWhiteboardFilterPattern("/*")
public final class EntranceRedirect implements Filter {

    private static final Pattern ORDER = Pattern.compile("/payments/[0-9a-f-]{36}");
    /** The mailed links' tokens: 32 random bytes, base64url. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (path.isEmpty() || "/".equals(path)) {
            ((HttpServletResponse) response).sendRedirect(http.getContextPath() + "/ui/index.html");
            return;
        }
        if (ORDER.matcher(path).matches()) {
            // The address a payment provider sends the payer back to (the channels' return URL).
            ((HttpServletResponse) response).sendRedirect(http.getContextPath() + "/ui/index.html#" + path);
            return;
        }
        if ("/activate".equals(path) || "/reset-password".equals(path)) {
            // The token goes after the '#', so it never reaches a server log or a Referer header again.
            String token = http.getParameter("token");
            ((HttpServletResponse) response).sendRedirect(http.getContextPath() + "/ui/index.html#"
                    + (token != null && TOKEN.matcher(token).matches() ? path + "/" + token : "/"));
            return;
        }
        chain.doFilter(request, response);
    }
}
