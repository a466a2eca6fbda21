"""Storing W3C Web Annotations as claims: each on the article it names, all in one edit.

:mod:`claimdesk.core.importers.web_annotation` reads and checks the file; here each annotation
finds its article: the catalogue's article with the hash of its text (which ClaimDesk's own
exports carry), else the article the file carries with that hash (``claimdesk:articles``), which
is stored with the claims, else the catalogue's article at its source url (files from other
tools). Its span is checked against that article's text (the positions must hold the quote; a
quote without positions must be found, its prefix and suffix telling repeats apart), and its
speaker is the catalogue's speaker of that name or alias, else a new one. An annotation whose
span, kind and speaker a claim of the article already has is skipped (so an import run twice
stores nothing the second time, and reuses the articles the first run stored). Then all are
stored in one edit (:meth:`attribute_spans_in_articles`), the new articles with them: one undo
removes them, and if any cannot be stored, none is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimdesk.core.catalogue.articles import check_published
from claimdesk.core.domain.errors import ClaimDeskError, ImportFileError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.messages import N_NOOP, PLURAL, QT_TRANSLATE_NOOP
from claimdesk.core.domain.records import ClaimInfo, NewArticle, NewClaim
from claimdesk.core.importers.web_annotation import AnnotatedSpan, CarriedArticle

if TYPE_CHECKING:
    from claimdesk.core.catalogue.versions import ArticleVersionsService


_Key = tuple[int, int, str, str]
"""A claim as an import compares it: start, end, kind, folded speaker name."""


@dataclass(frozen=True, slots=True)
class AnnotationImport:
    """What an import stored: the claims, how many new speakers came with them, how many
    annotations were skipped as claims the catalogue already had, and how many articles the
    file carried that the catalogue lacked (stored with the claims)."""

    claims: tuple[ClaimInfo, ...]
    new_speakers: int
    skipped: int = 0
    new_articles: int = 0


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Each message naming an article has three wordings, as :meth:`_Articles.named` names it: a
# stored article ({article}: its id), an article the file carries with a title ({title}), one
# without ({number}: its place among the file's articles). Whole sentences, for translators.
_PAST_END = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "Annotation {annotation}: its span {start}–{end} is past the end of article {article} "
        "({length} characters).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Annotation {annotation}: its span {start}–{end} is past the end of the article "
        "“{title}” carried in the file ({length} characters).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Annotation {annotation}: its span {start}–{end} is past the end of article {number} "
        "carried in the file ({length} characters).",
    ),
)
_NOT_AT = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "Annotation {annotation}: the quote “{quote}” is not at {start}–{end} of article "
        "{article}, which holds “{found}” there.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Annotation {annotation}: the quote “{quote}” is not at {start}–{end} of the article "
        "“{title}” carried in the file, which holds “{found}” there.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Annotation {annotation}: the quote “{quote}” is not at {start}–{end} of article "
        "{number} carried in the file, which holds “{found}” there.",
    ),
)
_NOT_IN = (
    QT_TRANSLATE_NOOP(
        "Errors", "Annotation {annotation}: the quote “{quote}” is not in article {article}."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Annotation {annotation}: the quote “{quote}” is not in the article “{title}” carried "
        "in the file.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Annotation {annotation}: the quote “{quote}” is not in article {number} carried in "
        "the file.",
    ),
)
_STANDS_IN_ARTICLE = N_NOOP.translate(
    "Errors",
    "Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {article}, and "
    "its prefix and suffix do not tell which.",
    None,
    PLURAL,
    0,
)
_STANDS_IN_TITLED = N_NOOP.translate(
    "Errors",
    "Annotation {annotation}: the quote “{quote}” stands %n time(s) in the article “{title}” "
    "carried in the file, and its prefix and suffix do not tell which.",
    None,
    PLURAL,
    0,
)
_STANDS_IN_NUMBERED = N_NOOP.translate(
    "Errors",
    "Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {number} "
    "carried in the file, and its prefix and suffix do not tell which.",
    None,
    PLURAL,
    0,
)
_STANDS = (_STANDS_IN_ARTICLE, _STANDS_IN_TITLED, _STANDS_IN_NUMBERED)
_SAME_ADDRESS = N_NOOP.translate(
    "Errors",
    "Annotation {annotation}: %n article(s) have the address {address}, and none has the "
    "annotated text's hash.",
    None,
    PLURAL,
    0,
)


_Article = int | str
"""An article as the import names it: a stored article's id, or the text hash of an article
the file carries that the catalogue lacks (stored with the claims)."""


class _Articles:
    """The catalogue's articles as annotations name them, and their texts, read once each; and
    the articles the file carries."""

    def __init__(
        self, catalogue: ArticleVersionsService, carried: Mapping[str, CarriedArticle]
    ) -> None:
        self.catalogue = catalogue
        self.carried = carried
        self.new: dict[str, CarriedArticle] = {}
        """The carried articles annotations are on that the catalogue lacks, by text hash."""
        self.by_hash: dict[str, int | None] = {}
        self.by_url: dict[str, list[int]] | None = None
        self.texts: dict[int, str] = {}
        self.stored: dict[_Article, set[_Key]] = {}

    def find(self, span: AnnotatedSpan) -> _Article:
        if span.text_hash:
            if span.text_hash not in self.by_hash:
                self.by_hash[span.text_hash] = self.catalogue.find_article_by_hash(span.text_hash)
            found = self.by_hash[span.text_hash]
            if found is not None:
                return found
            if span.text_hash in self.carried:
                # the text the annotation was made on, stored with the claims: not the
                # catalogue's article at the same address, whose text differs
                self.new[span.text_hash] = self.carried[span.text_hash]
                return span.text_hash
        if self.by_url is None:
            self.by_url = {}
            for article in self.catalogue.list_articles():
                if article.url.strip():
                    self.by_url.setdefault(article.url.strip(), []).append(article.id)
        ids = self.by_url.get(span.source.strip(), [])
        if len(ids) == 1:
            return ids[0]
        if ids:
            raise ImportFileError(
                _SAME_ADDRESS, count=len(ids), annotation=span.number, address=span.source
            )
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Annotation {annotation}: its article ({address}) is neither in this catalogue "
                "(by its text or its address) nor carried in the file; import the article first.",
            ),
            annotation=span.number,
            address=span.source,
        )

    def stored_claims(self, article: _Article) -> set[_Key]:
        """The article's claims as :func:`_key` makes them (grows as the import adds some)."""
        if article not in self.stored:
            self.stored[article] = (
                set()
                if isinstance(article, str)
                else {
                    (c.start, c.end, c.kind, fold(c.speaker_name))
                    for c in self.catalogue.claims_for_article(article)
                }
            )
        return self.stored[article]

    def text(self, article: _Article) -> str:
        if isinstance(article, str):
            return self.new[article].text
        if article not in self.texts:
            self.texts[article] = self.catalogue.get_article_text(article)
        return self.texts[article]

    def named(self, article: _Article) -> _Named:
        """How messages name the article: which of their wordings, and the values it takes."""
        if not isinstance(article, str):
            return 0, {"article": article}
        carried = self.new[article]
        if carried.title:
            return 1, {"title": carried.title}
        return 2, {"number": carried.number}


