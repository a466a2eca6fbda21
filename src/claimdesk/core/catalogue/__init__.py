"""The core's one door for the GUI and the CLI: :class:`Catalogue` and the few names around it.

The GUI and the CLI import from here, from :mod:`claimdesk.core.domain` (records, errors, values,
spans) and from :mod:`claimdesk.core.importers` only; an import-linter contract keeps them out of
storage, matching, suggestions and export. Behind the door, :class:`Catalogue`
(:mod:`.service`) is composed of its parts: articles, speakers and claims, the copy between
databases (``transfer``) and batch imports (``article_batch``).

Every name is loaded when first used, not when this package is imported: the desktop launcher
and ``claimdesk-cli --version`` or ``articles`` must not pay for SQLAlchemy, Alembic or numpy
(``tests/architecture/test_lean_imports.py``). :data:`DOOR` says where each name lives.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimdesk.core.catalogue.article_batch import STORE_EVERY as STORE_EVERY
    from claimdesk.core.catalogue.article_batch import ArticleBatch as ArticleBatch
    from claimdesk.core.catalogue.article_batch import BatchArticle as BatchArticle
    from claimdesk.core.catalogue.article_batch import BatchResult as BatchResult
    from claimdesk.core.catalogue.articles import check_published as check_published
    from claimdesk.core.catalogue.qdpx_transfer import QdpxImport as QdpxImport
    from claimdesk.core.catalogue.service import Catalogue as Catalogue
    from claimdesk.core.catalogue.transfer import CopyResult as CopyResult
    from claimdesk.core.catalogue.transfer import copy_catalogue as copy_catalogue
    from claimdesk.core.catalogue.verdict_labels import status_key_for as status_key_for
    from claimdesk.core.domain.row_values import set_default_user_name as set_default_user_name
    from claimdesk.core.export.atomic import check_export_target as check_export_target
    from claimdesk.core.export.atomic import written_atomically as written_atomically
    from claimdesk.core.export.claim_review import claim_review as claim_review
    from claimdesk.core.export.csv_file import claim_record as claim_record
    from claimdesk.core.export.qdpx import QdpxExport as QdpxExport
    from claimdesk.core.matching.article_match import NearDuplicate as NearDuplicate
    from claimdesk.core.matching.index import SimilarClaim as SimilarClaim
    from claimdesk.core.matching.index import cache_file_for as cache_file_for
    from claimdesk.core.matching.names import base_form as base_form
    from claimdesk.core.matching.similarity import named_in_any_case as named_in_any_case
    from claimdesk.core.storage.checked import check_now as check_now
    from claimdesk.core.storage.db import TeamServer as TeamServer
    from claimdesk.core.storage.db import head_revision as head_revision
    from claimdesk.core.storage.db import long_name as long_name
    from claimdesk.core.storage.db import short_name as short_name
    from claimdesk.core.storage.paths import ENV_VAR as ENV_VAR
    from claimdesk.core.storage.paths import default_database_path as default_database_path
    from claimdesk.core.storage.paths import user_log_dir as user_log_dir
    from claimdesk.core.storage.quick_attribute import attribute_quote as quick_attribute_quote
    from claimdesk.core.storage.quick_read import article_listing as quick_read_articles
    from claimdesk.core.storage.quick_read import claim_records as quick_read_claims
    from claimdesk.core.storage.quick_read import speakers as quick_read_speakers
    from claimdesk.core.storage.sqlite_file import catalogue_file as catalogue_file
    from claimdesk.core.storage.store import storage_errors as storage_errors
    from claimdesk.core.suggest import Suggestion as Suggestion
    from claimdesk.core.suggest import min_confidence as suggestion_min_confidence
    from claimdesk.core.suggest import proposal_for_span as proposal_for_span
    from claimdesk.core.suggest import ready_at_once as suggestions_ready_at_once
    from claimdesk.core.suggest import suggest_attributions as suggest_attributions
    from claimdesk.core.suggest.russian_nlp import models as russian_parser_models

_CORE = "claimdesk.core."
DOOR: dict[str, tuple[str, str]] = {
    # the catalogue and its parts
    "Catalogue": ("catalogue.service", "Catalogue"),
    "ArticleBatch": ("catalogue.article_batch", "ArticleBatch"),
    "BatchArticle": ("catalogue.article_batch", "BatchArticle"),
    "BatchResult": ("catalogue.article_batch", "BatchResult"),
    "STORE_EVERY": ("catalogue.article_batch", "STORE_EVERY"),
    "check_published": ("catalogue.articles", "check_published"),
    "CopyResult": ("catalogue.transfer", "CopyResult"),
    "copy_catalogue": ("catalogue.transfer", "copy_catalogue"),
    "QdpxImport": ("catalogue.qdpx_transfer", "QdpxImport"),
    "status_key_for": ("catalogue.verdict_labels", "status_key_for"),
    # records the catalogue's methods return
    "NearDuplicate": ("matching.article_match", "NearDuplicate"),
    "SimilarClaim": ("matching.index", "SimilarClaim"),
    "Suggestion": ("suggest", "Suggestion"),
    "suggestion_min_confidence": ("suggest", "min_confidence"),
    "proposal_for_span": ("suggest", "proposal_for_span"),
    "suggestions_ready_at_once": ("suggest", "ready_at_once"),
    "suggest_attributions": ("suggest", "suggest_attributions"),
    "claim_record": ("export.csv_file", "claim_record"),
    "claim_review": ("export.claim_review", "claim_review"),
    "written_atomically": ("export.atomic", "written_atomically"),
    "check_export_target": ("export.atomic", "check_export_target"),
    "QdpxExport": ("export.qdpx", "QdpxExport"),
    # where catalogues live, and what to call them
    "ENV_VAR": ("storage.paths", "ENV_VAR"),
    "default_database_path": ("storage.paths", "default_database_path"),
    "user_log_dir": ("storage.paths", "user_log_dir"),
    "cache_file_for": ("matching.index", "cache_file_for"),
    "long_name": ("storage.db", "long_name"),
    "short_name": ("storage.db", "short_name"),
    "TeamServer": ("storage.db", "TeamServer"),
    "set_default_user_name": ("domain.row_values", "set_default_user_name"),
    "storage_errors": ("storage.store", "storage_errors"),
    # answers without the database layer (claimdesk-cli's quick listings, attribute and `check`)
    "quick_read_articles": ("storage.quick_read", "article_listing"),
    "quick_read_claims": ("storage.quick_read", "claim_records"),
    "quick_read_speakers": ("storage.quick_read", "speakers"),
    "quick_attribute_quote": ("storage.quick_attribute", "attribute_quote"),
    "catalogue_file": ("storage.sqlite_file", "catalogue_file"),
    "check_now": ("storage.checked", "check_now"),
    # what the bundle's self-test (claimdesk --smoke-test) checks is there
    "head_revision": ("storage.db", "head_revision"),
    "base_form": ("matching.names", "base_form"),
    "named_in_any_case": ("matching.similarity", "named_in_any_case"),
    "russian_parser_models": ("suggest.russian_nlp", "models"),
}

__all__ = [
    "ENV_VAR",
    "STORE_EVERY",
    "ArticleBatch",
    "BatchArticle",
    "BatchResult",
    "Catalogue",
    "CopyResult",
    "NearDuplicate",
    "QdpxExport",
    "QdpxImport",
    "SimilarClaim",
    "Suggestion",
    "TeamServer",
    "base_form",
    "cache_file_for",
    "catalogue_file",
    "check_export_target",
    "check_now",
    "check_published",
    "claim_record",
    "claim_review",
    "copy_catalogue",
    "default_database_path",
    "head_revision",
    "long_name",
    "named_in_any_case",
    "proposal_for_span",
    "quick_attribute_quote",
    "quick_read_articles",
    "quick_read_claims",
    "quick_read_speakers",
    "russian_parser_models",
    "set_default_user_name",
    "short_name",
    "status_key_for",
    "storage_errors",
    "suggest_attributions",
    "suggestion_min_confidence",
    "suggestions_ready_at_once",
    "user_log_dir",
    "written_atomically",
]


def __getattr__(name: str) -> Any:
    """Load ``name`` from the module that defines it, the first time it is asked for."""
    try:
        module, attribute = DOOR[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(_CORE + module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *DOOR})
