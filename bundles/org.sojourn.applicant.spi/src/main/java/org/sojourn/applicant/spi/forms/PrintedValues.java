package org.sojourn.applicant.spi.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.sojourn.documents.spi.IssuedCase;

/** How certificates and permits print the values the forms share: days, sex and the Taiwan address. */
public final class PrintedValues {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private PrintedValues() {
    }

    /** @return the day as the seeds' certificates print it: {@code 10 Jul 2016 (20160710)} */
    public static String day(LocalDate day) {
        return DAY.format(day) + " (" + COMPACT.format(day) + ")";
    }

    /** @return a form's date, as the case core stores it (ISO), printed as {@link #day(LocalDate)}; or as typed when it is not one */
    public static String day(String value) {
        try {
            return day(LocalDate.parse(value));
        } catch (DateTimeParseException notIso) {
            return value;
        }
    }

    /** @return the form's {@code sex} choice in both languages */
    public static String sex(IssuedCase issued) {
        return "F".equals(issued.field("sex")) ? "女 Female" : "男 Male";
    }

    /** @return the name as printed: the Chinese name, when there is one, before the name in Latin letters */
    public static String name(String chinese, String latin) {
        return (chinese.isBlank() ? "" : chinese + " ") + latin;
    }

    /** @return the Taiwan address of {@link StudentForm#addressAndContact()}, postal code first */
    public static String address(IssuedCase issued) {
        String lane = issued.field("addressLane");
        String alley = issued.field("addressAlley");
        return issued.field("addressPostalCode") + " " + issued.field("addressCounty") + issued.field("addressDistrict")
                + issued.field("addressVillage") + issued.field("addressStreet") + (lane.isBlank() ? "" : lane + "巷")
                + (alley.isBlank() ? "" : alley + "弄") + issued.field("addressNumber");
    }
}
