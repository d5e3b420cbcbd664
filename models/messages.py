"""The core's messages in the app's language.

The core raises its errors (``InputError``, ``CommandError``) with English text, which the CLI
prints as it is. The workbench calls :func:`set_language` once (desktop.i18n does, with the UI
language); from then on those errors read in that language wherever the app shows them: the
import report, the status bar, an error dialog. A message that names a command-line option
("or give --format") reads without it in the app, where a flag means nothing.

The catalogue is keyed by the English template, ``{name}`` marking a part that varies; a part
named ``msg…`` is itself a message and is translated too ("line 3: empty file"). A message not
in the catalogue is shown as it is (English beats a wrong guess).
"""

from __future__ import annotations

import re
from functools import lru_cache

CLI = "cli"  # the English text as raised (the command line never calls set_language)
_language = CLI

# (English as raised, Korean, English in the app when it differs: no command-line flags)
CATALOGUE: tuple[tuple[str, str, str | None], ...] = (
    # -- decisions, undo and redo (models/store) -------------------------------------------------
    ("nothing to do", "할 일이 없습니다", None),
    ("document {id} does not exist", "문서 {id}이(가) 없습니다", None),
    ("span {a}..{b} is outside the document (length {n})",
     "범위 {a}..{b}이(가) 문서 밖에 있습니다(문서 길이 {n})", None),
    ("a relation must stay inside one document", "관계는 한 문서 안에서만 맺을 수 있습니다", None),
    ("these spans are already linked", "이미 연결된 범위입니다", None),
    ("relation {id} does not exist", "관계 {id}이(가) 없습니다", None),
    ("unknown status {s}", "알 수 없는 상태 {s}", None),
    ("suggestion {id} does not exist", "제안 {id}이(가) 없습니다", None),
    ("annotation {id} does not exist (changed elsewhere?)",
     "주석 {id}이(가) 없습니다(다른 곳에서 바뀌었을 수 있습니다)", None),
    ("this suggestion is already accepted", "이미 수락한 제안입니다", None),
    ("this span was changed meanwhile (in another window or by a colleague); reload to see the "
     "change", "그사이 이 범위가 바뀌었습니다(다른 창에서, 또는 동료가). 다시 불러와 확인하세요",
     None),
    ("the project changed meanwhile (in another window or by a colleague); reload and try "
     "again ({detail})", "그사이 프로젝트가 바뀌었습니다(다른 창에서, 또는 동료가). 다시 불러온 "
     "뒤 다시 해 보세요({detail})", None),
    ("the project is busy with another writer's change; try again",
     "다른 쪽에서 프로젝트에 저장하는 중입니다. 잠시 뒤 다시 해 보세요", None),
    ("cannot undo: {who} changed this span since; reload to see it",
     "실행 취소할 수 없습니다: 그 뒤 {who} 님이 이 범위를 바꿨습니다. 다시 불러와 확인하세요",
     None),
    ("cannot redo: {who} changed this span since; reload to see it",
     "다시 실행할 수 없습니다: 그 뒤 {who} 님이 이 범위를 바꿨습니다. 다시 불러와 확인하세요",
     None),
    ("cannot undo: this span was changed since in another window or from the command line; "
     "reload to see it", "실행 취소할 수 없습니다: 그 뒤 다른 창이나 명령줄에서 이 범위를 "
     "바꿨습니다. 다시 불러와 확인하세요", "cannot undo: this span was changed since in "
     "another window; reload to see it"),
    ("cannot redo: this span was changed since in another window or from the command line; "
     "reload to see it", "다시 실행할 수 없습니다: 그 뒤 다른 창이나 명령줄에서 이 범위를 "
     "바꿨습니다. 다시 불러와 확인하세요", "cannot redo: this span was changed since in "
     "another window; reload to see it"),
    ("cannot undo: this span was changed since by a merge or a review; reload to see it",
     "실행 취소할 수 없습니다: 그 뒤 병합이나 검토에서 이 범위가 바뀌었습니다. 다시 불러와 "
     "확인하세요", None),
    ("cannot redo: this span was changed since by a merge or a review; reload to see it",
     "다시 실행할 수 없습니다: 그 뒤 병합이나 검토에서 이 범위가 바뀌었습니다. 다시 불러와 "
     "확인하세요", None),
    ("step {id} cannot be undone now", "{id}번 단계는 지금 실행 취소할 수 없습니다", None),
    ("step {id} cannot be redone now", "{id}번 단계는 지금 다시 실행할 수 없습니다", None),
    ("no label {name}", "{name} 표지가 없습니다", None),
    ("annotation {a} is not in document {d}", "주석 {a}은(는) 문서 {d}에 없습니다", None),
    ("annotation {a} is already in the review layer", "주석 {a}은(는) 이미 검토 층에 있습니다",
     None),
    ("choose an annotator other than the review layer", "검토 층이 아닌 주석자를 고르세요", None),
    ("{who} has not worked on document {d}", "{who} 님은 문서 {d}을(를) 작업하지 않았습니다",
     None),
    ("annotation {a} belongs to {o}, not to the review layer: adopt it first",
     "주석 {a}은(는) 검토 층이 아니라 {o} 님의 것입니다. 먼저 채택하세요", None),
    # -- reading files (models/importers) ----------------------------------------------------------
    ("empty file", "빈 파일입니다", None),
    ("empty file (only whitespace)", "빈 파일입니다(공백뿐)", None),
    ("empty file (no header row)", "빈 파일입니다(머리글 행이 없음)", None),
    ("unsupported file type '{suffix}'; supported: {names} (or give --format)",
     "지원하지 않는 파일 형식입니다('{suffix}'). 가져올 수 있는 형식: {names}",
     "unsupported file type '{suffix}'; supported: {names}"),
    ("unknown format '{fmt}'; use one of: {names}",
     "알 수 없는 형식 '{fmt}'. 다음 중 하나여야 합니다: {names}", None),
    ("old .xls workbooks are not supported; save it as .xlsx",
     "예전 .xls 통합 문서는 지원하지 않습니다. Excel에서 .xlsx로 저장해 주세요", None),
    ("file not found", "파일이 없습니다", None),
    ("is a folder, not a file", "파일이 아니라 폴더입니다", None),
    ("not a regular file (a pipe, socket or device)",
     "일반 파일이 아닙니다(파이프, 소켓 또는 장치)", None),
    ("cannot read: {detail}", "읽을 수 없습니다: {detail}", None),
    ("no documents found in the file", "파일에서 문서를 찾지 못했습니다", None),
    ("the KMOU reader is not available", "KMOU 형식을 읽을 수 없습니다", None),
    ("line {n}: {msg}", "{n}행: {msg}", None),
    ("item {n}: {msg}", "{n}번째 항목: {msg}", None),
    ("row {n}: empty text in column '{col}'", "{n}행: '{col}' 열의 본문이 비어 있습니다", None),
    ("invalid JSON: {detail}", "JSON 형식이 잘못되었습니다: {detail}", None),
    ("bad CSV: a quoted cell is never closed (it runs to the end of the file)",
     "CSV 형식 오류: 따옴표로 시작한 칸이 닫히지 않습니다(파일 끝까지 이어짐)", None),
    ("bad CSV: {detail}", "CSV 형식 오류: {detail}", None),
    ("column '{col}' (for {field}) not found; columns are: {names}",
     "'{col}' 열({field})이 없습니다. 있는 열: {names}", None),
    ("no text column; columns are: {names}; use --text-column",
     "본문 열을 찾지 못했습니다. 있는 열: {names}", "no text column; columns are: {names}"),
    ("not an .xlsx workbook: an old .xls file or a password-protected workbook; save it from "
     "Excel as .xlsx without a password", ".xlsx 통합 문서가 아닙니다: 예전 .xls 파일이거나 "
     "암호가 걸린 통합 문서입니다. Excel에서 암호 없이 .xlsx로 저장해 주세요", None),
    ("not an Excel workbook (.xlsx is a ZIP file; this is not)",
     "Excel 통합 문서가 아닙니다(.xlsx는 ZIP 파일인데 이 파일은 아닙니다)", None),
    ("not a readable Excel workbook: {detail}", "읽을 수 없는 Excel 통합 문서입니다: {detail}",
     None),
    ("the workbook has no rows", "통합 문서에 행이 없습니다", None),
    ("a part of the workbook is protected by a password; save it from Excel without a password "
     "and import that", "통합 문서의 일부가 암호로 보호되어 있습니다. Excel에서 암호 없이 저장한 "
     "뒤 가져오세요", None),
    ("cannot decode as {codec}: invalid byte(s) {b} at byte offset {n} ({msg_other})",
     "{codec}(으)로 읽을 수 없습니다: {n}번째 바이트({b})가 잘못되었습니다({msg_other})", None),
    ("cannot decode as {codec}: invalid byte(s) {b} at byte offset {n}",
     "{codec}(으)로 읽을 수 없습니다: {n}번째 바이트({b})가 잘못되었습니다", None),
    ("UTF-8 fails at byte offset {n}", "UTF-8로는 {n}번째 바이트에서 읽을 수 없습니다", None),
    ("CP949/EUC-KR fails at byte offset {n}",
     "CP949/EUC-KR로는 {n}번째 바이트에서 읽을 수 없습니다", None),
    ("too large ({size}); a text file may hold at most {limit} — split it into smaller files",
     "너무 큽니다({size}). 텍스트 파일은 {limit}까지입니다 — 작은 파일로 나눠 주세요", None),
    ("too large ({size}); a file may hold at most {limit} — split it into smaller files",
     "너무 큽니다({size}). 파일은 {limit}까지입니다 — 작은 파일로 나눠 주세요", None),
    ("span {a}..{b} {label} does not fit the normalised text",
     "범위 {a}..{b} {label}이(가) 정규화한 본문에 맞지 않습니다", None),
    ("empty sentence", "빈 문장입니다", None),
    ("refused: the workbook has {n} parts (at most {limit}); it is damaged or not a real "
     "workbook", "거부함: 통합 문서가 {n}개 부분으로 되어 있습니다(최대 {limit}). 손상되었거나 "
     "진짜 통합 문서가 아닙니다", None),
    ("refused: the workbook would unpack to {size} (at most {limit}); it may be a zip bomb",
     "거부함: 통합 문서를 풀면 {size}가 됩니다(최대 {limit}). 압축 폭탄일 수 있습니다", None),
    ("refused: the part {part} unpacks {times} times its size ({a} → {b}); it may be a zip bomb",
     "거부함: {part} 부분이 풀면 {times}배로 커집니다({a} → {b}). 압축 폭탄일 수 있습니다", None),
    ("no '## <number>' sentence headers: not a KMOU NER file",
     "'## <번호>' 문장 머리글이 없습니다: KMOU 개체명 파일이 아닙니다", None),
    ("not a folder", "폴더가 아닙니다", None),
    ("cannot read file ({detail})", "파일을 읽을 수 없습니다({detail})", None),
    ("not UTF-8 text (byte {n})", "UTF-8 텍스트가 아닙니다({n}번째 바이트)", None),
    ("sentence {n}: missing header lines", "{n}번 문장: 머리글 줄이 없습니다", None),
    ("sentence {n}: expected two '## ' lines after '## {m}'",
     "{n}번 문장: '## {m}' 다음에 '## ' 줄이 두 개 있어야 합니다", None),
    ("unknown command {c}", "알 수 없는 명령 {c}", None),
    ("no such file or folder", "파일이나 폴더가 없습니다", None),
    ("no annotated spans found: training needs an annotated corpus",
     "주석이 달린 범위가 없습니다: 학습에는 주석이 달린 말뭉치가 필요합니다", None),
    ("this project needs an upgrade, which cannot happen while it is opened read-only",
     "이 프로젝트는 업그레이드가 필요한데, 읽기 전용으로 열어서 할 수 없습니다", None),
    ("cannot create the project's folder ({detail})",
     "프로젝트 폴더를 만들 수 없습니다({detail})", None),
    # -- writing files and opening projects (models/fileio, models/store/db, models/team) ------
    ("cannot merge this file ({detail}); nothing was merged",
     "이 파일을 병합할 수 없습니다({detail}). 아무것도 병합하지 않았습니다", None),
    ("cannot write in this folder ({detail})", "이 폴더에 쓸 수 없습니다({detail})", None),
    ("the disk is full; the file was not written (an earlier version of it is untouched)",
     "디스크가 가득 찼습니다. 파일을 쓰지 않았습니다(이전 파일은 그대로입니다)", None),
    ("the file is open in another program or read-only; close it and try again",
     "다른 프로그램에서 열려 있거나 읽기 전용인 파일입니다. 닫고 다시 해 보세요", None),
    ("cannot replace the file ({detail})", "파일을 바꿀 수 없습니다({detail})", None),
    ("the disk is full; nothing of this step was stored (free some space and try again)",
     "디스크가 가득 찼습니다. 이 단계는 저장되지 않았습니다(공간을 비우고 다시 해 보세요)", None),
    ("the project is read-only (opened read-only, or the file or its folder is write-protected);"
     " nothing was stored", "프로젝트가 읽기 전용입니다(읽기 전용으로 열었거나 파일·폴더가 쓰기 "
     "금지). 아무것도 저장되지 않았습니다", None),
    ("cannot open or create the project file (the folder is missing, read-only or not "
     "accessible)", "프로젝트 파일을 열거나 만들 수 없습니다(폴더가 없거나, 읽기 전용이거나, 접근할 "
     "수 없음)", None),
    ("the disk reported an error; nothing of this step was stored",
     "디스크 오류가 났습니다. 이 단계는 저장되지 않았습니다", None),
    ("the project file is damaged; open it again to restore the newest backup",
     "프로젝트 파일이 손상되었습니다. 다시 열면 가장 최근 백업으로 되돌릴 수 있습니다", None),
    ("the project file is damaged or not a Bitgeul project",
     "프로젝트 파일이 손상되었거나 빛글 프로젝트가 아닙니다", None),
    ("no such project file", "프로젝트 파일이 없습니다", None),
    ("not a Bitgeul project ({detail})", "빛글 프로젝트가 아닙니다({detail})", None),
    ("not a Bitgeul project", "빛글 프로젝트가 아닙니다", None),
    ("cannot read this project file ({detail}); is it from a newer Bitgeul?",
     "이 프로젝트 파일을 읽을 수 없습니다({detail}). 더 새 버전의 빛글에서 만든 파일인가요?", None),
    ("no '; <sentence>' lines: not a 2016klp NER file",
     "'; <문장>' 줄이 없습니다: 2016klp 개체명 파일이 아닙니다", None),
    ("expected a '$' line with the tagged sentence", "태그를 단 문장의 '$' 줄이 있어야 합니다",
     None),
    # -- documents: PDF, HWP, HWPX, DOCX, saved pages (models/importers) -------------------------
    ("refused: the {kind} has {n} parts (at most {limit}); it is damaged or not a real {kind2}",
     "거부했습니다: 부분이 {n}개입니다(최대 {limit}개). 손상되었거나 올바른 문서가 아닙니다", None),
    ("refused: the {kind} would unpack to {size} (at most {limit}); it may be a zip bomb",
     "거부했습니다: 압축을 풀면 {size}입니다(최대 {limit}). 압축 폭탄일 수 있습니다", None),
    ("refused: {part} unpacks to more than {limit} ({size} packed); it may be a zip bomb",
     "거부했습니다: {part}의 압축을 풀면 {limit}를 넘습니다(압축 {size}). 압축 폭탄일 수 있습니다",
     None),
    ("not a readable {kind}: {detail}", "읽을 수 없는 {kind}입니다: {detail}", None),
    ("damaged: {part} cannot be unpacked ({detail})",
     "손상된 파일입니다: {part}의 압축을 풀 수 없습니다({detail})", None),
    ("the {kind} document is protected by a password (or is an old binary file); save it "
     "without a password and import that", "{kind} 문서가 암호로 보호되어 있습니다(또는 옛 형식 "
     "파일입니다). 암호 없이 저장한 뒤 가져오세요", None),
    ("the {kind} document is protected by a password; save it without a password and import "
     "that", "{kind} 문서가 암호로 보호되어 있습니다. 암호 없이 저장한 뒤 가져오세요", None),
    ("not a {kind} document (it should be a ZIP file; this is not)",
     "{kind} 문서가 아닙니다(ZIP 파일이어야 하는데 아닙니다)", None),
    ("not a Word document: word/document.xml has no body",
     "워드 문서가 아닙니다: word/document.xml에 본문이 없습니다", None),
    ("not a readable {kind} document: {detail}", "읽을 수 없는 {kind} 문서입니다: {detail}", None),
    ("not a {kind} document: {part} is missing", "{kind} 문서가 아닙니다: {part}이(가) 없습니다",
     None),
    ("refused: {part} contains XML entity or DTD declarations, which {kind} never writes",
     "거부했습니다: {part}에 {kind}이(가) 쓰지 않는 XML 엔터티나 DTD 선언이 있습니다", None),
    ("damaged {kind} document: {part}: {detail}", "손상된 {kind} 문서입니다: {part}: {detail}",
     None),
    ("not an HWPX document: no Contents/section*.xml",
     "HWPX 문서가 아닙니다: Contents/section*.xml이 없습니다", None),
    ("the HWPX document is protected by a password; open it in Hangul, remove the password and "
     "save it again", "HWPX 문서가 암호로 보호되어 있습니다. 한글에서 열어 암호를 없애고 다시 "
     "저장하세요", None),
    ("old .doc Word files are not supported; save it as .docx",
     "옛 .doc 워드 파일은 읽을 수 없습니다. .docx로 저장하세요", None),
    ("damaged {kind} file: {detail}", "손상된 {kind} 파일입니다: {detail}", None),
    ("not a saved web page: the .mhtml archive holds no HTML part",
     "저장한 웹 페이지가 아닙니다: .mhtml 안에 HTML이 없습니다", None),
    ("the page's elements are nested too deeply to read",
     "페이지의 요소가 너무 깊이 중첩되어 읽을 수 없습니다", None),
    ("not a PDF file (no %PDF header)", "PDF 파일이 아닙니다(%PDF 머리글이 없습니다)", None),
    ("damaged PDF: {detail}", "손상된 PDF입니다: {detail}", None),
    ("the PDF is encrypted with a password; save an unprotected copy and import that",
     "PDF가 암호로 보호되어 있습니다. 암호 없는 사본을 저장해 가져오세요", None),
    ("no text layer on any page (a scanned document?); text recognition (OCR) is not "
     "supported — use a PDF with text", "어느 쪽에도 텍스트가 없습니다(스캔한 문서인가요?). "
     "문자 인식(OCR)은 지원하지 않습니다. 텍스트가 있는 PDF를 쓰세요", None),
    ("the PDF has no pages", "PDF에 쪽이 없습니다", None),
    ("no text in the HWP document", "HWP 문서에 본문이 없습니다", None),
    ("no text in the HWPX document", "HWPX 문서에 본문이 없습니다", None),
    ("no text in the Word document", "Word 문서에 본문이 없습니다", None),
    ("no article text found in the page", "페이지에서 기사 본문을 찾지 못했습니다", None),
    ("an old HWP 3 document; open it in Hangul and save it as HWP 5 or HWPX",
     "옛 HWP 3 문서입니다. 한글에서 열어 HWP 5나 HWPX로 저장하세요", None),
    ("not an HWP 5 document (not an OLE compound file)",
     "HWP 5 문서가 아닙니다(OLE 복합 파일이 아닙니다)", None),
    ("damaged HWP document: {detail}", "손상된 HWP 문서입니다: {detail}", None),
    ("not an HWP 5 document (no FileHeader; another Office file?)",
     "HWP 5 문서가 아닙니다(FileHeader가 없습니다. 다른 Office 파일인가요?)", None),
    ("not an HWP 5 document (bad FileHeader)", "HWP 5 문서가 아닙니다(FileHeader가 잘못되었습니다)",
     None),
    ("the HWP document is protected by a password; open it in Hangul, remove the password and "
     "save it again", "HWP 문서가 암호로 보호되어 있습니다. 한글에서 열어 암호를 없애고 다시 "
     "저장하세요", None),
    ("a distribution (배포용) HWP document: its text is encrypted and cannot be read",
     "배포용 HWP 문서입니다: 본문이 암호화되어 있어 읽을 수 없습니다", None),
    # -- the project's trained model (models/learn) ----------------------------------------------
    ("model v{version}: {msg}", "모델 v{version}: {msg}", None),
    ("this model was trained by another version of Bitgeul: retrain it",
     "다른 버전의 빛글로 학습한 모델입니다. 다시 학습하세요", None),
    ("the stored model is damaged (loading it crashed, exit code {code}); suggestions use the "
     "rules", "저장된 모델이 손상되었습니다(불러오다 멈춤, 종료 코드 {code}). 제안은 규칙으로 "
     "만듭니다", None),
    ("the stored model is damaged (its header)", "저장된 모델이 손상되었습니다(머리 정보)", None),
    ("the stored model is damaged (its header is not an object)",
     "저장된 모델이 손상되었습니다(머리 정보가 객체가 아닙니다)", None),
    ("the stored model is damaged (cut short)", "저장된 모델이 손상되었습니다(잘려 있습니다)", None),
    ("the stored model is damaged (cut short or padded)",
     "저장된 모델이 손상되었습니다(잘렸거나 덧붙은 데이터가 있습니다)", None),
    ("the stored model is damaged (not a crfsuite model)",
     "저장된 모델이 손상되었습니다(crfsuite 모델이 아닙니다)", None),
    ("the stored model is damaged (its sections point outside it)",
     "저장된 모델이 손상되었습니다(구역이 파일 밖을 가리킵니다)", None),
    ("the stored model is not a Bitgeul model (unexpected contents)",
     "저장된 모델이 빛글 모델이 아닙니다(예상하지 못한 내용)", None),
    ("the stored model is damaged ({detail}); suggestions use the rules",
     "저장된 모델이 손상되었습니다({detail}). 제안은 규칙으로 만듭니다", None),
    ("the stored model could not be loaded in time (damaged?); suggestions use the rules",
     "저장된 모델을 제때 불러오지 못했습니다(손상되었을 수 있습니다). 제안은 규칙으로 만듭니다",
     None),
    ("the stored model is damaged ({detail})", "저장된 모델이 손상되었습니다({detail})", None),
    ("the stored model is not a Bitgeul model (not a zip archive)",
     "저장된 모델이 빛글 모델이 아닙니다(zip 파일이 아닙니다)", None),
    ("the stored model is not a Bitgeul model ({detail})",
     "저장된 모델이 빛글 모델이 아닙니다({detail})", None),
    ("the stored model is too large ({mb} MB)", "저장된 모델이 너무 큽니다({mb} MB)", None),
    ("the stored model unpacks too large ({mb} MB)",
     "저장된 모델의 압축을 풀면 너무 큽니다({mb} MB)", None),
    ("the stored model unpacks too large", "저장된 모델의 압축을 풀면 너무 큽니다", None),

)


def set_language(language: str) -> None:
    """The language of the core's messages from now on: "ko", "en" (the app) or "cli"."""
    global _language
    _language = language


def language() -> str:
    return _language


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], str, str | None], ...]:
    out = []
    for english, korean, app_english in CATALOGUE:
        pattern = "".join(f"(?P<{part[1:-1]}>.+?)" if part.startswith("{") else re.escape(part)
                          for part in re.split(r"(\{\w+\})", english) if part)
        out.append((re.compile(pattern + r"\Z", re.DOTALL), korean, app_english))
    return tuple(out)


def localize(message: str, lang: str | None = None) -> str:
    """``message`` (as the core raised it) in ``lang`` (default: the language set)."""
    lang = lang or _language
    if lang == CLI:
        return message
    for pattern, korean, app_english in _compiled():
        found = pattern.match(message)
        if found is None:
            continue
        template = korean if lang == "ko" else app_english
        if template is None:
            template = next(e for e, k, _a in CATALOGUE if k == korean)
        parts = {k: localize(v, lang) if k.startswith("msg") else v
                 for k, v in found.groupdict().items()}
        return template.format(**parts)
    return message
