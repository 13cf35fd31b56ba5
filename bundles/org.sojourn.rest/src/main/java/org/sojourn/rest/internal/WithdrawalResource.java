package org.sojourn.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.sojourn.cases.api.Applications;
import org.sojourn.cases.api.Withdrawal;
import org.sojourn.cases.api.WithdrawalRequest;
import org.sojourn.security.api.Role;

/** {@code /api/v1/withdrawals}: withdrawing (撤銷) a whole group by its number or one case by its receipt number. */
@Component(service = WithdrawalResource.class)
@JaxrsResource
@JSONRequired
@Path("v1/withdrawals")
public final class WithdrawalResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Applications applications;

    /**
     * @param request {@code {groupNumber}} for the whole group, {@code {receiptNumber}} for one case,
     *                and {@code confirm: true}
     * @return what was withdrawn (撤銷成功), or the reason it cannot be
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.SCHOOL_MAIN, Role.SCHOOL_SUB, Role.STUDENT_MAINLAND, Role.STUDENT_HK_MACAO, Role.STUDENT_INDIVIDUAL})
    public Withdrawal withdraw(@Context SecurityContext security, WithdrawalRequest request) {
        return CaseServices.require(applications).withdraw(GroupAccess.actor(security), Requests.requireBody(request));
    }
}
