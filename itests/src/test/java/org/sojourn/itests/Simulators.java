package org.sojourn.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.sojourn.payment.simulator.ProviderSimulator;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

/**
 * The payment provider simulator for integration tests: one per test driver JVM, started on first
 * use with merchant keys made up for this run, and the distribution's channels configured to it.
 * Used only where Pax Exam builds the configuration, never inside the distribution.
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
        String sim = "http://127.0.0.1:" + running.port();
        List<Option> options = new java.util.ArrayList<>();
        for (String channel : List.of("card", "webatm", "virtualaccount", "cvs", "twqr")) {
            String pid = "etc/org.sojourn.payment." + channel + ".cfg";
            options.add(editConfigurationFilePut(pid, "merchantId", settings.ecpayMerchant()));
            options.add(editConfigurationFilePut(pid, "hashKey", settings.ecpayKey()));
            options.add(editConfigurationFilePut(pid, "hashIv", settings.ecpayIv()));
            options.add(editConfigurationFilePut(pid, "cashierUrl", sim + "/Cashier/AioCheckOut/V5"));
            options.add(editConfigurationFilePut(pid, "queryUrl", sim + "/Cashier/QueryTradeInfo/V5"));
            options.add(editConfigurationFilePut(pid, "timeoutMillis", "2000"));
        }
        String egov = "etc/org.sojourn.payment.egov.cfg";
        options.add(editConfigurationFilePut(egov, "merchantId", settings.newebMerchant()));
        options.add(editConfigurationFilePut(egov, "hashKey", settings.newebKey()));
        options.add(editConfigurationFilePut(egov, "hashIv", settings.newebIv()));
        options.add(editConfigurationFilePut(egov, "gatewayUrl", sim + "/MPG/mpg_gateway"));
        options.add(editConfigurationFilePut(egov, "queryUrl", sim + "/API/QueryTradeInfo"));
        options.add(editConfigurationFilePut(egov, "timeoutMillis", "2000"));
        options.add(editConfigurationFilePut("etc/org.sojourn.payments.cfg", "publicBaseUrl", "http://127.0.0.1:" + sojournPort));
        // The tests run the repair job themselves (POST /api/v1/payment-desk/repair), at the moments they choose.
        options.add(editConfigurationFilePut("etc/org.sojourn.payments.cfg", "repairSeconds", "0"));
        options.add(systemProperty("sojourn.it.simulator").value(sim));
        return options.toArray(Option[]::new);
    }

    private static String secret(SecureRandom random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
