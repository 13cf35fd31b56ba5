package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sixth applicant type, built as an ordinary plugin that no feature of the distribution names,
 * arrives, is upgraded, leaves and returns while the system runs: installed by an administrator
 * through the REST endpoint, upgraded through the deploy folder, removed, and reinstalled with
 * {@code feature:install -r}. A client keeps calling other endpoints throughout and no request fails.
 */
public class HotDeployIT extends SojournTestSupport {

    private static final String FEATURE = "sojourn-applicant-exchange";
    private static final Duration SOON = Duration.ofSeconds(30);

    @Inject
    private FeaturesService features;

    @Test
    public void aNewTypeArrivesIsUpgradedLeavesAndReturnsWithoutAFailedRequest() throws Exception {
        awaitHealthy();
        Http admin = as("admin");
        Http clerk = as("03734301");
        assertFalse("not in the distribution", listed(http()).containsKey("exchange"));
        JsonNode offered = admin.get("/api/v1/admin/plugins").json();
        assertTrue(offered.toString(), offered.get("features").toString().contains(FEATURE));
        assertEquals("only plugins are the administrator's to remove", "NOT_A_PLUGIN",
                admin.delete("/api/v1/admin/plugins/sojourn-core/0.1.0").json().get("code").asText());

        Traffic traffic = traffic(clerk).start();
        List<String> failures;
        try {
            traffic.awaitMore(20);

            // Install through the administrator's endpoint.
            Http.Answer installed = admin.postJson("/api/v1/admin/plugins", "{\"feature\":\"" + FEATURE + "\"}");
            assertEquals(installed.body(), 200, installed.status());
            http().await("/api/v1/applicant-types", answer -> versionOf(answer, "exchange").equals("1.0.0"), SOON);

            String group = exchangeGroup(clerk);
            String pinned = Filing.addApplicant(clerk, group, "exchange", exchangeForm("SE1000001"));
            Filing.completeDocuments(clerk, group, pinned, List.of("passport", "exchangeProof"));
            assertEquals(200, clerk.postJson("/api/v1/groups/" + group + "/submission", "{}").status());

            // Upgrade: a 1.1.0 build dropped into the deploy folder serves beside 1.0.0.
            Path deployed = deployUpgrade();
            http().await("/api/v1/applicant-types", answer -> versionOf(answer, "exchange").equals("1.1.0"), SOON);
            String later = exchangeGroup(clerk);
            Http.Answer upgraded = clerk.postJson("/api/v1/groups/" + later + "/applicants",
                    Filing.applicantJson("exchange", exchangeForm("SE1000002")));
            assertEquals("a new case takes the new version", "1.1.0", upgraded.json().at("/summary/typeVersion").asText());
            JsonNode old = clerk.get("/api/v1/groups/" + group).json().at("/applicants/0");
            assertEquals("the existing case stays pinned", "1.0.0", old.get("typeVersion").asText());

            // Uninstall both: cases stay readable and say the handler is missing; new ones are refused.
            Files.delete(deployed);
            Http.Answer removed = admin.delete("/api/v1/admin/plugins/" + FEATURE + "/" + System.getProperty("sojourn.version"));
            assertEquals(removed.body(), 200, removed.status());
            http().await("/api/v1/applicant-types", answer -> !listed(answer).containsKey("exchange"), SOON);
            Http.Answer refused = clerk.postJson("/api/v1/groups/" + later + "/applicants",
                    Filing.applicantJson("exchange", exchangeForm("SE1000003")));
            assertEquals("UNKNOWN_APPLICANT_TYPE", refused.json().at("/errors/0/code").asText());
            JsonNode orphan = clerk.get("/api/v1/groups/" + group).json().at("/applicants/0");
            assertTrue("handler missing: " + orphan, orphan.get("handlerMissing").asBoolean());
            Http.Answer frozen = clerk.put(Filing.applicantPath(later, upgraded.json().at("/summary/applicantId").asText()),
                    "{\"fields\":{\"homeUniversity\":\"Lund University\"}}");
            assertEquals(503, frozen.status());
            assertEquals("APPLICANT_TYPE_MISSING", frozen.json().get("code").asText());

            // Reinstall from the console's way: feature:install -r.
            features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            http().await("/api/v1/applicant-types", answer -> versionOf(answer, "exchange").equals("1.0.0"), SOON);
            assertFalse(clerk.get("/api/v1/groups/" + group).json().at("/applicants/0/handlerMissing").asBoolean());
            assertEquals("the 1.1.0 draft is served again, by 1.0.0 of the same major version", 200,
                    clerk.put(Filing.applicantPath(later, upgraded.json().at("/summary/applicantId").asText()),
                            "{\"fields\":{\"homeUniversity\":\"Lund University\"}}").status());
            traffic.awaitMore(20);
        } finally {
            failures = traffic.stop();
        }
        assertEquals("requests that failed during the cycle", List.of(), failures);
    }

