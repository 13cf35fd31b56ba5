package org.sojourn.cases.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.sojourn.applicant.spi.ApplicantTypeDescriptor;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;

/**
 * A foreign or overseas Chinese student applying alone was let in by a row of a school's imported
 * list ({@code roster_student}, linked to the student's account at entry): that row prefills the form,
 * school included, and decides which of the two types the student files.
 */
final class RosterPrefill {

    private static final Map<String, String> PROGRAMMES = Map.of("博士", "DOCTORAL", "碩士", "MASTER", "學士", "BACHELOR");
    private static final Map<String, String> STATUSES = Map.of("A", "ADMITTED_NOT_REGISTERED", "R", "REGISTERED");

    private RosterPrefill() {
    }

    static Map<String, String> values(EntityManager em, Actor actor, ApplicantTypeDescriptor type) {
        List<?> rows = em.createNativeQuery("select r.english_name, r.chinese_name, r.birth_date, r.nationality, r.sex,"
                + " r.passport_number, r.programme, r.study_year, r.status, r.category, coalesce(p.organisation_name, a.display_name)"
                + " from roster_student r left join school_profile p on p.school_number = r.school_number"
                + " left join account a on a.school_number = r.school_number and a.role = 'SCHOOL_MAIN'"
                + " where r.account_id = :account order by r.updated_at desc").setParameter("account", actor.accountId())
                .setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            throw new DomainException(ErrorKind.FORBIDDEN, "STUDENT_NOT_ON_LIST", "查無此學生資料：學校須先匯入錄取/註冊資料。",
                    "You are not on a school's list: the school must import its admission or registration list first.");
        }
        Object[] row = (Object[]) rows.get(0);
        String category = (String) row[9];
        if (!category.equals(type.importCode())) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "ROSTER_TYPE_MISMATCH", "學校名冊登錄的身分別代碼為 " + category
                    + "，請選擇該身分別。", "Your school's list has you as " + category + "; choose that applicant type.",
                    List.of(new FieldProblem("applicantType", "ROSTER_TYPE_MISMATCH", "請選擇學校名冊登錄的身分別。",
                            "Choose the applicant type your school's list names.")));
        }
        Map<String, String> values = new HashMap<>();
        values.put("englishName", (String) row[0]);
        if (row[1] != null) {
            values.put("chineseName", (String) row[1]);
        }
        values.put("birthDate", row[2].toString());
        values.put("nationality", (String) row[3]);
        values.put("sex", (String) row[4]);
        values.put("passportNumber", (String) row[5]);
        if (PROGRAMMES.containsKey((String) row[6])) {
            values.put("programme", PROGRAMMES.get((String) row[6]));
        }
        values.put("yearOfStudy", row[7].toString());
        values.put("studyStatus", STATUSES.get((String) row[8]));
        if (row[10] != null) {
            values.put("school", (String) row[10]);
        }
        return values;
    }
}
