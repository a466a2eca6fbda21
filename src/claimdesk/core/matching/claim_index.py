"""The claim index: finds the stored claims most like a text among a million, in milliseconds.

Two stages. Candidates come from an inverted index over each claim's word stems and the first
``PREFIX_LEN`` characters of long stems (the prefixes absorb typos and inflections the stemmer
misses): every stored claim is scored with numpy by the characters of the stems it shares with
the query (terms in more than 30% of a big index left out), normalised the way the final scorer
normalises, and the best go on: 400 up to 100,000 claims, growing to 1,600 at a million
(:func:`candidates_for`).
Those are rescored exactly with the similarity of :func:`claim_similarity`, so a returned score is
always the score ``claim_similarity(query, stored text)`` gives.

Storage is compact: a claim is kept as the ids of its stems in order (its key is rebuilt from
them for rescoring), a stable 32-bit code of each of its numbers and its count of negations;
no text is kept. Bulk
loads build the postings as CSR arrays at once; claims added one at a time afterwards go to a
small delta of growable arrays, folded into the CSR arrays when it grows; removed claims leave
a tombstone until the next rebuild.

An index can be saved to and loaded from an ``.npz`` file of plain arrays (no pickles), with a
format version, a fingerprint of the normalisation (stemmer and key function) and a checksum
of every array, so a stale or damaged file is refused with :class:`MatchIndexError` and the
caller rebuilds.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from claimdesk.core.domain.errors import MatchIndexError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.matching.similarity import (
    CERTAIN_THRESHOLD,
    NEGATIONS,
    STEMMERS,
    SUGGEST_THRESHOLD,
    claim_key,
    numbers_in,
    stem,
    words,
)

FORMAT_VERSION: Final = 3  # 2: negation counts (uint8); 3: number codes instead of one hash
PREFIX_LEN: Final = 5
"""Stems longer than this are also indexed by their first ``PREFIX_LEN`` characters."""
CANDIDATES: Final = 400
"""How many candidates are rescored exactly in an index of up to ``CANDIDATES_FROM`` claims;
beyond, the more the claims, the more alike ones to tell apart: ``CANDIDATES`` grows as the
0.6th power of the size (1,600 at a million, where it keeps recall@10 near 0.985)."""
CANDIDATES_FROM: Final = 100_000
MAX_SHARED_FRACTION: Final = 0.3
"""Terms in more than this fraction of the claims are left out of the candidate stage while the
query has others: they hardly tell claims apart and cost the most to count."""
PREFIX_WEIGHT: Final = 0.5
STEM_WEIGHT: Final = 0.5
"""A stem longer than ``PREFIX_LEN`` counts for half its characters, its prefix for the other
half, so a typo or an inflection the stemmer missed still counts for half."""
MIN_SHARED: Final = 0.25
"""Claims sharing less than this part of the query's stem characters, and of their own, are
not candidates: none of the exhaustive top 10 in the benchmark came below 0.28."""
MIN_SKIPPED_POSTINGS: Final = 20_000
"""...but only terms in more claims than this: small indexes count every term."""
_PREFIX_MARK: Final = "\x01"  # prefix terms share the vocabulary with stems but never collide
_ROW_END: Final = "\n"  # no stem holds white space

_Ints = npt.NDArray[np.int64]
_Floats = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    claim_id: int
    score: float


def number_codes(text: str) -> list[int]:
    """Stable 32-bit codes of the distinct numbers in ``text``, sorted; empty when it has none.

    Codes stand for the numbers in the vectorised :func:`number_conflicts`; two different
    numbers share a code once in about four billion pairs."""
    return sorted(
        {
            int.from_bytes(hashlib.blake2b(n.encode(), digest_size=4).digest(), "little")
            for n in numbers_in(text)
        }
    )


def number_code_table(
    texts: Iterable[str],
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    """The number codes of many texts as CSR arrays: text i's codes are
    ``codes[starts[i]:starts[i + 1]]`` (for :func:`number_conflicts` over texts not indexed)."""
    rows = [number_codes(text) for text in texts]
    starts = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(row) for row in rows], out=starts[1:])
    codes = np.fromiter((code for row in rows for code in row), np.uint32, int(starts[-1]))
    return codes, starts


def _text_checksum(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


class _Growable:
    """A numpy array that grows by doubling, for appends one at a time."""

    def __init__(self, dtype: npt.DTypeLike, data: npt.NDArray[Any] | None = None) -> None:
        if data is None:
            data = np.zeros(1024, dtype=dtype)
            self.size = 0
        else:
            self.size = len(data)
        self.data: npt.NDArray[Any] = np.asarray(data, dtype=dtype)

    def view(self) -> npt.NDArray[Any]:
        return self.data[: self.size]

    def extend(self, values: npt.ArrayLike) -> None:
        values = np.asarray(values, dtype=self.data.dtype)
        end = self.size + len(values)
        if end > len(self.data):
            grown = np.zeros(max(end, 2 * len(self.data), 1024), dtype=self.data.dtype)
            grown[: self.size] = self.data[: self.size]
            self.data = grown
        self.data[self.size : end] = values
        self.size = end


def normalisation_fingerprint() -> str:
    """Changes whenever stored keys would: the stemmer, the key function, the index layout."""
    probe = (
        "«Мы ожидаем продолжения переговоров», — заявил Байрамов; Ёлки 5,5% "
        "The mayor said budgets won't grow — naïve ＡＢＣ Straße"
    )
    stemmer = type(STEMMERS["russian"])
    parts = [
        str(FORMAT_VERSION),
        str(PREFIX_LEN),
        f"{stemmer.__module__}.{stemmer.__qualname__}",
        claim_key(probe),
        fold(probe),
        str(number_codes(probe)),
        " ".join(sorted(NEGATIONS)),
    ]
    return f"{zlib.crc32(chr(31).join(parts).encode()):08x}"


class ClaimMatcher:
    """An in-memory index of claim texts, searched for the claims most like a given text.

    Thread-safe: the GUI adds claims on its thread while searches run on a worker.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._rebuild_lock = threading.Lock()
        # vocabulary: stems and prefix terms share ids
        self._term_ids: dict[str, int] = {}
        self._terms: list[str] = [_ROW_END]  # term 0 separates rows when keys are rebuilt
        self._term_len = _Growable(np.int32, np.zeros(1, dtype=np.int32))  # 0 for prefixes
        self._prefix_of = _Growable(np.int32, np.full(1, -1, dtype=np.int32))  # or -1
        # claims, one row each; a changed claim gets a new row and its old one is tombstoned
        self._row_of: dict[int, int] = {}
        self._claim_ids = _Growable(np.int64)
        self._alive = _Growable(np.bool_)
        self._weight = _Growable(np.float64)  # characters in the claim's distinct stems
        self._number_codes = _Growable(np.uint32)  # every row's number codes ...
        self._number_start = _Growable(np.int64, np.zeros(1, dtype=np.int64))  # ... from here
        self._negated = _Growable(np.uint8)
        self._checksum = _Growable(np.uint32)
        self._stems = _Growable(np.int32)  # every row's stem ids in order ...
        self._stem_start = _Growable(np.int64, np.zeros(1, dtype=np.int64))  # ... from here
        # postings: CSR arrays for rows below _base_rows, growable lists for the delta
        self._base_rows = 0
        self._indexed_rows = 0  # rows below are in the CSR postings or the delta
        self._indptr: _Ints = np.zeros(1, dtype=np.int64)
        self._postings: npt.NDArray[np.int32] = np.zeros(0, dtype=np.int32)
        self._delta: dict[int, array[int]] = {}
        self._delta_postings = 0
        self._df = _Growable(np.int64)  # rows holding each term, tombstones included

    # -- size -------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._row_of)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._row_of

    # -- adding and removing ----------------------------------------------------------------

    def _term(self, term: str, length: int) -> int:
        term_id = self._term_ids.get(term)
        if term_id is None:
            term_id = len(self._terms)
            self._term_ids[term] = term_id
            self._terms.append(term)
            self._term_len.extend([length])
            prefix = -1
            if length > PREFIX_LEN:
                prefix = self._term(_PREFIX_MARK + term[:PREFIX_LEN], 0)
            self._prefix_of.extend([prefix])
        return term_id

    def _prepare(
        self, pairs: Iterable[tuple[int, str]], cache: dict[str, int]
    ) -> tuple[list[int], list[int], list[int], list[int], list[list[int]], list[int]]:
        """Stems (as term ids) and the other columns of each claim; holds the lock briefly."""
        ids: list[int] = []
        lengths: list[int] = []
        stem_ids: list[int] = []
        negated: list[int] = []
        numbers: list[list[int]] = []
        checksums: list[int] = []
        negations = NEGATIONS
        known = cache.get
        for claim_id, text in pairs:
            word_list = words(text)
            row_stems = list(map(known, word_list))
            if None in row_stems:
                for index, word in enumerate(word_list):
                    if row_stems[index] is None:
                        stemmed = stem(word)
                        with self._lock:
                            term_id = self._term(stemmed, len(stemmed))
                        cache[word] = row_stems[index] = term_id
            ids.append(claim_id)
            lengths.append(len(row_stems))
            stem_ids.extend(row_stems)  # type: ignore[arg-type]  # no None left
            negated.append(min(255, sum(1 for w in word_list if w in negations)))
            numbers.append(number_codes(text))
            checksums.append(_text_checksum(text))
        return ids, lengths, stem_ids, negated, numbers, checksums

    def add(self, claim_id: int, text: str) -> None:
        """Add a claim, or replace the text of one already here."""
        self.add_many([(claim_id, text)])

    def add_many(self, pairs: Iterable[tuple[int, str]]) -> None:
        """Add (claim_id, text) pairs; the fast way to build an index of many claims."""
        cache: dict[str, int] = {}
        batch: list[tuple[int, str]] = []
        added = 0
        for pair in pairs:
            batch.append(pair)
            if len(batch) == 20_000:
                added += self._add_rows(batch, cache)
                batch = []
        if batch:
            added += self._add_rows(batch, cache)
        # Rebuilding the postings costs about a second per 100,000 claims: worth it for a bulk
        # load, not for a few claims added to a big index, which go to the delta.
        if added >= max(1000, self._base_rows // 10) or self._delta_postings > max(
            200_000, len(self._postings) // 4
        ):
            self._rebuild_postings()
        elif added:
            with self._lock:
                self._add_to_delta(self._indexed_rows, self._claim_ids.size)

    def _add_rows(self, batch: list[tuple[int, str]], cache: dict[str, int]) -> int:
        """Store the rows of ``batch``; their postings are added by the caller."""
        ids, lengths, stem_ids, negated, numbers, checksums = self._prepare(batch, cache)
        number_counts = np.fromiter(map(len, numbers), dtype=np.int64, count=len(numbers))
        codes = np.fromiter(
            (code for row in numbers for code in row),
            dtype=np.uint32,
            count=int(number_counts.sum()),
        )
        stems = np.array(stem_ids, dtype=np.int32)
        starts = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum(lengths, out=starts[1:])
        row_of_stem = np.repeat(np.arange(len(ids), dtype=np.int64), lengths)
        with self._lock:
            n_terms = len(self._terms)
            if stems.size:
                distinct = np.sort(row_of_stem * n_terms + stems)
                distinct = distinct[np.concatenate(([True], distinct[1:] != distinct[:-1]))]
                weights = np.bincount(
                    distinct // n_terms,
                    weights=self._term_len.view()[distinct % n_terms] + 1.0,
                    minlength=len(ids),
                )
            else:  # claims with no words at all ("…", "—"): stored, never a candidate
                weights = np.zeros(len(ids), dtype=np.float64)
            first = self._claim_ids.size
            seen: dict[int, int] = {}
            for offset, claim_id in enumerate(ids):
                old = self._row_of.get(claim_id)
                if old is not None:
                    self._alive.data[old] = False
                self._row_of[claim_id] = first + offset
                previous = seen.get(claim_id)
                if previous is not None:  # the same claim twice in one batch: the last wins
                    ids[previous] = -1
                seen[claim_id] = offset
            self._claim_ids.extend(ids)
            self._alive.extend([i != -1 for i in ids])
            self._weight.extend(weights)
            self._number_start.extend(np.cumsum(number_counts) + self._number_codes.size)
            self._number_codes.extend(codes)
            self._negated.extend(negated)
            self._checksum.extend(checksums)
            self._stem_start.extend(starts[1:] + self._stems.size)
            self._stems.extend(stems)
        return len(ids)

    def _row_terms(self, rows_start: int, rows_end: int) -> tuple[_Ints, _Ints]:
        """(row, term) of every distinct stem and prefix term of the rows, sorted by term
        (call with the lock held, or on arrays no other thread changes)."""
        starts = self._stem_start.data[rows_start : rows_end + 1]
        stems = self._stems.data[starts[0] : starts[-1]]
        lengths = np.diff(starts)
        rows = np.repeat(np.arange(rows_start, rows_end, dtype=np.int64), lengths)
        prefixes = self._prefix_of.data[stems]
        has_prefix = prefixes >= 0
        keys = np.concatenate([stems, prefixes[has_prefix]]).astype(np.int64)
        keys *= rows_end + 1
        keys[: len(rows)] += rows
        keys[len(rows) :] += rows[has_prefix]
        del rows, prefixes, has_prefix
        keys.sort()
        distinct = np.empty(len(keys), dtype=np.bool_)
        distinct[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=distinct[1:])
        keys = keys[distinct]
        return keys % (rows_end + 1), keys // (rows_end + 1)

    def _rebuild_postings(self) -> None:
        """Build CSR postings of every row; rows added meanwhile go to the delta."""
        with self._rebuild_lock:
            with self._lock:
                n_rows = self._claim_ids.size
                n_terms = len(self._terms)
            # Rows below n_rows and their stems never change, so this runs without the lock.
            built = self._build_csr(n_rows, n_terms)
            with self._lock:
                self._install_csr(n_rows, n_terms, *built)

    def _build_csr(self, n_rows: int, n_terms: int) -> tuple[_Ints, npt.NDArray[np.int32]]:
        rows, terms = self._row_terms(0, n_rows)
        counts = np.bincount(terms, minlength=n_terms)
        del terms
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        return indptr, rows.astype(np.int32)

    def _install_csr(
        self, n_rows: int, n_terms: int, indptr: _Ints, postings: npt.NDArray[np.int32]
    ) -> None:
        self._indptr = indptr
        self._postings = postings
        self._df = _Growable(np.int64, np.zeros(len(self._terms), dtype=np.int64))
        self._df.data[:n_terms] = np.diff(indptr)
        self._delta = {}
        self._delta_postings = 0
        self._base_rows = self._indexed_rows = n_rows
        if self._claim_ids.size > n_rows:
            self._add_to_delta(n_rows, self._claim_ids.size)

    def _add_to_delta(self, first: int, end: int) -> None:
        self._indexed_rows = end
        if first >= end:
            return
        rows, terms = self._row_terms(first, end)
        if len(self._df.view()) < len(self._terms):
            self._df.extend(np.zeros(len(self._terms) - len(self._df.view()), dtype=np.int64))
        np.add.at(self._df.data, terms, 1)
        for row, term in zip(rows.tolist(), terms.tolist(), strict=True):
            postings = self._delta.get(term)
            if postings is None:
                postings = self._delta[term] = array("i")
            postings.append(row)
        self._delta_postings += len(rows)

    def remove(self, claim_id: int) -> None:
        with self._lock:
            row = self._row_of.pop(claim_id, None)
            if row is not None:
                self._alive.data[row] = False

    def compact(self) -> None:
        """Drop tombstoned rows and fold the delta into the CSR arrays (searches wait)."""
        with self._rebuild_lock, self._lock:
            alive = np.flatnonzero(self._alive.view())
            if (
                len(alive) == self._claim_ids.size
                and not self._delta
                and self._base_rows == self._claim_ids.size
                and len(self._indptr) == len(self._terms) + 1
            ):
                return
            self._stems, self._stem_start = _keep_rows(self._stems, self._stem_start, alive)
            self._number_codes, self._number_start = _keep_rows(
                self._number_codes, self._number_start, alive
            )
            for name in ("_claim_ids", "_alive", "_weight", "_negated", "_checksum"):
                column: _Growable = getattr(self, name)
                setattr(self, name, _Growable(column.data.dtype, column.view()[alive]))
            ids = self._claim_ids.view().tolist()
            self._row_of = {claim_id: row for row, claim_id in enumerate(ids)}
            n_rows, n_terms = len(alive), len(self._terms)
            self._install_csr(n_rows, n_terms, *self._build_csr(n_rows, n_terms))

    # -- searching --------------------------------------------------------------------------

    def _query_terms(self, key: str) -> tuple[list[int], list[float], float]:
        """The query's known terms, their weights, and the weight of all its stems."""
        weights, total = term_weights(key)
        known = [(self._term_ids.get(term), weight) for term, weight in weights.items()]
        found = [(term_id, weight) for term_id, weight in known if term_id is not None]
        return [t for t, _ in found], [w for _, w in found], total

    def _candidates(self, key: str) -> list[int]:
        """Rows worth rescoring, best guesses first (call with the lock held)."""
        terms, weights, query_weight = self._query_terms(key)
        n_rows = self._claim_ids.size
        if not terms or n_rows == 0:
            return []
        known_df = self._df.view()
        df = np.array([known_df[t] if t < len(known_df) else 0 for t in terms], dtype=np.int64)
        common = df > max(MAX_SHARED_FRACTION * n_rows, MIN_SKIPPED_POSTINGS)
        if common.all():  # only common words: keep the rarest of them
            common = df > df.min()
        chunks: list[npt.NDArray[np.int32]] = []
        chunk_weights: list[float] = []
        lengths: list[int] = []
        indptr = self._indptr
        n_base_terms = len(indptr) - 1
        for term, weight, skip in zip(terms, weights, common.tolist(), strict=True):
            if skip:
                continue
            if term < n_base_terms:
                chunk = self._postings[indptr[term] : indptr[term + 1]]
                if len(chunk):
                    chunks.append(chunk)
                    chunk_weights.append(weight)
                    lengths.append(len(chunk))
            delta = self._delta.get(term)
            if delta:
                chunks.append(np.frombuffer(delta, dtype=np.int32).copy())
                chunk_weights.append(weight)
                lengths.append(len(delta))
        if not chunks:
            return []
        rows = np.concatenate(chunks)
        shared = np.bincount(
            rows, weights=np.repeat(np.array(chunk_weights), lengths), minlength=n_rows
        )
        row_weight = self._weight.view()
        # A claim is worth a look if it shares a good part of the query's stems or of its own.
        picked = np.flatnonzero(
            (shared >= MIN_SHARED * query_weight) | (shared >= MIN_SHARED * row_weight)
        )
        picked = picked[self._alive.view()[picked]]
        if len(picked) == 0:
            return []
        estimate = _estimate(shared[picked], query_weight, row_weight[picked])
        wanted = candidates_for(n_rows)
        if len(picked) > wanted:
            best = np.argpartition(estimate, -wanted)[-wanted:]
            picked, estimate = picked[best], estimate[best]
        order = np.argsort(-estimate, kind="stable")
        result: list[int] = picked[order].tolist()
        return result

    def _keys_of_rows(self, rows: _Ints) -> list[str]:
        """The claim keys of ``rows``, rebuilt from their stems in one gather and one join."""
        starts = self._stem_start.data[rows]
        lengths = self._stem_start.data[rows + 1] - starts
        slots = lengths + 1  # each row's stems, then the row separator (term 0)
        ends = np.cumsum(slots)
        total = int(ends[-1])
        offsets = np.arange(total, dtype=np.int64) - np.repeat(ends - slots, slots)
        gathered = np.repeat(starts, slots) + offsets
        separator = offsets == np.repeat(lengths, slots)
        gathered[separator] = 0
        term_ids = self._stems.data[gathered]
        term_ids[separator] = 0
        if total == 1:
            return [""]
        return _split_rows(" ".join(itemgetter(*term_ids.tolist())(self._terms)))

    def search(
        self, text: str, limit: int = 10, min_score: float = SUGGEST_THRESHOLD
    ) -> list[ClaimMatch]:
        key = claim_key(text)
        if not key:
            return []
        with self._lock:
            rows = self._candidates(key)
            if not rows:
                return []
            row_array = np.array(rows, dtype=np.int64)
            keys = self._keys_of_rows(row_array)
            claim_ids = self._claim_ids.data[row_array]
            conflicts = number_conflicts(
                np.array(number_codes(text), dtype=np.uint32),
                self._number_start.data[row_array],
                self._number_start.data[row_array + 1],
                self._number_codes.data,
            )
            negated = self._negated.data[row_array]
        scores = score_keys(key, negated_text(text), keys, conflicts, negated, min_score)
        return best_matches(claim_ids.tolist(), scores, min_score, limit)

    # -- keeping in step with a catalogue ---------------------------------------------------

    def checksums(self) -> dict[int, int]:
        """The CRC-32 of each stored claim's text (UTF-8), to find which changed since."""
        with self._lock:
            sums = self._checksum.data
            return {claim_id: int(sums[row]) for claim_id, row in self._row_of.items()}

    @staticmethod
    def checksum(text: str) -> int:
        """The checksum :meth:`checksums` keeps for ``text``."""
        return _text_checksum(text)

    # -- persistence ------------------------------------------------------------------------

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to ``path`` (an ``.npz`` file), atomically."""
        self.compact()
        with self._lock:
            arrays: dict[str, npt.NDArray[Any]] = {
                "claim_ids": self._claim_ids.view().copy(),
                "weight": self._weight.view().copy(),
                "number_codes": self._number_codes.view().copy(),
                "number_start": self._number_start.view().copy(),
                "negated": self._negated.view().copy(),
                "checksum": self._checksum.view().copy(),
                "stems": self._stems.view().copy(),
                "stem_start": self._stem_start.view().copy(),
                "term_len": self._term_len.view().copy(),
                "prefix_of": self._prefix_of.view().copy(),
                "indptr": self._indptr.copy(),
                "postings": self._postings.copy(),
                "terms": np.frombuffer(
                    "\0".join(self._terms).encode("utf-8", "surrogatepass"), dtype=np.uint8
                ).copy(),
            }
        meta = {
            "format": FORMAT_VERSION,
            "fingerprint": normalisation_fingerprint(),
            "rows": len(arrays["claim_ids"]),
            "terms": len(arrays["term_len"]),
            "checksums": {name: _array_checksum(a) for name, a in arrays.items()},
        }
        arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8).copy()
        target = Path(path)
        temporary = target.with_name(target.name + ".tmp")
        with open(temporary, "wb") as stream:
            np.savez(stream, allow_pickle=False, **arrays)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ClaimMatcher:
        """Read an index written by :meth:`save`; :class:`MatchIndexError` if it cannot be
        trusted (another format or normalisation, damaged, truncated), so the caller rebuilds."""
        try:
            with open(path, "rb") as stream, np.load(stream, allow_pickle=False) as archive:
                arrays = {name: archive[name] for name in archive.files}
        except Exception as error:  # OSError, zipfile.BadZipFile, ValueError, EOFError, ...
            raise MatchIndexError(
                QT_TRANSLATE_NOOP("Errors", "The claim index {path} cannot be read: {reason}"),
                path=path,
                reason=str(error),
            ) from error
        try:
            meta = json.loads(bytes(arrays.pop("meta")).decode())
        except (KeyError, ValueError) as error:
            raise MatchIndexError(
                QT_TRANSLATE_NOOP("Errors", "The claim index {path} has no valid header."),
                path=path,
            ) from error
        if not isinstance(meta, dict) or meta.get("format") != FORMAT_VERSION:
            raise MatchIndexError(
                QT_TRANSLATE_NOOP("Errors", "The claim index {path} is of another format version."),
                path=path,
            )
        if meta.get("fingerprint") != normalisation_fingerprint():
            raise MatchIndexError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The claim index {path} was built with another normalisation or stemmer.",
                ),
                path=path,
            )
        expected = meta.get("checksums")
        if not isinstance(expected, dict) or set(expected) != set(arrays):
            raise MatchIndexError(
                QT_TRANSLATE_NOOP("Errors", "The claim index {path} is incomplete."), path=path
            )
        for name, values in arrays.items():
            if _array_checksum(values) != expected[name]:
                raise MatchIndexError(
                    QT_TRANSLATE_NOOP("Errors", "The claim index {path} is damaged ({part})."),
                    path=path,
                    part=name,
                )
        try:
            return cls._from_arrays(arrays)
        except (ValueError, IndexError, TypeError) as error:
            raise MatchIndexError(
                QT_TRANSLATE_NOOP("Errors", "The claim index {path} is inconsistent: {reason}"),
                path=path,
                reason=str(error),
            ) from error

    @classmethod
    def _from_arrays(cls, arrays: dict[str, npt.NDArray[Any]]) -> ClaimMatcher:
        matcher = cls()
        terms = bytes(arrays["terms"]).decode("utf-8", "surrogatepass").split("\0")
        n_terms, n_rows = len(terms), len(arrays["claim_ids"])
        stem_start = arrays["stem_start"]
        if (
            len(arrays["term_len"]) != n_terms
            or len(arrays["prefix_of"]) != n_terms
            or len(arrays["indptr"]) != n_terms + 1
            or len(stem_start) != n_rows + 1
            or stem_start[-1] != len(arrays["stems"])
            or arrays["indptr"][-1] != len(arrays["postings"])
            or (len(arrays["stems"]) and int(arrays["stems"].max()) >= n_terms)
            or (len(arrays["postings"]) and int(arrays["postings"].max()) >= n_rows)
            or len(arrays["number_start"]) != n_rows + 1
            or arrays["number_start"][-1] != len(arrays["number_codes"])
            or any(len(arrays[name]) != n_rows for name in ("weight", "negated", "checksum"))
        ):
            raise ValueError("array sizes disagree")
        matcher._terms = terms
        if terms[0] != _ROW_END:
            raise ValueError("the vocabulary does not start with the row separator")
        matcher._term_ids = {term: i for i, term in enumerate(terms) if i}
        matcher._term_len = _Growable(np.int32, arrays["term_len"])
        matcher._prefix_of = _Growable(np.int32, arrays["prefix_of"])
        matcher._claim_ids = _Growable(np.int64, arrays["claim_ids"])
        matcher._alive = _Growable(np.bool_, np.ones(n_rows, dtype=np.bool_))
        matcher._weight = _Growable(np.float64, arrays["weight"])
        matcher._number_codes = _Growable(np.uint32, arrays["number_codes"])
        matcher._number_start = _Growable(np.int64, arrays["number_start"])
        matcher._negated = _Growable(np.uint8, arrays["negated"])
        matcher._checksum = _Growable(np.uint32, arrays["checksum"])
        matcher._stems = _Growable(np.int32, arrays["stems"])
        matcher._stem_start = _Growable(np.int64, stem_start)
        matcher._indptr = arrays["indptr"].astype(np.int64)
        matcher._postings = arrays["postings"].astype(np.int32)
        matcher._df = _Growable(np.int64, np.diff(matcher._indptr))
        matcher._base_rows = matcher._indexed_rows = n_rows
        matcher._row_of = {
            claim_id: row for row, claim_id in enumerate(arrays["claim_ids"].tolist())
        }
        if len(matcher._row_of) != n_rows:
            raise ValueError("a claim id occurs twice")
        return matcher

    def memory_bytes(self) -> int:
        """Bytes held by the index's numpy arrays (the Python vocabulary and id map excluded)."""
        with self._lock:
            columns = (
                self._claim_ids,
                self._alive,
                self._weight,
                self._number_codes,
                self._number_start,
                self._negated,
                self._checksum,
                self._stems,
                self._stem_start,
                self._term_len,
                self._prefix_of,
                self._df,
            )
            arrays: list[npt.NDArray[Any]] = [self._indptr, self._postings]
            arrays += [column.data for column in columns]
            return sum(int(a.nbytes) for a in arrays)


