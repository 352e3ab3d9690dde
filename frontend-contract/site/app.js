// The reference site: reads the address, asks the CMS, renders. No build step, no other host.

import { ApiError, run } from "./api.js";
import { h } from "./dom.js";
import { renderFooter, renderLanguages, renderMenu, renderBreadcrumbs } from "./layout.js";
import { renderPage } from "./pages.js";
import { renderSearch, wireSuggestions } from "./search.js";
import { renderTopic } from "./forum.js";
import { cmsPath, currentPlace, routeUrl } from "./routes.js";

const main = /** @type {HTMLElement} */ (document.getElementById("main"));

async function start() {
  const first = await run("SiteLayout", { locale: null });
  const place = currentPlace(first.locales);
  const layout =
    place.locale === place.defaultLocale ? first : await run("SiteLayout", { locale: place.locale });
  document.documentElement.lang = place.locale;
  renderMenu(layout.navigation, place);
  renderFooter(layout.siteSettings);
  const brand = /** @type {HTMLAnchorElement} */ (document.getElementById("brand"));
  brand.textContent = layout.siteSettings.name;
  brand.href = routeUrl(place, "");
  wireSuggestions(place);

  let content;
  if (place.route === "search") content = await renderSearch(place);
  else if (place.route === "topic") content = await renderTopic(place);
  else {
    const variables =
      place.route === "preview"
        ? { token: place.params.get("token"), urlPath: null, locale: null }
        : { urlPath: cmsPath(place), token: null, locale: place.locale };
    const { page } = await run("SitePage", variables);
    if (!page) {
      renderLanguages(layout.locales, place, null);
      return notFound();
    }
    renderBreadcrumbs(page.breadcrumbs, page);
    renderLanguages(layout.locales, place, page);
    if (page.direction === "RTL") document.documentElement.dir = "rtl";
    document.title = `${page.seoTitle || page.title} · ${layout.siteSettings.name}`;
    content = await renderPage(page, place);
    if (place.route === "preview") content.prepend(h("p", { class: "preview-banner", role: "status" }, "Preview of a draft: visitors do not see this version."));
  }
  if (place.route !== "page" && place.route !== "preview") renderLanguages(layout.locales, place, null);
  main.replaceChildren(content);
}

function notFound() {
  document.title = "Page not found";
  main.replaceChildren(
    h("h1", {}, "Page not found"),
    h("p", {}, "This page does not exist, or it is not published."),
  );
}

start().catch((error) => {
  const expired = error instanceof ApiError && error.codes.includes("PREVIEW_EXPIRED");
  main.replaceChildren(
    h("h1", {}, expired ? "Preview expired" : "Something went wrong"),
    h("p", { class: "error" }, error.message),
  );
});
