"""PLOVER-style JSON for merged events (`readout export --format plover`), one record per line.

PLOVER (Political Language Ontology for Verifiable Event Records, the Open Event Data Alliance's successor
to CAMEO) names the fields of an event record: `id`, `date`, `actor`, `recipient`, `event`, `mode`,
`context`, `event_loc`, `event_text`, `quad_code`, `link`, `text`, `cite_info`, `coder`, `coded_date`,
`comment`. Readout writes one record for the event itself and one AGREE record per commitment, linked to
the event's record by `link`. The mapping is documented in docs/plover.md.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from index.model import MergedEvent, Person

CODEBOOK = "plover-base (Readout mapping, docs/plover.md)"
CODER = "readout"

# Readout event type → PLOVER event category (see docs/plover.md for the reasons).
CATEGORY = {
    "dialogue": "CONSULT",  # meetings, talks, summits, consultations, calls
    "agreement": "SUPPORT",  # "ratify, sign, or finalize an agreement or treaty"
    "launch": "SUPPORT",  # "initiate … or expand diplomatic, non-material cooperation"
    "statement": "AGREE",  # joint statements declare a commitment to cooperate
}
COMMITMENT_CATEGORY = "AGREE"  # "agree to, offer, promise … commitment to cooperate"
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1}  # all verbal cooperation

# Readout topic → PLOVER contexts. Every record also carries `diplomatic`.
CONTEXTS: dict[str, tuple[str, ...]] = {
    "supply_chain": ("economic",), "critical_minerals": ("economic", "natural_resource"),
    "semiconductors": ("economic", "technology"), "batteries": ("economic", "technology"),
    "energy": ("economic", "natural_resource"), "emerging_tech": ("technology",), "ai": ("technology",),
    "quantum": ("technology",), "space": ("technology",), "biotech": ("technology",),
    "biopharma": ("health", "technology"), "digital": ("technology", "economic"),
    "data_security": ("cyber", "technology"), "cybersecurity": ("cyber",), "infrastructure_security": ("cyber",),
    "technology_protection": ("technology",), "economic_coercion": ("economic",), "export_control": ("economic",),
    "investment": ("economic",), "trade": ("economic",), "maritime_security": ("military", "territory"),
    "north_korea": ("cbrn", "military"), "defense": ("military",), "development": ("economic",),
    "health": ("health",), "climate": ("environment",), "other": (),
}
# Groupings PLOVER codes as international non-state entities; the rest are ISO alpha-3 codes already.
ENTITY_CODES = {"EU": "EUR", "UN": "UNO"}
IGO_PARTIES = {"NATO", "ASEAN", "IPEF", "G7", "G20", "MSP", "QUAD", "APEC", "OECD", "WTO", "IAEA"}


def entity_code(party: str) -> str:
    if party in ENTITY_CODES:
        return ENTITY_CODES[party]
    return "IGO" if party in IGO_PARTIES or len(party) != 3 else party


def _party(party: str) -> dict[str, Any]:
    code = entity_code(party)
    out: dict[str, Any] = {"code": code, "sector": "GOV"}
    if code != party:
        out["entity_text"] = party
    return out


def _person(p: Person) -> dict[str, Any]:
    out: dict[str, Any] = {"code": entity_code(p.country) if p.country else None, "sector": "GOV",
                           "entity_text": p.name, "identifier_text": p.name_en or p.name, "identifier_id": p.person}
    if p.role:
        out["office"] = p.role
    return out


def actors(e: MergedEvent) -> list[dict[str, Any]]:
    """Every party as one entity; where a party sent named delegates, the delegates stand for it."""
    out: list[dict[str, Any]] = []
    for party in e.participants:
        people = [_person(p) for p in e.delegates if p.country == party]
        out.extend(people or [_party(party)])
    out.extend(_person(p) for p in e.delegates if p.country not in e.participants)
    return out


def contexts(topics: list[str]) -> list[str]:
    out = ["diplomatic"]
    for t in topics:
        out.extend(c for c in CONTEXTS.get(t, ()) if c not in out)
    return out


def _mode(e: MergedEvent) -> list[str]:
    if e.type != "dialogue":
        return []
    modes = []
    if len(e.participants) > 2:
        modes.append("multilateral")
    if e.location.country and e.participants and e.location.country not in e.participants:
        modes.append("third-party")
    return modes


def _auxiliary(e: MergedEvent) -> list[str]:
    """PLOVER's auxiliary contexts for events only mentioned in passing: `future` or `historical` when the
    date tells (against the first report's publication date)."""
    if not e.mentioned or not e.date:
        return []
    seen = min((r.published for r in e.reports if r.published), default=None)
    if not seen:
        return []
    return ["future"] if e.date > seen[:10] else ["historical"]


def _cite(e: MergedEvent) -> list[dict[str, Any]]:
    return [{"url": r.url, "title": r.name, "language": r.lang, "publication": r.source, "date": r.published,
             "coder": r.extractor, "codebook": CODEBOOK} for r in e.reports]


def _loc(e: MergedEvent) -> dict[str, Any] | None:
    if not (e.location.city or e.location.country):
        return None
    return {"extracted_place": e.location.city or e.location.country, "city": e.location.city,
            "country_code": e.location.country, "resolution": 4 if e.location.city else 1}


def plover_records(e: MergedEvent, coded: date | None = None) -> Iterator[dict[str, Any]]:
    """The event's PLOVER record, then one AGREE record per commitment (linked to it)."""
    coded_date = (coded or date.today()).isoformat()
    base_id = f"readout-{e.key}"
    category = CATEGORY[e.type]
    evidence = next((r.evidence for r in e.reports if r.evidence), "")
    yield _drop_empty({
        "id": base_id, "date": e.date, "actor": actors(e), "event": [category], "mode": _mode(e),
        "context": contexts(list(e.topics)) + _auxiliary(e), "quad_code": QUAD[category],
        "event_loc": _loc(e), "event_text": [n for n in e.names], "text": evidence, "cite_info": _cite(e),
        "coder": CODER, "coded_date": coded_date, "link": base_id,
        "comment": "mentioned in passing" if e.mentioned else None,
        "readout": {"key": e.key, "type": e.type, "series": e.series, "ordinal": e.ordinal, "level": e.level,
                    "topics": list(e.topics)},
    })
    for i, c in enumerate(e.commitments, 1):
        parties = c.parties or e.participants
        yield _drop_empty({
            "id": f"{base_id}#c{i}", "date": e.date, "actor": [_party(p) for p in parties],
            "event": [COMMITMENT_CATEGORY], "context": contexts([c.topic]) + _auxiliary(e),
            "quad_code": QUAD[COMMITMENT_CATEGORY], "event_loc": _loc(e), "event_text": [c.action], "text": c.text,
            "cite_info": _cite(e), "coder": CODER, "coded_date": coded_date, "link": base_id,
            "readout": {"key": e.key, "topic": c.topic, "commitment": True},
        })


REQUIRED = ("id", "date", "actor", "event")  # kept even when empty: an undated event has `"date": null`


def _drop_empty(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k in REQUIRED or v not in (None, [], "")}
