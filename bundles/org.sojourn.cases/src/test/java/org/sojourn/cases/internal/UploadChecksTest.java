package org.sojourn.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.Upload;

/** Files are judged by their content, never their name. */
class UploadChecksTest {

    private static final DocumentType PASSPORT = new DocumentType("passport", "護照", "Passport", false, false, "", "");
    private static final DocumentType PHOTO = new DocumentType("photo", "大頭照", "Photo", true, false, "", "");

    @Test
    void acceptsRealImagesAndNamesTheirKindByContent() {
        assertEquals("image/png", UploadChecks.check(new Upload("photo.jpg", TestFiles.photo()), PHOTO, false).mediaType());
        CheckedFile scan = UploadChecks.check(new Upload("C:\\scans\\passport.png", TestFiles.scan(200)), PASSPORT, false);
        assertEquals("image/jpeg", scan.mediaType());
        assertEquals("passport.png", scan.fileName(), "path parts dropped");
        assertEquals(64, scan.sha256().length());
    }

    @Test
    void refusesAnExecutableRenamedJpg() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals("UNSUPPORTED_FILE_TYPE", code(new Upload("cat.jpg", exe), PASSPORT, true));
    }

    @Test
    void refusesATruncatedPngAndJpeg() {
        byte[] png = TestFiles.encode(noise(400, 400), "png");
        assertEquals("UNREADABLE_FILE", code(new Upload("a.png", Arrays.copyOf(png, png.length / 2)), PASSPORT, false));
        byte[] jpeg = TestFiles.scan(100);
        assertEquals("UNREADABLE_FILE", code(new Upload("a.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)), PASSPORT, false));
    }

    @Test
    void refusesImagesMissingOnlyTheirLastBytes() {
        // Only one pixel in four is kept of a JPEG or PNG, but every row is still read: a cut at the very end shows.
        byte[] jpeg = TestFiles.scan(100);
        assertEquals("UNREADABLE_FILE", code(new Upload("a.jpg", Arrays.copyOf(jpeg, jpeg.length - 16)), PASSPORT, false));
        byte[] png = TestFiles.encode(noise(400, 400), "png");
        assertEquals("UNREADABLE_FILE", code(new Upload("a.png", Arrays.copyOf(png, png.length - 40)), PASSPORT, false));
        byte[] bmp = TestFiles.encode(noise(400, 400), "bmp");
        assertEquals("image/bmp", UploadChecks.check(new Upload("a.bmp", bmp), PASSPORT, false).mediaType());
        assertEquals("UNREADABLE_FILE", code(new Upload("a.bmp", Arrays.copyOf(bmp, bmp.length - 1200)), PASSPORT, false));
    }

    @Test
    void refusesAFileOverFiveHundredTwelveKilobytes() {
        byte[] big = Arrays.copyOf(TestFiles.scan(200), 513 * 1024);
        assertEquals("FILE_TOO_LARGE", code(new Upload("big.jpg", big), PASSPORT, false));
    }

    @Test
    void takesPdfOnlyWhereAllowed() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("PDF_NOT_ALLOWED", code(new Upload("a.pdf", pdf), PASSPORT, false));
        assertEquals("application/pdf", UploadChecks.check(new Upload("a.pdf", pdf), PASSPORT, true).mediaType());
        assertEquals("PDF_NOT_ALLOWED", code(new Upload("a.pdf", pdf), PHOTO, true), "a photo is never a PDF");
    }

    @Test
    void holdsPhotosToThePhotoRules() {
        BufferedImage landscape = plain(500, 400);
        assertEquals("PHOTO_NOT_PORTRAIT", code(new Upload("p.png", TestFiles.encode(landscape, "png")), PHOTO, false));
        BufferedImage grey = new BufferedImage(300, 400, BufferedImage.TYPE_BYTE_GRAY);
        assertEquals("PHOTO_NOT_COLOUR", code(new Upload("p.png", TestFiles.encode(grey, "png")), PHOTO, false));
        assertEquals("PHOTO_TOO_SMALL", code(new Upload("p.png", TestFiles.encode(noise(60, 80), "png")), PHOTO, false));
        assertEquals("PHOTO_TOO_SMALL", code(new Upload("p.png", TestFiles.encode(noise(239, 400), "png")), PHOTO, false),
                "the full size counts, not what is kept of it");
        assertEquals("image/png", UploadChecks.check(new Upload("p.png", TestFiles.encode(noise(240, 320), "png")), PHOTO, false)
                .mediaType());
    }

    private static BufferedImage plain(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(40, 120, 200));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(width);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return image;
    }

    private static String code(Upload upload, DocumentType type, boolean pdf) {
        return assertThrows(DomainException.class, () -> UploadChecks.check(upload, type, pdf)).code();
    }
}
