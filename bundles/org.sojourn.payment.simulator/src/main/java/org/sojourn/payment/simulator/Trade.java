package org.sojourn.payment.simulator;

import java.time.Instant;
import java.util.Map;

/** One trade the simulated provider holds. Mutable, guarded by the simulator's lock. */
final class Trade {

    /** Which provider's protocol the trade came in by. */
    enum Provider { ECPAY, NEWEBPAY }

    /** Where the trade stands. */
    enum State { CREATED, ISSUED, PAID_AWAITING_POSTING, PAID, FAILED }

    final Provider provider;
    final String reference;
    final String tradeNo;
    final long amount;
    final String paymentType;
    final String resultUrl;
    final String infoUrl;
    final String backUrl;
    final Map<String, String> order;
    State state = State.CREATED;
    Instant paidAt;
    Instant postingAt;
    String paymentNo;

    Trade(Provider provider, String reference, String tradeNo, long amount, String paymentType, String resultUrl, String infoUrl,
            String backUrl, Map<String, String> order) {
        this.provider = provider;
        this.reference = reference;
        this.tradeNo = tradeNo;
        this.amount = amount;
        this.paymentType = paymentType;
        this.resultUrl = resultUrl;
        this.infoUrl = infoUrl;
        this.backUrl = backUrl;
        this.order = order;
    }

    boolean offline() {
        return paymentType.startsWith("ATM") || paymentType.startsWith("CVS") || paymentType.startsWith("BARCODE");
    }
}
