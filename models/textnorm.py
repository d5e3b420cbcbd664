"""Text normalisation with an exact offset map, content hashes and repeated-paragraph detection.

Every document text in the core goes through :func:`normalize` once, at import. The steps:

1. drop U+FEFF (BOM / zero-width no-break space), U+200B and the soft hyphen, which are invisible
   and break tokens and rules ("10조\u200b원");
2. line breaks: CRLF → LF (the CR is dropped), a lone CR, NEL, VT, FF, U+2028, U+2029 → LF;
3. other C0/C1 control characters are dropped; TAB → space (a document is prose, and a tab in a
   cell or a PDF copy is a word gap, not structure);
4. no-break spaces (U+00A0, U+2007, U+202F) → space, so that rules see "10<NBSP>조원" as "10 조원";
   a lone surrogate (possible in JSON escapes, not encodable as UTF-8) → U+FFFD;
5. NFC, chunk by chunk (macOS file names and some Mac editors give NFD Hangul: 2–3 conjoining
   jamo per syllable);
6. conjoining jamo that NFC did not compose into a syllable (U+1100–U+11FF, U+A960–U+A97F,
   U+D7B0–U+D7FF) → compatibility jamo (U+3131–U+318E), the form a keyboard types ("ㅋㅋ");
   the invisible fillers U+115F/U+1160 are dropped.

Steps 1–4 act per code point; step 5 works on chunks that begin with a character that cannot
combine with what precedes it, so each chunk normalises independently and we know which raw
code points produced which output code points. Spans given against the raw text are remapped
with :meth:`Normalized.map_span`; a span boundary that falls inside a chunk that changed (e.g.
between the initial and the vowel of an NFD syllable) cannot be represented and maps to None.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Code point → replacement ("" = drop). Control characters not listed here are dropped too.
_LINE_BREAKS = "\x0b\x0c\x85\u2028\u2029"
_REPLACE: dict[str, str] = {
    "\ufeff": "",
    "\u200b": "",
    "\u00ad": "",
    "\t": " ",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    **{ch: "\n" for ch in _LINE_BREAKS},
}

_JAMO_RANGES = ((0x1100, 0x11FF), (0xA960, 0xA97F), (0xD7B0, 0xD7FF))
_CONJOINING = re.compile("[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]")
# Everything steps 1-4 act on: C0 controls except LF, DEL and C1 controls, and _REPLACE.
_SPECIAL = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\u200b\u00ad\u00a0\u2007\u202f\u2028\u2029\ud800-\udfff]"
)
_JAMO_FILLERS = {"\u115f", "\u1160"}


def _is_conjoining_jamo(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _JAMO_RANGES)


def _is_vowel_or_final_jamo(ch: str) -> bool:
    """Medial (jungseong) and final (jongseong) jamo attach to the syllable before them."""
    cp = ord(ch)
    return 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF


@lru_cache(maxsize=1)
def _backward_combining() -> frozenset[str]:
    """Characters with combining class 0 that NFC may still merge with the preceding character.

    These are the second halves of canonical pairs (e.g. some Indic vowel signs) and characters
    whose decomposition starts with a non-starter. Canonical decompositions only exist below
    U+30000, so the scan is short (about 20 ms, once).
    """
    found: set[str] = set()
    for cp in range(0x30000):
        decomp = unicodedata.decomposition(chr(cp))
        if not decomp or decomp.startswith("<"):
            continue
        parts = [chr(int(h, 16)) for h in decomp.split()]
        if unicodedata.combining(parts[0]) != 0:
            found.add(chr(cp))
        if len(parts) == 2 and unicodedata.combining(parts[1]) == 0:
            found.add(parts[1])
    return frozenset(found)


@lru_cache(maxsize=1)
def _compat_jamo() -> dict[str, str]:
    """Conjoining jamo → compatibility jamo, from NFKC (compat → conjoining) and from names."""
    table: dict[str, str] = {}
    for cp in range(0x3131, 0x318F):
        compat = chr(cp)
        conj = unicodedata.normalize("NFKD", compat)
        if len(conj) == 1 and _is_conjoining_jamo(conj):
            table.setdefault(conj, compat)
    for lo, hi in _JAMO_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            name = unicodedata.name(ch, "")
            if ch in table or not name:
                continue
            for kind in ("CHOSEONG ", "JUNGSEONG ", "JONGSEONG "):
                if kind in name:
                    with contextlib.suppress(KeyError):
                        table[ch] = unicodedata.lookup(name.replace(kind, "LETTER "))
                    break
    return table


def _starts_chunk(ch: str) -> bool:
    return (
        unicodedata.combining(ch) == 0
        and not _is_vowel_or_final_jamo(ch)
        and ch not in _backward_combining()
    )


def _finish_chunk(chunk: str) -> str:
    """NFC one chunk, then turn the conjoining jamo that did not compose into compatibility jamo."""
    out = unicodedata.normalize("NFC", chunk) if not chunk.isascii() else chunk
    if any(_is_conjoining_jamo(c) for c in out):
        table = _compat_jamo()
        out = "".join("" if c in _JAMO_FILLERS else table.get(c, c) for c in out)
    return out


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text and the map back to the raw text it came from.

    ``_removed``: sorted raw indices of code points dropped by the per-character steps.
    ``_chunks``: (clean_start, clean_len, out_len) of every NFC chunk whose output differs in
    length from its input or that spans several code points; all other code points map 1:1.
    ``_shift``: prefix sums of (out_len - clean_len) over ``_chunks``.
    """

    text: str
    raw_length: int
    _removed: tuple[int, ...] = ()
    _chunks: tuple[tuple[int, int, int], ...] = ()
    _shift: tuple[int, ...] = ()
    # The text after steps 1-4, kept only when some chunk changed: a boundary inside such a
    # chunk is mapped when the part before it normalises to a prefix of the chunk's output.
    _clean: str = ""

    @property
    def identity(self) -> bool:
        """True if the text did not change: offsets into raw and text are the same."""
        return not self._removed and not self._chunks

    def map_offset(self, raw_offset: int) -> int | None:
        """Output offset of a raw boundary, or None if it falls inside a combined character."""
        if not 0 <= raw_offset <= self.raw_length:
            return None
        clean = raw_offset - bisect_left(self._removed, raw_offset)
        if not self._chunks:
            return clean
        i = bisect_right(self._chunks, (clean, 1 << 62, 0)) - 1  # last chunk starting <= clean
        shift = self._shift[i] if i >= 0 else 0
        if i >= 0:
            start, length, out_len = self._chunks[i]
            if start < clean < start + length:
                return self._inside(start, length, out_len, shift, clean)
            if clean == start:  # the chunk itself has not been passed yet
                shift -= out_len - length
        return clean + shift

    def _inside(self, start: int, length: int, out_len: int, shift: int, clean: int) -> int | None:
        """A boundary inside a changed chunk. "수ᅮᅮ" (a name, then conjoining vowels typed as
        an emoticon) becomes "수ㅜㅜ": the boundary after 수 is still a boundary. Between the
        initial and the vowel of an NFD syllable it is not (the two became one character)."""
        if not self._clean:
            return None
        whole = _finish_chunk(self._clean[start : start + length])
        head = _finish_chunk(self._clean[start:clean])
        tail = _finish_chunk(self._clean[clean : start + length])
        out_start = start + shift - (out_len - length)
        # Both halves must normalise on their own to what the text holds there (not so when
        # the chunk composed with a neighbour and the text was normalised once more).
        if whole != head + tail or self.text[out_start : out_start + out_len] != whole:
            return None
        return out_start + len(head)

    def map_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Map a raw span [start, end) to the normalised text.

        None when the span is out of range or reversed, when a boundary cuts a character that
        normalisation combined, or when the span held only dropped characters.
        """
        if start >= end:
            return None
        s = self.map_offset(start)
        e = self.map_offset(end)
        if s is None or e is None or s >= e:
            return None
        return s, e


def normalize(raw: str) -> Normalized:
    """Normalise ``raw`` (see the module docstring) and keep an exact offset map."""
    # Steps 1-4, per code point: only the special characters are visited.
    n = len(raw)
    removed: list[int] = []
    parts: list[str] = []
    last = 0
    for m in _SPECIAL.finditer(raw):
        i = m.start()
        ch = raw[i]
        parts.append(raw[last:i])
        last = i + 1
        if ch == "\r":
            if i + 1 < n and raw[i + 1] == "\n":
                removed.append(i)
            else:
                parts.append("\n")
        elif "\ud800" <= ch <= "\udfff":
            parts.append("\ufffd")  # a lone surrogate (JSON "\ud83d" escapes) cannot be stored
        elif rep := _REPLACE.get(ch, ""):
            parts.append(rep)
        else:  # dropped: listed with "" or any other control character
            removed.append(i)
    clean = raw if last == 0 else "".join(parts) + raw[last:]

    if clean.isascii() or (
        unicodedata.is_normalized("NFC", clean) and not _CONJOINING.search(clean)
    ):
        return Normalized(clean, n, tuple(removed))

    # Steps 5-6, chunk by chunk.
    out_parts: list[str] = []
    chunks: list[tuple[int, int, int]] = []
    shifts: list[int] = []
    shift = 0
    pos = 0
    length = len(clean)
    while pos < length:
        end = pos + 1
        while end < length and not _starts_chunk(clean[end]):
            end += 1
        chunk = clean[pos:end]
        if end - pos == 1 and (
            chunk < "\u0300"
            or (not _is_conjoining_jamo(chunk) and unicodedata.is_normalized("NFC", chunk))
        ):
            out_parts.append(chunk)  # fast path: a lone code point that NFC keeps as it is
            pos = end
            continue
        done = _finish_chunk(chunk)
        out_parts.append(done)
        if done != chunk:
            shift += len(done) - len(chunk)
            chunks.append((pos, len(chunk), len(done)))
            shifts.append(shift)
        pos = end
    text = "".join(out_parts)
    if not unicodedata.is_normalized("NFC", text):
        # A composition across chunks we did not foresee: fall back to one chunk (exact text,
        # coarse map) rather than return text that is not NFC.
        text = _finish_chunk(clean)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        chunks = [(0, len(clean), len(text))]
        shifts = [len(text) - len(clean)]
    return Normalized(text, n, tuple(removed), tuple(chunks), tuple(shifts),
                      clean if chunks else "")


def normalize_text(raw: str) -> str:
    """The normalised text only (titles, metadata fields: no offsets needed)."""
    return normalize(raw).text


def clean_field(value: object) -> str | None:
    """A metadata value as one normalised line: None for empty, inner whitespace collapsed."""
    if value is None:
        return None
    text = " ".join(normalize(str(value)).text.split())
    return text or None


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised text, for duplicate detection across imports."""
    return hashlib.sha256(normalize(text).text.encode("utf-8")).hexdigest()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding whitespace."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


