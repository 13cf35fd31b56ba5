package org.sojourn.cases.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The case groups Sojourn holds. Provided by the core case bundle once its schema is in place.
 */
@ProviderType
public interface CaseGroups {

    /**
     * Creates a group and gives it the next group number of the current ROC year and its business
     * code, in one transaction.
     *
     * @param request what to create
     * @param owner   who files it
     * @return the stored group
     * @throws DomainException {@code INVALID_INPUT} with field problems when the request breaks a
     *                         rule; {@code GROUP_NUMBERS_EXHAUSTED} when the year's 9,999 numbers of
     *                         that code are used up
     */
    CaseGroup create(NewCaseGroup request, GroupOwner owner);

    /**
     * @param groupNumber the group's number
     * @return the group, or empty when there is none with that number
     */
    Optional<CaseGroup> find(GroupNumber groupNumber);
}
