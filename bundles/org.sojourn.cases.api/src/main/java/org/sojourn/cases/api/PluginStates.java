package org.sojourn.cases.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** What the core makes of the plugins installed right now, for administrators (§1). */
@ProviderType
public interface PluginStates {

    /** @return every applicant-type service present, serving or refused, by id and version */
    List<PluginState> applicantTypes();
}
