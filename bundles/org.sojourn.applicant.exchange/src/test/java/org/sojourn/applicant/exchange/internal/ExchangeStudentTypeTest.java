package org.sojourn.applicant.exchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.testkit.ApplicantTypeConformance;

/** The template plugin passes the conformance test like every other, and keeps exchanges to a year. */
class ExchangeStudentTypeTest extends ApplicantTypeConformance {

    private final ExchangeStudentType type = new ExchangeStudentType(new Version(1, 0, 0));

    @Override
    protected ApplicantType type() {
        return type;
    }

    @Override
    protected Optional<Map<String, String>> completeForm(ApplicationKind kind) {
        return Optional.of(new HashMap<>(Map.ofEntries(Map.entry("englishName", "Jonas Berg"), Map.entry("sex", "M"),
                Map.entry("birthDate", "2004-02-02"), Map.entry("nationality", "SE"), Map.entry("passportNumber", "SE1234567"),
                Map.entry("passportExpiry", "2030-01-01"), Map.entry("homeUniversity", "Uppsala University"),
                Map.entry("school", "國立示範大學"), Map.entry("exchangeStart", "2027-02-15"), Map.entry("exchangeEnd", "2027-06-30"),
                Map.entry("addressPostalCode", "100"), Map.entry("addressCounty", "臺北市"), Map.entry("addressDistrict", "中正區"),
                Map.entry("addressStreet", "重慶南路一段"), Map.entry("addressNumber", "122號"))));
    }

    @Test
    void theVersionIsTheBundlesAndAnExchangeLastsAtMostAYear() {
        assertEquals("1.1.0", new ExchangeStudentType(new Version(1, 1, 0, "SNAPSHOT")).descriptor().version());
        Map<String, String> values = completeForm(ApplicationKind.FIRST_APPLICATION).orElseThrow();
        values.put("exchangeEnd", "2028-03-01");
        assertEquals("EXCHANGE_PERIOD", type.check(new ApplicantForm(ApplicationKind.FIRST_APPLICATION, false, values), TODAY)
                .get(0).code());
    }
}
