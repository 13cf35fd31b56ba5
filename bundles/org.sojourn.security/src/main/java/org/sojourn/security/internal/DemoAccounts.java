package org.sojourn.security.internal;

import java.time.Instant;

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
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into agency_student_record"
                    + " (kind, permit_number, name, birth_date) values (?, ?, ?, ?)")) {
                for (String[] record : new String[][] {{"MAINLAND", "C12345678", "李小華", "2004-03-15"},
                    {"HK_MACAO", "H98765432", "陳美玲", "2003-11-02"}}) {
                    insert.setString(1, record[0]);
                    insert.setString(2, record[1]);
                    insert.setString(3, record[2]);
                    insert.setDate(4, java.sql.Date.valueOf(record[3]));
                    insert.executeUpdate();
                }
            }
            return true;
        });
        if (created) {
            LOG.info("Added the demo accounts to the empty database");
        }
    }
}
