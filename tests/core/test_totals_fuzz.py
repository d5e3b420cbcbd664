"""The report's prose passes on random money-laden text: never a failure, every amount listed.

The counting rules read words around amounts with many regular expressions and index
arithmetic (sentences back, lines above, brackets, lists); the table readers have a test of
their own (test_table_money). Here sentences are thrown together from amounts and the words the
rules look for, and the whole report runs on them: import, suggestions accepted, Excel written.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

AMOUNTS = ["120억원", "3억5000만원", "2,400백만원", "1조2000억원", "40억여원", "5억 달러", "600만 유로",
           "수백억원", "800억원대", "1만원", "0원", "12,500,000원", "약 30억원", "200억~300억원"]
WORDS = ["국비", "시비", "도비", "총사업비", "사업비", "가운데", "중", "총", "모두", "당초", "삭감", "전액 삭감",
         "으로 늘렸다", "으로 줄였다", "을 깎은", "1인당", "씩", "2027년으로 넘겼다", "잔액은", "지방세 수입",
         "부적정:", "▲", "- ", "○ ", "□ ", "(", ")", "→", "바로잡습니다", "[바로잡습니다]", "등", "을 들여",
         "를 투입한다", "이었으나", "으로 잡았지만", "계약을 따냈다", "운영비로 해마다", "의", "은", "는",
         "이", "가", "을", "에", "해든시는", "해든 도서관", "보도자료", "정정 후:", "총사업비:", "단위: 억원",
         " | ", "합계", "소계", "매출", "영업이익", "환수", "\"", "'", "라고 주장했지만", "올해", "지난해"]
ENDS = [". ", ".\n", "\n", ", ", " "]


def random_text(rng: random.Random) -> str:
    out: list[str] = []
    for _ in range(rng.randint(1, 30)):
        pick = rng.random()
        out.append(rng.choice(AMOUNTS) if pick < 0.3 else rng.choice(ENDS) if pick < 0.45
                   else rng.choice(WORDS))
        out.append(" " if rng.random() < 0.6 else "")
    return "".join(out).strip() or "해든시"


def test_the_report_never_fails_on_random_money_laden_text(kiwi) -> None:
    from bench_totals import TotalPassage, report_sums

    rng = random.Random(11)
    passages = [TotalPassage(f"f{n:03d}", "fuzz", random_text(rng), {}) for n in range(300)]
    sums = report_sums(passages, kiwi)
    listed = sum(len(sums[p.id][1]) for p in passages if p.id in sums)
    assert listed > 300  # the amounts were suggested, accepted and listed
    for p in passages:
        got, rows = sums.get(p.id, ({}, []))
        assert all(v >= 0 for v in got.values()), (p.text, rows)
        # each row says what became of its amount: added (+), or why not (·)
        assert all(" + " in r or r.endswith(" +") or " · " in r or r.endswith(" ·")
                   for r in rows), (p.text, rows)
