package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.security.api.ApiKey;
import org.sojourn.security.api.ApiScope;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.IssuedApiKey;
import org.sojourn.security.api.PaymentPartner;
import org.sojourn.security.api.PaymentPartners;
import org.sojourn.security.api.Role;

/**
 * Payment partners in tables {@code account} (role {@code PAYMENT_PARTNER}, no password) and
 * {@code payment_partner} (its channels), with their keys in {@code api_key}.
 */
@Component
public final class PaymentPartnerService implements PaymentPartners {

    private static final Pattern LOGIN = Pattern.compile("partner-[a-z0-9-]{2,30}");
    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_CHANNELS = 10;
    private static final String SELECT = "select a.id, a.login, a.display_name, a.created_at, p.channels"
            + " from account a join payment_partner p on p.account_id = a.id";

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();

    /** @param dataSource Sojourn's migrated data source */
    @Activate
    public PaymentPartnerService(@Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public PaymentPartner register(Caller administrator, String login, String name, Set<String> channelIds, String source) {
        requireAdministrator(administrator);
        String cleanLogin = SignInService.normalizeLogin(login);
        Set<String> channels = new TreeSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (!LOGIN.matcher(cleanLogin).matches()) {
            problems.add(new FieldProblem("login", "FORMAT", "帳號須為 partner- 加 2 至 30 個小寫英文字母、數字或連字號。",
                    "The login is partner- and 2 to 30 lower-case letters, digits or hyphens."));
        }
        Fields.required(problems, "name", name, 100, "名稱", "name");
        if (channelIds == null || channelIds.isEmpty() || channelIds.size() > MAX_CHANNELS) {
            problems.add(new FieldProblem("channelIds", "REQUIRED", "請列出 1 至 " + MAX_CHANNELS + " 個繳費管道代碼。",
                    "List 1 to " + MAX_CHANNELS + " payment channel ids."));
        } else {
            for (String channel : channelIds) {
                if (channel == null || !CHANNEL.matcher(channel).matches()) {
                    problems.add(new FieldProblem("channelIds", "FORMAT", "繳費管道代碼格式錯誤。", "A payment channel id is malformed."));
                    break;
                }
                channels.add(channel);
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，請修正標示的欄位。",
                    "The request has errors; correct the fields marked.", problems);
        }
        Instant now = now();
        return Transactions.inTransaction(dataSource, connection -> {
            if (AccountStore.find(connection, cleanLogin).isPresent()) {
                throw new DomainException(ErrorKind.CONFLICT, "LOGIN_TAKEN", "此帳號已有人使用。", "That login is taken.");
            }
            AccountStore.create(connection, cleanLogin, Role.PAYMENT_PARTNER, Fields.clean(name), null, "no-password", null, now);
            long accountId = AccountStore.find(connection, cleanLogin).orElseThrow().caller().accountId();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into payment_partner (account_id, channels) values (?, ?)")) {
                insert.setLong(1, accountId);
                insert.setString(2, String.join(",", channels));
                insert.executeUpdate();
            }
            SecurityAuditTrail.record(connection, now, "PARTNER_REGISTER", "SUCCEEDED", administrator.login(), source, cleanLogin);
            return find(connection, cleanLogin).partner();
        });
    }

    @Override
    public List<PaymentPartner> list(Caller administrator) {
        requireAdministrator(administrator);
        return Transactions.inTransaction(dataSource, connection -> {
            List<PaymentPartner> partners = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SELECT + " order by a.login");
                    ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    partners.add(partner(row).partner());
                }
            }
            return partners;
        });
    }

    @Override
    public PaymentPartner self(Caller partner) {
        if (partner.role() != Role.PAYMENT_PARTNER) {
            throw forbidden();
        }
        return Transactions.inTransaction(dataSource, connection -> find(connection, partner.login()).partner());
    }

    @Override
    public IssuedApiKey issueKey(Caller administrator, String login, String name, String source) {
        requireAdministrator(administrator);
        return Transactions.inTransaction(dataSource, connection -> ApiKeyRows.issue(connection, find(connection, login).accountId(),
                administrator.login(), name, Set.of(ApiScope.SETTLEMENTS_READ), source, now()));
    }

    @Override
    public List<ApiKey> keys(Caller administrator, String login) {
        requireAdministrator(administrator);
        return Transactions.inTransaction(dataSource, connection -> ApiKeyRows.list(connection, find(connection, login).accountId()));
    }

    @Override
    public ApiKey revokeKey(Caller administrator, String login, String keyId, String source) {
        requireAdministrator(administrator);
        return Transactions.inTransaction(dataSource, connection -> ApiKeyRows.revoke(connection, find(connection, login).accountId(),
                keyId, administrator.login(), source, now()));
    }

    /** A partner with its account id, which stays inside this bundle. */
    private record Found(long accountId, PaymentPartner partner) {
    }

    private static Found find(Connection connection, String login) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " where a.login = ?")) {
            query.setString(1, SignInService.normalizeLogin(login));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new DomainException(ErrorKind.NOT_FOUND, "PARTNER_NOT_FOUND", "查無此金流合作夥伴。", "No such payment partner.");
                }
                return partner(row);
            }
        }
    }

    private static Found partner(ResultSet row) throws SQLException {
        return new Found(row.getLong(1), new PaymentPartner(row.getString(2), row.getString(3),
                Set.copyOf(Arrays.asList(row.getString(5).split(","))), row.getTimestamp(4).toInstant()));
    }

    private static void requireAdministrator(Caller caller) {
        if (caller.role() != Role.ADMINISTRATOR) {
            throw forbidden();
        }
    }

    private static DomainException forbidden() {
        return new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
