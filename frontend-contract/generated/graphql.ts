/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** BibTeX (BibLaTeX), RIS (EndNote, Zotero) or CSL JSON (Zotero, Pandoc) */
export type CitationFormat =
  | 'BIBTEX'
  | 'CSL_JSON'
  | 'RIS';

/** A city's membership status in the alliance */
export type CityMembership =
  | 'FORMER'
  | 'FOUNDING'
  | 'MEMBER'
  | 'OBSERVER';

/** Kinds of events the alliance holds */
export type EventType =
  | 'CONFERENCE'
  | 'MAYORAL_FORUM'
  | 'MEETING'
  | 'STUDY_VISIT'
  | 'WEBINAR'
  | 'WORKSHOP';

/** Which events a listing holds; an event counts as upcoming until it ends. */
export type EventWhen =
  | 'ALL'
  | 'PAST'
  | 'UPCOMING';

/** Whether readers see a topic or post */
export type ForumItemStatus =
  | 'DELETED'
  | 'HIDDEN'
  | 'PENDING'
  | 'PUBLISHED';

/** What kind of publication a knowledge product is */
export type KnowledgeProductType =
  | 'CASE_STUDY'
  | 'DATASET'
  | 'GUIDE'
  | 'POLICY_BRIEF'
  | 'PROCEEDINGS'
  | 'REPORT'
  | 'TOOLKIT';

/** Values within one filter are alternatives (OR); different filters all apply (AND). */
export type SearchFilters = {
  /** Author names */
  author?: Array<string> | null | undefined;
  /** City profile page ids */
  city?: Array<string> | null | undefined;
  /** e.g. knowledge.knowledgeproductpage */
  contentType?: Array<string> | null | undefined;
  /** ISO 3166 codes */
  country?: Array<string> | null | undefined;
  /** e.g. fr */
  language?: Array<string> | null | undefined;
  /** e.g. report */
  productType?: Array<string> | null | undefined;
  /** Region slugs */
  region?: Array<string> | null | undefined;
  /** Theme slugs */
  theme?: Array<string> | null | undefined;
  /** e.g. 2021 */
  year?: Array<string> | null | undefined;
  /** First year of a range, included (with or without yearTo) */
  yearFrom?: number | null | undefined;
  /** Last year of a range, included */
  yearTo?: number | null | undefined;
};

export type SearchSort =
  | 'NEWEST'
  | 'OLDEST'
  | 'RELEVANCE'
  | 'TITLE';

export type TextDirection =
  | 'LTR'
  | 'RTL';

export type BreadcrumbsQueryVariables = Exact<{
  path: string;
  locale?: string | null | undefined;
}>;


export type BreadcrumbsQuery = { breadcrumbs: Array<{ id: string, title: string, url: string | null, locale: string }> };

