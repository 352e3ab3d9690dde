"""GraphQL operations and small readers shared by the search tests."""

SEARCH = """
query Search(
  $q: String, $filters: SearchFilters, $sort: SearchSort, $locale: String,
  $page: Int, $perPage: Int
) {
  search(
    query: $q, filters: $filters, sort: $sort, locale: $locale, page: $page, perPage: $perPage
  ) {
    total page perPage pages engine suggestion
    hits { score page { id title url } highlights { field fragments } }
    facets { name buckets { value label count selected } }
    capabilities { highlights suggestions typoTolerance languageAnalysis attachmentText }
    notices { code message }
  }
}
"""

SUGGEST = """
query Suggest($prefix: String!, $locale: String) {
  suggest(prefix: $prefix, locale: $locale) { text page { id title } }
}
"""


def search(gql, **variables) -> dict:
    return gql.data(SEARCH, variables)["search"]


def titles(result: dict) -> list[str]:
    return [hit["page"]["title"] for hit in result["hits"]]


def facet(result: dict, name: str) -> dict[str, int]:
    return {
        bucket["value"]: bucket["count"]
        for found in result["facets"]
        if found["name"] == name
        for bucket in found["buckets"]
    }


def notice_codes(result: dict) -> list[str]:
    return [notice["code"] for notice in result["notices"]]
