// Accounts: a mainland or Hong Kong/Macao student's registration and its mailed activation link, the
// forgotten password and its mailed link, and each account's own page (password; a school's profile
// and sub-accounts; a student's contact details).
import * as api from './api.js';
import { h, show, notice, once } from './dom.js';
import { t } from './i18n.js';
import { reference } from './catalog.js';
import { field, captchaField, report, table, day, recordFields } from './forms.js';
import { page, go } from './router.js';

page(/^\/register\/(mainland|hk-macao)$/, registration);
page(/^\/activate\/([A-Za-z0-9_-]+)$/, activation);
page(/^\/forgot$/, forgotten);
page(/^\/reset-password\/([A-Za-z0-9_-]+)$/, resetPassword);
page(/^\/account$/, accountPage);

/** A student registers against the agency's record of their permit (帳號註冊); the account waits for the mailed link. */
async function registration(portal) {
  const inputs = recordFields([
    { name: 'account', label: t('account'), required: true, autocomplete: 'username', hint: t('accountHint') },
    { name: 'password', label: t('password'), type: 'password', required: true, autocomplete: 'new-password', hint: t('passwordHint') },
    { name: 'passwordConfirmation', label: t('passwordAgain'), type: 'password', required: true, autocomplete: 'new-password' },
    { name: 'name', label: t('nameAsOnPermit'), required: true, autocomplete: 'name' },
    { name: 'birthDate', label: t('birthDate'), type: 'date', required: true, autocomplete: 'bday' },
    { name: 'permitNumber', label: t('permitNumber'), required: true, hint: t('permitNumberHint') },
    { name: 'email', label: t('email'), type: 'email', required: true, autocomplete: 'email', hint: t('activationHint') },
  ]);
  const captcha = captchaField();
  const button = h('button', { class: 'primary', type: 'submit', id: 'register' }, t('register'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      try {
        await api.post('/students/registrations', { ...inputs.value(), portal, captchaId: captcha.id(), captchaAnswer: captcha.answer() });
        go('/sign-in/' + portal, { text: t('registered'), ok: true });
      } catch (failure) {
        report(form, failure);
        await captcha.renew();
      }
    });
  } }, inputs.elements, captcha.element, h('div', {}, button));
  show(h('h1', {}, t(portal === 'mainland' ? 'portalMainland' : 'portalHkMacao') + ' — ' + t('register')),
    h('p', {}, t('registerNote')), form);
  await captcha.renew();
}

/** The mailed activation link: opening it activates the account, once. */
async function activation(token) {
  show(h('h1', {}, t('activation')), h('p', { id: 'activation' }, t('working')));
  try {
    await api.put('/students/activations/' + token);
    show(h('h1', {}, t('activation')), h('p', { class: 'result', id: 'activation', 'data-status': 'ACTIVE' }, t('activated')),
      h('p', {}, h('a', { class: 'primary', href: '#/' }, t('toSignIn'))));
  } catch (failure) {
    if (!(failure instanceof api.Problem)) {
      throw failure;
    }
    show(h('h1', {}, t('activation')), h('p', { id: 'activation', 'data-status': 'REFUSED' }, failure.message_()));
  }
}

/** 忘記密碼: the answer is the same whether or not the account exists, so it tells nobody which do. */
async function forgotten() {
  const account = h('input', { id: 'account', name: 'account', autocomplete: 'username', required: true });
  const captcha = captchaField();
  const button = h('button', { class: 'primary', type: 'submit', id: 'send-link' }, t('sendLink'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      try {
        await api.post('/password-resets', { account: account.value, captchaId: captcha.id(), captchaAnswer: captcha.answer() });
        go('/', { text: t('linkSent'), ok: true });
      } catch (failure) {
        report(form, failure);
        await captcha.renew();
      }
    });
  } }, field('account', t('account'), account, true), captcha.element, h('div', {}, button));
  show(h('h1', {}, t('forgotPassword')), h('p', {}, t('forgotNote')), form);
  await captcha.renew();
}

