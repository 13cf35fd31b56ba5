package org.sojourn.applicant.foreign.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.sojourn.applicant.spi.ApplicantType;
import org.sojourn.applicant.spi.forms.ResidenceStudentType;
import org.sojourn.cases.api.PluginProperties;

/** Foreign students (外生, FG): the student residence rules with no documents of their own. */
@Component(service = ApplicantType.class, property = {
    PluginProperties.KIND + "=" + PluginProperties.KIND_APPLICANT_TYPE,
    PluginProperties.ID + "=" + ForeignStudentType.ID,
    PluginProperties.VERSION + "=" + ForeignStudentType.VERSION})
public final class ForeignStudentType extends ResidenceStudentType {

    /** The type's id. */
    static final String ID = "foreign";
    /** The type's version; cases filed with it stay pinned to it. */
    static final String VERSION = "1.0.0";

    /** Creates the type. */
    public ForeignStudentType() {
        super(ID, VERSION, "外生", "Foreign student", "FG", List.of());
    }
}
