package org.sojourn.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sojourn.payment.api.Discrepancy;
import org.sojourn.payment.api.Reconciliation;

class ReconciliationWorkbookTest {

    private static final Instant MORNING = Instant.parse("2026-11-20T01:15:00Z");

    @Test
    void aSummaryRowPerChannelTotalsAndOneSheetPerChannelWithPaymentsAndDiscrepancies() throws Exception {
        Reconciliation.SettledPayment first = new Reconciliation.SettledPayment("o1", "SJ261120000000000001", "2611200000001", MORNING,
                List.of("1512000001", "1512000002"), List.of("F11500000001", "F11500000002"), 2000, 0, 2000);
        Reconciliation.SettledPayment second = new Reconciliation.SettledPayment("o2", "SJ261120000000000051", "2611200000002",
                MORNING.plusSeconds(3600), List.of("1512000003"), List.of("F11500000003"), 1000, 0, 900);
        Discrepancy mismatch = new Discrepancy(7, Discrepancy.Kind.AMOUNT_MISMATCH, "card", "o2", "SJ261120000000000051", MORNING,
                "reported 900, due 1000", null, null);
        Reconciliation report = new Reconciliation(LocalDate.parse("2026-11-20"), List.of(
                new Reconciliation.ChannelDay("card", "國際信用卡", "Credit card", List.of(first, second), 2, 3000, 0, 2900, List.of(mismatch)),
                new Reconciliation.ChannelDay("cvs", "超商代碼", "Convenience store", List.of(), 0, 0, 0, 0, List.of())));

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ReconciliationWorkbook.write(report, file);

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            assertEquals(List.of("總表 Summary", "card", "cvs"), List.of(read.getSheetName(0), read.getSheetName(1), read.getSheetName(2)));
            Sheet summary = read.getSheetAt(0);
            assertEquals("card", summary.getRow(3).getCell(1).getStringCellValue());
            assertEquals(3000, summary.getRow(3).getCell(3).getNumericCellValue());
            assertEquals(-100, summary.getRow(3).getCell(6).getNumericCellValue(), "reported minus due");
            assertEquals("否 No", summary.getRow(3).getCell(9).getStringCellValue());
            assertEquals("是 Yes", summary.getRow(4).getCell(9).getStringCellValue());
            assertEquals("合計 Total", summary.getRow(5).getCell(0).getStringCellValue());
            assertEquals(2900, summary.getRow(5).getCell(5).getNumericCellValue());

            Sheet card = read.getSheet("card");
            assertEquals("1512000001, 1512000002", card.getRow(3).getCell(3).getStringCellValue());
            assertEquals("2026-11-20T09:15", card.getRow(3).getCell(2).getLocalDateTimeCellValue().toString(), "paid at, in Taiwan time");
            assertEquals(3000, card.getRow(5).getCell(5).getNumericCellValue());
            assertEquals("金額不符 Amount mismatch", card.getRow(9).getCell(0).getStringCellValue());
            assertEquals("reported 900, due 1000", card.getRow(9).getCell(3).getStringCellValue());
        }
    }
}
