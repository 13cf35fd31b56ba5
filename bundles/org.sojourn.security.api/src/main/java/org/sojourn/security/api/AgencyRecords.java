package org.sojourn.security.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The agency's records of issued permits, fed by its own systems through an administrator. */
@ProviderType
public interface AgencyRecords {

    /**
     * How an import went.
     *
     * @param inserted records new to Sojourn
     * @param updated  records that were there (by kind and permit number) and now hold the new values
     */
    record Imported(int inserted, int updated) {
    }

    /**
     * Writes every record or none: a record that is there (same kind and permit number) is updated,
     * keeping the account that registered against it.
     *
     * @param administrator the caller
     * @param records       at most 5,000
     * @param source        the caller's network address
     * @return how many were new and how many updated
     * @throws org.sojourn.cases.api.DomainException {@code INVALID_INPUT} naming every record's problems
     *                                               ({@code records[3].birthDate}), nothing written
     */
    Imported importRecords(Caller administrator, List<AgencyRecord> records, String source);
}
