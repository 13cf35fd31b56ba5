package org.sojourn.applicant.spi.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.ApplicantTypeDescriptor;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.BusinessLine;
import org.sojourn.applicant.spi.Choice;
import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.applicant.spi.Eligibility;
import org.sojourn.applicant.spi.FeeQuote;
import org.sojourn.applicant.spi.GrantNumber;
import org.sojourn.applicant.spi.GrantTerms;
import org.sojourn.applicant.spi.PriorGrant;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.Portal;

/**
 * The rules shared by students applying for residence on the foreign and overseas students'
 * business line (外(僑)生就學, group code 102, receipt code 6965): the student form, the documents of
 * §8, the NT$1,000 fee, and the study-status rule: admitted-not-registered students get a 6-month
 * e-certificate, registered students the IC card, valid by study period and at most 3 years.
 * A subclass names itself and adds its own documents.
 */
public abstract class ResidenceStudentType implements ApplicantType {

    /** The line every residence student type serves. */
    public static final BusinessLine STUDENT_RESIDENCE = new BusinessLine("102", "6965", "外(僑)生就學居留",
            "Residence of foreign and overseas students", Set.of(ApplicationKind.values()));

    /** The 6-month electronic resident certificate for admitted, not yet registered students. */
    public static final String E_CERTIFICATE_6_MONTHS = "E_CERTIFICATE_6_MONTHS";
    /** The resident certificate IC card. */
    public static final String IC_CARD = "IC_CARD";

    /** The fee of every residence application (§6). */
    public static final FeeQuote FEE = new FeeQuote(1000, "0508580102-1", "證照費", "Certificate fee");

    private final ApplicantTypeDescriptor descriptor;
    private final List<String> extraRequired;

    /**
     * @param id         the type's id
     * @param version    the type's version
     * @param labelZh    its name in Traditional Chinese
     * @param labelEn    its name in English
     * @param importCode its code in admission lists
     * @param extra      the documents it needs beyond the common ones, each required always
     */
    protected ResidenceStudentType(String id, String version, String labelZh, String labelEn, String importCode,
            List<DocumentType> extra) {
        List<DocumentType> documents = new ArrayList<>(StudentDocuments.common());
        documents.addAll(documents.size() - 1, extra); // "other" stays last, as on the agency's form
        this.descriptor = new ApplicantTypeDescriptor(id, version, labelZh, labelEn, importCode,
                List.of(STUDENT_RESIDENCE), StudentForm.fields(new Choice("STUDY", "外國及外僑學生進入臺灣地區就學",
                        "Foreign and overseas students entering Taiwan to study")), documents,
                Set.of(Portal.SCHOOL, Portal.FOREIGN_STUDENT), GrantNumber.RESIDENT_CERTIFICATE);
        this.extraRequired = extra.stream().map(DocumentType::code).toList();
    }

    @Override
    public ApplicantTypeDescriptor descriptor() {
        return descriptor;
    }

    /** A student applying alone was matched against the school's list: the school is the list's, not the student's to change. */
    @Override
    public Set<String> readOnlyFields(ApplicantForm form) {
        return form.selfApplication() ? Set.of(StudentForm.SCHOOL) : Set.of();
    }

    @Override
    public List<FieldProblem> check(ApplicantForm form, LocalDate today) {
        return StudentForm.check(form);
    }

    @Override
    public Set<String> conditionallyRequired(ApplicantForm form) {
        return form.isTrue(StudentForm.NO_CHINESE_NAME) ? Set.of() : Set.of(StudentForm.CHINESE_NAME);
    }

    @Override
    public Set<String> requiredDocuments(ApplicantForm form) {
        Set<String> required = new LinkedHashSet<>(List.of(StudentDocuments.PHOTO, StudentDocuments.PASSPORT));
        if (form.kind() == ApplicationKind.FIRST_APPLICATION) {
            required.add(StudentDocuments.RESIDENT_VISA);
        }
        // An accommodation proof only when the address is new (§8): on a first application or a data change.
        if (form.kind() == ApplicationKind.FIRST_APPLICATION || form.kind() == ApplicationKind.DATA_CHANGE) {
            required.add(StudentDocuments.ACCOMMODATION);
        }
        if (form.isTrue(StudentForm.SCHOLARSHIP)) {
            required.add(StudentDocuments.SCHOLARSHIP_PROOF);
        }
        if (form.selfApplication()) {
            required.add(StudentDocuments.ADMISSION_PROOF);
        }
        required.addAll(extraRequired);
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
        PriorGrant grant = prior.get();
        return switch (form.kind()) {
            case RENEWAL -> E_CERTIFICATE_6_MONTHS.equals(grant.documentKind()) ? Eligibility.allowed()
                    : Eligibility.refused("NOT_A_6_MONTH_E_CERTIFICATE", "僅六個月電子居留證可申請換證。",
                            "Only a 6-month e-certificate can be renewed to the card.");
            case EXTENSION -> Validity.extensionWindow(grant, today);
            default -> Eligibility.allowed();
        };
    }

    @Override
    public FeeQuote quote(ApplicantForm form) {
        return FEE;
    }

    @Override
    public GrantTerms grant(ApplicantForm form, Optional<PriorGrant> prior, LocalDate decision) {
        boolean registered = form.value(StudentForm.STUDY_STATUS).filter(StudentForm.REGISTERED::equals).isPresent();
        if (!registered) {
            return new GrantTerms(E_CERTIFICATE_6_MONTHS, decision, decision.plusMonths(6).minusDays(1));
        }
        LocalDate studyEnd = studyEnd(form, decision);
        Optional<LocalDate> passportEnd = form.date(StudentForm.PASSPORT_EXPIRY);
        if (form.kind() == ApplicationKind.DATA_CHANGE && prior.isPresent()) {
            return new GrantTerms(IC_CARD, decision, prior.get().validUntil());
        }
        if (form.kind() == ApplicationKind.EXTENSION && prior.isPresent()) {
            return Validity.extension(IC_CARD, prior.get(), studyEnd, passportEnd);
        }
        return Validity.first(IC_CARD, decision, studyEnd, passportEnd);
    }

    /** The expected graduation, or the programme's remaining nominal years from the decision. */
    private static LocalDate studyEnd(ApplicantForm form, LocalDate decision) {
        Optional<LocalDate> expected = form.date(StudentForm.EXPECTED_GRADUATION);
        if (expected.isPresent()) {
            return expected.get();
        }
        int years = form.value(StudentForm.PROGRAMME).map(StudyProgramme::valueOf).map(StudyProgramme::years)
                .orElse(Validity.MAX_GRANT_YEARS);
        int year = form.value(StudentForm.YEAR_OF_STUDY).map(Integer::parseInt).orElse(1);
        return decision.plusYears(Math.max(1, years - year + 1)).minusDays(1);
    }

}
