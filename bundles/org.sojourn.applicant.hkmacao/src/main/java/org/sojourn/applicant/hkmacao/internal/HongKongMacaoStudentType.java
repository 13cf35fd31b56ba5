package org.sojourn.applicant.hkmacao.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicantTypeDescriptor;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.BusinessLine;
import org.sojourn.applicant.spi.Choice;
import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.applicant.spi.Eligibility;
import org.sojourn.applicant.spi.FeeQuote;
import org.sojourn.applicant.spi.FieldKind;
import org.sojourn.applicant.spi.FormField;
import org.sojourn.applicant.spi.GrantNumber;
import org.sojourn.applicant.spi.GrantTerms;
import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.applicant.spi.forms.StudentForm;
import org.sojourn.applicant.spi.forms.StudyProgramme;
import org.sojourn.applicant.spi.forms.Validity;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.PluginProperties;
import org.sojourn.cases.api.Portal;

/**
 * Hong Kong and Macao students (港澳生, HK/MO), §2: the residence permit for studying (港澳生居留證,
 * line 108), filed by the school or by the student on the Hong Kong/Macao portal. The form holds
 * everything the entry/exit inspection form (港澳僑生居留入出境查驗表) prints: {@link #INSPECTION_FORM_FIELDS}.
 */
@Component(service = ApplicantType.class, property = {
    PluginProperties.KIND + "=" + PluginProperties.KIND_APPLICANT_TYPE,
    PluginProperties.ID + "=" + HongKongMacaoStudentType.ID,
    PluginProperties.VERSION + "=" + HongKongMacaoStudentType.VERSION})
@Designate(ocd = HongKongMacaoStudentType.Config.class)
public final class HongKongMacaoStudentType implements ApplicantType {

    /** The line's number codes: §9 shows 108 for group numbers; the receipt code is not in the seeds. */
    @ObjectClassDefinition(pid = "org.sojourn.applicant.hkmacao", name = "Sojourn: Hong Kong/Macao students")
    public @interface Config {
        @AttributeDefinition(description = "Three-digit code in group numbers (§9)")
        String groupCode() default "108";

        @AttributeDefinition(description = "Four-digit office/line code in receipt numbers; verify with the agency")
        String receiptCode() default "6108";
    }

    static final String ID = "hk-macao";
    static final String VERSION = "1.0.0";
    static final String RESIDENCE_PERMIT = "HK_MACAO_RESIDENCE_PERMIT";

    static final String REGION = "region";
    static final String ID_CARD_NUMBER = "permanentIdNumber";
    static final String TRAVEL_DOCUMENT_EXPIRY = "travelDocumentExpiry";
    static final String ENTRY_DATE = "entryDate";

    static final String PHOTO = "photo";
    static final String ID_CARD = "permanentIdCard";
    static final String TRAVEL_DOCUMENT = "travelDocument";
    static final String ENTRY_PERMIT = "entryPermit";
    static final String ADMISSION = "admissionProof";
    static final String ENROLMENT_PROOF = "enrolmentProof";
    static final String HEALTH_CERTIFICATE = "healthCertificate";

    /** What the entry/exit inspection form prints, each a field of this form. */
    static final List<String> INSPECTION_FORM_FIELDS = List.of(StudentForm.CHINESE_NAME, StudentForm.ENGLISH_NAME, "sex",
            StudentForm.BIRTH_DATE, REGION, ID_CARD_NUMBER, "travelDocumentNumber", TRAVEL_DOCUMENT_EXPIRY,
            "entryPermitNumber", ENTRY_DATE, StudentForm.SCHOOL, "department", "addressCounty", "addressDistrict",
            "addressStreet", "addressNumber");

    /** No separate fee for Hong Kong/Macao students is in the seeds; the residence fee of the student line applies. */
    private static final FeeQuote FEE = new FeeQuote(1000, "0508580102-1", "證照費", "Permit fee");

    private final ApplicantTypeDescriptor descriptor;

