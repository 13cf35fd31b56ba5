package org.sojourn.security.internal;

import java.text.Normalizer;
import java.util.List;

import org.sojourn.cases.api.FieldProblem;

/** Checks of free-text fields: present when required, never longer than their column. */
final class Fields {

    private Fields() {
    }

    /** @return the text NFKC-normalised and stripped, empty for null */
    static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    static void required(List<FieldProblem> problems, String field, String value, int max, String zh, String en) {
        if (clean(value).isEmpty()) {
            problems.add(new FieldProblem(field, "REQUIRED", "必須填寫" + zh + "。", "The " + en + " is required."));
        } else {
            optional(problems, field, value, max);
        }
    }

    static void optional(List<FieldProblem> problems, String field, String value, int max) {
        String text = clean(value);
        if (text.codePointCount(0, text.length()) > max) {
            problems.add(new FieldProblem(field, "TOO_LONG", "此欄位不得超過 " + max + " 字。", "At most " + max + " characters."));
        }
    }
}
