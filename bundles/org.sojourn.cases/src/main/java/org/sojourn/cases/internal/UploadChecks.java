package org.sojourn.cases.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.sojourn.applicant.spi.DocumentType;
import org.sojourn.cases.api.DomainException;
import org.sojourn.cases.api.ErrorKind;
import org.sojourn.cases.api.FieldProblem;
import org.sojourn.cases.api.Upload;

/**
 * Judges an upload by its content, never its name (§8): JPG, PNG or BMP that decode whole, PDF
 * where the document type allows it, each at most 512 KB; the photo a colour image in portrait
 * format. Everything is checked before anything is stored.
 */
final class UploadChecks {

    /** The largest file the agency takes: 512 KB. */
    static final int MAX_BYTES = 512 * 1024;
    /** The smallest photo that prints sharply on the card. */
    static final int MIN_PHOTO_WIDTH = 240;
    static final int MIN_PHOTO_HEIGHT = 320;

    /**
     * At most this many pixels: 512 KB of PNG can unpack to gigabytes, so size is read from the
     * header before anything is decoded. 25 million is a full-page scan at 600 dpi.
     */
    static final long MAX_PIXELS = 25_000_000L;
    /**
     * A JPEG or PNG is decoded whole, every row of its data read and checked, but only one pixel in
     * four each way is kept: the photo's colour check samples a grid anyway, and copying every pixel
     * into memory was most of the Java side of a decode (a 25-megapixel scan's 100 MB became 6 MB).
     */
    private static final int KEEP_ONE_IN = 4;
    /**
     * The decoder itself may hold a whole progressive JPEG's coefficients (up to 150 MB); two at a
     * time keep a 1 GB heap safe under a peak of uploads.
     */
    private static final Semaphore DECODERS = new Semaphore(2);

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] BMP = {'B', 'M'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private UploadChecks() {
    }

    /**
     * @param upload     what the client sent
     * @param type       the document type it is for
     * @param pdfAllowed whether PDF is accepted here
     * @return the file, ready to store
     * @throws DomainException {@code INVALID_INPUT} naming what is wrong
     */
    static CheckedFile check(Upload upload, DocumentType type, boolean pdfAllowed) {
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (content.length == 0) {
            throw refused("EMPTY_FILE", "檔案是空的。", "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            // No size in the message: the web layer stops reading one byte past the limit.
            throw refused("FILE_TOO_LARGE", "檔案請小於 512K。", "Files must be at most 512 KB.");
        }
        String mediaType;
        if (startsWith(content, PDF)) {
            if (!pdfAllowed || type.photo()) {
                throw refused("PDF_NOT_ALLOWED", "此文件僅接受 JPG、JPEG、PNG、BMP 圖檔。",
                        "This document takes JPG, PNG or BMP images only.");
            }
            if (!endsWithEof(content)) {
                throw refused("UNREADABLE_FILE", "PDF 檔案不完整或已損毀。", "The PDF is truncated or damaged.");
            }
            mediaType = "application/pdf";
        } else if (startsWith(content, JPEG) || startsWith(content, PNG) || startsWith(content, BMP)) {
            mediaType = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : "image/bmp";
            Decoded image = decode(content, !mediaType.equals("image/bmp"));
            if (type.photo()) {
                checkPhoto(image);
            }
        } else {
            throw refused("UNSUPPORTED_FILE_TYPE", "檔案格式須為 JPG、JPEG、PNG、BMP" + (pdfAllowed ? " 或 PDF" : "") + "。",
                    "Files must be JPG, PNG or BMP images" + (pdfAllowed ? " or PDF" : "") + ".");
        }
        return new CheckedFile(fileName(upload.fileName(), mediaType), mediaType, content, sha256(content));
    }

    /**
     * Decodes the whole image; a truncated or corrupt one fails, including JPEGs the reader only warns
     * about.
     *
     * @param sampled whether to keep one pixel in {@value #KEEP_ONE_IN} each way: for JPEG and PNG, whose
     *                readers still decode every row; not for BMP, whose reader would skip the rows' bytes
     *                unread
     */
    private static Decoded decode(byte[] content, boolean sampled) {
        // In memory: ImageIO's own choice of stream for an InputStream copies it to a temporary file first.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw refused("IMAGE_TOO_LARGE", "圖檔像素過多，請縮小後再上傳。",
                            "The image has too many pixels; scale it down and upload it again.");
                }
                boolean[] warned = {false};
                reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
                ImageReadParam keep = reader.getDefaultReadParam();
                if (sampled) {
                    keep.setSourceSubsampling(KEEP_ONE_IN, KEEP_ONE_IN, 0, 0);
                }
                BufferedImage image = readOneAtATime(reader, keep);
                if (warned[0] || image == null) {
                    throw unreadable();
                }
                return new Decoded(reader.getWidth(0), reader.getHeight(0), image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw unreadable();
        }
    }

    private static BufferedImage readOneAtATime(ImageReader reader, ImageReadParam keep) throws IOException {
        DECODERS.acquireUninterruptibly();
        try {
            return reader.read(0, keep);
        } finally {
            DECODERS.release();
        }
    }

    private static void checkPhoto(Decoded image) {
        if (image.width() < MIN_PHOTO_WIDTH || image.height() < MIN_PHOTO_HEIGHT) {
            throw refused("PHOTO_TOO_SMALL", "照片至少需 " + MIN_PHOTO_WIDTH + "×" + MIN_PHOTO_HEIGHT + " 像素。",
                    "The photo needs at least " + MIN_PHOTO_WIDTH + "×" + MIN_PHOTO_HEIGHT + " pixels.");
        }
        if (image.height() <= image.width()) {
            throw refused("PHOTO_NOT_PORTRAIT", "照片須為直式（高大於寬）。", "The photo must be portrait: taller than wide.");
        }
        if (!hasColour(image.pixels())) {
            throw refused("PHOTO_NOT_COLOUR", "照片須為彩色。", "The photo must be in colour.");
        }
    }

    /** Samples a grid of pixels: a colour photo has some whose red, green and blue differ. */
    private static boolean hasColour(BufferedImage image) {
        if (image.getColorModel().getNumColorComponents() < 3) {
            return false;
        }
        int step = Math.max(1, Math.min(image.getWidth(), image.getHeight()) / 40);
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - g) > 12 || Math.abs(g - b) > 12 || Math.abs(r - b) > 12) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An image read whole.
     *
     * @param width  its width in pixels
     * @param height its height in pixels
     * @param pixels what was kept of its pixels
     */
    private record Decoded(int width, int height, BufferedImage pixels) {
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A PDF ends with %%EOF, give or take trailing whitespace; a cut-off one does not. */
    private static boolean endsWithEof(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains(new String(PDF_END, StandardCharsets.ISO_8859_1));
    }

    /**
     * Keeps a printable name of at most 200 characters without path parts; names one by type if there
     * is none. Controls of either range, invisible formatting (U+202E shows "cod.exe" as "exe.doc"),
     * line separators and lone surrogates go — the fuzz tests found the first two kept.
     */
    private static String fileName(String raw, String mediaType) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]", "").strip();
        if (name.isEmpty()) {
            name = "upload." + mediaType.substring(mediaType.indexOf('/') + 1);
        }
        int characters = name.codePointCount(0, name.length());
        return characters > 200 ? name.substring(name.offsetByCodePoints(0, characters - 200)) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static DomainException unreadable() {
        return refused("UNREADABLE_FILE", "圖檔無法開啟，可能不完整或已損毀。", "The image cannot be read; it may be truncated or damaged.");
    }

    private static DomainException refused(String code, String zh, String en) {
        return new DomainException(ErrorKind.INVALID_INPUT, code, zh, en,
                List.of(new FieldProblem("file", code, zh, en)));
    }
}
