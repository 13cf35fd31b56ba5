package org.sojourn.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The front end's pages, scripts and styles under {@code /ui/}, from this bundle's {@code /web}
 * folder. (Not under {@code /*}: the resource servlet would then answer {@code /} itself, with a
 * 403 for the folder, before the {@link EntrancePage} could.)
 */
@Component(service = WebResources.class)
@HttpWhiteboardResource(pattern = "/ui/*", prefix = "/web")
public final class WebResources {
}
