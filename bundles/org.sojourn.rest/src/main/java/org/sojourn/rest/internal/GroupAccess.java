package org.sojourn.rest.internal;

import java.util.Objects;

import org.sojourn.cases.api.CaseGroup;
import org.sojourn.cases.api.GroupOwner;
import org.sojourn.security.api.Caller;

/**
 * Which groups a caller may see: officers every group; a school's main account every group of its
 * school; a sub-account and a student only the groups they filed. A group the caller may not see
 * is answered as if it did not exist, so its number reveals nothing.
 */
final class GroupAccess {

    private GroupAccess() {
    }

    /** @return who owns a group the caller files now */
    static GroupOwner ownerFor(Caller caller) {
        return new GroupOwner(caller.accountId(), caller.schoolNumber());
    }

    /** @return whether the caller may see the group */
    static boolean maySee(Caller caller, CaseGroup group) {
        GroupOwner owner = group.owner();
        return switch (caller.role()) {
            case OFFICER_FIRST_REVIEW, OFFICER_SECOND_REVIEW, OFFICER_CARD_DESK -> true;
            case SCHOOL_MAIN -> caller.schoolNumber() != null && caller.schoolNumber().equals(owner.schoolNumber());
            case SCHOOL_SUB, STUDENT_MAINLAND, STUDENT_HK_MACAO -> Objects.equals(owner.accountId(), caller.accountId());
            case ADMINISTRATOR -> false;
        };
    }
}
