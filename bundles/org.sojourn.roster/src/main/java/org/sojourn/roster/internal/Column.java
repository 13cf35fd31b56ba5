package org.sojourn.roster.internal;

/** The template's twelve columns A-L (domain §7), in order, with the note each header carries. */
enum Column {
    A("學生中文姓名", "Chinese name", "無可免填 / optional"),
    B("英文姓名", "English name", "同護照 / as in the passport"),
    C("生日(YYYYMMDD)", "Date of birth", "例 20040315 / e.g. 20040315"),
    D("來臺就學學生類別", "Student category", "請由下拉選單選擇 / choose from the list"),
    E("國籍", "Nationality", "請由下拉選單選擇 / choose from the list"),
    F("性別", "Sex", "請由下拉選單選擇 / choose from the list"),
    G("身分證號", "ID number", "無可免填 / optional"),
    H("護照號碼", "Passport number", "必填 / required"),
    I("申請資格", "Qualification", "請由下拉選單選擇 / choose from the list"),
    J("學制", "Programme", "博士、碩士、學士或學制代碼 / PhD, master, bachelor or a programme code"),
    K("就讀年級", "Year of study", "1年級-7年級 / year 1-7"),
    L("狀態", "Status", "A_已錄取未註冊 或 R_已註冊 / admitted or registered");

    final String headerZh;
    final String headerEn;
    final String note;

    Column(String headerZh, String headerEn, String note) {
        this.headerZh = headerZh;
        this.headerEn = headerEn;
        this.note = note;
    }
}
