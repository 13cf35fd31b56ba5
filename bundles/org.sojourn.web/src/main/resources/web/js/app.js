// The entrance, sign-in and the case pages (filing, review, card desk, payment, downloads), and the
// frame around every page. Forms of applicants are drawn from their type's schema
// (GET /api/v1/applicant-types), so a newly installed type needs no release of these pages.
import * as api from './api.js';
import { h, show, notice, once } from './dom.js';
import { t, pick, toggleLanguage, translateStatic } from './i18n.js';
import { types, reference, lineNames, forgetCatalog } from './catalog.js';
import { field, captchaField, select, report, uploadThen, table, downloadButton, day, recordFields } from './forms.js';
import { page, route, go } from './router.js';
import { adminHome } from './admin.js';
import './accounts.js';
import './roster.js';

const PORTALS = [
  { id: 'school', title: 'portalSchool', hint: 'portalSchoolHint', portal: null },
  { id: 'student', title: 'portalStudent', hint: 'portalStudentHint', portal: null },
  { id: 'mainland', title: 'portalMainland', hint: 'portalMainlandHint', portal: 'mainland' },
  { id: 'hk-macao', title: 'portalHkMacao', hint: 'portalHkMacaoHint', portal: 'hk-macao' },
  { id: 'officer', title: 'portalOfficer', hint: 'portalOfficerHint', portal: null },
  { id: 'admin', title: 'portalAdmin', hint: 'portalAdminHint', portal: null },
];

page(/^\/?$/, entrance);
page(/^\/sign-in\/student$/, studentEntry);
page(/^\/sign-in\/([a-z-]+)$/, signIn);
page(/^\/home$/, home);
page(/^\/groups\/new$/, newGroup);
page(/^\/groups\/([^/]+)$/, group);
page(/^\/groups\/([^/]+)\/applicants\/([^/]+)$/, applicant);
page(/^\/progress$/, progress);
page(/^\/review\/([0-9]+)$/, reviewCase);
page(/^\/card-desk$/, cardDesk);
page(/^\/payments$/, payable);
page(/^\/payments\/([^/]+)$/, paymentResult);
page(/^\/downloads$/, downloads);

// --- entrance and sign-in -------------------------------------------------------------------

function entrance() {
  const code = h('input', { id: 'verify-code', name: 'code', autocomplete: 'off', required: true });
  show(
    h('h1', {}, t('portals')),
    h('ul', { class: 'portals' }, PORTALS.map(portal => h('li', {},
      h('a', { href: '#/sign-in/' + portal.id, id: 'portal-' + portal.id }, h('strong', {}, t(portal.title)), h('br'),
        h('span', { class: 'hint' }, t(portal.hint)))))),
    h('h2', {}, t('verifyTitle')),
    h('form', { class: 'stack', onsubmit: event => {
      event.preventDefault();
      location.href = '/api/v1/verify/' + encodeURIComponent(code.value.trim());
    } },
      h('div', { class: 'field' }, h('label', { for: 'verify-code' }, t('verifyCode')), code,
        h('span', { class: 'hint' }, t('verifyHint'))),
      h('div', {}, h('button', { class: 'primary', type: 'submit' }, t('verify')))));
}

async function signIn(portalId) {
  const portal = PORTALS.find(p => p.id === portalId) || PORTALS[0];
  const account = h('input', { id: 'account', name: 'account', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const captcha = captchaField();
  const button = h('button', { class: 'primary', type: 'submit', id: 'sign-in' }, t('signIn'));
  show(
    h('h1', {}, t(portal.title) + ' — ' + t('signInTitle')),
    h('form', { class: 'stack', onsubmit: event => {
      event.preventDefault();
      once(button, async () => {
        try {
          const answered = await api.post('/sessions', { account: account.value, password: password.value, captchaId: captcha.id(),
            captchaAnswer: captcha.answer(), portal: portal.portal });
          api.signedIn(answered);
          forgetCatalog();
          go('/home');
        } catch (failure) {
          if (!(failure instanceof api.Problem)) {
            throw failure;
          }
          notice(failure.message_());
          await captcha.renew();
        }
      });
    } },
      field('account', t('account'), account, true),
      field('password', t('password'), password, true),
      captcha.element,
      h('div', {}, button)),
    h('p', { class: 'actions' },
      portal.portal ? h('a', { href: '#/register/' + portal.portal, id: 'register' }, t('register')) : null,
      h('a', { href: '#/forgot', id: 'forgot' }, t('forgotPassword'))));
  await captcha.renew();
}

/**
 * Foreign and overseas Chinese students enter individually (個人申請): their school's list must hold
 * them, matched by academic year, passport number, English name and birth date; no password.
 */
async function studentEntry() {
  const year = h('input', { id: 'academicYear', name: 'academicYear', inputmode: 'numeric', maxlength: 3, required: true });
  const passport = h('input', { id: 'passportNumber', name: 'passportNumber', autocomplete: 'off', required: true });
  const name = h('input', { id: 'englishName', name: 'englishName', autocomplete: 'name', required: true });
  const born = h('input', { id: 'birthDate', name: 'birthDate', type: 'date', required: true });
  const captcha = captchaField();
  const button = h('button', { class: 'primary', type: 'submit', id: 'enter' }, t('signIn'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      try {
        forgetCatalog();
        api.signedIn(await api.post('/students/entries', { academicYear: Number(year.value) || null, passportNumber: passport.value,
          englishName: name.value, birthDate: born.value || null, captchaId: captcha.id(), captchaAnswer: captcha.answer() }));
        go('/home');
      } catch (failure) {
        report(form, failure);
        await captcha.renew();
      }
    });
  } },
    field('academicYear', t('academicYear'), year, true, t('academicYearHint')),
    field('passportNumber', t('passportNumber'), passport, true),
    field('englishName', t('englishName'), name, true),
    field('birthDate', t('birthDate'), born, true),
    captcha.element, h('div', {}, button));
  show(h('h1', {}, t('portalStudent') + ' — ' + t('signInTitle')), h('p', {}, t('portalStudentHint')), form);
  await captcha.renew();
}

