package org.sojourn.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Boots the built Sojourn distribution ({@code platform/target/sojourn-*.tar.gz}) once per test
 * class, on free ports, against a fresh PostgreSQL database created before the boot and dropped
 * after the run. Test methods run inside the distribution and call it over real HTTP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class SojournTestSupport {

    private static final String DATASOURCE_CFG = "etc/org.ops4j.datasource-sojourn.cfg";

    /** The distribution's HTTP port, known to {@link #extraOptions()} (set in the test driver only). */
    protected int httpPort;

    /** This distribution's framework. */
    @Inject
    protected BundleContext bundleContext;

    /**
     * @return the distribution, configured for this test class
     * @throws SQLException when the test PostgreSQL server cannot be reached
     */
    @Configuration
    public Option[] configuration() throws SQLException {
        String database = TestPostgres.createDatabase();
        httpPort = FreePorts.pick();
        String karaf = System.getProperty("karaf.version");
        return Stream.of(new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(System.getProperty("sojourn.distribution")).toURI().toString())
                    .karafVersion(karaf)
                    .name("Sojourn")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort)),
            editConfigurationFilePut(DATASOURCE_CFG, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
            editConfigurationFilePut(DATASOURCE_CFG, "url", TestPostgres.urlOf(database)),
            editConfigurationFilePut(DATASOURCE_CFG, "user", TestPostgres.user()),
            editConfigurationFilePut(DATASOURCE_CFG, "password", TestPostgres.password()),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("org.ops4j.pax.url.mvn.localRepository")),
            systemProperty("sojourn.it.http.port").value(String.valueOf(httpPort)),
            systemProperty("sojourn.it.db.url").value(TestPostgres.urlOf(database)),
            systemProperty("sojourn.it.pg.user").value(TestPostgres.user()),
            systemProperty("sojourn.it.pg.password").value(TestPostgres.password()),
            systemProperty("sojourn.version").value(System.getProperty("sojourn.version")),
            vmOption("-Xmx768m"),
            // What bin/setenv sets: aries' jax-rs-api jar is rejected by JDK 17.0.15 otherwise.
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            vmOption("-Djava.awt.headless=true"),
            // What bin/karaf passes on Java 9+ (Pax Exam starts the JVM itself).
            vmOption("--add-reads=java.xml=java.logging"),
            vmOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
            vmOption("--patch-module"),
            vmOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar"),
            vmOption("--patch-module"),
            vmOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar"),
            vmOption("--add-opens"), vmOption("java.base/java.security=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.net=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.lang=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.base/java.util=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
            vmOption("--add-opens"), vmOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
            vmOption("--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED"),
            vmOption("--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED"),
            vmOption("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
            vmOption("-classpath"),
            vmOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"),
        }).flatMap(option -> Stream.of(option)).collect(java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(), options -> {
                    options.addAll(java.util.List.of(extraOptions()));
                    return options.toArray(Option[]::new);
                }));
    }

    /**
     * @return options a test class adds to the distribution's configuration; by default the demo
     *         accounts (README), so tests sign in as the people they stand for
     */
    protected Option[] extraOptions() {
        return new Option[] {editConfigurationFilePut("etc/org.sojourn.demo.cfg", "enabled", "true")};
    }

    /** The password of every demo account. */
    protected static final String DEMO_PASSWORD = "Sojourn-demo-2026";

    /**
     * Signs in through the API, captcha included.
     *
     * @param login    the account
     * @param password its password
     * @return the answer to the sign-in
     * @throws Exception when the database cannot be read
     */
    protected Http.Answer signIn(String login, String password) throws Exception {
        String id = http().await("/api/v1/captcha", answer -> answer.status() == 200, Duration.ofSeconds(30))
                .json().get("captchaId").asText();
        String solved;
        try (Connection connection = openDirectConnection()) {
            solved = Captchas.solve(connection, id);
        }
        return http().postJson("/api/v1/sessions", Captchas.signInJson(login, password, id, solved));
    }

    /**
     * Adds a second school's main account with the demo password (the hash is copied from the demo
     * school's account), for tests that keep schools apart.
     *
     * @param businessNumber the school's business number and login
     * @throws Exception when the database cannot be written
     */
    protected void addSchool(String businessNumber) throws Exception {
        try (Connection connection = openDirectConnection();
                java.sql.PreparedStatement insert = connection.prepareStatement("insert into account (login, role,"
                        + " display_name, school_number, password_hash, enabled, password_changed_at, created_at)"
                        + " select ?, 'SCHOOL_MAIN', '另一所大學', ?, password_hash, true, now(), now() from account"
                        + " where login = '03734301' and not exists (select 1 from account where login = ?)")) {
            insert.setString(1, businessNumber);
            insert.setString(2, businessNumber);
            insert.setString(3, businessNumber);
            insert.executeUpdate();
        }
    }

    /**
     * @param login a demo account
     * @return a client signed in as it
     * @throws Exception when the sign-in fails
     */
    protected Http as(String login) throws Exception {
        Http.Answer signedIn = signIn(login, DEMO_PASSWORD);
        if (signedIn.status() != 201) {
            throw new AssertionError("Sign-in as " + login + " failed: " + signedIn.body());
        }
        return http().withToken(signedIn.json().get("token").asText());
    }

    /** @return a client for this distribution's HTTP port */
    protected static Http http() {
        return new Http(Integer.getInteger("sojourn.it.http.port"));
    }

    /**
     * Waits until the node reports itself healthy, as a load balancer would before sending traffic,
     * and until the demo accounts exist (they are written just after the schema, all in one
     * transaction).
     */
    protected void awaitHealthy() {
        try {
            http().await("/api/v1/health", answer -> answer.status() == 200, Duration.ofSeconds(90));
        } catch (AssertionError notHealthy) {
            throw new AssertionError(notHealthy.getMessage() + "\n" + KarafLog.problems(), notHealthy);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = openDirectConnection();
                    java.sql.Statement statement = connection.createStatement();
                    java.sql.ResultSet row = statement.executeQuery("select count(*) from account where login = 'hk-student'")) {
                row.next();
                if (row.getLong(1) == 1) {
                    awaitSignIn();
                    return;
                }
                Thread.sleep(100); // polling interval of a condition wait
            } catch (Exception e) {
                throw new AssertionError("Cannot read the test database", e);
            }
        }
        throw new AssertionError("The demo accounts did not appear within 60 s");
    }

    /**
     * Waits until people can sign in: the sign-in service answers a captcha (it may still be taking
     * its configuration, e.g. a test's trust anchors, after the node turned healthy).
     */
    protected void awaitSignIn() {
        http().await("/api/v1/captcha", answer -> answer.status() == 200, Duration.ofSeconds(60));
    }


    /**
     * Opens a connection to this class's PostgreSQL database that bypasses Sojourn entirely, to
     * check what really landed there.
     *
     * @return a new connection; the caller closes it
     * @throws Exception when the database cannot be reached
     */
    protected Connection openDirectConnection() throws Exception {
        ServiceReference<DataSourceFactory> reference = bundleContext.getServiceReferences(DataSourceFactory.class,
                "(osgi.jdbc.driver.name=PostgreSQL JDBC Driver)").stream().findFirst()
                .orElseThrow(() -> new AssertionError("No PostgreSQL driver in the distribution"));
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, System.getProperty("sojourn.it.db.url"));
        properties.setProperty(DataSourceFactory.JDBC_USER, System.getProperty("sojourn.it.pg.user"));
        properties.setProperty(DataSourceFactory.JDBC_PASSWORD, System.getProperty("sojourn.it.pg.password", ""));
        DataSource dataSource = bundleContext.getService(reference).createDataSource(properties);
        return dataSource.getConnection();
    }

}
