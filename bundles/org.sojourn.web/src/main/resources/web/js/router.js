// The hash router: each module registers its pages; go() moves to one, with a message for it.
import * as api from './api.js';
import { h, show, notice } from './dom.js';
import { t } from './i18n.js';

const routes = [];

/** A message for the next page, shown once it is drawn (a decision taken, a session ended). */
let pending = null;

/** Registers a page: the path's pattern, its groups passed to the page's function. */
export function page(pattern, draw) {
  routes.push([pattern, draw]);
}

export async function route() {
  notice(pending ? pending.text : '', pending ? pending.ok : false);
  pending = null;
  const path = decodeURIComponent(location.hash.replace(/^#/, '')) || '/';
  for (const [pattern, draw] of routes) {
    const match = path.match(pattern);
    if (match) {
      try {
        await draw(...match.slice(1));
      } catch (failure) {
        if (failure instanceof api.Problem) {
          notice(failure.message_());
        } else {
          throw failure;
        }
      }
      return;
    }
  }
  show(h('h1', {}, t('notFound')));
}

/** Moves to a page; the message, {text, ok}, shows above it. */
export function go(path, message = null) {
  pending = message;
  if (location.hash === '#' + path) {
    route();
  } else {
    location.hash = path;
  }
}