export type CitiesQueryVariables = Exact<{
  locale?: string | null | undefined;
  region?: string | null | undefined;
  country?: string | null | undefined;
  membership?: CityMembership | null | undefined;
  search?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type CitiesQuery = { cities: { locale: string, isFallback: boolean, total: number, page: number, pages: number, hasNext: boolean, hasPrevious: boolean, items: Array<{ id: string | null, title: string, url: string | null, cityName: string, country: string, countryName: string, population: number | null, membershipStatus: string, memberSince: number | null, region: { slug: string, name: string } | null }> } };

export type CityProfileQueryVariables = Exact<{
  path: string;
  locale?: string | null | undefined;
}>;


export type CityProfileQuery = { page:
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { cityName: string, country: string, countryName: string, latitude: number | null, longitude: number | null, population: number | null, membershipStatus: string, memberSince: number | null, mayor: string | null, id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, region: { slug: string, name: string } | null, contact: { name: string, role: string | null } | null, leadImage: { description: string, srcSet: string | null } | null, body: Array<
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { text: string, level: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { value: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
       | null> | null, partnerships: Array<{ topic: string, startYear: number | null, endYear: number | null, description: string, partner: { title: string, url: string | null, countryName: string } }>, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
   | null };

export type EventQueryVariables = Exact<{
  path: string;
  locale?: string | null | undefined;
}>;


export type EventQuery = { page:
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { eventType: EventType, eventTypeLabel: string, start: string, end: string | null, timeZone: string, allDay: boolean, startUtc: string, endUtc: string | null, isUpcoming: boolean, venue: string | null, address: string | null, onlineUrl: string | null, registrationUrl: string | null, icsUrl: string, id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, city: { title: string, url: string | null } | null, themes: Array<{ slug: string, name: string }> | null, leadImage: { description: string, srcSet: string | null } | null, body: Array<
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { text: string, level: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { value: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
       | null> | null, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
   | null };

export type EventsQueryVariables = Exact<{
  locale?: string | null | undefined;
  when?: EventWhen | null | undefined;
  eventType?: EventType | null | undefined;
  city?: string | number | null | undefined;
  theme?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type EventsQuery = { events: { locale: string, isFallback: boolean, total: number, page: number, pages: number, hasNext: boolean, hasPrevious: boolean, items: Array<{ id: string | null, title: string, url: string | null, summary: string | null, eventType: EventType, eventTypeLabel: string, start: string, end: string | null, timeZone: string, allDay: boolean, startUtc: string, venue: string | null, icsUrl: string, city: { title: string, url: string | null } | null }> } };

export type ForumThreadQueryVariables = Exact<{
  id: string | number;
  locale?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ForumThreadQuery = { forumTopic: { id: string, title: string, authorName: string, isPinned: boolean, isLocked: boolean, isFollowed: boolean, createdAt: string, postCount: number, forum:
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
    , posts: { total: number, page: number, pages: number, hasNext: boolean, items: Array<{ id: string, body: string, authorName: string, createdAt: string, editedAt: string | null }> } } | null };

export type ForumsQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type ForumsQuery = { forums: Array<{ id: string | null, title: string, url: string | null, summary: string | null, topicCount: number, postCount: number, topics: { total: number, items: Array<{ id: string, title: string, authorName: string, postCount: number, isPinned: boolean, isLocked: boolean, lastActivityAt: string }> } }> };

export type HomeQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type HomeQuery = { page:
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { heroTitle: string | null, id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, heroImage: { url: string, width: number, height: number, description: string, srcSet: string | null } | null, body: Array<
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { text: string, url: string | null, id: string | null, blockType: string, page:
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
           | null }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { text: string, level: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { value: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
       | null> | null, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, isFallback: boolean, translations: Array<{ locale: string, languageName: string, url: string | null }> }
   | null, newsArticles: { items: Array<{ id: string | null, title: string, url: string | null, date: string, summary: string | null, leadImage: { description: string, srcSet: string | null } | null }> }, events: { items: Array<{ id: string | null, title: string, url: string | null, start: string, timeZone: string, eventTypeLabel: string, venue: string | null }> } };

export type KnowledgeProductQueryVariables = Exact<{
  path: string;
  locale?: string | null | undefined;
  citationFormat?: CitationFormat | null | undefined;
}>;


export type KnowledgeProductQuery = { page:
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { productType: string, publicationDate: string, language: string, isbn: string | null, doi: string | null, citation: string, id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, authors: Array<{ id: string | null, name: string, role: string | null }> | null, publisher: { name: string, acronym: string | null, website: string | null } | null, themes: Array<{ slug: string, name: string }> | null, regions: Array<{ slug: string, name: string }> | null, relatedCities: Array<{ title: string, url: string | null }> | null, coverImage: { description: string, srcSet: string | null } | null, body: Array<
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { text: string, level: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { value: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
       | null> | null, documents: Array<{ title: string, label: string | null, url: string, fileSize: number | null, fileType: string, contentType: string }> | null, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, locale: string, direction: TextDirection, translations: Array<{ locale: string, languageName: string, url: string | null }>, breadcrumbs: Array<
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
        | { title: string, url: string | null }
      > }
   | null };

export type KnowledgeProductsQueryVariables = Exact<{
  locale?: string | null | undefined;
  productType?: KnowledgeProductType | null | undefined;
  theme?: string | null | undefined;
  year?: number | null | undefined;
  language?: string | null | undefined;
  region?: string | null | undefined;
  city?: string | number | null | undefined;
  author?: string | number | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type KnowledgeProductsQuery = { knowledgeProducts: { locale: string, isFallback: boolean, total: number, page: number, pages: number, hasNext: boolean, hasPrevious: boolean, items: Array<{ id: string | null, title: string, url: string | null, summary: string | null, productType: string, publicationDate: string, language: string, authors: Array<{ id: string | null, name: string }> | null, themes: Array<{ slug: string, name: string }> | null, coverImage: { description: string, srcSet: string | null } | null }> } };

export type NavigationQueryVariables = Exact<{
  locale?: string | null | undefined;
  depth?: number | null | undefined;
}>;


export type NavigationQuery = { navigation: Array<{ id: string, title: string, url: string | null, pageType: string, level: number, isFallback: boolean, children: Array<{ id: string, title: string, url: string | null, pageType: string, level: number }> }> };

export type NewsArticlesQueryVariables = Exact<{
  locale?: string | null | undefined;
  theme?: string | null | undefined;
  city?: string | number | null | undefined;
  tag?: string | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type NewsArticlesQuery = { newsArticles: { locale: string, isFallback: boolean, total: number, page: number, pages: number, hasNext: boolean, hasPrevious: boolean, items: Array<{ id: string | null, title: string, url: string | null, date: string, summary: string | null, themes: Array<{ slug: string, name: string }> | null, tags: Array<{ name: string } | null> | null, relatedCities: Array<{ id: string | null, title: string, url: string | null }> | null, leadImage: { description: string, srcSet: string | null } | null }> }, themes: Array<{ slug: string, name: string }> };

export type PageQueryVariables = Exact<{
  path: string;
  locale?: string | null | undefined;
}>;


export type PageQuery = { page:
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, leadImage: { url: string, width: number, height: number, description: string, srcSet: string | null } | null, body: Array<
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { text: string, url: string | null, id: string | null, blockType: string, page:
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
           | null }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { id: string | null, blockType: string }
        | { embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { id: string | null, blockType: string }
        | { text: string, level: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { caption: string | null, credit: string | null, id: string | null, blockType: string, image: { url: string, width: number, height: number, description: string, srcSet: string | null } | null }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { value: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { rawValue: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
       | null> | null, listing: { total: number, pages: number, hasNext: boolean, items: Array<
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
          | { id: string | null, title: string, url: string | null, summary: string | null }
        > }, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { date: string, id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, themes: Array<{ slug: string, name: string }> | null, leadImage: { url: string, width: number, height: number, description: string, srcSet: string | null } | null, body: Array<
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { text: string, url: string | null, id: string | null, blockType: string, page:
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
            | { url: string | null }
           | null }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { id: string | null, blockType: string }
        | { embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { id: string | null, blockType: string }
        | { text: string, level: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { caption: string | null, credit: string | null, id: string | null, blockType: string, image: { url: string, width: number, height: number, description: string, srcSet: string | null } | null }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { value: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { rawValue: string, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
        | { id: string | null, blockType: string }
       | null> | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
    | { id: string | null, title: string, url: string | null, pageType: string | null, seoTitle: string, searchDescription: string | null, summary: string | null, locale: string, direction: TextDirection, isFallback: boolean, requestedLocale: string | null, lastPublishedAt: string | null, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      > }
   | null };

export type ReplyMutationVariables = Exact<{
  topicId: string | number;
  body: string;
}>;


export type ReplyMutation = { reply: { status: ForumItemStatus, post: { id: string, body: string, authorName: string, createdAt: string } } | null };

export type SearchQueryVariables = Exact<{
  query?: string | null | undefined;
  locale?: string | null | undefined;
  filters?: SearchFilters | null | undefined;
  sort?: SearchSort | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type SearchQuery = { search: { total: number, page: number, pages: number, suggestion: string | null, hits: Array<{ score: number | null, page:
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
        | { id: string | null, title: string, url: string | null, pageType: string | null, summary: string | null, locale: string }
      , highlights: Array<{ field: string, fragments: Array<string> }> }>, facets: Array<{ name: string, buckets: Array<{ value: string, label: string, count: number, selected: boolean }> }>, notices: Array<{ code: string, message: string }> } };

export type SignInMutationVariables = Exact<{
  login: string;
  password: string;
}>;


export type SignInMutation = { signIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, account: { id: string, name: string, isMember: boolean, canModerate: boolean } } | null };

export type SiteSettingsQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type SiteSettingsQuery = { siteSettings: { name: string, tagline: string | null, locale: string, direction: TextDirection, contactEmail: string | null, contactPhone: string | null, contactAddress: string | null, logo: { url: string, width: number, height: number, description: string } | null, socialLinks: Array<{ network: string, url: string } | null> | null, footerLinks: Array<{ label: string, url: string | null }> }, locales: Array<{ code: string, name: string, nativeName: string, direction: TextDirection, isDefault: boolean, fallbacks: Array<string> }> };

export type SuggestQueryVariables = Exact<{
  prefix: string;
  locale?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type SuggestQuery = { suggest: Array<{ text: string, page:
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
      | { id: string | null, title: string, url: string | null }
     }> };

export type SiteCitiesQueryVariables = Exact<{
  locale?: string | null | undefined;
  membership?: CityMembership | null | undefined;
  search?: string | null | undefined;
  page?: number | null | undefined;
}>;


export type SiteCitiesQuery = { cities: { total: number, page: number, pages: number, hasNext: boolean, hasPrevious: boolean, items: Array<{ id: string | null, title: string, url: string | null, countryName: string, membershipStatus: string, region: { name: string } | null }> } };

export type SiteEventsQueryVariables = Exact<{
  locale?: string | null | undefined;
  when?: EventWhen | null | undefined;
  eventType?: EventType | null | undefined;
  theme?: string | null | undefined;
  page?: number | null | undefined;
}>;


export type SiteEventsQuery = { events: { total: number, page: number, pages: number, hasNext: boolean, hasPrevious: boolean, items: Array<{ id: string | null, title: string, url: string | null, start: string, eventTypeLabel: string, venue: string | null, summary: string | null, city: { title: string } | null }> }, themes: Array<{ slug: string, name: string }> };

export type SiteForumTopicQueryVariables = Exact<{
  id: string | number;
  locale?: string | null | undefined;
  page?: number | null | undefined;
}>;


export type SiteForumTopicQuery = { forumTopic: { id: string, title: string, isLocked: boolean, forum:
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
      | { title: string, url: string | null }
    , posts: { total: number, items: Array<{ id: string, body: string, authorName: string, createdAt: string }> } } | null, me: { name: string, isMember: boolean } | null };

export type SiteForumsQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type SiteForumsQuery = { forums: Array<{ id: string | null, title: string, url: string | null, summary: string | null, topicCount: number, postCount: number }> };

export type SiteKnowledgeProductsQueryVariables = Exact<{
  locale?: string | null | undefined;
  productType?: KnowledgeProductType | null | undefined;
  theme?: string | null | undefined;
  year?: number | null | undefined;
  page?: number | null | undefined;
}>;


export type SiteKnowledgeProductsQuery = { knowledgeProducts: { total: number, page: number, pages: number, hasNext: boolean, hasPrevious: boolean, items: Array<{ id: string | null, title: string, url: string | null, productType: string, publicationDate: string, summary: string | null }> }, themes: Array<{ slug: string, name: string }> };

export type SiteLayoutQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type SiteLayoutQuery = { locales: Array<{ code: string, name: string, nativeName: string, isDefault: boolean }>, siteSettings: { name: string, tagline: string | null, contactEmail: string | null, contactAddress: string | null, footerLinks: Array<{ label: string, url: string | null }> }, navigation: Array<{ id: string, title: string, url: string | null, level: number }> };

export type SiteNewsArticlesQueryVariables = Exact<{
  locale?: string | null | undefined;
  theme?: string | null | undefined;
  page?: number | null | undefined;
}>;


export type SiteNewsArticlesQuery = { newsArticles: { total: number, page: number, pages: number, hasNext: boolean, hasPrevious: boolean, items: Array<{ id: string | null, title: string, url: string | null, date: string, summary: string | null, leadImage: { url: string, srcSet: string | null, description: string } | null }> }, themes: Array<{ slug: string, name: string }> };

export type SitePageQueryVariables = Exact<{
  urlPath?: string | null | undefined;
  token?: string | null | undefined;
  locale?: string | null | undefined;
}>;


export type SitePageQuery = { page:
    | { __typename: 'CityIndexPage', summary: string | null, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, intro: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'CityProfilePage', summary: string | null, cityName: string, countryName: string, population: number | null, membershipStatus: string, memberSince: number | null, mayor: string | null, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, region: { name: string } | null, leadImage: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, partnerships: Array<{ topic: string, startYear: number | null, endYear: number | null, description: string, partner: { title: string, url: string | null, countryName: string } }>, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'ContentPage', summary: string | null, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, leadImage: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, listing: { items: Array<
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
        > }, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'EventIndexPage', summary: string | null, icsUrl: string, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, intro: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'EventPage', summary: string | null, eventTypeLabel: string, start: string, end: string | null, timeZone: string, allDay: boolean, venue: string | null, address: string | null, onlineUrl: string | null, registrationUrl: string | null, icsUrl: string, isPast: boolean, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, city: { title: string, url: string | null } | null, themes: Array<{ name: string }> | null, leadImage: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'ForumIndexPage', summary: string | null, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, intro: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'ForumPage', summary: string | null, topicCount: number, postCount: number, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, topics: { items: Array<{ id: string, title: string, authorName: string, postCount: number, isPinned: boolean, isLocked: boolean, lastActivityAt: string }> }, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'HomePage', summary: string | null, heroTitle: string | null, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, heroImage: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'KnowledgeIndexPage', summary: string | null, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, intro: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'KnowledgeProductPage', summary: string | null, productType: string, publicationDate: string, language: string, isbn: string | null, doi: string | null, citation: string, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, authors: Array<{ name: string, role: string | null }> | null, publisher: { name: string } | null, themes: Array<{ name: string }> | null, regions: Array<{ name: string }> | null, relatedCities: Array<{ title: string, url: string | null }> | null, coverImage: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, documents: Array<{ title: string, label: string | null, url: string, fileType: string, fileSize: number | null }> | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'NewsArticle', summary: string | null, date: string, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, leadImage: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null, themes: Array<{ name: string }> | null, relatedCities: Array<{ title: string, url: string | null }> | null, body: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'NewsIndexPage', summary: string | null, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, intro: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'Page', id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
    | { __typename: 'SectionPage', summary: string | null, id: string | null, title: string, url: string | null, live: boolean, locale: string, direction: TextDirection, isFallback: boolean, seoTitle: string, searchDescription: string | null, intro: Array<
        | { __typename: 'BlockQuoteBlock', id: string | null, blockType: string }
        | { __typename: 'BooleanBlock', id: string | null, blockType: string }
        | { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
            | { title: string, url: string | null }
           | null }
        | { __typename: 'CharBlock', id: string | null, blockType: string }
        | { __typename: 'ChoiceBlock', id: string | null, blockType: string }
        | { __typename: 'DateBlock', id: string | null, blockType: string }
        | { __typename: 'DateTimeBlock', id: string | null, blockType: string }
        | { __typename: 'DecimalBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentChooserBlock', id: string | null, blockType: string }
        | { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null }
        | { __typename: 'EmailBlock', id: string | null, blockType: string }
        | { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string }
        | { __typename: 'FloatBlock', id: string | null, blockType: string }
        | { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string }
        | { __typename: 'ImageBlock', id: string | null, blockType: string }
        | { __typename: 'ImageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null }
        | { __typename: 'IntegerBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFigureBlock', id: string | null, blockType: string }
        | { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
            | { figure: string, caption: string }
            | Record<PropertyKey, never>
           | null> | null }
        | { __typename: 'ListBlock', id: string | null, blockType: string }
        | { __typename: 'PageChooserBlock', id: string | null, blockType: string }
        | { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string }
        | { __typename: 'RawHTMLBlock', id: string | null, blockType: string }
        | { __typename: 'RegexBlock', id: string | null, blockType: string }
        | { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string }
        | { __typename: 'SnippetChooserBlock', id: string | null, blockType: string }
        | { __typename: 'StaticBlock', id: string | null, blockType: string }
        | { __typename: 'StreamBlock', id: string | null, blockType: string }
        | { __typename: 'StreamFieldBlock', id: string | null, blockType: string }
        | { __typename: 'StructBlock', id: string | null, blockType: string }
        | { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string }
        | { __typename: 'TextBlock', id: string | null, blockType: string }
        | { __typename: 'TimeBlock', id: string | null, blockType: string }
        | { __typename: 'URLBlock', id: string | null, blockType: string }
       | null> | null, listing: { items: Array<
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
          | { id: string | null, title: string, url: string | null, searchDescription: string | null }
        > }, breadcrumbs: Array<
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
        | { id: string | null, title: string, url: string | null }
      >, translations: Array<{ locale: string, languageName: string, direction: TextDirection, title: string, url: string | null }> }
   | null };

export type SiteImageFragment = { title: string, description: string, width: number, height: number, url: string, srcSet: string | null };

type SiteBlock_BlockQuoteBlock_Fragment = { __typename: 'BlockQuoteBlock', id: string | null, blockType: string };

type SiteBlock_BooleanBlock_Fragment = { __typename: 'BooleanBlock', id: string | null, blockType: string };

type SiteBlock_CallToActionBlock_Fragment = { __typename: 'CallToActionBlock', text: string, url: string | null, id: string | null, blockType: string, page:
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
    | { title: string, url: string | null }
   | null };

type SiteBlock_CharBlock_Fragment = { __typename: 'CharBlock', id: string | null, blockType: string };

type SiteBlock_ChoiceBlock_Fragment = { __typename: 'ChoiceBlock', id: string | null, blockType: string };

type SiteBlock_DateBlock_Fragment = { __typename: 'DateBlock', id: string | null, blockType: string };

type SiteBlock_DateTimeBlock_Fragment = { __typename: 'DateTimeBlock', id: string | null, blockType: string };

type SiteBlock_DecimalBlock_Fragment = { __typename: 'DecimalBlock', id: string | null, blockType: string };

type SiteBlock_DocumentChooserBlock_Fragment = { __typename: 'DocumentChooserBlock', id: string | null, blockType: string };

type SiteBlock_DocumentLinkBlock_Fragment = { __typename: 'DocumentLinkBlock', title: string | null, id: string | null, blockType: string, document: { title: string, url: string, fileSize: number | null } | null };

type SiteBlock_EmailBlock_Fragment = { __typename: 'EmailBlock', id: string | null, blockType: string };

type SiteBlock_EmbedBlock_Fragment = { __typename: 'EmbedBlock', embed: string | null, id: string | null, blockType: string, embedUrl: string };

type SiteBlock_FloatBlock_Fragment = { __typename: 'FloatBlock', id: string | null, blockType: string };

type SiteBlock_HeadingBlock_Fragment = { __typename: 'HeadingBlock', text: string, level: string, id: string | null, blockType: string };

type SiteBlock_ImageBlock_Fragment = { __typename: 'ImageBlock', id: string | null, blockType: string };

type SiteBlock_ImageChooserBlock_Fragment = { __typename: 'ImageChooserBlock', id: string | null, blockType: string };

type SiteBlock_ImageWithCaptionBlock_Fragment = { __typename: 'ImageWithCaptionBlock', caption: string | null, credit: string | null, id: string | null, blockType: string, image: { title: string, description: string, width: number, height: number, url: string, srcSet: string | null } | null };

type SiteBlock_IntegerBlock_Fragment = { __typename: 'IntegerBlock', id: string | null, blockType: string };

type SiteBlock_KeyFigureBlock_Fragment = { __typename: 'KeyFigureBlock', id: string | null, blockType: string };

type SiteBlock_KeyFiguresBlock_Fragment = { __typename: 'KeyFiguresBlock', title: string | null, id: string | null, blockType: string, figures: Array<
    | { figure: string, caption: string }
    | Record<PropertyKey, never>
   | null> | null };

type SiteBlock_ListBlock_Fragment = { __typename: 'ListBlock', id: string | null, blockType: string };

type SiteBlock_PageChooserBlock_Fragment = { __typename: 'PageChooserBlock', id: string | null, blockType: string };

type SiteBlock_QuoteBlock_Fragment = { __typename: 'QuoteBlock', quote: string, attribution: string | null, role: string | null, id: string | null, blockType: string };

type SiteBlock_RawHtmlBlock_Fragment = { __typename: 'RawHTMLBlock', id: string | null, blockType: string };

type SiteBlock_RegexBlock_Fragment = { __typename: 'RegexBlock', id: string | null, blockType: string };

type SiteBlock_RichTextBlock_Fragment = { __typename: 'RichTextBlock', value: string, id: string | null, blockType: string };

type SiteBlock_SnippetChooserBlock_Fragment = { __typename: 'SnippetChooserBlock', id: string | null, blockType: string };

type SiteBlock_StaticBlock_Fragment = { __typename: 'StaticBlock', id: string | null, blockType: string };

type SiteBlock_StreamBlock_Fragment = { __typename: 'StreamBlock', id: string | null, blockType: string };

type SiteBlock_StreamFieldBlock_Fragment = { __typename: 'StreamFieldBlock', id: string | null, blockType: string };

type SiteBlock_StructBlock_Fragment = { __typename: 'StructBlock', id: string | null, blockType: string };

type SiteBlock_TableBlock_Fragment = { __typename: 'TableBlock', caption: string | null, firstRowIsTableHeader: boolean, firstColIsHeader: boolean, rows: Array<Array<string>>, id: string | null, blockType: string };

type SiteBlock_TextBlock_Fragment = { __typename: 'TextBlock', id: string | null, blockType: string };

type SiteBlock_TimeBlock_Fragment = { __typename: 'TimeBlock', id: string | null, blockType: string };

type SiteBlock_UrlBlock_Fragment = { __typename: 'URLBlock', id: string | null, blockType: string };

export type SiteBlockFragment =
  | SiteBlock_BlockQuoteBlock_Fragment
  | SiteBlock_BooleanBlock_Fragment
  | SiteBlock_CallToActionBlock_Fragment
  | SiteBlock_CharBlock_Fragment
  | SiteBlock_ChoiceBlock_Fragment
  | SiteBlock_DateBlock_Fragment
  | SiteBlock_DateTimeBlock_Fragment
  | SiteBlock_DecimalBlock_Fragment
  | SiteBlock_DocumentChooserBlock_Fragment
  | SiteBlock_DocumentLinkBlock_Fragment
  | SiteBlock_EmailBlock_Fragment
  | SiteBlock_EmbedBlock_Fragment
  | SiteBlock_FloatBlock_Fragment
  | SiteBlock_HeadingBlock_Fragment
  | SiteBlock_ImageBlock_Fragment
  | SiteBlock_ImageChooserBlock_Fragment
  | SiteBlock_ImageWithCaptionBlock_Fragment
  | SiteBlock_IntegerBlock_Fragment
  | SiteBlock_KeyFigureBlock_Fragment
  | SiteBlock_KeyFiguresBlock_Fragment
  | SiteBlock_ListBlock_Fragment
  | SiteBlock_PageChooserBlock_Fragment
  | SiteBlock_QuoteBlock_Fragment
  | SiteBlock_RawHtmlBlock_Fragment
  | SiteBlock_RegexBlock_Fragment
  | SiteBlock_RichTextBlock_Fragment
  | SiteBlock_SnippetChooserBlock_Fragment
  | SiteBlock_StaticBlock_Fragment
  | SiteBlock_StreamBlock_Fragment
  | SiteBlock_StreamFieldBlock_Fragment
  | SiteBlock_StructBlock_Fragment
  | SiteBlock_TableBlock_Fragment
  | SiteBlock_TextBlock_Fragment
  | SiteBlock_TimeBlock_Fragment
  | SiteBlock_UrlBlock_Fragment
;

export type SiteReplyMutationVariables = Exact<{
  topicId: string | number;
  body: string;
}>;


export type SiteReplyMutation = { reply: { status: ForumItemStatus, post: { id: string, body: string, authorName: string, createdAt: string } } | null };

export type SiteSearchQueryVariables = Exact<{
  query?: string | null | undefined;
  locale?: string | null | undefined;
  filters?: SearchFilters | null | undefined;
  page?: number | null | undefined;
}>;


export type SiteSearchQuery = { search: { total: number, page: number, pages: number, suggestion: string | null, hits: Array<{ page:
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
        | { id: string | null, title: string, url: string | null, locale: string, searchDescription: string | null }
      , highlights: Array<{ field: string, fragments: Array<string> }> }>, facets: Array<{ name: string, buckets: Array<{ value: string, label: string, count: number, selected: boolean }> }> } };

export type SiteSignInMutationVariables = Exact<{
  login: string;
  password: string;
}>;


export type SiteSignInMutation = { signIn: { accessToken: string, accessTokenExpiresAt: string, account: { name: string, isMember: boolean } } | null };

export type SiteSuggestQueryVariables = Exact<{
  prefix: string;
  locale?: string | null | undefined;
}>;


export type SiteSuggestQuery = { suggest: Array<{ text: string, page:
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
      | { url: string | null }
     }> };

export const SiteImageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageObjectType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"960"},{"kind":"IntValue","value":"1280"}]}}]}]}}]} as unknown as DocumentNode<SiteImageFragment, unknown>;
export const SiteBlockFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichTextBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageWithCaptionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteImage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"embedUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFiguresBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFigureBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsTableHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageObjectType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"960"},{"kind":"IntValue","value":"1280"}]}}]}]}}]} as unknown as DocumentNode<SiteBlockFragment, unknown>;
export const BreadcrumbsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Breadcrumbs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breadcrumbs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<BreadcrumbsQuery, BreadcrumbsQueryVariables>;
export const CitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membership"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CityMembership"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}},{"kind":"Argument","name":{"kind":"Name","value":"membership"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membership"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}}]}}]}}]}}]} as unknown as DocumentNode<CitiesQuery, CitiesQueryVariables>;
export const CityProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breadcrumbs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CityProfilePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"mayor"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"1280"}]}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichTextBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CityProfileQuery, CityProfileQueryVariables>;
export const EventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Event"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breadcrumbs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"startUtc"}},{"kind":"Field","name":{"kind":"Name","value":"endUtc"}},{"kind":"Field","name":{"kind":"Name","value":"isUpcoming"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"1280"}]}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichTextBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventQuery, EventQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"when"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventWhen"}},"defaultValue":{"kind":"EnumValue","value":"UPCOMING"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"Variable","name":{"kind":"Name","value":"when"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventType"}}},{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"startUtc"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}}]}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const ForumThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"isPinned"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isFollowed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForumThreadQuery, ForumThreadQueryVariables>;
export const ForumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Forums"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"isPinned"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForumsQuery, ForumsQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"StringValue","value":"/","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heroTitle"}},{"kind":"Field","name":{"kind":"Name","value":"heroImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"1280"},{"kind":"IntValue","value":"1920"}]}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichTextBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFiguresBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFigureBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsTableHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newsArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"}]}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"EnumValue","value":"UPCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const KnowledgeProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citationFormat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CitationFormat"}},"defaultValue":{"kind":"EnumValue","value":"BIBTEX"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breadcrumbs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeProductPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDate"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isbn"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"}]}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichTextBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citationFormat"}}}]}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeProductQuery, KnowledgeProductQueryVariables>;
export const KnowledgeProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnowledgeProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeProductType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"author"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"productType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productType"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"author"},"value":{"kind":"Variable","name":{"kind":"Name","value":"author"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDate"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"}]}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<KnowledgeProductsQuery, KnowledgeProductsQueryVariables>;
export const NavigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Navigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"navigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<NavigationQuery, NavigationQueryVariables>;
export const NewsArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewsArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"}]}}]}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewsArticlesQuery, NewsArticlesQueryVariables>;
export const PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLocale"}},{"kind":"Field","name":{"kind":"Name","value":"lastPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breadcrumbs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"960"},{"kind":"IntValue","value":"1280"}]}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichTextBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageWithCaptionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"960"},{"kind":"IntValue","value":"1280"}]}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"embedUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFiguresBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFigureBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsTableHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"960"},{"kind":"IntValue","value":"1280"}]}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichTextBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageWithCaptionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"960"},{"kind":"IntValue","value":"1280"}]}}]}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"embedUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFiguresBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFigureBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsTableHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawValue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PageQuery, PageQueryVariables>;
export const ReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyMutation, ReplyMutationVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilters"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchSort"}},"defaultValue":{"kind":"EnumValue","value":"RELEVANCE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fragments"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}},{"kind":"Field","name":{"kind":"Name","value":"canModerate"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SiteSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tagline"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"logo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"footerLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"locales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"fallbacks"}}]}}]}}]} as unknown as DocumentNode<SiteSettingsQuery, SiteSettingsQueryVariables>;
export const SuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestQuery, SuggestQueryVariables>;
export const SiteCitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteCities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membership"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CityMembership"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"membership"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membership"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteCitiesQuery, SiteCitiesQueryVariables>;
export const SiteEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"when"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventWhen"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"Variable","name":{"kind":"Name","value":"when"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventType"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SiteEventsQuery, SiteEventsQueryVariables>;
export const SiteForumTopicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteForumTopic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}}]}}]} as unknown as DocumentNode<SiteForumTopicQuery, SiteForumTopicQueryVariables>;
export const SiteForumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteForums"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}}]}}]}}]} as unknown as DocumentNode<SiteForumsQuery, SiteForumsQueryVariables>;
export const SiteKnowledgeProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteKnowledgeProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeProductType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"productType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productType"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SiteKnowledgeProductsQuery, SiteKnowledgeProductsQueryVariables>;
export const SiteLayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteLayout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"siteSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tagline"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"footerLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"navigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<SiteLayoutQuery, SiteLayoutQueryVariables>;
export const SiteNewsArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteNewsArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"hasNext"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"}]}}]},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SiteNewsArticlesQuery, SiteNewsArticlesQueryVariables>;
export const SitePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urlPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urlPath"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"live"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"isFallback"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"breadcrumbs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"heroTitle"}},{"kind":"Field","name":{"kind":"Name","value":"heroImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsIndexPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventIndexPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CityIndexPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeIndexPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumIndexPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"intro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NewsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"allDay"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"icsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPast"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CityProfilePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}},{"kind":"Field","name":{"kind":"Name","value":"mayor"}},{"kind":"Field","name":{"kind":"Name","value":"leadImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"countryName"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeProductPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"publicationDate"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"isbn"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedCities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"BIBTEX"}}]}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"topicCount"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"isPinned"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageObjectType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"320"},{"kind":"IntValue","value":"640"},{"kind":"IntValue","value":"960"},{"kind":"IntValue","value":"1280"}]}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SiteBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StreamFieldInterface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockType"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RichTextBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageWithCaptionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SiteImage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"embedUrl"},"name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFiguresBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyFigureBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsTableHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<SitePageQuery, SitePageQueryVariables>;
export const SiteReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topicId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topicId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SiteReplyMutation, SiteReplyMutationVariables>;
export const SiteSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilters"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"perPage"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fragments"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteSearchQuery, SiteSearchQueryVariables>;
export const SiteSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SiteSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"login"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"login"},"value":{"kind":"Variable","name":{"kind":"Name","value":"login"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}}]}}]}}]} as unknown as DocumentNode<SiteSignInMutation, SiteSignInMutationVariables>;
export const SiteSuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<SiteSuggestQuery, SiteSuggestQueryVariables>;