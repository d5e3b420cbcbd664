"""KLUE-style character-level BIO files."""

from __future__ import annotations

import unicodedata

import pytest

from models.domain import InputError
from models.importers.klue import bio_spans
from models.importers.registry import read_file


def bio_lines(text: str, entities: dict[str, str]) -> list[str]:
    """char<TAB>tag lines for ``text``; ``entities`` maps a substring to its KLUE tag."""
    tags = ["O"] * len(text)
    for word, tag in entities.items():
        start = text.index(word)
        tags[start] = f"B-{tag}"
        for i in range(start + 1, start + len(word)):
            tags[i] = f"I-{tag}"
    return [f"{c}\t{t}" for c, t in zip(text, tags, strict=True)]


S1 = "김지수 장관은 세종시에서 3일 회의를 열었다."
S2 = "행정안전부는 오후 2시 예산 1천억원을 발표했다."


def write_klue(path, blocks, newline="\n"):
    path.write_text(newline.join(line for block in blocks for line in [*block, ""]),
                    encoding="utf-8")
    return path


def test_klue_file(tmp_path):
    inline1 = "<김지수:PS> 장관은 <세종시:LC>에서 <3일:DT> 회의를 열었다."
    blocks = [
        ["## klue-ner-v1_dev_00001_news\t" + inline1,
         *bio_lines(S1, {"김지수": "PS", "세종시": "LC", "3일": "DT"})],
        ["## klue-ner-v1_dev_00002_news\t" + S2,
         *bio_lines(S2, {"행정안전부": "OG", "오후 2시": "TI", "1천억원": "QT"})],
    ]
    path = write_klue(tmp_path / "klue-ner-v1.1_dev.tsv", blocks)
    docs = read_file(path).docs
    assert [d.text for d in docs] == [S1, S2]
    assert [(s.label, s.text) for s in docs[0].spans] == [
        ("PERSON", "김지수"), ("LOCATION", "세종시"), ("DATE", "3일"),
    ]
    assert [(s.label, s.text) for s in docs[1].spans] == [
        ("ORG", "행정안전부"), ("TIME", "오후 2시"), ("QUANTITY", "1천억원"),
    ]
    assert docs[0].external_id == "klue-ner-v1_dev_00001_news"
    assert docs[0].meta == {}  # the inline-tagged comment agrees with the characters
    assert [d.line for d in docs] == [1, 2 + len(S1) + 1]
    assert all(d.source_file == str(path) for d in docs)


def test_tab_line_separator_and_space_separated_comment(tmp_path):
    block1 = ["## klue-ner-v1_train_00007_nsmc " + S2,
              *bio_lines(S2, {"행정안전부": "OG"})]
    block2 = ["## 8", "## " + S1, *bio_lines(S1, {"김지수": "PS"})]
    path = tmp_path / "konec.tsv"
    path.write_text("\n".join(block1) + "\n\t\n" + "\n".join(block2) + "\n", encoding="utf-8")
    docs = read_file(path).docs
    assert [d.external_id for d in docs] == ["klue-ner-v1_train_00007_nsmc", "8"]
    assert [d.text for d in docs] == [S2, S1]
    assert docs[0].meta == {} and docs[1].meta == {}


def test_older_tags_crlf_and_txt_extension(tmp_path):
    text = "박민준은 부산에서 5억원을 받았다."
    block = bio_lines(text, {"박민준": "PER", "부산": "LOC", "5억원": "MNY"})
    path = write_klue(tmp_path / "bio.txt", [block, block], newline="\r\n")
    docs = read_file(path).docs  # .txt, but the content is char<TAB>tag: sniffed as KLUE
    assert len(docs) == 2
    assert [(s.label, s.text) for s in docs[0].spans] == [
        ("PERSON", "박민준"), ("LOCATION", "부산"), ("MONEY", "5억원"),
    ]
    assert read_file(path, fmt="klue").docs[1].text == text