    /** @param config the line's number codes */
    @Activate
    public HongKongMacaoStudentType(Config config) {
        BusinessLine line = new BusinessLine(config.groupCode(), config.receiptCode(), "港澳生居留",
                "Residence of Hong Kong and Macao students",
                Set.of(ApplicationKind.FIRST_APPLICATION, ApplicationKind.EXTENSION, ApplicationKind.DATA_CHANGE));
        descriptor = new ApplicantTypeDescriptor(ID, VERSION, "港澳生", "Hong Kong or Macao student", "HK", List.of(line),
                fields(), documents(), Set.of(Portal.SCHOOL, Portal.HK_MACAO_STUDENT), GrantNumber.RESIDENT_CERTIFICATE);
    }

    @Override
    public ApplicantTypeDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<FieldProblem> check(ApplicantForm form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> region = form.value(REGION);
        form.value(ID_CARD_NUMBER).filter(id -> !PermanentIdNumber.isValid(region.orElse(""), id)).ifPresent(id -> problems.add(
                new FieldProblem(ID_CARD_NUMBER, "INVALID_PERMANENT_ID", "香港或澳門永久性居民身分證號碼格式或檢查碼錯誤。",
                        "Not a valid Hong Kong or Macao permanent identity card number.")));
        Optional<LocalDate> entry = form.date(ENTRY_DATE);
        Optional<LocalDate> born = form.date(StudentForm.BIRTH_DATE);
        if (entry.isPresent() && born.isPresent() && entry.get().isBefore(born.get())) {
            problems.add(new FieldProblem(ENTRY_DATE, "ENTRY_BEFORE_BIRTH", "入境日期不得早於出生日期。",
                    "The entry date cannot be before the date of birth."));
        }
        form.value(StudentForm.ENGLISH_NAME).filter(name -> !name.matches("[A-Za-z][A-Za-z .,'\\-]*")).ifPresent(name ->
                problems.add(new FieldProblem(StudentForm.ENGLISH_NAME, "INVALID_ENGLISH_NAME",
                        "英文姓名只能有英文字母、空白及 . , ' -。", "The English name takes Latin letters, spaces and . , ' - only.")));
        return problems;
    }

    @Override
    public Set<String> requiredDocuments(ApplicantForm form) {
        Set<String> required = new LinkedHashSet<>(List.of(PHOTO, ID_CARD, TRAVEL_DOCUMENT));
        if (form.kind() == ApplicationKind.FIRST_APPLICATION) {
            required.addAll(List.of(ENTRY_PERMIT, ADMISSION, HEALTH_CERTIFICATE));
        } else {
            required.add(ENROLMENT_PROOF);
        }
        return required;
    }

    @Override
    public Eligibility eligibility(ApplicantForm form, Optional<PriorGrant> prior, LocalDate today) {
        if (!form.kind().continuesGrant()) {
            return Eligibility.allowed();
        }
        Eligibility current = Validity.current(prior, today);
        if (!current.eligible()) {
            return current;
        }
        return form.kind() == ApplicationKind.EXTENSION ? Validity.extensionWindow(prior.get(), today) : Eligibility.allowed();
    }

    @Override
    public FeeQuote quote(ApplicantForm form) {
        return FEE;
    }

    @Override
    public GrantTerms grant(ApplicantForm form, Optional<PriorGrant> prior, LocalDate decision) {
        Optional<LocalDate> documentEnd = form.date(TRAVEL_DOCUMENT_EXPIRY);
        LocalDate studyEnd = form.date(StudentForm.EXPECTED_GRADUATION).orElseGet(() -> decision.plusYears(
                form.value(StudentForm.PROGRAMME).map(StudyProgramme::valueOf).map(StudyProgramme::years)
                        .orElse(Validity.MAX_GRANT_YEARS)).minusDays(1));
        if (prior.isPresent() && form.kind() == ApplicationKind.DATA_CHANGE) {
            return new GrantTerms(RESIDENCE_PERMIT, decision, prior.get().validUntil());
        }
        if (prior.isPresent() && form.kind() == ApplicationKind.EXTENSION) {
            return Validity.extension(RESIDENCE_PERMIT, prior.get(), studyEnd, documentEnd);
        }
        return Validity.first(RESIDENCE_PERMIT, decision, studyEnd, documentEnd);
    }

