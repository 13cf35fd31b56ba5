package org.sojourn.security.internal;

import java.util.List;
import java.util.Optional;

import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.cases.api.ReferenceEntry;
import org.sojourn.cases.api.ReferenceList;
import org.sojourn.cases.api.TaiwanAddress;

/**
 * Checks a Taiwan address against the reference lists: the district lies in the county, and the
 * postal code is the district's. {@link TaiwanAddress#problems} checks the shape first; this adds
 * what only the data knows.
 */
final class Districts {

    private Districts() {
    }

    /**
     * @param reference the reference lists, or null while the case core is not running (then only the shape is checked)
     * @param field     the address's field name, e.g. {@code address}
     * @param address   the address as typed
     * @return the district's or postal code's problem, or none
     */
    static List<FieldProblem> problems(ReferenceData reference, String field, TaiwanAddress address) {
        TaiwanAddress typed = address.normalized();
        if (reference == null || typed.district().isEmpty()) {
            return List.of();
        }
        List<ReferenceEntry> ofCounty = reference.entries(ReferenceList.DISTRICT).stream()
                .filter(district -> typed.county().equals(district.parent())).toList();
        if (ofCounty.isEmpty()) {
            return List.of(); // an unknown county is the shape check's to name
        }
        String name = typed.district().replace('台', '臺');
        Optional<ReferenceEntry> district = ofCounty.stream().filter(entry -> entry.nameZh().equals(name)).findFirst();
        if (district.isEmpty()) {
            return List.of(new FieldProblem(field + ".district", "UNKNOWN_DISTRICT", typed.county() + "沒有「" + typed.district()
                    + "」，請選擇此縣市的鄉鎮市區。", "No such district in " + typed.county() + "; choose one of its districts."));
        }
        String number = district.get().number();
        if (number != null && !typed.postalCode().startsWith(number)) {
            return List.of(new FieldProblem(field + ".postalCode", "POSTAL_CODE_MISMATCH", typed.district() + "的郵遞區號為 " + number
                    + "。", "The postal code of " + typed.district() + " is " + number + "."));
        }
        return List.of();
    }
}
