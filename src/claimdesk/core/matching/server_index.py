"""The claim index of a team catalogue, kept on the PostgreSQL server beside the claims.

A team catalogue can hold more claims than every desk should index in memory (the in-memory
:class:`~claimdesk.core.matching.claim_index.ClaimMatcher` takes about 14 s and 300 MB at a
million). On PostgreSQL the server keeps the inverted index instead, in tables the migrations create
(``0004``), and each search reads only the parts it needs:

* ``match_postings``: for each term (a word stem, or the first ``PREFIX_LEN`` characters of a long
  stem, as the in-memory index has them; named by a stable 64-bit code), the ids of the claims
  holding it, packed as big-endian 32-bit integers in one ``bytea`` value;
* ``match_delta``: one row per (term, claim) for claims added since the postings were last
  merged: a write adds rows and never rewrites a shared one, so desks attributing at once do not
  wait for each other;
* ``match_keys``: each claim's stem key, negation count and number codes, for exact rescoring;
* ``match_state``: the normalisation fingerprint the index was built with (a desk with another
  stemmer neither searches nor writes it) and whether it is ready.

A search looks up the postings of the query's terms by primary key (terms in more than 30% of the
claims left out, as in memory), adds the delta rows of the same terms in the same statement,
sums the shared stem weight per claim with numpy, and rescores the best
:func:`~claimdesk.core.matching.claim_index.candidates_for` claims exactly with the same scorer as
:func:`~claimdesk.core.matching.similarity.claim_similarity`. Every returned score is the one
``claim_similarity`` gives.

Why not full-text search or pg_trgm with a GIN index, as first planned: on the benchmark corpus
(benchmarks/team.py, 1M claims) the stored claims most like a query share mostly common words;
an OR of the query's rare stems through a GIN index found 9-32% of the exhaustive top 10, and
summing the postings in SQL (``GROUP BY`` over an unnested array or a (term, claim) table) took
220-470 ms at the 95th percentile for 96-97% recall; reading the packed postings and summing
them here takes a few milliseconds for the same recall.

The merge (:meth:`ServerClaimIndex.compact`) and a full :meth:`ServerClaimIndex.rebuild` run in
a REPEATABLE READ transaction under an advisory lock: their ``DELETE`` removes only the delta
rows their snapshot saw, so a claim committed meanwhile keeps its rows. The merge also drops
deleted claims from the postings and indexes any claim that has no key row (a claim written by
a desk with another stemmer, or during the first build).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

from claimdesk.core.matching.claim_index import (
    MAX_SHARED_FRACTION,
    MIN_SKIPPED_POSTINGS,
    ClaimMatch,
    best_matches,
    candidates_for,
    negated_text,
    normalisation_fingerprint,
    number_codes,
    number_conflicts,
    score_keys,
    term_weights,
)
from claimdesk.core.matching.similarity import SUGGEST_THRESHOLD, claim_key
from claimdesk.core.storage.history import Edit

logger = logging.getLogger(__name__)

TABLES: Final = ("match_postings", "match_delta", "match_keys", "match_state")
"""The server index's tables (PostgreSQL catalogues only; not catalogue data: never copied)."""
LOCK_KEY: Final = 0x436C61696D496478  # "ClaimIdx": one merge or rebuild at a time per database
COMPACT_DELTA_ROWS: Final = 20_000
"""Merge the delta into the postings once a search reads more delta rows than this..."""
COMPACT_DELTA_SHARE: Final = 0.05
"""...and they are more than this share of the postings it read."""
_BATCH: Final = 5000

Progress = Callable[[int, int], None]


