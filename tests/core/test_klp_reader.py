"""The 2016klp reader, the kept-back evaluation slice and the country relabelling (own texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.domain import InputError, Span
from models.evaluate import countries_as_location, half_of, held_out, split_part
from models.importers.klp import read_klp

SAMPLE = (
    "; 박하늘이 부산에서 돌아왔다.\n"
    "$<박하늘:PS>이 <부산:LC>에서 돌아왔다.\n"
    "1\t박하늘\tNNP\tB_PS\n"
    "1\t이\tJKS\tO\n"
    "\n"
    "; 어제 해양청은 발표했다.\n"
    "$<어제:DT> <해양청:OG>은 발표했다.\n"
    "1\t어제\tNNG\tB_DT\n"
    "\n"
    "; 태그가 맞지 않는 문장.\n"
    "$<다른:PS> 문장.\n"
)


def test_reads_spans_and_skips_a_sentence_whose_tags_do_not_fit(tmp_path: Path) -> None:
    from models.importers.kmou import KmouStats

    f = tmp_path / "ner.dev"
    f.write_text(SAMPLE, encoding="utf-8")
    stats = KmouStats()
    docs = list(read_klp(f, stats))
    assert [d.text for d in docs] == ["박하늘이 부산에서 돌아왔다.", "어제 해양청은 발표했다."]
    assert [(s.text, s.label) for s in docs[0].spans] == [("박하늘", "PERSON"), ("부산", "LOCATION")]
    assert [(s.text, s.label) for s in docs[1].spans] == [("어제", "DATE"), ("해양청", "ORG")]
    assert (stats.sentences, stats.skipped) == (3, 1)


def test_a_file_of_another_layout_is_refused_in_one_line(tmp_path: Path) -> None:
    f = tmp_path / "ner.dev"
    f.write_text("그냥 글입니다.\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a 2016klp NER file"):
        list(read_klp(f))


def test_the_held_out_slice_is_a_fixed_fifth_chosen_by_the_text() -> None:
    texts = [f"문장 번호 {n}은 시험용이다." for n in range(2000)]
    chosen = [t for t in texts if held_out(t)]
    assert 300 < len(chosen) < 500
    assert chosen == [t for t in texts if held_out(t + "  ")]  # surrounding blanks do not count
    assert all(split_part(t, "held-out") != split_part(t, "dev") for t in texts)
    halves = [half_of(t) for t in texts if not held_out(t)]
    assert 0.4 < sum(halves) / len(halves) < 0.6


def test_gold_country_names_can_be_counted_as_places() -> None:
    gold = [Span(0, 2, "ORG", "중국"), Span(5, 8, "ORG", "해양청")]
    assert [s.label for s in countries_as_location(gold)] == ["LOCATION", "ORG"]
