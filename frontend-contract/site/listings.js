// Listing pages: a filter form (GET, so every filtered page can be linked) and pagination.

import { run } from "./api.js";
import { formatDate, h } from "./dom.js";
import { picture } from "./blocks.js";
import { siteUrl } from "./routes.js";

/**
 * @import { CityMembership, EventType, EventWhen, KnowledgeProductType } from "../generated/graphql"
 * @import { Child } from "./dom.js"
 * @import { Place } from "./routes.js"
 */

/**
 * @param {string} name
 * @param {string} label
 * @param {string[][]} options [value, text] pairs
 * @param {URLSearchParams} params
 */
function select(name, label, options, params) {
  const current = params.get(name) ?? "";
  return h(
    "label",
    {},
    h("span", {}, label),
    h(
      "select",
      { name },
      h("option", { value: "" }, "All"),
      options.map(([value, text]) => h("option", { value, selected: value === current }, text)),
    ),
  );
}

/** @param {HTMLElement[]} fields */
function filterForm(fields) {
  return h(
    "form",
    { class: "filters", method: "get", "aria-label": "Filters" },
    fields,
    h("button", { type: "submit" }, "Filter"),
  );
}

/**
 * Previous / next and "page N of M", keeping the filters in the address.
 * @param {{page: number, pages: number, hasNext: boolean, hasPrevious: boolean}} listing
 * @param {URLSearchParams} params
 */
export function pagination(listing, params) {
  if (listing.pages <= 1) return null;
  /** @param {number} page @param {string} text @param {string} rel */
  const link = (page, text, rel) => {
    const next = new URLSearchParams(params);
    next.set("page", String(page));
    return h("a", { href: `?${next}`, rel }, text);
  };
  return h(
    "nav",
    { class: "pagination", "aria-label": "Pages" },
    listing.hasPrevious && link(listing.page - 1, "← Previous", "prev"),
    h("span", {}, `Page ${listing.page} of ${listing.pages}`),
    listing.hasNext && link(listing.page + 1, "Next →", "next"),
  );
}

/** @param {{slug: string, name: string}[]} themes */
const themeOptions = (themes) => themes.map((theme) => [theme.slug, theme.name]);
/**
 * A filter from the address if it is one of its choices: a stale or mistyped link lists
 * everything instead of failing on the schema's enum.
 * @template {string} T
 * @param {URLSearchParams} params
 * @param {string} name
 * @param {[T, string][]} options
 * @returns {T | null}
 */
function choice(params, name, options) {
  const value = params.get(name);
  return options.find(([option]) => option === value)?.[0] ?? null;
}

/** @param {URLSearchParams} params */
const pageNumber = (params) => Number(params.get("page") || 1);
/** @template T @param {T} value */
const orNull = (value) => value || null;

/**
 * @template Item
 * @param {Item[]} items
 * @param {(item: Item) => Child} render
 */
function cards(items, render) {
  return items.length
    ? h("ul", { class: "cards" }, items.map((item) => h("li", { class: "card" }, render(item))))
    : h("p", {}, "Nothing matches these filters.");
}

/**
 * @template Item
 * @param {string} heading
 * @param {HTMLElement} form
 * @param {{total: number, items: Item[], page: number, pages: number, hasNext: boolean, hasPrevious: boolean}} listing
 * @param {(item: Item) => Child} render
 * @param {URLSearchParams} params
 */
function listingSection(heading, form, listing, render, params) {
  return h(
    "section",
    { class: "listing", "aria-labelledby": "listing-heading" },
    h("h2", { id: "listing-heading" }, heading, h("span", { class: "count" }, ` (${listing.total})`)),
    form,
    cards(listing.items, render),
    pagination(listing, params),
  );
}

/** @param {Place} place */
export async function newsListing(place) {
  const { params } = place;
  const data = await run("SiteNewsArticles", {
    locale: place.locale,
    theme: orNull(params.get("theme")),
    page: pageNumber(params),
  });
  const form = filterForm([select("theme", "Theme", themeOptions(data.themes), params)]);
  return listingSection("Articles", form, data.newsArticles, (item) => [
    picture(item.leadImage, "20rem"),
    h("h3", {}, h("a", { href: siteUrl(item.url) }, item.title)),
    h("p", { class: "meta" }, h("time", { datetime: item.date }, formatDate(item.date))),
    item.summary && h("p", {}, item.summary),
  ], params);
}

