package org.sojourn.rest.internal;

import java.io.IOException;
import java.util.UUID;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a failure that escapes the REST layer itself with a problem+json 503 instead of the
 * servlet container's HTML 500. Every exception a resource throws is mapped inside CXF (the one
 * exception mapper); what still escapes comes from the endpoint being built or rebuilt — while a
 * node starts, CXF's destination exists a moment before its endpoint listens on it and fails with
 * a {@code NullPointerException} (seen by {@code FaultsIT} after a {@code kill -9}). The request
 * did nothing; the same request a moment later is served.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("sojourn-endpoint-guard") // unnamed filters share a default name, and the whiteboard drops all but one
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)") // the JAX-RS whiteboard's context too
public final class EndpointGuard implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointGuard.class);

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to let go
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            String incident = "urn:uuid:" + UUID.randomUUID();
            LOG.warn("Request failed outside the resources (an endpoint starting?), incident {}: {}", incident, failure.toString());
            HttpServletResponse http = (HttpServletResponse) response;
            http.reset();
            http.setStatus(503);
            http.setHeader("Retry-After", "1");
            http.setContentType(Problem.MEDIA_TYPE);
            http.setCharacterEncoding("UTF-8");
            // The language as the 404 servlet reads it, so both answer alike.
            String languages = ((HttpServletRequest) request).getHeader("Accept-Language");
            JsonProvider.MAPPER.writeValue(http.getOutputStream(), ProblemExceptionMapper.starting(
                    languages != null && "zh".equals(request.getLocale().getLanguage()), incident));
        }
    }
}
