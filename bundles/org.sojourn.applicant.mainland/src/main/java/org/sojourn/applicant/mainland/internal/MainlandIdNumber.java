package org.sojourn.applicant.mainland.internal;

import java.util.regex.Pattern;

/** The 18-character mainland resident ID number (居民身份證號碼), GB 11643: its check character is ISO 7064 MOD 11-2. */
final class MainlandIdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private MainlandIdNumber() {
    }

    static boolean isValid(String raw) {
        String id = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!SHAPE.matcher(id).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17);
    }
}
