package org.sojourn.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.applicant.spi.FormField;
import org.sojourn.cases.api.FieldProblem;

/** An applicant's form as its type sees it, and what keeps it incomplete (資料完成度). */
final class Forms {

    private Forms() {
    }

    static ApplicantForm of(ApplicantEntity applicant) {
        return new ApplicantForm(ApplicationKind.valueOf(applicant.applicationKind), applicant.group.selfApplication,
                applicant.fields);
    }

    /** @return the codes of the document types the applicant has files of */
    static Set<String> uploadedTypes(EntityManager em, ApplicantEntity applicant) {
        if (applicant.id == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createQuery(
                "select distinct d.documentType from DocumentEntity d where d.applicantId = :id", String.class)
                .setParameter("id", applicant.id).getResultList());
    }

    /** @return the required fields without a value and the required documents without a file */
    static List<FieldProblem> missing(ApplicantType type, ApplicantForm form, Set<String> uploaded, LocalDate today) {
        List<FieldProblem> missing = new ArrayList<>();
        Set<String> required = new LinkedHashSet<>();
        type.descriptor().fields().stream().filter(FormField::required).map(FormField::name).forEach(required::add);
        required.addAll(type.conditionallyRequired(form));
        for (String field : required) {
            if (form.value(field).isEmpty()) {
                missing.add(new FieldProblem(field, "REQUIRED", "必須填寫", "Required"));
            }
        }
        for (String code : type.requiredDocuments(form, today)) {
            if (!uploaded.contains(code)) {
                String label = type.descriptor().documents().stream().filter(d -> d.code().equals(code))
                        .map(DocumentType::labelZh).findFirst().orElse(code);
                missing.add(new FieldProblem("documents." + code, "DOCUMENT_REQUIRED", "請上傳" + label + "。",
                        "Upload the " + code + " document."));
            }
        }
        return missing;
    }

    /** Recomputes and stores whether the applicant is complete. */
    static List<FieldProblem> refreshCompleteness(EntityManager em, ApplicantType type, ApplicantEntity applicant,
            LocalDate today) {
        List<FieldProblem> missing = missing(type, of(applicant), uploadedTypes(em, applicant), today);
        applicant.complete = missing.isEmpty();
        return missing;
    }
}
