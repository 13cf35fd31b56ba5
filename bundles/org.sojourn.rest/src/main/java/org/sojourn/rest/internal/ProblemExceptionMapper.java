package org.sojourn.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.NoContentException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place that decides what a failure looks like to a client and how loudly it is logged:
 * every exception leaving a resource becomes an {@code application/problem+json} response with a
 * stable code and a zh-TW/en message, never a stack trace or an HTML page. Client mistakes are
 * logged at debug; anything unexpected at error with an incident id the client also sees.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public final class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionMapper.class);

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = problemFor(failure, prefersChinese());
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            // Keep what the framework said about the request, e.g. Allow on 405.
            web.getResponse().getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                    values.forEach(value -> response.header(name, value));
                }
            });
        }
        return response.build();
    }

    /**
     * @param failure        what was thrown
     * @param prefersChinese whether {@code detail} should be in zh-TW rather than English
     * @return the body to send
     */
    static Problem problemFor(Throwable failure, boolean prefersChinese) {
        if (failure instanceof DomainException domain) {
            LOG.debug("Refused request: {}", domain.code());
            return problem(statusOf(domain.kind()), domain.code(), domain.messageZh(), domain.messageEn(),
                    prefersChinese, fieldErrors(domain.fieldProblems()), null);
        }
        if (failure instanceof JsonProcessingException json) {
            LOG.debug("Unreadable JSON: {}", json.getClass().getSimpleName());
            return jsonProblem(json, prefersChinese);
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 500) {
            LOG.debug("Request refused by the framework with {}", web.getResponse().getStatus());
            return frameworkProblem(web, prefersChinese);
        }
        String incident = "urn:uuid:" + UUID.randomUUID();
        LOG.error("Unexpected failure, incident {}", incident, failure);
        return problem(500, "INTERNAL_ERROR", "系統發生未預期的錯誤，請稍後再試；如持續發生，請提供事件編號。",
                "An unexpected error occurred; try again later and quote the incident id if it persists.",
                prefersChinese, List.of(), incident);
    }

    private static int statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case TOO_MANY_ATTEMPTS -> 429;
        };
    }

    private static Problem jsonProblem(JsonProcessingException json, boolean prefersChinese) {
        if (json instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return problem(400, "UNKNOWN_FIELD", "不接受的欄位：" + field + "。", "Unknown field: " + field + ".",
                    prefersChinese, List.of(), null);
        }
        if (json instanceof InvalidFormatException || json instanceof MismatchedInputException) {
            String field = path((MismatchedInputException) json);
            return problem(400, "INVALID_JSON_VALUE", "欄位 " + field + " 的值型別不正確。",
                    "Field " + field + " has a value of the wrong type.", prefersChinese, List.of(), null);
        }
        return problem(400, "MALFORMED_JSON", "請求內容不是有效的 JSON。", "The request body is not valid JSON.",
                prefersChinese, List.of(), null);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("(body)");
    }

    private static Problem frameworkProblem(WebApplicationException web, boolean prefersChinese) {
        int status = web.getResponse().getStatus();
        return switch (status) {
            case 400 -> web.getCause() instanceof NoContentException
                    ? problem(400, "EMPTY_BODY", "請求內容不得為空。", "The request body is empty.", prefersChinese,
                            List.of(), null)
                    : problem(400, "BAD_REQUEST", "請求格式錯誤。", "The request is malformed.", prefersChinese,
                            List.of(), null);
            case 401 -> problem(401, "UNAUTHENTICATED", "請先登入。", "Sign in first.", prefersChinese, List.of(), null);
            case 403 -> problem(403, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.", prefersChinese,
                    List.of(), null);
            case 404 -> notFound(prefersChinese);
            case 405 -> problem(405, "METHOD_NOT_ALLOWED", "此位址不支援這個 HTTP 方法。",
                    "This address does not support that HTTP method.", prefersChinese, List.of(), null);
            case 406 -> problem(406, "NOT_ACCEPTABLE", "無法以您要求的格式回應。",
                    "No response is available in the format asked for.", prefersChinese, List.of(), null);
            case 415 -> problem(415, "UNSUPPORTED_MEDIA_TYPE", "不支援此內容格式，請以 application/json 傳送。",
                    "Unsupported content type; send application/json.", prefersChinese, List.of(), null);
            default -> problem(status, "HTTP_" + status, "請求無法處理（HTTP " + status + "）。",
                    "The request could not be processed (HTTP " + status + ").", prefersChinese, List.of(), null);
        };
    }

    /**
     * For filters that refuse a request before any resource runs.
     *
     * @param refusal        why
     * @param prefersChinese whether {@code detail} should be in zh-TW
     * @return the problem response
     */
    static Response responseFor(DomainException refusal, boolean prefersChinese) {
        Problem problem = problemFor(refusal, prefersChinese);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * @param prefersChinese whether {@code detail} should be in zh-TW
     * @return the problem for an address nothing serves
     */
    /** @return the answer while the REST layer is (re)building an endpoint: a moment's wait, then the same request */
    static Problem starting(boolean prefersChinese, String incident) {
        return problem(503, "SERVICE_STARTING", "服務正在啟動，請稍後再試。", "The service is starting; try again in a moment.",
                prefersChinese, List.of(), incident);
    }

    static Problem notFound(boolean prefersChinese) {
        return problem(404, "NOT_FOUND", "找不到您要的資源。", "There is nothing at this address.", prefersChinese,
                List.of(), null);
    }

    private static List<Problem.FieldError> fieldErrors(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> new Problem.FieldError(p.field(), p.code(), messages(p.messageZh(), p.messageEn())))
                .toList();
    }

    private static Problem problem(int status, String code, String zh, String en, boolean prefersChinese,
            List<Problem.FieldError> errors, String instance) {
        String title = Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return new Problem("urn:sojourn:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'), title, status,
                code, prefersChinese ? zh : en, messages(zh, en), errors, instance);
    }

    private static Map<String, String> messages(String zh, String en) {
        return Map.of("zh-TW", zh, "en", en);
    }

    private boolean prefersChinese() {
        try {
            return headers != null && Requests.prefersChinese(headers.getAcceptableLanguages());
        } catch (RuntimeException outsideARequest) {
            return false;
        }
    }
}
