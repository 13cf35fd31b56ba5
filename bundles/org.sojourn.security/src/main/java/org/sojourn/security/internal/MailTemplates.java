package org.sojourn.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.sojourn.notify.api.OutgoingMail;

/**
 * Mail texts in zh-TW and English from {@code mail/<name>.txt} beside this class: the first line is
 * the subject, the rest the body; {@code {key}} is replaced by the value given for it.
 */
final class MailTemplates {

    private MailTemplates() {
    }

    static OutgoingMail render(String name, String to, Map<String, String> values) {
        String text;
        try (InputStream in = MailTemplates.class.getResourceAsStream("mail/" + name + ".txt")) {
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
