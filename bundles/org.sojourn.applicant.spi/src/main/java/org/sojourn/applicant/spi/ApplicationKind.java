package org.sojourn.applicant.spi;

/** The kinds of application a business line may serve (§2). */
public enum ApplicationKind {
    /** 首次申請. */
    FIRST_APPLICATION("首次申請", "First application"),
    /** 換證 / 換發: e.g. a 6-month e-certificate for the IC card once registered. */
    RENEWAL("換證", "Renewal"),
    /** 延期: within the last 3 months of the stay. */
    EXTENSION("延期", "Extension"),
    /** 資料異動: e.g. a new address or school. */
    DATA_CHANGE("資料異動", "Data change");

    private final String nameZh;
    private final String nameEn;

    ApplicationKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** @return the name in Traditional Chinese */
    public String nameZh() {
        return nameZh;
    }

    /** @return the name in English */
    public String nameEn() {
        return nameEn;
    }

    /** @return whether the application continues a current grant, found by its certificate number */
    public boolean continuesGrant() {
        return this != FIRST_APPLICATION;
    }
}
