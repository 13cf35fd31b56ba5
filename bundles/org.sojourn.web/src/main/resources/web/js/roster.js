// The school's student list (名冊匯入): the template, a dry run that reports every row's problems and
// writes nothing, then the import of the same file — all rows or none.
import * as api from './api.js';
import { h, show, notice, once } from './dom.js';
import { t, pick } from './i18n.js';
import { field, report, table, downloadButton } from './forms.js';
import { page } from './router.js';

page(/^\/roster$/, roster);

function roster() {
  const year = h('input', { id: 'roster-year', name: 'academicYear', inputmode: 'numeric', maxlength: 3, required: true });
  const semester = h('select', { id: 'roster-semester', name: 'semester', required: true },
    h('option', { value: '1' }, t('semester1')), h('option', { value: '2' }, t('semester2')));
  const file = h('input', { type: 'file', id: 'roster-file', name: 'file', required: true,
    accept: '.xls,.xlsx,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const outcome = h('section', { id: 'roster-report', 'aria-live': 'polite' });
  const check = h('button', { class: 'primary', type: 'submit', id: 'roster-check' }, t('checkList'));
  const commit = h('button', { class: 'primary', type: 'button', id: 'roster-import', hidden: true }, t('importList'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(check, () => send(false));
  } },
    field('academicYear', t('academicYear'), year, true, t('academicYearHint')),
    field('semester', t('semester'), semester, true),
    field('file', t('rosterFile'), file, true, t('rosterFileHint')),
    h('div', { class: 'actions' }, check, commit));
  commit.addEventListener('click', () => once(commit, () => send(true)));
  file.addEventListener('change', () => { commit.hidden = true; outcome.replaceChildren(); });

  async function send(write) {
    if (!file.files.length) {
      form.querySelector('#roster-file-error').textContent = t('chooseFile');
      return;
    }
    try {
      const answer = await api.upload('/roster/imports?academicYear=' + encodeURIComponent(year.value) + '&semester='
        + semester.value + '&commit=' + write, file.files[0]);
      outcome.replaceChildren(...reportOf(answer));
      // The same file may be written once the dry run found nothing wrong with it.
      commit.hidden = answer.committed || answer.problems.length > 0;
      notice(pick(answer.messageZh, answer.messageEn), answer.problems.length === 0);
    } catch (failure) {
      report(form, failure);
    }
  }

  show(h('h1', {}, t('roster')), h('p', {}, t('rosterNote')),
    h('p', { class: 'actions' }, downloadButton('/roster/template.xlsx', 'Student_List.xlsx', t('templateXlsx')),
      downloadButton('/roster/template.xls', 'Student_List.xls', t('templateXls'))),
    form, outcome);
}

function reportOf(answer) {
  return [h('h2', {}, answer.committed ? t('imported') : t('dryRun')),
    h('p', { id: 'roster-summary', 'data-problems': answer.problems.length }, pick(answer.messageZh, answer.messageEn) + '　'
      + t('rows') + '：' + answer.rows + '　' + t('newRows') + '：' + answer.inserted + '　' + t('updatedRows') + '：' + answer.updated),
    table([t('row'), t('column'), t('value'), t('problem')], answer.problems.map(p => [p.row, p.column, p.value || '',
      pick(p.messageZh, p.messageEn)]))];
}
