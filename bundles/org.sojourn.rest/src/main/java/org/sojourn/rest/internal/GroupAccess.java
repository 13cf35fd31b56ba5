package org.sojourn.rest.internal;

import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.Performer;
import org.sojourn.cases.api.Portal;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.SchoolAccounts;

/**
 * Who a signed-in account is to the case core: officers reach every group and take their desk's
 * decisions; a school's main account reaches every group of its school; a sub-account and a
 * student only the groups they filed. The case core answers a group outside the reach as if it
 * did not exist.
 */
final class GroupAccess {

    private GroupAccess() {
    }

    /**
     * @param caller     the signed-in account
     * @param schoolName the school's name for school accounts, else null
     * @return the actor
     */
    static Actor actor(Caller caller, String schoolName) {
        String role = caller.role().name();
        return switch (caller.role()) {
            case OFFICER_FIRST_REVIEW -> officer(caller, Performer.FIRST_REVIEWER);
            case OFFICER_SECOND_REVIEW -> officer(caller, Performer.SECOND_REVIEWER);
            case OFFICER_CARD_DESK -> officer(caller, Performer.CARD_DESK);
            case SCHOOL_MAIN -> new Actor(caller.accountId(), role, Actor.Reach.SCHOOL, caller.schoolNumber(), schoolName,
                    Set.of(Performer.APPLICANT));
            case SCHOOL_SUB -> new Actor(caller.accountId(), role, Actor.Reach.OWN, caller.schoolNumber(), schoolName,
                    Set.of(Performer.APPLICANT));
            case STUDENT_MAINLAND -> new Actor(caller.accountId(), role, Actor.Reach.OWN, null, null,
                    Set.of(Performer.APPLICANT), Portal.MAINLAND_STUDENT);
            case STUDENT_HK_MACAO -> new Actor(caller.accountId(), role, Actor.Reach.OWN, null, null,
                    Set.of(Performer.APPLICANT), Portal.HK_MACAO_STUDENT);
            case STUDENT_INDIVIDUAL -> new Actor(caller.accountId(), role, Actor.Reach.OWN, null, null,
                    Set.of(Performer.APPLICANT), Portal.FOREIGN_STUDENT);
            case ADMINISTRATOR -> new Actor(caller.accountId(), role, Actor.Reach.OWN, null, null, Set.of());
            case PAYMENT_PARTNER -> new Actor(caller.accountId(), role, Actor.Reach.OWN, null, null,
                    Set.of(Performer.SETTLEMENT_PARTNER));
        };
    }

    /** @return the signed-in caller as an actor, without a school name */
    static Actor actor(SecurityContext security) {
        return actor(Requests.requireSession(security).caller(), null);
    }

    /**
     * @param schools the school accounts, null while security is not running
     * @param caller  the signed-in account
     * @return the name of the caller's school, or null for others or while it cannot be read
     */
    static String schoolName(SchoolAccounts schools, Caller caller) {
        return schools == null || caller.schoolNumber() == null ? null : schools.profile(caller).organisationName();
    }

    private static Actor officer(Caller caller, Performer desk) {
        return new Actor(caller.accountId(), caller.role().name(), Actor.Reach.ALL, null, null, Set.of(desk));
    }
}
