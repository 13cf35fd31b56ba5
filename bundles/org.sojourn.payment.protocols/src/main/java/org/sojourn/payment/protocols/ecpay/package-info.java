/** ECPay's All-in-One wire format: CheckMacValue and form bodies. */
package org.sojourn.payment.protocols.ecpay;
