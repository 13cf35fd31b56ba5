package org.sojourn.cases.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts on cases, as the case services need to know it: which groups they reach and which
 * actions they may take. The web layer derives it from the signed-in account.
 *
 * @param accountId    the account's id
 * @param role         the account's role name, recorded in the history
 * @param reach        which groups the actor may see
 * @param schoolNumber the school's business number for school accounts, else null
 * @param schoolName   the school's name for school accounts (prefills the school field), else null
 * @param performs     the kinds of action the actor may take
 * @param portal       where the actor files from, null for officers and administrators
 */
public record Actor(long accountId, String role, Reach reach, String schoolNumber, String schoolName,
        Set<Performer> performs, Portal portal) {

    /** Which groups an actor may see. */
    public enum Reach {
        /** Every submitted group (officers); drafts stay the applicant's. */
        ALL,
        /** Every group of the actor's school (a school's main account). */
        SCHOOL,
        /** Only the groups the actor filed (sub-accounts, students). */
        OWN
    }

    /** Checks the mandatory parts. */
    public Actor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reach, "reach");
        performs = Set.copyOf(performs);
    }

    /** An actor who files from no portal (officers, administrators), or a school when it has a school number. */
    public Actor(long accountId, String role, Reach reach, String schoolNumber, String schoolName, Set<Performer> performs) {
        this(accountId, role, reach, schoolNumber, schoolName, performs, schoolNumber == null ? null : Portal.SCHOOL);
    }

    /** @return whether the actor may take actions of that kind */
    public boolean may(Performer performer) {
        return performs.contains(performer);
    }
}
