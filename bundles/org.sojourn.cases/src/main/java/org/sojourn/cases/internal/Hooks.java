package org.sojourn.cases.internal;

import java.util.List;
import java.util.Map;

import org.sojourn.applicant.spi.Transition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells applicant types about stored transitions; a failing plugin cannot undo what is stored. */
final class Hooks {

    private static final Logger LOG = LoggerFactory.getLogger(Hooks.class);

    private Hooks() {
    }

    /** @param done the transitions stored, each with its case (read for its type and version only) */
    static void after(ApplicantTypeRegistry types, List<Map.Entry<ApplicantEntity, Transition>> done) {
        for (Map.Entry<ApplicantEntity, Transition> entry : done) {
            types.forCase(entry.getKey()).ifPresent(type -> {
                try {
                    type.afterTransition(entry.getValue());
                } catch (RuntimeException e) {
                    // Receipt numbers identify a case without personal data.
                    LOG.error("Applicant type {} failed after {} of case {}", entry.getKey().applicantType,
                            entry.getValue().action(), entry.getValue().receiptNumber(), e);
                }
            });
        }
    }
}
