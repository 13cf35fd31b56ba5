package org.sojourn.applicant.spi.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.sojourn.applicant.spi.ApplicantForm;
import org.sojourn.applicant.spi.ApplicationKind;
import org.sojourn.applicant.spi.Choice;
import org.sojourn.applicant.spi.FieldKind;
import org.sojourn.applicant.spi.FormField;
import org.sojourn.cases.api.FieldProblem;

/** The student application form of the seeds (外(僑)生申請書, §3) and the checks among its fields. */
public final class StudentForm {

    /** 中文姓名. */ public static final String CHINESE_NAME = "chineseName";
    /** 無中文姓名. */ public static final String NO_CHINESE_NAME = "noChineseName";
    /** 英文姓名 (同護照). */ public static final String ENGLISH_NAME = "englishName";
    /** 出生日期. */ public static final String BIRTH_DATE = "birthDate";
    /** 護照號碼. */ public static final String PASSPORT_NUMBER = "passportNumber";
    /** 護照有效日期. */ public static final String PASSPORT_EXPIRY = "passportExpiry";
    /** 居留證號(統一證號). */ public static final String RESIDENT_CERTIFICATE_NUMBER = "residentCertificateNumber";
    /** 國籍. */ public static final String NATIONALITY = "nationality";
    /** 就讀學校. */ public static final String SCHOOL = "school";
    /** 申請來臺就學學制. */ public static final String PROGRAMME = "programme";
    /** 就讀年級. */ public static final String YEAR_OF_STUDY = "yearOfStudy";
    /** 預計畢業日期. */ public static final String EXPECTED_GRADUATION = "expectedGraduation";
    /** 就學狀態. */ public static final String STUDY_STATUS = "studyStatus";
    /** 獎學金生. */ public static final String SCHOLARSHIP = "scholarship";
    /** 郵遞區號. */ public static final String ADDRESS_POSTAL_CODE = "addressPostalCode";

