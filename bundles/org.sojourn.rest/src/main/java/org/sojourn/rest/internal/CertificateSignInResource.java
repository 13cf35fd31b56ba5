package org.sojourn.rest.internal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.security.api.CertificateAuthentication;
import org.sojourn.security.api.CertificateChallenge;
import org.sojourn.security.api.CertificateSignIn;
import org.sojourn.security.api.IssuedSession;

/**
 * {@code /api/v1/certificate-sign-in}: schools sign in with their organisation certificate
 * (組織及團體憑證): fetch a challenge, sign it on the card, send the CMS signature.
 */
@Component(service = CertificateSignInResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/certificate-sign-in")
@Public
public final class CertificateSignInResource {

    /**
     * A signed challenge.
     *
     * @param account       the school's business number
     * @param challengeId   from {@code GET /api/v1/certificate-sign-in/challenge}
     * @param signature     CMS (PKCS#7) SignedData over the challenge's UTF-8 bytes, content encapsulated,
     *                      with the certificate; DER in base64
     * @param captchaId     from {@code GET /api/v1/captcha}
     * @param captchaAnswer the digits in its picture
     */
    public record SignedChallenge(String account, String challengeId, String signature, String captchaId,
            String captchaAnswer) {
    }

    /**
     * A challenge to sign.
     *
     * @param challengeId send it back with the signature
     * @param challenge   the text whose UTF-8 bytes to sign
     * @param expiresAt   when it can no longer be used
     */
    public record ChallengeView(String challengeId, String challenge, java.time.Instant expiresAt) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CertificateAuthentication certificates;

    @Context
    private HttpServletRequest http;

    /** @return a fresh challenge to sign (5 minutes, once) */
    @GET
    @Path("challenge")
    @Produces(MediaType.APPLICATION_JSON)
    public Response challenge() {
        CertificateChallenge challenge = Requests.requireSecurity(certificates).newChallenge();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new ChallengeView(challenge.id(), challenge.challenge(), challenge.expiresAt()))
                .cacheControl(noStore).build();
    }

    /**
     * @param request the signed challenge
     * @return 201 with the session, as for a password sign-in
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(SignedChallenge request) {
        Requests.requireBody(request);
        IssuedSession issued = Requests.requireSecurity(certificates).signIn(new CertificateSignIn(request.account(), request.challengeId(),
                request.signature(), request.captchaId(), request.captchaAnswer(), Requests.source(http)));
        return SecurityViews.created(issued);
    }

}
