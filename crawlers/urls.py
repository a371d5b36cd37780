"""Canonical URLs: one identity per article, whatever link led to it."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say where a click came from; they never change the article.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src",
    "referrer", "cmpid", "cid_source", "ocid", "sr_share", "_hsenc", "_hsmi", "s_cid", "spm", "from",
    "share", "feature", "outlink", "rss", "rssfeed", "input",
})
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "ga_", "hmb_")
MOBILE_PREFIXES = ("m.", "mobile.", "amp.")
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class CanonicalRules:
    """Per-source canonicalisation, from the registry."""

    scheme: str | None = None  # the scheme a source's articles live on ("https" for most)
    keep_params: frozenset[str] | None = None  # if set, every other query parameter goes
    rewrites: tuple[tuple[re.Pattern[str], str], ...] = ()  # section-path variants → one path
    domains: tuple[str, ...] = field(default_factory=tuple)  # allowed domains, for mobile-host folding


def is_tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def fold_mobile_host(host: str, domains: Sequence[str]) -> str:
    """`m.korea.kr` → `www.korea.kr` when the desktop host is one of the source's domains."""
    for prefix in MOBILE_PREFIXES:
        if host.startswith(prefix):
            rest = host[len(prefix):]
            if not domains:
                return rest
            for candidate in ("www." + rest, rest):
                if any(candidate == d or candidate.endswith("." + d) for d in domains):
                    return candidate
            return rest
    return host


def canonicalize(url: str, rules: CanonicalRules | None = None) -> str:
    rules = rules or CanonicalRules()
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    host = fold_mobile_host(host, rules.domains)
    if rules.scheme in ("http", "https") and scheme in ("http", "https"):
        scheme = rules.scheme
    port = parts.port
    hostpart = f"[{host}]" if ":" in host else host
    netloc = hostpart if port is None or DEFAULT_PORTS.get(scheme) == port else f"{hostpart}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    query = parse_qsl(parts.query, keep_blank_values=True)
    if rules.keep_params is not None:
        query = [(k, v) for k, v in query if k in rules.keep_params]
    else:
        query = [(k, v) for k, v in query if not is_tracking(k)]
    target = path + ("?" + urlencode(sorted(query)) if query else "")
    for pattern, replacement in rules.rewrites:
        target = pattern.sub(replacement, target)
    path, _, qs = target.partition("?")
    return urlunsplit((scheme, netloc, path, qs, ""))


def in_domains(url: str, domains: Iterable[str]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    doms = list(domains)
    if not doms:
        return True
    return any(host == d or host.endswith("." + d) for d in doms)