_Named = tuple[int, dict[str, Any]]
"""An article as a message names it: which wording (see _PAST_END) and its values."""


def _place(span: AnnotatedSpan, text: str, article: _Named) -> tuple[int, int]:
    """The span's start and end in ``text``: its positions, checked against its quote, or
    where its quote stands."""
    wording, named = article
    if span.start is not None and span.end is not None:
        if span.end > len(text):
            raise ImportFileError(
                _PAST_END[wording],
                annotation=span.number,
                start=span.start,
                end=span.end,
                length=len(text),
                **named,
            )
        if span.exact is not None and text[span.start : span.end] != span.exact:
            raise ImportFileError(
                _NOT_AT[wording],
                annotation=span.number,
                quote=_short(span.exact),
                start=span.start,
                end=span.end,
                found=_short(text[span.start : span.end]),
                **named,
            )
        return span.start, span.end
    assert span.exact is not None  # the reader refuses an annotation with neither
    exact = span.exact
    places = []
    at = text.find(exact)
    while at >= 0:
        places.append(at)
        at = text.find(exact, at + 1)
    if not places:
        raise ImportFileError(
            _NOT_IN[wording], annotation=span.number, quote=_short(exact), **named
        )
    fitting = [
        p
        for p in places
        if text.endswith(span.prefix, 0, p) and text.startswith(span.suffix, p + len(exact))
    ]
    if len(fitting) == 1 or (len(places) == 1 and not fitting):
        start = (fitting or places)[0]
        return start, start + len(exact)
    raise ImportFileError(
        _STANDS[wording], count=len(places), annotation=span.number, quote=_short(exact), **named
    )


