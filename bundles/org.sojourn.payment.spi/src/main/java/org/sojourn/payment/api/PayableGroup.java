package org.sojourn.payment.api;

import java.time.LocalDate;

/**
 * A group with approved cases awaiting payment, as the payment list shows it (線上繳費 - 列表).
 *
 * @param groupNumber     the group number (團號)
 * @param businessLine    the business line's code
 * @param applicationName the group's application name (申請名稱)
 * @param grantKinds      what is granted (核發證別), joined
 * @param firstReceipt    the first receipt number awaiting payment
 * @param lastReceipt     the last one
 * @param applicants      how many cases await payment (人數)
 * @param amountTwd       their fees together
 * @param deadline        the earliest payment deadline among them
 * @param openOrderId     the order already paying this group, null when none
 */
public record PayableGroup(String groupNumber, String businessLine, String applicationName, String grantKinds,
        String firstReceipt, String lastReceipt, int applicants, long amountTwd, LocalDate deadline, String openOrderId) {
}
