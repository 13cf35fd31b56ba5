package org.sojourn.cases.internal.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema migration, read from a script named {@code V<version>__<description>.sql}.
 *
 * @param version     the version the script brings the schema to
 * @param description what it does, from the file name
 * @param sql         the script's text
 * @param checksum    SHA-256 of the text, to notice a script edited after it was applied
 */
record Migration(int version, String description, String sql, String checksum) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /**
     * @param fileName the script's file name, without folders
     * @param sql      the script's text
     * @return the migration
     * @throws IllegalArgumentException when the name does not follow the pattern
     */
    static Migration of(String fileName, String sql) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Migration script name must be V<n>__<words>.sql: " + fileName);
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), sql,
                sha256(sql));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