    /** Calls health, another type's draft saves and the progress query in a loop. */
    private static Traffic traffic(Http clerk) {
        String group = Filing.draft(clerk, "熱部署期間的外生草稿");
        String applicantPath = Filing.applicantPath(group, Filing.addApplicant(clerk, group, "foreign", Filing.complete("TR0000001")));
        AtomicInteger saves = new AtomicInteger();
        return new Traffic(Map.of(
                "health", () -> http().get("/api/v1/health"),
                "draft save", () -> clerk.put(applicantPath, "{\"fields\":{\"department\":\"Department " + saves.incrementAndGet() + "\"}}"),
                "progress", () -> clerk.get("/api/v1/progress?page=0&size=10")));
    }

    private static String exchangeGroup(Http clerk) {
        Http.Answer created = clerk.postJson("/api/v1/groups", "{\"consent\":true,\"businessLine\":\"120\","
                + "\"applicationName\":\"交換生\",\"pickupOffice\":\"TAIPEI\",\"sender\":{\"name\":\"王小明\","
                + "\"nationalId\":\"A123456789\",\"phone\":\"02-2388-9393\",\"email\":\"clerk@ntu.edu.tw\"}}");
        assertEquals(created.body(), 201, created.status());
        String group = created.json().get("groupId").asText();
        Filing.addDocument(clerk, group, null, "powerOfAttorney");
        return group;
    }

    private static Map<String, String> exchangeForm(String passport) {
        return Map.ofEntries(Map.entry("englishName", "Jonas Berg"), Map.entry("sex", "M"), Map.entry("birthDate", "2004-02-02"),
                Map.entry("nationality", "SE"), Map.entry("passportNumber", passport), Map.entry("passportExpiry", "2031-01-01"),
                Map.entry("homeUniversity", "Uppsala University"), Map.entry("school", "國立示範大學"),
                Map.entry("exchangeStart", java.time.LocalDate.now().plusMonths(1).toString()),
                Map.entry("exchangeEnd", java.time.LocalDate.now().plusMonths(6).toString()),
                Map.entry("addressPostalCode", "100"), Map.entry("addressCounty", "臺北市"), Map.entry("addressDistrict", "中正區"),
                Map.entry("addressStreet", "重慶南路一段"), Map.entry("addressNumber", "122號"));
    }

    /**
     * Writes the plugin's bundle as version 1.1.0 into the deploy folder: the same classes stand in
     * for a newer release, which is all the core sees of an upgrade.
     */
    private static Path deployUpgrade() throws Exception {
        Path target = Path.of(System.getProperty("karaf.base"), "deploy", "org.sojourn.applicant.exchange-1.1.0.jar");
        Path partial = Files.createTempFile("exchange", ".jar");
        try (InputStream source = new URL("mvn:org.sojourn/org.sojourn.applicant.exchange/"
                + System.getProperty("sojourn.version")).openStream();
                JarInputStream in = new JarInputStream(source);
                OutputStream file = Files.newOutputStream(partial)) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", "1.1.0");
            try (JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, String> listed(Http.Answer answer) {
        Map<String, String> versions = new java.util.HashMap<>();
        if (answer.status() == 200) {
            answer.json().forEach(type -> versions.put(type.get("id").asText(), type.get("version").asText()));
        }
        return versions;
    }

    private static Map<String, String> listed(Http client) {
        return listed(client.get("/api/v1/applicant-types"));
    }

    private static String versionOf(Http.Answer answer, String id) {
        return listed(answer).getOrDefault(id, "");
    }
}
