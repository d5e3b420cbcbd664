"""Property-based tests (hypothesis): money, the importers and span snapping, fed odd text.

No exception escapes (the importers may raise InputError, nothing else), spans stay inside the
text, and particles never end up at the edge of a span.
"""

from __future__ import annotations

import csv
import io
import json
import math
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from models.domain import InputError
from models.importers.registry import read_file
from models.nlp.snapping import PLAIN_PARTICLES, is_edge_tag, snap_plain, snap_span
from models.rules.money import find_money, parse_money

# Text a hostile file may hold: Hangul syllables and conjoining jamo (NFD), emoji and other
# astral characters, invisible and control characters, line separators, digits and units.
odd_chars = st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
    st.characters(min_codepoint=0x1100, max_codepoint=0x11FF),
    st.sampled_from(list("😀👍🏽🇰🇷𝕏\u200b\ufeff\u00ad\u00a0\u2028\u2029\r\n\t\x00\x07\x85"
                         "0123456789,.~억만조원달러 %$₩\"'\\[]{}")),
    st.characters(codec="utf-8"),
)
odd_text = st.text(alphabet=odd_chars, max_size=60)


def nfd_sometimes(draw: st.DrawFn, text: str) -> str:
    return unicodedata.normalize("NFD", text) if draw(st.booleans()) else text


# -- money ---------------------------------------------------------------------------------------

PARTICLES_AFTER_WON = ("을", "이", "은", "의", "에", "으로", "과", "도", "까지", "부터", "이다",
                       "이며", "씩", "에서")
amount_text = st.builds(
    lambda jo, eok, man, comma: "".join(
        [f"{jo}조" if jo else "", f"{eok:,}억" if comma and eok else (f"{eok}억" if eok else ""),
         f"{man}만" if man else ""]),
    st.integers(0, 999), st.integers(0, 9999), st.integers(0, 9999), st.booleans())


@settings(max_examples=300, deadline=None)
@given(amount_text, st.sampled_from(PARTICLES_AFTER_WON), st.sampled_from(("", "약 ", "총 ")),
       st.text(alphabet=st.sampled_from(list("가나다라 정부는예산을")), max_size=12))
def test_particles_never_inside_a_money_span(amount: str, particle: str, before: str,
                                             tail: str) -> None:
    assume(amount)
    text = f"정부는 {before}{amount}원{particle} {tail}"
    spans = find_money(text)
    assert len(spans) == 1, (text, spans)
    span = spans[0]
    assert span.text == f"{amount}원", (text, span)
    assert text[span.end:].startswith(particle)
    assert span.value is not None and span.value.currency == "KRW"
    assert span.value.approx == (before == "약 ")


@settings(max_examples=400, deadline=None)
@given(odd_text)
def test_parse_money_never_raises_and_values_are_sane(text: str) -> None:
    value = parse_money(text)
    if value is None:
        return
    for v in (value.value, value.low, value.high):
        assert v is None or (math.isfinite(v) and v >= 0)
    if value.low is not None and value.high is not None:
        assert value.low <= value.high


@settings(max_examples=200, deadline=None)
@given(st.builds(lambda a, b: a + b, odd_text, odd_text))
def test_find_money_on_nfd_and_odd_text_stays_inside(text: str) -> None:
    for t in (text, unicodedata.normalize("NFD", text)):
        for span in find_money(t):
            assert 0 <= span.start < span.end <= len(t) and span.text == t[span.start:span.end]


# -- importers -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def work_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile property files")


