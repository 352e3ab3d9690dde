// One renderer per page type; the listing pages add their filtered listing below the intro.

import { formatDate, h } from "./dom.js";
import { picture, renderBlocks } from "./blocks.js";
import { cityListing, eventListing, forumListing, knowledgeListing, newsListing } from "./listings.js";
import { routeUrl, siteUrl } from "./routes.js";

/**
 * @import { Page, PageOf } from "./api.js"
 * @import { Place } from "./routes.js"
 * @import { Child } from "./dom.js"
 */

/**
 * @param {Page} page
 * @param {...(Node | string | null | false)} extra
 */
function header(page, ...extra) {
  return h(
    "header",
    { class: "page-header" },
    h("h1", {}, page.title),
    page.isFallback && h("p", { class: "notice" }, "This page is not translated yet; it is shown in its original language."),
    "summary" in page && page.summary && h("p", { class: "lead" }, page.summary),
    extra,
  );
}

/** @param {[string, Node | string | (Node | string)[] | null | undefined][]} rows [label, value] pairs */
function facts(rows) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== "");
  return shown.length
    ? h("dl", { class: "facts" }, shown.map(([label, value]) => h("div", {}, h("dt", {}, label), h("dd", {}, value))))
    : null;
}

/** @param {{title: string, url: string | null}[] | null | undefined} pages */
const links = (pages) =>
  pages?.length ? pages.flatMap((page, index) => [index ? ", " : "", h("a", { href: siteUrl(page.url) }, page.title)]) : null;
/** @param {{name: string}[] | null | undefined} items */
const names = (items) => (items?.length ? items.map((item) => item.name).join(", ") : null);

/** @param {PageOf<"ContentPage">["listing"] | PageOf<"SectionPage">["listing"]} listing */
function childList(listing) {
  if (!listing?.items.length) return null;
  return h(
    "ul",
    { class: "cards" },
    listing.items.map((item) =>
      h("li", { class: "card" }, h("h2", {}, h("a", { href: siteUrl(item.url) }, item.title)), item.searchDescription && h("p", {}, item.searchDescription)),
    ),
  );
}

/** @param {PageOf<"EventPage">} page */
function eventWhen(page) {
  /** @type {Intl.DateTimeFormatOptions} */
  const options = page.allDay
    ? { dateStyle: "long" }
    : { dateStyle: "long", timeStyle: "short", timeZone: page.timeZone };
  const format = (/** @type {string} */ value) => new Date(value).toLocaleString(document.documentElement.lang, options);
  return h(
    "span",
    {},
    h("time", { datetime: page.start }, format(page.start)),
    page.end && [" – ", h("time", { datetime: page.end }, format(page.end))],
    !page.allDay && ` (${page.timeZone})`,
  );
}

/**
 * One renderer per page type, each given its own member of the page union.
 * @type {{[T in Page["__typename"]]?: (page: PageOf<T>, place: Place) => Child[] | Promise<Child[]>}}
 */
