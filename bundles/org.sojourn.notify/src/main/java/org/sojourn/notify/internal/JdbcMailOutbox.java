package org.sojourn.notify.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.osgi.service.component.annotations.Component;
import org.sojourn.notify.api.MailOutbox;
import org.sojourn.notify.api.OutgoingMail;

/** Writes mails to table {@code mail_outbox} on the caller's connection. */
@Component
public final class JdbcMailOutbox implements MailOutbox {

    @Override
    public void enqueue(Connection connection, OutgoingMail mail) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("insert into mail_outbox (recipient, subject, body,"
                + " created_at, attempts, next_attempt_at) values (?, ?, ?, ?, 0, ?)")) {
            insert.setString(1, mail.to());
            insert.setString(2, mail.subject());
            insert.setString(3, mail.body());
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
    }
}
