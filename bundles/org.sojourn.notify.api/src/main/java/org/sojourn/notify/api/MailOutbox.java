package org.sojourn.notify.api;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The mail outbox. A mail is written in the caller's transaction, so it goes out exactly when the
 * change that causes it commits; a sender delivers it afterwards and retries until the SMTP server
 * accepts it.
 */
@ProviderType
public interface MailOutbox {

    /**
     * @param connection the caller's connection, inside its transaction
     * @param mail       the mail
     * @throws SQLException when the outbox cannot be written (the caller's transaction fails with it)
     */
    void enqueue(Connection connection, OutgoingMail mail) throws SQLException;
}
