package org.sojourn.roster.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sojourn.cases.api.ReferenceData;
import org.sojourn.cases.api.ReferenceEntry;
import org.sojourn.cases.api.ReferenceList;
import org.sojourn.roster.api.Nationality;

/**
 * The reference lists one import or template is made with, read once at its start, so that the
 * drop-downs and the checks agree even when an administrator changes a list meanwhile.
 *
 * @param category      students' categories (D)
 * @param sex           sex (F)
 * @param qualification qualifications (I)
 * @param programme     programmes (J)
 * @param status        enrolment status (L)
 * @param nationalities nationalities (E)
 */
record Lists(CodeList category, CodeList sex, CodeList qualification, CodeList programme, CodeList status,
        List<Nationality> nationalities) {

    /** @return the lists as they are now */
    static Lists of(ReferenceData data) {
        return new Lists(codes(data, ReferenceList.STUDENT_CATEGORY), codes(data, ReferenceList.SEX),
                codes(data, ReferenceList.QUALIFICATION), codes(data, ReferenceList.PROGRAMME), codes(data, ReferenceList.ENROLMENT_STATUS),
                data.entries(ReferenceList.NATIONALITY).stream()
                        .map(entry -> new Nationality(entry.code(), entry.number(), entry.nameZh(), entry.nameEn())).toList());
    }

    private static CodeList codes(ReferenceData data, ReferenceList list) {
        return new CodeList(data.entries(list).stream()
                .map((ReferenceEntry entry) -> new CodeList.Entry(entry.code(), entry.nameZh() == null ? "" : entry.nameZh())).toList());
    }

    /** @return every way the import accepts a nationality (upper case): ISO code, agency code, name, code_name */
    Map<String, String> nationalityKeys() {
        Map<String, String> keys = new HashMap<>();
        for (Nationality nationality : nationalities) {
            keys.put(nationality.isoCode(), nationality.isoCode());
            keys.put(nationality.nameZh(), nationality.isoCode());
            keys.put(nationality.nameEn().toUpperCase(Locale.ROOT), nationality.isoCode());
            keys.put(nationality.isoCode() + "_" + nationality.nameZh(), nationality.isoCode());
            if (nationality.agencyCode() != null) {
                keys.put(nationality.agencyCode(), nationality.isoCode());
                keys.put(nationality.listed(), nationality.isoCode());
            }
        }
        return keys;
    }
}
