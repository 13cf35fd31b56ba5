package org.sojourn.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * Every Sojourn feature installs and uninstalls cleanly in the running distribution. The shared
 * third-party library features stay installed throughout, as they do in production where plugins
 * come and go on top of them (and this test itself talks HTTP and JSON through them).
 */
public class FeaturesIT extends SojournTestSupport {

    private static final List<String> OWN_FEATURES = List.of("sojourn-api", "sojourn-core", "sojourn-notify", "sojourn-security", "sojourn-rest",
            "sojourn-roster", "sojourn-documents", "sojourn-web", "sojourn-applicant-foreign", "sojourn-applicant-overseaschinese", "sojourn-applicant-mainland",
            "sojourn-applicant-hkmacao", "sojourn-applicant-nohousehold", "sojourn-payment-card", "sojourn-payment-webatm",
            "sojourn-payment-virtualaccount", "sojourn-payment-cvs", "sojourn-payment-egov",
            "sojourn-platform", "sojourn");

    /** What the distribution boots (platform/pom.xml): the platform and each plugin as a feature of its own. */
    private static final Set<String> BOOTED = new LinkedHashSet<>(List.of("sojourn-platform", "sojourn-applicant-foreign",
            "sojourn-applicant-overseaschinese", "sojourn-applicant-mainland", "sojourn-applicant-hkmacao",
            "sojourn-applicant-nohousehold", "sojourn-payment-card", "sojourn-payment-webatm", "sojourn-payment-virtualaccount",
            "sojourn-payment-cvs", "sojourn-payment-egov"));

    @Inject
    private FeaturesService features;

    @Before
    public void keepTheLibrariesInstalled() throws Exception {
        awaitHealthy();
        features.installFeature("sojourn-persistence-libs");
        features.installFeature("sojourn-jaxrs-libs");
        features.installFeature("sojourn-security-libs");
        features.installFeature("sojourn-mail-libs");
        features.installFeature("sojourn-spreadsheet-libs");
        features.installFeature("sojourn-pdf-libs");
    }

    @Test
    public void everyFeatureInstallsAndUninstallsCleanly() throws Exception {
        features.uninstallFeatures(BOOTED, EnumSet.noneOf(FeaturesService.Option.class));
        assertEquals("no Sojourn bundle left", List.of(), sojournBundles());

        for (String feature : OWN_FEATURES) {
            features.installFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
            assertTrue(feature + " installed", features.isInstalled(features.getFeature(feature)));
            for (Bundle bundle : bundlesOf(feature)) {
                assertEquals(feature + ": " + bundle.getSymbolicName(), Bundle.ACTIVE, bundle.getState());
            }
            features.uninstallFeature(feature);
            assertEquals(feature + " left nothing behind", List.of(), sojournBundles());
        }

        features.installFeatures(BOOTED, EnumSet.noneOf(FeaturesService.Option.class));
        http().await("/api/v1/health", answer -> answer.status() == 200, Duration.ofSeconds(60));
    }

    @Test
    public void theApiWithoutTheCoreSaysWhyItCannotServe() throws Exception {
        features.uninstallFeatures(BOOTED, EnumSet.noneOf(FeaturesService.Option.class));
        features.installFeature("sojourn-rest");
        try {
            Http.Answer health = http().await("/api/v1/health", answer -> answer.status() == 503, Duration.ofSeconds(60));
            assertEquals("DOWN", health.json().get("status").asText());
            assertTrue(health.json().at("/database/problem").asText().contains("No database is configured"));

            Http.Answer captcha = http().get("/api/v1/captcha");
            assertEquals(503, captcha.status());
            assertEquals("SECURITY_UNAVAILABLE", captcha.json().get("code").asText());
            assertEquals(401, http().postJson("/api/v1/groups", "{\"consent\":true,\"businessLine\":\"102\"}").status());
        } finally {
            features.uninstallFeature("sojourn-rest");
            features.installFeatures(BOOTED, EnumSet.noneOf(FeaturesService.Option.class));
        }
        awaitHealthy();
    }

    private List<String> sojournBundles() {
        return Arrays.stream(bundleContext.getBundles())
                .map(Bundle::getSymbolicName)
                .filter(name -> name.startsWith("org.sojourn.") && !name.equals("org.sojourn.poi") // libraries, wrapped
                        && !name.equals("org.sojourn.pdfbox"))
                .sorted()
                .toList();
    }

    private List<Bundle> bundlesOf(String feature) throws Exception {
        return features.getFeature(feature).getBundles().stream()
                .map(info -> bundleContext.getBundle(info.getLocation()))
                .toList();
    }
}
