// The administrator's pages: the applicant types and payment channels serving, the plugins on offer
// (installed, upgraded and removed while the system runs), and the reference lists forms choose from.
import * as api from './api.js';
import { h, show, notice, once } from './dom.js';
import { t, pick } from './i18n.js';
import { forgetCatalog } from './catalog.js';
import { table, report } from './forms.js';
import { page, go } from './router.js';

page(/^\/admin\/plugins$/, () => adminHome(api.account()));
page(/^\/admin\/reference(?:\/([a-z-]+))?$/, referenceData);

/** How long an installed plugin may take to start serving before the page stops waiting for it. */
const SETTLE_TRIES = 30;

function adminNav() {
  return h('nav', { class: 'actions', 'aria-label': t('administration') },
    h('a', { class: 'primary', href: '#/admin/plugins', id: 'admin-plugins' }, t('plugins')),
    h('a', { class: 'primary', href: '#/admin/reference', id: 'admin-reference' }, t('referenceData')),
    h('a', { class: 'primary', href: '#/account' }, t('accountTitle')));
}

/** The plugins: applicant types and payment channels serving, with versions and state, and the features to install. */
export async function adminHome(who) {
  if (!who) {
    return go('/');
  }
  const installed = await api.get('/admin/plugins');
  const installedVersions = {};
  installed.features.filter(f => f.installed).forEach(f => { installedVersions[f.name] = f.version; });
  show(h('h1', {}, who.displayName || who.login), adminNav(),
    h('h2', {}, t('applicantTypes')),
    table([t('plugin'), t('version'), t('state')], installed.applicantTypes.map(type => [type.id, type.version,
      h('span', { class: 'badge ' + (type.serving ? 'done' : 'todo'), 'data-plugin': type.id },
        type.serving ? t('serving') : pick(type.reasonZh, type.reasonEn))])),
    h('h2', {}, t('paymentChannels')),
    table([t('plugin'), t('version'), t('state')], installed.paymentChannels.map(channel => [pick(channel.labelZh, channel.labelEn),
      channel.version, h('span', { class: 'badge ' + (channel.available ? 'done' : 'todo'), 'data-channel': channel.id },
        channel.available ? t('serving') : t('unavailable'))])),
    h('h2', {}, t('pluginFeatures')),
    table([t('plugin'), t('version'), t('description'), t('state'), ''], installed.features.map(feature => [feature.name, feature.version,
      feature.description || '', h('span', { class: 'badge' + (feature.installed ? ' done' : '') }, feature.installed ? t('installed') : t('notInstalled')),
      pluginButton(feature, installedVersions[feature.name], installed)])));
}

/** Install, upgrade (a newer version beside the installed one) or uninstall one plugin feature. */
function pluginButton(feature, installedVersion, before) {
  const upgrade = !feature.installed && installedVersion && newer(feature.version, installedVersion);
  const label = feature.installed ? t('uninstall') : upgrade ? t('upgrade') : t('install');
  const button = h('button', { type: 'button', class: feature.installed ? 'secondary' : 'primary',
    id: (feature.installed ? 'uninstall-' : 'install-') + feature.name + '-' + feature.version }, label);
  button.addEventListener('click', () => once(button, async () => {
    if (feature.installed && !confirm(t('confirmUninstall') + feature.name + ' ' + feature.version)) {
      return;
    }
    notice(t('working'), true);
    try {
      if (feature.installed) {
        await api.del('/admin/plugins/' + encodeURIComponent(feature.name) + '/' + encodeURIComponent(feature.version));
      } else {
        await api.post('/admin/plugins', { feature: feature.name, version: feature.version });
      }
    } catch (failure) {
      if (!(failure instanceof api.Problem)) {
        throw failure;
      }
      notice(failure.message_());
      return;
    }
    forgetCatalog();
    await settled(before);
    go('/admin/plugins', { text: label + '：' + feature.name + ' ' + feature.version, ok: true });
  }));
  return button;
}

