package org.sojourn.applicant.hkmacao.internal;

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
 * The entry/exit inspection form (港澳僑生居留入出境查驗表, the download area of seed 001) a paid Hong
 * Kong or Macao student prints: shown at the border with the travel document while the resident
 * card is made, with every value of {@link HongKongMacaoStudentType#INSPECTION_FORM_FIELDS}.
 */
@Component(service = CertificateLayout.class, property = CertificateLayout.APPLICANT_TYPE + "=" + HongKongMacaoStudentType.ID)
public final class InspectionFormLayout implements CertificateLayout {

    private static final Map<String, String> REGIONS = Map.of("HK", "香港 Hong Kong", "MO", "澳門 Macao");
    private static final Map<String, String> TRAVEL_DOCUMENTS = Map.of("HKSAR_PASSPORT", "香港特區護照 HKSAR passport",
            "MSAR_PASSPORT", "澳門特區護照 MSAR passport", "BNO", "英國國民（海外）護照 BN(O) passport",
            "PORTUGUESE", "葡萄牙護照 Portuguese passport");

    @Override
    public Set<String> documentKinds() {
        return Set.of(HongKongMacaoStudentType.RESIDENCE_PERMIT);
    }

    @Override
    public CertificateContent content(IssuedCase issued) {
        List<CertificateContent.Line> lines = new ArrayList<>();
        lines.add(new CertificateContent.Line("姓名", "Name", PrintedValues.name(issued.field(StudentForm.CHINESE_NAME),
                issued.field(StudentForm.ENGLISH_NAME))));
        lines.add(new CertificateContent.Line("性別", "Sex", PrintedValues.sex(issued)));
        lines.add(new CertificateContent.Line("出生日期", "Date of birth", PrintedValues.day(issued.field(StudentForm.BIRTH_DATE))));
        String region = issued.field(HongKongMacaoStudentType.REGION);
        lines.add(new CertificateContent.Line("僑居地", "Region", REGIONS.getOrDefault(region, region)));
        lines.add(new CertificateContent.Line("永久性居民身分證號碼", "Permanent identity card No.",
                issued.field(HongKongMacaoStudentType.ID_CARD_NUMBER)));
        String kind = issued.field("travelDocumentKind");
        lines.add(new CertificateContent.Line("旅行證件", "Travel document", TRAVEL_DOCUMENTS.getOrDefault(kind, kind) + " "
                + issued.field("travelDocumentNumber")));
        lines.add(new CertificateContent.Line("旅行證件效期", "Travel document valid until",
                PrintedValues.day(issued.field(HongKongMacaoStudentType.TRAVEL_DOCUMENT_EXPIRY))));
        lines.add(new CertificateContent.Line("臺灣地區入出境許可證號", "Entry permit No.", issued.field("entryPermitNumber")));
        String entry = issued.field(HongKongMacaoStudentType.ENTRY_DATE);
        if (!entry.isBlank()) {
            lines.add(new CertificateContent.Line("入境日期", "Date of entry", PrintedValues.day(entry)));
        }
        lines.add(new CertificateContent.Line("統一證號", "ID No.", issued.grant().certificateNumber()));
        lines.add(new CertificateContent.Line("居留事由", "Purpose of residence", "就學 Study"));
        lines.add(new CertificateContent.Line("居留期限", "Residence valid until", PrintedValues.day(issued.grant().validUntil())));
        lines.add(new CertificateContent.Line("就讀學校", "School", issued.field(StudentForm.SCHOOL) + " " + issued.field("department")));
        lines.add(new CertificateContent.Line("居留地址", "Residence address", PrintedValues.address(issued)));
        lines.add(new CertificateContent.Line("發證機關", "Issuing authority", "內政部移民署 National Immigration Agency"));
        return new CertificateContent("港澳僑生居留入出境查驗表", "Entry/Exit Inspection Form: Hong Kong and Macao Students in Residence",
                issued.grant().certificateNumber(), lines, List.of(
                        "注意事項：入出境時請併同旅行證件及居留證出示本表；居留證製發前，本表憑以查驗。居留期限屆滿前三個月內得申請延期，逾期居留者依法處罰。",
                        "Notes: show this form with your travel document and resident certificate at entry and exit; until the"
                                + " resident card is made, the border checks this form. Apply for an extension within the 3 months"
                                + " before the residence expires; overstaying is punished by law."));
    }
}
