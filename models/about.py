"""What the app is and what it ships: its version and the open-source components inside it, each
with its licence and the licence texts its own package carries.

The installers bundle Qt (through PySide6), Kiwi and a dozen Python libraries; their licences
(LGPL for Qt and psycopg, MIT, BSD, Apache and others) ask that users can see them. The texts are
read from the installed packages' metadata (``*.dist-info``), not copied into this repository,
so they always match the versions that ship; the build copies that metadata into the bundle
(packaging/bitgeul.spec). ``bitgeul licences`` prints them, Help → About shows them.
"""

from __future__ import annotations

import contextlib
import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path

APP = "bitgeul"
# The runtime requirements in pyproject.toml, for when the app's own metadata is missing (a
# source checkout run without ``pip install``); a test keeps the two lists the same.
DIRECT = ("PySide6-Essentials", "SQLAlchemy", "alembic", "kiwipiepy", "openpyxl", "platformdirs",
          "psycopg", "psycopg-binary", "python-crfsuite", "defusedxml", "pypdfium2", "olefile")
_LICENCE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice)")
_REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str  # an SPDX expression or the package's own words ("" when it says nothing)
    texts: tuple[tuple[str, str], ...] = field(default=())  # (file name, text)
    package: str = ""  # the distribution whose metadata this came from ("" for the font)


def app_version() -> str:
    """The app's version: its package metadata, else pyproject.toml beside the sources."""
    try:
        return metadata.version(APP)
    except metadata.PackageNotFoundError:
        pass
    try:
        data = tomllib.loads((_REPO / "pyproject.toml").read_text(encoding="utf-8"))
        return str(data["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


def components() -> list[Component]:
    """The third-party packages the app runs on (its requirements and theirs, as installed),
    by name, and the bundled font."""
    found: dict[str, metadata.Distribution] = {}
    try:
        roots = _requirements(metadata.distribution(APP))
    except metadata.PackageNotFoundError:
        roots = list(DIRECT)
    todo = list(roots)
    while todo:
        name = todo.pop()
        key = _key(name)
        if key in found or key == APP:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # not installed here (an optional part, or left out of the bundle)
        found[key] = dist
        todo.extend(_requirements(dist))
    out = [_font()]
    for key, dist in found.items():
        name = _field(dist.metadata, "Name") or key
        out.append(Component(name, dist.version, _licence(dist), _texts(dist), package=name))
    return sorted(_shared_texts(out), key=lambda c: c.name.lower())


def _shared_texts(found: list[Component]) -> list[Component]:
    """A package whose wheel carries no licence text (PySide6, shiboken6: LGPL-3.0-only OR
    GPL-…) gets the text of the same licence from another package that has it (psycopg's
    LGPL-3.0), so that the licence Qt is used under can be read offline."""
    by_licence = {c.licence: c for c in found if c.texts and " " not in c.licence}
    out = []
    for c in found:
        if not c.texts:
            terms = [t for t in re.split(r"\s+(?:OR|AND)\s+|[()]", c.licence) if t]
            for term in terms:
                donor = by_licence.get(term)
                if donor is not None:
                    c = replace(c, texts=tuple((f"{term} ({donor.name}: {name})", text)
                                               for name, text in donor.texts))
                    break
        out.append(c)
    return out


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


_REQUIREMENT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")


def _requirements(dist: metadata.Distribution, extra: str | None = None) -> list[str]:
    """Names of what ``dist`` needs at run time, with the extras it asks of others
    (psycopg[binary] → psycopg-binary too); with ``extra``, what that extra of ``dist`` adds."""
    wanted = None if extra is None else re.compile(rf"extra\s*==\s*['\"]{re.escape(extra)}['\"]")
    out: list[str] = []
    for line in dist.requires or []:
        spec, _, marker = line.partition(";")
        m = _REQUIREMENT.match(spec)
        if m is None or ("extra" in marker if wanted is None else not wanted.search(marker)):
            continue  # (an optional part of ``dist``: tests, docs …; or another extra)
        out.append(m.group(1))
        for asked in filter(None, (x.strip() for x in (m.group(2) or "").split(","))):
            with contextlib.suppress(metadata.PackageNotFoundError):
                out.extend(_requirements(metadata.distribution(m.group(1)), asked))
    return out


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression.strip()
    words = (_field(meta, "License") or "").strip()
    if words and "\n" not in words and len(words) <= 80:
        return words
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return " / ".join(classifiers) or words.split("\n", 1)[0][:80]


def _field(meta: metadata.PackageMetadata, name: str) -> str | None:
    values = meta.get_all(name)  # (a missing field: None; [] never)
    return str(values[0]) if values else None


def _texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    """The licence files the package carries: the ones its metadata names (under ``licenses/``
    since metadata 2.4, beside the metadata before), else any LICENSE/COPYING/NOTICE there."""
    inside = {"/".join(p.parts[1:]): p for p in dist.files or []
              if len(p.parts) >= 2 and p.parts[0].endswith(".dist-info")}
    out: list[tuple[str, str]] = []
    for name in dist.metadata.get_all("License-File") or []:
        path = inside.get(f"licenses/{name}") or inside.get(name)
        text = _read(path) if path is not None else None
        if text:
            out.append((name, text))
    if not out:
        out = [(rel.rsplit("/", 1)[-1], text) for rel, path in sorted(inside.items())
               if _LICENCE_FILE.match(rel.rsplit("/", 1)[-1]) and (text := _read(path))]
    return tuple(out)


def _read(path: metadata.PackagePath) -> str | None:
    try:
        raw = path.read_binary()
    except OSError:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # an old licence file with a © in Latin-1


def _font() -> Component:
    from importlib.resources import files

    try:
        text = (files("resources") / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    except OSError:
        text = ""
    return Component("Nanum Gothic (font)", "", "OFL-1.1", (("OFL.txt", text),) if text else ())
