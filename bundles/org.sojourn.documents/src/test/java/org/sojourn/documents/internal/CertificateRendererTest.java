package org.sojourn.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sojourn.documents.spi.CertificateContent;

/** A type's content drawn on the page: every label and value, the notes, the verification link; nothing blank. */
class CertificateRendererTest {

    private static final String VERIFY = "https://sojourn.example.test/api/v1/verify/C.115696500101.AAAAAAAAAAAAAAAAAAAAAA";

    @Test
    void theTypesFieldsNotesAndVerificationLinkAreOnThePage() throws Exception {
        CertificateContent content = new CertificateContent("中華民國臺灣地區入出境許可證", "Exit & Entry Permit, Taiwan, Republic of China",
                "M800000011", List.of(new CertificateContent.Line("許可證號", "Permit No.", "M800000011"),
                        new CertificateContent.Line("姓名", "Name", "李小華 LI XIAOHUA")),
                List.of("注意事項：本證限入境一次。", "Notes: this permit is good for one entry."));
        byte[] pdf = Typeface.bundled().lend(font -> CertificateRenderer.render(content, photo(), font, VERIFY));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("中華民國臺灣地區入出境許可證", "Exit & Entry Permit, Taiwan, Republic of China", "許可證號 Permit No.",
                "M800000011", "姓名 Name", "李小華 LI XIAOHUA", "本證限入境一次", "good for one entry", "Verify this document", VERIFY)) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
            assertEquals(1, document.getNumberOfPages());
            assertEquals("中華民國臺灣地區入出境許可證 M800000011", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aBlankValueIsNeverPrinted() {
        CertificateContent blank = new CertificateContent("中華民國居留證", "ROC (Taiwan) Resident Certificate", "A800000014",
                List.of(new CertificateContent.Line("國籍", "Nationality", " ")), List.of());
        assertThrows(IllegalStateException.class, () -> Typeface.bundled().lend(font -> CertificateRenderer.render(blank, photo(), font, VERIFY)));
    }

    @Test
    void contentThatWouldRunIntoTheVerificationLinkIsRefused() {
        List<CertificateContent.Line> many = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> new CertificateContent.Line("欄位", "Field " + i, "值 " + i)).toList();
        CertificateContent tooLong = new CertificateContent("中華民國居留證", "ROC (Taiwan) Resident Certificate", "A800000014", many,
                List.of());
        assertThrows(IllegalStateException.class, () -> Typeface.bundled().lend(font -> CertificateRenderer.render(tooLong, photo(), font, VERIFY)));
    }

    @Test
    void initialsShowNoMoreThanTheFirstLetters() {
        assertEquals("A. S.", Certificates.initials("Ana  Silva", "席安娜"));
        assertEquals("李○○", Certificates.initials("", "李小華"));
    }

    private static byte[] photo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(90, 120, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }
}
