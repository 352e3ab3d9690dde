"""The signature a receiver checks: HMAC-SHA256, keyed with the endpoint's secret, of
`<timestamp>.<body>`, sent as `X-Alliance-Signature: t=<unix seconds>,v1=<hex digest>`.

Signing the timestamp with the body lets a receiver refuse replays: a captured request cannot
be re-sent later with a fresh timestamp without the secret. frontend-contract/README.md shows
the receiving side.
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "X-Alliance-Signature"
TOLERANCE_SECONDS = 300


def digest(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(secret: str, body: bytes, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    return f"t={timestamp},v1={digest(secret, timestamp, body)}"


def verify(secret: str, header: str, body: bytes, now: float | None = None) -> bool:
    """What a receiver does: the digest matches and the timestamp is recent."""
    try:
        fields = dict(part.split("=", 1) for part in header.split(","))
        timestamp = int(fields["t"])
    except (KeyError, ValueError):
        return False
    now = time.time() if now is None else now
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    return hmac.compare_digest(digest(secret, timestamp, body), fields.get("v1", ""))
