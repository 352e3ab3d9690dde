"""An HTTP node that speaks plain JSON, for OpenSearch-compatible servers such as osmem-server.

The elasticsearch 8 client asks for `application/vnd.elasticsearch+json; compatible-with=8`;
servers that are not Elasticsearch answer that with 406. Production keeps the client's own
headers (the default node class); tests select this one through SEARCH_ELASTICSEARCH_NODE_CLASS.
"""

from elastic_transport import Urllib3HttpNode

VENDOR_TYPES = {
    "application/vnd.elasticsearch+json; compatible-with=8": "application/json",
    "application/vnd.elasticsearch+x-ndjson; compatible-with=8": "application/x-ndjson",
}


class PlainJsonHttpNode(Urllib3HttpNode):
    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        if headers:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                if headers.get(name) in VENDOR_TYPES:
                    headers[name] = VENDOR_TYPES[headers[name]]
        return super().perform_request(
            method, target, body=body, headers=headers, request_timeout=request_timeout
        )
