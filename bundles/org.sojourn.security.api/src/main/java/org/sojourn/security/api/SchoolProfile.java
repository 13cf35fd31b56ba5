package org.sojourn.security.api;

import java.time.Instant;

import org.sojourn.cases.api.TaiwanAddress;

/**
 * A school's profile (基本資料維護, §5). The organisation name is the agency's and read-only for
 * the school.
 *
 * @param schoolNumber     the school's business number (統一編號)
 * @param organisationName the school's name, read-only
 * @param headName         the head of the school
 * @param unit             the handling unit, e.g. 國際事務處
 * @param phone            the school's phone
 * @param fax              the school's fax, optional
 * @param email            the school's e-mail address
 * @param address          the school's address
 * @param handler          who handles the applications
 * @param updatedAt        when the profile was last saved, null when never
 */
public record SchoolProfile(String schoolNumber, String organisationName, String headName, String unit, String phone,
        String fax, String email, TaiwanAddress address, Handler handler, Instant updatedAt) {
}
