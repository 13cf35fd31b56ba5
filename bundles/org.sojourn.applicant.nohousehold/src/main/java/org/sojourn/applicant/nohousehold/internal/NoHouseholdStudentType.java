package org.sojourn.applicant.nohousehold.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
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
import org.sojourn.applicant.spi.Term;
import org.sojourn.applicant.spi.forms.StudentForm;
import org.sojourn.applicant.spi.forms.StudyProgramme;
import org.sojourn.applicant.spi.forms.Validity;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.PluginProperties;
import org.sojourn.cases.api.Portal;

/**
 * Overseas Chinese students who are ROC nationals without household registration
 * (臺灣地區無戶籍國民僑生), exactly as the agency's notice (seed 002) says: residence (居留, NT$500) and
 * extension of residence or change registration (延期居留或變更登記, NT$300); its documents, with the
 * police record only from 18 on the application date and the extra proof for those born in
 * mainland China; validity by study period, at most 3 years, capped by the years of study a
 * programme allows (PhD 5, master 3, bachelor 4, two-year 2), then at most 6 months per extension;
 * 15 days to correct, 3 months when documents must come from abroad; a change of address or school
 * registered within 30 days.
 */
@Component(service = ApplicantType.class, property = {
    PluginProperties.KIND + "=" + PluginProperties.KIND_APPLICANT_TYPE,
    PluginProperties.ID + "=" + NoHouseholdStudentType.ID,
    PluginProperties.VERSION + "=" + NoHouseholdStudentType.VERSION})
@Designate(ocd = NoHouseholdStudentType.Config.class)
public final class NoHouseholdStudentType implements ApplicantType {

    /** The line's number codes, which the seeds do not show for this type. */
    @ObjectClassDefinition(pid = "org.sojourn.applicant.nohousehold", name = "Sojourn: students without household registration")
    public @interface Config {
        @AttributeDefinition(description = "Three-digit code in group numbers; verify with the agency")
        String groupCode() default "110";

        @AttributeDefinition(description = "Four-digit office/line code in receipt numbers; verify with the agency")
        String receiptCode() default "6966";
    }

    static final String ID = "no-household";
    static final String VERSION = "1.0.0";
    static final String RESIDENCE_CERTIFICATE = "RESIDENCE_CERTIFICATE";

    static final String ENROLMENT_DATE = "enrolmentDate";
    static final String BIRTH_PLACE = "birthPlace";
    static final String POLICE_RECORD_ISSUED = "policeRecordIssued";
    static final String HEALTH_CERTIFICATE_ISSUED = "healthCertificateIssued";
    static final String CHANGE_DATE = "changeDate";
    static final String CHANGE_ITEMS = "changeItems";
    static final String LATE_ACKNOWLEDGED = "lateRegistrationAcknowledged";
    static final String PASSPORT_EXPIRY = "passportExpiry";

    static final String APPLICATION_FORM = "applicationForm";
    static final String PHOTO = "photo";
    static final String OVERSEAS_IDENTITY = "overseasIdentity";
    static final String NATIONALITY_PROOF = "nationalityProof";
    static final String POLICE_RECORD = "policeRecord";
    static final String HEALTH_CERTIFICATE = "healthCertificate";
    static final String MAINLAND_STATUS_LOSS = "mainlandStatusLoss";
    static final String PLACEMENT_NOTICE = "placementNotice";
    static final String CURRENT_CERTIFICATE = "currentCertificate";
    static final String ENROLMENT_PROOF = "enrolmentProof";
    static final String OTHER = "other";

    /** Police records are not required of applicants under 18 on the application date. */
    static final int POLICE_RECORD_AGE = 18;
    /** A change of address or school is registered within 30 days of the day after it happened. */
    static final int CHANGE_REGISTRATION_DAYS = 30;

    private static final String REVENUE_CODE = "0508580102-1";

    private final ApplicantTypeDescriptor descriptor;

