"""The service layer: every change and query the GUI and CLI make, one method each.

A :class:`Catalogue` wraps one database. Each public method runs one unit of work in one
transaction and returns plain values from :mod:`claimdesk.core.domain.records`. Every edit is
recorded (:mod:`claimdesk.core.storage.history`) so it can be undone and redone, and every committed
change is announced to subscribers as a :class:`~claimdesk.core.domain.records.CatalogueChange`.

The methods are grouped by what they work on: articles (articles.py), speakers (speakers.py),
claims (claims.py), versions of an article's text (versions.py), the web pages texts were
read from (snapshots.py), claim clusters and their verdicts (clusters.py), the catalogue's
statistics (statistics.py), speakers' profiles (profiles.py) and REFI-QDA projects in and out
(qdpx_transfer.py), over the transactions and undo of store.py; matching lives here.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from claimdesk.core.catalogue.articles import check_published, guess_title
from claimdesk.core.catalogue.clusters import ClustersService
from claimdesk.core.catalogue.profiles import SpeakerProfileService
from claimdesk.core.catalogue.qdpx_transfer import QdpxService
from claimdesk.core.catalogue.snapshots import PageSnapshotsService
from claimdesk.core.catalogue.statistics import StatisticsService
from claimdesk.core.catalogue.versions import ArticleVersionsService
from claimdesk.core.domain.article_text import MAX_ARTICLE_CHARS, normalise_article_text, text_hash
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.domain.records import SpeakerInfo
from claimdesk.core.domain.row_values import check_kind, clean_tags
from claimdesk.core.matching.index import CatalogueIndex, SimilarClaim, SpeakerMatch
from claimdesk.core.storage.db import backend_name

if TYPE_CHECKING:  # the matchers (numpy and the matching modules) are imported where made
    from collections.abc import Callable, Collection, Sequence

    from claimdesk.core.catalogue.annotation_import import AnnotationImport
    from claimdesk.core.domain.clusters import GatherResult
    from claimdesk.core.domain.export_formats import ExportFormat
    from claimdesk.core.domain.records import ClaimFilter, ClaimInfo
    from claimdesk.core.export.csv_file import Progress as ExportProgress
    from claimdesk.core.export.networks import NetworkSummary
    from claimdesk.core.matching.article_match import ArticleMatcher, NearDuplicate
    from claimdesk.core.matching.server_index import IndexStatus, Progress, ServerClaimIndex
    from claimdesk.core.storage.recovery import Progress as RecoveryProgress
    from claimdesk.core.storage.recovery import RecoveryResult, TableRecovery
    from claimdesk.core.suggest import Suggestion
# recovery (the copy of a damaged file) is imported by recover_into, the one thing using it:
# opening a catalogue does not pay for it

__all__ = [
    "MAX_ARTICLE_CHARS",
    "Catalogue",
    "RecoveryResult",
    "SimilarClaim",
    "SpeakerMatch",
    "TableRecovery",
    "check_kind",
    "check_published",
    "clean_tags",
    "guess_title",
    "normalise_article_text",
    "text_hash",
]


def __getattr__(name: str) -> object:
    """``RecoveryResult`` and ``TableRecovery``, still importable from here, loaded when asked."""
    if name in ("RecoveryResult", "TableRecovery"):
        from claimdesk.core.storage import recovery  # noqa: PLC0415  (see the imports)

        return getattr(recovery, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Catalogue(
    ArticleVersionsService,
    PageSnapshotsService,
    ClustersService,
    StatisticsService,
    SpeakerProfileService,
    QdpxService,
):
    """One open catalogue. Create with :meth:`open`; close with :meth:`close` or ``with``."""

    def __init__(self, engine: Engine, undo_limit: int = 500) -> None:
        super().__init__(engine, undo_limit)
        self.server_index: ServerClaimIndex | None = None
        """The claim index kept on the server, for a PostgreSQL catalogue (else None)."""
        if backend_name(engine) == "postgresql":
            # imported here: it brings numpy and the matching modules, which a SQLite
            # catalogue's commands that do not match (listing, editing) never need
            from claimdesk.core.matching.server_index import ServerClaimIndex  # noqa: PLC0415

            self.server_index = ServerClaimIndex(engine)
            # the storage layer runs it in every edit's transaction, knowing nothing of matching
            self.add_write_hook(self.server_index.edit_committed)
        self.index = CatalogueIndex(self)
        self._article_matcher: ArticleMatcher | None = None
        self._article_matcher_lock = threading.Lock()

    @staticmethod
    def recover_into(
        damaged: str | os.PathLike[str],
        new_path: str | os.PathLike[str],
        progress: RecoveryProgress | None = None,
    ) -> RecoveryResult:
        """Copy what is readable of the damaged SQLite catalogue ``damaged`` (opening it raised
        CatalogueDamagedError) into a new catalogue at ``new_path``; the damaged file is only
        read. The result counts the rows recovered and lost, table by table."""
        from claimdesk.core.storage.recovery import recover_catalogue  # noqa: PLC0415  (see the imports)

        return recover_catalogue(damaged, new_path, progress)

    # -- suggestions and export (their modules are imported on first use) --------------------

    def pending_suggestions(self, article_id: int) -> list[Suggestion]:
        """Suggested attributions for a stored article, less the spans already claims (see
        :func:`claimdesk.core.suggest.pending_suggestions`)."""
        from claimdesk.core.suggest import pending_suggestions  # noqa: PLC0415

        return pending_suggestions(self, article_id)

    def accept_suggestion(self, article_id: int, suggestion: Suggestion) -> ClaimInfo:
        """Store one suggestion as a claim (one undoable edit)."""
        from claimdesk.core.suggest import accept_suggestion  # noqa: PLC0415

        return accept_suggestion(self, article_id, suggestion)

    def accept_suggestions(
        self, article_id: int, suggestions: Sequence[Suggestion]
    ) -> list[ClaimInfo]:
        """Store many suggestions as claims in one undoable edit ("Accept 12 suggestions")."""
        from claimdesk.core.suggest import accept_suggestions  # noqa: PLC0415

        return accept_suggestions(self, article_id, suggestions)

    def accept_suggestions_at_least(
        self,
        article_id: int,
        least: float,
        *,
        first: Sequence[Suggestion] | None = None,
        leave_out: Collection[tuple[int, int]] = (),
    ) -> list[tuple[Suggestion, ClaimInfo]]:
        """Store every suggestion of the article with a speaker and a confidence of at least
        ``least``, looking again after each round until none left reaches it, as one undoable
        edit (see :func:`claimdesk.core.suggest.accept_suggestions_at_least`)."""
        from claimdesk.core.suggest import accept_suggestions_at_least  # noqa: PLC0415

        return accept_suggestions_at_least(
            self, article_id, least, first=first, leave_out=leave_out
        )

    def export_csv(
        self,
        destination: str | os.PathLike[str],
        claim_filter: ClaimFilter | None = None,
        *,
        excel: bool = False,
        neutralise_formulas: bool = True,
        progress: ExportProgress | None = None,
    ) -> int:
        """Write the claims matching ``claim_filter`` to a CSV file at ``destination``, whole or
        not at all; returns how many (see
        :func:`claimdesk.core.export.csv_file.export_claims_csv`)."""
        from claimdesk.core.export.csv_file import export_claims_csv  # noqa: PLC0415

        return export_claims_csv(
            self,
            destination,
            claim_filter,
            excel=excel,
            neutralise_formulas=neutralise_formulas,
            progress=progress,
        )

    def export_claims(
        self,
        destination: str | os.PathLike[str],
        export_format: str | ExportFormat = "csv",
        claim_filter: ClaimFilter | None = None,
        *,
        excel: bool = False,
        neutralise_formulas: bool = True,
        progress: ExportProgress | None = None,
        network: str = "speakers",
    ) -> int:
        """Write the claims matching ``claim_filter`` to ``destination`` in ``export_format``
        (csv, jsonl, json or webannotation; see
        :class:`~claimdesk.core.domain.export_formats.ExportFormat`), whole or not at all;
        returns how many. ``excel`` and ``neutralise_formulas`` concern CSV only. GraphML and
        GEXF write the ``network`` those claims draw (:meth:`export_network`)."""
        from claimdesk.core.domain.export_formats import ExportFormat  # noqa: PLC0415
        from claimdesk.core.export.claim_json import export_claims_json  # noqa: PLC0415

        try:
            chosen = ExportFormat(export_format)
        except ValueError:
            choices = ", ".join(f.value for f in ExportFormat)
            raise InvalidValueError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Unknown export format “{format}”; choose one of: {choices}."
                ),
                format=export_format,
                choices=choices,
            ) from None
        if chosen is ExportFormat.CSV:
            return self.export_csv(
                destination,
                claim_filter,
                excel=excel,
                neutralise_formulas=neutralise_formulas,
                progress=progress,
            )
        if chosen.is_network:
            return self.export_network(destination, chosen, network, claim_filter).claims
        if chosen is ExportFormat.QDPX:
            return self.export_qdpx(destination, claim_filter=claim_filter).claims
        return export_claims_json(self, destination, chosen, claim_filter, progress=progress)

    def export_network(
        self,
        destination: str | os.PathLike[str],
        export_format: str | ExportFormat = "graphml",
        kind: str = "speakers",
        claim_filter: ClaimFilter | None = None,
    ) -> NetworkSummary:
        """Write the network (``speakers``, ``speaker-tag`` or ``speaker-cluster``) that the
        claims ``claim_filter`` chooses draw, as GraphML or GEXF 1.3, whole or not at all; see
        :mod:`claimdesk.core.export.networks`."""
        from claimdesk.core.domain.export_formats import ExportFormat, NetworkKind  # noqa: PLC0415
        from claimdesk.core.export.networks import export_network  # noqa: PLC0415

        try:
            chosen = ExportFormat(export_format)
            network = NetworkKind(kind)
        except ValueError:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Unknown network export “{format}”/“{network}”: the formats are graphml and "
                    "gexf, the networks {choices}.",
                ),
                format=export_format,
                network=kind,
                choices=", ".join(k.value for k in NetworkKind),
            ) from None
        if not chosen.is_network:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{format} is not a network format: use graphml or gexf."
                ),
                format=chosen.value,
            )
        return export_network(self, destination, chosen, network, claim_filter)

    def import_annotations(self, path: str | os.PathLike[str]) -> AnnotationImport:
        """Store the W3C Web Annotations in the file at ``path`` as claims on the articles
        they name (found by text hash or url, or carried in the file and stored with them),
        all in one edit or none (ImportFileError with a one-line message); see
        :mod:`claimdesk.core.catalogue.annotation_import`."""
        from claimdesk.core.catalogue.annotation_import import import_annotations  # noqa: PLC0415
        from claimdesk.core.importers.web_annotation import read_annotations  # noqa: PLC0415

        found = read_annotations(path)
        name = os.path.basename(os.fspath(path))
        count = f"{len(found.spans)} annotation{'s' if len(found.spans) != 1 else ''}"
        return import_annotations(
            self, found.spans, f"Import {count} from {name}", found.articles, name
        )

    # -- matching -------------------------------------------------------------------------

    @property
    def article_matcher(self) -> ArticleMatcher:
        """The near-duplicate finder for this catalogue's articles, made on first use (it keeps
        the shingles it has read for as long as the catalogue is open)."""
        with self._article_matcher_lock:
            if self._article_matcher is None:
                # imported here: the matcher brings numpy, which listing commands never need
                from claimdesk.core.matching.article_match import ArticleMatcher  # noqa: PLC0415

                self._article_matcher = ArticleMatcher(self)
            return self._article_matcher

    def find_near_duplicate(
        self, text: str, *, exclude_id: int | None = None
    ) -> NearDuplicate | None:
        """The stored article ``text`` is a near-duplicate of (the most alike), or None; an
        article with exactly this text counts unless it is ``exclude_id``."""
        return self.article_matcher.find(text, exclude_id=exclude_id)

    def similar_claims(
        self, text: str, limit: int = 10, exclude_article_id: int | None = None
    ) -> list[SimilarClaim]:
        """Stored claims most like ``text`` ("almost certain" ones first), best first."""
        return self.index.similar_claims(text, limit, exclude_article_id)

    def _server(self) -> ServerClaimIndex:
        if self.server_index is None:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only a team catalogue on PostgreSQL keeps its claim index on the server; "
                    "each desk indexes a SQLite catalogue's claims itself.",
                )
            )
        return self.server_index

    def server_index_status(self) -> IndexStatus:
        """How the server's claim index stands (PostgreSQL catalogues only)."""
        return self._server().status()

    def rebuild_server_index(self, progress: Progress | None = None) -> bool:
        """Index every claim afresh on the server; False if another desk is at it right now."""
        return self._server().rebuild(progress)

    def merge_server_index(self) -> bool:
        """Merge the claims written since into the server's postings (searches do it by
        themselves when the delta grows); False if another desk is at it right now."""
        return self._server().compact()

    def gather_clusters(
        self,
        *,
        almost_certain: bool = True,
        claim_ids: Sequence[int] | None = None,
        pairs: Sequence[tuple[int, int]] = (),
    ) -> GatherResult:
        """Place the claims "same claim" links tie together into clusters, and with
        ``almost_certain`` also each claim (of ``claim_ids``, or every claim) and the stored
        claims that almost certainly say the same; ``pairs`` are such matches found beforehand
        (:meth:`almost_certain_pairs`, off the GUI thread). One undoable edit (see
        :meth:`ClustersService._gather` for how claims already in clusters are kept)."""
        found = list(pairs)
        if almost_certain:
            found.extend(self.almost_certain_pairs(claim_ids) or ())
        return self._gather(found)

    def almost_certain_pairs(
        self,
        claim_ids: Sequence[int] | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> list[tuple[int, int]] | None:
        """Each claim (of ``claim_ids``, or every claim) with the stored claims that almost
        certainly say the same, as (claim, match) pairs; reads only. ``progress(done, total)``
        is told after each claim; when it returns False the search stops and gives None."""
        quotes = self._claim_quotes(claim_ids)
        pairs: list[tuple[int, int]] = []
        for done, (claim_id, quote) in enumerate(quotes, 1):
            pairs.extend(
                (claim_id, match.claim.id)
                for match in self.similar_claims(quote)
                if match.certain and match.claim.id != claim_id
            )
            if progress is not None and not progress(done, len(quotes)):
                return None
        return pairs

    def match_speakers(self, name: str, limit: int = 10) -> list[SpeakerMatch]:
        """Speakers whose name or an alias is like ``name``, best first (as-you-type)."""
        return self.index.match_speakers(name, limit)

    def suggest_speaker(self, article_id: int, position: int) -> SpeakerInfo | None:
        """The known speaker mentioned last before code point ``position`` of an article."""
        text = self.get_article_text(article_id)
        speaker_id = self.index.suggest_speaker(text, position)
        return self.get_speaker(speaker_id) if speaker_id is not None else None
