package org.sojourn.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The built distribution unpacked into {@code target/} and run as an operator would: through
 * {@code bin/karaf server} with settings in the environment, stopped with {@code bin/stop}.
 */
final class Distribution implements AutoCloseable {

    private final Path home;
    private final int port;
    private Process process;

    private Distribution(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** @return a fresh copy of the distribution on a free port */
    static Distribution unpack() throws IOException, InterruptedException {
        Path target = Path.of("target", "dist", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(target);
        run(List.of("tar", "xzf", System.getProperty("sojourn.distribution"), "-C", target.toString()), target);
        return new Distribution(target.resolve("sojourn-" + System.getProperty("sojourn.version")), FreePorts.pick());
    }

    /**
     * Starts the distribution in the background.
     *
     * @param environment the SOJOURN_* settings to run with; any others in this JVM's environment are
     *                    removed so the test sees only what it says
     */
    void start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SOJOURN_"));
        builder.environment().putAll(environment);
        builder.environment().put("SOJOURN_HTTP_PORT", String.valueOf(port));
        builder.environment().put("JAVA_MAX_MEM", "768M");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf.out").toFile()));
        process = builder.start();
    }

    /**
     * Adds settings to a configuration file of the unpacked distribution, as an operator edits
     * {@code etc/<pid>.cfg} before starting it (the last value of a key counts).
     */
    void configure(String pid, Map<String, String> values) throws IOException {
        StringBuilder lines = new StringBuilder("\n");
        values.forEach((key, value) -> lines.append(key).append(" = ").append(value).append('\n'));
        Files.writeString(home.resolve("etc").resolve(pid + ".cfg"), lines, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** @return the HTTP port it listens on */
    int port() {
        return port;
    }

    /** Stops the distribution as an operator would and waits until it has exited. */
    void stop() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        run(List.of(home.resolve("bin/stop").toString()), home);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError("Sojourn did not stop within 90 s");
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    /** Kills the distribution as a power cut or {@code kill -9} would: no shutdown hook, no stop of any bundle. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly); // the JVM under bin/karaf gets SIGKILL
        process.destroyForcibly().waitFor();
        process = null;
    }

    /** @return a client for this distribution */
    Http http() {
        return new Http(port);
    }

    /**
     * Signs in through the API, solving the captcha from the given database.
     *
     * @param database the distribution's test database
     * @param login    the account
     * @param password its password
     * @return the answer to the sign-in
     */
    Http.Answer signIn(String database, String login, String password) throws Exception {
        return signIn(database, login, password, "null");
    }

    /**
     * @param database the node's database, where the captcha's answer is read
     * @param login    a demo account
     * @return a client signed in as it, with the demo password
     */
    Http signedIn(String database, String login) throws Exception {
        Http.Answer signedIn = signIn(database, login, "Sojourn-demo-2026");
        if (signedIn.status() != 201) {
            throw new AssertionError("sign-in as " + login + " failed: " + signedIn.body());
        }
        return http().withToken(signedIn.json().get("token").asText());
    }

    /**
     * @param portalJson the portal as a JSON value, e.g. {@code "\"mainland\""} or {@code null}
     * @return the answer to the sign-in on that portal
     */
    Http.Answer signIn(String database, String login, String password, String portalJson) throws Exception {
        Http.Answer captcha = http().await("/api/v1/captcha", answer -> answer.status() == 200,
                java.time.Duration.ofSeconds(60));
        String id = captcha.json().get("captchaId").asText();
        String answer;
        try (java.sql.Connection connection = TestPostgres.connect(database)) {
            answer = Captchas.solve(connection, id);
        }
        return http().postJson("/api/v1/sessions", Captchas.signInJson(login, password, id, answer, portalJson));
    }

    /**
     * @param database the distribution's test database
     * @return a captcha id and its answer, as {@code {"captchaId":…,"captchaAnswer":…}} members
     */
    String solvedCaptchaMembers(String database) throws Exception {
        String id = http().await("/api/v1/captcha", answer -> answer.status() == 200, java.time.Duration.ofSeconds(60))
                .json().get("captchaId").asText();
        try (java.sql.Connection connection = TestPostgres.connect(database)) {
            return "\"captchaId\":\"" + id + "\",\"captchaAnswer\":\"" + Captchas.solve(connection, id) + "\"";
        }
    }

    /** @return the lines of data/log/karaf.log */
    List<String> log() throws IOException {
        return Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(120, TimeUnit.SECONDS) || child.exitValue() != 0) {
            throw new IOException(command + " failed");
        }
    }

}
