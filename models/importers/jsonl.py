"""JSON Lines (one document per line) and JSON arrays of the same objects, with gold spans.

Recognised keys of one object:

- ``text`` (required); ``title``, ``date``, ``outlet``, ``author``, ``url``, ``id`` at the top
  level or inside ``meta``; every other top-level key except bulky tool internals goes to meta;
- spans, Prodigy form ``"spans": [{"start", "end", "label"}]`` with optional value fields
  (value, low, high, currency, approx, date, unit, markers; or ``"value": {...}``), doccano
  form ``"label": [[start, end, "LABEL"]]`` (doccano 1.x: ``"labels"``), ``"entities":
  [{"start_offset", "end_offset", "label", "id"}]``, or ``"annotations": [{"start_offset",
  "end_offset", "label": 3}]`` whose label is a doccano label id (stored as "label 3": the
  names live in the doccano project, not in the export);
- Prodigy's ``"answer"``: the spans of a record answered "reject" or "ignore" are not
  annotations (its text still is a document); records of one text (``_input_hash``, as
  ``ner.teach`` writes one record per suggestion) become one document with the accepted spans;
- relations, ``[{"head": i, "child": j, "label"}]`` (Prodigy; i, j index the spans, or
  ``head_span``/``child_span`` give the spans' offsets), ``[{"from": i, "to": j}]``, or doccano's
  ``[{"from_id", "to_id", "type"}]`` (entity ids).

Offsets are code points into ``text`` as written; they are remapped through normalisation, and a
span that no longer fits (it cuts an NFD syllable, or ends inside a dropped CRLF pair) is an error
for its line, like malformed JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.domain import AMOUNT_FOR, EmptyText, ImportedDoc, InputError, Relation, Span, Value
from models.importers.encoding import decode_bytes
from models.importers.tables import parse_date
from models.progress import Progress
from models.textnorm import Normalized, clean_field, normalize

Item = ImportedDoc | InputError
PROGRESS_EVERY = 200

FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "date": ("date", "published", "pubdate"),
    "outlet": ("outlet", "press", "publisher", "media"),
    "author": ("author", "byline"),
    "url": ("url", "link"),
    "external_id": ("id", "external_id", "doc_id", "article_id"),
}
VALUE_KEYS = ("value", "low", "high", "currency", "approx", "date", "unit", "markers", "counted")
# Keys that never go to meta: the ones read above, and annotation-tool internals.
_SKIP_KEYS = {"text", "meta", "spans", "label", "labels", "entities", "annotations",
              "relations", "tokens", "html", "_input_hash", "_task_hash", "_view_id",
              "_session_id", "_timestamp", "_annotator_id", "_is_binary", "annotation_approver"}
NOT_ACCEPTED = ("reject", "ignore")  # Prodigy answers whose spans are not annotations


class RecordError(Exception):
    """A problem with one record; the caller adds file and line."""


class EmptyRecord(RecordError):
    """A record without text: skipped and counted."""


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(f"{what} must be an integer, got {json.dumps(value, ensure_ascii=False)}")
    return value


def _value(span: dict[str, Any]) -> Value | None:
    nested = span.get("value")
    data = nested if isinstance(nested, dict) else {k: span[k] for k in VALUE_KEYS if k in span}
    if "markers" in data and isinstance(data["markers"], str):
        data = {**data, "markers": [data["markers"]]}
    try:
        return Value.from_json(data)
    except (TypeError, ValueError, OverflowError):  # 1e400 written as a 400-digit integer
        raise RecordError(f"bad value fields {json.dumps(data, ensure_ascii=False)}") from None


def _raw_spans(obj: dict[str, Any]) -> list[tuple[int, int, str, dict[str, Any]]]:
    """(start, end, label, the span's own dict) in the source's offsets, in file order."""
    out: list[tuple[int, int, str, dict[str, Any]]] = []
    if isinstance(obj.get("spans"), list):
        items: list[Any] = obj["spans"]
        form = "spans"
    elif isinstance(obj.get("entities"), list):
        items, form = obj["entities"], "entities"
    elif _pairs(obj.get("label")):
        items, form = obj["label"], "label"
    elif _pairs(obj.get("labels")):
        items, form = obj["labels"], "labels"
    elif isinstance(obj.get("annotations"), list) and all(
            isinstance(x, dict) and "start_offset" in x for x in obj["annotations"]):
        items, form = obj["annotations"], "annotations"
    else:
        return out
    for k, item in enumerate(items):
        what = f"{form}[{k}]"
        if isinstance(item, dict):
            start = item.get("start", item.get("start_offset"))
            end = item.get("end", item.get("end_offset"))
            label = item.get("label")
            own = item
        elif isinstance(item, list) and len(item) >= 3:
            start, end, label = item[0], item[1], item[2]
            own = {}
        else:
            raise RecordError(f"{what}: expected {{start, end, label}} or [start, end, label]")
        if form == "annotations" and isinstance(label, int) and not isinstance(label, bool):
            label = f"label {label}"  # a doccano label id
        if not isinstance(label, str) or not label.strip():
            raise RecordError(f"{what}: missing label")
        label = " ".join(label.split())  # a label is a name: no line breaks or tabs inside
        out.append((_int(start, f"{what}.start"), _int(end, f"{what}.end"), label, own))
    return out


def _pairs(value: Any) -> bool:
    """A doccano span list: [[start, end, "LABEL"], …] (possibly empty)."""
    return isinstance(value, list) and all(isinstance(x, list) for x in value)


def _spans(obj: dict[str, Any], raw_text: str, norm: Normalized) -> list[Span]:
    spans: list[Span] = []
    for k, (start, end, label, own) in enumerate(_raw_spans(obj)):
        where = f"span {k} ({start}..{end} {label})"
        if not 0 <= start < end <= len(raw_text):
            raise RecordError(f"{where} is outside the text (length {len(raw_text)})")
        quoted = own.get("text")
        if isinstance(quoted, str) and quoted != raw_text[start:end]:
            raise RecordError(
                f"{where}: its text {quoted!r} differs from the text there {raw_text[start:end]!r}"
            )
        mapped = norm.map_span(start, end)
        if mapped is None:
            raise RecordError(f"{where} does not fit the text after normalisation")
        s, e = mapped
        spans.append(Span(s, e, label, norm.text[s:e], source="import", value=_value(own)))
    return spans


def _find_span(ref: Any, raw: list[tuple[int, int, str, dict[str, Any]]]) -> int | None:
    if not isinstance(ref, dict):
        return None
    for i, (start, end, label, _own) in enumerate(raw):
        if (ref.get("start"), ref.get("end")) == (start, end) and ref.get("label", label) == label:
            return i
    return None


def _relations(obj: dict[str, Any], n_spans: int) -> list[Relation]:
    items = obj.get("relations")
    if items is None:
        return []
    if not isinstance(items, list):
        raise RecordError("relations must be a list")
    raw = _raw_spans(obj)
    entity_ids = {
        e.get("id"): i for i, e in enumerate(obj.get("entities") or []) if isinstance(e, dict)
    }
    out: list[Relation] = []
    for k, rel in enumerate(items):
        if not isinstance(rel, dict):
            raise RecordError(f"relation {k}: expected an object")
        if "from_id" in rel or "to_id" in rel:
            head, tail = entity_ids.get(rel.get("from_id")), entity_ids.get(rel.get("to_id"))
        elif "head_span" in rel or "child_span" in rel:
            head = _find_span(rel.get("head_span"), raw)
            tail = _find_span(rel.get("child_span"), raw)
        else:
            head, tail = rel.get("head", rel.get("from")), rel.get("child", rel.get("to"))
            head = _int(head, f"relation {k} head")
            tail = _int(tail, f"relation {k} child")
        if head is None or tail is None or not (0 <= head < n_spans and 0 <= tail < n_spans):
            raise RecordError(f"relation {k} refers to a span that does not exist")
        label = rel.get("label", rel.get("type")) or AMOUNT_FOR
        attrs = tuple((key, str(rel[key])) for key in ("post", "funding", "place")
                      if isinstance(rel.get(key), str) and rel[key])
        out.append(Relation(head, tail, str(label), attrs=attrs))
    return out


def unique_spans(spans: list[Span], relations: list[Relation]
                 ) -> tuple[list[Span], list[Relation]]:
    """Spans without repeats (same offsets and label: two annotators in a doccano export, the
    same relation drawn twice in Prodigy), relations re-pointed at them and without repeats."""
    where: dict[tuple[int, int, str], int] = {}
    index: list[int] = []
    out: list[Span] = []
    for span in spans:
        key = (span.start, span.end, span.label)
        if key not in where:
            where[key] = len(out)
            out.append(span)
        index.append(where[key])
    seen: set[tuple[int, int, str]] = set()
    rels: list[Relation] = []
    for rel in relations:
        key = (index[rel.head], index[rel.tail], rel.label)
        if key not in seen:
            seen.add(key)
            rels.append(Relation(*key))
    return out, rels


def _merge_key(obj: Any) -> Any:
    """Prodigy's key of the input a record answers (None: not a Prodigy answer)."""
    if not isinstance(obj, dict) or "answer" not in obj:
        return None
    return obj.get("_input_hash", obj.get("text"))


class _Answers:
    """Prodigy records answering one input (``ner.teach`` writes one per suggestion), merged
    into one document with the union of the accepted spans, kept in file order."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.first: dict[Any, ImportedDoc] = {}

    def add(self, key: Any, item: Item) -> None:
        if key is None or not isinstance(item, ImportedDoc):
            self.items.append(item)
            return
        doc = self.first.get(key)
        if doc is None or doc.text != item.text:
            self.first.setdefault(key, item)
            self.items.append(item)
            return
        base = len(doc.spans)
        rels = [Relation(r.head + base, r.tail + base, r.label) for r in item.relations]
        doc.spans, doc.relations = unique_spans(doc.spans + item.spans, doc.relations + rels)


def _meta_safe(value: Any) -> Any:
    if isinstance(value, str):
        return clean_field(value)
    return value


def doc_from_record(obj: Any, path: str, line: int) -> ImportedDoc:
    """One document from a decoded JSON object; RecordError explains what is wrong."""
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object, got {type(obj).__name__}")
    raw_text = obj.get("text")
    if not isinstance(raw_text, str):
        raise RecordError('no "text" string' if raw_text is None else '"text" is not a string')
    norm = normalize(raw_text)
    if not norm.text.strip():
        raise EmptyRecord("empty text")
    meta_in = obj.get("meta")
    meta: dict[str, Any] = dict(meta_in) if isinstance(meta_in, dict) else {}
    if meta_in is not None and not isinstance(meta_in, dict):
        meta["meta"] = meta_in
    found: dict[str, Any] = {}
    for name, keys in FIELD_KEYS.items():
        for key in keys:
            if obj.get(key) not in (None, ""):
                found[name] = obj[key]
                break
            if meta.get(key) not in (None, ""):
                found[name] = meta.pop(key)
                break
    used = {k for keys in FIELD_KEYS.values() for k in keys if k in obj}
    for key, value in obj.items():
        if key not in _SKIP_KEYS and key not in used:
            meta[key] = _meta_safe(value)
    if isinstance(obj.get("label"), list) and not any(isinstance(x, list) for x in obj["label"]):
        meta["label"] = obj["label"]  # doccano text classification: document categories
    spans = _spans(obj, raw_text, norm)
    relations = _relations(obj, len(spans))
    if obj.get("answer") in NOT_ACCEPTED:
        spans, relations = [], []
    spans, relations = unique_spans(spans, relations)
    doc = ImportedDoc(
        text=norm.text,
        title=clean_field(found.get("title")),
        date=parse_date(found.get("date")),
        outlet=clean_field(found.get("outlet")),
        author=clean_field(found.get("author")),
        url=clean_field(found.get("url")),
        external_id=clean_field(found.get("external_id")),
        source_file=path,
        meta=meta,
        spans=spans,
        relations=relations,
        line=line,
    )
    if doc.date is None and found.get("date") not in (None, ""):
        doc.meta["date"] = found["date"]
    return doc


def read_jsonl(
    path: Path, data: bytes | None = None, progress: Progress | None = None
) -> Iterator[Item]:
    """Documents of a .jsonl file, or of a .json file holding an array (or one object).

    Bad records are yielded as InputError (the registry raises or collects them); a file that
    cannot be read at all raises. Units of progress: characters.
    """
    where = str(path)
    if data is None:
        data = path.read_bytes()
    text = decode_bytes(data, where)
    total = len(text)
    whole = _whole_document(where, text)
    if whole is not None:
        yield from _records(where, whole)
        if progress is not None:
            progress(total, total)
        return
    answers = _Answers()
    pos = 0
    # Only LF ends a record: U+2028 and friends may stand unescaped inside JSON strings.
    for n, line in enumerate(text.split("\n"), 1):
        pos += len(line) + 1
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(pos, total)
        if not line.strip():
            continue
        try:
            obj = _loads(line)
        except json.JSONDecodeError as err:
            answers.add(None, InputError(
                where, f"line {n}: invalid JSON: {err.msg} (column {err.colno})", line=n))
            continue
        except RecordError as err:
            answers.add(None, InputError(where, f"line {n}: invalid JSON: {err}", line=n))
            continue
        answers.add(_merge_key(obj), _record_item(obj, where, n, "line"))
    yield from answers.items
    if progress is not None:
        progress(total, total)


def _record_item(obj: Any, where: str, n: int, what: str) -> Item:
    try:
        return doc_from_record(obj, where, n)
    except EmptyRecord as err:
        return EmptyText(where, f"{what} {n}: {err}", line=n)
    except RecordError as err:
        return InputError(where, f"{what} {n}: {err}", line=n)


def _whole_document(where: str, text: str) -> list[Any] | None:
    """The records of a file that is one JSON value (an array, or a single object), else None."""
    head = text.lstrip()[:1]
    if head not in ("[", "{"):
        return None
    try:
        value = _loads(text)
    except json.JSONDecodeError as err:
        if head == "{":
            return None  # JSON Lines: the first object is followed by "extra data"
        raise InputError(
            where, f"invalid JSON: {err.msg} (line {err.lineno} column {err.colno})",
            line=err.lineno,
        ) from None
    except RecordError as err:
        if head == "{":
            return None  # let the line-by-line reading name the line
        raise InputError(where, f"invalid JSON: {err}") from None
    return value if isinstance(value, list) else [value]


def _loads(text: str) -> Any:
    """json.loads, with its other failures (not JSONDecodeError) as RecordError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise RecordError("nested too deeply") from None
    except ValueError as err:  # an integer of more than 4300 digits
        raise RecordError(str(err).split(";")[0]) from None


def _records(where: str, items: list[Any]) -> Iterator[Item]:
    what = "line" if len(items) == 1 else "item"
    answers = _Answers()
    for n, obj in enumerate(items, 1):
        answers.add(_merge_key(obj), _record_item(obj, where, n, what))
    yield from answers.items
