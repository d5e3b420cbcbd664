"""The user's example article (read at run time from ../shared/data, skipped when absent): every
amount, its value and its project, and the people, bodies, places and date it mentions."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from models.domain import AMOUNT_FOR, Analysis
from models.engine import analyze, analyze_rules

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "data" / "seed-article.txt"

# amount → (value in KRW, a piece of the name of the project it funds)
PLEDGES = [
    ("10조원", 1e13, "컴퓨팅 인프라 구축"),
    ("1조원", 1e12, "샌드박스 지정"),
    ("9000억원", 9e11, "실증밸리"),
    ("5000억원", 5e11, "반도체 클러스터 조성"),
    ("1조원", 1e12, "기반 구축"),
]


@pytest.fixture(scope="module")
def text() -> str:
    if not SEED.exists():
        pytest.skip("the user's example article (../shared/data) is not here")
    from models.textnorm import normalize_text

    return normalize_text(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def full(text, kiwi) -> Analysis:
    return analyze(text, date(2025, 5, 8), kiwi=kiwi)


def _links(a: Analysis) -> list[tuple[str, float | None, str]]:
    out = []
    for r in a.relations:
        if r.label != AMOUNT_FOR:
            continue  # the other relations have their own tests (test_relations.py)
        money, project = a.spans[r.head], a.spans[r.tail]
        assert money.label == "MONEY" and project.label == "PROJECT"
        out.append((money.text, money.value.value if money.value else None, project.text))
    return out


def _check_pledges(a: Analysis) -> None:
    money = [s for s in a.spans if s.label == "MONEY"]
    assert len(money) == 10  # five pledges, and the pledge paragraph appears twice
    links = _links(a)
    assert len(links) == 10
    assert [(m, v) for m, v, _ in links] == [(m, v) for m, v, _ in PLEDGES * 2]
    for (_, _, project), (_, _, piece) in zip(links, PLEDGES * 2, strict=True):
        assert piece in project, (project, piece)
        assert "(" not in project or project.count("(") == project.count(")")
    # each project phrase starts after its ▲ and does not swallow the amount
    assert all("▲" not in p and "원" not in p[-1] for _, _, p in links)


def test_amounts_values_and_projects(full):
    _check_pledges(full)


def test_rules_alone_link_the_amounts_too(text):
    _check_pledges(analyze_rules(text, date(2025, 5, 8)))


def test_people(full):
    people = Counter(s.text for s in full.spans if s.label == "PERSON")
    for name in ("이언주", "안도걸", "황철호", "문완규", "윤재호", "민정준", "정병호"):
        assert people[name] >= 1, name
    # no person swallowed a title or an organisation
    assert not any(len(p) > 4 for p in people), people


def test_organisations(full):
    orgs = {s.text for s in full.spans if s.label == "ORG"}
    assert {"더불어민주당", "민주당", "미래경제성장전략위원회", "광주도시공사", "한국에너지공과대학",
            "화순전남대병원"} <= orgs, orgs


def test_places(full):
    places = {s.text for s in full.spans if s.label in ("LOCATION", "ORG")}
    assert {"광주", "전남", "화순"} <= places
    assert "광주" in {s.text for s in full.spans if s.label == "LOCATION"}


def test_date(full):
    dates = [s for s in full.spans if s.label == "DATE" and s.text == "8일"]
    assert dates and all(s.value and s.value.date == "2025-05-08" for s in dates)


def test_flat_spans_do_not_overlap(full):
    flat = [s for s in full.spans if s.label != "PROJECT"]
    assert all(a.end <= b.start for a, b in zip(flat, flat[1:], strict=False))
