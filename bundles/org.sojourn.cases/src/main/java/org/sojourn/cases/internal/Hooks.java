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

    /** @param done the transitions stored, each with its applicant type's id */
    static void after(ApplicantTypeRegistry types, List<Map.Entry<String, Transition>> done) {
        for (Map.Entry<String, Transition> entry : done) {
            types.find(entry.getKey()).ifPresent(type -> {
                try {
                    type.afterTransition(entry.getValue());
                } catch (RuntimeException e) {
                    // Receipt numbers identify a case without personal data.
                    LOG.error("Applicant type {} failed after {} of case {}", entry.getKey(), entry.getValue().action(),
                            entry.getValue().receiptNumber(), e);
                }
            });
        }
    }
}
