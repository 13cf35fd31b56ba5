package org.sojourn.documents.api;

import org.osgi.annotation.versioning.ProviderType;
import org.sojourn.cases.api.Actor;

/** The PDFs Sojourn issues, each signed with the agency's key. */
@ProviderType
public interface Documents {

    /**
     * The fee receipt (自行收納款項電子收據) of a paid group, the document shown at the counter to pick up
     * the IC card.
     *
     * @param actor       the group's owner or an officer
     * @param groupNumber the group
     * @return the signed PDF
     * @throws org.sojourn.cases.api.DomainException {@code GROUP_NOT_FOUND}, or {@code NOT_PAID} (409)
     */
    byte[] feeReceipt(Actor actor, String groupNumber);
}
