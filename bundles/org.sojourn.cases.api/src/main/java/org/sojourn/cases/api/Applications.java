package org.sojourn.cases.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The applicant's side of the case core (§4.1–§4.8): groups saved step by step as drafts, their
 * applicants and documents, submission, corrections and supplements, and withdrawal. Every method checks that the actor reaches the group;
 * a group it does not reach is answered {@code GROUP_NOT_FOUND}, as if it did not exist. Every
 * write is one transaction: a refused request changes nothing.
 */
@ProviderType
public interface Applications {

    /**
     * Creates a draft group; the sender is prefilled from {@code prefill} when the input has none.
     *
     * @param actor   who files it
     * @param input   the group's data; {@code consent} must be true
     * @param prefill the sender to prefill from the account
     * @return the stored draft
     */
    GroupView createGroup(Actor actor, GroupInput input, Sender prefill);

    /**
     * @param actor  who asks
     * @param drafts true for drafts only, false for submitted groups only, null for both
     * @param page   the page, from 0
     * @param size   the page size, 1–100
     * @return the groups the actor reaches, newest first
     */
    Page<GroupView> groups(Actor actor, Boolean drafts, int page, int size);

    /**
     * @param actor   who asks
     * @param groupId the group's id, or its nine-digit group number once submitted
     * @return the group
     */
    GroupView group(Actor actor, String groupId);

    /**
     * Changes a draft's application data or sender.
     *
     * @return the stored draft
     */
    GroupView updateGroup(Actor actor, String groupId, GroupInput input);

    /** Deletes a draft with its applicants and documents. */
    void deleteGroup(Actor actor, String groupId);

    /**
     * Adds an applicant to a draft: a type the group's business line allows, and for renewal,
     * extension and data change the current certificate, whose case prefills the form once the
     * type judges the applicant eligible.
     *
     * @return the stored applicant
     */
    ApplicantView addApplicant(Actor actor, String groupId, ApplicantInput input);

    /** @return one applicant of a group */
    ApplicantView applicant(Actor actor, String groupId, String applicantId);

    /**
     * Every applicant of a group, each with its latest file of one document type, read at once: what a
     * group's documents are printed from (the archive of its certificates, with the photos).
     *
     * @param documentType the type of the files to bring along, e.g. {@code photo}
     * @return the group's applicants in their order
     */
    List<ApplicantFile> applicants(Actor actor, String groupId, String documentType);

    /**
     * Changes a draft applicant's form values (only the fields given).
     *
     * @return the stored applicant
     */
    ApplicantView updateApplicant(Actor actor, String groupId, String applicantId, ApplicantInput input);

    /** Removes an applicant with its documents from a draft. */
    void deleteApplicant(Actor actor, String groupId, String applicantId);

    /**
     * Stores one file of a document type for a draft's applicant, or for the group when
     * {@code applicantId} is null. The file is checked whole before anything is written.
     *
     * @return the stored file
     */
    DocumentView addDocument(Actor actor, String groupId, String applicantId, String documentType, Upload upload);

    /** Removes one file from a draft. */
    void deleteDocument(Actor actor, String groupId, String documentId);

    /** @return one file with its content */
    DocumentContent document(Actor actor, String groupId, String documentId);

    /**
     * Submits a complete draft of at most 30 applicants: in one transaction it gives the group its
     * number, every applicant a receipt number and moves every case to the first review. Submitting
     * a group that was already submitted answers the same result and numbers nothing anew.
     *
     * @return the numbers given
     */
    Submission submit(Actor actor, String groupId);

    /** @return the group's history, oldest first */
    List<HistoryEntry> history(Actor actor, String groupId);

    /**
     * Sends a case returned for correction (補正) or supplementary documents (補件) back to the first
     * review, after the same checks as submission; the optional reply is kept with the reviewer's
     * comment.
     *
     * @param reply the applicant's answer to the comment, may be null
     * @return the case, awaiting its first review again
     */
    ApplicantView resubmit(Actor actor, String groupId, String applicantId, String reply);

    /**
     * Resubmits every case of the group that was returned, as after a group-level return, with one
     * optional reply to the group's comment.
     *
     * @return the cases resubmitted
     */
    List<ApplicantView> resubmitGroup(Actor actor, String groupId, String reply);

    /** @return one case's history with its running deadline and when its next decision is expected */
    Timeline timeline(Actor actor, String groupId, String applicantId);

    /** @return the reviewers' comments and the applicant's replies on the group's cases, oldest first */
    List<CommentView> comments(Actor actor, String groupId);

    /**
     * Withdraws a whole group or one case while its review is not finished.
     *
     * @return what was withdrawn
     */
    Withdrawal withdraw(Actor actor, WithdrawalRequest request);
}
