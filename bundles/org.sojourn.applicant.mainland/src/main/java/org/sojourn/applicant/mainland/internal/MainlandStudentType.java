package org.sojourn.applicant.mainland.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
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
 * Mainland students and their relatives (陸生(含親屬), CN), §2: the school files the single-entry
 * study permit (就學入臺單次證, line 116); the multiple-entry permit (多次證, line 112) is issued in
 * exchange for it (換發), extended and changed, by the school or by the student on the mainland
 * portal (seed 004). Grants are permits, named by their permit number; in the student's own
 * application the school comes from the current permit and cannot be changed.
 */
@Component(service = ApplicantType.class, property = {
    PluginProperties.KIND + "=" + PluginProperties.KIND_APPLICANT_TYPE,
    PluginProperties.ID + "=" + MainlandStudentType.ID,
    PluginProperties.VERSION + "=" + MainlandStudentType.VERSION})
public final class MainlandStudentType implements ApplicantType {

    static final String ID = "mainland";
    static final String VERSION = "1.0.0";

    /** 就學入臺單次證: valid for entering once. */
    static final String SINGLE_ENTRY_PERMIT = "SINGLE_ENTRY_STUDY_PERMIT";
    /** 多次入出境許可證. */
    static final String MULTIPLE_ENTRY_PERMIT = "MULTIPLE_ENTRY_PERMIT";

    static final String RELATION = "relation";
    static final String STUDENT_NAME = "studentName";
    static final String MAINLAND_ID = "mainlandIdNumber";
    static final String TRAVEL_PERMIT_EXPIRY = "travelPermitExpiry";
    static final String CHANGE_ITEMS = "changeItems";

    static final String PHOTO = "photo";
    static final String TRAVEL_PERMIT = "travelPermit";
    static final String ADMISSION_LETTER = "admissionLetter";
    static final String ENROLMENT_PROOF = "enrolmentProof";
    static final String CURRENT_PERMIT = "currentPermit";
    static final String CHANGE_PROOF = "changeProof";
    static final String RELATIONSHIP_PROOF = "relationshipProof";

    /** §9: receipt numbers of mainland cases carry 6360. */
    static final BusinessLine SINGLE_ENTRY = new BusinessLine("116", "6360", "陸生就學入臺單次證",
            "Mainland students' single-entry study permit", Set.of(ApplicationKind.FIRST_APPLICATION));
    static final BusinessLine MULTIPLE_ENTRY = new BusinessLine("112", "6360", "陸生多次入出境許可證",
            "Mainland students' multiple-entry permit",
            Set.of(ApplicationKind.RENEWAL, ApplicationKind.EXTENSION, ApplicationKind.DATA_CHANGE));

    private static final String REVENUE_CODE = "0508580102-1";
    /** The single-entry permit's fee is not in the seeds; NT$600 is the agency's schedule for a single-entry permit. */
    private static final long SINGLE_ENTRY_FEE = 600;
    private static final long MULTIPLE_ENTRY_FEE = 1000;
    private static final long EXTENSION_FEE = 300;
    /** A single-entry permit is for entering once, within 6 months of issue. */
    private static final int SINGLE_ENTRY_MONTHS = 6;

    private static final ApplicantTypeDescriptor DESCRIPTOR = new ApplicantTypeDescriptor(ID, VERSION, "陸生（含親屬）",
            "Mainland student (and relatives)", "CN", List.of(SINGLE_ENTRY, MULTIPLE_ENTRY), fields(), documents(),
            Set.of(Portal.SCHOOL, Portal.MAINLAND_STUDENT), GrantNumber.PERMIT);

