"""The core's messages reach a Russian user in Russian.

Every error the core raises for a user (a :class:`ClaimDeskError`) carries a template marked with
``QT_TRANSLATE_NOOP("Errors", …)`` and the values that fill it, so the GUI and the command line show
it in their language (``claimdesk.core.domain.messages``). This test reads the core's source and
fails for each ``raise SomeError(…)`` whose message is written in place (a literal, an f-string, a
``+``/``%`` expression) instead, and for each "Errors" message of the Russian catalogue that is not
translated or whose translation lacks a field of the English one (or has one it lacks).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from claimdesk.core.domain import errors as error_module
from claimdesk.core.domain import messages

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "src" / "claimdesk" / "core"
RU_TS = ROOT / "resources" / "translations" / "claimdesk_ru.ts"
EN_TS = ROOT / "resources" / "translations" / "claimdesk_en.ts"

RECORD_KINDS = {
    "NotFoundError": set(error_module._NOT_FOUND),
    "ConflictError": set(error_module._CONFLICT),
}
"""The kinds of record these errors take as their first argument, each with its own translated
message in errors.py: ``NotFoundError("article", 5)`` names a kind, it is not worded in place."""

USER_ERRORS = {
    name
    for name, value in vars(error_module).items()
    if isinstance(value, type)
    and issubclass(value, error_module.ClaimDeskError)
    and (value.__init__ is error_module.ClaimDeskError.__init__ or name in RECORD_KINDS)
}
"""The error types a user reads that take their message from the caller (others, such as
ValueError, are programming errors; those with arguments of their own word their message
themselves), and the two that take a kind of record."""


def _error_types(tree: ast.Module) -> set[str]:
    """The message-taking ClaimDeskError subclasses: errors.py's and any the module defines."""
    names = set(USER_ERRORS)
    changed = True
    while changed:
        changed = False
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name not in names:
                bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                own_init = any(
                    isinstance(f, ast.FunctionDef) and f.name == "__init__" for f in node.body
                )
                if bases & names and not own_init:
                    names.add(node.name)
                    changed = True
    return names


def _written_in_place(node: ast.expr) -> bool:
    """A message composed where it is raised: a literal, an f-string, ``+`` or ``%``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _written_in_place(node.left) or _written_in_place(node.right)
    return False


def untranslated_raises(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    types = _error_types(tree)
    found = []
    for node in ast.walk(tree):
        calls: list[ast.Call] = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            calls.append(node.exc)
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Call):
            calls.append(node.value)  # helpers that build the error for the caller to raise
        for call in calls:
            name = call.func.id if isinstance(call.func, ast.Name) else ""
            if name not in types:
                continue
            given = [*call.args, *(k.value for k in call.keywords)]
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and first.value in RECORD_KINDS.get(name, ()):
                given = given[1:]
            if any(_written_in_place(arg) for arg in given):
                where = f"{path.relative_to(root)}:{call.lineno}"
                found.append(f"{where}: {ast.unparse(call)[:110]}")
    return found


def test_every_error_of_the_core_is_marked_for_translation() -> None:
    offenders = [line for path in sorted(CORE.rglob("*.py")) for line in untranslated_raises(path)]
    assert not offenders, (
        f"{len(offenders)} errors of the core are worded in place, so they stay English in a "
        "Russian window; give each a QT_TRANSLATE_NOOP('Errors', template) and its values "
        "(claimdesk.core.domain.messages):\n" + "\n".join(offenders)
    )


FIELD = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)(?:[!:][^{}]*)?\}")


def _errors_messages(ts: Path) -> list[tuple[str, bool, list[str]]]:
    """(source, has plural forms, translations) of each message in the "Errors" context."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != messages.CONTEXT:
            continue
        for message in context.iter("message"):
            if message.findtext("translation") is None and message.find("translation") is None:
                continue
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = (
                [f.text or "" for f in translation.iter("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            if translation.get("type") == "unfinished":
                forms = []
            found.append((message.findtext("source") or "", numerus, forms))
    return found


def test_the_russian_catalogue_translates_every_error_with_the_same_fields() -> None:
    problems = []
    checked = 0
    for source, numerus, forms in _errors_messages(RU_TS):
        checked += 1
        if not forms or not all(f.strip() for f in forms):
            problems.append(f"not translated: {source!r}")
            continue
        wanted = sorted(set(FIELD.findall(source)))
        for form in forms:
            if sorted(set(FIELD.findall(form))) != wanted:
                problems.append(f"fields {wanted} differ in {form!r} (for {source!r})")
            if numerus and "%n" not in form:
                problems.append(f"a plural form lacks %n: {form!r} (for {source!r})")
    assert checked >= 200, f"only {checked} error messages in {RU_TS.name}: run lupdate"
    assert not problems, "\n".join(problems)


def test_every_plural_error_has_its_english_forms() -> None:
    plural = [(s, f) for s, numerus, f in _errors_messages(EN_TS) if numerus]
    assert plural, "no error message with a count in the English catalogue"
    missing = [s for s, forms in plural if len(forms) != 2 or not all(forms)]
    assert not missing, f"give these their English forms ('1 time', '%n times'): {missing}"


@pytest.mark.parametrize(
    "message",
    [
        "The quote “x” occurs 2 time(s) in the article; occurrence 5 does not exist.",
    ],
)
def test_the_check_sees_a_message_written_in_place(tmp_path: Path, message: str) -> None:
    # the test above would pass on a core with no error at all: show it finds one
    module = tmp_path / "sample.py"
    module.write_text(
        "from claimdesk.core.domain.errors import InvalidValueError\n"
        "class LocalError(InvalidValueError):\n    pass\n"
        "def f(n):\n"
        f"    raise InvalidValueError(f'{message} {{n}}')\n"
        "def g():\n    raise LocalError('plain words')\n"
        "def h(n):\n"
        "    raise InvalidValueError(QT_TRANSLATE_NOOP('Errors', 'Took {n}.'), n=n)\n"
        "def i(n):\n    raise NotFoundError('article', n)\n"
        "def j(n):\n    raise NotFoundError(f'version of article {n}', n)\n",
        encoding="utf-8",
    )
    found = untranslated_raises(module, tmp_path)
    assert [line.split(":")[1] for line in found] == ["5", "7", "13"]
