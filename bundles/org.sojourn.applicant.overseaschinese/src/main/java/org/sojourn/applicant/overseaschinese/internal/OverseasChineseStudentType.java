package org.sojourn.applicant.overseaschinese.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.applicant.spi.forms.ResidenceStudentType;
import org.sojourn.cases.api.PluginProperties;

/**
 * Overseas Chinese students holding a foreign nationality (外僑生/僑生, FO): the student residence
 * rules plus the placement notice (僑生分發通知書) every one of them needs (§8).
 */
@Component(service = ApplicantType.class, property = {
    PluginProperties.KIND + "=" + PluginProperties.KIND_APPLICANT_TYPE,
    PluginProperties.ID + "=" + OverseasChineseStudentType.ID,
    PluginProperties.VERSION + "=" + OverseasChineseStudentType.VERSION})
public final class OverseasChineseStudentType extends ResidenceStudentType {

    /** The type's id. */
    static final String ID = "overseas-chinese";
    /** The type's version; cases filed with it stay pinned to it. */
    static final String VERSION = "1.0.0";
    /** The placement notice's document type. */
    static final String PLACEMENT_NOTICE = "placementNotice";

    /** Creates the type. */
    public OverseasChineseStudentType() {
        super(ID, VERSION, "僑生（外僑生）", "Overseas Chinese student", "FO", List.of(new DocumentType(PLACEMENT_NOTICE,
                "僑生分發通知書", "Placement notice for overseas Chinese students", false, false, "必附", "Required")));
    }
}
