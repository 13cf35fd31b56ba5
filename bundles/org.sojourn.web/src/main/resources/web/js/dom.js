// Builds elements without HTML strings, so no value from the API is ever parsed as markup.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== undefined && child !== null && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** Replaces the page's content and moves focus to its heading, as a screen reader expects after navigation. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children.flat(Infinity).filter(child => child !== null && child !== undefined && child !== false));
  const heading = main.querySelector('h1');
  (heading || main).setAttribute('tabindex', '-1');
  (heading || main).focus();
}

/** Shows a message above the page: an error (default) or a success. */
export function notice(text, ok = false) {
  const box = document.getElementById('notice');
  box.className = ok ? 'ok' : '';
  box.textContent = text || '';
}

/**
 * Runs an action from a button once at a time: the button is disabled while it runs, so a double
 * click does not send the request twice.
 */
export async function once(button, action) {
  if (button.disabled) {
    return;
  }
  button.disabled = true;
  try {
    await action();
  } finally {
    button.disabled = false;
  }
}