// --- the school's pages ---------------------------------------------------------------------

async function home() {
  const who = api.account();
  if (!who) {
    return go('/');
  }
  if (!who.role.startsWith('SCHOOL') && !who.role.startsWith('STUDENT')) {
    return officerHome(who);
  }
  const [lines, names] = await Promise.all([api.get('/dashboard'), lineNames()]);
  show(
    h('h1', {}, who.displayName || who.login),
    h('nav', { class: 'actions', 'aria-label': t('home') },
      h('a', { class: 'primary', href: '#/groups/new', id: 'new-application' }, t('newApplication')),
      h('a', { class: 'primary', href: '#/progress' }, t('progress')),
      h('a', { class: 'primary', href: '#/payments', id: 'pay' }, t('payment')),
      h('a', { class: 'primary', href: '#/downloads', id: 'downloads' }, t('downloads')),
      who.role.startsWith('SCHOOL') ? h('a', { class: 'primary', href: '#/roster', id: 'roster' }, t('roster')) : null,
      who.role !== 'STUDENT_INDIVIDUAL' ? h('a', { class: 'primary', href: '#/account', id: 'account-page' }, t('accountTitle')) : null),
    h('h2', {}, t('dashboard')),
    table([t('line'), t('newCases'), t('awaitingSupplements'), t('awaitingPayment'), t('refused')],
      lines.map(line => [names[line.businessLine] ? pick(names[line.businessLine].nameZh, names[line.businessLine].nameEn)
        : line.businessLine, line.newCases, line.awaitingSupplements, line.awaitingPayment, line.refusedCases])),
    h('h2', {}, t('drafts')),
    await draftList());
}

async function draftList() {
  const drafts = await api.get('/groups?draft=true&page=0&size=20');
  return table([t('applicationName'), t('line'), t('applicants')], (drafts.items || []).map(draft => [
    h('a', { href: '#/groups/' + draft.groupId }, draft.applicationName), draft.businessLine, draft.applicants.length]));
}

/** The filters of a review queue, kept while the officer opens cases and comes back. */
let queueFilters = {};

async function officerHome(who) {
  if (who.role === 'OFFICER_CARD_DESK') {
    return cardDesk();
  }
  if (who.role === 'ADMINISTRATOR') {
    return adminHome(who);
  }
  const status = who.role === 'OFFICER_SECOND_REVIEW' ? 'AWAITING_SECOND_REVIEW' : 'AWAITING_FIRST_REVIEW'; // each desk's queue
  const query = new URLSearchParams({ status, ...Object.fromEntries(Object.entries(queueFilters).filter(([, v]) => v)) });
  const [queue, all, lines] = await Promise.all([api.get('/review/queue?' + query + '&page=0&size=50'), types(), lineNames()]);
  const filters = recordFields([
    { name: 'businessLine', label: t('line'), options: Object.values(lines).map(l => [l.groupCode, l.groupCode + ' ' + pick(l.nameZh, l.nameEn)]) },
    { name: 'applicantType', label: t('applicantType'), options: all.map(o => [o.id, pick(o.labelZh, o.labelEn)]) },
    { name: 'groupNumber', label: t('groupNumber'), max: 9 },
    { name: 'submittedFrom', label: t('submittedFrom'), type: 'date' },
    { name: 'submittedTo', label: t('submittedTo'), type: 'date' },
  ], queueFilters, false, 'queue-');
  const button = h('button', { class: 'primary', type: 'submit', id: 'queue-filter' }, t('find'));
  const form = h('form', { class: 'filters', novalidate: true, 'aria-label': t('filters'), onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      const chosen = filters.value();
      try {
        queueFilters = chosen;
        await officerHome(who);
      } catch (failure) {
        queueFilters = {};
        report(form, failure);
      }
    });
  } }, filters.elements, h('div', { class: 'actions' }, button,
    downloadButton('/review/queue.xlsx?' + query, 'review-queue.xlsx', t('downloadList'))));
  show(h('h1', {}, who.displayName || who.login),
    h('nav', { class: 'actions', 'aria-label': t('home') }, h('a', { class: 'primary', href: '#/account', id: 'account-page' },
      t('accountTitle'))),
    h('h2', {}, t(status) + '（' + queue.total + '）'), form,
    table([t('receiptNumbers'), t('groupNumber'), t('applicantType'), t('englishName'), t('submittedAt')], (queue.items || []).map(item => [
      h('a', { href: '#/review/' + item.receiptNumber, id: 'case-' + item.receiptNumber }, item.receiptNumber), item.groupNumber,
      pick(item.applicant.typeLabelZh, item.applicant.typeLabelEn), item.applicant.englishName || '', day(item.submittedAt)])));
}

