"""The speaker index: names and aliases found as the user types, among hundreds of thousands.

Each name is kept under its script-neutral key (:func:`name_key`) and indexed two ways: by the
character trigrams of its words (each word padded in front by two spaces and behind by one, so
one or two typed letters already select the names with a word starting so), and by the first one
to three letters of each word. A search takes the names sharing the most trigrams with the query
(Dice coefficient, counting the rarest trigrams first) and the shortest names with a word starting
as each query word starts (those the scorer's as-you-type rule rates 80-100), then scores them
exactly as :func:`name_score` would, best upper bound first, stopping once no other name can
enter the results.
"""

from __future__ import annotations

import threading
from array import array
from bisect import insort
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from claimdesk.core.matching.similarity import name_key, prefix_rule_score

CANDIDATES: Final = 300
"""How many names sharing the most trigrams are candidates, and half as many by word starts."""
MAX_POSTINGS: Final = 40_000
"""Trigrams are counted rarest first until they hold this many names."""
PREFIX_MAX: Final = 3
"""Names are also indexed by the first 1-3 letters of each word: the as-you-type candidates."""
_START: Final = "\x02"  # marks word-start terms, which share the postings with trigrams


@dataclass(frozen=True, slots=True)
class SpeakerNameMatch:
    speaker_id: int
    score: float
    name: str
    """The name or alias that matched best."""


def word_starts(key: str) -> set[str]:
    """Index terms for the first 1 to ``PREFIX_MAX`` letters of each word of a name key."""
    return {
        _START + token[:length]
        for token in key.split()
        for length in range(1, min(len(token), PREFIX_MAX) + 1)
    }


def name_trigrams(key: str, *, typing: bool = False) -> set[str]:
    """The trigrams of a name key. With ``typing``, its last word may be unfinished, so that
    word gets no end-of-word trigram."""
    tokens = key.split()
    grams: set[str] = set()
    for index, token in enumerate(tokens):
        padded = "  " + token
        if not (typing and index == len(tokens) - 1):
            padded += " "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


