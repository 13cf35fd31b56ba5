package org.sojourn.itests;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution with its payment channels pointed at the provider simulator, and the people who
 * file, review and pay: a school clerk and both review desks, signed in before each test.
 */
public abstract class PaymentTestSupport extends SojournTestSupport {

    /** Whether the simulator was told this class's database started afresh (the class runs in a container of its own). */
    private static boolean simulatorForgotten;

    protected Http clerk;
    protected Http first;
    protected Http second;
    protected Http simulator;

    @Override
    protected Option[] extraOptions() {
        List<Option> options = new ArrayList<>(List.of(super.extraOptions()));
        options.addAll(List.of(Simulators.options(httpPort)));
        return options.toArray(Option[]::new);
    }

    @Before
    public void signInAndResetTheSimulator() throws Exception {
        awaitHealthy();
        http().await("/api/v1/payments/channels", answer -> answer.status() == 200 && answer.json().size() >= 5, Duration.ofSeconds(60));
        clerk = as("03734301-01");
        first = as("officer-first");
        second = as("officer-second");
        simulator = Http.at(System.getProperty("sojourn.it.simulator"));
        // The simulator outlives this class's database, whose order numbers start again at 1.
        assertEquals(200, simulator.post("/sim/switches", "application/x-www-form-urlencoded", "reset=true"
                + (simulatorForgotten ? "" : "&forget=true")).status());
        simulatorForgotten = true;
    }

    /** Both reviews pass every case of a submitted group. */
    protected void approve(String number) {
        for (JsonNode item : first.get("/api/v1/review/queue?status=AWAITING_FIRST_REVIEW&groupNumber=" + number).json().get("items")) {
            String receipt = item.get("receiptNumber").asText();
            assertEquals(200, first.postJson("/api/v1/review/cases/" + receipt + "/decisions", "{\"action\":\"PASS_FIRST_REVIEW\"}").status());
            Http.Answer approved = second.postJson("/api/v1/review/cases/" + receipt + "/decisions", "{\"action\":\"APPROVE\"}");
            assertEquals(approved.body(), 200, approved.status());
        }
    }
}
