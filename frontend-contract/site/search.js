// Search at <base>[<code>/]search/?q=...: facets narrow it (links, so a result page can be
// shared), highlights show why a page matched, and the box suggests as the visitor types.

import { run } from "./api.js";
import { h, html } from "./dom.js";
import { pagination } from "./listings.js";
import { routeUrl, siteUrl } from "./routes.js";

/**
 * @import { SearchFilters, SiteSearchQuery } from "../generated/graphql"
 * @import { Place } from "./routes.js"
 */

/** @type {Record<string, string>} */
const FACET_LABELS = {
  contentType: "Type of page",
  productType: "Type of publication",
  theme: "Theme",
  region: "Region",
  country: "Country",
  city: "City",
  year: "Year",
  language: "Language",
  author: "Author",
};

/**
 * The address with one facet value switched on or off (and back to page 1).
 * @param {URLSearchParams} params
 * @param {string} name
 * @param {string} value
 */
function toggled(params, name, value) {
  const next = new URLSearchParams(params);
  const values = next.getAll(name);
  next.delete(name);
  next.delete("page");
  for (const item of values) if (item !== value) next.append(name, item);
  if (!values.includes(value)) next.append(name, value);
  return `?${next}`;
}

/**
 * @param {SiteSearchQuery["search"]["facets"]} facets
 * @param {URLSearchParams} params
 */
function facetPanel(facets, params) {
  return h(
    "aside",
    { class: "facets", "aria-label": "Narrow the results" },
    facets
      .filter((facet) => facet.buckets.length)
      .map((facet) =>
        h(
          "section",
          { class: "facet", "data-facet": facet.name },
          h("h2", {}, FACET_LABELS[facet.name] ?? facet.name),
          h(
            "ul",
            {},
            facet.buckets.map((bucket) =>
              h(
                "li",
                {},
                h(
                  "a",
                  { href: toggled(params, facet.name, bucket.value), "aria-pressed": String(bucket.selected), class: bucket.selected ? "selected" : null },
                  bucket.label,
                  h("span", { class: "count" }, ` ${bucket.count}`),
                ),
              ),
            ),
          ),
        ),
      ),
  );
}

/** @param {SiteSearchQuery["search"]["hits"][number]} hit */
function hit({ page, highlights }) {
  const fragments = highlights.flatMap((highlight) => highlight.fragments);
  return h(
    "li",
    { class: "hit" },
    h("h3", {}, h("a", { href: siteUrl(page.url), lang: page.locale }, page.title)),
    fragments.length
      ? fragments.slice(0, 3).map((fragment) => html("p", fragment, { class: "highlight" }))
      : page.searchDescription && h("p", {}, page.searchDescription),
  );
}

/** @param {Place} place */
export async function renderSearch(place) {
  const { params } = place;
  const query = params.get("q") ?? "";
  /** @type {Record<string, string[]>} */
  const filters = {};
  for (const name of Object.keys(FACET_LABELS)) if (params.getAll(name).length) filters[name] = params.getAll(name);
  const { search } = await run("SiteSearch", {
    query,
    locale: place.locale,
    filters,
    page: Number(params.get("page") || 1),
  });
  document.title = query ? `Search: ${query}` : "Search";
  const input = /** @type {HTMLInputElement} */ (document.getElementById("search-input"));
  input.value = query;
  const didYouMean = new URLSearchParams(params);
  if (search.suggestion) didYouMean.set("q", search.suggestion);
  return h(
    "div",
    { class: "search-page" },
    h("h1", {}, query ? `Results for “${query}”` : "Search"),
    search.suggestion &&
      h("p", { class: "did-you-mean" }, "Did you mean ", h("a", { href: `?${didYouMean}` }, search.suggestion), "?"),
    h("p", { class: "meta", role: "status" }, `${search.total} results`),
    h(
      "div",
      { class: "search-layout" },
      facetPanel(search.facets, params),
      h("section", { "aria-labelledby": "results-heading" }, h("h2", { id: "results-heading", class: "visually-hidden" }, "Results"), h("ol", { class: "hits" }, search.hits.map(hit)), pagination({ ...search, hasNext: search.page < search.pages, hasPrevious: search.page > 1 }, params)),
    ),
  );
}

/**
 * The header's search box: submits to the search route, suggests after two letters.
 * @param {Place} place
 */
export function wireSuggestions(place) {
  const form = /** @type {HTMLFormElement} */ (document.getElementById("search-form"));
  const input = /** @type {HTMLInputElement} */ (document.getElementById("search-input"));
  const list = /** @type {HTMLElement} */ (document.getElementById("search-suggestions"));
  form.action = routeUrl(place, "search/");
  let latest = 0;
  input.addEventListener("input", async () => {
    const prefix = input.value.trim();
    const asked = ++latest;
    if (prefix.length < 2) {
      list.hidden = true;
      return;
    }
    const { suggest } = await run("SiteSuggest", { prefix, locale: place.locale });
    if (asked !== latest) return; // a later keystroke has its own answer
    list.replaceChildren(
      ...suggest.map((item) => h("li", { role: "option" }, h("a", { href: siteUrl(item.page.url) }, item.text))),
    );
    list.hidden = suggest.length === 0;
  });
}