def term_code(term: str) -> int:
    """A stable signed 64-bit code for a term (a ``bigint`` on the server)."""
    digest = hashlib.blake2b(term.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


_code_cache: dict[str, int] = {}


def _code(term: str) -> int:
    code = _code_cache.get(term)
    if code is None:
        if len(_code_cache) > 500_000:
            _code_cache.clear()
        code = _code_cache[term] = term_code(term)
    return code


def key_terms(key: str) -> tuple[dict[int, float], float]:
    """The term codes of a claim key with the weight each counts for, and the key's total weight
    (:func:`~claimdesk.core.matching.claim_index.term_weights`, named by code)."""
    weights, total = term_weights(key)
    return {_code(term): weight for term, weight in weights.items()}, total


@dataclass(frozen=True, slots=True)
class _Entry:
    claim_id: int
    key: str
    negated: int
    numbers: bytes
    terms: list[int]


def _entry(claim_id: int, quote: str) -> _Entry:
    key = claim_key(quote)
    terms, _ = key_terms(key)
    numbers = np.array(number_codes(quote), dtype="<u4").tobytes()
    return _Entry(claim_id, key, negated_text(quote), numbers, list(terms))


@dataclass(frozen=True, slots=True)
class IndexStatus:
    state: str
    """"missing" (never built), "building", "ready", or "other" (built with another stemmer)."""
    postings: int = 0
    delta_rows: int = 0
    claims: int = 0


def is_server_catalogue(engine: Engine) -> bool:
    return engine.url.get_backend_name() == "postgresql"


class ServerClaimIndex:
    """The server-side claim index of one PostgreSQL catalogue (thread-safe)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.fingerprint = normalisation_fingerprint()
        self._compacting = threading.Lock()
        self.compactions = 0
        """Merges this client ran (for tests and the benchmark)."""

    # -- state ------------------------------------------------------------------------------

    def _state(self, connection: Connection) -> str:
        row = connection.execute(
            text("SELECT fingerprint, ready FROM match_state WHERE id = 1")
        ).first()
        if row is None:
            return "missing"
        if row[0] != self.fingerprint:
            return "other"
        return "ready" if row[1] else "building"

    def status(self) -> IndexStatus:
        with self.engine.connect() as connection:
            state = self._state(connection)
            postings = connection.execute(
                text("SELECT coalesce(sum(octet_length(claim_ids)) / 4, 0) FROM match_postings")
            ).scalar_one()
            delta = connection.execute(text("SELECT count(*) FROM match_delta")).scalar_one()
            claims = connection.execute(text("SELECT count(*) FROM match_keys")).scalar_one()
        return IndexStatus(state, int(postings), int(delta), int(claims))

    def state(self) -> str:
        """ "ready" when searches can use the server index (built, with this desk's stemmer);
        else "missing", "building" or "other" (see :class:`IndexStatus`)."""
        with self.engine.connect() as connection:
            return self._state(connection)

    def forget(self, connection: Connection) -> None:
        """Empty the index, to be built again (after a copy wrote claims past it)."""
        for table in TABLES:
            connection.execute(text(f"DELETE FROM {table}"))  # the constant names above

    # -- keeping in step with edits ---------------------------------------------------------

    def edit_committed(self, connection: Connection, edit: Edit, reverse: bool) -> None:
        """Keep the index in step with the claims an edit (or its undo, ``reverse``) inserted,
        deleted or moved (a new quote), in the edit's own transaction (a catalogue's write hook)."""
        added: list[tuple[int, str]] = []
        removed: list[int] = []
        for change in edit.changes:
            if change.table != "claim":
                continue
            old, new = (change.after, change.before) if reverse else (change.before, change.after)
            if old is None and new is not None:
                added.append((int(new["id"]), str(new["quote"])))
            elif old is not None and new is None:
                removed.append(int(old["id"]))
            elif old is not None and new is not None and old["quote"] != new["quote"]:
                removed.append(int(old["id"]))  # a moved claim: indexed again, as it reads now
                added.append((int(new["id"]), str(new["quote"])))
        self.claims_changed(connection, added, removed)

    def claims_changed(
        self, connection: Connection, added: Sequence[tuple[int, str]], removed: Sequence[int]
    ) -> None:
        """Index claims an edit inserted and forget deleted ones, in the edit's transaction.
        Nothing is written while the index is missing or built with another stemmer."""
        if not added and not removed:
            return
        if self._state(connection) not in ("ready", "building"):
            return
        if removed:
            connection.execute(
                text("DELETE FROM match_keys WHERE claim_id = ANY(:ids)"), {"ids": list(removed)}
            )
        if added:
            self._insert(connection, [_entry(i, q) for i, q in added], delta=True)

    @staticmethod
    def _insert(connection: Connection, entries: list[_Entry], *, delta: bool) -> None:
        connection.execute(
            text(
                "INSERT INTO match_keys (claim_id, key, negated, numbers) "
                "SELECT * FROM unnest(CAST(:ids AS int[]), CAST(:keys AS text[]), "
                "CAST(:negated AS smallint[]), CAST(:numbers AS bytea[])) "
                "ON CONFLICT (claim_id) DO NOTHING"
            ),
            {
                "ids": [e.claim_id for e in entries],
                "keys": [e.key for e in entries],
                "negated": [e.negated for e in entries],
                "numbers": [e.numbers for e in entries],
            },
        )
        if delta:
            terms = [t for e in entries for t in e.terms]
            ids = [e.claim_id for e in entries for _ in e.terms]
            connection.execute(
                text(
                    "INSERT INTO match_delta (term, claim_id) "
                    "SELECT * FROM unnest(CAST(:terms AS bigint[]), CAST(:ids AS int[]))"
                ),
                {"terms": terms, "ids": ids},
            )

    # -- searching --------------------------------------------------------------------------

    def search(
        self, query: str, limit: int = 10, min_score: float = SUGGEST_THRESHOLD
    ) -> list[ClaimMatch]:
        """The stored claims most like ``query``, best first, scored as claim_similarity does."""
        key = claim_key(query)
        if not key:
            return []
        weights, _total = key_terms(key)
        codes = list(weights)
        with self.engine.connect() as connection:
            n_claims = max(
                0.0,
                float(
                    connection.execute(
                        text("SELECT reltuples FROM pg_class WHERE oid = 'claim'::regclass")
                    ).scalar_one()
                ),
            )
            lengths: dict[int, int] = {
                int(term): int(length)
                for term, length in connection.execute(
                    text(
                        "SELECT term, octet_length(claim_ids) / 4 FROM match_postings "
                        "WHERE term = ANY(:codes)"
                    ),
                    {"codes": codes},
                )
            }
            wanted = _uncommon(codes, lengths, n_claims)
            rows = _binary_rows(
                connection,
                "SELECT term, claim_ids, false FROM match_postings WHERE term = ANY(%(codes)s) "
                "UNION ALL "
                "SELECT term, string_agg(int4send(claim_id), ''::bytea), true "
                "FROM match_delta WHERE term = ANY(%(codes)s) GROUP BY term",
                {"codes": wanted},
            )
            chunks = [np.frombuffer(bytes(ids), dtype=">i4") for _, ids, _ in rows]
            delta_rows = sum(len(c) for c, (_, _, d) in zip(chunks, rows, strict=True) if d)
            candidates = _best(
                chunks, [weights[int(t)] for t, _, _ in rows], candidates_for(int(n_claims))
            )
            if not candidates:
                return []
            found = _binary_rows(
                # no join with claim (it doubled the time): an edit deletes a claim's key row
                # with the claim, and the service layer skips any id no longer there
                connection,
                "SELECT claim_id, key, negated, numbers FROM match_keys "
                "WHERE claim_id = ANY(%(ids)s)",
                {"ids": candidates},
            )
        self._maybe_compact(delta_rows, sum(len(c) for c in chunks) - delta_rows)
        if not found:
            return []
        return _rescore(query, key, found, limit, min_score)

    @property
    def merging(self) -> bool:
        """Whether a merge this desk started in the background is running."""
        return self._compacting.locked()

    def _maybe_compact(self, delta_rows: int, base_rows: int) -> None:
        if delta_rows < COMPACT_DELTA_ROWS or delta_rows < COMPACT_DELTA_SHARE * base_rows:
            return
        if not self._compacting.acquire(blocking=False):
            return

        def run() -> None:
            try:
                self.compact()
            except Exception:  # a background merge must never break searching
                logger.exception("Merging the server claim index failed; searches go on")
            finally:
                self._compacting.release()

        threading.Thread(target=run, name="claimdesk-compact", daemon=True).start()

    # -- building and merging ---------------------------------------------------------------

    def _locked_snapshot(self, connection: Connection) -> bool:
        """Begin a REPEATABLE READ transaction holding the merge lock; False if another desk
        holds it (it is merging or building right now)."""
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        return bool(
            connection.execute(
                text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": LOCK_KEY}
            ).scalar_one()
        )

    def rebuild(self, progress: Progress | None = None) -> bool:
        """Index every claim afresh on the server (after the migration, a copy, or a stemmer
        change); False if another desk is building or merging it right now."""
        return _retrying(lambda: self._rebuild(progress))

    def _rebuild(self, progress: Progress | None) -> bool:
        with self.engine.begin() as connection:  # let writers start filling the delta now
            connection.execute(
                text(
                    "INSERT INTO match_state (id, fingerprint, ready) VALUES (1, :f, false) "
                    "ON CONFLICT (id) DO UPDATE SET fingerprint = :f, ready = false "
                    "WHERE match_state.fingerprint <> :f"
                ),
                {"f": self.fingerprint},
            )
        with self.engine.connect() as connection, connection.begin():
            if not self._locked_snapshot(connection):
                return False
            if self._state(connection) not in ("building", "ready"):
                return False  # a desk with another stemmer took it over meanwhile
            total = int(connection.execute(text("SELECT count(*) FROM claim")).scalar_one())
            connection.execute(text("DELETE FROM match_postings"))
            connection.execute(text("DELETE FROM match_delta"))
            connection.execute(text("DELETE FROM match_keys"))
            connection.execute(
                text(
                    "CREATE TEMPORARY TABLE match_pairs (term bigint NOT NULL, claim_id int "
                    "NOT NULL) ON COMMIT DROP"
                )
            )
            done = 0
            for batch in _claim_batches(connection):
                entries = [_entry(i, q) for i, q in batch]
                self._insert(connection, entries, delta=False)
                _copy_pairs(connection, entries)
                done += len(batch)
                if progress is not None:
                    progress(done, max(total, done))
            connection.execute(
                text(
                    "INSERT INTO match_postings (term, claim_ids) "
                    "SELECT term, string_agg(int4send(claim_id), ''::bytea ORDER BY claim_id) "
                    "FROM match_pairs GROUP BY term"
                )
            )
            connection.execute(text("UPDATE match_state SET ready = true WHERE id = 1"))
        if progress is not None:
            progress(done, max(total, done))
        return True

    def compact(self) -> bool:
        """Merge the delta into the postings, drop deleted claims from them and index claims
        that have no key row; False if another desk is merging or building right now."""
        return _retrying(self._compact)

    def _compact(self) -> bool:
        with self.engine.connect() as connection, connection.begin():
            if not self._locked_snapshot(connection) or self._state(connection) != "ready":
                return False
            unindexed = [
                (int(i), str(q))
                for i, q in connection.execute(
                    text(
                        "SELECT c.id, c.quote FROM claim c WHERE NOT EXISTS "
                        "(SELECT 1 FROM match_keys k WHERE k.claim_id = c.id)"
                    )
                )
            ]
            if unindexed:
                self._insert(connection, [_entry(i, q) for i, q in unindexed], delta=True)
            connection.execute(
                text(
                    "DELETE FROM match_keys k WHERE NOT EXISTS "
                    "(SELECT 1 FROM claim c WHERE c.id = k.claim_id)"
                )
            )
            live = np.array(
                connection.execute(text("SELECT claim_id FROM match_keys")).scalars().all(),
                dtype=np.int64,
            )
            delta = {
                int(term): np.frombuffer(bytes(ids), dtype=">i4")
                for term, ids in connection.execute(
                    text(
                        "SELECT term, string_agg(int4send(claim_id), ''::bytea) "
                        "FROM match_delta GROUP BY term"
                    )
                )
            }
            merged: list[tuple[int, bytes]] = []
            for term, ids in connection.execute(text("SELECT term, claim_ids FROM match_postings")):
                old = np.frombuffer(bytes(ids), dtype=">i4")
                new = delta.pop(int(term), None)
                both = old if new is None else np.concatenate([old, new])
                kept = np.unique(both[np.isin(both, live)])
                if new is not None or len(kept) != len(old):
                    merged.append((int(term), kept.astype(">i4").tobytes()))
            for term, ids in delta.items():
                kept = np.unique(ids[np.isin(ids, live)])
                merged.append((term, kept.astype(">i4").tobytes()))
            for start in range(0, len(merged), _BATCH):
                part = merged[start : start + _BATCH]
                connection.execute(
                    text(
                        "INSERT INTO match_postings (term, claim_ids) "
                        "SELECT * FROM unnest(CAST(:terms AS bigint[]), CAST(:ids AS bytea[])) "
                        "ON CONFLICT (term) DO UPDATE SET claim_ids = excluded.claim_ids"
                    ),
                    {"terms": [t for t, _ in part], "ids": [i for _, i in part]},
                )
            connection.execute(text("DELETE FROM match_postings WHERE claim_ids = ''::bytea"))
            connection.execute(text("DELETE FROM match_delta"))
        self.compactions += 1
        return True


RETRIES: Final = 3
_RETRY_STATES: Final = frozenset({"40001", "40P01"})  # serialization failure, deadlock


def _retrying(work: Callable[[], bool]) -> bool:
    """Run a merge or build again when PostgreSQL aborted it because a desk deleted a claim
    its snapshot still held (REPEATABLE READ refuses to delete a row deleted since)."""
    for attempt in range(RETRIES):
        try:
            return work()
        except OperationalError as error:
            if getattr(error.orig, "sqlstate", None) not in _RETRY_STATES or attempt == RETRIES - 1:
                raise
            logger.info("The server claim index work met a concurrent edit; trying again")
    return False


def _binary_rows(connection: Connection, sql: str, parameters: dict[str, Any]) -> list[Any]:
    """The rows of ``sql`` (with ``%(name)s`` parameters), read in PostgreSQL's binary format
    where the driver is psycopg 3: a search reads megabytes of packed postings, which the text
    format sends hex-encoded, twice as long, for the driver to decode (at 1M claims 18 ms of a
    search's postings against 5 ms in binary, median of 120 queries). Another driver reads them
    as text, through SQLAlchemy (the parameters written ``:name``)."""
    if connection.dialect.driver == "psycopg":
        raw: Any = connection.connection.driver_connection
        with raw.cursor(binary=True) as cursor:
            cursor.execute(sql, parameters)
            return list(cursor.fetchall())
    return list(connection.execute(text(_PYFORMAT.sub(r":\1", sql)), parameters).all())


_PYFORMAT = re.compile(r"%\((\w+)\)s")


def _uncommon(codes: list[int], lengths: dict[int, int], n_claims: float) -> list[int]:
    """The query's terms worth counting: those in more than MAX_SHARED_FRACTION of a big
    catalogue hardly tell claims apart; if all are that common, the rarest one."""
    limit = max(MAX_SHARED_FRACTION * n_claims, MIN_SKIPPED_POSTINGS)
    kept = [c for c in codes if lengths.get(c, 0) <= limit]
    if not kept and codes:
        kept = [min(codes, key=lambda c: lengths.get(c, 0))]
    return kept


def _best(chunks: list[npt.NDArray[Any]], weights: list[float], wanted: int) -> list[int]:
    """The ``wanted`` claim ids sharing the most stem weight with the query, best first."""
    if not chunks:
        return []
    ids = np.concatenate(chunks).astype(np.int64)
    if len(ids) == 0:
        return []
    shared = np.bincount(ids, weights=np.repeat(weights, [len(c) for c in chunks]))
    picked = np.flatnonzero(shared)
    if len(picked) > wanted:
        picked = picked[np.argpartition(shared[picked], -wanted)[-wanted:]]
    order = np.argsort(-shared[picked], kind="stable")
    result: list[int] = picked[order].tolist()
    return result


def _rescore(
    query: str, key: str, found: Sequence[Any], limit: int, min_score: float
) -> list[ClaimMatch]:
    claim_ids = [int(row[0]) for row in found]
    keys = [str(row[1]) for row in found]
    negated = np.array([int(row[2]) for row in found], dtype=np.uint8)
    stored = [np.frombuffer(bytes(row[3]), dtype="<u4") for row in found]
    starts = np.zeros(len(stored) + 1, dtype=np.int64)
    np.cumsum([len(s) for s in stored], out=starts[1:])
    codes = np.concatenate(stored) if stored else np.zeros(0, dtype=np.uint32)
    conflicts = number_conflicts(
        np.array(number_codes(query), dtype=np.uint32),
        starts[:-1],
        starts[1:],
        codes.astype(np.uint32),
    )
    scores = score_keys(key, negated_text(query), keys, conflicts, negated, min_score)
    return best_matches(claim_ids, scores, min_score, limit)


def _claim_batches(connection: Connection) -> Iterable[list[tuple[int, str]]]:
    last = 0
    while True:
        batch = [
            (int(i), str(q))
            for i, q in connection.execute(
                text("SELECT id, quote FROM claim WHERE id > :last ORDER BY id LIMIT :n"),
                {"last": last, "n": _BATCH},
            )
        ]
        if not batch:
            return
        yield batch
        last = batch[-1][0]


def _copy_pairs(connection: Connection, entries: list[_Entry]) -> None:
    """COPY (term, claim) pairs into the build's temporary table (psycopg's COPY)."""
    raw: Any = connection.connection.driver_connection
    lines = "".join(f"{t}\t{e.claim_id}\n" for e in entries for t in e.terms)
    with raw.cursor() as cursor, cursor.copy("COPY match_pairs FROM STDIN") as copy:
        copy.write(lines)
