package org.sojourn.cases.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of phone numbers and e-mail addresses as Taiwanese forms take them: a landline such as
 * {@code 02-2388-9393#123}, a mobile such as {@code 0912-345-678}, spaces and dashes optional,
 * full-width digits accepted.
 */
public final class Contacts {

    private static final Pattern LANDLINE = Pattern.compile("0\\d{1,3}\\d{5,8}(#\\d{1,6})?");
    private static final Pattern MOBILE = Pattern.compile("09\\d{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int EMAIL_LENGTH = 254;

    private Contacts() {
    }

    /**
     * @param raw a phone number as typed
     * @return its digits (and {@code #extension}), without spaces, dashes or brackets
     */
    public static String phone(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s()\\-]", "");
    }

    /**
     * At least one of landline and mobile, each valid when given; an e-mail address when required.
     *
     * @param prefix   prefix of the field names in the problems, e.g. {@code handler.}
     * @param landline the landline as typed, may be empty
     * @param mobile   the mobile as typed, may be empty
     * @param email    the e-mail address as typed
     * @return what is wrong, nothing when all is well
     */
    public static List<FieldProblem> problems(String prefix, String landline, String mobile, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        String land = phone(landline);
        String cell = phone(mobile);
        if (land.isEmpty() && cell.isEmpty()) {
            problems.add(new FieldProblem(prefix + "landline", "PHONE_REQUIRED", "市話或手機至少填寫一項。",
                    "Give a landline or a mobile number."));
        }
        if (!land.isEmpty() && !LANDLINE.matcher(land).matches()) {
            problems.add(new FieldProblem(prefix + "landline", "INVALID_PHONE", "市話號碼格式錯誤，例如 02-2388-9393。",
                    "Not a landline number, e.g. 02-2388-9393."));
        }
        if (!cell.isEmpty() && !MOBILE.matcher(cell).matches()) {
            problems.add(new FieldProblem(prefix + "mobile", "INVALID_PHONE", "手機號碼格式錯誤，例如 0912-345-678。",
                    "Not a mobile number, e.g. 0912-345-678."));
        }
        problems.addAll(emailProblems(prefix + "email", email));
        return problems;
    }

    /**
     * @param field the field's name in the problem
     * @param email the e-mail address as typed
     * @return what is wrong with it, nothing when it is an address
     */
    public static List<FieldProblem> emailProblems(String field, String email) {
        String mail = email == null ? "" : email.strip();
        if (mail.length() > EMAIL_LENGTH || !EMAIL.matcher(mail).matches()) {
            return List.of(new FieldProblem(field, "INVALID_EMAIL", "電子郵件格式錯誤。", "Not an e-mail address."));
        }
        return List.of();
    }
}