/** Waits until the services serving differ from before: a feature's bundles start within seconds of its install. */
async function settled(before) {
  const serving = plugins => JSON.stringify([plugins.applicantTypes, plugins.paymentChannels.map(c => c.id + c.version)]);
  for (let i = 0; i < SETTLE_TRIES; i++) {
    await new Promise(resolve => setTimeout(resolve, 1000));
    if (serving(await api.get('/admin/plugins')) !== serving(before)) {
      return;
    }
  }
}

function newer(version, than) {
  const parts = v => v.split(/[.-]/).map(p => Number.parseInt(p, 10) || 0);
  const [a, b] = [parts(version), parts(than)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] || 0) !== (b[i] || 0)) {
      return (a[i] || 0) > (b[i] || 0);
    }
  }
  return false;
}

/**
 * A reference list (nationalities, counties, districts, pickup offices …) as a table of inputs;
 * saving replaces the whole list at once, or nothing if any entry is at fault.
 */
async function referenceData(list) {
  const lists = await api.get('/reference');
  const chosen = list || lists[0];
  const entries = await api.get('/reference/' + chosen);
  const body = h('tbody');
  const addRow = (entry, index) => {
    const cell = (name, value, label) => {
      const input = h('input', { id: 'entries[' + index + '].' + name, name, value: value || '', 'aria-label': label + ' ' + (index + 1) });
      return h('td', { 'data-field': 'entries[' + index + '].' + name }, input, h('span', { class: 'error', id: input.id + '-error' }));
    };
    const remove = h('button', { type: 'button', class: 'secondary', 'aria-label': t('remove') + ' ' + (index + 1) }, t('remove'));
    const row = h('tr', {}, cell('code', entry.code, t('code')), cell('nameZh', entry.nameZh, t('nameZh')),
      cell('nameEn', entry.nameEn, t('nameEn')), cell('parent', entry.parent, t('parent')), cell('number', entry.number, t('number')),
      h('td', {}, remove));
    remove.addEventListener('click', () => row.remove());
    body.append(row);
  };
  entries.forEach(addRow);
  const add = h('button', { type: 'button', class: 'secondary', id: 'add-entry' }, t('addEntry'));
  add.addEventListener('click', () => {
    addRow({}, body.children.length);
    body.lastElementChild.querySelector('input').focus();
  });
  const button = h('button', { class: 'primary', type: 'submit', id: 'save-reference' }, t('save'));
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: event => {
    event.preventDefault();
    once(button, async () => {
      // Rows are renumbered as they stand now, so each problem's entries[i] finds its row.
      const rows = Array.from(body.children);
      rows.forEach((row, i) => row.querySelectorAll('[data-field]').forEach(cell => {
        const name = cell.querySelector('input').name;
        cell.dataset.field = 'entries[' + i + '].' + name;
        cell.querySelector('input').id = 'entries[' + i + '].' + name;
        cell.querySelector('.error').id = 'entries[' + i + '].' + name + '-error';
      }));
      const replacement = rows.map(row => Object.fromEntries(Array.from(row.querySelectorAll('input'))
        .map(input => [input.name, input.value.trim() || null])));
      try {
        await api.put('/admin/reference/' + chosen, { entries: replacement });
        forgetCatalog();
        go('/admin/reference/' + chosen, { text: t('saved'), ok: true });
      } catch (failure) {
        report(form, failure);
      }
    });
  } },
    h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, [t('code'), t('nameZh'), t('nameEn'), t('parent'),
      t('number'), ''].map(heading => h('th', { scope: 'col' }, heading)))), body)),
    h('div', { class: 'actions' }, add, button));
  show(h('h1', {}, t('referenceData')), adminNav(),
    h('nav', { class: 'tabs', 'aria-label': t('referenceData') }, lists.map(id => h('a', { href: '#/admin/reference/' + id,
      'aria-current': id === chosen ? 'page' : null, id: 'list-' + id }, t('list_' + id)))),
    h('h2', {}, t('list_' + chosen) + '（' + entries.length + '）'), form);
}
