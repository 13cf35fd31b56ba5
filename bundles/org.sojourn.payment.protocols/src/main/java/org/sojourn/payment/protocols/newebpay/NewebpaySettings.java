package org.sojourn.payment.protocols.newebpay;

import java.time.Duration;

/**
 * One NewebPay merchant as a channel's configuration gives it. Keys come from configuration, never
 * from the repository.
 *
 * @param merchantId the MerchantID
 * @param hashKey    the HashKey (32 characters)
 * @param hashIv     the HashIV (16 characters)
 * @param gatewayUrl the MPG gateway ({@code …/MPG/mpg_gateway})
 * @param queryUrl   the trade query ({@code …/API/QueryTradeInfo})
 * @param timeout    how long a server-to-server call may take
 */
public record NewebpaySettings(String merchantId, String hashKey, String hashIv, String gatewayUrl, String queryUrl,
        Duration timeout) {

    /** Refuses incomplete settings, naming what is missing but never a key's value. */
    public NewebpaySettings {
        if (merchantId == null || merchantId.isBlank() || hashKey == null || hashKey.length() != 32 || hashIv == null
                || hashIv.length() != 16 || gatewayUrl == null || !gatewayUrl.startsWith("http") || queryUrl == null
                || !queryUrl.startsWith("http")) {
            throw new IllegalArgumentException("merchantId, hashKey (32 characters), hashIv (16), gatewayUrl and queryUrl are required");
        }
    }

    /** Hides the keys. */
    @Override
    public String toString() {
        return "NewebpaySettings[" + merchantId + ", " + gatewayUrl + "]";
    }
}
