package org.sojourn.rest.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Reads and writes JSON (and {@code application/problem+json}) for every Sojourn resource. Unknown
 * fields are refused rather than ignored, so a misspelt field is an error the client sees instead
 * of a value silently lost.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsMediaType(MediaType.APPLICATION_JSON)
public final class JsonProvider extends JacksonJsonProvider {

    /** The mapper every Sojourn resource shares; also used for the problem bodies. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Creates the provider with Sojourn's mapper. */
    public JsonProvider() {
        super(MAPPER);
    }
}
