package org.sojourn.documents.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.sojourn.payment.api.FeeReceipt;

/**
 * The parsed font is kept and lent: documents drawn at once from one typeface, more of them at once
 * than copies are kept, look exactly as the same documents drawn each with a font parsed for it alone.
 */
class TypefaceTest {

    /** Group names in characters that differ from one receipt to the next, so glyphs from another document would show. */
    private static final List<String> NAMES = List.of("國立示範大學", "私立淡水工商", "高雄醫學院附設", "花蓮縣立體育", "澎湖海洋科技", "金門離島研究");

    @Test
    void documentsDrawnAtOnceFromOneTypefaceLookAsWithAFontOfTheirOwn() throws Exception {
        byte[] bytes = Typeface.bundled().lend(font -> font.getOriginalData().readAllBytes());
        List<int[]> expected = new ArrayList<>();
        for (String name : NAMES) {
            try (TrueTypeFont own = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                expected.add(page(FeeReceiptLayout.render(receipt(name), own, "https://v.test/R")));
            }
        }
        Typeface typeface = new Typeface(bytes, 2);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<int[]>> drawn = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String name : NAMES) {
                    drawn.add(pool.submit(() -> page(typeface.lend(font -> FeeReceiptLayout.render(receipt(name), font, "https://v.test/R")))));
                }
            }
            for (int i = 0; i < drawn.size(); i++) {
                assertArrayEquals(expected.get(i % NAMES.size()), drawn.get(i).get(), "receipt of " + NAMES.get(i % NAMES.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static FeeReceipt receipt(String school) {
        return new FeeReceipt("115000000042", Instant.parse("2026-11-21T02:00:00Z"), "151020007", school + " 115 學年度新生",
                "115696500101", "115696500130", 30, 30000, "102", "card");
    }

    /** @return the page's pixels, drawn from the glyphs the PDF embeds */
    private static int[] page(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 60);
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }
    }
}
