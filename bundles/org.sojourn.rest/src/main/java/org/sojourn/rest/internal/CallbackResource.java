package org.sojourn.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.payment.api.CallbackAnswer;
import org.sojourn.payment.api.Payments;
import org.sojourn.payment.spi.RawCallback;

/**
 * {@code /api/v1/callbacks/{channelId}}: the one endpoint payment providers post results to. The
 * request is handed over as it arrived (bytes, headers, query, sender); the core stores it before
 * anything else and answers what the provider expects ({@code 1|OK}) once it is safely taken.
 */
@Component(service = CallbackResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/callbacks")
public final class CallbackResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Payments payments;

    /**
     * @param channelId the channel, as configured in the provider's ReturnURL
     * @param body      the body's bytes
     * @return the provider's acknowledgement, or 400 / 503 as plain text
     */
    @POST
    @Path("{channelId}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    @Public
    public Response callback(@PathParam("channelId") String channelId, @Context HttpHeaders headers, @Context UriInfo uri,
            @Context HttpServletRequest http, byte[] body) {
        Payments service = payments;
        if (service == null) {
            return Response.status(503).type(MediaType.TEXT_PLAIN).entity("0|unavailable").build();
        }
        Map<String, List<String>> lowerCase = headers.getRequestHeaders().entrySet().stream()
                .filter(header -> !"authorization".equalsIgnoreCase(header.getKey()) && !"cookie".equalsIgnoreCase(header.getKey()))
                .collect(Collectors.toMap(header -> header.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        Map<String, List<String>> query = uri.getQueryParameters().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String contentType = headers.getMediaType() == null ? null : headers.getMediaType().toString();
        CallbackAnswer answer = service.callback(channelId, new RawCallback("POST", contentType, body, lowerCase, query,
                Requests.source(http)));
        return Response.status(answer.status()).type(MediaType.TEXT_PLAIN).entity(answer.body()).build();
    }
}
