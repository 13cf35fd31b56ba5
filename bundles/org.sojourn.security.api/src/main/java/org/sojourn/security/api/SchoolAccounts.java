package org.sojourn.security.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A school's own account maintenance: its profile, and its main account's sub-accounts. Every
 * method acts only within the caller's school; a sub-account of another school is reported as
 * not found. Changes are written to the security audit trail.
 */
@ProviderType
public interface SchoolAccounts {

    /**
     * @param caller a school account
     * @return its school's profile (empty fields where none was saved yet)
     */
    SchoolProfile profile(Caller caller);

    /**
     * @param caller  the school's main account
     * @param changes the new profile; its school number and organisation name are ignored
     * @param source  the caller's network address
     * @return the saved profile
     * @throws org.sojourn.cases.api.DomainException {@code INVALID_INPUT} with the fields at fault
     */
    SchoolProfile updateProfile(Caller caller, SchoolProfile changes, String source);

    /**
     * @param caller the school's main account
     * @return its sub-accounts by login, with their last sign-in
     */
    List<SubAccount> subAccounts(Caller caller);

    /**
     * @param caller  the school's main account
     * @param request the new sub-account
     * @param source  the caller's network address
     * @return the created sub-account with its login {@code {main}-{NN}}
     */
    SubAccount createSubAccount(Caller caller, NewSubAccount request, String source);

    /**
     * Sets a sub-account's password and ends its sessions.
     *
     * @param caller       the school's main account
     * @param login        the sub-account
     * @param password     the new password
     * @param confirmation the same password again
     * @param source       the caller's network address
     */
    void setSubAccountPassword(Caller caller, String login, String password, String confirmation, String source);

    /**
     * Enables or disables a sub-account; disabling ends its sessions.
     *
     * @param caller  the school's main account
     * @param login   the sub-account
     * @param enabled whether it may sign in
     * @param source  the caller's network address
     */
    void setSubAccountEnabled(Caller caller, String login, boolean enabled, String source);

    /**
     * Deletes a sub-account and ends its sessions; the groups it filed stay with the school.
     *
     * @param caller the school's main account
     * @param login  the sub-account
     * @param source the caller's network address
     */
    void deleteSubAccount(Caller caller, String login, String source);
}
