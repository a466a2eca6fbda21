"""The shape the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
requires of an annotation, checked by hand from the model's MUSTs (no external validator):
section 3.1 (context, id, type, body/target), 3.2 (targets and bodies), 4.2.4 and 4.2.6 (the
TextQuoteSelector and TextPositionSelector), 5.1 and 5.2 (collections and pages)."""

from __future__ import annotations

from typing import Any

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PURPOSES = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}  # fmt: skip
"""The model's motivations (section 3.3.5), which a body's purpose must be one of."""


def _iri(value: Any) -> bool:
    return isinstance(value, str) and ":" in value and " " not in value


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def annotation_problems(annotation: Any) -> list[str]:
    """What is wrong with ``annotation`` by the model's MUSTs (empty: nothing)."""
    if not isinstance(annotation, dict):
        return ["not a JSON object"]
    problems = []
    context = annotation.get("@context")
    if isinstance(context, list):
        if ANNO_CONTEXT not in context:
            problems.append("@context lacks the anno.jsonld context")
        elif len(context) == 1:
            problems.append("a single @context must be a string")
    elif context != ANNO_CONTEXT:
        problems.append("@context is not the anno.jsonld context")
    if not _iri(annotation.get("id")):
        problems.append("id is not an IRI")
    if "Annotation" not in _list(annotation.get("type")):
        problems.append("type is not Annotation")
    if "target" not in annotation:
        problems.append("no target")
    for motivation in _list(annotation.get("motivation", [])):
        if motivation not in PURPOSES:
            problems.append(f"unknown motivation {motivation!r}")
    for body in _list(annotation.get("body", [])):
        if isinstance(body, dict):
            if body.get("type") == "TextualBody" and not isinstance(body.get("value"), str):
                problems.append("a TextualBody has no value")
            if "purpose" in body and body["purpose"] not in PURPOSES:
                problems.append(f"unknown purpose {body['purpose']!r}")
        elif not _iri(body):
            problems.append("a body is neither an object nor an IRI")
    for target in _list(annotation.get("target", [])):
        if isinstance(target, str):
            if not _iri(target):
                problems.append("a target is not an IRI")
            continue
        if not isinstance(target, dict) or not _iri(target.get("source")):
            problems.append("a specific target has no source IRI")
            continue
        for selector in _list(target.get("selector", [])):
            problems += selector_problems(selector)
    return problems


def selector_problems(selector: Any) -> list[str]:
    if not isinstance(selector, dict):
        return ["a selector is not an object"]
    kind = selector.get("type")
    if kind == "TextQuoteSelector":
        if not isinstance(selector.get("exact"), str):
            return ["a TextQuoteSelector has no exact text"]
        for key in ("prefix", "suffix"):
            if key in selector and not isinstance(selector[key], str):
                return [f"a TextQuoteSelector's {key} is not text"]
        return []
    if kind == "TextPositionSelector":
        start, end = selector.get("start"), selector.get("end")
        ok = all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (start, end))
        return [] if ok and start <= end else ["a TextPositionSelector's start/end are wrong"]
    return [] if isinstance(kind, str) else ["a selector has no type"]


def collection_problems(document: Any) -> list[str]:
    """What is wrong with an AnnotationCollection holding its first page (sections 5.1, 5.2)."""
    if not isinstance(document, dict):
        return ["not a JSON object"]
    problems = []
    if ANNO_CONTEXT not in _list(document.get("@context")):
        problems.append("@context lacks the anno.jsonld context")
    if not _iri(document.get("id")):
        problems.append("the collection's id is not an IRI")
    if "AnnotationCollection" not in _list(document.get("type")):
        problems.append("type is not AnnotationCollection")
    page = document.get("first")
    if not isinstance(page, dict) or "AnnotationPage" not in _list(page.get("type")):
        return [*problems, "first is not an embedded AnnotationPage"]
    if not _iri(page.get("id")):
        problems.append("the page's id is not an IRI")
    if not isinstance(page.get("items"), list):
        problems.append("the page has no items")
    if not isinstance(document.get("total"), int):
        problems.append("no total")
    return problems
