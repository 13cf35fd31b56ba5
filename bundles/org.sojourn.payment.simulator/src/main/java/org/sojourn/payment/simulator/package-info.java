/** The payment provider simulator: ECPay and NewebPay as they behave, on one port, with fault switches. */
package org.sojourn.payment.simulator;
