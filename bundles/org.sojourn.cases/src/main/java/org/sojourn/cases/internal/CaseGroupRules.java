package org.sojourn.cases.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.NewCaseGroup;

/** The rules a new case group must meet, checked before anything is written. */
final class CaseGroupRules {

    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern BUSINESS_CODE = Pattern.compile("\\d{3}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private CaseGroupRules() {
    }

    /**
     * @param request what the caller sent
     * @return the request with the name trimmed and the code's full-width digits made ASCII
     * @throws DomainException {@code INVALID_INPUT} listing every field at fault
     */
    static NewCaseGroup check(NewCaseGroup request) {
        String name = request.applicationName() == null ? "" : request.applicationName().strip();
        String code = request.businessCode() == null ? ""
                : Normalizer.normalize(request.businessCode(), Normalizer.Form.NFKC).strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("applicationName", "REQUIRED", "必須填寫申請名稱。",
                    "The application name is required."));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("applicationName", "TOO_LONG",
                    "申請名稱不得超過 " + MAX_NAME_LENGTH + " 字。",
                    "The application name may have at most " + MAX_NAME_LENGTH + " characters."));
        } else if (CONTROL.matcher(name).find()) {
            problems.add(new FieldProblem("applicationName", "CONTROL_CHARACTERS", "申請名稱含有無效的控制字元。",
                    "The application name contains control characters."));
        }
        if (!BUSINESS_CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("businessCode", "INVALID_FORMAT", "業務代碼應為 3 位數字，例如 102。",
                    "The business code has three digits, e.g. 102."));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "申請資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", problems);
        }
        return new NewCaseGroup(name, code);
    }
}
