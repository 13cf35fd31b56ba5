package org.sojourn.rest.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Answers any address nothing else serves with a problem+json 404, instead of the servlet
 * container's HTML error page. Registered at {@code /}, the servlet pattern that matches only what
 * no other servlet claims.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
public final class NotFoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String languages = request.getHeader("Accept-Language");
        Problem problem = ProblemExceptionMapper.notFound(languages != null && "zh".equals(request.getLocale().getLanguage()));
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        JsonProvider.MAPPER.writeValue(response.getOutputStream(), problem);
    }
}
