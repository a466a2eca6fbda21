"""Every string marked for translation in src/claimdesk is what pyside6-lupdate extracts.

pyside6-lupdate's Python parser (6.11) silently skips some calls and mistakes others, so a
string can be marked and still never reach a translator: this test reads the package's marked
calls itself (``self.tr``, ``translate``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``,
``QT_TR_NOOP`` with literal text), runs lupdate over the package as ``make translations-update``
does, and fails for each marked call lupdate did not extract, or extracted without its plural
forms, saying where it is and what to write instead (CONTRIBUTING.md, "Translations").
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "claimdesk"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@dataclass(frozen=True)
class Marked:
    context: str
    source: str
    numerus: bool
    where: str
    call: str


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def marked_calls(path: Path) -> list[Marked]:
    """The calls in ``path`` lupdate should extract, with the context it should file them in."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Marked] = []

    def visit(node: ast.AST, enclosing: str) -> None:
        if isinstance(node, ast.ClassDef):
            enclosing = node.name
        if isinstance(node, ast.Call):
            name, args = _name(node.func), node.args
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            call = ast.unparse(node)[:120]
            if name == "tr" and args and _text(args[0]) is not None:
                found.append(Marked(enclosing, _text(args[0]) or "", len(args) >= 3, where, call))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                context, source = _text(args[0]), _text(args[1])
                if context is not None and source is not None:
                    literal_count = len(args) == 4 and isinstance(args[3], ast.Constant)
                    numerus = len(args) >= 5 or literal_count
                    found.append(Marked(context, source, numerus, where, call))
            elif name == "QT_TR_NOOP" and args and _text(args[0]) is not None:
                found.append(Marked(enclosing, _text(args[0]) or "", False, where, call))
        for child in ast.iter_child_nodes(node):
            visit(child, enclosing)

    visit(tree, "")
    return found


def wrong_counts(path: Path) -> list[str]:
    """``translate(ctx, text, comment, n)`` calls: lupdate files them without plural forms."""
    wrong = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and _name(node.func) == "translate"
            and len(node.args) == 4
            and _text(node.args[0]) is not None
            and _text(node.args[1]) is not None
            and not isinstance(node.args[3], ast.Constant)
        ):
            wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:100]}")
    return wrong


def extracted(tmp_path: Path) -> dict[tuple[str, str], bool]:
    """(context, source) → numerus, as lupdate extracts them from the package."""
    ts = tmp_path / "all.ts"
    try:
        subprocess.run(
            [str(LUPDATE), "-extensions", "py", "-no-obsolete", str(PACKAGE), "-ts", str(ts)],
            check=True,
            capture_output=True,
            timeout=300,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(
            "pyside6-lupdate hung on src/claimdesk: it loops forever on a translate() call whose "
            "count is a call over an attribute, such as len(result.claims): give the count a "
            "name first (count = len(result.claims))"
        )
    messages: dict[tuple[str, str], bool] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            messages[(name, source)] = message.get("numerus") == "yes"
    return messages


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_lupdate_extracts_every_marked_string_with_its_plural_forms(tmp_path: Path) -> None:
    marked = [m for path in sorted(PACKAGE.rglob("*.py")) for m in marked_calls(path)]
    assert len(marked) > 200  # the CLI alone marks more: the scan itself works
    messages = extracted(tmp_path)
    problems = []
    for m in marked:
        numerus = messages.get((m.context, m.source))
        if numerus is None:
            problems.append(
                f"{m.where}: not extracted by lupdate (context {m.context!r}): {m.call}\n"
                "    (a count must be a plain name, and a call with a count must not end in a "
                "comma: keep it on lines of its own with # fmt: skip)"
            )
        elif numerus is not m.numerus and m.numerus:
            problems.append(f"{m.where}: extracted without its plural forms: {m.call}")
    problems += [
        f"{wrong}\n    (lupdate gives it no plural forms: write translate(context, text, None, "
        "PLURAL, count), PLURAL from claimdesk.gui.translations or claimdesk.i18n_text)"
        for path in sorted(PACKAGE.rglob("*.py"))
        for wrong in wrong_counts(path)
    ]
    assert not problems, "\n".join(problems)


def test_the_cli_messages_are_filed_under_their_contexts_with_plurals(tmp_path: Path) -> None:
    """The CLI's own calls (claimdesk.i18n_text.translate) reach lupdate: plain and plural."""
    messages = extracted(tmp_path)
    assert messages[("Cli", "list claims")] is False
    assert messages[("Cli", "%n claim(s)")] is True
    assert messages[("CliQdpx", "%n article(s)")] is True
    assert messages[("Argparse", "usage: ")] is False


def test_the_windows_write_their_counts_in_the_interfaces_numbers() -> None:
    """A count in a window is written as the interface's language writes numbers ("%Ln":
    "20,000 claims", "20 000 утверждений"), not as bare digits ("%n": "20000"); the command
    line keeps bare digits, which scripts read."""
    gui = PACKAGE / "gui"
    marked = [m for path in sorted(gui.rglob("*.py")) for m in marked_calls(path) if m.numerus]
    assert len(marked) > 40  # the scan itself works
    bare = [f"{m.where}: {m.call}" for m in marked if "%n" in m.source.replace("%Ln", "")]
    assert not bare, "write %Ln for the count:\n" + "\n".join(bare)
    plain = [m for m in marked if "%Ln" not in m.source]
    assert not plain, [m.where for m in plain]
