package org.sojourn.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.ops4j.pax.exam.Option;
import org.sojourn.payment.simulator.ProviderSimulator;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

/**
 * The payment provider simulator for integration tests: one per test driver JVM, started on first
 * use with merchant keys made up for this run, and the distribution's channels configured to it —
 * through Pax Exam's options, or written into an unpacked distribution. Never inside the distribution.
 */
final class Simulators {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static ProviderSimulator running;
    private static ProviderSimulator.Settings settings;

    private Simulators() {
    }

    /**
     * @param sojournPort the distribution's HTTP port, for its public base URL
     * @return the options that point every reference channel at the simulator
     */
    static synchronized Option[] options(int sojournPort) {
        start();
        String sim = "http://127.0.0.1:" + running.port();
        List<Option> options = new java.util.ArrayList<>();
        configuration(sojournPort).forEach((pid, values) -> values.forEach((key, value) ->
                options.add(editConfigurationFilePut("etc/" + pid + ".cfg", key, value))));
        options.add(systemProperty("sojourn.it.simulator").value(sim));
        return options.toArray(Option[]::new);
    }

    /** @return the running simulator's address, started on first use */
    static synchronized String url() {
        start();
        return "http://127.0.0.1:" + running.port();
    }

    /**
     * @param sojournPort the distribution's HTTP port, for its public base URL
     * @return by configuration PID, the settings that point every reference channel at the simulator
     */
    static synchronized Map<String, Map<String, String>> configuration(int sojournPort) {
        start();
        String sim = "http://127.0.0.1:" + running.port();
        Map<String, Map<String, String>> pids = new java.util.LinkedHashMap<>();
        for (String channel : List.of("card", "webatm", "virtualaccount", "cvs", "twqr")) {
            pids.put("org.sojourn.payment." + channel, Map.of("merchantId", settings.ecpayMerchant(), "hashKey", settings.ecpayKey(),
                    "hashIv", settings.ecpayIv(), "cashierUrl", sim + "/Cashier/AioCheckOut/V5", "queryUrl", sim + "/Cashier/QueryTradeInfo/V5",
                    "timeoutMillis", "2000"));
        }
        pids.put("org.sojourn.payment.egov", Map.of("merchantId", settings.newebMerchant(), "hashKey", settings.newebKey(),
                "hashIv", settings.newebIv(), "gatewayUrl", sim + "/MPG/mpg_gateway", "queryUrl", sim + "/API/QueryTradeInfo",
                "timeoutMillis", "2000"));
        // The tests run the repair job themselves (POST /api/v1/payment-desk/repair), at the moments they choose.
        pids.put("org.sojourn.payments", Map.of("publicBaseUrl", "http://127.0.0.1:" + sojournPort, "repairSeconds", "0"));
        return pids;
    }

    private static void start() {
        if (running == null) {
            SecureRandom random = new SecureRandom();
            settings = new ProviderSimulator.Settings(0, "3000001", secret(random, 16), secret(random, 16), "MS3000001",
                    secret(random, 32), secret(random, 16));
            try {
                running = ProviderSimulator.start(settings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        }
    }

    private static String secret(SecureRandom random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
