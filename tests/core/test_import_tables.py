"""CSV/XLSX importers, BigKinds exports included, read through the registry from real files."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import openpyxl
import pytest

from models.domain import InputError
from models.importers.registry import read_file
from models.importers.tables import ColumnMap, is_bigkinds, parse_date, sniff_delimiter

BIGKINDS_HEADER = [
    "뉴스 식별자", "일자", "언론사", "기고자", "제목", "통합 분류1", "통합 분류2", "통합 분류3",
    "사건/사고 분류1", "사건/사고 분류2", "사건/사고 분류3", "인물", "위치", "기관", "키워드",
    "특성추출(가중치순 상위 50개)", "본문", "URL", "분석제외 여부",
]

# Our own sample rows (not taken from any article).
BIGKINDS_ROWS = [
    [
        "01100101.20250508093000001", "20250508", "가상일보", "김하늘 기자",
        "광주시, AI 데이터센터 구축에 5천억원 투입", "경제>산업_기업", "IT_과학>인터넷_SNS", "",
        "", "", "", "김하늘,박지훈", "광주,전남", "광주시,과학기술정보통신부",
        "광주시,AI,데이터센터,5천억원", "데이터센터,광주시,AI",
        "광주시는 8일 인공지능 데이터센터 구축 사업에 5천억원을 투입한다고 밝혔다.",
        "https://news.example.kr/a/1", "",
    ],
    [
        "02100201.20250509101500002", "20250509", "예시경제", "", "전남도 해상풍력 예산 확대",
        "경제>경제일반", "", "", "", "", "", "", "전남", "전라남도", "전남도,해상풍력", "",
        "전라남도는 해상풍력 관련 예산을 1조 2천억원으로 늘리기로 했다.",
        "https://news.example.kr/a/2", "중복",
    ],
]


def write_csv(path, header, rows, encoding="utf-8", delimiter=","):
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def check_bigkinds(docs, path):
    assert len(docs) == 2
    first, second = docs
    assert first.text == BIGKINDS_ROWS[0][16]
    assert first.title == "광주시, AI 데이터센터 구축에 5천억원 투입"
    assert first.date == date(2025, 5, 8)
    assert first.outlet == "가상일보"
    assert first.author == "김하늘 기자"
    assert first.url == "https://news.example.kr/a/1"
    assert first.external_id == "01100101.20250508093000001"
    assert first.hints == {
        "PERSON": ["김하늘", "박지훈"],
        "LOCATION": ["광주", "전남"],
        "ORG": ["광주시", "과학기술정보통신부"],
    }
    assert first.meta["통합 분류1"] == "경제>산업_기업"
    assert first.meta["키워드"] == "광주시,AI,데이터센터,5천억원"
    assert "분석제외 여부" not in first.meta  # empty cells are left out
    assert first.source_file == str(path)
    assert first.line == 2
    assert second.meta["분석제외 여부"] == "중복"
    assert "PERSON" not in second.hints
    assert second.author is None
    assert second.line == 3


def test_bigkinds_csv_in_cp949(tmp_path):
    path = write_csv(tmp_path / "NewsResult_20250501-20250531.csv", BIGKINDS_HEADER,
                     BIGKINDS_ROWS, encoding="cp949")
    result = read_file(path)
    check_bigkinds(result.docs, path)
    assert result.skipped == []


def test_bigkinds_xlsx(tmp_path):
    path = tmp_path / "NewsResult_20250501-20250531.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "sheet"
    ws.append(BIGKINDS_HEADER)
    for row in BIGKINDS_ROWS:
        row = list(row)
        row[1] = int(row[1])  # BigKinds' 일자 often arrives as a number
        ws.append(row)
    wb.save(path)
    seen = []
    result = read_file(path, progress=lambda done, total: seen.append((done, total)))
    check_bigkinds(result.docs, path)
    assert seen and seen[-1][0] == seen[-1][1]


def test_bigkinds_header_is_tolerant_of_spacing():
    header = [h.replace(" ", "") for h in BIGKINDS_HEADER]
    assert is_bigkinds(header)
    assert is_bigkinds([" " + h + " " for h in BIGKINDS_HEADER])
    assert not is_bigkinds(["제목", "본문"])


def test_generic_csv_with_text_column(tmp_path):
    header = ["번호", "기사 제목", "기사 원문", "게시일", "출처"]
    rows = [
        ["1", "세종시 교통 대책", "세종시는 버스 노선을 개편한다.", "2024.11.03", "시청 보도자료"],
        ["2", "부산 항만 투자", "부산항에 3천억원이 투입된다.", "2024-11-04", "항만공사"],
    ]
    path = write_csv(tmp_path / "articles.csv", header, rows)
    with pytest.raises(InputError) as err:
        read_file(path)
    message = str(err.value)
    assert "no text column" in message and "기사 원문" in message and "--text-column" in message

    cols = ColumnMap(text="기사 원문", title="기사 제목", date="게시일", outlet="출처")
    docs = read_file(path, columns=cols).docs
    assert [d.text for d in docs] == [r[2] for r in rows]
    assert docs[0].title == "세종시 교통 대책"
    assert docs[0].date == date(2024, 11, 3)
    assert docs[1].date == date(2024, 11, 4)
    assert docs[1].outlet == "항만공사"
    assert docs[0].meta == {"번호": "1"}


def test_explicit_column_that_does_not_exist(tmp_path):
    path = write_csv(tmp_path / "a.csv", ["제목", "본문"], [["t", "본문입니다"]])
    with pytest.raises(InputError, match="column '내용'.*not found; columns are: 제목, 본문"):
        read_file(path, columns=ColumnMap(text="내용"))


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_and_auto_detected_columns(tmp_path, delimiter):
    rows = [["울산시, 수소 산업 육성", "울산시는 수소 산업에 1,200억원을 쓴다.", "20240105"]]
    path = write_csv(tmp_path / "t.csv", ["Title", "Body", "Date"], rows, delimiter=delimiter)
    (doc,) = read_file(path).docs
    assert doc.title == "울산시, 수소 산업 육성"
    assert doc.text == "울산시는 수소 산업에 1,200억원을 쓴다."
    assert doc.date == date(2024, 1, 5)


def test_sniff_delimiter():
    assert sniff_delimiter("a;b;c\n1;2,5;3\n") == ";"
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"
    assert sniff_delimiter("text\n하나\n") == ","


def test_utf8_bom_csv_with_multiline_cell_and_nfd(tmp_path):
    import unicodedata

    body = unicodedata.normalize("NFD", "첫 문단.\r\n둘째 문단.")
    path = write_csv(tmp_path / "bom.csv", ["title", "text"], [["제목", body], ["", "짧은 글"]],
                     encoding="utf-8-sig")
    docs = read_file(path).docs
    assert docs[0].text == "첫 문단.\n둘째 문단."
    assert docs[1].line == 4  # the second record starts on line 4 (the first spans 2 lines)
    assert docs[1].title is None


def test_empty_text_row_is_skipped_and_counted(tmp_path):
    path = write_csv(tmp_path / "gaps.csv", ["제목", "본문"],
                     [["a", "하나"], ["", ""], ["b", ""], ["c", "셋"]])
    result = read_file(path)  # the fully blank row 3 is not counted; row 4 (a title) is
    assert [d.text for d in result.docs] == ["하나", "셋"]
    assert (result.skipped, result.empty) == ([], 1)


def test_header_only_csv(tmp_path):
    path = write_csv(tmp_path / "h.csv", ["제목", "본문"], [])
    with pytest.raises(InputError, match="no documents"):
        read_file(path)


def test_xlsx_generic_with_dates_gaps_and_second_sheet(tmp_path):
    path = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "메모"
    notes.append(["설명"])
    notes.append(["이 시트에는 기사가 없습니다"])
    ws = wb.create_sheet("기사")
    ws.append([None])
    ws.append(["날짜", "제목", "내용", "조회수"])
    ws.append([datetime(2025, 3, 2, 9, 30), "첫 기사", "대전시가 예산을 늘렸다.", 120])
    ws.append([None, None, None, None])
    ws.append(["2025년 3월 4일", "셋째 기사", "청주시는 공항 사업비를 요청했다.", 7.5])
    ws.append([45000, "넷째", "전주시 이야기._x000D_\n다음 줄.", None])
    wb.save(path)
    docs = read_file(path).docs
    assert [d.line for d in docs] == [3, 5, 6]
    assert docs[0].date == date(2025, 3, 2)
    assert docs[0].meta == {"조회수": 120}
    assert docs[1].date == date(2025, 3, 4)
    assert docs[1].meta == {"조회수": 7.5}
    assert docs[2].date == date(2023, 3, 15)  # Excel serial day 45000
    assert docs[2].text == "전주시 이야기.\n다음 줄."  # Excel's escaped CR is undone


def test_xlsx_without_text_column(tmp_path):
    path = tmp_path / "nums.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["지역", "금액"])
    wb.active.append(["광주", 100])
    wb.save(path)
    with pytest.raises(InputError, match="no text column; columns are: 지역, 금액"):
        read_file(path)


def test_not_a_workbook(tmp_path):
    fake = tmp_path / "report.xlsx"
    fake.write_text("이것은 엑셀 파일이 아닙니다", encoding="utf-8")
    with pytest.raises(InputError, match="not an Excel workbook") as err:
        read_file(fake)
    assert err.value.path == str(fake)
    broken_zip = tmp_path / "broken.xlsx"
    broken_zip.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(InputError, match="not a readable Excel workbook"):
        read_file(broken_zip)
    ole = tmp_path / "old.xlsx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(InputError, match="old .xls file or a password-protected"):
        read_file(ole)
    with pytest.raises(InputError, match="old .xls workbooks are not supported"):
        read_file(ole.rename(tmp_path / "old.xls"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20250508", date(2025, 5, 8)),
        (20250508, date(2025, 5, 8)),
        ("2025-05-08", date(2025, 5, 8)),
        ("2025.05.08", date(2025, 5, 8)),
        ("2025. 5. 8.", date(2025, 5, 8)),
        ("2025/5/8", date(2025, 5, 8)),
        ("2025년 5월 8일", date(2025, 5, 8)),
        ("2025-05-08T09:30:00+09:00", date(2025, 5, 8)),
        ("2025-05-08 09:30", date(2025, 5, 8)),
        ("2025.05.08 (목)", date(2025, 5, 8)),
        ("202505080930", date(2025, 5, 8)),
        (datetime(2025, 5, 8, 12), date(2025, 5, 8)),
        (date(2025, 5, 8), date(2025, 5, 8)),
        (45785.0, date(2025, 5, 8)),
        ("2025-13-01", None),
        ("어제", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected
