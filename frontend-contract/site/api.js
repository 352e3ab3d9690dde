// The only door to the CMS: named operations (operations/<Name>.graphql) posted to /graphql/.

const { assets, graphql } = /** @type {{assets: string, graphql: string}} */ (document.body.dataset);
const documents = new Map();
const MEMBER_KEY = "alliance-member";

/** A GraphQL error answer: `codes` are the errors' extensions.code values. */
export class ApiError extends Error {
  /** @param {{message: string, extensions?: {code?: string}}[]} errors */
  constructor(errors) {
    super(errors.map((error) => error.message).join(" "));
    this.codes = errors.map((error) => error.extensions?.code ?? "");
  }
}

/** @param {string} name */
async function operation(name) {
  if (!documents.has(name)) {
    documents.set(
      name,
      fetch(`${assets}operations/${name}.graphql`).then((response) => response.text()),
    );
  }
  return documents.get(name);
}

/**
 * @import {
 *   SiteBlockFragment,
 *   SiteCitiesQuery,
 *   SiteCitiesQueryVariables,
 *   SiteEventsQuery,
 *   SiteEventsQueryVariables,
 *   SiteForumTopicQuery,
 *   SiteForumTopicQueryVariables,
 *   SiteForumsQuery,
 *   SiteForumsQueryVariables,
 *   SiteKnowledgeProductsQuery,
 *   SiteKnowledgeProductsQueryVariables,
 *   SiteLayoutQuery,
 *   SiteLayoutQueryVariables,
 *   SiteNewsArticlesQuery,
 *   SiteNewsArticlesQueryVariables,
 *   SitePageQuery,
 *   SitePageQueryVariables,
 *   SiteReplyMutation,
 *   SiteReplyMutationVariables,
 *   SiteSearchQuery,
 *   SiteSearchQueryVariables,
 *   SiteSignInMutation,
 *   SiteSignInMutationVariables,
 *   SiteSuggestQuery,
 *   SiteSuggestQueryVariables,
 * } from "../generated/graphql"
 */

/**
 * Each operation of site/operations/ with its generated result and variables types, so that
 * `tsc --checkJs` holds every read of a result against what the operation selects.
 * @typedef {{
 *   SiteCities: [SiteCitiesQuery, SiteCitiesQueryVariables],
 *   SiteEvents: [SiteEventsQuery, SiteEventsQueryVariables],
 *   SiteForumTopic: [SiteForumTopicQuery, SiteForumTopicQueryVariables],
 *   SiteForums: [SiteForumsQuery, SiteForumsQueryVariables],
 *   SiteKnowledgeProducts: [SiteKnowledgeProductsQuery, SiteKnowledgeProductsQueryVariables],
 *   SiteLayout: [SiteLayoutQuery, SiteLayoutQueryVariables],
 *   SiteNewsArticles: [SiteNewsArticlesQuery, SiteNewsArticlesQueryVariables],
 *   SitePage: [SitePageQuery, SitePageQueryVariables],
 *   SiteReply: [SiteReplyMutation, SiteReplyMutationVariables],
 *   SiteSearch: [SiteSearchQuery, SiteSearchQueryVariables],
 *   SiteSignIn: [SiteSignInMutation, SiteSignInMutationVariables],
 *   SiteSuggest: [SiteSuggestQuery, SiteSuggestQueryVariables],
 * }} Operations
 */

/**
 * The page union of SitePage, told apart by `__typename`; PageOf<"EventPage"> is one member.
 * @typedef {NonNullable<SitePageQuery["page"]>} Page
 */
/**
 * @template {Page["__typename"]} T
 * @typedef {Extract<Page, {__typename: T}>} PageOf
 */
/** @typedef {SiteBlockFragment} Block one body block, told apart by `__typename` */

/**
 * Run the operation `name`; the signed-in member's access token goes along.
 * @template {keyof Operations} Name
 * @param {Name} name
 * @param {Operations[Name][1]} variables
 * @returns {Promise<Operations[Name][0]>}
 */
export async function run(name, variables) {
  /** @type {Record<string, string>} */
  const headers = { "Content-Type": "application/json" };
  const member = signedInMember();
  if (member) headers.Authorization = `Bearer ${member.accessToken}`;
  const response = await fetch(graphql, {
    method: "POST",
    headers,
    body: JSON.stringify({ query: await operation(name), variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new ApiError(body.errors);
  return body.data;
}

/** @returns {{accessToken: string, name: string} | null} */
export function signedInMember() {
  const stored = sessionStorage.getItem(MEMBER_KEY);
  return stored ? JSON.parse(stored) : null;
}

/** @param {{accessToken: string, name: string} | null} member */
export function rememberMember(member) {
  if (member) sessionStorage.setItem(MEMBER_KEY, JSON.stringify(member));
  else sessionStorage.removeItem(MEMBER_KEY);
}
