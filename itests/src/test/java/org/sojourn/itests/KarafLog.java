package org.sojourn.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The distribution's own log, read from inside the container, so a test that finds the node
 * unhealthy says why in the CI output (the container's directory is gone afterwards).
 */
final class KarafLog {

    private static final int LINES = 40;

    private KarafLog() {
    }

    /** @return the last warnings and errors of karaf.log, or why they cannot be read */
    static String problems() {
        Path log = Path.of(System.getProperty("karaf.log", System.getProperty("karaf.data", "data") + "/log"), "karaf.log");
        try {
            List<String> problems = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains("| WARN ") || line.contains("| ERROR ") || line.startsWith("\t")
                            || line.startsWith("Caused by"))
                    .collect(Collectors.toList());
            return "Last warnings and errors of " + log + ":\n"
                    + String.join("\n", problems.subList(Math.max(0, problems.size() - LINES), problems.size()));
        } catch (IOException | RuntimeException e) {
            return "(karaf.log unreadable: " + e + ")";
        }
    }
}
