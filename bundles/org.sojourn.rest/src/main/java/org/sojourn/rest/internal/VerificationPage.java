package org.sojourn.rest.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.sojourn.documents.api.Verification;

/**
 * The page a phone shows after scanning a document's QR code: the answer in Traditional Chinese and
 * English, in large type, with no script and nothing loaded from elsewhere.
 */
final class VerificationPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Taipei"));
    private static final Map<String, String[]> STATUSES = Map.of(
            "VALID", new String[] {"有效", "Valid", "#0a6b2d"},
            "EXPIRED", new String[] {"已逾效期", "Expired", "#8a5a00"},
            "SUPERSEDED", new String[] {"已由新證件取代", "Superseded by a newer document", "#8a5a00"},
            "REVOKED", new String[] {"已廢止", "Revoked", "#a4161a"});
    private static final Map<String, String> KINDS = Map.of("FEE_RECEIPT", "自行收納款項電子收據 Fee receipt",
            "CERTIFICATE", "證件 Certificate or permit");

    private VerificationPage() {
    }

    /** @return the page for a verification */
    static String of(Verification answer) {
        if (!answer.genuine()) {
            return page("#a4161a", "查無此文件：此查驗碼並非本署核發", "Not genuine: the agency issued no document with this code",
                    "<p>請勿採信此文件，並洽內政部移民署。<br>Do not rely on this document; contact the National Immigration Agency.</p>");
        }
        String[] status = STATUSES.getOrDefault(answer.status(), new String[] {answer.status(), answer.status(), "#333"});
        StringBuilder rows = new StringBuilder("<dl>");
        row(rows, "文件種類 Document", KINDS.getOrDefault(answer.kind(), answer.kind()));
        row(rows, "文件號碼 Number", answer.documentNumber());
        row(rows, "持有人 Holder (initials)", answer.holder());
        row(rows, "有效期間 Valid", answer.validFrom() == null ? null : answer.validFrom() + " ～ " + answer.validUntil());
        row(rows, "金額 Amount", answer.amountTwd() == null ? null : "NT$ " + String.format("%,d", answer.amountTwd()));
        row(rows, "團號 Group", answer.groupNumber());
        row(rows, "核發（繳費）時間 Issued", answer.issuedAt() == null ? null : TIME.format(answer.issuedAt()));
        rows.append("</dl><p>請核對上列資料與文件所載相符。<br>Check that the document in hand shows the same.</p>");
        return page(status[2], "本署核發之文件：" + status[0], "Issued by the agency: " + status[1], rows.toString());
    }

    /** @return the page for a code that cannot be one */
    static String malformed() {
        return page("#a4161a", "查驗碼格式錯誤", "This is not a verification code",
                "<p>請掃描文件上的 QR 碼，或完整輸入文件上的查驗網址。<br>Scan the QR code on the document, or type its verification link in full.</p>");
    }

    private static void row(StringBuilder rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>");
        }
    }

    private static String page(String colour, String headingZh, String headingEn, String body) {
        return "<!DOCTYPE html><html lang=\"zh-Hant-TW\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>文件查驗 Document verification</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}"
                + "h1{font-size:1.5rem;border-left:.5rem solid " + colour + ";padding-left:.75rem}"
                + "dt{font-weight:600;margin-top:.75rem}dd{margin:0;font-size:1.25rem}</style></head><body>"
                + "<p>內政部移民署 National Immigration Agency — Sojourn 文件查驗 Document verification</p>"
                + "<h1>" + escape(headingZh) + "<br><span lang=\"en\">" + escape(headingEn) + "</span></h1>" + body + "</body></html>";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
