package org.sojourn.cases.internal;

import java.sql.SQLException;

/**
 * Turns a failure to reach the database into one sentence that names the setting to fix. Never
 * includes credentials: the URL is cut before its parameters.
 */
public final class DatabaseProblems {

    private DatabaseProblems() {
    }

    /**
     * @param failure what the driver threw
     * @param url     the configured JDBC URL, or null when unknown
     * @return a sentence for the log and the health endpoint
     */
    public static String describe(SQLException failure, String url) {
        String where = url == null ? "the configured database" : safeUrl(url);
        String state = rootState(failure);
        String hint;
        if (state.startsWith("28")) {
            hint = "the database refused the credentials: check SOJOURN_DB_USER and SOJOURN_DB_PASSWORD"
                    + " (user/password in etc/org.ops4j.datasource-sojourn.cfg)";
        } else if ("3D000".equals(state)) {
            hint = "the database does not exist: check the database name in SOJOURN_DB_URL"
                    + " (url in etc/org.ops4j.datasource-sojourn.cfg) and create it";
        } else if (state.startsWith("08")) {
            hint = "no database answers there: check host and port in SOJOURN_DB_URL"
                    + " (url in etc/org.ops4j.datasource-sojourn.cfg) and that the server runs";
        } else {
            hint = "check SOJOURN_DB_URL, SOJOURN_DB_USER and SOJOURN_DB_PASSWORD"
                    + " (etc/org.ops4j.datasource-sojourn.cfg)";
        }
        return "Database " + where + " is not usable (SQLState " + (state.isEmpty() ? "none" : state) + "): " + hint;
    }

    /**
     * @param url a JDBC URL
     * @return the URL without parameters, which may carry a password
     */
    public static String safeUrl(String url) {
        int cut = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }

    private static String rootState(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
