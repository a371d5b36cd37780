"""Carried Korean index terms against the index's own analysis: `python -m benchmarks.terms_agreement`.

Extracts the in-repo documents (corpus `*/tune`, heldout, tuning2, blind, fixtures, the shared dev set; never
`*/sealed` or `*/unseen`) and compares, for every Korean text a record carries terms for, those terms (read off
the document's Kiwi tokens) with `extract.analysis.analyze(text, "ko")` of the text alone, as the index and the
search's queries analyse it: in a separate process, where Kiwi has no gazetteer words (as in the index and API
processes), and in this one, where it has them (as in the extraction worker). Prints the share identical, by
field, and the differing terms (`--show N`); figures to benchmarks/results/terms_agreement.json.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from benchmarks.harness import Report

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests" / "extract"


def doc_files() -> list[Path]:
    files = sorted(TESTS.glob("corpus/*/tune/docs.jsonl"))
    files += [TESTS / n / "docs.jsonl" for n in ("heldout", "tuning2", "blind", "fixtures")]
    files.append(ROOT.parent / "shared" / "eval" / "dev" / "docs.jsonl")
    return [f for f in files if f.exists() and "sealed" not in f.parts and "unseen" not in f.parts]


def standalone(texts: list[str]) -> list[list[str]]:
    """`analyze(text, "ko")` of each text in a fresh process (only the analysis imported: no gazetteer words)."""
    code = ("import json,sys; from extract.analysis import analyze; ws=json.load(sys.stdin); "
            "json.dump([analyze(w, 'ko') for w in ws], sys.stdout, ensure_ascii=False)")
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout)


def field_of(text: str, r: dict) -> str:
    if text == r["evidence"]:
        return "evidence"
    if text == r["name"]:
        return "name"
    if any(text == c["text"] for c in r["commitments"]):
        return "commitment"
    if any(text == d["name"] for d in r["delegates"]):
        return "delegate name"
    return "delegate role/org"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=10, help="differing texts to print")
    a = ap.parse_args()
    from extract.analysis import analyze
    from extract.pipeline import extract_document
    from streams.records import DocumentRecord

    rows: list[tuple[str, str, list[str]]] = []  # field, text, carried terms
    ko_texts: Counter[str] = Counter()
    ko_chars = 0
    docs = 0
    for f in doc_files():
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            raw = {k: v for k, v in raw.items() if v is not None and k in DocumentRecord.model_fields}
            docs += 1
            for r in extract_document(DocumentRecord(**raw)):
                d = r.model_dump(mode="json")
                if r.lang != "ko":
                    continue
                for text in [r.name, r.evidence, *(c.text for c in r.commitments),
                             *(x for p in r.delegates for x in (p.name, p.role, p.organization))]:
                    if text:
                        ko_texts[field_of(text, d)] += 1
                        ko_chars += len(text)
                for text, terms in (r.terms.ko if r.terms else {}).items():
                    rows.append((field_of(text, d), text, terms))
    texts = [t for _, t, _ in rows]
    alone = standalone(texts)
    here = [analyze(t, "ko") for t in texts]
    by_field: dict[str, Counter[str]] = {}
    diffs = []
    common = index_terms = 0
    for (fld, text, terms), a_alone, a_here in zip(rows, alone, here, strict=True):
        common += sum((Counter(terms) & Counter(a_alone)).values())
        index_terms += len(a_alone)
        c = by_field.setdefault(fld, Counter())
        c["carried"] += 1
        c["same as index"] += terms == a_alone
        c["same as extractor Kiwi"] += terms == a_here
        c["index = extractor Kiwi"] += a_alone == a_here
        if terms != a_alone:
            diffs.append((fld, text, terms, a_alone, a_here))
    print(f"{docs} documents, {len(rows)} Korean texts carried terms")
    total = Counter()
    for fld, c in sorted(by_field.items()):
        total.update(c)
        print(f"{fld:18} of {ko_texts[fld]:4} texts carried {c['carried']:4}; identical to the index's analysis "
              f"{c['same as index']:4} ({100 * c['same as index'] / c['carried']:.1f} %), to the same analysis "
              f"with gazetteer words {c['same as extractor Kiwi']:4}; the two standalone agree "
              f"{c['index = extractor Kiwi']}")
    print(f"all: {total['carried']} of {sum(ko_texts.values())} Korean texts carried, identical to the index "
          f"{100 * total['same as index'] / max(total['carried'], 1):.1f} %, to the extractor's standalone "
          f"{100 * total['same as extractor Kiwi'] / max(total['carried'], 1):.1f} %")
    print(f"characters of the Korean texts carried: {100 * sum(len(t) for t in texts) / max(ko_chars, 1):.1f} %; "
          f"terms of the index's analysis of them also carried: {100 * common / max(index_terms, 1):.1f} %")
    report = Report("terms_agreement", {"documents": docs, "korean_texts": sum(ko_texts.values())})
    report.add("Korean texts carrying terms", 100 * total["carried"] / max(sum(ko_texts.values()), 1), "%")
    report.add("their characters", 100 * sum(len(t) for t in texts) / max(ko_chars, 1), "% of the Korean")
    report.add("carried terms identical to the index's analysis", 100 * total["same as index"] /
               max(total["carried"], 1), "% of the texts carried")
    for fld, c in sorted(by_field.items()):
        report.add(f"  {fld}", 100 * c["same as index"] / c["carried"], "% identical", f"{c['carried']} carried")
    report.add("terms of the index's analysis also carried", 100 * common / max(index_terms, 1), "%")
    report.save()
    for fld, text, terms, a_alone, a_here in diffs[:a.show]:
        ct, ca = Counter(terms), Counter(a_alone)
        print(f"- {fld}: {text[:80]!r}\n    carried only {sorted((ct - ca).elements())}, "
              f"index only {sorted((ca - ct).elements())}; extractor standalone = carried: {a_here == terms}")


if __name__ == "__main__":
    main()
