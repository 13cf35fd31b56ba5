package org.sojourn.notify.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** SMTP settings ({@code etc/org.sojourn.mail.cfg}, usually from SOJOURN_SMTP_* variables). */
@ObjectClassDefinition(name = "Sojourn mail", description = "The SMTP server Sojourn sends its mail through")
@interface MailConfig {

    /** @return the SMTP host; empty keeps mail in the outbox unsent */
    @AttributeDefinition(description = "SMTP host; empty keeps mail in the outbox until one is set")
    String host() default "";

    /** @return the SMTP port */
    @AttributeDefinition(description = "SMTP port")
    int port() default 25;

    /** @return the sender address */
    @AttributeDefinition(description = "Sender address")
    String from() default "Sojourn <no-reply@sojourn.invalid>";

    /** @return the SMTP user, empty for none */
    @AttributeDefinition(description = "SMTP user, empty for none")
    String username() default "";

    /** @return the SMTP password */
    @AttributeDefinition(description = "SMTP password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    /** @return whether to require STARTTLS */
    @AttributeDefinition(description = "Require STARTTLS")
    boolean startTls() default false;

    /** @return seconds between looks into the outbox */
    @AttributeDefinition(description = "Seconds between looks into the outbox (1-300)")
    int pollSeconds() default 2;
}
