package org.sojourn.itests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;

/**
 * Solves a Sojourn captcha from the hash of its answer in the database — possible only with
 * database access, which tests have and callers over HTTP never do.
 */
final class Captchas {

    private Captchas() {
    }

    static String solve(Connection connection, String captchaId) throws Exception {
        String stored;
        try (PreparedStatement query = connection.prepareStatement("select answer_hash from captcha where id = ?")) {
            query.setString(1, captchaId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("captcha " + captchaId + " is not stored");
                }
                stored = row.getString(1);
            }
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (int n = 0; n < 100_000; n++) {
            String digits = String.format("%05d", n);
            if (HexFormat.of().formatHex(sha256.digest((captchaId + ":" + digits).getBytes(StandardCharsets.UTF_8)))
                    .equals(stored)) {
                return digits;
            }
        }
        throw new AssertionError("no five digits match captcha " + captchaId);
    }

    /** @return the sign-in body, on the demo students' own portals */
    static String signInJson(String login, String password, String captchaId, String answer) {
        String portal = switch (login) {
            case "cn-student" -> "\"mainland\"";
            case "hk-student" -> "\"hk-macao\"";
            default -> "null";
        };
        return signInJson(login, password, captchaId, answer, portal);
    }

    /** @return the sign-in body with the portal given as a JSON value ({@code "\"mainland\""} or {@code null}) */
    static String signInJson(String login, String password, String captchaId, String answer, String portalJson) {
        return "{\"account\":\"" + login + "\",\"password\":\"" + password + "\",\"captchaId\":"
                + (captchaId == null ? "null" : "\"" + captchaId + "\"") + ",\"captchaAnswer\":"
                + (answer == null ? "null" : "\"" + answer + "\"") + ",\"portal\":" + portalJson + "}";
    }
}
