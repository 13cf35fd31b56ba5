package org.sojourn.cases.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A structured Taiwan address as the agency's forms take it (§10): postal code, county or city,
 * township or district, village (村/里), neighbourhood (鄰), street or road with section, lane,
 * alley, and number with floor and room.
 *
 * @param postalCode    3 digits, or 3+2 / 3+3
 * @param county        one of the 22 counties and cities, e.g. 臺北市 (台 is accepted for 臺)
 * @param district      township or district, e.g. 大安區
 * @param village       village or borough, optional
 * @param neighbourhood neighbourhood number, optional
 * @param street        street or road with section, e.g. 忠孝東路四段
 * @param lane          lane (巷), optional
 * @param alley         alley (弄), optional
 * @param number        number, floor and room, e.g. 100號5樓之1
 */
public record TaiwanAddress(String postalCode, String county, String district, String village, String neighbourhood,
        String street, String lane, String alley, String number) {

    /** The counties and cities of Taiwan, in the agency's spelling. */
    public static final Set<String> COUNTIES = Set.of("臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市",
            "新竹市", "嘉義市", "新竹縣", "苗栗縣", "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣", "臺東縣",
            "澎湖縣", "金門縣", "連江縣");

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3}(\\d{2,3})?");
    private static final int PART_LENGTH = 40;

    /**
     * @return the address with each part NFKC-normalised and stripped, and 台 written 臺 in the county
     */
    public TaiwanAddress normalized() {
        return new TaiwanAddress(clean(postalCode), clean(county).replace('台', '臺'), clean(district), clean(village),
                clean(neighbourhood), clean(street), clean(lane), clean(alley), clean(number));
    }

    /**
     * @param field the address's field name, prefixed to each part's name in the problems
     * @return what is wrong with the normalised address, nothing when it is complete
     */
    public List<FieldProblem> problems(String field) {
        TaiwanAddress a = normalized();
        List<FieldProblem> problems = new ArrayList<>();
        if (!POSTAL_CODE.matcher(a.postalCode).matches()) {
            problems.add(new FieldProblem(field + ".postalCode", "INVALID_POSTAL_CODE", "郵遞區號應為 3 碼或 3+2、3+3 碼數字。",
                    "A postal code has 3, 5 or 6 digits."));
        }
        if (!COUNTIES.contains(a.county)) {
            problems.add(new FieldProblem(field + ".county", "UNKNOWN_COUNTY", "請選擇縣市。", "Choose a county or city."));
        }
        required(problems, field + ".district", a.district, "鄉鎮市區", "township or district");
        required(problems, field + ".street", a.street, "街路段", "street or road");
        required(problems, field + ".number", a.number, "門牌號樓室", "number");
        for (String[] part : new String[][] {{"village", a.village}, {"neighbourhood", a.neighbourhood},
            {"lane", a.lane}, {"alley", a.alley}, {"district", a.district}, {"street", a.street}, {"number", a.number}}) {
            if (part[1].length() > PART_LENGTH) {
                problems.add(new FieldProblem(field + "." + part[0], "TOO_LONG", "此欄位不得超過 " + PART_LENGTH + " 字。",
                        "At most " + PART_LENGTH + " characters."));
            }
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, String value, String zh, String en) {
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, "REQUIRED", "必須填寫" + zh + "。", "The " + en + " is required."));
        }
    }

    private static String clean(String part) {
        return part == null ? "" : Normalizer.normalize(part, Normalizer.Form.NFKC).strip();
    }
}
