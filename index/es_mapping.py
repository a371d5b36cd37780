"""Elasticsearch index template: strict mappings, a versioned index behind an alias.

Korean text arrives as Kiwi morphemes joined by spaces and is split on whitespace only, so stock
Elasticsearch needs no Korean plugin; English text uses the built-in `english` analyzer.
"""
from __future__ import annotations

from typing import Any

ALIAS = "readout-events"
VERSION = 1

KW: dict[str, Any] = {"type": "keyword"}
EN: dict[str, Any] = {"type": "text", "analyzer": "english"}
STORED_ONLY: dict[str, Any] = {"type": "keyword", "index": False, "doc_values": False}

PROPERTIES: dict[str, Any] = {
    # the merged event, as returned to users
    "key": KW,
    "aliases": KW,
    "type": KW,
    "mentioned": {"type": "boolean"},
    "name": EN,
    "names": EN,
    "series": KW,
    "ordinal": {"type": "integer"},
    "level": KW,
    "date": {"type": "date", "format": "strict_date"},
    "date_text": STORED_ONLY,
    "location": {"properties": {"city": KW, "country": KW}},
    "participants": KW,
    "delegates": {"type": "nested", "properties": {
        "person": KW, "person_id": KW, "name": KW, "names": KW, "name_en": KW, "country": KW,
        "role": EN, "organization": EN, "head": {"type": "boolean"}}},
    "commitments": {"type": "nested", "properties": {
        "topic": KW, "action": EN, "text": EN, "parties": KW}},
    "topics": KW,
    "next": {"properties": {"ordinal": {"type": "integer"}, "when": KW}},
    "reports": {"type": "nested", "properties": {
        "id": KW, "key": KW, "doc_id": KW, "type": KW, "date": KW, "url": KW, "source": KW, "lang": KW, "published": KW,
        "mentioned": {"type": "boolean"}, "name": EN, "evidence": EN, "extractor": KW}},
    # search fields (index.fields.SearchFields)
    "text_en": EN,
    "text_ko": {"type": "text", "analyzer": "readout_ko"},
    "persons": KW,
    "person_names": KW,
    "source": KW,
    "lang": KW,
    "doc_ids": KW,
    "month": KW,
    "sort": {"type": "long"},
    "probes": KW,  # index.identity.probes: what finds an event's possible other reports
    "flags": KW,  # held, dated: for ranking
    "concepts": KW,  # language-neutral names and terms (index.lexicon)
    # the per-report events the merged event is recomputed from; kept, never searched
    "records": {"type": "object", "enabled": False},
}

SETTINGS: dict[str, Any] = {
    "analysis": {"analyzer": {"readout_ko": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]}}},
}


def versioned(alias: str) -> str:
    return f"{alias}-v{VERSION}"


def template(alias: str = ALIAS) -> dict[str, Any]:
    return {
        "index_patterns": [f"{alias}-v*"],
        "template": {"settings": SETTINGS, "mappings": {"dynamic": "strict", "properties": PROPERTIES}},
        "priority": 100,
        "_meta": {"readout_mapping_version": VERSION},
    }
