"""The one Kiwi per process (each instance costs ~500 MB and ~2 s), shared by analysis and the tokenizer."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from kiwipiepy import Kiwi

_lock = threading.Lock()
_kiwi: Kiwi | None = None
# Called once on the new instance (the gazetteer registers its names as user words).
_setup_hooks: list[Callable[[Kiwi], None]] = []
_generation = 0  # bumped when the live instance's dictionary changes: cached analyses are stale then
_added: set[str] = set()  # words given to `add_user_words`


def on_create(hook: Callable[[Kiwi], None]) -> None:
    """Run `hook(kiwi)` on the shared instance: now if it exists, else when it is made."""
    with _lock:
        _setup_hooks.append(hook)
        if _kiwi is not None:
            hook(_kiwi)
            _changed()


def generation() -> int:
    """Changes whenever words are added to the shared instance after it was made."""
    return _generation


def _changed() -> None:
    global _generation
    _generation += 1


def get_kiwi() -> Kiwi:
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                kiwi = Kiwi()
                for hook in _setup_hooks:
                    hook(kiwi)
                _kiwi = kiwi
    return _kiwi


class _Recorder:
    """Stands in for Kiwi to a setup hook: keeps the words it adds."""

    def __init__(self) -> None:
        self.words: set[str] = set()

    def add_user_word(self, word: str, *_: object, **__: object) -> bool:
        self.words.add(word)
        return True


_user_words: tuple[int, frozenset[str]] | None = None


def user_words() -> frozenset[str]:
    """Every word the shared instance's dictionary gains (setup hooks and `add_user_words`). A process whose
    Kiwi lacks them (the index's, the search's) analyses text holding them differently."""
    global _user_words
    if _user_words is None or _user_words[0] != _generation:
        rec = _Recorder()
        with _lock:
            for hook in _setup_hooks:
                hook(rec)  # type: ignore[arg-type]
        _user_words = (_generation, frozenset(rec.words | _added))
    return _user_words[1]


def add_user_words(words: Iterable[str], tag: str = "NNP", score: float = 0.0) -> None:
    """Register proper nouns so Kiwi keeps them whole (it tags some names NNG by context)."""
    kiwi = get_kiwi()
    for w in words:
        w = w.strip()
        if w and " " not in w:
            kiwi.add_user_word(w, tag, score)
            _added.add(w)
    _changed()
