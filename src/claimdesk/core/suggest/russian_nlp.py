"""Russian syntax from a trained model: the slovnet dependency parser with navec word
embeddings, as the natasha package ships them (its data folder holds the model files; natasha's
own pymorphy2-based parts are not used, pymorphy2 fails on Python 3.11, and neither is its NER
model: the parse and the rules find the names, and it would cost 43 MiB and 0.2 s to load).

The rules find where a quote is; the parse tells who the subject of a speech verb is, whatever
words stand between them ("Люди, хорошо помнившие войну, в один голос утверждают, что …"). The
models load once per process, on first use, under a lock; when they cannot be loaded (the
packages or files are missing, as in a bundle built without them) :func:`models` returns None and
the suggestions come from the rules alone."""

from __future__ import annotations

import importlib.util
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_EMBEDDING = "emb/navec_news_v1_1B_250K_300d_100q.tar"
_SYNTAX = "model/slovnet_syntax_news_v1.tar"
MAX_WORDS = 120
"""Longer sentences are parsed as their first words only: the parse of one sentence costs time in
proportion to its length squared, and a speaker stands near its verb."""


@dataclass(frozen=True, slots=True)
class Word:
    """One token of a parsed sentence, with offsets into the article and its syntactic head
    (an index into the same sentence's words, -1 for the root)."""

    start: int
    end: int
    text: str
    head: int
    rel: str


class RussianNLP:
    """The loaded model. Calls are serialised (the models keep no state between calls, but
    nothing promises their numpy code is safe to share between threads)."""

    def __init__(self, syntax: Any, tokenize: Any, limits: Any, seconds: float) -> None:
        self._syntax = syntax
        self._tokenize = tokenize
        self._limits = limits
        self._lock = threading.Lock()
        self.load_seconds = seconds
        """How long loading the models took."""

    def parse(self, text: str, start: int, end: int) -> list[Word]:
        """The words of ``text[start:end]`` (one sentence) with their dependency heads."""
        return self.parse_many(text, [(start, end)])[0]

    def parse_many(self, text: str, bounds: list[tuple[int, int]]) -> list[list[Word]]:
        """:meth:`parse` of several sentences in one call (the model works on batches: one
        sentence at a time costs many times more)."""
        tokenized = [list(self._tokenize(text[start:end]))[:MAX_WORDS] for start, end in bounds]
        # batches of sentences of about one length: the model pads each batch to its longest
        order = sorted((i for i, ts in enumerate(tokenized) if ts), key=lambda i: len(tokenized[i]))
        # one BLAS thread: these small products are several times slower spread over busy cores
        with self._lock, self._limits(limits=1, user_api="blas"):
            markups = dict(
                zip(
                    order,
                    self._syntax.map([[t.text for t in tokenized[i]] for i in order]),
                    strict=True,
                )
            )
        parsed: list[list[Word]] = []
        for number, ((start, _), tokens) in enumerate(zip(bounds, tokenized, strict=True)):
            if not tokens:
                parsed.append([])
                continue
            markup = markups[number]
            index = {token.id: i for i, token in enumerate(markup.tokens)}
            parsed.append(
                [
                    Word(
                        start + t.start,
                        start + t.stop,
                        t.text,
                        index.get(word.head_id, -1) if word.head_id != word.id else -1,
                        word.rel or "",
                    )
                    for t, word in zip(tokens, markup.tokens, strict=True)
                ]
            )
        return parsed


_lock = threading.Lock()
_loaded: list[RussianNLP | None] = []
"""Empty until the first call of :func:`models`, then its one answer."""


def model_folder() -> Path:
    """natasha's data folder: in the installed package (found without importing it: natasha's
    own modules import pymorphy2), or where the PyInstaller bundle puts the model files."""
    spec = importlib.util.find_spec("natasha")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "data"
    return Path(getattr(sys, "_MEIPASS", ".")) / "natasha" / "data"


def _load() -> RussianNLP:
    started = time.perf_counter()
    # imported here: a process that never suggests on Russian text never pays for them
    from navec import Navec  # noqa: PLC0415
    from razdel import tokenize  # noqa: PLC0415
    from slovnet import Syntax  # noqa: PLC0415
    from threadpoolctl import threadpool_limits  # noqa: PLC0415

    data = model_folder()
    navec = Navec.load(str(data / _EMBEDDING))
    syntax = Syntax.load(str(data / _SYNTAX))
    syntax.navec(navec)
    return RussianNLP(syntax, tokenize, threadpool_limits, time.perf_counter() - started)


LANGUAGE = "ru"
"""The language these models read (the rules of any other language never load them)."""


def ready_for(language: str) -> bool:
    """Whether suggesting in ``language`` can start at once: it needs no models, or
    :func:`models` has answered already (loaded or not); else the first call loads them, which
    takes a second or more."""
    return language != LANGUAGE or bool(_loaded)


def models() -> RussianNLP | None:
    """The models, loaded on the first call; None when they cannot be loaded."""
    if not _loaded:
        with _lock:
            if not _loaded:
                try:
                    _loaded.append(_load())
                except Exception:  # any failure to load means: the rules alone
                    _loaded.append(None)
    return _loaded[0]