/** What each desk decides (CaseAction's performers); the server checks it again. */
const DESK_ACTIONS = {
  OFFICER_FIRST_REVIEW: ['PASS_FIRST_REVIEW', 'RETURN_FOR_CORRECTION', 'REQUEST_SUPPLEMENT', 'NOT_ACCEPT'],
  OFFICER_SECOND_REVIEW: ['APPROVE', 'NOT_APPROVE', 'RETURN_TO_FIRST_REVIEW', 'REVOKE_GRANT'],
  OFFICER_CARD_DESK: ['MARK_CARD_READY'],
};

/** An officer's case screen: the form's data beside the uploaded documents, and the decision. */
async function reviewCase(receipt) {
  const [view, all, nations] = await Promise.all([api.get('/review/cases/' + receipt), types(), reference('nationality')]);
  const type = all.find(o => o.id === view.summary.applicantType);
  const viewer = h('div', { class: 'viewer', id: 'viewer', 'aria-live': 'polite' }, h('p', { class: 'hint' }, t('pickDocument')));
  const data = h('dl', { class: 'data' }, (type ? type.fields : []).filter(spec => view.fields[spec.name]).map(spec => [
    h('dt', {}, pick(spec.labelZh, spec.labelEn)), h('dd', {}, shown(spec, view.fields[spec.name], nations))]));
  const files = h('ul', { class: 'files' }, view.documents.map(doc => h('li', {}, documentButton(view.groupId, doc, viewer,
    type ? labelOf(type, 'documents.' + doc.documentType) : doc.documentType))));
  const mine = DESK_ACTIONS[api.account().role] || [];
  const actions = view.allowedActions.filter(action => mine.includes(action));
  const action = h('select', { id: 'action', name: 'action' }, h('option', { value: '' }, t('choose')),
    actions.map(a => h('option', { value: a }, t(a))));
  const comment = h('textarea', { id: 'comment', name: 'comment', rows: 4, maxlength: 2000 });
  // One decision for every case of the group that can take it, e.g. the whole group returned with one comment.
  const wholeGroup = h('input', { type: 'checkbox', id: 'whole-group', name: 'wholeGroup' });
  const button = h('button', { class: 'primary', type: 'submit', id: 'decide' }, t('decide'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      const decision = { action: action.value || null, comment: comment.value };
      try {
        if (wholeGroup.checked) {
          const decided = await api.post('/review/groups/' + view.groupNumber + '/decisions', decision);
          go('/home', { text: t('decided') + '：' + view.groupNumber + '（' + decided.length + ' ' + t('cases') + '）', ok: true });
          return;
        }
        const decided = await api.post('/review/cases/' + receipt + '/decisions', decision);
        go('/home', { text: t('decided') + '：' + receipt + ' → ' + t(decided.summary.status), ok: true });
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, h('h2', {}, t('decision')), field('action', t('decision'), action, true), field('comment', t('comment'), comment, false,
    t('commentHint')),
    api.account().role === 'OFFICER_CARD_DESK' ? null
      : h('div', {}, wholeGroup, ' ', h('label', { for: 'whole-group' }, t('wholeGroup'))),
    h('div', {}, button));
  show(h('h1', {}, receipt + '　' + (type ? pick(type.labelZh, type.labelEn) : view.summary.applicantType) + '　'
      + t(view.summary.applicationKind)),
    h('p', {}, t('groupNumber') + '：' + view.groupNumber + '　' + t('status') + '：' + t(view.summary.status)),
    h('div', { class: 'side-by-side' }, h('section', { 'aria-label': t('form') }, h('h2', {}, t('form')), data),
      h('section', { 'aria-label': t('documents') }, h('h2', {}, t('documents')), files, viewer)),
    actions.length ? form : h('p', {}, t('noDecision')));
}

/**
 * The card desk (§4.11): the case found by receipt number and the payer's name together; a paid
 * case's card marked made, a made card's pickup recorded (已領證) — the receipt serves once.
 */
async function cardDesk(found = null) {
  const receipt = h('input', { id: 'desk-receipt', name: 'receiptNumber', inputmode: 'numeric', autocomplete: 'off', required: true,
    value: found ? found.summary.receiptNumber : '' });
  const payer = h('input', { id: 'desk-payer', name: 'payerName', autocomplete: 'off', required: true, value: found ? found.payer : '' });
  const button = h('button', { class: 'primary', type: 'submit', id: 'desk-find' }, t('find'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      try {
        const view = await api.get('/card-desk/cases/' + encodeURIComponent(receipt.value.trim()) + '?payerName='
          + encodeURIComponent(payer.value));
        view.payer = payer.value;
        await cardDesk(view);
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, field('desk-receipt', t('receiptNumbers'), receipt, true), field('desk-payer', t('payerName'), payer, true),
    h('div', {}, button));
  const parts = [h('h1', {}, t('cardDesk')), form];
  if (found) {
    const status = found.summary.status;
    const act = h('button', { class: 'primary', type: 'button', id: 'desk-act', hidden: status !== 'PAID' && status !== 'CARD_READY' },
      status === 'PAID' ? t('MARK_CARD_READY') : t('recordPickup'));
    act.addEventListener('click', () => once(act, async () => {
      try {
        const done = status === 'PAID'
          ? await api.post('/review/cases/' + found.summary.receiptNumber + '/decisions', { action: 'MARK_CARD_READY' })
          : await api.post('/card-desk/pickups', { receiptNumber: found.summary.receiptNumber, payerName: found.payer });
        done.payer = found.payer;
        await cardDesk(done);
        notice(t(done.summary.status), true);
      } catch (failure) {
        if (!(failure instanceof api.Problem)) {
          throw failure;
        }
        notice(failure.message_());
      }
    }));
    parts.push(h('section', { 'aria-label': t('case') }, h('h2', {}, found.summary.receiptNumber),
      h('dl', { class: 'data' }, h('dt', {}, t('englishName')), h('dd', {}, found.summary.englishName || ''),
        h('dt', {}, t('groupNumber')), h('dd', {}, found.groupNumber),
        h('dt', {}, t('status')), h('dd', { id: 'desk-status', 'data-status': status }, t(status))), act));
  }
  show(parts);
}

/** A field's value as the form shows it: a choice by its label, a country by its name. */
function shown(spec, value, nations) {
  const choice = spec.kind === 'COUNTRY' ? (nations.find(n => n.code === value) || null) : (spec.choices || []).find(c => c.value === value);
  return !choice ? value : spec.kind === 'COUNTRY' ? pick(choice.nameZh, choice.nameEn) : pick(choice.labelZh, choice.labelEn);
}

function documentButton(groupId, doc, viewer, label) {
  const button = h('button', { type: 'button', class: 'secondary', id: 'view-' + doc.documentType }, label + '（' + doc.fileName + '）');
  button.addEventListener('click', () => once(button, async () => {
    let url;
    try {
      url = URL.createObjectURL(await api.blob('/groups/' + groupId + '/documents/' + doc.documentId));
    } catch (failure) {
      if (!(failure instanceof api.Problem)) {
        throw failure;
      }
      notice(failure.message_());
      return;
    }
    viewer.replaceChildren(doc.mediaType === 'application/pdf'
      ? h('iframe', { src: url, title: label })
      : h('img', { src: url, alt: label }));
  }));
  return button;
}

async function newGroup() {
  const [all, offices] = await Promise.all([types(), api.get('/pickup-offices')]);
  const lines = {};
  const portal = portalOf(api.account());
  all.filter(type => type.portals.includes(portal)).forEach(type => type.businessLines.forEach(line => { lines[line.groupCode] = line; }));
  const consent = h('input', { type: 'checkbox', id: 'consent', name: 'consent' });
  const line = h('select', { id: 'businessLine', name: 'businessLine', required: true },
    Object.values(lines).map(l => h('option', { value: l.groupCode }, l.groupCode + ' ' + pick(l.nameZh, l.nameEn))));
  const name = h('input', { id: 'applicationName', name: 'applicationName', maxlength: 100, required: true });
  const office = h('select', { id: 'pickupOffice', name: 'pickupOffice', required: true },
    offices.map(o => h('option', { value: o.code }, pick(o.nameZh, o.nameEn))));
  // The sender (送件人): prefilled from the school's handler, as the seeds' form is.
  const handler = api.account().schoolNumber ? ((await api.get('/school/profile').catch(() => ({}))).handler || {}) : {};
  const sender = {
    name: h('input', { id: 'sender.name', name: 'sender.name', autocomplete: 'name', value: handler.name || '' }),
    nationalId: h('input', { id: 'sender.nationalId', name: 'sender.nationalId', value: handler.nationalId || '' }),
    phone: h('input', { id: 'sender.phone', name: 'sender.phone', type: 'tel', autocomplete: 'tel', value: handler.landline || handler.mobile || '' }),
    email: h('input', { id: 'sender.email', name: 'sender.email', type: 'email', autocomplete: 'email', value: handler.email || '' }),
    address: h('input', { id: 'sender.address', name: 'sender.address', autocomplete: 'street-address' }),
  };
  const button = h('button', { class: 'primary', type: 'submit', id: 'create-group' }, t('create'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      try {
        const created = await api.post('/groups', { consent: consent.checked, businessLine: line.value, applicationName: name.value,
          pickupMethod: 'SELF_PICKUP', pickupOffice: office.value,
          sender: portal === 'SCHOOL' ? Object.fromEntries(Object.entries(sender).map(([key, input]) => [key, input.value])) : undefined });
        go('/groups/' + created.groupId);
      } catch (failure) {
        report(form, failure);
      }
    });
  } },
    h('fieldset', {}, h('legend', {}, t('consentTitle')), h('p', {}, t('consentText')),
      h('div', { 'data-field': 'consent' }, consent, ' ', h('label', { for: 'consent' }, t('consent')),
        h('span', { class: 'error', id: 'consent-error' }))),
    // A student is their own sender; a school names the clerk who sends.
    portal === 'SCHOOL' ? [h('h2', {}, t('sender')),
      field('sender.name', t('senderName'), sender.name, true),
      field('sender.nationalId', t('senderNationalId'), sender.nationalId, true),
      field('sender.phone', t('senderPhone'), sender.phone, true),
      field('sender.email', t('senderEmail'), sender.email, true),
      field('sender.address', t('senderAddress'), sender.address, false)] : null,
    h('h2', {}, t('applicationData')),
    field('businessLine', t('line'), line, true),
    field('applicationName', t('applicationName'), name, true),
    field('pickupOffice', t('pickupOffice'), office, true),
    h('div', {}, button));
  show(h('h1', {}, t('newApplication')), form);
}

async function group(id) {
  const [view, all] = await Promise.all([api.get('/groups/' + encodeURIComponent(id)), types()]);
  const offered = all.filter(type => type.portals.includes(portalOf(api.account())))
    .filter(type => type.businessLines.some(line => line.groupCode === view.businessLine));
  const parts = [h('h1', {}, view.applicationName),
    h('p', {}, t('line') + '：' + view.businessLine + (view.groupNumber ? '　' + t('groupNumber') + '：' + view.groupNumber : ''))];
  if (view.draft) {
    const file = h('input', { type: 'file', id: 'powerOfAttorney', accept: 'image/jpeg,image/png,image/bmp,application/pdf' });
    const held = view.documents.filter(d => d.documentType === 'powerOfAttorney');
    parts.push(h('h2', {}, t('groupDocuments')),
      h('div', { class: 'field', 'data-field': 'powerOfAttorney' }, h('label', { for: 'powerOfAttorney' }, t('powerOfAttorney')),
        h('span', { class: 'badge ' + (held.length ? 'done' : 'todo') }, held.length ? t('uploaded') + '：' + held[0].fileName : t('notUploaded')),
        file, h('span', { class: 'error', id: 'powerOfAttorney-error' })));
    file.addEventListener('change', () => uploadThen(file, '/groups/' + view.groupId + '/documents/powerOfAttorney', () => group(id)));
  }
  parts.push(h('h2', {}, t('applicants')), table([t('applicantType'), t('applicationKind'), t('englishName'), t('status'), ''],
    view.applicants.map(a => [pick(a.typeLabelZh, a.typeLabelEn), t(a.applicationKind), a.englishName || '',
      a.receiptNumber ? h('span', { class: 'status', 'data-status': a.status }, a.receiptNumber + ' ' + t(a.status)) : h('span', { class: 'badge ' + (a.complete ? 'done' : 'todo') },
        a.complete ? t('complete') : t('incomplete')),
      h('span', { class: 'actions' }, h('a', { href: '#/groups/' + view.groupId + '/applicants/' + a.applicantId }, t('edit')),
        WITHDRAWABLE.includes(a.status) ? withdrawButton(view, { receiptNumber: a.receiptNumber }, t('withdrawCase'),
          t('confirmWithdrawCase') + a.receiptNumber) : null)])));
  if (view.draft) {
    parts.push(addApplicantForm(view, offered), submitButton(view));
  } else if (view.applicants.some(a => WITHDRAWABLE.includes(a.status))) {
    parts.push(h('div', { class: 'actions' }, withdrawButton(view, { groupNumber: view.groupNumber }, t('withdrawGroup'),
      t('confirmWithdrawGroup') + view.groupNumber)));
  }
  show(parts);
}

/** Statuses a case can be withdrawn from (撤銷): its review has not ended. The server checks again. */
const WITHDRAWABLE = ['AWAITING_FIRST_REVIEW', 'RETURNED_FOR_CORRECTION', 'AWAITING_SUPPLEMENT', 'AWAITING_SECOND_REVIEW'];

/** Withdraws one case or the whole group after the applicant confirms; nothing can undo it. */
function withdrawButton(view, what, label, question) {
  const button = h('button', { type: 'button', class: 'secondary', id: 'withdraw-' + (what.receiptNumber || 'group') }, label);
  button.addEventListener('click', () => once(button, async () => {
    if (!confirm(question)) {
      return;
    }
    try {
      const done = await api.post('/withdrawals', { ...what, confirm: true });
      go('/groups/' + view.groupId, { text: t('withdrawn') + done.receiptNumbers.join('、'), ok: true });
    } catch (failure) {
      if (!(failure instanceof api.Problem)) {
        throw failure;
      }
      notice(failure.message_());
    }
  }));
  return button;
}

/** @returns {string} the portal (as the applicant types name theirs) the signed-in account files on */
function portalOf(who) {
  const role = who ? who.role : '';
  return role === 'STUDENT_MAINLAND' ? 'MAINLAND_STUDENT' : role === 'STUDENT_HK_MACAO' ? 'HK_MACAO_STUDENT'
    : role === 'STUDENT_INDIVIDUAL' ? 'FOREIGN_STUDENT' : 'SCHOOL';
}

function addApplicantForm(view, offered) {
  const type = h('select', { id: 'applicantType', name: 'applicantType' },
    offered.map(o => h('option', { value: o.id }, pick(o.labelZh, o.labelEn))));
  const kind = h('select', { id: 'applicationKind', name: 'applicationKind' });
  const number = h('input', { id: 'grantNumber', name: 'grantNumber', autocomplete: 'off' });
  const numberField = field('grantNumber', '', number, true);
  function kinds() {
    const chosen = offered.find(o => o.id === type.value);
    const line = chosen.businessLines.find(l => l.groupCode === view.businessLine);
    kind.replaceChildren(...['FIRST_APPLICATION', 'RENEWAL', 'EXTENSION', 'DATA_CHANGE'].filter(k => line.kinds.includes(k))
      .map(k => h('option', { value: k }, t(k))));
    numberHint();
  }
  function numberHint() {
    const chosen = offered.find(o => o.id === type.value);
    numberField.hidden = kind.value === 'FIRST_APPLICATION';
    numberField.querySelector('label').textContent = chosen.grantNumber === 'PERMIT'
      ? pick('現行入出境許可證號', 'Current permit number') : pick('居留證統一證號', 'Resident certificate number');
  }
  type.addEventListener('change', kinds);
  kind.addEventListener('change', numberHint);
  if (offered.length) {
    kinds();
  }
  const button = h('button', { class: 'primary', type: 'submit', id: 'add-applicant' }, t('add'));
  const form = h('form', { class: 'stack', onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      const chosen = offered.find(o => o.id === type.value);
      const body = { applicantType: type.value, applicationKind: kind.value, fields: {} };
      if (kind.value !== 'FIRST_APPLICATION') {
        body[chosen.grantNumber === 'PERMIT' ? 'permitNumber' : 'residentCertificateNumber'] = number.value;
      }
      try {
        const added = await api.post('/groups/' + view.groupId + '/applicants', body);
        go('/groups/' + view.groupId + '/applicants/' + added.summary.applicantId);
      } catch (failure) {
        report(form, failure, { residentCertificateNumber: 'grantNumber', permitNumber: 'grantNumber' });
      }
    });
  } }, h('h2', {}, t('addApplicant')), field('applicantType', t('applicantType'), type, true),
    field('applicationKind', t('applicationKind'), kind, true), numberField, h('div', {}, button));
  return form;
}

