package org.sojourn.notify.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.mail.Authenticator;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox over SMTP. Each node claims a due mail by moving its next attempt forward in
 * one update, so nodes never send the same mail twice; a mail the server refuses is tried again
 * later with growing pauses (2 s, 4 s, … at most an hour) until it is accepted. Recipients and texts
 * are never logged, only outbox ids.
 */
@Component(configurationPid = "org.sojourn.mail", configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = MailConfig.class)
public final class MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final int BATCH = 20;

    private final DataSource dataSource;
    private final Session session;
    private final InternetAddress from;
    private final ScheduledExecutorService executor;

    /**
     * @param config     the SMTP settings
     * @param dataSource Sojourn's migrated data source
     * @throws IllegalArgumentException when the settings are not usable
     */
    @Activate
    public MailSender(MailConfig config, @Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource) {
        this.dataSource = dataSource;
        if (config.pollSeconds() < 1 || config.pollSeconds() > 300) {
            throw new IllegalArgumentException("org.sojourn.mail pollSeconds must be 1-300: " + config.pollSeconds());
        }
        try {
            this.from = new InternetAddress(config.from(), true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("org.sojourn.mail from is not an address: " + config.from(), e);
        }
        if (config.host().isBlank()) {
            LOG.warn("No SMTP host (SOJOURN_SMTP_HOST / etc/org.sojourn.mail.cfg host): mail stays in the outbox");
            this.session = null;
            this.executor = null;
            return;
        }
        this.session = Session.getInstance(properties(config), authenticator(config));
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sojourn-mail-sender");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sendDue, 0, config.pollSeconds(), TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void sendDue() {
        try {
            for (long id : due()) {
                if (claim(id)) {
                    send(id);
                }
            }
        } catch (SQLException e) {
            LOG.warn("Cannot read the mail outbox (SQLState {}); trying again", e.getSQLState());
        } catch (RuntimeException e) {
            LOG.error("Mail sender failed unexpectedly; trying again", e);
        }
    }

    private List<Long> due() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id from mail_outbox where sent_at is null and next_attempt_at <= ? order by id")) {
            query.setTimestamp(1, Timestamp.from(Instant.now()));
            query.setMaxRows(BATCH);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** @return whether this node now owns the mail for the next {@link #CLAIM} */
    private boolean claim(long id) throws SQLException {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update mail_outbox set next_attempt_at = ?"
                        + " where id = ? and sent_at is null and next_attempt_at <= ?")) {
            update.setTimestamp(1, Timestamp.from(now.plus(CLAIM)));
            update.setLong(2, id);
            update.setTimestamp(3, Timestamp.from(now));
            return update.executeUpdate() == 1;
        }
    }

    private void send(long id) throws SQLException {
        String recipient;
        String subject;
        String body;
        int attempts;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select recipient, subject, body, attempts from mail_outbox where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                recipient = row.getString(1);
                subject = row.getString(2);
                body = row.getString(3);
                attempts = row.getInt(4) + 1;
            }
        }
        try {
            deliver(recipient, subject, body);
            record(id, "update mail_outbox set sent_at = ?, attempts = ?, last_error = null where id = ?", Instant.now(),
                    attempts, null);
            LOG.debug("Mail {} sent", id);
        } catch (MessagingException e) {
            long pause = Math.min(1L << Math.min(attempts, 20), LONGEST_PAUSE.toSeconds());
            record(id, "update mail_outbox set next_attempt_at = ?, attempts = ?, last_error = ? where id = ?",
                    Instant.now().plusSeconds(pause), attempts, e.getClass().getSimpleName());
            LOG.warn("Mail {} not accepted (attempt {}: {}); next try in {} s", id, attempts, e.getClass().getSimpleName(), pause);
        }
    }

    private void deliver(String recipient, String subject, String body) throws MessagingException {
        // JavaMail finds its providers and content handlers through the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    private void record(long id, String sql, Instant when, int attempts, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setTimestamp(1, Timestamp.from(when));
            update.setInt(2, attempts);
            if (error == null) {
                update.setLong(3, id);
            } else {
                update.setString(3, error);
                update.setLong(4, id);
            }
            update.executeUpdate();
        }
    }

    private static Properties properties(MailConfig config) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", config.host());
        properties.put("mail.smtp.port", String.valueOf(config.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.auth", String.valueOf(!config.username().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(config.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(config.startTls()));
        return properties;
    }

    private static Authenticator authenticator(MailConfig config) {
        if (config.username().isBlank()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(config.username(), config.password());
            }
        };
    }
}
