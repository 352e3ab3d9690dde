// Where the visitor is: the site path read as language prefix + CMS path (or a site route).

const { base } = /** @type {{base: string}} */ (document.body.dataset);

/**
 * @typedef {{
 *   locale: string, defaultLocale: string, path: string, params: URLSearchParams,
 *   route: "page" | "search" | "preview" | "topic", topicId?: string
 * }} Place
 */

/**
 * @param {{code: string, isDefault: boolean}[]} locales
 * @returns {Place}
 */
export function currentPlace(locales) {
  const defaultLocale = locales.find((locale) => locale.isDefault)?.code ?? "en";
  let rest = location.pathname.slice(base.length).replace(/^\/+/, "");
  let locale = defaultLocale;
  const first = rest.split("/", 1)[0];
  if (locales.some((item) => item.code === first && !item.isDefault)) {
    locale = first;
    rest = rest.slice(first.length + 1);
  }
  const path = `/${rest}`.replace(/\/?$/, "/");
  const params = new URLSearchParams(location.search);
  const place = { locale, defaultLocale, path, params, route: /** @type {Place["route"]} */ ("page") };
  const topic = path.match(/^\/topics\/(\d+)\/$/);
  if (path === "/search/") place.route = "search";
  else if (path === "/preview/") place.route = "preview";
  else if (topic) Object.assign(place, { route: "topic", topicId: topic[1] });
  return place;
}

/**
 * The site's address of a CMS URL ("/fr/actualites/" -> "/site/fr/actualites/").
 * @param {string | null | undefined} cmsUrl
 */
export function siteUrl(cmsUrl) {
  if (!cmsUrl) return base;
  if (/^[a-z]+:/i.test(cmsUrl)) return cmsUrl;
  return base + cmsUrl.replace(/^\/+/, "");
}

/**
 * A site route in the visitor's language: routeUrl(place, "search/") -> "/site/ar/search/".
 * @param {Pick<Place, "locale" | "defaultLocale">} place
 * @param {string} route
 */
export function routeUrl(place, route) {
  const prefix = place.locale === place.defaultLocale ? "" : `${place.locale}/`;
  return `${base}${prefix}${route}`;
}

/**
 * The CMS path of the current page, with its language prefix, for `page(urlPath:)`.
 * @param {Place} place
 */
export function cmsPath(place) {
  return place.locale === place.defaultLocale ? place.path : `/${place.locale}${place.path}`;
}
