package org.sojourn.itests;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;

/**
 * The authorization matrix: every endpoint family called as every role and as a stranger, with the
 * status each must get, and no change from a refused call. Another school's group and a sibling
 * sub-account's group answer 404, so a group number reveals nothing.
 */
public class AuthorizationIT extends SojournTestSupport {

    private static final String GROUP = "{\"consent\":true,\"businessLine\":\"102\",\"applicationName\":\"權限測試\",\"pickupOffice\":\"TAIPEI\"}";

    /** Demo accounts by role, plus a second school created for this test. */
    private final Map<String, Http> callers = new LinkedHashMap<>();

    @Before
    public void everyoneSignsIn() throws Exception {
        awaitHealthy();
        addSchool("12345675");
        for (String login : new String[] {"03734301", "03734301-01", "03734301-02", "12345675", "officer-first",
            "officer-second", "card-desk", "admin", "cn-student", "hk-student"}) {
            callers.put(login, as(login));
        }
        callers.put("stranger", http());
    }

    @Test
    public void publicEndpointsAnswerEveryone() {
        for (Map.Entry<String, Http> caller : callers.entrySet()) {
            assertEquals(caller.getKey(), 200, caller.getValue().get("/api/v1/health").status());
            assertEquals(caller.getKey(), 200, caller.getValue().get("/api/v1/openapi.json").status());
            assertEquals(caller.getKey(), 200, caller.getValue().get("/api/v1/captcha").status());
        }
    }

    @Test
    public void theOwnSessionNeedsASignIn() {
        for (Map.Entry<String, Http> caller : callers.entrySet()) {
            int expected = caller.getKey().equals("stranger") ? 401 : 200;
            assertEquals(caller.getKey(), expected, caller.getValue().get("/api/v1/session").status());
        }
    }

    @Test
    public void schoolsFileGroupsStudentsOnlyTheirPortalsLinesAndRefusedCallsChangeNothing() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("03734301", 201);
        expected.put("03734301-01", 201);
        expected.put("03734301-02", 201);
        expected.put("12345675", 201);
        expected.put("officer-first", 403);
        expected.put("officer-second", 403);
        expected.put("card-desk", 403);
        expected.put("admin", 403);
        // Students may file, but line 102 is not the mainland or Hong Kong/Macao portals' (foreign students enter individually: RosterIT).
        expected.put("cn-student", 400);
        expected.put("hk-student", 400);
        expected.put("stranger", 401);
        for (Map.Entry<String, Integer> row : expected.entrySet()) {
            long before = groups();
            int status = callers.get(row.getKey()).postJson("/api/v1/groups", GROUP).status();
            assertEquals(row.getKey(), (int) row.getValue(), status);
            assertEquals(row.getKey(), status == 201 ? before + 1 : before, groups());
        }
    }

    @Test
    public void eachCallerSeesOnlyTheGroupsItMay() {
        Http sub01 = callers.get("03734301-01");
        String draft = sub01.postJson("/api/v1/groups", GROUP).json().get("groupId").asText();
        assertEquals("a draft is the school's until it is submitted", 404, callers.get("officer-first").get("/api/v1/groups/" + draft).status());
        String filedBySub01 = Filing.completeGroup(sub01, "權限測試", "foreign", 1, "AZ");
        assertEquals(200, sub01.postJson("/api/v1/groups/" + filedBySub01 + "/submission", "").status());
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("03734301", 200);      // the school's main account sees its sub-accounts' groups
        expected.put("03734301-01", 200);   // the filer
        expected.put("03734301-02", 404);   // a sibling sub-account does not
        expected.put("12345675", 404);      // another school does not
        expected.put("officer-first", 200);
        expected.put("officer-second", 200);
        expected.put("card-desk", 200);
        expected.put("admin", 403);
        expected.put("cn-student", 404);
        expected.put("hk-student", 404);
        expected.put("stranger", 401);
        for (Map.Entry<String, Integer> row : expected.entrySet()) {
            Http.Answer answer = callers.get(row.getKey()).get("/api/v1/groups/" + filedBySub01);
            assertEquals(row.getKey(), (int) row.getValue(), answer.status());
            if (answer.status() == 404) {
                assertEquals("GROUP_NOT_FOUND", answer.json().get("code").asText());
            }
        }
    }

    @Test
    public void onlyASchoolsMainAccountIssuesApiKeys() throws Exception {
        for (Map.Entry<String, Http> caller : callers.entrySet()) {
            String login = caller.getKey();
            int expected = login.equals("stranger") ? 401 : login.equals("03734301") || login.equals("12345675") ? 201 : 403;
            long before = count("select count(*) from api_key");
            assertEquals(login, expected, caller.getValue().postJson("/api/v1/api-keys",
                    "{\"name\":\"矩陣\",\"scopes\":[\"CASES_READ\"]}").status());
            assertEquals(login, expected == 201 ? before + 1 : before, count("select count(*) from api_key"));
            assertEquals(login, expected == 201 ? 200 : expected, caller.getValue().get("/api/v1/api-keys").status());
        }
    }

    @Test
    public void onlyAnAdministratorRegistersPaymentPartnersAndOnlyPartnersReadStatements() throws Exception {
        int n = 0;
        for (Map.Entry<String, Http> caller : callers.entrySet()) {
            String login = caller.getKey();
            int expected = login.equals("stranger") ? 401 : login.equals("admin") ? 201 : 403;
            long before = count("select count(*) from payment_partner");
            assertEquals(login, expected, caller.getValue().postJson("/api/v1/admin/payment-partners",
                    "{\"login\":\"partner-matrix-" + n++ + "\",\"name\":\"矩陣\",\"channelIds\":[\"card\"]}").status());
            assertEquals(login, expected == 201 ? before + 1 : before, count("select count(*) from payment_partner"));
            assertEquals(login, login.equals("stranger") ? 401 : 403,
                    caller.getValue().get("/api/v1/partner/statements/2026-11-21").status());
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = openDirectConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(sql)) {
            count.next();
            return count.getLong(1);
        }
    }

    private long groups() throws Exception {
        return count("select count(*) from case_group");
    }
}
