"""Suggested attributions: quotes in an article and who said them, for the user to confirm.

Reported speech in news follows a few patterns: a quotation with a speech verb and a speaker
next to it ("«…», — заявил министр", '"…," she said', "X заявил: «…»"), a reporting clause with
"что"/"that" ("X отметил, что …"), a clause after the content ("…, напомнил посол") and "по словам
X, …" / "according to X, …". The package is layered, each module importing only those above it
in this list:

* :mod:`.tokens` – words with offsets, sentence starts, trimming;
* :mod:`.morphology` – lemmas, name words, the nominative (pymorphy3 for Russian, simple else);
* :mod:`.language` – the per-language data (``claimdesk/core/suggest_data/<code>.json``:
  quotation marks, speech verbs with their gender, pronouns, titles), so adding a language is
  adding a file;
* :mod:`.mentions` – the speaker a clause names: a name, pronoun, title or organisation;
* :mod:`.subjects` – someone described rather than named ("one fisherman", "the retired
  surgeon"), and names joined by "and" told from clauses;
* :mod:`.people` – the article's people and coreference (surname → full name, pronoun or title
  → the most recent compatible person);
* :mod:`.russian_nlp` – the Russian dependency parser (the slovnet model with navec
  embeddings, as the natasha package ships them), loaded once on first use; None when they
  cannot be, and the rules work alone;
* :mod:`.parsed_subjects` – the speaker as the parse tells it: the subject of a speech verb,
  whatever words stand between them;
* :mod:`.context` – sentences, quotations, the attribution next to a speech verb (the rules'
  reading, checked against the parse where there is one);
* :mod:`.rules` – one module per pattern family;
* :mod:`.calibration` – confidences as measured on the development sets, and the default
  threshold;
* :mod:`.engine` – :func:`suggest_attributions`;
* :mod:`.stored` – suggestions for a stored article and accepting them (the catalogue glue).
"""

from __future__ import annotations

from claimdesk.core.suggest.calibration import DEFAULT_MIN_CONFIDENCE, min_confidence
from claimdesk.core.suggest.context import DIRECT, INDIRECT
from claimdesk.core.suggest.engine import (
    MATCH_SCORE,
    SpeakerSource,
    Suggestion,
    proposal_for_span,
    ready_at_once,
    suggest_attributions,
)
from claimdesk.core.suggest.language import (
    Language,
    available_languages,
    detect_language,
    load_language,
)
from claimdesk.core.suggest.stored import (
    accept_suggestion,
    accept_suggestions,
    accept_suggestions_at_least,
    pending_suggestions,
)

__all__ = [
    "DEFAULT_MIN_CONFIDENCE",
    "DIRECT",
    "INDIRECT",
    "MATCH_SCORE",
    "Language",
    "SpeakerSource",
    "Suggestion",
    "accept_suggestion",
    "accept_suggestions",
    "accept_suggestions_at_least",
    "available_languages",
    "detect_language",
    "load_language",
    "min_confidence",
    "pending_suggestions",
    "proposal_for_span",
    "ready_at_once",
    "suggest_attributions",
]
