"""SSRF guard: operators supply source URLs, so every request and every redirect hop is checked.

A downloader middleware sees each request Scrapy sends, including robots.txt fetches and the new
request RedirectMiddleware builds for each hop, so checking in `process_request` covers redirects.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request

ALLOWED_SCHEMES = ("http", "https")
# Cloud metadata endpoints that are not covered by the link-local check.
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "instance-data", "metadata.azure.com"})
# Metadata services outside the link-local ranges (AWS over IPv6, Alibaba Cloud): refused whatever the settings.
METADATA_IPS = frozenset(ipaddress.ip_address(a) for a in ("fd00:ec2::254", "100.100.100.200"))
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class RefusedURL(IgnoreRequest):
    """A request the SSRF guard refused; the message says why."""


class UnresolvableHost(RefusedURL):
    """The host does not resolve: refused before Scrapy tries (and retries) the lookup itself."""


def is_public(ip: IPAddress) -> bool:
    # is_global excludes loopback, private, link-local (169.254.169.254), shared and reserved ranges.
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return is_public(ip.ipv4_mapped)
    return ip.is_global and not ip.is_multicast


def never_allowed(ip: IPAddress) -> bool:
    """Link-local (169.254.0.0/16, fe80::/10: cloud metadata lives there) and metadata addresses: no setting
    opens them."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return never_allowed(ip.ipv4_mapped)
    return ip.is_link_local or ip in METADATA_IPS or ip.is_multicast or ip.is_unspecified


def is_private_network(ip: IPAddress) -> bool:
    """Loopback and private ranges (10/8, 172.16/12, 192.168/16, fc00::/7): what allow_private opens."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return is_private_network(ip.ipv4_mapped)
    return (ip.is_loopback or ip.is_private) and not never_allowed(ip)


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the host resolves to. getaddrinfo also parses `2130706433` and `0x7f.1` forms."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]


def check_url(url: str, *, allow_private: bool = False, allowed: frozenset[str] = frozenset()) -> None:
    """Raise RefusedURL unless `url` is http(s) to a public address (or private ones are allowed).

    `allowed` exempts single addresses (`10.1.2.3`) or address:port pairs (`127.0.0.1:8765`), for an
    operator's intranet source or the sample site, without opening every private address. `allow_private`
    opens loopback and the private ranges. Neither ever opens link-local or metadata addresses.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise RefusedURL(f"scheme {parts.scheme or '(none)'!r} refused: only http and https")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise RefusedURL("no host")
    if host in METADATA_HOSTS:
        raise RefusedURL(f"metadata host {host} refused")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as e:
        raise RefusedURL(f"bad port: {e}") from e
    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError) as e:
        raise UnresolvableHost(f"cannot resolve {host}: {e}") from e
    for ip in addresses:
        if never_allowed(ip):
            raise RefusedURL(f"{host} resolves to link-local or metadata address {ip}: never allowed")
        if str(ip) in allowed or f"{ip}:{port}" in allowed or f"[{ip}]:{port}" in allowed:
            continue
        if allow_private and is_private_network(ip):
            continue
        if not is_public(ip):
            raise RefusedURL(f"{host} resolves to non-public address {ip}")


class SSRFGuardMiddleware:
    """Refuses non-http(s) URLs and non-public addresses unless READOUT_ALLOW_PRIVATE_ADDRESSES is set."""

    def __init__(self, crawler: Crawler) -> None:
        self.allow_private = crawler.settings.getbool("READOUT_ALLOW_PRIVATE_ADDRESSES")
        self.allowed = frozenset(crawler.settings.getlist("READOUT_ALLOWED_ADDRESSES"))
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SSRFGuardMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        try:
            check_url(request.url, allow_private=self.allow_private, allowed=self.allowed)
        except RefusedURL:
            if self.stats is not None:
                self.stats.inc_value("readout/ssrf_refused")
            raise