    /** @param config the line's number codes */
    @Activate
    public NoHouseholdStudentType(Config config) {
        BusinessLine line = new BusinessLine(config.groupCode(), config.receiptCode(), "臺灣地區無戶籍國民僑生居留",
                "Residence of overseas Chinese students without household registration",
                Set.of(ApplicationKind.FIRST_APPLICATION, ApplicationKind.EXTENSION, ApplicationKind.DATA_CHANGE));
        // Individually the student files after the school's list is imported (§4.4).
        descriptor = new ApplicantTypeDescriptor(ID, VERSION, "臺灣地區無戶籍國民僑生",
                "Overseas Chinese student (national without household registration)", null, List.of(line), fields(),
                documents(), Set.of(Portal.SCHOOL, Portal.FOREIGN_STUDENT), GrantNumber.RESIDENT_CERTIFICATE);
    }

    @Override
    public ApplicantTypeDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<FieldProblem> check(ApplicantForm form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        form.date(POLICE_RECORD_ISSUED).filter(issued -> issued.plusYears(1).isBefore(today)).ifPresent(issued -> problems.add(
                new FieldProblem(POLICE_RECORD_ISSUED, "POLICE_RECORD_TOO_OLD", "警察紀錄證明書須為核發日起一年內。",
                        "The police record must have been issued within the last year.")));
        form.date(HEALTH_CERTIFICATE_ISSUED).filter(issued -> issued.plusMonths(3).isBefore(today)).ifPresent(issued ->
                problems.add(new FieldProblem(HEALTH_CERTIFICATE_ISSUED, "HEALTH_CERTIFICATE_TOO_OLD",
                        "健康檢查合格證明須為最近三個月內。", "The health certificate must be from the last 3 months.")));
        Optional<LocalDate> changed = form.date(CHANGE_DATE);
        if (form.kind() == ApplicationKind.DATA_CHANGE && changed.isPresent() && !form.isTrue(LATE_ACKNOWLEDGED)) {
            LocalDate due = changed.get().plusDays(CHANGE_REGISTRATION_DAYS);
            if (today.isAfter(due)) {
                problems.add(new FieldProblem(LATE_ACKNOWLEDGED, "LATE_CHANGE_REGISTRATION",
                        "變更居留地址或就讀學校應於事實發生之翌日起 30 日內（" + due + " 前）辦理；逾期者處新臺幣二千元以上一萬元以下罰鍰。"
                                + "請勾選已知悉後送出。",
                        "A change of address or school must be registered within 30 days (by " + due + "); late "
                                + "registration is fined NT$2,000-10,000. Tick that you know this to file it."));
            }
        }
        form.date(ENROLMENT_DATE).filter(day -> day.isAfter(today.plusYears(1))).ifPresent(day -> problems.add(
                new FieldProblem(ENROLMENT_DATE, "IMPLAUSIBLE_DATE", "入學日期有誤。", "The enrolment date is implausible.")));
        return problems;
    }

    @Override
    public Set<String> conditionallyRequired(ApplicantForm form) {
        return form.kind() == ApplicationKind.DATA_CHANGE ? Set.of(CHANGE_DATE, CHANGE_ITEMS) : Set.of();
    }

    @Override
    public Set<String> requiredDocuments(ApplicantForm form) {
        return requiredDocuments(form, null);
    }

