package org.sojourn.security.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws captcha digits as tilted seven-segment strokes over noise. Strokes rather than text, so
 * the picture needs no font on the server (headless machines often have none).
 */
final class CaptchaImage {

    static final int WIDTH = 170;
    static final int HEIGHT = 60;

    /** Segments a–g of each digit as bits 0–6. */
    private static final int[] SEGMENTS = {0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F};
    /** Each segment as a line (x1, y1, x2, y2) in a 20 × 36 cell. */
    private static final int[][] LINES = {
        {2, 2, 18, 2}, {18, 2, 18, 18}, {18, 18, 18, 34}, {2, 34, 18, 34}, {2, 18, 2, 34}, {2, 2, 2, 18}, {2, 18, 18, 18},
    };

    private CaptchaImage() {
    }

    /**
     * @param digits the digits to draw
     * @param random where the distortions come from
     * @return the picture as PNG
     */
    static byte[] png(String digits, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 243, 236));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            noise(g, random, 10);
            for (int i = 0; i < digits.length(); i++) {
                AffineTransform saved = g.getTransform();
                g.translate(12 + i * 31 + random.nextInt(5), 10 + random.nextInt(8));
                g.rotate((random.nextDouble() - 0.5) * 0.5, 10, 18);
                g.shear((random.nextDouble() - 0.5) * 0.3, 0);
                g.setColor(new Color(20 + random.nextInt(60), 30 + random.nextInt(60), 80 + random.nextInt(90)));
                g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                int segments = SEGMENTS[digits.charAt(i) - '0'];
                for (int s = 0; s < LINES.length; s++) {
                    if ((segments & 1 << s) != 0) {
                        int[] l = LINES[s];
                        g.drawLine(l[0], l[1], l[2], l[3]);
                    }
                }
                g.setTransform(saved);
            }
            noise(g, random, 4);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void noise(Graphics2D g, Random random, int lines) {
        g.setStroke(new BasicStroke(1.3f));
        for (int i = 0; i < lines; i++) {
            g.setColor(new Color(120 + random.nextInt(100), 120 + random.nextInt(100), 120 + random.nextInt(100)));
            g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
        }
    }
}
