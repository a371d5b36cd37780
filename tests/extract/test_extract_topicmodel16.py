"""The topic classifier's training data list and leave-one-set-out cross-validation (issue #16, round 14)."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from extract.train.cv import Prepared, set_folds
from extract.train.data import set_list, tuning_sets
from extract.train.train import sets_read


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


def test_the_shipped_data_list_is_every_tuning_set() -> None:
    # The committed list (extract/train/data/topics-sets.txt) is what the packaged models were trained from.
    from extract.train.data import OUT, ROOT

    shipped = [line.split("\t")[0] for line in (OUT / "topics-sets.txt").read_text(encoding="utf-8").splitlines()]
    assert shipped == [str(p.relative_to(ROOT)) for p in tuning_sets()]
    assert not any({"sealed", "unseen"} & set(Path(p).parts) for p in shipped)


def test_both_drops_a_keyword_topic_the_classifier_doubts() -> None:
    from extract.topic_model import ClauseTopics, Policy

    scores = {(0, 40): {"trade": 0.02, "energy": 0.6, "other": 0.1, "commitment": 0.9}}
    union = ClauseTopics(scores, Policy(rules=True))
    assert union.topics(0, 40, ["trade", "energy"], cued=True) == (["trade", "energy"], True)
    doubting = ClauseTopics(scores, Policy(rules=True, keep=0.05))
    assert doubting.topics(0, 40, ["trade", "energy"], cued=True) == (["energy"], True)
    assert Policy.of("both", {"keep": 0.05}) == Policy(rules=True, keep=0.05)
