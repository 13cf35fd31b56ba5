package org.sojourn.cases.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A valid colour photo, to hold the content still while a file's name is fuzzed. */
final class Seeds {

    static final byte[] PNG = png();

    private Seeds() {
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(UploadChecks.MIN_PHOTO_WIDTH, UploadChecks.MIN_PHOTO_HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, new Color(x % 256, y % 256, 128).getRGB());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
