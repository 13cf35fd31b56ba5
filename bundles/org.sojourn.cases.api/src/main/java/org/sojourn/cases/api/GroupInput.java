package org.sojourn.cases.api;

/**
 * What an applicant fills in for a group (送件人 → 申請資料). Absent parts of an update keep their
 * stored values; a new group prefills the sender from the account.
 *
 * @param businessLine    the business line's code, e.g. {@code 102}; fixed once the group exists
 * @param applicationName the application name (申請名稱), 1–100 characters
 * @param pickupMethod    how the cards are collected (領證方式), e.g. {@code SELF_PICKUP}
 * @param pickupOffice    the service station's code (領證地點), see {@link PickupOffice}
 * @param sender          who delivers the group, null to keep or prefill
 * @param consent         the terms were ticked (同意條款); must be true to create a group
 */
public record GroupInput(String businessLine, String applicationName, String pickupMethod, String pickupOffice,
        Sender sender, Boolean consent) {
}
