"""The catalogue's matching indexes, kept in step with every committed change.

Built lazily on first use (a search on a worker thread, or ``build()`` at start-up off the GUI
thread), then updated from the catalogue's change notifications, undo and redo included.

A team catalogue on PostgreSQL searches claims with the index kept on the server
(:mod:`claimdesk.core.matching.server_index`) instead of building one in memory: built on the server
at start-up when it is missing, and kept in step by the edits themselves. Only a desk whose stemmer
differs from the one the server index was built with falls back to an index of its own.

With :meth:`CatalogueIndex.use_cache_file`, the claim index is saved after it is built and loaded
at the next start instead of being rebuilt: the claims whose text changed since (found by the
CRC-32 of each text kept in the index) are re-added and the deleted ones removed. A cache file
that cannot be trusted (damaged, another version or stemmer) is logged and rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from claimdesk.core.domain.errors import MatchIndexError
from claimdesk.core.domain.records import CatalogueChange, ClaimInfo, SpeakerInfo
from claimdesk.core.storage.paths import user_cache_dir
from claimdesk.core.storage.store import storage_errors

if TYPE_CHECKING:
    from claimdesk.core.matching.claim_index import ClaimMatcher
    from claimdesk.core.matching.server_index import ServerClaimIndex
    from claimdesk.core.matching.speaker_index import SpeakerMatcher

# The matching modules (numpy, rapidfuzz, the stemmers) are imported in the methods that match,
# not here: every Catalogue has an index, and a command that only lists records never uses it.

BuildProgress = Callable[[int, int], None]
logger = logging.getLogger(__name__)


def cache_file_for(location: str) -> Path:
    """Where the claim index of the catalogue at ``location`` (a path or URL without password)
    is kept between sessions: the user cache folder, one file per catalogue."""
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
    return user_cache_dir() / "index" / f"claims-{digest}.npz"


@dataclass(frozen=True, slots=True)
class SimilarClaim:
    claim: ClaimInfo
    score: float
    certain: bool
    """"Almost certainly the same claim" (and long enough to say so)."""


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    speaker: SpeakerInfo
    score: float
    matched_name: str


class IndexedRecords(Protocol):
    """What the index reads of a catalogue: the claims' texts and the speakers, the changes
    committed, and the server's own index on PostgreSQL (the index needs no more of it, and the
    catalogue module, which makes the index, stays the only one to know both)."""

    server_index: ServerClaimIndex | None

    @property
    def location(self) -> str: ...

    def subscribe(self, listener: Callable[[CatalogueChange], None]) -> Callable[[], None]: ...

    def count_claims(self) -> int: ...

    def claim_texts(self, claim_ids: Sequence[int] | None = None) -> Iterator[tuple[int, str]]: ...

    def get_claims(self, claim_ids: Sequence[int]) -> list[ClaimInfo]: ...

    def list_speakers(
        self, text: str = "", *, speaker_ids: Sequence[int] | None = None
    ) -> list[SpeakerInfo]: ...

    def speaker_marks(self) -> dict[int, tuple[int, int, int]]: ...


class CatalogueIndex:
    def __init__(self, catalogue: IndexedRecords) -> None:
        self._catalogue: IndexedRecords = catalogue
        self._lock = threading.RLock()
        self._claims: ClaimMatcher | None = None
        self._speakers: SpeakerMatcher | None = None
        self._speaker_marks: dict[int, tuple[int, int, int]] = {}
        """:meth:`IndexedRecords.speaker_marks` as the speaker matcher last learnt them."""
        self._pending_claims: set[int] = set()
        self._pending_speakers: set[int] = set()
        self._building_claims = False
        self._build_lock = threading.Lock()  # one build at a time; others wait for it
        self._cache_path: Path | None = None
        catalogue.subscribe(self._on_change)

    def use_cache_file(self, path: str | Path | None) -> None:
        """Save the claim index to ``path`` once built, and start from it next time."""
        self._cache_path = Path(path) if path is not None else None

    @property
    def claims_ready(self) -> bool:
        return self._claims is not None

    def claim_matcher(self, progress: BuildProgress | None = None) -> ClaimMatcher:
        """The claim index, built (or loaded from the cache file) on first use. A second caller
        while it is being built waits for that build instead of starting another."""
        if self._claims is not None:
            return self._claims
        with self._build_lock:
            return self._build_claim_matcher(progress)

    def _build_claim_matcher(self, progress: BuildProgress | None) -> ClaimMatcher:
        with self._lock:
            if self._claims is not None:
                return self._claims
            self._building_claims = True
            self._pending_claims.clear()
        total = self._catalogue.count_claims() if progress is not None else 0
        matcher = self._load_cache()
        if matcher is not None:
            done = self._sync_loaded(matcher, progress, total)
        else:
            from claimdesk.core.matching.claim_index import ClaimMatcher  # noqa: PLC0415

            matcher = ClaimMatcher()
            done = 0

            def texts() -> Iterator[tuple[int, str]]:
                nonlocal done
                for pair in self._catalogue.claim_texts():
                    yield pair
                    done += 1
                    if progress is not None and done % 1000 == 0:
                        progress(done, total)

            matcher.add_many(texts())  # in bulk: the postings are built once, at the end
            self._save_cache(matcher)
        with self._lock:
            self._building_claims = False
            self._claims = matcher
            pending = set(self._pending_claims)
            self._pending_claims.clear()
        self._refresh_claims(pending)
        if progress is not None:
            progress(done, max(total, done))
        return matcher

    def _load_cache(self) -> ClaimMatcher | None:
        if self._cache_path is None or not self._cache_path.exists():
            return None
        from claimdesk.core.matching.claim_index import ClaimMatcher  # noqa: PLC0415

        try:
            return ClaimMatcher.load(self._cache_path)
        except MatchIndexError as error:
            logger.warning("Rebuilding the claim index: %s", error)
            return None

    def _sync_loaded(
        self, matcher: ClaimMatcher, progress: BuildProgress | None, total: int
    ) -> int:
        """Bring a loaded index up to date with the catalogue; returns the claims seen."""
        stored = matcher.checksums()
        changed: list[tuple[int, str]] = []
        done = 0
        for claim_id, quote in self._catalogue.claim_texts():
            if stored.pop(claim_id, None) != matcher.checksum(quote):
                changed.append((claim_id, quote))
            done += 1
            if progress is not None and done % 5000 == 0:
                progress(done, total)
        for claim_id in stored:  # deleted since
            matcher.remove(claim_id)
        matcher.add_many(changed)
        if len(changed) + len(stored) > max(1000, len(matcher) // 100):
            self._save_cache(matcher)
        return done

    def save_cache(self) -> None:
        """Save the claim index now (e.g. when the window closes), if it was built."""
        if self._claims is not None:
            self._save_cache(self._claims)

    def _save_cache(self, matcher: ClaimMatcher) -> None:
        if self._cache_path is None:
            return
        try:
            self._cache_path.parent.mkdir(parents=True, exist_ok=True)
            matcher.save(self._cache_path)
        except OSError as error:
            logger.warning("Could not save the claim index to %s: %s", self._cache_path, error)

    def build(self, progress: BuildProgress | None = None) -> None:
        """Build (or load) both indexes now: for a worker thread at start-up."""
        if not self._server_ready(progress):
            self.claim_matcher(progress)
        self.speaker_matcher()

    def indexed_claims(self) -> int:
        """How many claims the index searches use holds (the server's, or this desk's)."""
        server = self._catalogue.server_index
        if server is not None and self._claims is None:
            with storage_errors(self._catalogue.location):
                status = server.status()
            if status.state == "ready":
                return status.claims
        return len(self.claim_matcher())

    def _server_ready(self, progress: BuildProgress | None = None) -> bool:
        """Whether claim searches go to the server's index: a PostgreSQL catalogue whose server
        index is built with this desk's stemmer (built now if it is missing)."""
        server = self._catalogue.server_index
        if server is None:
            return False
        with storage_errors(self._catalogue.location):
            return self._server_state(server, progress) == "ready"

    def _server_state(self, server: ServerClaimIndex, progress: BuildProgress | None) -> str:
        state = server.state()
        if state == "missing":
            server.rebuild(progress)  # False if another desk is building it right now
            state = server.state()
        elif state == "building" and server.rebuild(progress):
            state = "ready"  # a build that stopped half-way (its desk quit): done here
        if state != "ready":
            logger.info("The server claim index is %s: this desk indexes claims itself", state)
        return state

    def speaker_matcher(self) -> SpeakerMatcher:
        with self._lock:
            if self._speakers is None:
                from claimdesk.core.matching.speaker_index import SpeakerMatcher  # noqa: PLC0415

                matcher = SpeakerMatcher()
                self._speaker_marks = self._catalogue.speaker_marks()
                for speaker in self._catalogue.list_speakers():
                    matcher.add(speaker.id, speaker.all_names)
                self._speakers = matcher
            return self._speakers

    def _on_change(self, change: CatalogueChange) -> None:
        with self._lock:
            watching = self._building_claims or self._claims is not None
            if "claim" in change.tables and watching:
                self._pending_claims.update(change.claim_ids)
            if self._speakers is not None and change.tables & {"speaker", "speaker_alias"}:
                self._pending_speakers.update(change.speaker_ids)
                if change.by_others:
                    # which speakers others added, renamed or gave aliases is not said: the
                    # ones whose marks differ from those learnt (a colleague's new speaker was
                    # not found by name, and the picker made the same person again)
                    self._pending_speakers.update(self._speakers_changed())
            claims = set() if self._building_claims else set(self._pending_claims)
            speakers = set(self._pending_speakers)
            if not self._building_claims:
                self._pending_claims.clear()
            self._pending_speakers.clear()
        self._refresh_claims(claims)
        self._refresh_speakers(speakers)

    def _refresh_claims(self, claim_ids: set[int]) -> None:
        if not claim_ids or self._claims is None:
            return
        texts = dict(self._catalogue.claim_texts(sorted(claim_ids)))
        for claim_id in claim_ids:
            if claim_id in texts:
                self._claims.add(claim_id, texts[claim_id])
            else:
                self._claims.remove(claim_id)

    def _speakers_changed(self) -> set[int]:
        """The speakers whose names or aliases changed since the matcher last learnt them, or
        that were added or removed (called with the lock held)."""
        marks = self._catalogue.speaker_marks()
        old, self._speaker_marks = self._speaker_marks, marks
        changed = {i for i, mark in marks.items() if old.get(i) != mark}
        return changed | (old.keys() - marks.keys())

    def _refresh_speakers(self, speaker_ids: set[int]) -> None:
        if not speaker_ids or self._speakers is None:
            return
        found = {s.id: s for s in self._catalogue.list_speakers(speaker_ids=sorted(speaker_ids))}
        for speaker_id in speaker_ids:
            if speaker_id in found:
                self._speakers.add(speaker_id, found[speaker_id].all_names)
            else:
                self._speakers.remove(speaker_id)

    # -- queries --------------------------------------------------------------------------

    def similar_claims(
        self, text: str, limit: int = 10, exclude_article_id: int | None = None
    ) -> list[SimilarClaim]:
        from claimdesk.core.matching.similarity import is_certain  # noqa: PLC0415

        wanted = limit * 3 + 10
        server = self._catalogue.server_index
        if server is not None and self._server_ready():
            with storage_errors(self._catalogue.location):
                matches = server.search(text, limit=wanted)
        else:
            matches = self.claim_matcher().search(text, limit=wanted)
        claims = {c.id: c for c in self._catalogue.get_claims([m.claim_id for m in matches])}
        results = []
        for match in matches:
            claim = claims.get(match.claim_id)
            if claim is None or claim.article_id == exclude_article_id:
                continue
            results.append(SimilarClaim(claim, match.score, is_certain(match.score, text)))
        results.sort(key=lambda r: (not r.certain, -r.score, r.claim.id))
        return results[:limit]

    def match_speakers(self, name: str, limit: int = 10) -> list[SpeakerMatch]:
        matches = self.speaker_matcher().search(name, limit=limit)
        speakers = {
            s.id: s
            for s in self._catalogue.list_speakers(speaker_ids=[m.speaker_id for m in matches])
        }
        return [
            SpeakerMatch(speakers[m.speaker_id], m.score, m.name)
            for m in matches
            if m.speaker_id in speakers
        ]

    def suggest_speaker(self, text: str, position: int) -> int | None:
        """The known speaker mentioned last before ``position`` in its paragraph (names from
        the speaker index, which follows every edit: no need to read all speakers again).
        Only in the paragraph: one named paragraphs before was as often someone else's quote
        (``benchmarks/picker_proposals.py`` on the eval sets: the picker's wrong proposals fell
        from 326 to 147 of 1,211 quotes in English and from 12 to 1 of 49 in Russian, its right
        ones from 815 to 777 and 24 to 24; a quote paragraphs on is what the suggested
        attributions follow, with who "she" is)."""
        from claimdesk.core.matching.similarity import (  # noqa: PLC0415
            nearest_mention,
            paragraph_start,
        )

        names = self.speaker_matcher().names()
        return nearest_mention(text, position, names, since=paragraph_start(text, position))
