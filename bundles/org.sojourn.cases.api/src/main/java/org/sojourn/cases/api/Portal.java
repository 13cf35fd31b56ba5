package org.sojourn.cases.api;

/**
 * Where an applicant files from (§1): a school's portal, or one of the students' own portals. A
 * mainland account files only on the mainland portal, a Hong Kong/Macao account only on its own;
 * an applicant type names the portals that may file it.
 */
public enum Portal {
    /** A school's main or sub-account, filing groups for its students. */
    SCHOOL,
    /** A foreign or overseas Chinese student entering individually (個人申請), matched against the school's list. */
    FOREIGN_STUDENT,
    /** A mainland student (陸生) on the mainland portal. */
    MAINLAND_STUDENT,
    /** A Hong Kong or Macao student (港澳生) on that portal. */
    HK_MACAO_STUDENT
}
