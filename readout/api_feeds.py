"""`GET /alerts/{name}/atom`: a standing subscription's alerts as an Atom feed, newest first (RFC 4287)."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import quote
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from readout.api_streams import get_alerts
from streams.records import AlertRecord

router = APIRouter(tags=["streams"])
ATOM = "http://www.w3.org/2005/Atom"


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    el.text = text
    return el


def atom(name: str, records: list[AlertRecord], base: str) -> bytes:
    """The feed; ElementTree escapes every value, so event text cannot break out of it."""
    feed = ET.Element("feed", {"xmlns": ATOM})
    _text(feed, "id", f"urn:readout:alerts:{name}")
    _text(feed, "title", f"Readout alerts: {name}")
    updated = max((r.matched_at for r in records), default=datetime.now(UTC))
    _text(feed, "updated", updated.isoformat())
    ET.SubElement(feed, "link", {"rel": "self", "href": f"{base}/alerts/{quote(name)}/atom"})
    ET.SubElement(feed, "author").append(_element("name", "Readout"))
    for r in sorted(records, key=lambda r: r.matched_at, reverse=True):
        e = r.event
        entry = ET.SubElement(feed, "entry")
        _text(entry, "id", f"urn:readout:alert:{name}:{e.id}")
        _text(entry, "title", f"{e.date or 'undated'} · {e.name or e.series or e.type}")
        _text(entry, "updated", r.matched_at.isoformat())
        ET.SubElement(entry, "link", {"rel": "alternate", "href": f"{base}/event/{quote(e.key, safe=':')}"})
        if e.url:
            ET.SubElement(entry, "link", {"rel": "via", "href": e.url})
        heads = ", ".join(d.name_en or d.name for d in e.delegates if d.head)
        summary = " · ".join(x for x in ("/".join(e.participants), e.location.city or "", ", ".join(e.topics),
                                         f"led by {heads}" if heads else "") if x)
        _text(entry, "summary", summary)
        _text(entry, "content", e.evidence, type="text")
        for t in e.topics:
            ET.SubElement(entry, "category", {"term": t})
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def _element(tag: str, text: str) -> ET.Element:
    el = ET.Element(tag)
    el.text = text
    return el


@router.get("/alerts/{name}/atom", summary="A subscription's alerts as an Atom feed",
            response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
def alerts_atom(request: Request, name: str,
                limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> Response:
    records = get_alerts(request, name, limit)  # 422 for a bad name, [] for no alerts yet
    base = str(request.base_url).rstrip("/")
    return Response(atom(name, records, base), media_type="application/atom+xml")
