package org.sojourn.cases.internal;

import java.time.Instant;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.sojourn.cases.api.DocumentView;

/** What is known of an uploaded file, in table {@code case_document}; its bytes live apart. */
@Entity
@Table(name = "case_document")
public class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    String publicId;

    @Column(name = "group_id", nullable = false, updatable = false)
    long groupId;

    @Column(name = "applicant_id", updatable = false)
    Long applicantId;

    @Column(name = "document_type", nullable = false, updatable = false, length = 40)
    String documentType;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 40)
    String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    int size;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    long uploadedBy;

    /** For JPA. */
    protected DocumentEntity() {
    }

    DocumentEntity(long groupId, Long applicantId, String documentType, CheckedFile file, Instant now, long uploadedBy) {
        this.publicId = UUID.randomUUID().toString();
        this.groupId = groupId;
        this.applicantId = applicantId;
        this.documentType = documentType;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.size = file.content().length;
        this.sha256 = file.sha256();
        this.uploadedAt = now;
        this.uploadedBy = uploadedBy;
    }

    DocumentView view() {
        return new DocumentView(publicId, documentType, fileName, mediaType, size, sha256, uploadedAt);
    }
}
