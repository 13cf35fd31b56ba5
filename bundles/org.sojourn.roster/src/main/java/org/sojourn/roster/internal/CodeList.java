package org.sojourn.roster.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A coded column's drop-down list, entries written {@code code_name} as the seeds show them. Reading
 * forgives what spreadsheets really hold: the whole entry, the code alone or the name alone, any
 * case, full-width characters, stray spaces.
 */
final class CodeList {

    /** One entry. */
    record Entry(String code, String name) {
        String listed() {
            return name.isEmpty() ? code : code + "_" + name;
        }
    }

    final List<Entry> entries;

    CodeList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @return the entry the text names, or null */
    Entry find(String raw) {
        String text = clean(raw);
        if (text.isEmpty()) {
            return null;
        }
        for (Entry entry : entries) {
            if (text.equalsIgnoreCase(entry.listed()) || text.equalsIgnoreCase(entry.code())) {
                return entry;
            }
        }
        // A name alone counts only when one entry has it (一般 and 學術合作 share theirs).
        List<Entry> named = entries.stream().filter(entry -> text.equals(entry.name())).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        int underscore = text.indexOf('_');
        if (underscore > 0) {
            Entry byCode = find(text.substring(0, underscore));
            return byCode != null && (byCode.name().isEmpty() || byCode.name().equals(clean(text.substring(underscore + 1)))) ? byCode : null;
        }
        return null;
    }

    List<String> listed() {
        return entries.stream().map(Entry::listed).toList();
    }

    /** NFKC (full-width letters and digits to ASCII), spaces collapsed, trimmed. */
    static String clean(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    static String upper(String raw) {
        return clean(raw).toUpperCase(Locale.ROOT);
    }
}
