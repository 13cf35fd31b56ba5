package org.sojourn.security.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.IdentifierKind;
import org.sojourn.cases.api.Identifiers;
import org.sojourn.security.api.AgencyRecord;
import org.sojourn.security.api.AgencyRecords;
import org.sojourn.security.api.Caller;
import org.sojourn.security.api.Role;

/**
 * The agency's permit records in tables {@code agency_student_record} and {@code …_value}: checked
 * whole, then written in one transaction, keyed by kind and permit number so that sending the same
 * records again updates instead of duplicating.
 */
@Component
public final class AgencyRecordService implements AgencyRecords {

    private static final int MAX_RECORDS = 5_000;
    private static final int MAX_VALUES = 50;
    private static final Set<String> KINDS = Set.of("MAINLAND", "HK_MACAO");
    private static final Pattern PERMIT = Pattern.compile("[A-Z0-9]{6,20}");
    private static final Pattern DOCUMENT_KIND = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();

    /** @param dataSource Sojourn's migrated data source */
    @Activate
    public AgencyRecordService(@Reference(target = "(osgi.jndi.service.name=sojourn)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Imported importRecords(Caller administrator, List<AgencyRecord> records, String source) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "您沒有執行此操作的權限。", "You may not do this.");
        }
        List<AgencyRecord> clean = check(records);
        Instant now = clock.instant();
        return Transactions.inTransaction(dataSource, connection -> {
            int inserted = 0;
            for (AgencyRecord record : clean) {
                inserted += write(connection, record) ? 1 : 0;
            }
            SecurityAuditTrail.record(connection, now, "AGENCY_RECORDS_IMPORT", "SUCCEEDED", administrator.login(), source,
                    "inserted " + inserted + ", updated " + (clean.size() - inserted));
            return new Imported(inserted, clean.size() - inserted);
        });
    }

