"""Evaluation: the speaker the Attribute dialog proposes for a selected quote, on the external
development sets (../shared/eval, read at run time; see suggest_external.py and that folder's
README, whose rule compares speakers: casefolded, ё→е, white space collapsed).

A person attributes an article's gold quotes in text order, each to its gold speaker, so the
catalogue knows the speakers of the quotes before. For each quote the picker proposes (as
``ClaimController.make_speaker_picker`` does): the speaker of the surest suggested attribution
over the span that names someone and is listed by default; failing that, the known speaker
mentioned last before the span. That fallback is counted two ways: only in the span's paragraph
(:meth:`CatalogueIndex.suggest_speaker`, the app's since 2026-12-05) and over the 4,000
characters before the span (the app's before). Printed per set: proposals right, wrong (Enter
would file the quote under someone else) and none (the user names the speaker).

Run from the repository root::

    .venv/bin/python benchmarks/picker_proposals.py
"""

from __future__ import annotations

import json
from pathlib import Path

from claimdesk.core.domain.folding import fold
from claimdesk.core.matching.similarity import nearest_mention, paragraph_start
from claimdesk.core.suggest import min_confidence, proposal_for_span, suggest_attributions
from suggest_external import EVAL, SETS  # benchmarks/suggest_external.py, beside this script


def same_speaker(a: str, b: str) -> bool:
    def norm(name: str) -> str:
        return " ".join(fold(name).replace("ё", "е").split())

    return norm(a) == norm(b)


def proposals(folder: Path) -> dict[str, dict[str, int]]:
    counts = {way: {"right": 0, "wrong": 0, "none": 0} for way in ("paragraph", "window")}
    for gold_path in sorted(folder.glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(
            encoding="utf-8"
        )
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        quotes = sorted((text.index(q["text"]), q) for q in gold["quotes"])
        found = suggest_attributions(text)
        least = min_confidence(found[0].language) if found else 1.0
        known: list[tuple[int, str]] = []
        for start, quote in quotes:
            end = start + len(quote["text"])
            named = proposal_for_span(found, start, end, least)  # the picker's own rule
            for way, counted in counts.items():
                if named is not None:
                    proposed: str | None = named.speaker
                else:
                    since = paragraph_start(text, start) if way == "paragraph" else 0
                    speaker_id = nearest_mention(text, start, known, since=since)
                    proposed = dict(known).get(speaker_id) if speaker_id is not None else None
                if proposed is None:
                    counted["none"] += 1
                elif same_speaker(proposed, quote["speaker"]):
                    counted["right"] += 1
                else:
                    counted["wrong"] += 1
            if quote["speaker"] and not any(same_speaker(n, quote["speaker"]) for _, n in known):
                known.append((len(known) + 1, quote["speaker"]))
    return counts


def main() -> int:
    print(f"gold quotes attributed in text order; the eval sets in {EVAL}")
    for language, name in SETS.items():
        folder = EVAL / name
        if not folder.is_dir():
            print(f"{language}: {folder} is missing: nothing measured")
            continue
        for way, counted in proposals(folder).items():
            total = sum(counted.values())
            shares = ", ".join(f"{k} {v} ({v / total:.0%})" for k, v in counted.items())
            print(f"{language} ({name}), fallback in the {way}: {shares} of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
