// Calls to /api/v1 with the session's token; every failure comes back as the API's problem body.
import { lang } from './i18n.js';

const TOKEN = 'sojourn.token';
const ACCOUNT = 'sojourn.account';
let expiresAt = null;
const expiryListeners = [];

export class Problem extends Error {
  constructor(status, body) {
    super(body && body.code || String(status));
    this.status = status;
    this.body = body || {};
  }

  /** @returns {string} the message in the chosen language */
  message_() {
    const messages = this.body.messages || {};
    return messages[lang()] || messages['zh-TW'] || this.body.detail || this.body.title || ('HTTP ' + this.status);
  }

  /** @returns {Array<{field: string, code: string, message: string}>} the fields at fault */
  fields() {
    return (this.body.errors || []).map(error => ({ field: error.field, code: error.code,
      message: (error.messages || {})[lang()] || (error.messages || {})['zh-TW'] || error.code }));
  }
}

export function account() {
  const stored = sessionStorage.getItem(ACCOUNT);
  return stored ? JSON.parse(stored) : null;
}

export function signedIn(answer) {
  sessionStorage.setItem(TOKEN, answer.token);
  sessionStorage.setItem(ACCOUNT, JSON.stringify(answer.account));
  setExpiry(answer.expiresAt);
}

export function forget() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(ACCOUNT);
  setExpiry(null);
}

export function onExpiry(listener) {
  expiryListeners.push(listener);
}

export function sessionExpiresAt() {
  return expiresAt;
}

function setExpiry(value) {
  expiresAt = value ? new Date(value) : null;
  expiryListeners.forEach(listener => listener(expiresAt));
}

async function send(method, path, body, headers = {}) {
  const token = sessionStorage.getItem(TOKEN);
  const request = { method, headers: { 'Accept': 'application/json', 'Accept-Language': lang(), ...headers } };
  if (token) {
    request.headers['Authorization'] = 'Bearer ' + token;
  }
  if (body !== undefined) {
    if (body instanceof Blob) {
      request.body = body;
    } else {
      request.headers['Content-Type'] = 'application/json';
      request.body = JSON.stringify(body);
    }
  }
  const response = await fetch('/api/v1' + path, request);
  const expiry = response.headers.get('Sojourn-Session-Expires');
  if (expiry) {
    setExpiry(expiry);
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (notJson) {
      problem = null;
    }
    const failure = new Problem(response.status, problem);
    if (response.status === 401 && token) {
      forget();
      window.dispatchEvent(new CustomEvent('sojourn:expired'));
    }
    throw failure;
  }
  return response;
}

export async function get(path) {
  return (await send('GET', path)).json();
}

export async function post(path, body) {
  return answer(await send('POST', path, body === undefined ? {} : body));
}

/** A POST that must happen once: the server answers a repeated key with the first answer. */
export async function postWithKey(path, key, body) {
  return (await send('POST', path, body, { 'Idempotency-Key': key })).json();
}

export async function put(path, body) {
  return answer(await send('PUT', path, body));
}

/** @returns {Promise<any>} the answer's JSON, or null for an answer without a body (204, a 202 that only acknowledges) */
async function answer(response) {
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export async function del(path) {
  await send('DELETE', path);
}

/** Uploads a file as the raw body, its name percent-encoded in Sojourn-File-Name. */
export async function upload(path, file) {
  return (await send('POST', path, file, { 'Sojourn-File-Name': encodeURIComponent(file.name) })).json();
}

/** @returns {Promise<Blob>} a signed-in file, e.g. an uploaded document for an officer to view */
export async function blob(path) {
  return (await send('GET', path, undefined, { 'Accept': '*/*' })).blob();
}

/** Downloads a signed-in file (a PDF, an archive) and hands it to the browser under its name. */
export async function download(path, name) {
  const blob = await (await send('GET', path, undefined, { 'Accept': '*/*' })).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