    @Override
    public ApplicantTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<FieldProblem> check(ApplicantForm form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.selfApplication() && form.kind() == ApplicationKind.FIRST_APPLICATION) {
            problems.add(new FieldProblem("applicationKind", "SCHOOL_FILES_SINGLE_ENTRY",
                    "就學入臺單次證由學校代為申請；學生可自行申請換發多次證、延期及資料異動。",
                    "The school files the single-entry permit; students file renewal, extension and data change themselves."));
        }
        form.value(MAINLAND_ID).filter(id -> !MainlandIdNumber.isValid(id)).ifPresent(id -> problems.add(
                new FieldProblem(MAINLAND_ID, "INVALID_MAINLAND_ID", "大陸居民身分證號碼格式或檢查碼錯誤。",
                        "Not a valid mainland resident ID number (18 characters with its check character).")));
        form.value(StudentForm.ADDRESS_POSTAL_CODE).filter(code -> !code.matches("\\d{3}(\\d{2,3})?")).ifPresent(code ->
                problems.add(new FieldProblem(StudentForm.ADDRESS_POSTAL_CODE, "INVALID_POSTAL_CODE",
                        "郵遞區號應為 3 碼或 3+2、3+3 碼數字。", "A postal code has 3, 5 or 6 digits.")));
        return problems;
    }

    @Override
    public Set<String> conditionallyRequired(ApplicantForm form) {
        Set<String> required = new LinkedHashSet<>();
        if (form.value(RELATION).filter(relation -> !"SELF".equals(relation)).isPresent()) {
            required.add(STUDENT_NAME);
        }
        if (form.kind() == ApplicationKind.DATA_CHANGE) {
            required.add(CHANGE_ITEMS);
        }
        return required;
    }

    @Override
    public Set<String> requiredDocuments(ApplicantForm form) {
        Set<String> required = new LinkedHashSet<>(List.of(PHOTO, TRAVEL_PERMIT));
        if (form.kind() == ApplicationKind.FIRST_APPLICATION) {
            required.add(ADMISSION_LETTER);
        } else {
            required.add(CURRENT_PERMIT);
            required.add(ENROLMENT_PROOF);
        }
        if (form.kind() == ApplicationKind.DATA_CHANGE) {
            required.add(CHANGE_PROOF);
        }
        if (form.value(RELATION).filter(relation -> !"SELF".equals(relation)).isPresent()) {
            required.add(RELATIONSHIP_PROOF);
        }
        return required;
    }

    /** In the student's own application the school comes from the current permit (就讀學校 唯讀, seed 004). */
    @Override
    public Set<String> readOnlyFields(ApplicantForm form) {
        return form.selfApplication() ? Set.of(StudentForm.SCHOOL) : Set.of();
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
        PriorGrant grant = prior.get();
        return switch (form.kind()) {
            case RENEWAL -> SINGLE_ENTRY_PERMIT.equals(grant.documentKind()) ? Eligibility.allowed()
                    : Eligibility.refused("NOT_A_SINGLE_ENTRY_PERMIT", "僅就學入臺單次證可申請換發多次證。",
                            "Only a single-entry study permit can be exchanged for the multiple-entry permit.");
            case EXTENSION, DATA_CHANGE -> !MULTIPLE_ENTRY_PERMIT.equals(grant.documentKind())
                    ? Eligibility.refused("NOT_A_MULTIPLE_ENTRY_PERMIT", "請輸入現行多次入出境許可證號。",
                            "Give the number of the current multiple-entry permit.")
                    : form.kind() == ApplicationKind.EXTENSION ? Validity.extensionWindow(grant, today) : Eligibility.allowed();
            default -> Eligibility.allowed();
        };
    }

    @Override
    public FeeQuote quote(ApplicantForm form) {
        long amount = switch (form.kind()) {
            case FIRST_APPLICATION -> SINGLE_ENTRY_FEE;
            case RENEWAL -> MULTIPLE_ENTRY_FEE;
            case EXTENSION -> EXTENSION_FEE;
            case DATA_CHANGE -> 0;
        };
        return new FeeQuote(amount, REVENUE_CODE, "證照費", "Permit fee");
    }

    @Override
    public GrantTerms grant(ApplicantForm form, Optional<PriorGrant> prior, LocalDate decision) {
        Optional<LocalDate> travelPermitEnd = form.date(TRAVEL_PERMIT_EXPIRY);
        return switch (form.kind()) {
            case FIRST_APPLICATION -> new GrantTerms(SINGLE_ENTRY_PERMIT, decision,
                    Validity.earliest(decision.plusMonths(SINGLE_ENTRY_MONTHS).minusDays(1), LocalDate.MAX,
                            travelPermitEnd.orElse(LocalDate.MAX)));
            case RENEWAL -> Validity.first(MULTIPLE_ENTRY_PERMIT, decision, studyEnd(form, decision), travelPermitEnd);
            case EXTENSION -> prior.map(grant -> Validity.extension(MULTIPLE_ENTRY_PERMIT, grant, studyEnd(form, decision),
                    travelPermitEnd)).orElseGet(() -> Validity.first(MULTIPLE_ENTRY_PERMIT, decision, studyEnd(form, decision),
                    travelPermitEnd));
            case DATA_CHANGE -> new GrantTerms(MULTIPLE_ENTRY_PERMIT, decision,
                    prior.map(PriorGrant::validUntil).orElse(studyEnd(form, decision)));
        };
    }

    private static LocalDate studyEnd(ApplicantForm form, LocalDate decision) {
        return form.date(StudentForm.EXPECTED_GRADUATION).orElseGet(() -> decision.plusYears(
                form.value(StudentForm.PROGRAMME).map(StudyProgramme::valueOf).map(StudyProgramme::years)
                        .orElse(Validity.MAX_GRANT_YEARS)).minusDays(1));
    }

    private static List<FormField> fields() {
        List<FormField> own = List.of(
                new FormField(RELATION, FieldKind.CHOICE, true, 10, List.of(new Choice("SELF", "陸生本人", "The student"),
                        new Choice("SPOUSE", "配偶", "Spouse"), new Choice("CHILD", "子女", "Child")),
                        "申請人身分", "Applicant is"),
                FormField.of(STUDENT_NAME, FieldKind.TEXT, false, 40, "陸生姓名（親屬申請時）", "Student's name (for a relative)"),
                FormField.of(StudentForm.CHINESE_NAME, FieldKind.TEXT, true, 40, "中文姓名", "Chinese name"),
                FormField.of("pinyinName", FieldKind.TEXT, true, 80, "英文（拼音）姓名", "Name in pinyin"),
                new FormField("sex", FieldKind.CHOICE, true, 1, List.of(new Choice("F", "女", "Female"),
                        new Choice("M", "男", "Male")), "性別", "Sex"),
                FormField.of(StudentForm.BIRTH_DATE, FieldKind.PAST_DATE, true, 10, "出生日期", "Date of birth"),
                FormField.of("birthProvince", FieldKind.TEXT, true, 40, "出生地（省市）", "Place of birth (province)"),
                FormField.of(MAINLAND_ID, FieldKind.TEXT, true, 18, "大陸居民身分證號碼", "Mainland resident ID number"),
                FormField.of("travelPermitNumber", FieldKind.PASSPORT_NUMBER, true, 20, "大陸居民往來臺灣通行證號碼",
                        "Mainland travel permit to Taiwan number"),
                FormField.of(TRAVEL_PERMIT_EXPIRY, FieldKind.FUTURE_DATE, true, 10, "通行證效期", "Travel permit expiry"),
                FormField.of(GrantNumber.PERMIT.field(), FieldKind.TEXT, false, 20, "現行入出境許可證號", "Current permit number"),
                FormField.of(StudentForm.SCHOOL, FieldKind.TEXT, true, 100, "就讀學校", "School"),
                new FormField(StudentForm.PROGRAMME, FieldKind.CHOICE, true, 20,
                        Arrays.stream(StudyProgramme.values()).map(StudyProgramme::choice).toList(), "學制", "Programme"),
                FormField.of("department", FieldKind.TEXT, true, 100, "就讀系所", "Department"),
                FormField.of(StudentForm.EXPECTED_GRADUATION, FieldKind.FUTURE_DATE, false, 10, "預計畢業日期",
                        "Expected graduation"),
                FormField.of(CHANGE_ITEMS, FieldKind.TEXT, false, 200, "異動事項（資料異動時）", "What changed (data change)"));
        return Stream.of(own, StudentForm.addressAndContact()).flatMap(List::stream).toList();
    }

    private static List<DocumentType> documents() {
        return List.of(
                new DocumentType(PHOTO, "最近二年內彩色脫帽相片", "Photo taken within 2 years", true, false, "必附", "Required"),
                new DocumentType(TRAVEL_PERMIT, "大陸居民往來臺灣通行證", "Mainland travel permit to Taiwan", false, true, "必附",
                        "Required"),
                new DocumentType(ADMISSION_LETTER, "入學許可", "Admission letter", false, true, "單次證必附",
                        "Required for the single-entry permit"),
                new DocumentType(CURRENT_PERMIT, "現持入出境許可證", "Current entry/exit permit", false, true,
                        "換發、延期及資料異動必附", "Required for renewal, extension and data change"),
                new DocumentType(ENROLMENT_PROOF, "在學證明或學生證", "Proof of enrolment", false, true,
                        "換發、延期及資料異動必附", "Required for renewal, extension and data change"),
                new DocumentType(CHANGE_PROOF, "異動證明文件", "Proof of the change", false, true, "資料異動必附",
                        "Required for a data change"),
                new DocumentType(RELATIONSHIP_PROOF, "親屬關係證明", "Proof of relationship", false, true, "親屬申請必附",
                        "Required for a relative"),
                new DocumentType("other", "其他相關證明文件", "Other documents", false, true, "無則免", "Optional"));
    }
}
