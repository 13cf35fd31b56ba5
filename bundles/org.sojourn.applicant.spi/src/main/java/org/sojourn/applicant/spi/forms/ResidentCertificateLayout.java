package org.sojourn.applicant.spi.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sojourn.documents.spi.CertificateContent;
import org.sojourn.documents.spi.CertificateLayout;
import org.sojourn.documents.spi.IssuedCase;

/**
 * The 6-month electronic resident certificate (中華民國居留證, domain §11) a student admitted but not
 * yet registered receives once the fee is paid; registered students get the IC card at the desk. A
 * student-residence type registers it as its {@link CertificateLayout}: a component extending this
 * class with {@value CertificateLayout#APPLICANT_TYPE} set to the type's id.
 */
public abstract class ResidentCertificateLayout implements CertificateLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public Optional<CertificateContent> content(IssuedCase issued) {
        if (issued.grant() == null || !ResidenceStudentType.E_CERTIFICATE_6_MONTHS.equals(issued.grant().documentKind())) {
            return Optional.empty();
        }
        List<CertificateContent.Line> lines = new ArrayList<>();
        lines.add(new CertificateContent.Line("居留許可種類", "Permit type", "六個月電子居留證 6-month electronic resident certificate"));
        lines.add(new CertificateContent.Line("核發日期", "Date of issue", day(issued.grant().validFrom())));
        lines.add(new CertificateContent.Line("居留期限", "Date of expiry", day(issued.grant().validUntil())));
        lines.add(new CertificateContent.Line("居留事由", "Purpose of residence", "就學 Study"));
        String chinese = issued.field(StudentForm.CHINESE_NAME);
        lines.add(new CertificateContent.Line("姓名", "Name", (chinese.isBlank() ? "" : chinese + " ") + issued.field(StudentForm.ENGLISH_NAME)));
        lines.add(new CertificateContent.Line("護照號碼", "Passport No.", issued.field(StudentForm.PASSPORT_NUMBER)));
        lines.add(new CertificateContent.Line("出生日期", "Date of birth", day(issued.field(StudentForm.BIRTH_DATE))));
        lines.add(new CertificateContent.Line("性別", "Sex", "F".equals(issued.field("sex")) ? "女 Female" : "男 Male"));
        lines.add(new CertificateContent.Line("國籍", "Nationality", issued.names().apply(issued.field(StudentForm.NATIONALITY))));
        lines.add(new CertificateContent.Line("統一證號", "ID No.", issued.grant().certificateNumber()));
        lines.add(new CertificateContent.Line("居留地址", "Residence address", address(issued)));
        lines.add(new CertificateContent.Line("發證機關", "Issuing authority", "內政部移民署 National Immigration Agency"));
        return Optional.of(new CertificateContent("中華民國居留證", "ROC (Taiwan) Resident Certificate", issued.grant().certificateNumber(),
                lines, List.of(
                        "注意事項：本證為六個月電子居留證，請於期限屆滿前完成註冊並申請換發居留證；逾期居留者處新臺幣二千元以上一萬元以下罰鍰。",
                        "Notes: this is a 6-month electronic resident certificate. Register at your school and apply for the resident"
                                + " certificate before it expires; overstaying is fined NT$2,000 to NT$10,000.")));
    }

    /** A form's date, as the case core stores it (ISO), or as typed when it is not one. */
    private static String day(String value) {
        try {
            return day(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException notIso) {
            return value;
        }
    }

    private static String day(LocalDate day) {
        return DAY.format(day) + " (" + COMPACT.format(day) + ")";
    }

    private static String address(IssuedCase issued) {
        String lane = issued.field("addressLane");
        String alley = issued.field("addressAlley");
        return issued.field("addressPostalCode") + " " + issued.field("addressCounty") + issued.field("addressDistrict")
                + issued.field("addressVillage") + issued.field("addressStreet") + (lane.isBlank() ? "" : lane + "巷")
                + (alley.isBlank() ? "" : alley + "弄") + issued.field("addressNumber");
    }
}
