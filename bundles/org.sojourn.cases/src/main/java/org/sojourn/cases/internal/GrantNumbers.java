package org.sojourn.cases.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.sojourn.applicant.spi.GrantNumber;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.IdentifierKind;
import org.sojourn.cases.api.Identifiers;

/** Checks the number a renewal, extension or data change names its current grant by. */
final class GrantNumbers {

    /** Permit numbers carry no public check digit; their shape is all that can be checked before the lookup. */
    private static final Pattern PERMIT = Pattern.compile("[A-Z0-9]{6,20}");

    private GrantNumbers() {
    }

    /** @return the normalised number */
    static String require(GrantNumber kind, String raw) {
        if (kind == GrantNumber.RESIDENT_CERTIFICATE) {
            return Identifiers.require(IdentifierKind.RESIDENT_CERTIFICATE_NUMBER, kind.field(), raw);
        }
        String number = Identifiers.normalize(raw);
        if (!PERMIT.matcher(number).matches()) {
            String zh = number.isEmpty() ? "請輸入現行入出境許可證號。" : "入出境許可證號應為 6 至 20 個英數字。";
            String en = number.isEmpty() ? "Give the current permit number." : "A permit number has 6-20 letters and digits.";
            String code = number.isEmpty() ? "REQUIRED" : "INVALID_PERMIT_NUMBER";
            throw new DomainException(ErrorKind.INVALID_INPUT, code, zh, en, List.of(new FieldProblem(kind.field(), code, zh, en)));
        }
        return number;
    }
}
