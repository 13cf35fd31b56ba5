package org.sojourn.load;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The files applicants upload: scans, photos and schools' student lists. */
final class Files {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Files() {
    }

    /** @return a noisy colour scan of about that many kilobytes, JPEG: noise barely compresses, as scans of paper do not */
    static byte[] scan(int kilobytes) {
        Random random = new Random(kilobytes);
        int side = (int) Math.sqrt(kilobytes * 1024 / 1.2);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return encode(image, "jpg");
    }

    /** @return a colour portrait photo, PNG */
    static byte[] photo() {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(200, 220, 255));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(230, 180, 150));
        g.fillOval(75, 60, 150, 200);
        g.dispose();
        return encode(image, "png");
    }

    /** @return the school's list (名冊) of those admitted foreign students, as the template lays it out */
    static byte[] studentList(int school, List<Integer> students) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Student_List");
            String[] headers = {"學生中文姓名", "英文姓名", "生日(YYYYMMDD)", "來臺就學學生類別", "國籍", "性別", "身分證號", "護照號碼", "申請資格",
                "學制", "就讀年級", "狀態"};
            row(sheet, 0, headers);
            int index = 1;
            for (int student : students) {
                row(sheet, index++, "", Forms.name(student), "20040315", "FG_外生", "518_賴索托", "1_女", "", Forms.passport(student),
                        "外國與外僑學生進入臺灣地區就學", "學士", "1年級", "A_已錄取未註冊");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