def term_weights(key: str) -> tuple[dict[str, float], float]:
    """The candidate-stage terms of a claim key with the weight each counts for, and the weight
    of all its stems: a stem counts for its characters; one longer than ``PREFIX_LEN`` counts
    half, its prefix term the other half, so a typo or an inflection the stemmer missed still
    counts for half."""
    weights: dict[str, float] = {}
    total = 0.0
    for token in set(key.split()):
        weight = len(token) + 1.0
        total += weight
        if len(token) > PREFIX_LEN:
            prefix = _PREFIX_MARK + token[:PREFIX_LEN]
            weights[prefix] = max(weights.get(prefix, 0.0), PREFIX_WEIGHT * weight)
            weight *= STEM_WEIGHT
        weights[token] = weight
    return weights, total


def best_matches(
    claim_ids: list[int], scores: _Floats, min_score: float, limit: int
) -> list[ClaimMatch]:
    """The ``limit`` best of the claims whose (unrounded) ``scores`` reach ``min_score`` once
    rounded to 2 decimals, best first, ties by claim id."""
    results = []
    for index in np.flatnonzero(scores >= min_score - 0.01).tolist():
        score = round(float(scores[index]), 2)
        if score >= min_score:
            results.append(ClaimMatch(int(claim_ids[index]), score))
    results.sort(key=lambda m: (-m.score, m.claim_id))
    return results[:limit]


