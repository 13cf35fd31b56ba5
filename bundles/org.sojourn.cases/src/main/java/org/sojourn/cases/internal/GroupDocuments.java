package org.sojourn.cases.internal;

import java.util.List;
import java.util.Optional;

import org.sojourn.applicant.spi.DocumentType;

/** The documents of a group as a whole (§3): the school's power of attorney and anything else. */
public final class GroupDocuments {

    /** 委託書: required when a school files. */
    public static final String POWER_OF_ATTORNEY = "powerOfAttorney";

    /** The group document types, in display order. */
    public static final List<DocumentType> TYPES = List.of(
            new DocumentType(POWER_OF_ATTORNEY, "委託書", "Power of attorney", false, true, "學校代申請必附",
                    "Required when a school files"),
            new DocumentType("other", "其他文件", "Other documents", false, true, "無則免", "Optional"));

    private GroupDocuments() {
    }

    static Optional<DocumentType> find(String code) {
        return TYPES.stream().filter(type -> type.code().equals(code)).findFirst();
    }
}
