package org.sojourn.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the whole performance table of a peak.sh run: the submission path against PostgreSQL alone, then per operation
 * of the semester peak its count, errors, rate and p50/p95/p99/max as Gatling computed them (read from the statistics
 * table of its report), each interactive operation against the 500 ms goal, and the invariants peak.sh counted.
 * <p>
 * Usage: {@code PeakReport resultsDirectory}
 */
public final class PeakReport {

    /** Gatling's statistics table: a row per request, its cells in the column order of the table's heading. */
    private static final Pattern ROW = Pattern.compile("<tr id=\"req_[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    private static final Pattern GROUPS_PER_MINUTE = Pattern.compile("= ([0-9.]+) groups/min");

    /**
     * Not interactive: what a person starts and waits for as a download or a batch (the 30 signed certificates, a list
     * import), and the provider's side, which is the simulator's, not Sojourn's.
     */
    private static final Set<String> NOT_INTERACTIVE_PREFIXES = Set.of("certificates (ZIP", "student list: import", "simulator:");

    record Operation(String name, long total, long ko, double rate, long p50, long p95, long p99, long max) {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        System.out.println();
        System.out.println("SEMESTER PEAK — " + read(results.resolve("machine.txt")).trim());
        Path fullPath = results.resolve("fullpath.out");
        if (Files.exists(fullPath)) {
            String sojourn = line(read(fullPath), "fullpath:");
            String raw = line(read(results.resolve("raw.out")), "raw:");
            double ratio = number(sojourn) / number(raw);
            System.out.println();
            System.out.println("Complete 30-applicant submission path (goal: at least 25 % of PostgreSQL alone)");
            System.out.println("  Sojourn:         " + sojourn.substring("fullpath: ".length()));
            System.out.println("  PostgreSQL only: " + raw.substring("raw: ".length()));
            System.out.printf("  Sojourn reaches %.1f %% of the raw rate: goal %s%n", ratio * 100, ratio >= 0.25 ? "met" : "MISSED");
        }
        List<Operation> operations = operations(read(results.resolve("peak/index.html")));
        System.out.println();
        System.out.println("Semester peak, per operation (goal: p99 under 500 ms for every interactive operation; ms)");
        System.out.printf("  %-42s %8s %6s %8s %7s %7s %7s %7s  %s%n", "operation", "count", "errors", "per s", "p50", "p95", "p99",
                "max", "goal");
        long total = 0;
        long errors = 0;
        int missed = 0;
        for (Operation o : operations) {
            boolean interactive = NOT_INTERACTIVE_PREFIXES.stream().noneMatch(o.name()::startsWith);
            String goal = !interactive ? "-" : o.p99() < 500 ? "ok" : "MISSED";
            missed += "MISSED".equals(goal) ? 1 : 0;
            total += o.total();
            errors += o.ko();
            System.out.printf("  %-42s %8d %6d %8.2f %7d %7d %7d %7d  %s%n", o.name(), o.total(), o.ko(), o.rate(), o.p50(), o.p95(),
                    o.p99(), o.max(), goal);
        }
        System.out.printf("  %d requests, %d errors; interactive operations over 500 ms at p99: %d%n", total, errors, missed);
        Path invariants = results.resolve("invariants.txt");
        if (Files.exists(invariants)) {
            System.out.println();
            System.out.println("Invariants (counted in the tables after the run)");
            read(invariants).lines().forEach(line -> System.out.println("  " + line));
        }
        Path fault = results.resolve("fault.log");
        if (Files.exists(fault)) {
            System.out.println();
            System.out.println("Fault");
            read(fault).lines().filter(line -> line.startsWith("fault")).forEach(line -> System.out.println("  " + line));
        }
    }

    static List<Operation> operations(String html) {
        List<Operation> operations = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            if (!name.find()) {
                continue;
            }
            Map<Integer, String> cells = new TreeMap<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).replace(",", "").trim());
            }
            // Columns: 2 total, 3 OK, 4 KO, 5 % KO, 6 per second, 7 min, 8 p50, 9 p75, 10 p95, 11 p99, 12 max, 13 mean.
            operations.add(new Operation(unescape(name.group(1)), whole(cells.get(2)), whole(cells.get(4)), decimal(cells.get(6)),
                    whole(cells.get(8)), whole(cells.get(10)), whole(cells.get(11)), whole(cells.get(12))));
        }
        return operations;
    }

    private static long whole(String cell) {
        return cell == null || cell.equals("-") ? 0 : Long.parseLong(cell);
    }

    private static double decimal(String cell) {
        return cell == null || cell.equals("-") ? 0 : Double.parseDouble(cell);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new IllegalStateException("no " + prefix));
    }

    private static double number(String line) {
        Matcher m = GROUPS_PER_MINUTE.matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("no rate in " + line);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
