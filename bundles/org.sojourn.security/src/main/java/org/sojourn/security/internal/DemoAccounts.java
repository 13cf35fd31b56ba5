package org.sojourn.security.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.security.api.Role;

/**
 * The documented demo accounts (README), created in a database with no accounts when demo data is
 * enabled ({@code etc/org.sojourn.demo.cfg}, on under {@code ./sojourn}); never otherwise.
 */
@Component(configurationPid = "org.sojourn.demo", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = DemoAccounts.Config.class)
public final class DemoAccounts {

    /** Demo data settings, the one switch for every demo component. */
    @ObjectClassDefinition(name = "Sojourn demo data", description = "Example data for a first run")
    @interface Config {
        /** @return whether to add the demo accounts to a database without accounts */
        @AttributeDefinition(description = "Add the demo accounts to a database without accounts")
        boolean enabled() default false;
    }

    /** The one password of every demo account; printed in the README, so never for real use. */
    static final String PASSWORD = "Sojourn-demo-2026";

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    /**
     * @param config     the settings
     * @param dataSource Sojourn's migrated data source
     */
    @Activate
    public DemoAccounts(Config config, @Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource) {
        if (!config.enabled()) {
            return;
        }
        Instant now = Instant.now();
        boolean created = Transactions.inTransaction(dataSource, connection -> {
            if (AccountStore.count(connection) > 0) {
                return false;
            }
            String hash = new PasswordHasher().hash(PASSWORD);
            AccountStore.create(connection, "03734301", Role.SCHOOL_MAIN, "國立示範大學", "03734301", hash, "03734301@demo.sojourn.invalid", now);
            AccountStore.create(connection, "03734301-01", Role.SCHOOL_SUB, "國立示範大學 國際處 王承辦", "03734301", hash, "03734301-01@demo.sojourn.invalid", now);
            AccountStore.create(connection, "03734301-02", Role.SCHOOL_SUB, "國立示範大學 僑生組 李承辦", "03734301", hash, "03734301-02@demo.sojourn.invalid", now);
            AccountStore.create(connection, "officer-first", Role.OFFICER_FIRST_REVIEW, "初審 陳審核員", null, hash, "officer-first@demo.sojourn.invalid", now);
            AccountStore.create(connection, "officer-second", Role.OFFICER_SECOND_REVIEW, "複審 林審核員", null, hash, "officer-second@demo.sojourn.invalid", now);
            AccountStore.create(connection, "card-desk", Role.OFFICER_CARD_DESK, "製發證 張專員", null, hash, "card-desk@demo.sojourn.invalid", now);
            AccountStore.create(connection, "admin", Role.ADMINISTRATOR, "系統管理者", null, hash, "admin@demo.sojourn.invalid", now);
            AccountStore.create(connection, "cn-student", Role.STUDENT_MAINLAND, "張小明（陸生）", null, hash, "cn-student@demo.sojourn.invalid", now);
            AccountStore.create(connection, "hk-student", Role.STUDENT_HK_MACAO, "陳大文（港澳生）", null, hash, "hk-student@demo.sojourn.invalid", now);
            // The agency's records two demo students can register against (README).
            insertRecord(connection, "MAINLAND", "C12345678", "李小華", "2004-03-15", null, null, null, Map.of());
            insertRecord(connection, "HK_MACAO", "H98765432", "陳美玲", "2003-11-02", null, null, null, Map.of());
            // The demo mainland student's current multiple-entry permit, in its last 3 months: it can be extended (README).
            long cnStudent = AccountStore.find(connection, "cn-student").orElseThrow().caller().accountId();
            long permit = insertRecord(connection, "MAINLAND", "M20260001", "張小明", "2003-05-20", "MULTIPLE_ENTRY_PERMIT",
                    LocalDate.now(ZoneId.of("Asia/Taipei")).minusYears(1), LocalDate.now(ZoneId.of("Asia/Taipei")).plusMonths(2),
                    Map.of("relation", "SELF", "chineseName", "張小明", "pinyinName", "ZHANG XIAOMING", "sex", "M",
                            "birthDate", "2003-05-20", "birthProvince", "福建省", "school", "國立示範大學", "programme", "MASTER",
                            "department", "資訊工程學系"));
            try (java.sql.PreparedStatement link = connection.prepareStatement(
                    "update agency_student_record set account_id = ?, school_number = '03734301' where id = ?")) {
                link.setLong(1, cnStudent);
                link.setLong(2, permit);
                link.executeUpdate();
            }
            return true;
        });
        if (created) {
            LOG.info("Added the demo accounts to the empty database");
        }
    }

    private static long insertRecord(java.sql.Connection connection, String kind, String permit, String name, String birthDate,
            String documentKind, LocalDate validFrom, LocalDate validUntil, Map<String, String> values) throws java.sql.SQLException {
        long id;
        try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into agency_student_record"
                + " (kind, permit_number, name, birth_date, document_kind, valid_from, valid_until) values (?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, kind);
            insert.setString(2, permit);
            insert.setString(3, name);
            insert.setDate(4, java.sql.Date.valueOf(birthDate));
            insert.setString(5, documentKind);
            insert.setDate(6, validFrom == null ? null : java.sql.Date.valueOf(validFrom));
            insert.setDate(7, validUntil == null ? null : java.sql.Date.valueOf(validUntil));
            insert.executeUpdate();
            try (java.sql.ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (java.sql.PreparedStatement insert = connection.prepareStatement(
                "insert into agency_student_record_value (record_id, field_name, field_value) values (?, ?, ?)")) {
            for (Map.Entry<String, String> value : values.entrySet()) {
                insert.setLong(1, id);
                insert.setString(2, value.getKey());
                insert.setString(3, value.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return id;
    }
}
