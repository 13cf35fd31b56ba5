package org.sojourn.rest.internal;

import static org.sojourn.rest.internal.SheetCells.header;
import static org.sojourn.rest.internal.SheetCells.number;
import static org.sojourn.rest.internal.SheetCells.text;
import static org.sojourn.rest.internal.SheetCells.time;
import static org.sojourn.rest.internal.SheetCells.title;
import static org.sojourn.rest.internal.SheetCells.widths;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sojourn.payment.api.Discrepancy;
import org.sojourn.payment.api.Reconciliation;
import org.sojourn.rest.internal.SheetCells.Styles;

/**
 * The daily reconciliation report as an Excel workbook: a summary sheet with one row per channel
 * and a total, then one sheet per channel with its payments and the discrepancies of the day.
 * Cells as {@link SheetCells} writes them.
 */
final class ReconciliationWorkbook {

    /** The media type of .xlsx. */
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> SUMMARY = List.of("繳費方式 Channel", "代碼 Id", "筆數 Payments", "應收規費 Fees due (TWD)",
            "通路手續費 Channel fees (TWD)", "業者回報 Reported (TWD)", "差額 Difference (TWD)", "異常 Discrepancies",
            "未處理 Open", "平衡 Balanced");
    private static final List<String> PAYMENTS = List.of("訂單編號 Order reference", "業者交易編號 Provider trade no.",
            "付款時間 Paid at", "團體案號 Groups", "規費收據號碼 Fee receipts", "規費 Fees (TWD)", "手續費 Channel fee (TWD)",
            "業者回報 Reported (TWD)");
    private static final List<String> DISCREPANCIES = List.of("類別 Kind", "訂單編號 Reference", "發現時間 Found at",
            "說明 Detail", "處理時間 Resolved at", "處理說明 Resolution");
    private static final Map<Discrepancy.Kind, String> KINDS = Map.of(
            Discrepancy.Kind.FORGED_CALLBACK, "偽造之通知 Forged callback",
            Discrepancy.Kind.AMOUNT_MISMATCH, "金額不符 Amount mismatch",
            Discrepancy.Kind.UNKNOWN_ORDER, "無對應案件之付款 Payment without a case",
            Discrepancy.Kind.PAID_TWICE, "重複繳費 Paid twice",
            Discrepancy.Kind.PAID_AFTER_CLOSE, "逾期後付款 Paid after close");

    private ReconciliationWorkbook() {
    }

    /** @return the file name an officer saves it under */
    static String fileName(Reconciliation report) {
        return "reconciliation-" + report.day() + ".xlsx";
    }

    static void write(Reconciliation report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet("總表 Summary"), report, styles);
            for (Reconciliation.ChannelDay channel : report.channels()) {
                channelSheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(channel.channelId())), report, channel, styles);
            }
            workbook.write(out);
        }
    }

    private static void summary(Sheet sheet, Reconciliation report, Styles styles) {
        title(sheet, "對帳報表 Reconciliation " + report.day() + "（臺灣時間 Taiwan time）", styles);
        header(sheet, 2, SUMMARY, styles);
        int rowNumber = 3;
        long count = 0;
        long due = 0;
        long fees = 0;
        long reported = 0;
        for (Reconciliation.ChannelDay channel : report.channels()) {
            Row row = sheet.createRow(rowNumber++);
            long open = channel.discrepancies().stream().filter(found -> found.resolvedAt() == null).count();
            text(row, 0, channel.labelZh() + " " + channel.labelEn());
            text(row, 1, channel.channelId());
            number(row, 2, channel.count(), styles.number);
            number(row, 3, channel.amountTwd(), styles.number);
            number(row, 4, channel.channelFeeTwd(), styles.number);
            number(row, 5, channel.reportedTwd(), styles.number);
            number(row, 6, channel.reportedTwd() - channel.amountTwd(), styles.number);
            number(row, 7, channel.discrepancies().size(), styles.number);
            number(row, 8, open, styles.number);
            text(row, 9, channel.isBalanced() ? "是 Yes" : "否 No");
            count += channel.count();
            due += channel.amountTwd();
            fees += channel.channelFeeTwd();
            reported += channel.reportedTwd();
        }
        Row total = sheet.createRow(rowNumber);
        text(total, 0, "合計 Total").setCellStyle(styles.bold);
        number(total, 2, count, styles.boldNumber);
        number(total, 3, due, styles.boldNumber);
        number(total, 4, fees, styles.boldNumber);
        number(total, 5, reported, styles.boldNumber);
        number(total, 6, reported - due, styles.boldNumber);
        text(total, 9, report.isBalanced() ? "是 Yes" : "否 No").setCellStyle(styles.bold);
        widths(sheet, SUMMARY.size());
    }

    private static void channelSheet(Sheet sheet, Reconciliation report, Reconciliation.ChannelDay channel, Styles styles) {
        title(sheet, channel.labelZh() + " " + channel.labelEn() + " — " + report.day(), styles);
        header(sheet, 2, PAYMENTS, styles);
        int rowNumber = 3;
        for (Reconciliation.SettledPayment payment : channel.payments()) {
            Row row = sheet.createRow(rowNumber++);
            text(row, 0, payment.reference());
            text(row, 1, payment.providerReference());
            time(row, 2, payment.paidAt(), styles);
            text(row, 3, String.join(", ", payment.groupNumbers()));
            text(row, 4, String.join(", ", payment.feeReceiptNumbers()));
            number(row, 5, payment.amountTwd(), styles.number);
            number(row, 6, payment.channelFeeTwd(), styles.number);
            number(row, 7, payment.reportedTwd(), styles.number);
        }
        Row total = sheet.createRow(rowNumber);
        text(total, 0, "合計 Total " + channel.count()).setCellStyle(styles.bold);
        number(total, 5, channel.amountTwd(), styles.boldNumber);
        number(total, 6, channel.channelFeeTwd(), styles.boldNumber);
        number(total, 7, channel.reportedTwd(), styles.boldNumber);

        rowNumber += 2;
        text(sheet.createRow(rowNumber++), 0, "異常 Discrepancies").setCellStyle(styles.bold);
        header(sheet, rowNumber++, DISCREPANCIES, styles);
        for (Discrepancy found : channel.discrepancies()) {
            Row row = sheet.createRow(rowNumber++);
            text(row, 0, KINDS.get(found.kind()));
            text(row, 1, found.reference());
            time(row, 2, found.foundAt(), styles);
            text(row, 3, found.detail());
            time(row, 4, found.resolvedAt(), styles);
            text(row, 5, found.resolution());
        }
        widths(sheet, PAYMENTS.size());
    }
}
