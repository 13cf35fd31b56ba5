package org.sojourn.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Sign-in and session settings ({@code etc/org.sojourn.security.cfg}). */
@ObjectClassDefinition(name = "Sojourn security", description = "Sign-in, lockout and session settings")
@interface SecurityConfig {

    /** @return whether people must answer a captcha to sign in; off only for automated tests */
    @AttributeDefinition(description = "Require a captcha at sign-in. Turn off for automated tests only.")
    boolean captchaRequired() default true;

    /** @return minutes of inactivity after which a session ends */
    @AttributeDefinition(description = "Idle minutes before a session ends (1-720)")
    int sessionIdleMinutes() default 30;

    /** @return failed sign-ins in a row that lock a login */
    @AttributeDefinition(description = "Failed sign-ins in a row that lock a login (1-100)")
    int maxFailures() default 5;

    /** @return minutes a locked login stays locked */
    @AttributeDefinition(description = "Minutes a locked login stays locked (1-1440)")
    int lockMinutes() default 15;

    /** @return minutes a password reset link works */
    @AttributeDefinition(description = "Minutes a password reset link works (5-1440)")
    int resetLinkMinutes() default 30;

    /** @return the address people reach Sojourn at, for links in mails */
    @AttributeDefinition(description = "The address people reach Sojourn at, for links in mails")
    String publicUrl() default "http://localhost:8181";

    /** @return PEM file of the CA certificates organisation certificates must chain to; empty turns certificate sign-in off */
    @AttributeDefinition(description = "PEM file with the trust anchors for organisation certificates; empty: off")
    String trustAnchors() default "";

    /** @return PEM or DER file(s), comma-separated, with the CRLs organisation certificates are checked against */
    @AttributeDefinition(description = "CRL files (PEM or DER, comma-separated) for organisation certificates")
    String crls() default "";

    /** @return minutes a captcha can be answered */
    @AttributeDefinition(description = "Minutes a captcha stays valid (1-60)")
    int captchaMinutes() default 5;
}
