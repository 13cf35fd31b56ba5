package org.sojourn.cases.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A reviewer's comment or an applicant's reply, in table {@code case_comment}. */
@Entity
@Table(name = "case_comment")
public class CommentEntity {

    /** A reviewer's comment. */
    static final String COMMENT = "COMMENT";
    /** An applicant's reply. */
    static final String REPLY = "REPLY";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_comment_seq")
    @SequenceGenerator(name = "case_comment_seq", sequenceName = "case_comment_seq", allocationSize = 50)
    Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    long groupId;

    @Column(name = "applicant_id", updatable = false)
    Long applicantId;

    @Column(name = "at", nullable = false, updatable = false)
    Instant at;

    @Column(name = "author_id", nullable = false, updatable = false)
    long authorId;

    @Column(name = "author_role", nullable = false, updatable = false, length = 30)
    String authorRole;

    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    String kind;

    @Column(name = "body", nullable = false, updatable = false, length = 2000)
    String body;

    /** For JPA. */
    protected CommentEntity() {
    }

    CommentEntity(long groupId, Long applicantId, Instant at, long authorId, String authorRole, String kind, String body) {
        this.groupId = groupId;
        this.applicantId = applicantId;
        this.at = at;
        this.authorId = authorId;
        this.authorRole = authorRole;
        this.kind = kind;
        this.body = body;
    }
}
