package org.sojourn.applicant.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a descriptor must hold before the core serves it (and what the plugin conformance test
 * checks at build time): an id and version cases can be pinned to, labels in both languages, a
 * business line, unique field and document codes. A broken
 * descriptor is refused as a whole, so no school meets a half-usable type.
 */
public final class Descriptors {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,63}");

    private Descriptors() {
    }

    /**
     * @param descriptor a type's descriptor
     * @return what is wrong, in English for the log and the administrator; empty when nothing
     * @since 1.2
     */
    public static List<String> problems(ApplicantTypeDescriptor descriptor) {
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(descriptor.id()).matches()) {
            problems.add("id '" + descriptor.id() + "' is not 2-40 lower-case letters, digits and dashes");
        }
        if (!VERSION.matcher(descriptor.version()).matches()) {
            problems.add("version '" + descriptor.version() + "' is not major.minor.micro");
        }
        requireLabels(problems, "type", descriptor.labelZh(), descriptor.labelEn());
        if (descriptor.businessLines().isEmpty()) {
            problems.add("no business line");
        }
        for (BusinessLine line : descriptor.businessLines()) {
            if (line.kinds().isEmpty()) {
                problems.add("business line " + line.groupCode() + " takes no application kind");
            }
        }
        if (descriptor.portals().isEmpty()) {
            problems.add("no portal may file it");
        }
        Set<String> names = new HashSet<>();
        for (FormField field : descriptor.fields()) {
            if (!CODE.matcher(field.name()).matches() || !names.add(field.name())) {
                problems.add("field name '" + field.name() + "' is malformed or repeated");
            }
            requireLabels(problems, "field " + field.name(), field.labelZh(), field.labelEn());
            if (field.maxLength() < 1) {
                problems.add("field " + field.name() + " takes no characters");
            }
        }
        Set<String> codes = new HashSet<>();
        for (DocumentType document : descriptor.documents()) {
            if (!CODE.matcher(document.code()).matches() || !codes.add(document.code())) {
                problems.add("document code '" + document.code() + "' is malformed or repeated");
            }
            requireLabels(problems, "document " + document.code(), document.labelZh(), document.labelEn());
        }
        return problems;
    }

    private static void requireLabels(List<String> problems, String what, String zh, String en) {
        if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
            problems.add(what + " lacks a label in Traditional Chinese or English");
        }
    }
}