    private static List<FormField> fields() {
        List<FormField> own = List.of(
                new FormField(REGION, FieldKind.CHOICE, true, 2, List.of(new Choice("HK", "香港", "Hong Kong"),
                        new Choice("MO", "澳門", "Macao")), "僑居地", "Region"),
                FormField.of(StudentForm.CHINESE_NAME, FieldKind.TEXT, true, 40, "中文姓名", "Chinese name"),
                FormField.of(StudentForm.ENGLISH_NAME, FieldKind.TEXT, true, 80, "英文姓名", "English name"),
                new FormField("sex", FieldKind.CHOICE, true, 1, List.of(new Choice("F", "女", "Female"),
                        new Choice("M", "男", "Male")), "性別", "Sex"),
                FormField.of(StudentForm.BIRTH_DATE, FieldKind.PAST_DATE, true, 10, "出生日期", "Date of birth"),
                FormField.of(ID_CARD_NUMBER, FieldKind.TEXT, true, 12, "港澳永久性居民身分證號碼",
                        "Permanent identity card number"),
                new FormField("travelDocumentKind", FieldKind.CHOICE, true, 20, List.of(
                        new Choice("HKSAR_PASSPORT", "香港特區護照", "HKSAR passport"),
                        new Choice("MSAR_PASSPORT", "澳門特區護照", "MSAR passport"),
                        new Choice("BNO", "英國國民（海外）護照", "British National (Overseas) passport"),
                        new Choice("PORTUGUESE", "葡萄牙護照", "Portuguese passport")), "旅行證件種類", "Travel document"),
                FormField.of("travelDocumentNumber", FieldKind.PASSPORT_NUMBER, true, 20, "旅行證件號碼",
                        "Travel document number"),
                FormField.of(TRAVEL_DOCUMENT_EXPIRY, FieldKind.FUTURE_DATE, true, 10, "旅行證件效期", "Travel document expiry"),
                FormField.of("entryPermitNumber", FieldKind.TEXT, true, 20, "臺灣地區入出境許可證號", "Entry permit number"),
                FormField.of(ENTRY_DATE, FieldKind.PAST_DATE, false, 10, "入境日期", "Date of entry"),
                FormField.of(StudentForm.RESIDENT_CERTIFICATE_NUMBER, FieldKind.RESIDENT_CERTIFICATE_NUMBER, false, 10,
                        "統一證號", "Resident certificate number"),
                FormField.of(StudentForm.SCHOOL, FieldKind.TEXT, true, 100, "就讀學校", "School"),
                new FormField(StudentForm.PROGRAMME, FieldKind.CHOICE, true, 20,
                        Arrays.stream(StudyProgramme.values()).map(StudyProgramme::choice).toList(), "學制", "Programme"),
                FormField.of("department", FieldKind.TEXT, true, 100, "就讀系所", "Department"),
                FormField.of(StudentForm.EXPECTED_GRADUATION, FieldKind.FUTURE_DATE, false, 10, "預計畢業日期",
                        "Expected graduation"));
        return Stream.of(own, StudentForm.addressAndContact()).flatMap(List::stream).toList();
    }

    private static List<DocumentType> documents() {
        return List.of(
                new DocumentType(PHOTO, "最近二年內彩色脫帽相片", "Photo taken within 2 years", true, false, "必附", "Required"),
                new DocumentType(ID_CARD, "港澳永久性居民身分證", "Permanent identity card", false, false, "必附", "Required"),
                new DocumentType(TRAVEL_DOCUMENT, "港澳護照或旅行證件", "Passport or travel document", false, false, "必附",
                        "Required"),
                new DocumentType(ENTRY_PERMIT, "臺灣地區入出境許可證", "Entry permit", false, false, "首次申請必附",
                        "Required for a first application"),
                new DocumentType(ADMISSION, "分發通知書或入學許可", "Placement notice or admission letter", false, false,
                        "首次申請必附", "Required for a first application"),
                new DocumentType(HEALTH_CERTIFICATE, "最近三個月內健康檢查合格證明", "Health certificate issued within 3 months",
                        false, false, "首次申請必附", "Required for a first application"),
                new DocumentType(ENROLMENT_PROOF, "在學證明或學生證", "Proof of enrolment", false, false, "延期及資料異動必附",
                        "Required for extension and data change"),
                new DocumentType("other", "其他相關證明文件", "Other documents", false, false, "無則免", "Optional"));
    }
}
