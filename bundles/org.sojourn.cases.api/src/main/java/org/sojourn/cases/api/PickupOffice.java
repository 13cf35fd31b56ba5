package org.sojourn.cases.api;

/**
 * The agency's service stations where cards are picked up (領證地點, §10), as Sojourn first ships
 * them. The stations in force are data: {@link ReferenceList#PICKUP_OFFICE}.
 */
public enum PickupOffice {
    /** 臺北市服務站. */ TAIPEI("臺北市服務站", "Taipei City Service Center"),
    /** 新北市服務站. */ NEW_TAIPEI("新北市服務站", "New Taipei City Service Center"),
    /** 基隆市服務站. */ KEELUNG("基隆市服務站", "Keelung City Service Center"),
    /** 桃園市服務站. */ TAOYUAN("桃園市服務站", "Taoyuan City Service Center"),
    /** 新竹市服務站. */ HSINCHU_CITY("新竹市服務站", "Hsinchu City Service Center"),
    /** 新竹縣服務站. */ HSINCHU_COUNTY("新竹縣服務站", "Hsinchu County Service Center"),
    /** 苗栗縣服務站. */ MIAOLI("苗栗縣服務站", "Miaoli County Service Center"),
    /** 臺中市第一服務站. */ TAICHUNG_1("臺中市第一服務站", "Taichung City First Service Center"),
    /** 臺中市第二服務站. */ TAICHUNG_2("臺中市第二服務站", "Taichung City Second Service Center"),
    /** 南投縣服務站. */ NANTOU("南投縣服務站", "Nantou County Service Center"),
    /** 彰化縣服務站. */ CHANGHUA("彰化縣服務站", "Changhua County Service Center"),
    /** 雲林縣服務站. */ YUNLIN("雲林縣服務站", "Yunlin County Service Center"),
    /** 嘉義市服務站. */ CHIAYI_CITY("嘉義市服務站", "Chiayi City Service Center"),
    /** 嘉義縣服務站. */ CHIAYI_COUNTY("嘉義縣服務站", "Chiayi County Service Center"),
    /** 臺南市第一服務站. */ TAINAN_1("臺南市第一服務站", "Tainan City First Service Center"),
    /** 臺南市第二服務站. */ TAINAN_2("臺南市第二服務站", "Tainan City Second Service Center"),
    /** 高雄市第一服務站. */ KAOHSIUNG_1("高雄市第一服務站", "Kaohsiung City First Service Center"),
    /** 高雄市第二服務站. */ KAOHSIUNG_2("高雄市第二服務站", "Kaohsiung City Second Service Center"),
    /** 屏東縣服務站. */ PINGTUNG("屏東縣服務站", "Pingtung County Service Center"),
    /** 宜蘭縣服務站. */ YILAN("宜蘭縣服務站", "Yilan County Service Center"),
    /** 花蓮縣服務站. */ HUALIEN("花蓮縣服務站", "Hualien County Service Center"),
    /** 臺東縣服務站. */ TAITUNG("臺東縣服務站", "Taitung County Service Center"),
    /** 澎湖縣服務站. */ PENGHU("澎湖縣服務站", "Penghu County Service Center"),
    /** 金門縣服務站. */ KINMEN("金門縣服務站", "Kinmen County Service Center"),
    /** 連江縣服務站. */ LIENCHIANG("連江縣服務站", "Lienchiang County Service Center");

    private final String nameZh;
    private final String nameEn;

    PickupOffice(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** @return the station's name in Traditional Chinese */
    public String nameZh() {
        return nameZh;
    }

    /** @return the station's name in English */
    public String nameEn() {
        return nameEn;
    }
}
