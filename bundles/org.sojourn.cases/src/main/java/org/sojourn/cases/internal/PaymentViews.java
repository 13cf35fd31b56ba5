package org.sojourn.cases.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sojourn.payment.api.Discrepancy;
import org.sojourn.payment.api.PaymentOrderView;
import org.sojourn.payment.spi.PayInstructions;

/** Orders and discrepancies as the API shows them. */
final class PaymentViews {

    private PaymentViews() {
    }

    static PaymentOrderView order(PaymentOrderEntity order, boolean created) {
        List<PaymentOrderView.OrderGroup> groups = order.groups.stream()
                .map(line -> new PaymentOrderView.OrderGroup(line.group.groupNumber, line.applicants, line.amountTwd,
                        line.feeReceiptNumber))
                .toList();
        PaymentOrderView.Redirect redirect = order.redirectUrl == null || !order.status.open() ? null
                : new PaymentOrderView.Redirect(order.redirectUrl, order.redirectMethod, decode(order.redirectFields));
        PayInstructions instructions = order.instructionsKind == null ? null
                : new PayInstructions(PayInstructions.Kind.valueOf(order.instructionsKind), order.bankCode, order.accountNumber,
                        order.storeCode, order.barcodes == null ? List.of() : Arrays.asList(order.barcodes.split(" ")),
                        order.instructionsUntil);
        return new PaymentOrderView(order.publicId, order.reference, order.channelId, order.channelVersion, order.status,
                order.amountTwd, order.channelFeeTwd, order.createdAt, order.expiresAt, order.paidAt, groups, redirect,
                instructions, created);
    }

    static Discrepancy discrepancy(DiscrepancyEntity entity, String orderPublicId) {
        return new Discrepancy(entity.id, entity.kind, entity.channelId, orderPublicId, entity.reference, entity.foundAt,
                entity.detail, entity.resolvedAt, entity.resolution);
    }

    /** @return the fields as one form-encoded string, order kept */
    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue() == null ? "" : field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** @return the fields of a string {@link #encode} made */
    static Map<String, String> decode(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
