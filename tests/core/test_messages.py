"""Every refusal the core raises has a Korean text for the app, with no command-line flag."""

from __future__ import annotations

import ast
from pathlib import Path

from models.messages import CATALOGUE, localize

MODELS = Path(__file__).resolve().parents[2] / "models"
# Messages only the command line can raise (its own options): the app never shows them.
CLI_ONLY = ("models/cli/", "models/team/cli.py", "models/learn/cli.py")


def _sample(node: ast.expr) -> str | None:
    """The message a raise site builds, with "7" for each part that varies."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "7" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _sample(node.left), _sample(node.right)
        return None if left is None or right is None else left + right
    return None


def _raised() -> list[tuple[str, str]]:
    found = []
    for path in MODELS.rglob("*.py"):
        rel = path.relative_to(MODELS.parent).as_posix()
        if rel.startswith(CLI_ONLY):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # A document's "nothing found" problem, handed to Pieces.doc(empty=...)
            empties: list[ast.expr] = []
            if isinstance(node, ast.Call):
                empties = [k.value for k in node.keywords if k.arg == "empty"]
            elif isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "empty" for t in node.targets):
                empties = [node.value]
            for value in empties:
                branches = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
                found.extend((f"{rel}:{node.lineno}", t) for b in branches
                             if (t := _sample(b)) is not None)
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id == "CommandError" and node.args:
                text = _sample(node.args[0])
            elif node.func.id in ("InputError", "ProjectStorageError") and len(node.args) > 1:
                text = _sample(node.args[1])
            else:
                continue
            if text is not None:
                found.append((f"{rel}:{node.lineno}", text))
    return found


def _composed(text: str) -> bool:
    """Built only of other messages ("{problem} ({other})"), or of a verb chosen at run time
    (step 7 cannot be undone/redone now): checked through the messages it is made of."""
    return not any(c.isalpha() for c in text) or text == "step 7 cannot be 7 now"


def test_every_refusal_has_a_korean_text() -> None:
    raised = _raised()
    assert len(raised) > 60
    missing = [(where, text) for where, text in raised
               if not _composed(text) and localize(text, "ko") == text]
    assert missing == []
    decode = ("cannot decode as UTF-8: invalid byte(s) b0 b1 at byte offset 12 "
              "(CP949/EUC-KR fails at byte offset 40)")
    assert localize(decode, "ko") == ("UTF-8(으)로 읽을 수 없습니다: 12번째 바이트(b0 b1)가 "
                                      "잘못되었습니다(CP949/EUC-KR로는 40번째 바이트에서 읽을 수 "
                                      "없습니다)")
    assert localize("step 3 cannot be redone now", "ko") == "3번 단계는 지금 다시 실행할 수 없습니다"


def test_the_app_never_names_a_command_line_flag() -> None:
    for where, text in _raised():
        for lang in ("ko", "en"):
            assert "--" not in localize(text, lang), (where, lang)
    for _english, korean, app_english in CATALOGUE:
        assert "--" not in korean and "--" not in (app_english or "")


def test_the_command_line_keeps_the_english_text() -> None:
    text = "unsupported file type '.png'; supported: .txt, .csv (or give --format)"
    assert localize(text, "cli") == text
    assert localize("line 4: empty sentence", "ko") == "4행: 빈 문장입니다"