def candidates_for(n_rows: int) -> int:
    """How many candidates to rescore exactly in an index of ``n_rows`` claims."""
    return int(CANDIDATES * max(1.0, n_rows / CANDIDATES_FROM) ** 0.6)


def _estimate(shared: _Floats, query: float, other: _Floats) -> _Floats:
    """A guess at the similarity from the characters of the stems two claims share.

    It mirrors the final scorer: token_sort_ratio is about the share of all characters in
    common (plus the letters different words have in common by chance), token_set_ratio about
    the share of the shorter text, tempered by the coverage of the longer.
    """
    smaller = np.minimum(other, query)
    larger = np.maximum(other, query)
    # a stored claim without words has no characters at all: it estimates to 0, not 0/0
    sorted_words = _safe_divide(
        2 * shared + 0.4 * np.minimum(query - shared, other - shared), query + other
    )
    set_words = _safe_divide(2 * shared, shared + smaller)
    return np.maximum(sorted_words, set_words * (0.85 + 0.15 * _safe_divide(smaller, larger)))


def _safe_divide(numerator: _Floats, denominator: _Floats) -> _Floats:
    out = np.zeros(np.broadcast(numerator, denominator).shape, dtype=np.float64)
    np.divide(numerator, denominator, out=out, where=denominator > 0)
    return out


