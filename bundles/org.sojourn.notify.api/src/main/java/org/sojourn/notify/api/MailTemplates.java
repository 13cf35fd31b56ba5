package org.sojourn.notify.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Mail texts in zh-TW and English from {@code mail/<name>.txt} beside a bundle's class: the first
 * line is the subject, the rest the body; {@code {key}} is replaced by the value given for it.
 */
public final class MailTemplates {

    private MailTemplates() {
    }

    /**
     * @param anchor a class of the bundle with the templates, in the package they are beside
     * @param name   the template's name
     * @param to     the recipient
     * @param values the values of the template's keys
     * @return the mail
     */
    public static OutgoingMail render(Class<?> anchor, String name, String to, Map<String, String> values) {
        String text;
        try (InputStream in = anchor.getResourceAsStream("mail/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("No mail template " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        int newline = text.indexOf('\n');
        return new OutgoingMail(to, text.substring(0, newline).strip(), text.substring(newline + 1).strip() + "\n");
    }
}
