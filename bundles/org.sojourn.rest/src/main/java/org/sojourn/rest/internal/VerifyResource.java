package org.sojourn.rest.internal;

import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.documents.api.Documents;

/**
 * {@code GET /api/v1/verify/{code}}: anyone — a service station, a landlord, a school — checks a
 * document by the code its QR shows: genuine or not, and whether it still stands, with only what is
 * needed to compare it with the paper in hand. {@code POST /api/v1/verify} checks the PDF file
 * itself: its signature must be Sojourn's over every byte.
 */
@Component(service = VerifyResource.class)
@JaxrsResource
@JSONRequired
@Public
@Path("v1/verify")
public final class VerifyResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Documents documents;

    /** Read one byte past what the documents service takes, so that it refuses a larger file. */
    private static final int FILE_LIMIT = 5 * 1024 * 1024 + 1;

    /**
     * @param pdf the document as a file, the raw body
     * @return 200 with the verification; {@code genuine: false} for a file changed after signing or not Sojourn's
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response verifyFile(InputStream pdf) {
        Documents current = DocumentResource.require(documents);
        return noStore(current.verifyFile(Uploads.read(pdf, FILE_LIMIT)));
    }

    /** @return 200 with the verification; {@code genuine: false} for a code Sojourn did not sign */
    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify(@PathParam("code") String code) {
        return noStore(DocumentResource.require(documents).verify(code));
    }

    /**
     * The same answer as a page, for a person who scanned the QR code with a phone: browsers ask for
     * HTML first; clients that take anything get the JSON ({@code qs} makes it the server's preference).
     *
     * @return 200 with the page; 400 with a page for what cannot be a code
     */
    @GET
    @Path("{code}")
    @Produces("text/html;qs=0.5")
    public Response verifyPage(@PathParam("code") String code) {
        Documents current = DocumentResource.require(documents);
        String page;
        int status = 200;
        try {
            page = VerificationPage.of(current.verify(code));
        } catch (DomainException refused) {
            if (refused.kind() != ErrorKind.INVALID_INPUT) {
                throw refused;
            }
            page = VerificationPage.malformed();
            status = 400;
        }
        return noStore(Response.status(status).entity(page).type("text/html; charset=utf-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"));
    }

    private static Response noStore(Object verification) {
        return noStore(Response.ok(verification));
    }

    private static Response noStore(Response.ResponseBuilder answer) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true); // a document's status changes: no cache answers for it
        return answer.cacheControl(noStore).build();
    }
}
