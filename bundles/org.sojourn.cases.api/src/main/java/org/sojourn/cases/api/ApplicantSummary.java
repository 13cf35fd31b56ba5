package org.sojourn.cases.api;

/**
 * One applicant of a group as the applicants list (申請人列表) shows it.
 *
 * @param applicantId     the applicant's id
 * @param position        its place in the group, from 1
 * @param applicantType   the applicant type's id the case is pinned to
 * @param typeVersion     the version of that type that created it
 * @param typeLabelZh     the type's name in Traditional Chinese, or the id when its plugin is missing
 * @param typeLabelEn     the type's name in English, or the id when its plugin is missing
 * @param handlerMissing  whether the type's plugin is not installed now: the case stays readable,
 *                        but cannot be edited, submitted or decided until it is back
 * @param applicationKind the application kind
 * @param status          the case's status
 * @param receiptNumber   the receipt number (收件號), null before submission
 * @param complete        whether every required field and document is there (資料完成度)
 * @param englishName     the English name as in the passport
 * @param chineseName     the Chinese name, may be empty
 */
public record ApplicantSummary(String applicantId, int position, String applicantType, String typeVersion,
        String typeLabelZh, String typeLabelEn, boolean handlerMissing, String applicationKind, CaseStatus status,
        String receiptNumber, boolean complete, String englishName, String chineseName) {
}
