package org.sojourn.rest.internal;

import java.time.Instant;
import java.util.Base64;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.security.api.Authentication;
import org.sojourn.security.api.Captcha;

/** {@code GET /api/v1/captcha}: a new picture captcha for the next sign-in. Public. */
@Component(service = CaptchaResource.class)
@JaxrsResource
@Public
@JSONRequired
@Path("v1/captcha")
public final class CaptchaResource {

    /**
     * A captcha to show.
     *
     * @param captchaId send it back with the answer
     * @param image     the picture as a {@code data:image/png;base64,…} URL, ready for an img element
     * @param expiresAt when it can no longer be answered
     */
    public record CaptchaView(String captchaId, String image, Instant expiresAt) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Authentication authentication;

    /** @return a new captcha */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response captcha() {
        Captcha captcha = Requests.requireSecurity(authentication).newCaptcha();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new CaptchaView(captcha.id(),
                "data:image/png;base64," + Base64.getEncoder().encodeToString(captcha.png()), captcha.expiresAt()))
                .cacheControl(noStore).build();
    }
}