@st.composite
def jsonl_records(draw: st.DrawFn) -> tuple[str, list[Any]]:
    records: list[Any] = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 9)) == 0:  # now and then something that is not a record
            records.append(draw(st.one_of(st.integers(), st.text(max_size=5), st.none(),
                                          st.lists(st.integers(), max_size=3))))
            continue
        text = nfd_sometimes(draw, draw(odd_text))
        n = len(text)
        spans = []
        for _ in range(draw(st.integers(0, 4))):
            start = draw(st.integers(-2, n + 2))
            end = draw(st.integers(-2, n + 3))
            form = draw(st.sampled_from(("dict", "list", "bad")))
            label = draw(st.sampled_from(("MONEY", "ORG", "", " ", "사업", "A\nB", "x\u2028y")))
            if form == "dict":
                span: Any = {"start": start, "end": end, "label": label}
                if draw(st.booleans()):
                    span["value"] = draw(st.one_of(
                        st.floats(allow_nan=True, allow_infinity=True), st.integers(),
                        st.dictionaries(st.sampled_from(("value", "low", "currency")),
                                        st.one_of(st.floats(), st.text(max_size=3)),
                                        max_size=2)))
            elif form == "list":
                span = [start, end, label]
            else:
                span = draw(st.one_of(st.integers(), st.text(max_size=3), st.lists(
                    st.integers(), max_size=2)))
            spans.append(span)
        rec: dict[str, Any] = {"text": text, "spans": spans}
        if draw(st.booleans()):
            rec["relations"] = draw(st.lists(st.fixed_dictionaries(
                {"head": st.integers(-1, 4), "child": st.integers(-1, 4)}), max_size=2))
        if draw(st.booleans()):
            rec["date"] = draw(st.one_of(st.text(max_size=12), st.integers(), st.none()))
        records.append(rec)
    return draw(st.sampled_from(("jsonl", "json"))), records


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(jsonl_records(), st.booleans(), st.booleans())
def test_jsonl_import_never_lets_anything_but_input_error_out(
        work_dir: Path, sample: tuple[str, list[Any]], ascii_only: bool, skip: bool) -> None:
    kind, records = sample
    path = work_dir / f"sample.{kind}"
    if kind == "json":
        body = json.dumps(records, ensure_ascii=ascii_only)
    else:
        body = "\n".join(json.dumps(r, ensure_ascii=ascii_only) for r in records)
    path.write_bytes(body.encode("utf-8", "surrogatepass"))
    try:
        result = read_file(path, skip_invalid=skip)
    except InputError as err:
        assert len(str(err).splitlines()) == 1, str(err)  # one line, whatever the data held
        return
    for doc in result.docs:
        assert doc.text and unicodedata.is_normalized("NFC", doc.text)
        for span in doc.spans:
            assert 0 <= span.start < span.end <= len(doc.text)
            assert span.text == doc.text[span.start:span.end]
        for rel in doc.relations:
            assert 0 <= rel.head < len(doc.spans) and 0 <= rel.tail < len(doc.spans)


cell_text = st.text(alphabet=st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
    st.sampled_from(list('"",,;\t\n\r 0123456789억원abc😀\u00a0'))), max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(cell_text, cell_text), min_size=1, max_size=6))