def _split_rows(joined: str) -> list[str]:
    """Split "a b \\n c \\n" (row keys joined with the separator term) into ["a b", "c"]."""
    parts = joined.split("\n")[:-1]
    return [part.strip(" ") for part in parts]


def _array_checksum(values: npt.NDArray[Any]) -> str:
    return f"{values.dtype.str}:{values.shape}:{zlib.crc32(np.ascontiguousarray(values).data):08x}"


def negated_text(text: str) -> int:
    """The number of negation words in ``text`` (as similarity.negation_count, capped at 255)."""
    return min(255, sum(1 for w in words(text) if w in NEGATIONS))


def _keep_rows(values: _Growable, starts: _Growable, rows: _Ints) -> tuple[_Growable, _Growable]:
    """The CSR columns (values of each row from ``starts``) of ``rows`` only, renumbered."""
    begin = starts.data[rows]
    lengths = starts.data[rows + 1] - begin
    take = np.repeat(begin, lengths) + (
        np.arange(int(lengths.sum()), dtype=np.int64)
        - np.repeat(np.cumsum(lengths) - lengths, lengths)
    )
    new_starts = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=new_starts[1:])
    return _Growable(values.data.dtype, values.data[take]), _Growable(np.int64, new_starts)


def number_conflicts(
    query: npt.NDArray[np.uint32], starts: _Ints, ends: _Ints, codes: npt.NDArray[np.uint32]
) -> npt.NDArray[np.bool_]:
    """For each stored claim whose number codes are ``codes[starts[i]:ends[i]]``, whether its
    numbers and the query's (``query``, distinct codes) contradict: neither holds all of the
    other's, as :func:`claimdesk.core.matching.similarity.numbers_conflict` decides."""
    counts = ends - starts
    total = int(counts.sum())
    if total == 0:
        return np.zeros(len(starts), dtype=np.bool_)
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    gathered = codes[np.repeat(starts, counts) + offsets]
    row_of = np.repeat(np.arange(len(starts), dtype=np.int64), counts)
    shared = np.bincount(row_of[np.isin(gathered, query)], minlength=len(starts))
    result: npt.NDArray[np.bool_] = (shared < counts) & (shared < len(query))
    return result


