// What the pages read often and seldom changes: the applicant types (their forms' schemas) and the
// reference lists. Kept for one sign-in: an administrator installing a type shows it from the next.
import * as api from './api.js';

let typesCache = null;
let referenceCache = {};

/** @returns {Promise<Array>} the applicant types serving, with their forms */
export async function types() {
  if (!typesCache) {
    typesCache = await api.get('/applicant-types');
  }
  return typesCache;
}

/** @returns {Promise<Array>} a reference list's entries */
export async function reference(list) {
  if (!referenceCache[list]) {
    referenceCache[list] = await api.get('/reference/' + list);
  }
  return referenceCache[list];
}

/** @returns {Promise<Object>} the business lines by their group code */
export async function lineNames() {
  const names = {};
  for (const type of await types()) {
    for (const line of type.businessLines) {
      names[line.groupCode] = line;
    }
  }
  return names;
}

/** Forgets what was read, on signing in or out and after an administrator changes it. */
export function forgetCatalog() {
  typesCache = null;
  referenceCache = {};
}
