package org.sojourn.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.Upload;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Uploads (護照、相片、證明文件) as an attacker sends them: any bytes under any name. A file is either
 * refused with a 400 naming why, or stored as what its first bytes say it is — never a failure of the
 * checks themselves (a decoder's exception escaping would be a 500 and a way to find the limits).
 * The seed inputs (a small JPEG, PNG, BMP and PDF) start the fuzzer inside the decoders.
 */
class UploadChecksFuzzTest {

    private static final DocumentType PHOTO = new DocumentType("photo", "相片", "Photo", true, false, "必附", "Required");
    private static final DocumentType SCAN = new DocumentType("passport", "護照", "Passport", false, true, "必附", "Required");

    @FuzzTest(maxDuration = "3m")
    void aFileIsRefusedOrStoredAsWhatItIs(byte[] content) {
        for (DocumentType type : new DocumentType[] {PHOTO, SCAN}) {
            for (boolean pdfAllowed : new boolean[] {false, true}) {
                try {
                    CheckedFile stored = UploadChecks.check(new Upload("scan", content), type, pdfAllowed);
                    assertEquals(expectedType(content), stored.mediaType());
                    assertFalse(type.photo() && stored.mediaType().equals("application/pdf"), "a photo is an image");
                    assertTrue(stored.content().length <= UploadChecks.MAX_BYTES);
                } catch (DomainException refused) {
                    assertEquals(ErrorKind.INVALID_INPUT, refused.kind());
                }
            }
        }
    }

    /** The name kept for a file: no path, no control or invisible formatting characters, at most 200 characters. */
    @FuzzTest(maxDuration = "2m")
    void aFileNameKeepsNoPathAndNothingInvisible(String name) {
        String kept = UploadChecks.check(new Upload(name, Seeds.PNG), SCAN, true).fileName();
        assertFalse(kept.isEmpty());
        assertTrue(kept.codePointCount(0, kept.length()) <= 200, kept);
        assertFalse(kept.contains("/") || kept.contains("\\"), kept);
        assertTrue(kept.codePoints().noneMatch(UploadChecksFuzzTest::invisible), "invisible characters kept: "
                + kept.codePoints().mapToObj(Integer::toHexString).toList());
    }

    /** Controls, format characters (e.g. U+202E, which shows "cod.exe" as "exe.doc"), separators and lone surrogates. */
    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    private static String expectedType(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        return startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) ? "image/png" : "image/bmp";
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