def score_keys(
    key: str,
    negated: int,
    keys: list[str],
    numbers_conflict: npt.NDArray[np.bool_],
    negated_rows: npt.NDArray[np.uint8],
    min_score: float = 0.0,
) -> _Floats:
    """:func:`claim_similarity` of a query and many stored claims at once, before rounding.

    ``numbers_conflict`` tells, for each stored claim, whether its numbers contradict the
    query's (:func:`number_conflicts`).

    Scores below ``min_score`` may come out lower than the real ones (the scorers stop early),
    never higher; rounded to 2 decimals with ``round``, the others equal ``claim_similarity``.
    """
    if not keys:
        return np.zeros(0, dtype=np.float64)
    cutoff = max(0.0, min_score - 0.01)
    set_scores = process.cdist(
        [key], keys, scorer=fuzz.token_set_ratio, dtype=np.float64, score_cutoff=cutoff
    )[0]
    sort_scores = process.cdist(
        [key], keys, scorer=fuzz.token_sort_ratio, dtype=np.float64, score_cutoff=cutoff
    )[0]
    lengths = np.fromiter((len(k) for k in keys), dtype=np.float64, count=len(keys))
    shorter = np.minimum(lengths, len(key))
    longer = np.maximum(lengths, len(key))
    coverage = shorter / longer
    scores = np.maximum(sort_scores, set_scores * (0.85 + 0.15 * coverage))
    cap = CERTAIN_THRESHOLD - 8
    scores = np.where(numbers_conflict, np.minimum(scores * 0.85, cap), scores)
    scores = np.where(negated_rows != negated, np.minimum(scores * 0.85, cap), scores)
    result: _Floats = np.where(lengths == 0, 0.0, scores)
    return result
