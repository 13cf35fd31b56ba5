package org.sojourn.cases.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The bytes of one uploaded file, in table {@code case_document_content}. */
@Entity
@Table(name = "case_document_content")
public class DocumentContentEntity {

    @Id
    @Column(name = "document_id")
    Long documentId;

    @Column(name = "content", nullable = false, updatable = false)
    byte[] content;

    /** For JPA. */
    protected DocumentContentEntity() {
    }

    DocumentContentEntity(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }
}
