"""The topic classifier's training data list and leave-one-set-out cross-validation (issue #16, round 14)."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from extract.train.cv import Prepared, set_folds
from extract.train.data import set_list, tuning_sets
from extract.train.train import sets_read
from streams.records import DocumentRecord


def _prepared(doc_id: str, folder: str) -> Prepared:
    return Prepared(SimpleNamespace(id=doc_id), "en", None, {}, folder)


def test_each_tuning_set_is_a_fold_of_its_own() -> None:
    docs = [_prepared("a1", "corpus/alpha/tune"), _prepared("b1", "corpus/beta/tune"),
            _prepared("a2", "corpus/alpha/tune"), _prepared("c1", "heldout"), _prepared("b2", "corpus/beta/tune")]
    fold_of = set_folds(docs)
    assert fold_of["a1"] == fold_of["a2"] and fold_of["b1"] == fold_of["b2"]
    assert len({fold_of["a1"], fold_of["b1"], fold_of["c1"]}) == 3
    assert sorted(set(fold_of.values())) == [0, 1, 2]
    # k folds of whole sets: fewer folds than sets, and still no set split
    two = set_folds(docs, k=2, seed=0)
    assert two["a1"] == two["a2"] and two["b1"] == two["b2"] and sorted(set(two.values())) == [0, 1]


def test_the_training_data_list_names_every_set_read(tmp_path: Path) -> None:
    for name, n in (("one", 2), ("two", 1)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "docs.jsonl").write_text("".join(json.dumps({"id": f"{name}{i}"}) + "\n" for i in range(n)),
                                           encoding="utf-8")
    listed = set_list([tmp_path / "one", tmp_path / "two"], tmp_path)
    assert listed == "one\t2\ntwo\t1\n"
    (tmp_path / "topics-sets.txt").write_text(listed, encoding="utf-8")
    assert sets_read(tmp_path) == 2


def test_the_shipped_data_list_holds_tuning_sets_only() -> None:
    # The committed list (extract/train/data/topics-sets.txt) is what the packaged models were trained from: tuning
    # sets only. Sets that became tuning material after the last training (a round's unseen set) join at the next.
    from extract.train.data import OUT, ROOT

    shipped = [line.split("\t")[0] for line in (OUT / "topics-sets.txt").read_text(encoding="utf-8").splitlines()]
    assert shipped and set(shipped) <= {str(p.relative_to(ROOT)) for p in tuning_sets()}
    assert not any({"sealed", "unseen"} & set(Path(p).parts) for p in shipped)


def test_the_highest_f1_is_chosen_among_the_precise_enough() -> None:
    from extract.evaluate import Scores
    from extract.train.cv import choose

    def scored(tp: int, fp: int, fn: int) -> Scores:
        s = Scores()
        s.commitment_topics.add(tp, fp, fn)
        return s

    # precision 0.75, 0.71, 0.85; F1 0.750, 0.791, 0.784
    rules, recall, precision = scored(60, 20, 20), scored(72, 30, 8), scored(58, 10, 22)
    assert choose([rules, recall, precision]) == 1  # F1 alone
    assert choose([rules, recall, precision], floor=0.75) == 2  # at least as precise as the rules
    assert choose([recall], floor=0.9) == 0  # nothing precise enough: all are eligible
    assert choose([rules, scored(60, 20, 20)]) == 0  # a tie goes to the first listed


def test_the_classifier_reads_the_type_of_the_event_a_sentence_is_told_under() -> None:
    from extract import pipeline
    from extract.topic_model import clause_inputs
    from extract.train.data import analysed

    text = ("WELLINGTON, March 3, 2025 -- Foreign Minister Aiko Tanaka met New Zealand Foreign Minister Winston "
            "Peters in Wellington on March 3. The two ministers agreed to expand cooperation on renewable energy.")
    sdoc = analysed(DocumentRecord(id="t16", text=text, lang="en", published="2025-03-04"))
    _, view, owner = pipeline._sectioned(sdoc)
    told = [s for s in view.sents if s.idx in owner]
    assert told
    with_owner = dict(clause_inputs(view, told, owner))
    assert all(f"@ev:{owner[s.idx].event.type}" in with_owner[(a, b)]
               for s in told for a, b in view.grammar.clauses(view, s) if (a, b) in with_owner)
    assert not any(w.startswith("@ev:") for _, words in clause_inputs(view, told) for w in words)
