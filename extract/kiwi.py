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


def add_user_words(words: Iterable[str], tag: str = "NNP", score: float = 0.0) -> None:
    """Register proper nouns so Kiwi keeps them whole (it tags some names NNG by context)."""
    kiwi = get_kiwi()
    for w in words:
        w = w.strip()
        if w and " " not in w:
            kiwi.add_user_word(w, tag, score)
    _changed()
