package org.sojourn.applicant.exchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
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
import org.sojourn.applicant.spi.forms.Validity;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.PluginProperties;
import org.sojourn.cases.api.Portal;

/**
 * Non-degree exchange students (交換生): residence for the exchange period, at most a year. It is
 * the sixth applicant type, built as an ordinary plugin that nothing else includes: administrators
 * install it at runtime, and new teams copy this module to start their own type (README, "Writing
 * an applicant-type plugin").
 */
@Component(service = ApplicantType.class, property = {
    PluginProperties.KIND + "=" + PluginProperties.KIND_APPLICANT_TYPE,
    PluginProperties.ID + "=" + ExchangeStudentType.ID})
public final class ExchangeStudentType implements ApplicantType {

    static final String ID = "exchange";
    static final String EXCHANGE_START = "exchangeStart";
    static final String EXCHANGE_END = "exchangeEnd";
    static final String RESIDENCE = "EXCHANGE_RESIDENCE";
    /** An exchange lasts a semester or two. */
    static final int MAX_MONTHS = 12;

    private final ApplicantTypeDescriptor descriptor;

    /** @param context this bundle's context: the type's version is the bundle's */
    @Activate
    public ExchangeStudentType(BundleContext context) {
        this(context.getBundle().getVersion());
    }

    ExchangeStudentType(Version version) {
        String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        descriptor = new ApplicantTypeDescriptor(ID, release, "交換生（非學位生）", "Exchange student (non-degree)", "EX",
                List.of(new BusinessLine("120", "6967", "交換生就學居留", "Residence of exchange students",
                        Set.of(ApplicationKind.FIRST_APPLICATION, ApplicationKind.EXTENSION))),
                fields(), documents(), Set.of(Portal.SCHOOL), GrantNumber.RESIDENT_CERTIFICATE);
    }

    @Override
    public ApplicantTypeDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<FieldProblem> check(ApplicantForm form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> start = form.date(EXCHANGE_START);
        Optional<LocalDate> end = form.date(EXCHANGE_END);
        if (start.isPresent() && end.isPresent()
                && (!end.get().isAfter(start.get()) || end.get().isAfter(start.get().plusMonths(MAX_MONTHS)))) {
            problems.add(new FieldProblem(EXCHANGE_END, "EXCHANGE_PERIOD", "交換期間須在開始日之後且不超過一年。",
                    "The exchange ends after it starts and lasts at most a year."));
        }
        if (form.value(StudentForm.NATIONALITY).filter("TW"::equals).isPresent()) {
            problems.add(new FieldProblem(StudentForm.NATIONALITY, "NATIONALITY_NOT_FOREIGN", "交換生的國籍不得為中華民國。",
                    "An exchange student's nationality cannot be the Republic of China (Taiwan)."));
        }
        return problems;
    }

    @Override
    public Set<String> requiredDocuments(ApplicantForm form) {
        return Set.of("photo", "passport", "exchangeProof");
    }

    @Override
    public Eligibility eligibility(ApplicantForm form, Optional<PriorGrant> prior, LocalDate today) {
        if (!form.kind().continuesGrant()) {
            return Eligibility.allowed();
        }
        Eligibility current = Validity.current(prior, today);
        return current.eligible() ? Validity.extensionWindow(prior.get(), today) : current;
    }

    @Override
    public FeeQuote quote(ApplicantForm form) {
        return new FeeQuote(1000, "0508580102-1", "證照費", "Certificate fee");
    }

    @Override
    public GrantTerms grant(ApplicantForm form, Optional<PriorGrant> prior, LocalDate decision) {
        LocalDate from = prior.map(grant -> grant.validUntil().plusDays(1)).orElse(decision);
        LocalDate end = form.date(EXCHANGE_END).orElse(from.plusMonths(6).minusDays(1));
        return new GrantTerms(RESIDENCE, from, Validity.earliest(end, from.plusMonths(MAX_MONTHS).minusDays(1),
                form.date(StudentForm.PASSPORT_EXPIRY).orElse(LocalDate.MAX)));
    }

    private static List<FormField> fields() {
        List<FormField> own = List.of(
                FormField.of(StudentForm.ENGLISH_NAME, FieldKind.TEXT, true, 80, "英文姓名（同護照）", "English name (as in passport)"),
                FormField.of(StudentForm.CHINESE_NAME, FieldKind.TEXT, false, 40, "中文姓名", "Chinese name"),
                new FormField("sex", FieldKind.CHOICE, true, 1, List.of(new Choice("F", "女", "Female"),
                        new Choice("M", "男", "Male")), "性別", "Sex"),
                FormField.of(StudentForm.BIRTH_DATE, FieldKind.PAST_DATE, true, 10, "出生日期", "Date of birth"),
                FormField.of(StudentForm.NATIONALITY, FieldKind.COUNTRY, true, 2, "國籍", "Nationality"),
                FormField.of(StudentForm.PASSPORT_NUMBER, FieldKind.PASSPORT_NUMBER, true, 20, "護照號碼", "Passport number"),
                FormField.of(StudentForm.PASSPORT_EXPIRY, FieldKind.FUTURE_DATE, true, 10, "護照有效日期", "Passport expiry"),
                FormField.of("homeUniversity", FieldKind.TEXT, true, 100, "原就讀學校", "Home university"),
                FormField.of(StudentForm.SCHOOL, FieldKind.TEXT, true, 100, "交換學校", "Host school"),
                FormField.of(EXCHANGE_START, FieldKind.DATE, true, 10, "交換開始日", "Exchange starts"),
                FormField.of(EXCHANGE_END, FieldKind.FUTURE_DATE, true, 10, "交換結束日", "Exchange ends"));
        return Stream.of(own, StudentForm.addressAndContact()).flatMap(List::stream).toList();
    }

    private static List<DocumentType> documents() {
        return List.of(
                new DocumentType("photo", "大頭照", "Photo", true, false, "必附", "Required"),
                new DocumentType("passport", "護照", "Passport", false, false, "必附", "Required"),
                new DocumentType("exchangeProof", "交換學生證明（學校公函或交換協議）", "Proof of the exchange", false, true, "必附",
                        "Required"),
                new DocumentType("other", "其他相關證明文件", "Other documents", false, false, "無則免", "Optional"));
    }
}
