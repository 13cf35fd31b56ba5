package org.sojourn.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;

import org.junit.jupiter.api.Test;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

class ProblemExceptionMapperTest {

    @Test
    void domainErrorsKeepTheirCodeAndBothLanguages() throws Exception {
        DomainException refused = new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "中文", "English",
                List.of(new FieldProblem("applicationName", "REQUIRED", "必須填寫", "required")));

        JsonNode body = json(ProblemExceptionMapper.problemFor(refused, true));

        assertEquals(400, body.get("status").asInt());
        assertEquals("INVALID_INPUT", body.get("code").asText());
        assertEquals("中文", body.get("detail").asText());
        assertEquals("English", body.at("/messages/en").asText());
        assertEquals("applicationName", body.at("/errors/0/field").asText());
        assertEquals("必須填寫", body.at("/errors/0/messages/zh-TW").asText());
    }

    @Test
    void eachKindHasItsStatus() {
        assertEquals(404, ProblemExceptionMapper.problemFor(new DomainException(ErrorKind.NOT_FOUND, "X", "x", "x"), false).status());
        assertEquals(409, ProblemExceptionMapper.problemFor(new DomainException(ErrorKind.CONFLICT, "X", "x", "x"), false).status());
        assertEquals(503, ProblemExceptionMapper.problemFor(new DomainException(ErrorKind.UNAVAILABLE, "X", "x", "x"), false).status());
    }

    @Test
    void malformedAndMistypedJsonAreClientErrors() {
        assertEquals("MALFORMED_JSON", codeOfReading("{\"applicationName\": "));
        assertEquals("UNKNOWN_FIELD", codeOfReading("{\"applicationNmae\": \"x\"}"));
        assertEquals("INVALID_JSON_VALUE", codeOfReading("{\"applicationName\": [1]}"));
    }

    @Test
    void frameworkRefusalsBecomeProblemsWithStableCodes() {
        assertEquals("NOT_FOUND", ProblemExceptionMapper.problemFor(new NotFoundException(), false).code());
        assertEquals("METHOD_NOT_ALLOWED",
                ProblemExceptionMapper.problemFor(new NotAllowedException("GET"), false).code());
    }

    @Test
    void unexpectedFailuresRevealNothingButAnIncidentId() throws Exception {
        JsonNode body = json(ProblemExceptionMapper.problemFor(new IllegalStateException("secret detail"), false));

        assertEquals(500, body.get("status").asInt());
        assertEquals("INTERNAL_ERROR", body.get("code").asText());
        assertTrue(body.get("instance").asText().startsWith("urn:uuid:"));
        assertFalse(body.toString().contains("secret detail"));
    }

    private static String codeOfReading(String text) {
        try {
            JsonProvider.MAPPER.readValue(text, org.sojourn.cases.api.GroupInput.class);
        } catch (JsonProcessingException e) {
            return ProblemExceptionMapper.problemFor(e, false).code();
        }
        throw new AssertionError("accepted " + text);
    }

    private static JsonNode json(Problem problem) throws Exception {
        JsonNode node = JsonProvider.MAPPER.readTree(JsonProvider.MAPPER.writeValueAsString(problem));
        assertNotNull(node.get("type"));
        return node;
    }
}
