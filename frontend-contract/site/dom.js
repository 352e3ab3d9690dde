// A small element builder: text is always set as text; only server-cleaned rich text is HTML.

/**
 * What h() takes as children: nothing, falsy conditions and one level of arrays are skipped or flattened.
 * @typedef {Node | string | null | undefined | false | (Node | string | null | undefined | false)[]} Child
 */

/**
 * @param {string} tag
 * @param {Record<string, any>} [attributes]
 * @param {...Child} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/**
 * Server-cleaned HTML (rich text, highlights) in a wrapper element.
 * @param {string} tag
 * @param {string} markup
 * @param {Record<string, any>} [attributes]
 */
export function html(tag, markup, attributes = {}) {
  const element = h(tag, attributes);
  element.innerHTML = markup;
  return element;
}

/** @param {string | null | undefined} value */
export function formatDate(value, locale = document.documentElement.lang) {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(locale, { year: "numeric", month: "long", day: "numeric" });
}