def import_annotations(
    catalogue: ArticleVersionsService,
    spans: Sequence[AnnotatedSpan],
    description: str,
    carried: Mapping[str, CarriedArticle] | None = None,
    source_name: str = "",
) -> AnnotationImport:
    """Store ``spans`` as claims in one edit, with the ``carried`` articles (by text hash) they
    are on that the catalogue lacks (see the module's docstring); ``source_name`` is the file's
    name, kept as those articles' source."""
    articles = _Articles(catalogue, carried or {})
    claims: list[tuple[_Article, NewClaim]] = []
    known: dict[str, int | None] = {}
    skipped = 0
    for span in spans:
        article = articles.find(span)
        start, end = _place(span, articles.text(article), articles.named(article))
        # the same span, kind and speaker as a claim already there (an import run twice, or
        # a file with the same annotation twice): skipped rather than stored again
        key = (start, end, span.kind, fold(span.speaker or ""))
        present = articles.stored_claims(article)
        if key in present:
            skipped += 1
            continue
        present.add(key)
        speaker_id = None
        if span.speaker is not None:
            if span.speaker not in known:
                found = catalogue.find_speaker(span.speaker)
                known[span.speaker] = found.id if found is not None else None
            speaker_id = known[span.speaker]
        claims.append(
            (
                article,
                NewClaim(
                    start,
                    end,
                    speaker_id,
                    span.speaker if speaker_id is None else None,
                    span.speaker_role,
                    span.speaker_organisation,
                    span.kind,
                    span.tags,
                    span.note,
                    span.speaker_aliases if speaker_id is None else (),
                    created_at=span.created,
                    created_by=span.creator or None,
                ),
            )
        )
    new_articles = []
    for carried_article in articles.new.values():
        try:
            check_published(carried_article.published)
        except ClaimDeskError as error:
            template = (
                QT_TRANSLATE_NOOP("Errors", "The article “{title}” carried in the file: {reason}")
                if carried_article.title
                else QT_TRANSLATE_NOOP("Errors", "Article {number} carried in the file: {reason}")
            )
            raise ImportFileError(
                template,
                title=carried_article.title,
                number=carried_article.number,
                reason=error,
            ) from None
        new_articles.append(
            NewArticle(
                text=carried_article.text,
                title=carried_article.title,
                outlet=carried_article.outlet,
                url=carried_article.url,
                published=carried_article.published,
                language=carried_article.language,
                source_name=source_name,
                source_format="webannotation",
                text_hash=carried_article.text_hash,
            )
        )
    before = {s.id for s in catalogue.list_speakers()}
    try:
        stored = catalogue.attribute_spans_in_articles(
            claims, description=description, new_articles=new_articles
        )
    except ImportFileError:
        raise
    except ClaimDeskError as error:  # a carried article's date or a speaker's name refused
        if source_name:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file}: {reason}"), file=source_name, reason=error
            ) from error
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "The file: {reason}"), reason=error
        ) from error
    made = {c.speaker_id for c in stored if c.speaker_id is not None} - before
    return AnnotationImport(tuple(stored), len(made), skipped, len(new_articles))