def test_csv_cells_with_quotes_and_newlines_round_trip(work_dir: Path,
                                                       rows: list[tuple[str, str]]) -> None:
    """Whatever a well-formed CSV holds (quotes, commas, line breaks) comes back as written."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(["제목", "본문"])
    writer.writerows(rows)
    path = work_dir / "round trip.csv"
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    try:
        result = read_file(path, skip_invalid=True)
    except InputError as err:
        assert all(not body.strip() for _t, body in rows) or "no documents" not in str(err), err
        return
    from models.textnorm import normalize

    wanted = [normalize(body).text.strip() for _t, body in rows]
    assert [d.text for d in result.docs] == [w for w in wanted if w]


# -- snapping ------------------------------------------------------------------------------------


class Tok(NamedTuple):
    start: int
    len: int
    tag: str
    form: str


WORDS = (("정부", "NNG"), ("서울", "NNP"), ("예산", "NNG"), ("10", "SN"), ("억", "NR"),
         ("원", "NNB"), ("가", "JKS"), ("를", "JKO"), ("에서", "JKB"), ("는", "JX"),
         ("했", "VV"), ("다", "EF"), (".", "SF"), (",", "SP"), ("사업", "NNG"), ("AI", "SL"))


@st.composite
def tokenised(draw: st.DrawFn) -> tuple[str, list[Tok]]:
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), min_size=1,
                          max_size=12))
    text, toks = "", []
    for (form, tag), space in parts:
        toks.append(Tok(len(text), len(form), tag, form))
        text += form + (" " if space else "")
    return text, toks


@settings(max_examples=500, deadline=None)
@given(tokenised(), st.data())
def test_snap_span_never_leaves_a_particle_at_an_edge(sample: tuple[str, list[Tok]],
                                                      data: st.DataObject) -> None:
    text, toks = sample
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    a, b = snap_span(text, start, end, toks)
    assert 0 <= a <= b <= len(text)
    if a == b:
        return
    core = [t for t in toks if t.start < end and t.start + t.len > start
            and not is_edge_tag(t.tag) and text[t.start:t.start + t.len].strip()]
    if not core:
        return  # only particles or punctuation selected: the selection is left as it was
    first = next(t for t in toks if t.start <= a < t.start + t.len)
    last = next(t for t in toks if t.start < b <= t.start + t.len)
    assert first.start == a and last.start + last.len == b, (text, start, end, a, b)
    assert not is_edge_tag(first.tag) and not is_edge_tag(last.tag), (text, a, b)


@st.composite
def word_with_particle(draw: st.DrawFn) -> tuple[str, str]:
    stem = draw(st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
                        min_size=2, max_size=6))
    return stem, draw(st.sampled_from(PLAIN_PARTICLES))


@settings(max_examples=500, deadline=None)
@given(word_with_particle(), st.sampled_from(("", " ", "“")), st.sampled_from(("", " ")))
def test_snap_plain_drops_the_particle(sample: tuple[str, str], before: str,
                                       after: str) -> None:
    stem, particle = sample
    text = f"{before}{stem}{particle}{after}"
    s, e = snap_plain(text, 0, len(text))
    assert 0 <= s <= e <= len(text)
    assert e <= len(before) + len(stem), (text, text[s:e])


@settings(max_examples=100, deadline=None)
@given(word_with_particle(), st.sampled_from((".", ",", "”", "…")))
def test_snap_plain_drops_a_particle_before_punctuation(sample: tuple[str, str],
                                                        after: str) -> None:
    stem, particle = sample
    text = f"{stem}{particle}{after}"
    _s, e = snap_plain(text, 0, len(text))
    assert e <= len(stem), (text, text[:e])


NAMES = ("서울", "정부", "삼성전자", "한국은행", "세종시", "교육부", "부산", "국회", "환경부")
PAIRS = (("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("으로", "로"))
FIXED = ("에서", "의", "도", "에게", "까지", "부터")


def particle_for(name: str, which: int) -> str:
    if which < len(PAIRS):
        has_coda = (ord(name[-1]) - 0xAC00) % 28 != 0
        return PAIRS[which][0 if has_coda else 1]
    return FIXED[which - len(PAIRS)]


@pytest.fixture(scope="module")
def kiwi() -> Any:
    kiwipiepy = pytest.importorskip("kiwipiepy")
    from models.nlp.kiwi_runtime import kiwi_options

    return kiwipiepy.Kiwi(**kiwi_options())  # as the engine builds it


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(NAMES), st.integers(0, len(PAIRS) + len(FIXED) - 1),
       st.sampled_from(("어제", "올해 들어", "정부 발표에 따르면")),
       st.sampled_from(("발표했다.", "예산을 늘렸다.", "협약을 맺었다.")),
       st.booleans(), st.booleans())
def test_snapping_with_kiwi_keeps_particles_out(kiwi: Any, name: str, which: int, before: str,
                                                after: str, grab_left: bool,
                                                grab_right: bool) -> None:
    particle = particle_for(name, which)
    text = f"{before} {name}{particle} {after}"
    name_start = len(before) + 1
    name_end = name_start + len(name)
    start = name_start - (1 if grab_left else 0)
    end = name_end + len(particle) + (1 if grab_right else 0)
    tokens = kiwi.tokenize(text)
    # Snapping trusts Kiwi's tags. Kiwi now and then reads the particle as part of the name
    # ("서울까지"/NNP) or as a determiner ("서울 이"/MM): 4 of 891 combinations here, left to
    # the engine (see the report); this property is about snapping, given a sound analysis.
    after_name = [t for t in tokens if name_end <= t.start < name_end + len(particle)]
    assume(any(t.start == name_end for t in tokens) and after_name
           and all(is_edge_tag(t.tag) for t in after_name))
    assert snap_span(text, start, end, tokens) == (name_start, name_end), \
        [(t.form, t.tag) for t in tokens]
