package org.sojourn.applicant.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicantTypeDescriptor;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.BusinessLine;
import org.sojourn.applicant.spi.Descriptors;
import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.applicant.spi.FeeQuote;
import org.sojourn.applicant.spi.FormField;
import org.sojourn.applicant.spi.Term;
import org.sojourn.cases.api.CaseAction;

/**
 * What every applicant-type plugin must do for the core to serve it, run in the plugin's own
 * build: extend this class, return the type from {@link #type()} and, where the type needs them,
 * a complete form per kind from {@link #completeForm(ApplicationKind)}.
 */
public abstract class ApplicantTypeConformance {

    /** A fixed day, so that rules that depend on dates give the same verdict on every build. */
    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    /** @return the type under test, as its component would create it */
    protected abstract ApplicantType type();

    /**
     * @param kind an application kind the type serves
     * @return the values of a complete application of that kind, or empty to skip the checks that need one
     */
    protected Optional<Map<String, String>> completeForm(ApplicationKind kind) {
        return Optional.empty();
    }

    @Test
    void theDescriptorIsComplete() {
        ApplicantTypeDescriptor descriptor = type().descriptor();
        assertEquals(List.of(), Descriptors.problems(descriptor), "descriptor problems");
        for (FormField field : descriptor.fields()) {
            field.choices().forEach(choice -> assertTrue(!choice.labelZh().isBlank() && !choice.labelEn().isBlank(),
                    field.name() + " choice " + choice.value() + " has labels in both languages"));
        }
        for (DocumentType document : descriptor.documents()) {
            assertNotNull(document.whenZh(), document.code() + " says when it is required in Chinese");
            assertNotNull(document.whenEn(), document.code() + " says when it is required in English");
        }
        for (BusinessLine line : descriptor.businessLines()) {
            assertTrue(!line.nameZh().isBlank() && !line.nameEn().isBlank(), "line " + line.groupCode() + " has names");
        }
    }

    @Test
    void anEmptyApplicationIsRefusedAsIncomplete() {
        ApplicantType type = type();
        for (ApplicationKind kind : kinds()) {
            for (boolean self : new boolean[] {false, true}) {
                ApplicantForm empty = new ApplicantForm(kind, self, Map.of());
                assertDoesNotThrow(() -> type.check(empty, TODAY), "check of an empty " + kind);
                boolean fieldsRequired = type.descriptor().fields().stream().anyMatch(FormField::required)
                        || !type.conditionallyRequired(empty).isEmpty();
                assertTrue(fieldsRequired || !type.requiredDocuments(empty, TODAY).isEmpty(),
                        "an empty " + kind + " lacks something");
            }
        }
    }

    @Test
    void everyRequiredNameIsDeclared() {
        ApplicantType type = type();
        Set<String> fields = type.descriptor().fields().stream().map(FormField::name).collect(Collectors.toSet());
        Set<String> documents = type.descriptor().documents().stream().map(DocumentType::code).collect(Collectors.toSet());
        for (ApplicationKind kind : kinds()) {
            for (boolean self : new boolean[] {false, true}) {
                ApplicantForm form = new ApplicantForm(kind, self, completeForm(kind).orElse(Map.of()));
                assertTrue(fields.containsAll(type.conditionallyRequired(form)), kind + ": conditionally required fields declared");
                assertTrue(fields.containsAll(type.readOnlyFields(form)), kind + ": read-only fields declared");
                assertTrue(documents.containsAll(type.requiredDocuments(form, TODAY)), kind + ": required documents declared");
            }
        }
    }

    @Test
    void feeQuotesAreNotNegative() {
        for (ApplicationKind kind : kinds()) {
            FeeQuote quote = type().quote(new ApplicantForm(kind, false, completeForm(kind).orElse(Map.of())));
            assertTrue(quote.amountTwd() >= 0, kind + " fee " + quote.amountTwd());
            assertTrue(quote.revenueCode() != null && !quote.revenueCode().isBlank(), kind + " fee has a revenue code");
        }
    }

    @Test
    void correctionTermsLastAtLeastADay() {
        for (ApplicationKind kind : kinds()) {
            ApplicantForm form = new ApplicantForm(kind, false, Map.of());
            for (boolean abroad : new boolean[] {false, true}) {
                Term term = type().correctionTerm(form, CaseAction.RETURN_FOR_CORRECTION, abroad);
                assertTrue(term.amount() >= 1, kind + " correction term");
            }
        }
    }

    @Test
    void aContinuingApplicationWithoutACurrentGrantIsRefusedWithAReason() {
        for (ApplicationKind kind : kinds()) {
            if (kind.continuesGrant()) {
                var verdict = type().eligibility(new ApplicantForm(kind, false, Map.of()), Optional.empty(), TODAY);
                assertFalse(verdict.eligible(), kind + " without a grant");
                assertTrue(verdict.code() != null && verdict.messageZh() != null && verdict.messageEn() != null,
                        kind + " says why in both languages");
            }
        }
    }

    @Test
    void aCompleteApplicationPassesItsOwnChecksAndIsGranted() {
        ApplicantType type = type();
        for (ApplicationKind kind : kinds()) {
            Optional<Map<String, String>> complete = completeForm(kind);
            if (complete.isEmpty() || kind.continuesGrant()) {
                continue;
            }
            ApplicantForm form = new ApplicantForm(kind, false, complete.get());
            assertEquals(List.of(), type.check(form, TODAY), kind + " complete form problems");
            var grant = type.grant(form, Optional.empty(), TODAY);
            assertFalse(grant.validUntil().isBefore(grant.validFrom()), kind + " grant ends after it starts");
        }
    }

    private List<ApplicationKind> kinds() {
        return type().descriptor().businessLines().stream().flatMap(line -> line.kinds().stream()).distinct().sorted().toList();
    }
}
