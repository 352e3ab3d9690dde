// Around the content: menu, breadcrumbs, language switcher (hreflang), footer.

import { h } from "./dom.js";
import { routeUrl, siteUrl } from "./routes.js";

/**
 * @import { SiteLayoutQuery } from "../generated/graphql"
 * @import { Page } from "./api.js"
 * @import { Place } from "./routes.js"
 */

/**
 * @param {SiteLayoutQuery["navigation"]} items
 * @param {Place} place
 */
export function renderMenu(items, place) {
  const here = location.pathname;
  const top = h("ul");
  /** @type {HTMLElement | null} */
  let lastTop = null;
  for (const item of items) {
    const href = siteUrl(item.url);
    const link = h("a", { href, "aria-current": here === href ? "page" : null }, item.title);
    if (item.level <= 1 || !lastTop) {
      lastTop = h("li", {}, link);
      top.append(lastTop);
    } else {
      let sub = lastTop.querySelector("ul");
      if (!sub) {
        sub = document.createElement("ul");
        lastTop.append(sub);
      }
      sub.append(h("li", {}, link));
    }
  }
  top.append(h("li", {}, h("a", { href: routeUrl(place, "search/") }, "Search")));
  document.getElementById("menu")?.replaceChildren(top);
}

/**
 * @param {Page["breadcrumbs"]} trail
 * @param {Page} page
 */
export function renderBreadcrumbs(trail, page) {
  const nav = document.getElementById("breadcrumbs");
  if (!nav || !trail.length) return;
  nav.replaceChildren(
    h(
      "ol",
      {},
      trail.map((crumb) => h("li", {}, h("a", { href: siteUrl(crumb.url) }, crumb.title))),
      h("li", {}, h("span", { "aria-current": "page" }, page.title)),
    ),
  );
}

/**
 * The page in the languages it exists in (with hreflang, also as <link rel=alternate>); on
 * other routes, the same route in every language.
 * @param {SiteLayoutQuery["locales"]} locales
 * @param {Place} place
 * @param {Page | null} page
 */
export function renderLanguages(locales, place, page) {
  const nav = document.getElementById("languages");
  if (!nav) return;
  const targets = page
    ? page.translations.map((item) => ({ code: item.locale, name: item.languageName, url: siteUrl(item.url) }))
    : locales.map((locale) => ({
        code: locale.code,
        name: locale.nativeName,
        url: routeUrl({ ...place, locale: locale.code }, place.path.slice(1)) + location.search,
      }));
  for (const target of targets) {
    document.head.append(h("link", { rel: "alternate", hreflang: target.code, href: target.url }));
  }
  nav.replaceChildren(
    h(
      "ul",
      {},
      targets.map((target) =>
        h(
          "li",
          {},
          h(
            "a",
            {
              href: target.url,
              hreflang: target.code,
              lang: target.code,
              "aria-current": target.code === place.locale ? "true" : null,
            },
            target.name,
          ),
        ),
      ),
    ),
  );
}

/** @param {SiteLayoutQuery["siteSettings"]} settings */
export function renderFooter(settings) {
  const footer = document.getElementById("footer");
  if (!footer) return;
  footer.replaceChildren(
    h(
      "div",
      { class: "wrap footer-grid" },
      h("div", {}, h("p", { class: "footer-name" }, settings.name), settings.tagline && h("p", {}, settings.tagline)),
      h(
        "nav",
        { "aria-label": "Footer" },
        h("ul", {}, settings.footerLinks.map((link) => h("li", {}, h("a", { href: siteUrl(link.url) }, link.label)))),
      ),
      h(
        "address",
        {},
        settings.contactAddress,
        settings.contactEmail && h("a", { href: `mailto:${settings.contactEmail}` }, settings.contactEmail),
      ),
    ),
  );
}