    /** @return the records normalised (NFKC, upper-case permit numbers), or every problem at once */
    private static List<AgencyRecord> check(List<AgencyRecord> records) {
        List<FieldProblem> problems = new ArrayList<>();
        if (records == null || records.isEmpty() || records.size() > MAX_RECORDS) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "請提供 1 至 " + MAX_RECORDS + " 筆資料。",
                    "Send 1 to " + MAX_RECORDS + " records.", List.of(new FieldProblem("records", "COUNT", "1 至 " + MAX_RECORDS + " 筆",
                            "1 to " + MAX_RECORDS + " records")));
        }
        List<AgencyRecord> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.now(TAIWAN);
        for (int i = 0; i < records.size(); i++) {
            String at = "records[" + i + "].";
            AgencyRecord record = records.get(i);
            if (record == null) {
                problems.add(new FieldProblem("records[" + i + "]", "REQUIRED", "資料不得為空。", "A record is missing."));
                continue;
            }
            String kind = Fields.clean(record.kind());
            String permit = Fields.clean(record.permitNumber()).toUpperCase(java.util.Locale.ROOT);
            String school = record.schoolNumber() == null || record.schoolNumber().isBlank() ? null : Identifiers.normalize(record.schoolNumber());
            if (!KINDS.contains(kind)) {
                problems.add(new FieldProblem(at + "kind", "NOT_A_CHOICE", "須為 MAINLAND 或 HK_MACAO。", "Must be MAINLAND or HK_MACAO."));
            }
            if (!PERMIT.matcher(permit).matches()) {
                problems.add(new FieldProblem(at + "permitNumber", "INVALID_PERMIT_NUMBER", "證號須為 6 至 20 個英數字。",
                        "A permit number has 6 to 20 letters and digits."));
            } else if (!seen.add(kind + " " + permit)) {
                problems.add(new FieldProblem(at + "permitNumber", "DUPLICATE", "同一批資料中證號重複。", "This permit number is in the batch twice."));
            }
            Fields.required(problems, at + "name", record.name(), 100, "姓名", "name");
            if (record.birthDate() == null || !record.birthDate().isBefore(today)) {
                problems.add(new FieldProblem(at + "birthDate", "INVALID_DATE", "出生日期須早於今天。", "The birth date must be before today."));
            }
            boolean grant = record.documentKind() != null && !record.documentKind().isBlank();
            if (grant && (!DOCUMENT_KIND.matcher(record.documentKind()).matches() || record.validFrom() == null
                    || record.validUntil() == null || record.validUntil().isBefore(record.validFrom()))) {
                problems.add(new FieldProblem(at + "documentKind", "INVALID_GRANT", "證件種類須搭配有效的起訖日期。",
                        "A document kind needs a valid period (validFrom to validUntil)."));
            }
            if (school != null && !Identifiers.isValid(IdentifierKind.BUSINESS_NUMBER, school)) {
                problems.add(new FieldProblem(at + "schoolNumber", "INVALID_BUSINESS_NUMBER", "學校統一編號有誤。",
                        "The school's business number is not valid."));
            }
            Map<String, String> values = record.values() == null ? Map.of() : record.values();
            if (values.size() > MAX_VALUES || values.entrySet().stream().anyMatch(value -> value.getKey() == null
                    || !FIELD_NAME.matcher(value.getKey()).matches() || value.getValue() == null || value.getValue().length() > 1000)) {
                problems.add(new FieldProblem(at + "values", "INVALID_VALUES", "欄位名稱須為英數字，值不得為空或超過 1000 字。",
                        "Field names are letters and digits; values are 1 to 1000 characters, at most " + MAX_VALUES + " of them."));
            }
            clean.add(new AgencyRecord(kind, permit, Fields.clean(record.name()), record.birthDate(), grant ? record.documentKind() : null,
                    grant ? record.validFrom() : null, grant ? record.validUntil() : null, school, values));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_INPUT", "資料有誤，全部未匯入；請修正標示的欄位。",
                    "Nothing was imported; correct the fields marked.", problems);
        }
        return clean;
    }

    /** @return whether the record was new */
    private static boolean write(Connection connection, AgencyRecord record) throws SQLException {
        Long id = null;
        try (PreparedStatement find = connection.prepareStatement(
                "select id from agency_student_record where kind = ? and permit_number = ? for update")) {
            find.setString(1, record.kind());
            find.setString(2, record.permitNumber());
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) {
                    id = row.getLong(1);
                }
            }
        }
        boolean inserted = id == null;
        String sql = inserted
                ? "insert into agency_student_record (name, birth_date, document_kind, valid_from, valid_until, school_number, kind,"
                        + " permit_number) values (?, ?, ?, ?, ?, ?, ?, ?)"
                : "update agency_student_record set name = ?, birth_date = ?, document_kind = ?, valid_from = ?, valid_until = ?,"
                        + " school_number = ? where id = ?";
        try (PreparedStatement write = inserted ? connection.prepareStatement(sql, new String[] {"id"}) : connection.prepareStatement(sql)) {
            write.setString(1, record.name());
            write.setDate(2, Date.valueOf(record.birthDate()));
            write.setString(3, record.documentKind());
            write.setDate(4, record.validFrom() == null ? null : Date.valueOf(record.validFrom()));
            write.setDate(5, record.validUntil() == null ? null : Date.valueOf(record.validUntil()));
            write.setString(6, record.schoolNumber());
            if (inserted) {
                write.setString(7, record.kind());
                write.setString(8, record.permitNumber());
            } else {
                write.setLong(7, id);
            }
            write.executeUpdate();
            if (inserted) {
                try (ResultSet keys = write.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from agency_student_record_value where record_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into agency_student_record_value (record_id, field_name, field_value) values (?, ?, ?)")) {
            for (Map.Entry<String, String> value : record.values().entrySet()) {
                insert.setLong(1, id);
                insert.setString(2, value.getKey());
                insert.setString(3, value.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return inserted;
    }
}