    /** The notice's list; the police record only from 18 on the application date (未滿十八歲者免附). */
    @Override
    public Set<String> requiredDocuments(ApplicantForm form, LocalDate today) {
        if (form.kind() != ApplicationKind.FIRST_APPLICATION) {
            return new LinkedHashSet<>(List.of(APPLICATION_FORM, PHOTO, CURRENT_CERTIFICATE, ENROLMENT_PROOF));
        }
        Set<String> required = new LinkedHashSet<>(List.of(APPLICATION_FORM, PHOTO, OVERSEAS_IDENTITY, NATIONALITY_PROOF));
        Optional<LocalDate> born = form.date(StudentForm.BIRTH_DATE);
        if (today != null && born.isPresent() && Period.between(born.get(), today).getYears() >= POLICE_RECORD_AGE) {
            required.add(POLICE_RECORD);
        }
        required.add(HEALTH_CERTIFICATE);
        if (form.value(BIRTH_PLACE).filter("CN"::equals).isPresent()) {
            required.add(MAINLAND_STATUS_LOSS);
        }
        required.add(PLACEMENT_NOTICE);
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

    /** 15 days from the day after the notice; 3 months when documents must come from abroad (notice §6(2)). */
    @Override
    public Term correctionTerm(ApplicantForm form, CaseAction action, boolean fromAbroad) {
        return fromAbroad ? new Term(3, Term.Unit.MONTHS) : new Term(15, Term.Unit.DAYS);
    }

    @Override
    public FeeQuote quote(ApplicantForm form) {
        return form.kind() == ApplicationKind.FIRST_APPLICATION ? new FeeQuote(500, REVENUE_CODE, "證照費", "Certificate fee")
                : new FeeQuote(300, REVENUE_CODE, "證照費", "Certificate fee");
    }

    @Override
    public GrantTerms grant(ApplicantForm form, Optional<PriorGrant> prior, LocalDate decision) {
        Optional<LocalDate> passportEnd = form.date(PASSPORT_EXPIRY);
        LocalDate cap = studyCap(form, decision);
        if (prior.isPresent() && form.kind() == ApplicationKind.DATA_CHANGE) {
            return new GrantTerms(RESIDENCE_CERTIFICATE, decision, prior.get().validUntil());
        }
        if (prior.isPresent() && form.kind() == ApplicationKind.EXTENSION) {
            return Validity.extension(RESIDENCE_CERTIFICATE, prior.get(), cap, passportEnd);
        }
        return Validity.first(RESIDENCE_CERTIFICATE, decision, cap, passportEnd);
    }

    /** The last day of the years of study the programme allows (修業年限), counted from enrolment. */
    static LocalDate studyCap(ApplicantForm form, LocalDate decision) {
        int years = form.value(StudentForm.PROGRAMME).map(StudyProgramme::valueOf).map(StudyProgramme::years)
                .orElse(Validity.MAX_GRANT_YEARS);
        return form.date(ENROLMENT_DATE).orElse(decision).plusYears(years).minusDays(1);
    }

    private static List<FormField> fields() {
        List<FormField> own = List.of(
                FormField.of(StudentForm.CHINESE_NAME, FieldKind.TEXT, true, 40, "中文姓名", "Chinese name"),
                FormField.of(StudentForm.ENGLISH_NAME, FieldKind.TEXT, true, 80, "英文姓名（同護照）", "English name (as in passport)"),
                new FormField("sex", FieldKind.CHOICE, true, 1, List.of(new Choice("F", "女", "Female"),
                        new Choice("M", "男", "Male")), "性別", "Sex"),
                FormField.of(StudentForm.BIRTH_DATE, FieldKind.PAST_DATE, true, 10, "出生日期", "Date of birth"),
                FormField.of(BIRTH_PLACE, FieldKind.COUNTRY, true, 2, "出生地", "Place of birth"),
                FormField.of("residenceCountry", FieldKind.COUNTRY, true, 2, "僑居地", "Country of overseas residence"),
                FormField.of(StudentForm.PASSPORT_NUMBER, FieldKind.PASSPORT_NUMBER, true, 20, "中華民國護照號碼",
                        "ROC passport number"),
                FormField.of(PASSPORT_EXPIRY, FieldKind.FUTURE_DATE, true, 10, "護照效期", "Passport expiry"),
                FormField.of(StudentForm.RESIDENT_CERTIFICATE_NUMBER, FieldKind.RESIDENT_CERTIFICATE_NUMBER, false, 10,
                        "居留證統一證號", "Resident certificate number"),
                FormField.of(StudentForm.SCHOOL, FieldKind.TEXT, true, 100, "就讀學校", "School"),
                new FormField(StudentForm.PROGRAMME, FieldKind.CHOICE, true, 20, Stream.of(StudyProgramme.DOCTORAL,
                        StudyProgramme.MASTER, StudyProgramme.BACHELOR, StudyProgramme.TWO_YEAR).map(StudyProgramme::choice)
                        .toList(), "學制", "Programme"),
                FormField.of("department", FieldKind.TEXT, true, 100, "就讀系所", "Department"),
                FormField.of(ENROLMENT_DATE, FieldKind.DATE, true, 10, "入學日期", "Date of enrolment"),
                FormField.of(POLICE_RECORD_ISSUED, FieldKind.PAST_DATE, false, 10, "警察紀錄證明書核發日期", "Police record issued on"),
                FormField.of(HEALTH_CERTIFICATE_ISSUED, FieldKind.PAST_DATE, false, 10, "健康檢查證明日期",
                        "Health certificate issued on"),
                new FormField(CHANGE_ITEMS, FieldKind.CHOICE, false, 20, List.of(new Choice("ADDRESS", "居留地址", "Address"),
                        new Choice("SCHOOL", "就讀學校", "School"), new Choice("OTHER", "其他", "Other")),
                        "變更登記事項", "What changed"),
                FormField.of(CHANGE_DATE, FieldKind.PAST_DATE, false, 10, "事實發生日期", "Date of the change"),
                FormField.of(LATE_ACKNOWLEDGED, FieldKind.BOOLEAN, false, 5, "已知悉逾期變更登記之罰則",
                        "I know late registration is fined"));
        return Stream.of(own, StudentForm.addressAndContact()).flatMap(List::stream).toList();
    }

    private static List<DocumentType> documents() {
        return List.of(
                new DocumentType(APPLICATION_FORM, "申請書", "Application form", false, false, "必附", "Required"),
                new DocumentType(PHOTO, "最近二年內正面彩色脫帽相片", "Colour photo taken within 2 years", true, false, "必附",
                        "Required"),
                new DocumentType(OVERSEAS_IDENTITY, "僑居地或居住地身分證明", "Proof of overseas identity", false, false,
                        "居留必附；僑居國護照或永久（長期）居留證明", "Required for residence: passport or permanent residence of that country"),
                new DocumentType(NATIONALITY_PROOF, "我國護照或國籍證明文件", "ROC passport or proof of nationality", false, false,
                        "居留必附", "Required for residence"),
                new DocumentType(POLICE_RECORD, "僑居地全國性警察紀錄證明書（核發日起一年內）",
                        "National police record of the country of residence, issued within a year", false, false,
                        "居留必附；申請日未滿十八歲者免附", "Required for residence from 18 on the application date"),
                new DocumentType(HEALTH_CERTIFICATE, "最近三個月內健康檢查合格證明", "Health certificate from the last 3 months",
                        false, false, "居留必附", "Required for residence"),
                new DocumentType(MAINLAND_STATUS_LOSS, "喪失大陸地區人民身分證明（海基會驗證之未設籍證明或註銷大陸戶籍公證書等）",
                        "Proof of loss of mainland status (e.g. SEF-verified certificate)", false, false, "大陸地區出生者必附",
                        "Required for those born in mainland China"),
                new DocumentType(PLACEMENT_NOTICE, "海外聯招分發通知書或教育部核備自行招生公文書", "Placement notice", false, false,
                        "居留必附", "Required for residence"),
                new DocumentType(CURRENT_CERTIFICATE, "居留證正本", "Current resident certificate", false, false,
                        "延期或變更登記必附", "Required for extension or change registration"),
                new DocumentType(ENROLMENT_PROOF, "在學證明或學生證", "Proof of enrolment", false, false,
                        "延期或變更登記必附", "Required for extension or change registration"),
                new DocumentType(OTHER, "其他相關證明文件（如房屋租賃契約）", "Other documents (e.g. a lease)", false, false, "無則免",
                        "Optional"));
    }
}
