package org.sojourn.cases.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The reference lists as data: shipped with Sojourn, changed by an administrator without a release.
 * Every node reads them from the database, so a change counts everywhere at once.
 */
@ProviderType
public interface ReferenceData {

    /**
     * @param list the list
     * @return its entries, in their order
     */
    List<ReferenceEntry> entries(ReferenceList list);

    /**
     * Replaces a whole list, all entries or none: codes unique, names present, a district's county
     * in the county list. Cases already filed keep the codes they carry.
     *
     * @param administrator an administrator
     * @param list          the list
     * @param entries       its new entries, in order, 1 to 5,000
     * @return the list as stored
     * @throws DomainException {@code INVALID_INPUT} naming every entry at fault ({@code entries[3].code}),
     *                         {@code FORBIDDEN} for anyone but an administrator
     */
    List<ReferenceEntry> replace(Actor administrator, ReferenceList list, List<ReferenceEntry> entries);
}
