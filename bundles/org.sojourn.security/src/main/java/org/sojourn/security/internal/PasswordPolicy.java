package org.sojourn.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.sojourn.cases.api.FieldProblem;

/**
 * What a new password must be: 10 to 128 characters, not containing the account's login, not a
 * well-known password, not one character repeated. Length beats composition rules, so there are
 * none of those.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /**
     * @param field    the field the password came in, for the problems
     * @param login    the account's login
     * @param password the proposed password
     * @return what is wrong with it, nothing when it may be used
     */
    static List<FieldProblem> problems(String field, String login, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = password == null ? "" : password;
        int length = text.codePointCount(0, text.length());
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            problems.add(new FieldProblem(field, "PASSWORD_LENGTH", "密碼長度須為 " + MIN_LENGTH + " 至 " + MAX_LENGTH + " 字元。",
                    "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters."));
        } else if (!login.isEmpty() && folded.contains(login.toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem(field, "PASSWORD_CONTAINS_ACCOUNT", "密碼不得包含帳號。",
                    "The password must not contain the account."));
        } else if (COMMON.contains(folded) || folded.codePoints().distinct().count() == 1) {
            problems.add(new FieldProblem(field, "PASSWORD_TOO_COMMON", "此密碼過於常見，請改用其他密碼。",
                    "This password is too common; choose another."));
        }
        return problems;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the bundle");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
