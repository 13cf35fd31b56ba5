package org.sojourn.cases.internal;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.hibernate.Session;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sojourn.cases.api.CaseAction;
import org.sojourn.cases.api.ReferenceEntry;
import org.sojourn.cases.api.ReferenceList;
import org.sojourn.notify.api.MailOutbox;
import org.sojourn.notify.api.MailTemplates;
import org.sojourn.notify.api.OutgoingMail;

/**
 * The mails of §4.12 about cases, in zh-TW and English, to the group's sender (the school's handler,
 * or the student filing alone), and a case's own mails also to the student when its form has an
 * e-mail address. Each is written to the outbox in the transaction of the change, so
 * a mail server outage neither loses a mail nor blocks a change; without the notify bundle there
 * is no mail and nothing else changes.
 */
@Component(service = CaseNotifier.class)
public final class CaseNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(CaseNotifier.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MailOutbox outbox;

    /** A notifier that writes through this outbox; for tests outside OSGi. */
    static CaseNotifier using(MailOutbox outbox) {
        CaseNotifier notifier = new CaseNotifier();
        notifier.outbox = outbox;
        return notifier;
    }

    /** Submission succeeded (送件成功): the group number and every receipt number. */
    void submitted(EntityManager em, CaseGroupEntity group) {
        Map<String, String> values = values(group);
        values.put("receipts", group.applicants.stream()
                .map(a -> "  " + a.receiptNumber + "  " + (a.englishName == null ? "" : a.englishName))
                .collect(Collectors.joining("\n")));
        send(em, group.senderEmail, group, "case-submitted", values);
    }

    /** A reviewer's decision the applicant must hear of: a return, an approval, a refusal, a card made. */
    void decided(EntityManager em, ApplicantEntity applicant, CaseAction action, String comment) {
        decided(em, List.of(applicant), action, comment);
    }

    /** One decision on several cases of a group: one mail naming their receipt numbers, not one per case. */
    void decided(EntityManager em, List<ApplicantEntity> cases, CaseAction action, String comment) {
        ApplicantEntity applicant = cases.get(0);
        Map<String, String> values = values(applicant.group);
        values.put("receiptNumber", cases.size() == 1 ? applicant.receiptNumber
                : applicant.receiptNumber + "–" + cases.get(cases.size() - 1).receiptNumber);
        values.put("comment", comment == null ? "" : comment);
        values.put("deadlineZh", "");
        values.put("deadlineEn", "");
        String template;
        switch (action) {
            case RETURN_FOR_CORRECTION, REQUEST_SUPPLEMENT -> {
                boolean correction = action == CaseAction.RETURN_FOR_CORRECTION;
                values.put("deadlineZh", "請於 " + applicant.deadline + " 前完成，逾期不受理。");
                values.put("deadlineEn", "Do so by " + applicant.deadline + "; after that the application is not accepted. ");
                values.put("whatZh", correction ? "補正" : "補件");
                values.put("whatEn", correction ? "Correction requested" : "Supplementary documents requested");
                values.put("whatEnLower", correction ? "corrections" : "supplementary documents");
                template = "case-returned";
            }
            case APPROVE -> {
                values.put("amount", String.valueOf(applicant.feeTwd));
                values.put("deadlineZh", "請於 " + applicant.deadline + " 前（核准後 5 個工作天內）繳費。");
                values.put("deadlineEn", "Please pay by " + applicant.deadline + " (5 working days after the approval).");
                template = "case-approved";
            }
            case NOT_ACCEPT, NOT_APPROVE -> {
                boolean notAccepted = action == CaseAction.NOT_ACCEPT;
                values.put("whatZh", notAccepted ? "不受理" : "不核准");
                values.put("whatEn", notAccepted ? "Not accepted" : "Not approved");
                values.put("whatEnLower", notAccepted ? "not accepted" : "not approved");
                template = "case-refused";
            }
            case REVOKE_GRANT -> template = "case-revoked";
            case LAPSE_APPROVAL -> {
                values.put("deadline", String.valueOf(applicant.deadline));
                template = "case-lapsed";
            }
            case MARK_CARD_READY -> {
                String code = applicant.group.pickupOffice;
                ReferenceEntry office = ReferenceTables.find(em, ReferenceList.PICKUP_OFFICE, code)
                        .orElse(new ReferenceEntry(code, code, code, null, null)); // an office closed since the group was filed
                values.put("officeZh", office.nameZh());
                values.put("officeEn", office.nameEn());
                template = "card-ready";
            }
            default -> {
                return; // passing between the review desks concerns only officers
            }
        }
        send(em, applicant.group.senderEmail, applicant.group, template, values);
        String student = applicant.fields.get("email");
        if (cases.size() == 1 && student != null && !student.equalsIgnoreCase(applicant.group.senderEmail)) {
            // The student hears of its own case too, when the form gives its address.
            send(em, student, applicant.group, template, values);
        }
    }

    private static Map<String, String> values(CaseGroupEntity group) {
        Map<String, String> values = new HashMap<>();
        values.put("name", group.senderName == null || group.senderName.isBlank() ? "申請人 / applicant" : group.senderName);
        values.put("groupNumber", group.groupNumber);
        values.put("applicationName", group.applicationName);
        return values;
    }

    private void send(EntityManager em, String to, CaseGroupEntity group, String template, Map<String, String> values) {
        MailOutbox current = outbox;
        if (current == null || to == null || to.isBlank()) {
            LOG.debug("No {} mail for group {}: no outbox or no address", template, group.groupNumber);
            return;
        }
        OutgoingMail mail = MailTemplates.render(CaseNotifier.class, template, to, values);
        // The outbox row goes in through this transaction's own connection: it commits or rolls back with the change.
        em.unwrap(Session.class).doWork(connection -> {
            try {
                current.enqueue(connection, mail);
            } catch (SQLException e) {
                throw new PersistenceException("The mail outbox cannot be written", e);
            }
        });
    }
}
