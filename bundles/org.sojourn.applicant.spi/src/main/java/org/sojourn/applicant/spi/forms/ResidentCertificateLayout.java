package org.sojourn.applicant.spi.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    @Override
    public Set<String> documentKinds() {
        return Set.of(ResidenceStudentType.E_CERTIFICATE_6_MONTHS);
    }

    @Override
    public CertificateContent content(IssuedCase issued) {
        List<CertificateContent.Line> lines = new ArrayList<>();
        lines.add(new CertificateContent.Line("居留許可種類", "Permit type", "六個月電子居留證 6-month electronic resident certificate"));
        lines.add(new CertificateContent.Line("核發日期", "Date of issue", PrintedValues.day(issued.grant().validFrom())));
        lines.add(new CertificateContent.Line("居留期限", "Date of expiry", PrintedValues.day(issued.grant().validUntil())));
        lines.add(new CertificateContent.Line("居留事由", "Purpose of residence", "就學 Study"));
        lines.add(new CertificateContent.Line("姓名", "Name", PrintedValues.name(issued.field(StudentForm.CHINESE_NAME),
                issued.field(StudentForm.ENGLISH_NAME))));
        lines.add(new CertificateContent.Line("護照號碼", "Passport No.", issued.field(StudentForm.PASSPORT_NUMBER)));
        lines.add(new CertificateContent.Line("出生日期", "Date of birth", PrintedValues.day(issued.field(StudentForm.BIRTH_DATE))));
        lines.add(new CertificateContent.Line("性別", "Sex", PrintedValues.sex(issued)));
        lines.add(new CertificateContent.Line("國籍", "Nationality", issued.names().apply(issued.field(StudentForm.NATIONALITY))));
        lines.add(new CertificateContent.Line("統一證號", "ID No.", issued.grant().certificateNumber()));
        lines.add(new CertificateContent.Line("居留地址", "Residence address", PrintedValues.address(issued)));
        lines.add(new CertificateContent.Line("發證機關", "Issuing authority", "內政部移民署 National Immigration Agency"));
        return new CertificateContent("中華民國居留證", "ROC (Taiwan) Resident Certificate", issued.grant().certificateNumber(),
                lines, List.of(
                        "注意事項：本證為六個月電子居留證，請於期限屆滿前完成註冊並申請換發居留證；逾期居留者處新臺幣二千元以上一萬元以下罰鍰。",
                        "Notes: this is a 6-month electronic resident certificate. Register at your school and apply for the resident"
                                + " certificate before it expires; overstaying is fined NT$2,000 to NT$10,000."));
    }
}
