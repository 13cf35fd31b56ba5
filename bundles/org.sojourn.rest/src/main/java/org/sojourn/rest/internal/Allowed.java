package org.sojourn.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.sojourn.security.api.Role;

/** Only signed-in callers with one of these roles may call this endpoint. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface Allowed {

    /** @return the roles that may call it */
    Role[] value();
}
