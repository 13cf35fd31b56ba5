package org.sojourn.cases.internal;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.Actor;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.ReferenceData;
import org.sojourn.cases.api.ReferenceEntry;
import org.sojourn.cases.api.ReferenceList;

/** The reference lists in the database ({@link ReferenceTables}), replaced whole by administrators. */
@Component
public final class JpaReferenceData implements ReferenceData {

    private static final Logger LOG = LoggerFactory.getLogger(JpaReferenceData.class);
    private static final int MAX_ENTRIES = 5_000;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");
    private static final Pattern OFFICE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");
    private static final Pattern POSTAL = Pattern.compile("\\d{3}");
    private static final Pattern AGENCY = Pattern.compile("\\d{1,4}");

    private final JpaTemplate jpa;
    private final Clock clock = Clock.systemUTC();

    /** @param jpa the persistence unit */
    @Activate
    public JpaReferenceData(@Reference(target = "(osgi.unit.name=sojourn)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<ReferenceEntry> entries(ReferenceList list) {
        return Tx.run(jpa, em -> ReferenceTables.entries(em, list));
    }

    @Override
    public List<ReferenceEntry> replace(Actor administrator, ReferenceList list, List<ReferenceEntry> entries) {
        if (!"ADMINISTRATOR".equals(administrator.role())) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
        }
        List<ReferenceEntry> clean = entries == null ? List.of() : entries.stream().map(JpaReferenceData::clean).toList();
        return Tx.run(jpa, em -> {
            Set<String> counties = list == ReferenceList.DISTRICT
                    ? ReferenceTables.entries(em, ReferenceList.COUNTY).stream().map(ReferenceEntry::code).collect(Collectors.toSet())
                    : Set.of();
            List<FieldProblem> problems = check(list, clean, counties);
            if (!problems.isEmpty()) {
                throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "清單有誤，請修正標示的項目，清單未變更。",
                        "The list has errors; correct the entries marked. Nothing was changed.", problems);
            }
            ReferenceTables.replace(em, list, clean);
            em.createNativeQuery("insert into ref_change (list_id, changed_at, account_id, entries) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, list.id()).setParameter(2, Timestamp.from(clock.instant()))
                    .setParameter(3, administrator.accountId()).setParameter(4, clean.size()).executeUpdate();
            LOG.info("Reference list {} replaced: {} entries", list.id(), clean.size());
            return ReferenceTables.entries(em, list);
        });
    }

    private static List<FieldProblem> check(ReferenceList list, List<ReferenceEntry> entries, Set<String> counties) {
        List<FieldProblem> problems = new ArrayList<>();
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            problems.add(new FieldProblem("entries", "OUT_OF_RANGE", "清單須有 1 至 " + MAX_ENTRIES + " 項。",
                    "A list holds 1 to " + MAX_ENTRIES + " entries."));
            return problems;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ReferenceEntry entry = entries.get(i);
            String at = "entries[" + i + "].";
            if (!text(entry.code(), 1, 60)) {
                problems.add(problem(at + "code", "REQUIRED", "代碼必填，至多 60 字。", "A code of 1 to 60 characters is required."));
            } else if (!codes.add(entry.code().toUpperCase(Locale.ROOT))) {
                problems.add(problem(at + "code", "DUPLICATE_CODE", "代碼重複。", "This code is in the list twice."));
            } else if (!shaped(list, entry.code())) {
                problems.add(problem(at + "code", "INVALID_CODE", "此清單的代碼格式不符。", "A code of this list does not look like this."));
            }
            if (!text(entry.nameEn(), 1, 150)) {
                problems.add(problem(at + "nameEn", "REQUIRED", "英文名稱必填，至多 150 字。", "An English name of 1 to 150 characters is required."));
            }
            if (entry.nameZh() != null && !text(entry.nameZh(), 1, 100)) {
                problems.add(problem(at + "nameZh", "TOO_LONG", "中文名稱至多 100 字。", "At most 100 characters."));
            }
            if (list == ReferenceList.DISTRICT && !counties.contains(entry.parent())) {
                problems.add(problem(at + "parent", "UNKNOWN_COUNTY", "鄉鎮市區須屬於縣市清單中的縣市。",
                        "A district belongs to a county of the county list."));
            }
            if (list == ReferenceList.DISTRICT && (entry.number() == null || !POSTAL.matcher(entry.number()).matches())) {
                problems.add(problem(at + "number", "INVALID_POSTAL_CODE", "郵遞區號為 3 位數字。", "The postal code has 3 digits."));
            }
            if (list == ReferenceList.NATIONALITY && entry.number() != null && !AGENCY.matcher(entry.number()).matches()) {
                problems.add(problem(at + "number", "INVALID_AGENCY_CODE", "國籍代碼為 1 至 4 位數字。", "The agency's code has 1 to 4 digits."));
            }
        }
        return problems;
    }

    private static boolean shaped(ReferenceList list, String code) {
        return switch (list) {
            case NATIONALITY -> ISO.matcher(code).matches();
            case PICKUP_OFFICE -> OFFICE.matcher(code).matches();
            default -> true;
        };
    }

    private static boolean text(String value, int min, int max) {
        return value != null && value.length() >= min && value.length() <= max && !CONTROL.matcher(value).find();
    }

    private static FieldProblem problem(String field, String code, String zh, String en) {
        return new FieldProblem(field, code, zh, en);
    }

    private static ReferenceEntry clean(ReferenceEntry entry) {
        return entry == null ? new ReferenceEntry(null, null, null, null, null)
                : new ReferenceEntry(strip(entry.code()), strip(entry.nameZh()), strip(entry.nameEn()), strip(entry.parent()),
                        strip(entry.number()));
    }

    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
