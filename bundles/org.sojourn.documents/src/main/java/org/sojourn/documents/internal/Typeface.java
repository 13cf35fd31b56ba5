package org.sojourn.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled font, parsed once and lent to one document at a time. Parsing its 7 MB for every
 * document cost about a quarter of the documents' time (the documents benchmark: 101 certificates a
 * second on 2 cores, 137 without it); a parsed font reads its glyphs while the document that embeds it
 * is saved, so it is never shared by two documents at once. As many stay parsed as there are cores:
 * more documents at once than that parse a copy each and let it go.
 */
final class Typeface {

    private static final String BUNDLED = "fonts/NotoSansTC-Regular.ttf";

    private final byte[] bytes;
    private final BlockingQueue<TrueTypeFont> shelf;

    /**
     * @param bytes the TrueType font
     * @param kept  how many parsed copies stay for the next documents
     */
    Typeface(byte[] bytes, int kept) {
        this.bytes = bytes.clone();
        this.shelf = new ArrayBlockingQueue<>(kept);
    }

    /**
     * @return the font the build bundles (Noto Sans TC), keeping a parsed copy per core
     * @throws IOException when the build did not bundle it
     */
    static Typeface bundled() throws IOException {
        try (InputStream in = Typeface.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("The build did not bundle " + BUNDLED);
            }
            return new Typeface(in.readAllBytes(), Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * @param work draws a document with the font, and saves it before it returns
     * @return what it made
     * @throws IOException when the font cannot be parsed or the work fails
     */
    byte[] lend(Work work) throws IOException {
        TrueTypeFont font = shelf.poll();
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        }
        try {
            return work.draw(font);
        } finally {
            if (!shelf.offer(font)) {
                font.close();
            }
        }
    }

    /** Draws and saves a document set in the font. */
    @FunctionalInterface
    interface Work {
        /**
         * @param font the parsed font, this document's alone until it returns
         * @return the saved document
         * @throws IOException when it cannot be drawn or saved
         */
        byte[] draw(TrueTypeFont font) throws IOException;
    }
}
