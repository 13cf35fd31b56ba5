package org.sojourn.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.cases.api.FieldProblem;

/** Puts an applicant's changed values into its form, all or none. */
final class FormValues {

    private FormValues() {
    }

    /** Merges checked values into the form and refuses the lot if any value, or the whole, is wrong. */
    static void apply(EntityManager em, ApplicantType type, CaseGroupEntity group, ApplicantEntity applicant, Map<String, String> base,
            FormRules.Checked checked, LocalDate today) {
        Map<String, String> merged = new HashMap<>(base);
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        ApplicationKind kind = ApplicationKind.valueOf(applicant.applicationKind);
        for (String field : type.readOnlyFields(new ApplicantForm(kind, group.selfApplication, base))) {
            String value = checked.values().get(field);
            if (value != null && !value.equals(base.getOrDefault(field, ""))) {
                problems.add(new FieldProblem(field, "READ_ONLY", "此欄位由現有資料帶出，不能修改。",
                        "This field comes from the current records and cannot be changed."));
            }
        }
        checked.values().forEach((name, value) -> {
            if (value.isEmpty()) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        ApplicantForm form = new ApplicantForm(kind, group.selfApplication, merged);
        type.check(form, today).stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                .forEach(problems::add);
        String passport = merged.get("passportNumber");
        if (passport != null && em.createQuery("select count(a) from ApplicantEntity a where a.group = :group"
                + " and a.passportNumber = :passport and a.id <> :self", Long.class) // the indexed copy: no form loads
                .setParameter("group", group).setParameter("passport", passport)
                .setParameter("self", applicant.id == null ? -1L : applicant.id).getSingleResult() > 0) {
            problems.add(new FieldProblem("passportNumber", "DUPLICATE_PASSPORT", "同一團內已有相同護照號碼的申請人。",
                    "Another applicant of this group has the same passport number."));
        }
        if (!problems.isEmpty()) {
            throw GroupRules.invalid(problems);
        }
        // Change only what changed: Hibernate then writes one row per changed value, not the whole form.
        applicant.fields.keySet().retainAll(merged.keySet());
        merged.forEach((name, value) -> {
            if (!value.equals(applicant.fields.get(name))) {
                applicant.fields.put(name, value);
            }
        });
        applicant.indexFields();
    }
}
