package org.sojourn.cases.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Real image files, drawn in the test: what a clerk's scanner or camera would produce. */
final class TestFiles {

    private TestFiles() {
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

    /** @return a noisy colour scan of about the given size, JPEG */
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

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
