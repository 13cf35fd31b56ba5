package org.sojourn.cases.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.sojourn.cases.api.ReferenceEntry;
import org.sojourn.cases.api.ReferenceList;

/**
 * The reference lists' rows, read and written inside the caller's transaction: {@code ref_code}
 * for every list but the nationalities ({@code ref_nationality}). A list read while empty is first
 * loaded from the CSV Sojourn ships ({@code reference/<list>.csv}); two nodes loading at once
 * insert each row once ({@code on conflict do nothing}).
 */
final class ReferenceTables {

    private ReferenceTables() {
    }

    /**
     * @param em   the transaction
     * @param list the list
     * @return its entries in order
     */
    static List<ReferenceEntry> entries(EntityManager em, ReferenceList list) {
        List<ReferenceEntry> entries = read(em, list);
        if (entries.isEmpty()) {
            write(em, list, shipped(list), true);
            entries = read(em, list);
        }
        return entries;
    }

    /**
     * @param em   the transaction
     * @param list the list
     * @param code an entry's code
     * @return the entry, or empty
     */
    static Optional<ReferenceEntry> find(EntityManager em, ReferenceList list, String code) {
        return code == null ? Optional.empty() : entries(em, list).stream().filter(entry -> entry.code().equals(code)).findFirst();
    }

    /** Replaces the list's rows with these, in order. */
    static void replace(EntityManager em, ReferenceList list, List<ReferenceEntry> entries) {
        if (list == ReferenceList.NATIONALITY) {
            em.createNativeQuery("delete from ref_nationality").executeUpdate();
        } else {
            em.createNativeQuery("delete from ref_code where list_id = ?1").setParameter(1, list.id()).executeUpdate();
        }
        write(em, list, entries, false);
    }

    @SuppressWarnings("unchecked")
    private static List<ReferenceEntry> read(EntityManager em, ReferenceList list) {
        Query query = list == ReferenceList.NATIONALITY
                ? em.createNativeQuery("select iso_code, name_zh, name_en, '', agency_code from ref_nationality order by iso_code")
                : em.createNativeQuery("select code, name_zh, name_en, parent, number from ref_code where list_id = ?1 order by position")
                        .setParameter(1, list.id());
        List<ReferenceEntry> entries = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            entries.add(new ReferenceEntry((String) row[0], (String) row[1], (String) row[2], blankToNull((String) row[3]),
                    blankToNull((String) row[4])));
        }
        return entries;
    }

    private static void write(EntityManager em, ReferenceList list, List<ReferenceEntry> entries, boolean ifAbsent) {
        String conflict = ifAbsent ? " on conflict do nothing" : "";
        Timestamp now = Timestamp.from(Instant.now());
        int position = 0;
        for (ReferenceEntry entry : entries) {
            Query insert = list == ReferenceList.NATIONALITY
                    ? em.createNativeQuery("insert into ref_nationality (iso_code, name_zh, name_en, agency_code, updated_at)"
                            + " values (?1, ?2, ?3, ?4, ?5)" + conflict).setParameter(5, now)
                    : em.createNativeQuery("insert into ref_code (code, name_zh, name_en, parent, number, list_id, position)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)" + conflict)
                            .setParameter(4, orEmpty(entry.parent())).setParameter(6, list.id()).setParameter(7, position++);
            insert.setParameter(1, entry.code()).setParameter(2, orEmpty(entry.nameZh())).setParameter(3, entry.nameEn());
            // Absent parts are stored empty: Hibernate binds a null native parameter as binary, which PostgreSQL refuses.
            insert.setParameter(list == ReferenceList.NATIONALITY ? 4 : 5, orEmpty(entry.number()));
            insert.executeUpdate();
        }
    }

    /** @return the list as Sojourn ships it */
    static List<ReferenceEntry> shipped(ReferenceList list) {
        List<ReferenceEntry> entries = new ArrayList<>();
        try (InputStream csv = ReferenceTables.class.getResourceAsStream("reference/" + list.id() + ".csv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                entries.add(new ReferenceEntry(parts[0], parts[1], parts[2], blankToNull(parts[3]), blankToNull(parts[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped list " + list.id(), e);
        }
        return entries;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
