package org.sojourn.cases.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.sojourn.cases.api.Contacts;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.GroupInput;
import org.sojourn.cases.api.IdentifierKind;
import org.sojourn.cases.api.Identifiers;
import org.sojourn.cases.api.ReferenceEntry;
import org.sojourn.cases.api.ReferenceList;
import org.sojourn.cases.api.Sender;

/** The rules of a group's application data and sender (§3), checked before anything is written. */
final class GroupRules {

    /** The only pickup method the agency offers to schools: 自取. */
    static final String SELF_PICKUP = "SELF_PICKUP";
    /** The version of the terms a group's consent refers to. */
    static final String TERMS_VERSION = "2026-01";

    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private GroupRules() {
    }

    /**
     * Applies an input to a group: absent parts keep their values.
     *
     * @throws DomainException {@code INVALID_INPUT} listing every field at fault; the group is untouched then
     */
    /** @return the codes of the pickup offices in force */
    static Set<String> offices(EntityManager em) {
        return ReferenceTables.entries(em, ReferenceList.PICKUP_OFFICE).stream().map(ReferenceEntry::code)
                .collect(Collectors.toSet());
    }

    static void apply(GroupInput input, CaseGroupEntity group, Set<String> offices) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = input.applicationName() == null ? group.applicationName : clean(input.applicationName());
        if (name == null || name.isEmpty()) {
            problems.add(new FieldProblem("applicationName", "REQUIRED", "必須填寫申請名稱。", "The application name is required."));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("applicationName", "TOO_LONG", "申請名稱不得超過 " + MAX_NAME_LENGTH + " 字。",
                    "The application name may have at most " + MAX_NAME_LENGTH + " characters."));
        } else if (CONTROL.matcher(name).find()) {
            problems.add(new FieldProblem("applicationName", "CONTROL_CHARACTERS", "申請名稱含有無效的控制字元。",
                    "The application name contains control characters."));
        }
        String method = input.pickupMethod() == null ? group.pickupMethod == null ? SELF_PICKUP : group.pickupMethod
                : clean(input.pickupMethod());
        if (!SELF_PICKUP.equals(method)) {
            problems.add(new FieldProblem("pickupMethod", "NOT_A_CHOICE", "領證方式目前僅有自取（SELF_PICKUP）。",
                    "The only pickup method is SELF_PICKUP."));
        }
        String office = input.pickupOffice() == null ? group.pickupOffice : clean(input.pickupOffice());
        if (office == null || !offices.contains(office)) {
            problems.add(new FieldProblem("pickupOffice", "NOT_A_CHOICE", "請選擇領證地點。", "Choose a pickup office."));
        }
        Sender sender = input.sender() == null ? null : sender(input.sender(), problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        group.applicationName = name;
        group.pickupMethod = method;
        group.pickupOffice = office;
        if (sender != null) {
            group.sender(sender);
        }
    }

    /** @return the problems that keep a group's sender from being complete, for submission */
    static List<FieldProblem> senderMissing(Sender sender) {
        List<FieldProblem> missing = new ArrayList<>();
        String[][] parts = {{"name", sender.name()}, {"nationalId", sender.nationalId()}, {"phone", sender.phone()},
            {"email", sender.email()}};
        for (String[] part : parts) {
            if (part[1] == null || part[1].isEmpty()) {
                missing.add(new FieldProblem("sender." + part[0], "REQUIRED", "必須填寫", "Required"));
            }
        }
        return missing;
    }

    private static Sender sender(Sender raw, List<FieldProblem> problems) {
        String name = clean(raw.name());
        String id = Identifiers.normalize(raw.nationalId());
        String phone = Contacts.phone(raw.phone());
        String email = clean(raw.email());
        String address = clean(raw.address());
        if (name.length() > 60 || CONTROL.matcher(name).find()) {
            problems.add(new FieldProblem("sender.name", "INVALID_NAME", "送件人姓名不得超過 60 字。", "At most 60 characters."));
        }
        if (!id.isEmpty() && !Identifiers.isValid(IdentifierKind.NATIONAL_ID, id)
                && !Identifiers.isValid(IdentifierKind.RESIDENT_CERTIFICATE_NUMBER, id)) {
            problems.add(new FieldProblem("sender.nationalId", IdentifierKind.NATIONAL_ID.errorCode(),
                    "身分證號或統一證號格式或檢查碼錯誤。", "Not a valid national ID or resident certificate number."));
        }
        if (!phone.isEmpty() && !phone.matches("\\+?\\d{6,15}(#\\d{1,6})?")) {
            problems.add(new FieldProblem("sender.phone", "INVALID_PHONE", "電話號碼格式錯誤。", "Not a phone number."));
        }
        if (!email.isEmpty()) {
            problems.addAll(Contacts.emailProblems("sender.email", email));
        }
        if (address.length() > 200 || CONTROL.matcher(address).find()) {
            problems.add(new FieldProblem("sender.address", "TOO_LONG", "地址不得超過 200 字。", "At most 200 characters."));
        }
        return new Sender(name, id, phone, email, address);
    }

    static DomainException invalid(List<FieldProblem> problems) {
        return new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "申請資料有誤，請修正標示的欄位。",
                "The request has errors; correct the fields marked.", problems);
    }

    private static String clean(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    }
}
