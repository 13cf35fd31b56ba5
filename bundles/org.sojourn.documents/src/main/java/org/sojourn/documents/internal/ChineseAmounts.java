package org.sojourn.documents.internal;

/** Amounts in Chinese financial numerals as receipts write them: 1000 → 壹仟元整, 10500 → 壹萬零伍佰元整. */
final class ChineseAmounts {

    private static final String[] DIGITS = {"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"};
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "萬", "億", "兆"};

    private ChineseAmounts() {
    }

    /**
     * @param amount whole New Taiwan dollars, 0 to 9,999,999,999,999,999
     * @return the amount in financial numerals, ending 元整
     */
    static String of(long amount) {
        if (amount < 0 || amount > 9_999_999_999_999_999L) {
            throw new IllegalArgumentException("Out of range: " + amount);
        }
        if (amount == 0) {
            return "零元整";
        }
        int[] groups = new int[GROUPS.length];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = (int) (amount % 10_000);
            amount /= 10_000;
        }
        StringBuilder text = new StringBuilder();
        boolean gap = false; // a zero digit since the last one written: one 零 stands for any run of them
        for (int group = groups.length - 1; group >= 0; group--) {
            int value = groups[group];
            if (value == 0) {
                gap = text.length() > 0;
                continue;
            }
            for (int place = 3, divisor = 1000; place >= 0; place--, divisor /= 10) {
                int digit = value / divisor % 10;
                if (digit == 0) {
                    gap = text.length() > 0;
                } else {
                    if (gap) {
                        text.append(DIGITS[0]);
                        gap = false;
                    }
                    text.append(DIGITS[digit]).append(UNITS[place]);
                }
            }
            text.append(GROUPS[group]);
        }
        return text.append("元整").toString();
    }
}
