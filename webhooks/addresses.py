"""Which addresses a webhook may be sent to: the operator decides, not the editor.

`WEBHOOK_ALLOWED_HOSTS` lists host names (`cms-hooks.example.org`, or `.example.org` for a
domain and its subdomains) and IP addresses; `*` allows any host on the public internet.
A listed host may be private (an intranet build server, 127.0.0.1 on a laptop); anything
unlisted must be public: loopback, private, link-local and reserved addresses, and `localhost`,
are refused, so an editor cannot make the CMS POST into its own network. The check runs on
the form and again before each delivery, on the addresses the host name resolves to then.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings

LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".localdomain")


def is_listed(host: str) -> bool:
    for entry in settings.WEBHOOK_ALLOWED_HOSTS:
        entry = entry.lower()
        if host == entry or (entry.startswith(".") and (host.endswith(entry) or host == entry[1:])):
            return True
    return False


def is_public_ip(text: str) -> bool:
    return ipaddress.ip_address(text).is_global


def literal_ip(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


def url_problem(url: str) -> str | None:
    """Why `url` may not receive webhooks, in words for the form; None when it may."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "Only http:// and https:// addresses can receive webhooks."
    host = (parts.hostname or "").lower()
    if not host:
        return "The address has no host name."
    if is_listed(host):
        return None
    allowed = ", ".join(settings.WEBHOOK_ALLOWED_HOSTS) or "nothing"
    if "*" not in settings.WEBHOOK_ALLOWED_HOSTS:
        return (
            f"{host} is not among the hosts the operator allows (WEBHOOK_ALLOWED_HOSTS: {allowed})."
        )
    ip = literal_ip(host)
    if host == "localhost" or host.endswith(LOCAL_SUFFIXES) or (ip and not is_public_ip(ip)):
        return (
            f"{host} is a local or private network address; the operator must list it in "
            "WEBHOOK_ALLOWED_HOSTS to allow it."
        )
    return None


def delivery_problem(url: str) -> str | None:
    """`url_problem`, plus the addresses the host resolves to now must be public unless the
    host is listed (a public name can be pointed at a private address after it was saved)."""
    problem = url_problem(url)
    host = (urlsplit(url).hostname or "").lower()
    if problem or is_listed(host) or literal_ip(host):
        return problem
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError as error:
        return f"{host} does not resolve: {error}"
    private = sorted(address for address in addresses if not is_public_ip(address))
    if private:
        return f"{host} resolves to a non-public address ({', '.join(private)})."
    return None