@dataclass(frozen=True, slots=True)
class Repeat:
    """The paragraph ``text[start:end]`` repeats the one that starts at ``first_start``."""

    start: int
    end: int
    first_start: int


MIN_REPEAT_CHARS = 20
MIN_CONTAINED_CHARS = 40  # a shorter line may stand inside another by chance
# a byline or dateline that opens a paragraph: "[돌내=한지훈 기자] ", "(세종=연합뉴스) "
BYLINE = re.compile(r"^[\[(（【][^\])）】\n]{1,30}[\])）】]\s*")


def repeated_paragraphs(text: str, min_chars: int = MIN_REPEAT_CHARS) -> list[Repeat]:
    """Paragraphs whose whitespace-collapsed content equals an earlier paragraph's.

    News pages often repeat a paragraph (a photo caption, a lead repeated after the body); an
    amount inside a repeat must be counted once. Short lines ("사진=연합뉴스") and lines without
    letters or digits ("----") repeat innocently and are ignored. A paragraph of
    ``MIN_CONTAINED_CHARS`` or more that stands word for word inside an earlier one (the lead
    sentence repeated alone at the end) is a repeat too. ``first_start`` is where the repeated
    text first stood, to the character where it is found word for word.
    """
    seen: dict[str, int] = {}
    out: list[Repeat] = []
    for start, end in paragraphs(text):
        # "[돌내=한지훈 기자] 돌내시는 …" repeated without its byline at the end
        key = BYLINE.sub("", " ".join(text[start:end].split()))
        if len(key) < min_chars or not any(c.isalnum() for c in key):
            continue
        first = seen.setdefault(key, start)
        exact = text.find(text[start:end], 0, start)
        if first != start:
            out.append(Repeat(start, end, exact if exact >= 0 else first))
        elif len(key) >= MIN_CONTAINED_CHARS and exact >= 0:
            out.append(Repeat(start, end, exact))
    return out
