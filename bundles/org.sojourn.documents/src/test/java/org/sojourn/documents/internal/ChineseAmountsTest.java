package org.sojourn.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChineseAmountsTest {

    @Test
    void writesAmountsAsReceiptsDo() {
        assertEquals("壹仟元整", ChineseAmounts.of(1000), "the seed's receipt");
        assertEquals("參佰元整", ChineseAmounts.of(300));
        assertEquals("壹仟伍佰元整", ChineseAmounts.of(1500));
        assertEquals("壹仟零伍元整", ChineseAmounts.of(1005));
        assertEquals("壹萬零伍佰元整", ChineseAmounts.of(10500));
        assertEquals("參萬元整", ChineseAmounts.of(30000), "thirty cases of NT$1,000");
        assertEquals("貳仟零壹萬元整", ChineseAmounts.of(20010000));
        assertEquals("壹億零壹元整", ChineseAmounts.of(100000001));
        assertEquals("壹拾元整", ChineseAmounts.of(10));
        assertEquals("零元整", ChineseAmounts.of(0));
        assertThrows(IllegalArgumentException.class, () -> ChineseAmounts.of(-1));
    }
}
