package org.sojourn.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.MapKeyColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.sojourn.cases.api.CaseStatus;

/**
 * An applicant and its case as stored in table {@code case_applicant}, pinned to the applicant type
 * and version that created it. A few form values are copied to columns for searching.
 */
@Entity
@Table(name = "case_applicant")
public class ApplicantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_applicant_seq")
    @SequenceGenerator(name = "case_applicant_seq", sequenceName = "case_applicant_seq", allocationSize = 50)
    Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    String publicId;

    @ManyToOne(optional = false) // eager: code reads the fields directly, which a lazy proxy would not fill
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    CaseGroupEntity group;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "applicant_type", nullable = false, updatable = false, length = 40)
    String applicantType;

    @Column(name = "type_version", nullable = false, updatable = false, length = 20)
    String typeVersion;

    @Column(name = "application_kind", nullable = false, updatable = false, length = 20)
    String applicationKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    CaseStatus status;

    @Column(name = "receipt_number", length = 12)
    String receiptNumber;

    @Column(name = "complete", nullable = false)
    boolean complete;

    @Column(name = "english_name", length = 80)
    String englishName;

    @Column(name = "chinese_name", length = 40)
    String chineseName;

    @Column(name = "passport_number", length = 20)
    String passportNumber;

    @Column(name = "birth_date", length = 10)
    String birthDate;

    @Column(name = "prior_certificate", updatable = false, length = 10)
    String priorCertificate;

    @Column(name = "fee_twd")
    Long feeTwd;

    @Column(name = "grant_kind", length = 40)
    String grantKind;

    @Column(name = "granted_from")
    LocalDate grantedFrom;

    @Column(name = "granted_until")
    LocalDate grantedUntil;

    @Column(name = "certificate_number", length = 10)
    String certificateNumber;

    @Column(name = "deadline")
    LocalDate deadline;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    int rowVersion;

    @ElementCollection
    @CollectionTable(name = "case_applicant_field", joinColumns = @JoinColumn(name = "applicant_id"))
    @MapKeyColumn(name = "field_name", length = 40)
    @Column(name = "field_value", nullable = false, length = 300)
    Map<String, String> fields = new HashMap<>();

    /** For JPA. */
    protected ApplicantEntity() {
    }

    ApplicantEntity(CaseGroupEntity group, int position, String applicantType, String typeVersion,
            String applicationKind, String priorCertificate, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.group = group;
        this.position = position;
        this.applicantType = applicantType;
        this.typeVersion = typeVersion;
        this.applicationKind = applicationKind;
        this.priorCertificate = priorCertificate;
        this.status = CaseStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies the searchable values from the form to their columns. */
    void indexFields() {
        englishName = fields.get("englishName");
        chineseName = fields.get("chineseName");
        passportNumber = fields.get("passportNumber");
        birthDate = fields.get("birthDate");
    }
}
