package org.sojourn.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class CaptchaImageTest {

    @Test
    void drawsAReadablePngOfTheRightSizeWithoutAnyFont() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CaptchaImage.png("80417", new Random(1))));

        assertEquals(CaptchaImage.WIDTH, image.getWidth());
        assertEquals(CaptchaImage.HEIGHT, image.getHeight());
    }

    @Test
    void differentDigitsMakeDifferentPictures() {
        byte[] one = CaptchaImage.png("11111", new Random(7));
        byte[] eight = CaptchaImage.png("88888", new Random(7));

        assertFalse(Arrays.equals(one, eight));
    }

    @Test
    void loginsAreComparedAsTypedOnAnyKeyboard() {
        assertEquals("03734301-01", SignInService.normalizeLogin(" ０３７３４３０１－０１ "));
        assertEquals("officer-first", SignInService.normalizeLogin("Officer-First"));
    }
}
