package org.sojourn.cases.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.CaseGroups;
import org.sojourn.cases.api.GroupOwner;
import org.sojourn.cases.api.NewCaseGroup;

/**
 * Fills an empty database with a few example groups so that a newcomer's first run
 * ({@code ./sojourn}) has something to look at. Runs only when configured with
 * {@code enabled=true} (the launcher does that for the embedded database); never on its own
 * against a production database, and never when any group exists.
 */
@Component(configurationPid = "org.sojourn.demo", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = DemoData.Config.class)
public final class DemoData {

    /** Demo data settings ({@code etc/org.sojourn.demo.cfg}). */
    @ObjectClassDefinition(name = "Sojourn demo data", description = "Example data for a first run")
    @interface Config {
        /** @return whether to add the examples to an empty database */
        @AttributeDefinition(description = "Add example groups to an empty database")
        boolean enabled() default false;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /**
     * @param config the settings
     * @param jpa    the persistence unit, to see whether the database is empty
     * @param groups where the examples go
     */
    @Activate
    public DemoData(Config config, @Reference(target = "(osgi.unit.name=sojourn)") JpaTemplate jpa,
            @Reference CaseGroups groups) {
        if (!config.enabled()) {
            return;
        }
        long existing = jpa.txExpr(TransactionType.Required,
                em -> em.createQuery("select count(g) from CaseGroupEntity g", Long.class).getSingleResult());
        if (existing > 0) {
            return;
        }
        // Filed by no account: the demo school's main account sees them, its sub-accounts do not.
        GroupOwner demoSchool = new GroupOwner(null, "03734301");
        groups.create(new NewCaseGroup("115學年度第1學期 外籍生居留（示範）", "102"), demoSchool);
        groups.create(new NewCaseGroup("115學年度 陸生多次入出境許可（示範）", "112"), demoSchool);
        groups.create(new NewCaseGroup("115學年度 港澳生居留（示範）", "108"), demoSchool);
        LOG.info("Added demo case groups to the empty database");
    }
}
