package org.sojourn.payment.protocols.ecpay;

import java.time.Duration;

/**
 * One ECPay merchant as a channel's configuration gives it. Keys come from configuration, never from
 * the repository.
 *
 * @param merchantId the MerchantID
 * @param hashKey    the HashKey
 * @param hashIv     the HashIV
 * @param cashierUrl the All-in-One cashier ({@code …/Cashier/AioCheckOut/V5})
 * @param queryUrl   the trade query ({@code …/Cashier/QueryTradeInfo/V5})
 * @param timeout    how long a server-to-server call may take
 */
public record EcpaySettings(String merchantId, String hashKey, String hashIv, String cashierUrl, String queryUrl,
        Duration timeout) {

    /** Refuses incomplete settings, naming what is missing but never a key's value. */
    public EcpaySettings {
        if (merchantId == null || merchantId.isBlank() || hashKey == null || hashKey.isBlank() || hashIv == null
                || hashIv.isBlank() || cashierUrl == null || !cashierUrl.startsWith("http") || queryUrl == null
                || !queryUrl.startsWith("http")) {
            throw new IllegalArgumentException("merchantId, hashKey, hashIv, cashierUrl and queryUrl are required");
        }
    }

    /** Hides the keys. */
    @Override
    public String toString() {
        return "EcpaySettings[" + merchantId + ", " + cashierUrl + "]";
    }
}