class SpeakerMatcher:
    """Speaker names and aliases, searched fuzzily across case, script, inflection and typos.

    Thread-safe: the GUI adds speakers on its thread while searches run on a worker.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries_of: dict[int, list[int]] = {}  # speaker -> entry ids
        self._speaker: array[int] = array("q")  # per entry
        self._alive = bytearray()
        self._gram_count: array[int] = array("i")
        self._word_count: array[int] = array("i")
        self._letters: array[int] = array("i")  # characters other than spaces
        self._names: list[str] = []
        self._keys: list[str] = []
        self._postings: dict[str, array[int]] = {}
        self._dead = 0

    def __len__(self) -> int:
        return len(self._entries_of)

    def __contains__(self, speaker_id: object) -> bool:
        return speaker_id in self._entries_of

    def add(self, speaker_id: int, names: Iterable[str]) -> None:
        """Add a speaker's names and aliases, or replace those of a speaker already here."""
        entries = [(n, k) for n in names if (k := name_key(n))]
        grams = [name_trigrams(k) | word_starts(k) for _, k in entries]
        with self._lock:
            self._drop(speaker_id)
            ids = []
            for (name, key), name_grams in zip(entries, grams, strict=True):
                entry = len(self._names)
                ids.append(entry)
                self._names.append(name)
                self._keys.append(key)
                self._speaker.append(speaker_id)
                self._alive.append(1)
                self._gram_count.append(len(name_grams) - len(word_starts(key)))
                self._word_count.append(len(key.split()))
                self._letters.append(len(key.replace(" ", "")))
                for gram in name_grams:
                    postings = self._postings.get(gram)
                    if postings is None:
                        postings = self._postings[gram] = array("i")
                    postings.append(entry)
            self._entries_of[speaker_id] = ids
            if self._dead > 1000 and self._dead > len(self._names) // 2:
                self._compact()

    def remove(self, speaker_id: int) -> None:
        with self._lock:
            self._drop(speaker_id)

    def names(self) -> list[tuple[int, str]]:
        """(speaker id, name or alias) of every speaker in the index."""
        with self._lock:
            return [
                (speaker_id, self._names[entry])
                for speaker_id, entries in self._entries_of.items()
                for entry in entries
            ]

    def _drop(self, speaker_id: int) -> None:
        for entry in self._entries_of.pop(speaker_id, ()):
            self._alive[entry] = 0
            self._dead += 1

    def _compact(self) -> None:
        live = [
            (speaker, self._names[entry], self._keys[entry])
            for speaker, entries in self._entries_of.items()
            for entry in entries
        ]
        self._entries_of = {}
        self._speaker = array("q")
        self._alive = bytearray()
        self._gram_count = array("i")
        self._word_count = array("i")
        self._letters = array("i")
        self._names = []
        self._keys = []
        self._postings = {}
        self._dead = 0
        for speaker, name, key in live:
            entry = len(self._names)
            self._entries_of.setdefault(speaker, []).append(entry)
            self._names.append(name)
            self._keys.append(key)
            self._speaker.append(speaker)
            self._alive.append(1)
            grams = name_trigrams(key)
            self._gram_count.append(len(grams))
            grams |= word_starts(key)
            self._word_count.append(len(key.split()))
            self._letters.append(len(key.replace(" ", "")))
            for gram in grams:
                self._postings.setdefault(gram, array("i")).append(entry)

    def _candidates(self, query: str) -> list[int]:
        """The entries most like ``query`` by their trigrams (call with the lock held)."""
        grams = name_trigrams(query, typing=True)
        lists = sorted(
            (postings for gram in grams if (postings := self._postings.get(gram))), key=len
        )
        # Rarest trigrams first; the commonest ("  m", "ov ") only while they cost little:
        # the exact scoring sees every word of the query anyway.
        chunks: list[npt.NDArray[np.int32]] = []
        total = 0
        for postings in lists:
            if chunks and total + len(postings) > MAX_POSTINGS:
                break
            chunks.append(np.frombuffer(postings, dtype=np.int32).copy())
            total += len(postings)
        if not chunks:
            typed: list[int] = self._typed_candidates(query).tolist()
            return typed
        hits = np.concatenate(chunks)
        if len(hits) <= 2 * MAX_POSTINGS:  # sorting these beats counting over every name
            hits.sort()
            first = np.flatnonzero(np.concatenate(([True], hits[1:] != hits[:-1])))
            touched = hits[first].astype(np.int64)
            shared = np.diff(np.append(first, len(hits)))
        else:
            counts = np.bincount(hits, minlength=len(self._names))
            touched = np.flatnonzero(counts)
            shared = counts[touched]
        alive = np.frombuffer(self._alive, dtype=np.bool_)[touched]
        touched, shared = touched[alive], shared[alive]
        if len(touched) > CANDIDATES:
            gram_counts = np.frombuffer(self._gram_count, dtype=np.int32)[touched]
            dice = 2.0 * shared / (gram_counts + len(grams))
            touched = touched[np.argpartition(-dice, CANDIDATES)[:CANDIDATES]]
        touched = np.union1d(touched, self._typed_candidates(query))
        result: list[int] = np.sort(touched).tolist()  # entry order, as a scan has
        return result

    def _typed_candidates(self, query: str) -> npt.NDArray[np.int64]:
        """Entries with a word starting as each query word starts, shortest first: those the
        as-you-type rule of the scorer gives 80-100."""
        lists = []
        for token in query.split():
            # From 4 letters on, the scorer also takes a word with a typo: a shorter start
            # lets those in (the exact scoring sorts them out).
            postings = self._postings.get(_START + (token if len(token) < 4 else token[:3]))
            if postings is None:
                return np.zeros(0, dtype=np.int64)
            lists.append(postings)
        lists.sort(key=len)
        found = np.frombuffer(lists[0], dtype=np.int32).astype(np.int64)
        if len(lists) > 1 and len(found):
            holds = np.zeros(len(self._names), dtype=np.bool_)
            for postings in lists[1:]:
                holds[:] = False
                holds[np.frombuffer(postings, dtype=np.int32)] = True
                found = found[holds[found]]
        found = found[np.frombuffer(self._alive, dtype=np.bool_)[found]]
        if len(found) > CANDIDATES // 2:
            letters = np.frombuffer(self._letters, dtype=np.int32)[found]
            found = found[np.argpartition(letters, CANDIDATES // 2)[: CANDIDATES // 2]]
        return found

    def search(self, name: str, limit: int = 10, min_score: float = 60.0) -> list[SpeakerNameMatch]:
        query = name_key(name)
        if not query:
            return []
        query_tokens = query.split()
        with self._lock:
            entries = self._candidates(query)
            candidates = [(self._speaker[e], self._names[e], self._keys[e]) for e in entries]
            word_count = np.frombuffer(self._word_count, dtype=np.int32)[entries]
            letters = np.frombuffer(self._letters, dtype=np.int32)[entries]
        if not candidates:
            return []
        # name_score is the larger of two rapidfuzz ratios (computed here for all candidates
        # at once) and a prefix rule worth at most 80-100 by the lengths: scoring candidates
        # in order of that upper bound, the exact scoring stops once no other can enter.
        keys = [key for _, _, key in candidates]
        base = np.maximum(
            process.cdist([query], keys, scorer=fuzz.token_sort_ratio, dtype=np.float64)[0],
            process.cdist([query], keys, scorer=fuzz.ratio, dtype=np.float64)[0],
        )
        typed = sum(len(t) for t in query_tokens)
        rule = 80 + 20 * np.minimum(1.0, typed / np.maximum(1, letters))
        upper = np.where(word_count >= len(query_tokens), np.maximum(base, rule), base)
        best: dict[int, tuple[float, int, str]] = {}  # speaker -> (score, entry order, name)
        kept: list[float] = []  # the scores in best, ascending
        floor = min_score
        for index in np.argsort(-upper, kind="stable").tolist():
            if round(float(upper[index]), 2) < floor:
                break
            speaker_id, shown, key = candidates[index]
            score = round(max(float(base[index]), prefix_rule_score(query_tokens, key)), 2)
            if score < min_score:
                continue
            known = best.get(speaker_id)
            if known is None or score > known[0] or (score == known[0] and index < known[1]):
                best[speaker_id] = (score, index, shown)
                if known is not None:
                    kept.remove(known[0])
                insort(kept, score)
                if len(kept) >= limit:
                    floor = max(min_score, kept[-limit])
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
        return [SpeakerNameMatch(sid, score, shown) for sid, (score, _, shown) in ranked]