function submitButton(view) {
  const button = h('button', { class: 'primary', type: 'button', id: 'submit-group' }, t('submit'));
  button.addEventListener('click', () => once(button, async () => {
    if (!confirm(t('confirmSubmit'))) {
      return;
    }
    notice('');
    try {
      const done = await api.post('/groups/' + view.groupId + '/submission', {});
      show(h('h1', {}, t('submitted') + done.groupNumber),
        h('p', { class: 'result', id: 'group-number' }, t('groupNumber') + '：' + done.groupNumber),
        h('p', {}, t('receiptNumbers') + '：', h('span', { id: 'receipts' }, done.receipts.map(r => r.receiptNumber).join('、'))),
        h('p', {}, h('a', { href: '#/progress' }, t('progress'))));
      notice(t('submitted') + done.groupNumber, true);
    } catch (failure) {
      if (!(failure instanceof api.Problem)) {
        throw failure;
      }
      notice(failure.message_() + ' ' + failure.fields().map(f => f.field + ': ' + f.message).join('；'));
    }
  }));
  return h('div', { class: 'actions' }, button);
}

async function applicant(groupId, applicantId) {
  const [view, all] = await Promise.all([api.get('/groups/' + groupId + '/applicants/' + applicantId), types()]);
  const type = all.find(o => o.id === view.summary.applicantType);
  const inputs = {};
  const rows = [];
  // A draft and a case returned for correction take changes; one awaiting supplements takes files only (§4.7).
  const editable = !view.summary.receiptNumber || view.summary.status === 'RETURNED_FOR_CORRECTION';
  const filesOpen = editable || view.summary.status === 'AWAITING_SUPPLEMENT';
  for (const spec of type.fields) {
    const input = await inputFor(spec, view.fields[spec.name] || '');
    input.disabled = !editable;
    inputs[spec.name] = input;
    rows.push(field(spec.name, pick(spec.labelZh, spec.labelEn), input, spec.required));
  }
  const button = h('button', { class: 'primary', type: 'submit', id: 'save-applicant' }, t('save'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      const fields = {};
      for (const [name, input] of Object.entries(inputs)) {
        fields[name] = input.type === 'checkbox' ? (input.checked ? 'true' : '') : input.value;
      }
      try {
        await api.put('/groups/' + groupId + '/applicants/' + applicantId, { fields });
        await applicant(groupId, applicantId);
        notice(t('saved'), true);
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, rows, editable ? h('div', {}, button) : null);
  const documents = type.documents.map(doc => {
    const held = view.documents.filter(d => d.documentType === doc.code);
    const file = h('input', { type: 'file', id: 'document-' + doc.code, disabled: !filesOpen,
      accept: 'image/jpeg,image/png,image/bmp' + (doc.pdfAllowed ? ',application/pdf' : '') });
    file.addEventListener('change', () => uploadThen(file, '/groups/' + groupId + '/applicants/' + applicantId + '/documents/' + doc.code,
      () => applicant(groupId, applicantId)));
    return h('div', { class: 'field', 'data-field': 'documents.' + doc.code },
      h('label', { for: file.id }, pick(doc.labelZh, doc.labelEn), ' ', h('span', { class: 'hint' }, pick(doc.whenZh, doc.whenEn))),
      h('span', { class: 'badge ' + (held.length ? 'done' : 'todo') }, held.length ? t('uploaded') + '：' + held.map(d => d.fileName).join('、') : t('notUploaded')),
      file, h('span', { class: 'error', id: file.id + '-error' }));
  });
  const missing = view.missing.map(m => pick(m.messageZh, m.messageEn) + '（' + labelOf(type, m.field) + '）');
  show(h('h1', {}, pick(type.labelZh, type.labelEn) + '　' + t(view.summary.applicationKind)),
    h('p', {}, h('a', { href: '#/groups/' + groupId }, t('back'))),
    h('p', { id: 'completeness', class: 'badge ' + (view.summary.complete ? 'done' : 'todo') },
      view.summary.complete ? t('complete') : t('stillMissing') + ' ' + missing.join('、')),
    h('h2', {}, t('form')), form, h('h2', {}, t('documents')), h('div', { class: 'stack' }, documents),
    filesOpen && view.summary.receiptNumber ? await resubmission(groupId, applicantId) : null);
}

/** The reviewer's comment, the applicant's optional reply, and sending the case back to review (補正送件). */
async function resubmission(groupId, applicantId) {
  const comments = (await api.get('/groups/' + groupId + '/comments')).filter(c => !c.applicantId || c.applicantId === applicantId);
  const reply = h('textarea', { id: 'reply', name: 'reply', rows: 3, maxlength: 2000 });
  const button = h('button', { class: 'primary', type: 'submit', id: 'resubmit' }, t('resubmit'));
  const form = h('form', { class: 'stack', onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      try {
        await api.post('/groups/' + groupId + '/applicants/' + applicantId + '/resubmission', { reply: reply.value || null });
        go('/groups/' + groupId, { text: t('resubmitted'), ok: true });
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, h('h2', {}, t('reviewComments')),
    h('ul', { id: 'comments' }, comments.map(c => h('li', {}, day(c.at) + '　' + c.body))),
    field('reply', t('reply'), reply, false), h('div', {}, button));
  return form;
}

function labelOf(type, name) {
  if (name.startsWith('documents.')) {
    const doc = type.documents.find(d => 'documents.' + d.code === name);
    return doc ? pick(doc.labelZh, doc.labelEn) : name;
  }
  const spec = type.fields.find(f => f.name === name);
  return spec ? pick(spec.labelZh, spec.labelEn) : name;
}

async function inputFor(spec, value) {
  const common = { id: 'f-' + spec.name, name: spec.name };
  switch (spec.kind) {
    case 'CHOICE':
      return select(common, spec.choices.map(c => [c.value, pick(c.labelZh, c.labelEn)]), value);
    case 'COUNTRY':
      return select(common, (await reference('nationality')).map(c => [c.code, pick(c.nameZh, c.nameEn)]), value);
    case 'TAIWAN_COUNTY':
      return select(common, (await reference('county')).map(c => [c.nameZh, pick(c.nameZh, c.nameEn)]), value);
    case 'BOOLEAN': {
      const box = h('input', { ...common, type: 'checkbox' });
      box.checked = value === 'true';
      return box;
    }
    case 'DATE': case 'PAST_DATE': case 'FUTURE_DATE':
      return h('input', { ...common, type: 'date', value });
    case 'EMAIL':
      return h('input', { ...common, type: 'email', value, maxlength: spec.maxLength });
    case 'PHONE':
      return h('input', { ...common, type: 'tel', value, maxlength: spec.maxLength });
    default:
      return h('input', { ...common, value, maxlength: spec.maxLength });
  }
}

/**
 * Online payment (線上繳費, §4.9): the approved groups awaiting payment, chosen one or several; their
 * fee and each channel's own charge apart; then the provider's page, reached by posting the signed
 * form the channel made.
 */
async function payable() {
  const groups = await api.get('/payments/payable');
  const boxes = groups.map(g => h('input', { type: 'checkbox', id: 'payable-' + g.groupNumber, value: g.groupNumber,
    disabled: Boolean(g.openOrderId) }));
  const button = h('button', { class: 'primary', type: 'submit', id: 'quote' }, t('next'));
  const form = h('form', { class: 'stack', onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      const chosen = boxes.filter(box => box.checked).map(box => box.value);
      try {
        choose(await api.post('/payments/quote', { groupNumbers: chosen }));
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, table(['', t('groupNumber'), t('applicationName'), t('cases'), t('amount'), t('payBy')], groups.map((g, i) => [
    boxes[i], h('label', { for: boxes[i].id }, g.groupNumber), g.applicationName, g.applicants, g.amountTwd.toLocaleString(),
    g.deadline])), groups.length ? h('div', {}, button) : null);
  show(h('h1', {}, t('payment')), h('p', {}, t('paymentNote')), form);
}

/** The channels for the chosen groups; paying posts the channel's form to the provider's page. */
function choose(quote) {
  const radios = quote.channels.filter(c => c.available).map(c => h('input', { type: 'radio', name: 'channel', id: 'channel-' + c.id,
    value: c.id }));
  const nationalId = h('input', { id: 'payerNationalId', name: 'payerNationalId', autocomplete: 'off' });
  const button = h('button', { class: 'primary', type: 'submit', id: 'pay-now' }, t('payNow'));
  const key = idempotencyKey(); // one order however often the button is pressed
  const form = h('form', { class: 'stack', onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      const channel = radios.find(r => r.checked);
      try {
        const order = await api.postWithKey('/payments', key, { groupNumbers: quote.groups.map(g => g.groupNumber),
          channelId: channel ? channel.value : null, payerNationalId: nationalId.value || null });
        if (order.redirect) {
          const provider = h('form', { method: order.redirect.method || 'POST', action: order.redirect.url, hidden: true },
            Object.entries(order.redirect.fields).map(([name, value]) => h('input', { type: 'hidden', name, value })));
          document.body.appendChild(provider);
          provider.submit();
        } else {
          go('/payments/' + order.id);
        }
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, h('p', { id: 'total' }, t('total') + '：NT$ ' + quote.amountTwd.toLocaleString()),
    h('fieldset', { 'data-field': 'channelId' }, h('legend', {}, t('channel')),
      quote.channels.filter(c => c.available).map((c, i) => h('div', {}, radios[i], ' ',
        h('label', { for: radios[i].id }, pick(c.labelZh, c.labelEn) + '（' + pick(c.feeNoteZh, c.feeNoteEn) + '）'))),
      h('span', { class: 'error', id: 'channel-error' })),
    field('payerNationalId', t('payerNationalId'), nationalId, false, t('payerNationalIdHint')),
    h('div', {}, button));
  show(h('h1', {}, t('payment')), form);
}

/** @returns {string} a random version-4 UUID (crypto.randomUUID needs https, which a test setup may lack) */
function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
}

/** Where the provider sends the payer back: the order's outcome, followed until the provider has told Sojourn. */
async function paymentResult(id) {
  const order = await api.get('/payments/' + encodeURIComponent(id));
  const paid = order.status === 'SUCCEEDED';
  show(h('h1', {}, t('paymentResult')),
    h('p', { class: 'result', id: 'payment-status', 'data-status': order.status }, t('order_' + order.status)),
    h('p', {}, t('amount') + '：NT$ ' + order.amountTwd.toLocaleString() + (order.paidAt ? '　' + new Date(order.paidAt).toLocaleString('zh-TW',
      { timeZone: 'Asia/Taipei' }) : '')),
    order.instructions ? h('p', {}, downloadButton('/api/v1/payments/' + order.id + '/slip.pdf', 'slip-' + order.reference + '.pdf')) : null,
    paid ? h('p', {}, h('a', { class: 'primary', href: '#/downloads' }, t('downloads'))) : null);
  if (order.status === 'PENDING' && !order.instructions && location.hash === '#/payments/' + id) {
    // The provider's call back usually lands within seconds of the payer's return.
    setTimeout(() => { if (location.hash === '#/payments/' + id) { paymentResult(id); } }, 1000);
  }
}

async function progress() {
  const page = await api.get('/progress?page=0&size=50');
  show(h('h1', {}, t('progress')),
    table([t('groupNumber'), t('applicationName'), t('line'), t('receiptNumbers'), t('cases'), t('submittedAt')],
      page.items.map(row => [h('a', { href: '#/groups/' + row.groupNumber }, row.groupNumber), row.applicationName, row.businessLine,
        row.firstReceipt + (row.lastReceipt !== row.firstReceipt ? ' ~ ' + row.lastReceipt : ''), row.cases, day(row.submittedAt)])));
}

async function downloads() {
  const [certificates, receipts] = await Promise.all([api.get('/certificates'), api.get('/fee-receipts')]);
  show(h('h1', {}, t('downloads')),
    h('h2', {}, t('certificates')),
    table([t('groupNumber'), t('receiptNumbers'), t('holder'), t('validUntil'), ''], certificates.map(item => [item.certificate.groupNumber,
      item.certificate.receiptNumber, item.certificate.holder, item.certificate.validUntil,
      item.download ? downloadButton(item.download, item.certificate.receiptNumber + 'r.pdf') : t('madeAtDesk')])),
    h('h2', {}, t('receipts')),
    table([t('groupNumber'), t('receiptNumbers'), t('amount'), ''], receipts.map(item => [item.receipt.groupNumber, item.receipt.receiptNumber,
      item.receipt.amountTwd.toLocaleString(), downloadButton(item.download, 'fee-receipt-' + item.receipt.groupNumber + '.pdf')])));
}

// --- the frame: language, session countdown, sign-out --------------------------------------

function frame() {
  const who = api.account();
  document.getElementById('who').textContent = who ? (who.displayName || who.login) : '';
  document.getElementById('sign-out').hidden = !who;
}

function countdown() {
  const expires = api.sessionExpiresAt();
  const shown = document.getElementById('countdown');
  if (!expires || !api.account()) {
    shown.textContent = '';
    return;
  }
  const left = Math.max(0, Math.round((expires.getTime() - Date.now()) / 1000));
  shown.textContent = t('signedOutIn') + ' ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
  if (left === 0) {
    expired();
  }
}

function expired() {
  api.forget();
  frame();
  go('/', { text: t('sessionExpired'), ok: false });
}

window.addEventListener('sojourn:expired', expired);
window.addEventListener('hashchange', () => { frame(); route(); });
document.getElementById('language').addEventListener('click', () => { toggleLanguage(); translateStatic(); route(); });
document.getElementById('sign-out').addEventListener('click', async () => {
  try {
    await api.del('/session');
  } catch (alreadyGone) {
    // signed out either way
  }
  api.forget();
  forgetCatalog();
  queueFilters = {};
  frame();
  go('/');
});
translateStatic();
frame();
setInterval(countdown, 1000);
if (api.account()) {
  api.get('/session').catch(() => undefined); // the answer's header restarts the countdown after a reload
}
route();
