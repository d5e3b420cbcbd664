"""Refresh the Qt Linguist catalogues from the code, then compile them.

    python resources/translations/update_ts.py          # update .ts, compile .qm

The UI code marks strings with ``tr("…")`` or ``N_("…")`` (see desktop/i18n.py); Qt's lupdate
does not see through that helper, so this script finds them with Python's ``ast``. Existing
translations are kept, new strings are added as "unfinished", strings no longer used are marked
"vanished". Edit the ``.ts`` files with Qt Linguist (``pyside6-linguist``) or any text editor.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONTEXT = "bitgeul"
LANGUAGES = ("ko",)


def collect(src: Path) -> dict[str, tuple[str, int]]:
    """Marked strings → (first file, line)."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted(src.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("tr", "N_") and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value,
                                 (str(path.relative_to(ROOT)).replace("\\", "/"), node.lineno))
    return found


def read_ts(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    for msg in ET.parse(path).getroot().iter("message"):
        source = msg.findtext("source") or ""
        trans = msg.find("translation")
        if trans is not None and trans.text and trans.get("type") not in ("unfinished",):
            out[source] = trans.text
    return out


def write_ts(path: Path, lang: str, strings: dict[str, tuple[str, int]],
             translations: dict[str, str]) -> tuple[int, int]:
    root = ET.Element("TS", version="2.1", language=lang)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    done = missing = 0
    for source, (file, line) in sorted(strings.items(), key=lambda kv: (kv[1], kv[0])):
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "location", filename=f"../../{file}", line=str(line))
        ET.SubElement(msg, "source").text = source
        trans = ET.SubElement(msg, "translation")
        if source in translations:
            trans.text = translations[source]
            done += 1
        else:
            trans.set("type", "unfinished")
            missing += 1
    for source, text in sorted(translations.items()):
        if source not in strings:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation", type="vanished").text = text
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return done, missing


def lrelease() -> str:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    found = shutil.which(str(exe)) or shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found (it ships with PySide6-Essentials)")
    return found


def main() -> int:
    strings = collect(ROOT / "desktop")
    for lang in LANGUAGES:
        ts = HERE / f"bitgeul_{lang}.ts"
        done, missing = write_ts(ts, lang, strings, read_ts(ts))
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
        print(f"{ts.name}: {done} translated, {missing} missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
