package org.sojourn.roster.api;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.sojourn.security.api.Caller;

/**
 * A school's list of admitted and registered foreign, overseas Chinese, mainland and Hong Kong/Macao
 * students (錄取/註冊資料, domain §7): what students applying by themselves are matched against.
 */
@ProviderType
public interface Rosters {

    /** The template's file formats. */
    enum Format {
        /** Excel 2007 and later (.xlsx). */
        XLSX,
        /** Excel 97-2003 (.xls). */
        XLS
    }

    /**
     * @param format .xlsx or .xls
     * @return the template (範例檔): the twelve columns A-L with notes and the drop-down lists of the coded columns
     */
    byte[] template(Format format);

    /**
     * Reads a filled-in list and checks every row; writes all rows or none.
     *
     * @param school       a school account
     * @param academicYear the ROC academic year (學年度), e.g. 115
     * @param semester     1 or 2
     * @param fileName     the file's name as uploaded, {@code .xls} or {@code .xlsx}
     * @param content      the file
     * @param commit       false for the dry run, which writes nothing
     * @return every row's problems and the summary; committed only when there were none
     * @throws org.sojourn.cases.api.DomainException {@code ROSTER_INVALID} when a commit finds problems (nothing written),
     *                                               {@code UNREADABLE_SPREADSHEET} for a file that is not one
     */
    ImportReport importList(Caller school, int academicYear, int semester, String fileName, InputStream content, boolean commit);

    /** @return every nationality, by ISO code */
    List<Nationality> nationalities();
}
