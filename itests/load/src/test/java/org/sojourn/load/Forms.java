package org.sojourn.load;

/** The JSON the applicants send, as the web pages send it. */
final class Forms {

    static final String SCHOOL_GROUP = "{\"consent\":true,\"businessLine\":\"102\",\"applicationName\":\"115 學年度第 1 學期外國學生\","
            + "\"pickupOffice\":\"TAIPEI\",\"sender\":{\"name\":\"王小明\",\"nationalId\":\"A123456789\",\"phone\":\"02-2388-9393\","
            + "\"email\":\"clerk@school.invalid\",\"address\":\"臺北市大安區羅斯福路四段1號\"}}";

    static final String STUDENT_GROUP = "{\"consent\":true,\"businessLine\":\"102\",\"applicationName\":\"外生個人申請\","
            + "\"pickupOffice\":\"TAIPEI\"}";

    /** What a student applying alone types; the rest comes from the school's list. */
    static final String STUDENT_APPLICANT = "{\"applicantType\":\"foreign\",\"applicationKind\":\"FIRST_APPLICATION\",\"fields\":{"
            + "\"qualification\":\"STUDY\",\"noChineseName\":\"true\",\"passportExpiry\":\"2032-01-01\",\"maritalStatus\":\"SINGLE\","
            + "\"highestEducation\":\"HIGH_SCHOOL\",\"department\":\"資訊工程學系\",\"birthPlace\":\"LS\","
            + "\"addressPostalCode\":\"106\",\"addressCounty\":\"臺北市\",\"addressDistrict\":\"大安區\","
            + "\"addressStreet\":\"羅斯福路四段\",\"addressNumber\":\"1號\"}}";

    private static final String[] NAMES = {"Ana Silva", "Lee Min Jun", "Nguyen Van An", "Sato Yuki", "Maria Garcia", "John Smith",
        "Siti Rahma", "Kim Ji Woo", "Pham Thi Lan", "Ahmed Khan", "Olga Petrova", "Lucas Martin"};

    private Forms() {
    }

    /** @return the n-th foreign student of the run's that-manyth group, complete but for the files */
    static String foreignApplicant(int group, int n) {
        return "{\"applicantType\":\"foreign\",\"applicationKind\":\"FIRST_APPLICATION\",\"fields\":{"
                + "\"qualification\":\"STUDY\",\"studyStatus\":\"ADMITTED_NOT_REGISTERED\",\"chineseName\":\"席安娜\","
                + "\"englishName\":\"" + NAMES[n % NAMES.length] + "\",\"birthDate\":\"2003/04/05\","
                + "\"passportNumber\":\"" + String.format("S%06d%02d", group, n) + "\",\"passportExpiry\":\"2032-01-01\","
                + "\"maritalStatus\":\"SINGLE\",\"sex\":\"F\",\"highestEducation\":\"HIGH_SCHOOL\",\"department\":\"資訊工程學系\","
                + "\"programme\":\"BACHELOR\",\"yearOfStudy\":\"1\",\"birthPlace\":\"BR\",\"nationality\":\"BR\","
                + "\"addressPostalCode\":\"106\",\"addressCounty\":\"臺北市\",\"addressDistrict\":\"大安區\","
                + "\"addressStreet\":\"羅斯福路四段\",\"addressNumber\":\"1號\"}}";
    }

    /** @return the student's entry: the year, passport, English name and birth date on the school's list */
    static String entry(int student) {
        return "{\"academicYear\":115,\"passportNumber\":\"" + passport(student) + "\",\"englishName\":\"" + name(student)
                + "\",\"birthDate\":\"2004-03-15\"}";
    }

    static String passport(int student) {
        return String.format("L%07d", student);
    }

    static String name(int student) {
        return NAMES[student % NAMES.length];
    }
}
