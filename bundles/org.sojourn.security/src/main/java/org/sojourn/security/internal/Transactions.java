package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;

/** Runs JDBC work in one transaction and turns database failures into a 503 for the caller. */
final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * @param dataSource where to work
     * @param work       what to do; committed when it returns, rolled back when it throws
     * @return what the work returned
     */
    static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            // The SQLState says what went wrong; the message may quote values (logins), so only at debug.
            LOG.warn("Security data unavailable (SQLState {})", e.getSQLState());
            LOG.debug("Security data failure", e);
            throw new DomainException(ErrorKind.UNAVAILABLE, "SECURITY_UNAVAILABLE", "登入服務暫時無法使用，請稍後再試。",
                    "Sign-in is unavailable right now; try again shortly.");
        }
    }
}