    /** 已錄取未註冊: gets a 6-month e-certificate. */
    public static final String ADMITTED_NOT_REGISTERED = "ADMITTED_NOT_REGISTERED";
    /** 已註冊: gets the IC card. */
    public static final String REGISTERED = "REGISTERED";

    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z][A-Za-z .,'\\-]*");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3}(\\d{2,3})?");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private StudentForm() {
    }

    /**
     * @param qualification the one qualification (申請資格) the type files under
     * @return the form's fields in the seeds' order
     */
    public static List<FormField> fields(Choice qualification) {
        return java.util.stream.Stream.of(List.of(
                choice("qualification", true, "申請資格", "Qualification", qualification),
                choice(STUDY_STATUS, true, "就學狀態", "Study status",
                        new Choice(ADMITTED_NOT_REGISTERED, "已錄取未註冊", "Admitted, not registered"),
                        new Choice(REGISTERED, "已註冊", "Registered")),
                FormField.of(SCHOLARSHIP, FieldKind.BOOLEAN, false, 5, "獎學金生", "Scholarship holder"),
                FormField.of(CHINESE_NAME, FieldKind.TEXT, false, 40, "中文姓名", "Chinese name"),
                FormField.of(NO_CHINESE_NAME, FieldKind.BOOLEAN, false, 5, "無中文姓名", "No Chinese name"),
                FormField.of(ENGLISH_NAME, FieldKind.TEXT, true, 80, "英文姓名（同護照）", "English name (as in passport)"),
                FormField.of(BIRTH_DATE, FieldKind.PAST_DATE, true, 10, "出生日期", "Date of birth"),
                FormField.of(PASSPORT_EXPIRY, FieldKind.FUTURE_DATE, true, 10, "護照有效日期", "Passport expiry"),
                FormField.of(PASSPORT_NUMBER, FieldKind.PASSPORT_NUMBER, true, 20, "護照號碼", "Passport number"),
                FormField.of("visaIssueDate", FieldKind.PAST_DATE, false, 10, "居留簽證發證日期", "Resident visa issued"),
                FormField.of(RESIDENT_CERTIFICATE_NUMBER, FieldKind.RESIDENT_CERTIFICATE_NUMBER, false, 10,
                        "居留證號（統一證號）", "Resident certificate number"),
                choice("maritalStatus", true, "婚姻狀況", "Marital status",
                        new Choice("SINGLE", "未婚", "Single"), new Choice("MARRIED", "已婚", "Married"),
                        new Choice("DIVORCED", "離婚", "Divorced"), new Choice("WIDOWED", "喪偶", "Widowed")),
                choice("sex", true, "性別", "Sex", new Choice("F", "女", "Female"), new Choice("M", "男", "Male")),
                choice("highestEducation", true, "最高學歷", "Highest education",
                        new Choice("HIGH_SCHOOL", "高中", "High school"), new Choice("JUNIOR_COLLEGE", "專科", "Junior college"),
                        new Choice("BACHELOR", "大學", "Bachelor's"), new Choice("MASTER", "碩士", "Master's"),
                        new Choice("DOCTORATE", "博士", "Doctorate")),
                FormField.of("highestEducationSchool", FieldKind.TEXT, false, 100, "最高學歷學校名稱",
                        "School of highest education"),
                FormField.of(SCHOOL, FieldKind.TEXT, true, 100, "就讀學校", "School"),
                new FormField(PROGRAMME, FieldKind.CHOICE, true, 20,
                        Arrays.stream(StudyProgramme.values()).map(StudyProgramme::choice).toList(),
                        "申請來臺就學學制", "Programme"),
                FormField.of("department", FieldKind.TEXT, true, 100, "就讀系所", "Department"),
                new FormField(YEAR_OF_STUDY, FieldKind.CHOICE, false, 1,
                        IntStream.rangeClosed(1, 7).mapToObj(y -> new Choice(String.valueOf(y), y + " 年級", "Year " + y))
                                .toList(), "就讀年級", "Year of study"),
                FormField.of(EXPECTED_GRADUATION, FieldKind.FUTURE_DATE, false, 10, "預計畢業日期", "Expected graduation"),
                FormField.of("birthPlace", FieldKind.COUNTRY, true, 2, "出生地", "Place of birth"),
                FormField.of(NATIONALITY, FieldKind.COUNTRY, true, 2, "國籍", "Nationality")),
                addressAndContact()).flatMap(List::stream).toList();
    }

    /**
     * @return the structured Taiwan address (§10) and the contacts every student form ends with
     * @since 1.1
     */
    public static List<FormField> addressAndContact() {
        return List.of(
                FormField.of(ADDRESS_POSTAL_CODE, FieldKind.TEXT, true, 6, "郵遞區號", "Postal code"),
                FormField.of("addressCounty", FieldKind.TAIWAN_COUNTY, true, 3, "縣市", "County or city"),
                FormField.of("addressDistrict", FieldKind.TEXT, true, 40, "鄉鎮市區", "Township or district"),
                FormField.of("addressVillage", FieldKind.TEXT, false, 40, "村/里", "Village"),
                FormField.of("addressNeighbourhood", FieldKind.TEXT, false, 10, "鄰", "Neighbourhood"),
                FormField.of("addressStreet", FieldKind.TEXT, true, 40, "街、路、段", "Street or road"),
                FormField.of("addressLane", FieldKind.TEXT, false, 10, "巷", "Lane"),
                FormField.of("addressAlley", FieldKind.TEXT, false, 10, "弄", "Alley"),
                FormField.of("addressNumber", FieldKind.TEXT, true, 40, "門牌號樓室", "Number, floor, room"),
                FormField.of("phone", FieldKind.PHONE, false, 20, "在臺電話", "Phone in Taiwan"),
                FormField.of("email", FieldKind.EMAIL, false, 254, "電子郵件", "E-mail"));
    }

    /**
     * The checks among the fields that every student type shares.
     *
     * @param form the form, values well-formed
     * @return the problems
     */
    public static List<FieldProblem> check(ApplicantForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.isTrue(NO_CHINESE_NAME) && form.value(CHINESE_NAME).isPresent()) {
            problems.add(new FieldProblem(CHINESE_NAME, "CHINESE_NAME_CONFLICT", "已勾選無中文姓名，請勿填寫中文姓名。",
                    "\"No Chinese name\" is ticked; leave the Chinese name empty."));
        }
        form.value(ENGLISH_NAME).filter(name -> !ENGLISH.matcher(name).matches()).ifPresent(name -> problems.add(
                new FieldProblem(ENGLISH_NAME, "INVALID_ENGLISH_NAME", "英文姓名只能有英文字母、空白及 . , ' -。",
                        "The English name takes Latin letters, spaces and . , ' - only.")));
        form.date(BIRTH_DATE).filter(EARLIEST_BIRTH::isAfter).ifPresent(day -> problems.add(
                new FieldProblem(BIRTH_DATE, "IMPLAUSIBLE_DATE", "出生日期有誤。", "The date of birth is implausible.")));
        if (form.value(NATIONALITY).filter("TW"::equals).isPresent()) {
            problems.add(new FieldProblem(NATIONALITY, "NATIONALITY_NOT_FOREIGN", "外國學生的國籍不得為中華民國。",
                    "A foreign student's nationality cannot be the Republic of China (Taiwan)."));
        }
        boolean registered = form.value(STUDY_STATUS).filter(REGISTERED::equals).isPresent();
        if (form.isTrue(SCHOLARSHIP) && !registered) {
            problems.add(new FieldProblem(SCHOLARSHIP, "SCHOLARSHIP_NEEDS_REGISTRATION", "已註冊者才可勾選獎學金生。",
                    "Only registered students can be scholarship holders."));
        }
        if (form.kind() == ApplicationKind.RENEWAL && form.value(STUDY_STATUS).isPresent() && !registered) {
            problems.add(new FieldProblem(STUDY_STATUS, "RENEWAL_NEEDS_REGISTRATION", "註冊完畢後才可申請換證。",
                    "Renewal to the card is for registered students."));
        }
        form.value(ADDRESS_POSTAL_CODE).filter(code -> !POSTAL_CODE.matcher(code).matches()).ifPresent(code -> problems.add(
                new FieldProblem(ADDRESS_POSTAL_CODE, "INVALID_POSTAL_CODE", "郵遞區號應為 3 碼或 3+2、3+3 碼數字。",
                        "A postal code has 3, 5 or 6 digits.")));
        return problems;
    }

    private static FormField choice(String name, boolean required, String labelZh, String labelEn, Choice... choices) {
        return new FormField(name, FieldKind.CHOICE, required, 40, List.of(choices), labelZh, labelEn);
    }
}
