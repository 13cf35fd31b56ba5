/** NewebPay MPG's wire format: AES TradeInfo and TradeSha. */
package org.sojourn.payment.protocols.newebpay;