def test_nfd_characters_one_per_line(tmp_path):
    # A tool that split NFD text per code point: the initial/vowel/final jamo each get a line.
    word = unicodedata.normalize("NFD", "광주")
    lines = [f"{c}\t{'B-LC' if i == 0 else 'I-LC'}" for i, c in enumerate(word)]
    lines += [" \tO", "시\tO"]
    path = write_klue(tmp_path / "nfd.tsv", [lines])
    (doc,) = read_file(path, fmt="klue").docs
    assert doc.text == "광주 시"
    assert [(s.start, s.end, s.text) for s in doc.spans] == [(0, 2, "광주")]


def test_bad_lines(tmp_path):
    good = bio_lines("서울 시청", {"서울": "LC"})
    path = write_klue(tmp_path / "bad.tsv", [good, ["가나\tO", "다\tO"], ["라\tX-PS"], good])
    with pytest.raises(InputError, match="one character") as err:
        read_file(path, fmt="klue")
    assert err.value.line == len(good) + 2
    result = read_file(path, fmt="klue", skip_invalid=True)
    assert len(result.docs) == 2
    assert [str(e).split(": ", 2)[-1] for e in result.skipped] == [
        "expected one character before the tab, got '가나'", "bad BIO tag 'X-PS'",
    ]


def test_bio_spans_variants():
    assert bio_spans(["B-PS", "I-PS", "O", "I-LC", "I-LC", "B-LC", "S-DT", "E-DT"]) == [
        (0, 2, "PS"), (3, 5, "LC"), (5, 6, "LC"), (6, 7, "DT"), (7, 8, "DT"),
    ]
    assert bio_spans(["B-OG", "I-PS"]) == [(0, 1, "OG"), (1, 2, "PS")]
    assert bio_spans(["O", "O"]) == []


def test_conjoining_jamo_next_to_a_span_are_mapped_not_refused(tmp_path):
    # KLUE's own files hold conjoining jamo typed as symbols: ᆞ (U+119E) as a middle dot and
    # ᅮᅮ (U+116E) as a crying face right after a name. Normalisation turns them into
    # compatibility jamo; the spans next to them keep their bounds.
    s1 = "해솔\u119e빛고을 두 도시가 손잡았다."
    s2 = "다온\u116e\u116e 너무 보고 싶다."
    blocks = [
        ["## klue-ner-v1_dev_00001_news\t" + s1,
         *bio_lines(s1, {"해솔": "LC", "빛고을": "LC"})],
        ["## klue-ner-v1_dev_00002_wikitree\t" + s2, *bio_lines(s2, {"다온": "PS"})],
    ]
    path = write_klue(tmp_path / "klue-ner-v1.1_dev.tsv", blocks)
    docs = read_file(path).docs
    assert [d.text for d in docs] == ["해솔ㆍ빛고을 두 도시가 손잡았다.", "다온ㅜㅜ 너무 보고 싶다."]
    assert [(s.label, s.text) for s in docs[0].spans] == [("LOCATION", "해솔"), ("LOCATION", "빛고을")]
    assert [(s.label, s.text) for s in docs[1].spans] == [("PERSON", "다온")]


def test_train_from_takes_skip_invalid(tmp_path):
    from models.learn.examples import read_corpus

    good = "김지수 장관은 세종시에서 회의를 열었다."
    blocks = [
        ["## klue-ner-v1_dev_00001_news\t" + good, *bio_lines(good, {"김지수": "PS",
                                                                      "세종시": "LC"})],
        ["## klue-ner-v1_dev_00002_news\t" + S2, "행\tB-OG", "정\tX-OG"],  # a bad tag
    ]
    path = write_klue(tmp_path / "bad.tsv", blocks)
    with pytest.raises(InputError):
        read_corpus([path])
    skipped: list[InputError] = []
    tset = read_corpus([path], skip_invalid=True, skipped=skipped)
    assert [e.text for e in tset.examples] == [good]
    assert len(skipped) == 1 and "bad.tsv" in str(skipped[0])