/** @type {[EventWhen, string][]} */
const WHEN = [["UPCOMING", "Upcoming"], ["PAST", "Past"], ["ALL", "All"]];

/** @type {[EventType, string][]} */
const EVENT_TYPES = [
  ["MAYORAL_FORUM", "Mayoral forum"],
  ["CONFERENCE", "Conference"],
  ["WORKSHOP", "Workshop"],
  ["WEBINAR", "Webinar"],
  ["STUDY_VISIT", "Study visit"],
  ["MEETING", "Meeting"],
];

/** @param {Place} place */
export async function eventListing(place) {
  const { params } = place;
  const data = await run("SiteEvents", {
    locale: place.locale,
    when: choice(params, "when", WHEN) ?? "UPCOMING",
    eventType: choice(params, "eventType", EVENT_TYPES),
    theme: orNull(params.get("theme")),
    page: pageNumber(params),
  });
  const form = filterForm([
    select("when", "When", WHEN, params),
    select("eventType", "Type", EVENT_TYPES, params),
    select("theme", "Theme", themeOptions(data.themes), params),
  ]);
  return listingSection("Events", form, data.events, (item) => [
    h("h3", {}, h("a", { href: siteUrl(item.url) }, item.title)),
    h(
      "p",
      { class: "meta" },
      h("time", { datetime: item.start }, formatDate(item.start)),
      ` · ${item.eventTypeLabel}`,
      item.city ? ` · ${item.city.title}` : "",
    ),
    item.summary && h("p", {}, item.summary),
  ], params);
}

/** @type {[CityMembership, string][]} */
const MEMBERSHIPS = [["MEMBER", "Member"], ["FOUNDING", "Founding member"], ["OBSERVER", "Observer"], ["FORMER", "Former member"]];

/** @param {Place} place */
export async function cityListing(place) {
  const { params } = place;
  const data = await run("SiteCities", {
    locale: place.locale,
    membership: choice(params, "membership", MEMBERSHIPS),
    search: orNull(params.get("search")),
    page: pageNumber(params),
  });
  const form = filterForm([
    h("label", {}, h("span", {}, "Name"), h("input", { name: "search", type: "search", value: params.get("search") ?? "" })),
    select("membership", "Membership", MEMBERSHIPS, params),
  ]);
  return listingSection("Member cities", form, data.cities, (item) => [
    h("h3", {}, h("a", { href: siteUrl(item.url) }, item.title)),
    h("p", { class: "meta" }, [item.countryName, item.region?.name].filter(Boolean).join(" · ")),
  ], params);
}

/** @type {[KnowledgeProductType, string][]} */
const PRODUCT_TYPES = [
  ["REPORT", "Report"],
  ["TOOLKIT", "Toolkit"],
  ["POLICY_BRIEF", "Policy brief"],
  ["CASE_STUDY", "Case study"],
  ["DATASET", "Dataset"],
  ["GUIDE", "Guide"],
  ["PROCEEDINGS", "Proceedings"],
];

/** @param {Place} place */
export async function knowledgeListing(place) {
  const { params } = place;
  const data = await run("SiteKnowledgeProducts", {
    locale: place.locale,
    productType: choice(params, "productType", PRODUCT_TYPES),
    theme: orNull(params.get("theme")),
    year: params.get("year") ? Number(params.get("year")) : null,
    page: pageNumber(params),
  });
  const form = filterForm([
    select("productType", "Type", PRODUCT_TYPES, params),
    select("theme", "Theme", themeOptions(data.themes), params),
    h("label", {}, h("span", {}, "Year"), h("input", { name: "year", type: "number", min: 1990, max: 2100, value: params.get("year") ?? "" })),
  ]);
  return listingSection("Publications", form, data.knowledgeProducts, (item) => [
    h("h3", {}, h("a", { href: siteUrl(item.url) }, item.title)),
    h("p", { class: "meta" }, `${item.productType.replace("_", " ")} · ${formatDate(item.publicationDate)}`),
    item.summary && h("p", {}, item.summary),
  ], params);
}

/** @param {Place} place */
export async function forumListing(place) {
  const { forums } = await run("SiteForums", { locale: place.locale });
  return h(
    "section",
    { class: "listing" },
    h("h2", {}, "Forums"),
    cards(forums, (forum) => [
      h("h3", {}, h("a", { href: siteUrl(forum.url) }, forum.title)),
      h("p", { class: "meta" }, `${forum.topicCount} topics · ${forum.postCount} posts`),
      forum.summary && h("p", {}, forum.summary),
    ]),
  );
}
