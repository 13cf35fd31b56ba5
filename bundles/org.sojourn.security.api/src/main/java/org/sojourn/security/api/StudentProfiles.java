package org.sojourn.security.api;

import org.osgi.annotation.versioning.ProviderType;

/** Students keep their own details, except account, name and password. */
@ProviderType
public interface StudentProfiles {

    /**
     * @param student a signed-in student
     * @return its details, without any password
     */
    StudentProfile profile(Caller student);

    /**
     * @param student the signed-in student
     * @param changes the new e-mail, phone and address; account and name are ignored
     * @param source  the caller's network address
     * @return the saved details
     * @throws org.sojourn.cases.api.DomainException {@code INVALID_INPUT} with the fields at fault; a new e-mail
     *                                               address without the right current password is refused
     */
    StudentProfile update(Caller student, StudentProfile changes, String source);
}