const renderers = {
  HomePage: (page) => [
    h("section", { class: "hero" }, picture(page.heroImage, "100vw", "", "eager"), h("div", { class: "hero-text" }, h("h1", {}, page.heroTitle || page.title), page.summary && h("p", { class: "lead" }, page.summary))),
    renderBlocks(page.body),
  ],
  ContentPage: (page) => [header(page), picture(page.leadImage), renderBlocks(page.body), childList(page.listing)],
  SectionPage: (page) => [header(page), renderBlocks(page.intro), childList(page.listing)],
  NewsIndexPage: async (page, place) => [header(page), renderBlocks(page.intro), await newsListing(place)],
  EventIndexPage: async (page, place) => [
    header(page, h("p", {}, h("a", { class: "button secondary", href: page.icsUrl, type: "text/calendar" }, "Subscribe to the calendar (.ics)"))),
    renderBlocks(page.intro),
    await eventListing(place),
  ],
  CityIndexPage: async (page, place) => [header(page), renderBlocks(page.intro), await cityListing(place)],
  KnowledgeIndexPage: async (page, place) => [header(page), renderBlocks(page.intro), await knowledgeListing(place)],
  ForumIndexPage: async (page, place) => [header(page), renderBlocks(page.intro), await forumListing(place)],
  NewsArticle: (page) => [
    header(page, h("p", { class: "meta" }, h("time", { datetime: page.date }, formatDate(page.date)), page.themes?.length ? ` · ${names(page.themes)}` : "")),
    picture(page.leadImage),
    renderBlocks(page.body),
    page.relatedCities?.length ? h("p", { class: "meta" }, "Cities: ", links(page.relatedCities)) : null,
  ],
  EventPage: (page) => [
    header(page),
    facts([
      ["When", eventWhen(page)],
      ["Type", page.eventTypeLabel],
      ["Where", [page.venue, page.address].filter(Boolean).join(", ")],
      ["City", page.city && h("a", { href: siteUrl(page.city.url) }, page.city.title)],
      ["Online", page.onlineUrl && h("a", { href: page.onlineUrl }, page.onlineUrl)],
      ["Themes", names(page.themes)],
    ]),
    h(
      "p",
      { class: "actions" },
      h("a", { class: "button", href: page.icsUrl, type: "text/calendar", download: true }, "Add to calendar (.ics)"),
      page.registrationUrl && !page.isPast && h("a", { class: "button secondary", href: page.registrationUrl }, "Register"),
    ),
    picture(page.leadImage),
    renderBlocks(page.body),
  ],
  CityProfilePage: (page) => [
    header(page),
    picture(page.leadImage),
    facts([
      ["Country", page.countryName],
      ["Region", page.region?.name],
      ["Population", page.population?.toLocaleString(document.documentElement.lang)],
      ["Membership", page.membershipStatus],
      ["Member since", page.memberSince ? String(page.memberSince) : null],
      ["Mayor", page.mayor],
    ]),
    renderBlocks(page.body),
    page.partnerships.length > 0 &&
      h(
        "section",
        { class: "partners", "aria-labelledby": "partners-heading" },
        h("h2", { id: "partners-heading" }, "Partner cities"),
        h(
          "ul",
          {},
          page.partnerships.map((link) =>
            h(
              "li",
              {},
              h("a", { href: siteUrl(link.partner.url) }, link.partner.title),
              ` (${link.partner.countryName}) · ${link.topic}`,
              link.startYear ? ` · ${link.startYear}–${link.endYear ?? ""}` : null,
              link.description && h("p", {}, link.description),
            ),
          ),
        ),
      ),
  ],
  KnowledgeProductPage: (page) => [
    header(page),
    h(
      "div",
      { class: "with-cover" },
      picture(page.coverImage, "16rem"),
      facts([
        ["Type", page.productType.replace("_", " ")],
        ["Published", formatDate(page.publicationDate)],
        ["Authors", names(page.authors)],
        ["Publisher", page.publisher?.name],
        ["Themes", names(page.themes)],
        ["Regions", names(page.regions)],
        ["Cities", links(page.relatedCities)],
        ["ISBN", page.isbn],
        ["DOI", page.doi && h("a", { href: `https://doi.org/${page.doi}` }, page.doi)],
      ]),
    ),
    page.documents?.length ?
      h(
        "section",
        { class: "documents", "aria-labelledby": "documents-heading" },
        h("h2", { id: "documents-heading" }, "Documents"),
        h(
          "ul",
          {},
          page.documents.map((file) =>
            h("li", {}, h("a", { href: file.url }, file.label || file.title), h("span", { class: "meta" }, ` ${file.fileType.toUpperCase()}`)),
          ),
        ),
      ) : null,
    renderBlocks(page.body),
    h(
      "section",
      { class: "citation", "aria-labelledby": "citation-heading" },
      h("h2", { id: "citation-heading" }, "Cite this"),
      h("pre", {}, page.citation),
    ),
  ],
  ForumPage: (page, place) => [
    header(page, h("p", { class: "meta" }, `${page.topicCount} topics · ${page.postCount} posts`)),
    h(
      "ul",
      { class: "topics" },
      page.topics.items.map((topic) =>
        h(
          "li",
          {},
          h("a", { href: routeUrl(place, `topics/${topic.id}/`) }, topic.title),
          h("span", { class: "meta" }, ` ${topic.authorName} · ${topic.postCount} posts · ${formatDate(topic.lastActivityAt)}`, topic.isPinned ? " · pinned" : "", topic.isLocked ? " · locked" : ""),
        ),
      ),
    ),
  ],
};

/**
 * @param {Page} page
 * @param {Place} place
 * @returns {Promise<HTMLElement>}
 */
export async function renderPage(page, place) {
  const render = /** @type {((page: Page, place: Place) => Child[] | Promise<Child[]>) | undefined} */ (renderers[page.__typename]) ?? ((page) => [header(page)]);
  return h("article", { class: `page page-${page.__typename}`, lang: page.locale }, ...(await render(page, place)));
}