/** The mailed reset link: a new password, twice; every session of the account ends. */
function resetPassword(token) {
  const inputs = recordFields([
    { name: 'password', label: t('newPassword'), type: 'password', required: true, autocomplete: 'new-password', hint: t('passwordHint') },
    { name: 'passwordConfirmation', label: t('passwordAgain'), type: 'password', required: true, autocomplete: 'new-password' },
  ]);
  const button = h('button', { class: 'primary', type: 'submit', id: 'reset' }, t('setPassword'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      try {
        await api.put('/password-resets/' + token, inputs.value());
        go('/', { text: t('passwordSet'), ok: true });
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, inputs.elements, h('div', {}, button));
  show(h('h1', {}, t('forgotPassword')), form);
}

/** 帳號維護: the password for everyone with one; a school's profile and sub-accounts; a student's details. */
async function accountPage() {
  const who = api.account();
  if (!who) {
    return go('/');
  }
  const parts = [h('h1', {}, t('accountTitle') + '　' + who.login)];
  if (who.role === 'SCHOOL_MAIN' || who.role === 'SCHOOL_SUB') {
    parts.push(await schoolProfile(who.role === 'SCHOOL_MAIN'));
  }
  if (who.role === 'SCHOOL_MAIN') {
    parts.push(await subAccounts());
  }
  if (who.role === 'STUDENT_MAINLAND' || who.role === 'STUDENT_HK_MACAO') {
    parts.push(await studentProfile());
  }
  if (who.role !== 'STUDENT_INDIVIDUAL') {
    parts.push(passwordChange());
  }
  show(parts);
}

/** The nine parts of an address in Taiwan, under a prefix such as {@code address}. */
async function addressSpecs(prefix, required) {
  const counties = (await reference('county')).map(c => [c.nameZh, c.nameZh + ' ' + c.nameEn]);
  return [
    { name: prefix + '.postalCode', label: t('postalCode'), required, max: 6, autocomplete: 'postal-code' },
    { name: prefix + '.county', label: t('county'), required, options: counties },
    { name: prefix + '.district', label: t('district'), required, max: 20 },
    { name: prefix + '.village', label: t('village'), max: 20 },
    { name: prefix + '.neighbourhood', label: t('neighbourhood'), max: 10 },
    { name: prefix + '.street', label: t('street'), required, max: 50 },
    { name: prefix + '.lane', label: t('lane'), max: 20 },
    { name: prefix + '.alley', label: t('alley'), max: 20 },
    { name: prefix + '.number', label: t('houseNumber'), required, max: 50 },
  ];
}

/** The school's details (學校資料維護); the sub-accounts read them, the main account keeps them. */
async function schoolProfile(editable) {
  const profile = await api.get('/school/profile');
  const inputs = recordFields([
    { name: 'organisationName', label: t('organisationName') },
    { name: 'headName', label: t('headName'), required: true, max: 50 },
    { name: 'unit', label: t('unit'), required: true, max: 100 },
    { name: 'phone', label: t('phone'), type: 'tel', required: true, autocomplete: 'tel' },
    { name: 'fax', label: t('fax'), type: 'tel' },
    { name: 'email', label: t('email'), type: 'email', required: true, autocomplete: 'email' },
    ...await addressSpecs('address', true),
    { name: 'handler.name', label: t('handlerName'), required: true, max: 50 },
    { name: 'handler.nationalId', label: t('senderNationalId'), required: true, max: 10 },
    { name: 'handler.landline', label: t('landline'), type: 'tel' },
    { name: 'handler.mobile', label: t('mobile'), type: 'tel' },
    { name: 'handler.email', label: t('email'), type: 'email', required: true },
  ], profile, !editable, 'profile-');
  inputs.elements[0].querySelector('input').disabled = true; // the agency's register names the school
  const button = h('button', { class: 'primary', type: 'submit', id: 'save-profile' }, t('save'));
  const form = h('form', { class: 'stack', novalidate: true, 'aria-labelledby': 'profile-title', onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      try {
        await api.put('/school/profile', { ...inputs.value(), organisationName: profile.organisationName });
        notice(t('saved'), true);
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, h('h2', { id: 'profile-title' }, t('schoolProfile')), inputs.elements, editable ? h('div', {}, button) : null);
  return form;
}

/** The main account's sub-accounts (子帳號): made, disabled and enabled, given a new password, removed. */
async function subAccounts() {
  const accounts = await api.get('/school/sub-accounts');
  const rows = accounts.map(account => {
    const toggle = h('button', { type: 'button', class: 'secondary', id: 'toggle-' + account.login },
      account.enabled ? t('disable') : t('enable'));
    toggle.addEventListener('click', () => once(toggle, () => act(() => api.put('/school/sub-accounts/' + account.login + '/enabled',
      { enabled: !account.enabled }))));
    const remove = h('button', { type: 'button', class: 'secondary', id: 'remove-' + account.login }, t('remove'));
    remove.addEventListener('click', () => once(remove, async () => {
      if (confirm(t('confirmRemove') + account.login)) {
        await act(() => api.del('/school/sub-accounts/' + account.login));
      }
    }));
    return [account.login, account.name, account.unit, account.enabled ? t('enabled') : t('disabled'), day(account.lastSignInAt),
      h('span', { class: 'actions' }, toggle, remove)];
  });
  const inputs = recordFields([
    { name: 'name', label: t('senderName'), required: true, max: 50 },
    { name: 'nationalId', label: t('senderNationalId'), required: true, max: 10 },
    { name: 'birthday', label: t('birthDate'), type: 'date', required: true },
    { name: 'unit', label: t('unit'), required: true, max: 100 },
    { name: 'password', label: t('password'), type: 'password', required: true, autocomplete: 'new-password', hint: t('passwordHint') },
    { name: 'passwordConfirmation', label: t('passwordAgain'), type: 'password', required: true, autocomplete: 'new-password' },
    { name: 'landline', label: t('landline'), type: 'tel' },
    { name: 'mobile', label: t('mobile'), type: 'tel' },
    { name: 'email', label: t('email'), type: 'email', required: true },
    ...await addressSpecs('address', true),
  ], {}, false, 'sub-');
  const button = h('button', { class: 'primary', type: 'submit', id: 'create-sub-account' }, t('add'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      try {
        const made = await api.post('/school/sub-accounts', inputs.value());
        go('/account', { text: t('subAccountMade') + made.login, ok: true });
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, h('h3', {}, t('newSubAccount')), inputs.elements, h('div', {}, button));
  return h('section', { 'aria-labelledby': 'sub-accounts-title' }, h('h2', { id: 'sub-accounts-title' }, t('subAccounts')),
    table([t('account'), t('senderName'), t('unit'), t('state'), t('lastSignIn'), ''], rows),
    accounts.length ? subAccountPassword(accounts) : null, form);
}

/** A new password for a sub-account whose holder forgot theirs or left. */
function subAccountPassword(accounts) {
  const inputs = recordFields([
    { name: 'login', label: t('account'), required: true, options: accounts.map(a => [a.login, a.login + ' ' + a.name]) },
    { name: 'password', label: t('newPassword'), type: 'password', required: true, autocomplete: 'new-password', hint: t('passwordHint') },
    { name: 'passwordConfirmation', label: t('passwordAgain'), type: 'password', required: true, autocomplete: 'new-password' },
  ], {}, false, 'subpw-');
  const button = h('button', { class: 'primary', type: 'submit', id: 'set-sub-password' }, t('setPassword'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      const { login, ...password } = inputs.value();
      try {
        await api.put('/school/sub-accounts/' + encodeURIComponent(login) + '/password', password);
        go('/account', { text: t('passwordSet'), ok: true });
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, h('h3', {}, t('setPassword')), inputs.elements, h('div', {}, button));
  return form;
}

/** Runs a change to a sub-account and redraws the page with its outcome. */
async function act(change) {
  try {
    await change();
    go('/account', { text: t('saved'), ok: true });
  } catch (failure) {
    if (!(failure instanceof api.Problem)) {
      throw failure;
    }
    notice(failure.message_() + ' ' + failure.fields().map(f => f.message).join(' '));
  }
}

/** A student's contact details (個人資料維護); a new e-mail address needs the password. */
async function studentProfile() {
  const profile = await api.get('/students/me');
  const inputs = recordFields([
    { name: 'account', label: t('account') },
    { name: 'name', label: t('nameAsOnPermit') },
    { name: 'email', label: t('email'), type: 'email', required: true, autocomplete: 'email' },
    { name: 'phone', label: t('phone'), type: 'tel', autocomplete: 'tel', hint: t('phoneHint') },
    ...await addressSpecs('address', false),
    { name: 'currentPassword', label: t('currentPassword'), type: 'password', autocomplete: 'current-password', hint: t('emailChangeHint') },
  ], profile, false, 'me-');
  inputs.elements.slice(0, 2).forEach(element => { element.querySelector('input').disabled = true; });
  const button = h('button', { class: 'primary', type: 'submit', id: 'save-profile' }, t('save'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      const changes = inputs.value();
      if (Object.values(changes.address).every(part => !part)) {
        changes.address = null; // no address in Taiwan yet
      }
      try {
        await api.put('/students/me', changes);
        notice(t('saved'), true);
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, h('h2', {}, t('profile')), inputs.elements, h('div', {}, button));
  return form;
}

/** 變更密碼: every session of the account ends with it, this one too. */
function passwordChange() {
  const inputs = recordFields([
    { name: 'currentPassword', label: t('currentPassword'), type: 'password', required: true, autocomplete: 'current-password' },
    { name: 'newPassword', label: t('newPassword'), type: 'password', required: true, autocomplete: 'new-password', hint: t('passwordHint') },
    { name: 'newPasswordAgain', label: t('passwordAgain'), type: 'password', required: true, autocomplete: 'new-password' },
  ], {}, false, 'pw-');
  const button = h('button', { class: 'primary', type: 'submit', id: 'change-password' }, t('changePassword'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      const change = inputs.value();
      if (change.newPassword !== change.newPasswordAgain) {
        form.querySelector('#pw-newPasswordAgain-error').textContent = t('passwordsDiffer');
        notice(t('passwordsDiffer'));
        return;
      }
      try {
        await api.put('/session/password', { currentPassword: change.currentPassword, newPassword: change.newPassword });
        api.forget();
        go('/', { text: t('passwordChanged'), ok: true });
      } catch (failure) {
        report(form, failure);
      }
    });
  } }, h('h2', {}, t('changePassword')), inputs.elements, h('div', {}, button));
  return form;
}
