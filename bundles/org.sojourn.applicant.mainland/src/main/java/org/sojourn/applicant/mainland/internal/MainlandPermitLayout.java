package org.sojourn.applicant.mainland.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.sojourn.applicant.spi.forms.PrintedValues;
import org.sojourn.applicant.spi.forms.StudentForm;
import org.sojourn.documents.spi.CertificateContent;
import org.sojourn.documents.spi.CertificateLayout;
import org.sojourn.documents.spi.IssuedCase;

/**
 * The electronic entry/exit permit (電子入出境許可證, seed 004 figure 80) a paid mainland case
 * receives, single entry (就學入臺單次證) or multiple entry (多次入出境許可證): printed by the student
 * and shown at the border with the mainland travel permit to Taiwan.
 */
@Component(service = CertificateLayout.class, property = CertificateLayout.APPLICANT_TYPE + "=" + MainlandStudentType.ID)
public final class MainlandPermitLayout implements CertificateLayout {

    private static final Map<String, String> RELATIONS = Map.of("SELF", "陸生本人 Mainland student", "SPOUSE",
            "陸生配偶 Spouse of a mainland student", "CHILD", "陸生子女 Child of a mainland student");

    @Override
    public Set<String> documentKinds() {
        return Set.of(MainlandStudentType.SINGLE_ENTRY_PERMIT, MainlandStudentType.MULTIPLE_ENTRY_PERMIT);
    }

    @Override
    public CertificateContent content(IssuedCase issued) {
        boolean single = MainlandStudentType.SINGLE_ENTRY_PERMIT.equals(issued.grant().documentKind());
        List<CertificateContent.Line> lines = new ArrayList<>();
        lines.add(new CertificateContent.Line("許可證號", "Permit No.", issued.grant().certificateNumber()));
        lines.add(new CertificateContent.Line("證別", "Type", single ? "就學入臺單次證 Single-entry study permit"
                : "多次入出境許可證 Multiple-entry permit"));
        lines.add(new CertificateContent.Line("入出境事由", "Purpose", "就學 Study"));
        lines.add(new CertificateContent.Line("姓名", "Name", PrintedValues.name(issued.field(StudentForm.CHINESE_NAME),
                issued.field("pinyinName"))));
        lines.add(new CertificateContent.Line("性別", "Sex", PrintedValues.sex(issued)));
        lines.add(new CertificateContent.Line("出生日期", "Date of birth", PrintedValues.day(issued.field(StudentForm.BIRTH_DATE))));
        lines.add(new CertificateContent.Line("出生地", "Place of birth", issued.field("birthProvince")));
        lines.add(new CertificateContent.Line("大陸居民往來臺灣通行證號碼", "Mainland travel permit to Taiwan No.",
                issued.field("travelPermitNumber")));
        String relation = issued.field(MainlandStudentType.RELATION);
        lines.add(new CertificateContent.Line("申請人身分", "Holder", RELATIONS.getOrDefault(relation, relation)
                + ("SELF".equals(relation) ? "" : "（" + issued.field(MainlandStudentType.STUDENT_NAME) + "）")));
        lines.add(new CertificateContent.Line("就讀學校", "School", issued.field(StudentForm.SCHOOL) + " " + issued.field("department")));
        lines.add(new CertificateContent.Line("核發日期", "Date of issue", PrintedValues.day(issued.grant().validFrom())));
        lines.add(new CertificateContent.Line("有效期限", "Valid until", PrintedValues.day(issued.grant().validUntil())));
        lines.add(new CertificateContent.Line("發證機關", "Issuing authority", "內政部移民署 National Immigration Agency"));
        List<String> notes = single
                ? List.of("注意事項：本證限入境一次，應於有效期限內入境；入境後請持本證及在學證明申請換發多次入出境許可證。入出境時應併同出示大陸居民往來臺灣通行證。",
                        "Notes: this permit is good for one entry, within its validity. After entering, exchange it for the"
                                + " multiple-entry permit with proof of enrolment. Show it with the mainland travel permit to Taiwan at the border.")
                : List.of("注意事項：本證有效期限內得多次入出境；期限屆滿前三個月內得申請延期，逾期停留者依臺灣地區與大陸地區人民關係條例處罰。入出境時應併同出示大陸居民往來臺灣通行證。",
                        "Notes: this permit is good for any number of entries within its validity. Apply for an extension within"
                                + " the 3 months before it expires; overstaying is punished under the Act Governing Relations between"
                                + " the People of the Taiwan Area and the Mainland Area. Show it with the mainland travel permit to Taiwan"
                                + " at the border.");
        return new CertificateContent("中華民國臺灣地區入出境許可證", "Exit & Entry Permit, Taiwan, Republic of China",
                issued.grant().certificateNumber(), lines, notes);
    }
}
