// The pieces every page's forms are made of: labelled fields with their error, the captcha, tables,
// and putting the API's problems next to the fields they concern.
import * as api from './api.js';
import { h, notice, once } from './dom.js';
import { t } from './i18n.js';

export function field(id, label, input, required, hint) {
  return h('div', { class: 'field', 'data-field': id },
    h('label', { for: input.id, class: required ? 'required' : null }, label), input,
    hint ? h('span', { class: 'hint' }, hint) : null,
    h('span', { class: 'error', id: input.id + '-error' }));
}

/** The picture captcha with its answer box and a button for another picture. */
export function captchaField() {
  const answer = h('input', { id: 'captcha-answer', name: 'captchaAnswer', inputmode: 'numeric', autocomplete: 'off', required: true,
    'aria-describedby': 'captcha-hint' });
  const picture = h('img', { id: 'captcha-image', alt: t('captcha') });
  let captchaId = null;
  async function renew() {
    const captcha = await api.get('/captcha');
    captchaId = captcha.captchaId;
    picture.src = captcha.image;
    picture.dataset.captchaId = captchaId; // public anyway (it goes back with the answer); browser tests read it
    answer.value = '';
  }
  const element = h('div', { class: 'field', 'data-field': 'captchaAnswer' },
    h('label', { for: 'captcha-answer', class: 'required' }, t('captcha')),
    h('div', { class: 'captcha' }, picture, h('button', { type: 'button', class: 'secondary', onclick: renew }, t('newCaptcha'))),
    answer, h('span', { class: 'hint', id: 'captcha-hint' }, t('captchaHint')), h('span', { class: 'error', id: 'captcha-answer-error' }));
  return { element, renew, id: () => captchaId, answer: () => answer.value };
}

export function select(attributes, options, value) {
  const element = h('select', attributes, h('option', { value: '' }, t('choose')),
    options.map(([code, label]) => h('option', { value: code }, label)));
  element.value = value;
  return element;
}

/** Puts each field's error next to it and the message above the page; fields are matched by name. */
export function report(form, failure, aliases = {}) {
  if (!(failure instanceof api.Problem)) {
    throw failure;
  }
  form.querySelectorAll('.error').forEach(e => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  let first = null;
  for (const problem of failure.fields()) {
    const name = aliases[problem.field] || problem.field.replace(/^fields\./, '');
    const holder = form.querySelector('[data-field="' + CSS.escape(name) + '"]');
    if (holder) {
      holder.querySelector('.error').textContent = problem.message;
      const input = holder.querySelector('input, select, textarea');
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', holder.querySelector('.error').id);
      first = first || input;
    }
  }
  notice(failure.message_());
  if (first) {
    first.focus();
  }
}

export async function uploadThen(file, path, after) {
  if (!file.files.length) {
    return;
  }
  file.disabled = true;
  try {
    await api.upload(path, file.files[0]);
    await after();
    notice(t('uploaded') + '：' + file.files[0].name, true);
  } catch (failure) {
    if (!(failure instanceof api.Problem)) {
      throw failure;
    }
    document.getElementById(file.id + '-error').textContent = failure.message_();
    file.setAttribute('aria-invalid', 'true');
    notice(failure.message_());
  } finally {
    file.disabled = false;
  }
}

export function table(headings, rows) {
  if (!rows.length) {
    return h('p', {}, t('none'));
  }
  return h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, headings.map(heading => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell)))))));
}

export function downloadButton(path, name, label = t('download')) {
  const button = h('button', { type: 'button', class: 'secondary' }, label);
  button.addEventListener('click', () => once(button, async () => {
    try {
      await api.download(path.replace(/^\/api\/v1/, ''), name);
    } catch (failure) {
      if (!(failure instanceof api.Problem)) {
        throw failure;
      }
      notice(failure.message_());
    }
  }));
  return button;
}

export function day(instant) {
  return instant ? new Date(instant).toLocaleDateString('zh-TW', { timeZone: 'Asia/Taipei' }) : '';
}

/**
 * Labelled inputs for a record's fields, named by the dotted paths the API's problems use
 * ({@code address.county}, {@code handler.email}); value() reads them back into the nested record.
 *
 * @param specs  [{name, label, type?, required?, options?: [[code, label]], hint?, autocomplete?, max?}]
 * @param values the record as the API gave it, or {}
 * @param ids    what the inputs' ids start with, unique on the page (two forms may share field names)
 */
export function recordFields(specs, values = {}, readOnly = false, ids = 'in-') {
  const made = specs.map(spec => {
    const id = ids + spec.name;
    const current = valueAt(values, spec.name);
    const input = spec.options ? select({ id, name: spec.name }, spec.options, current || '')
      : h('input', { id, name: spec.name, type: spec.type || 'text', autocomplete: spec.autocomplete || 'off',
        maxlength: spec.max || null, value: current || '' });
    input.disabled = readOnly;
    return [spec, input];
  });
  return {
    elements: made.map(([spec, input]) => field(spec.name, spec.label, input, spec.required, spec.hint)),
    value() {
      const record = {};
      for (const [spec, input] of made) {
        let target = record;
        const path = spec.name.split('.');
        path.slice(0, -1).forEach(part => { target = target[part] = target[part] || {}; });
        target[path[path.length - 1]] = spec.type === 'date' && !input.value ? null : input.value;
      }
      return record;
    },
  };
}

function valueAt(record, path) {
  return path.split('.').reduce((value, part) => (value === null || value === undefined ? value : value[part]), record);
}
