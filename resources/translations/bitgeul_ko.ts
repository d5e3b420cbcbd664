<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>bitgeul</name>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="24" />
      <source>Body</source>
      <translation>소속</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="24" />
      <source>Project</source>
      <translation>사업</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="24" />
      <source>Proposed by</source>
      <translation>제안자</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="25" />
      <source>Region</source>
      <translation>지역</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="36" />
      <source>Report row</source>
      <translation>보고서 행</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="55" />
      <source>Accept</source>
      <translation>수락</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="58" />
      <source>Clear</source>
      <translation>비우기</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="80" />
      <source>(none)</source>
      <translation>(없음)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="87" />
      <source>(inferred)</source>
      <translation>(추정)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="90" />
      <source>Post</source>
      <translation>직함</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="91" />
      <source>Funding</source>
      <translation>재원</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="93" />
      <source>Date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/amount_row.py" line="93" />
      <source>Outlet</source>
      <translation>언론사</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/article_view.py" line="62" />
      <source>vague amount</source>
      <translation>막연한 금액</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/article_view.py" line="83" />
      <source>No document selected</source>
      <translation>선택한 문서가 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/article_view.py" line="381" />
      <source>Repeated paragraph: its amounts are counted once</source>
      <translation>반복 문단: 이 안의 금액은 한 번만 셉니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/article_view.py" line="393" />
      <source>accepted</source>
      <translation>수락</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/article_view.py" line="393" />
      <source>suggestion</source>
      <translation>제안</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="48" />
      <source>done</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="48" />
      <source>in progress</source>
      <translation>진행 중</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="48" />
      <source>new</source>
      <translation>새 문서</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="49" />
      <source>Open suggestions</source>
      <translation>남은 제안</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="49" />
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="49" />
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="50" />
      <source>Accepted spans</source>
      <translation>주석</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="51" />
      <source>Acc.</source>
      <translation>주석</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="51" />
      <source>Sugg.</source>
      <translation>제안</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="216" />
      <source>characters</source>
      <translation>자</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="257" />
      <source>Search title, outlet, text (Ctrl+F)</source>
      <translation>제목, 언론사, 본문 검색 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="260" />
      <source>All statuses</source>
      <translation>모든 상태</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="264" />
      <source>All labels</source>
      <translation>모든 레이블</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="266" />
      <source>min amount, e.g. 100억</source>
      <translation>최소 금액 (예: 100억)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="268" />
      <source>max amount</source>
      <translation>최대 금액</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="388" />
      <source>Could not list documents: {0}</source>
      <translation>문서 목록을 불러오지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/doc_list.py" line="401" />
      <source>{0} documents</source>
      <translation>문서 {0}건</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="132" />
      <source>Document {0} no longer exists</source>
      <translation>문서 {0}이(가) 더 이상 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="151" />
      <source>Rule-based preview failed: {0}</source>
      <translation>규칙 기반 미리 보기 실패: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="229" />
      <source>Accept relation</source>
      <translation>관계 수락</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="232" />
      <source>Change relation</source>
      <translation>관계 변경</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="232" />
      <source>Clear relation</source>
      <translation>관계 비우기</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="239" />
      <source>Select an accepted amount whose row has suggested fields</source>
      <translation>제안된 항목이 있는 수락된 금액을 선택하세요</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="241" />
      <source>Accept the amount's row</source>
      <translation>금액 행 수락</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="253" />
      <source>No open suggestions in this document</source>
      <translation>이 문서에 남은 제안이 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="254" />
      <source>No spans in this document</source>
      <translation>이 문서에 구간이 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="275" />
      <source>Wait: {0}…</source>
      <translation>기다려 주세요: {0}…</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="290" />
      <source>Done</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="290" />
      <source>Undone</source>
      <translation>실행 취소됨</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="296" />
      <source>Select a span first (click it, or press N)</source>
      <translation>먼저 구간을 선택하세요 (클릭하거나 N)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="299" />
      <source>This span is already accepted</source>
      <translation>이미 수락한 구간입니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="324" />
      <source>Accept {0} “{1}”</source>
      <translation>{0} 수락 “{1}”</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="332" />
      <source>Reject {0} “{1}”</source>
      <translation>{0} 거절 “{1}”</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="335" />
      <source>Delete {0} “{1}”</source>
      <translation>{0} 삭제 “{1}”</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="350" />
      <source>Relabel “{0}” as {1}</source>
      <translation>“{0}” 레이블을 {1}(으)로 변경</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="362" />
      <source>New {0} “{1}”</source>
      <translation>새 {0} “{1}”</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="380" />
      <source>Nothing to accept</source>
      <translation>수락할 제안이 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="382" />
      <source>all labels</source>
      <translation>모든 레이블</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="388" />
      <source>Accept {0} suggestions ({1})</source>
      <translation>제안 {0}개 수락 ({1})</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="402" />
      <source>The span cannot change that way</source>
      <translation>구간을 그렇게 바꿀 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="405" />
      <source>Resize “{0}” → “{1}”</source>
      <translation>범위 조정 “{0}” → “{1}”</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="429" />
      <source>Edit value of “{0}”</source>
      <translation>값 수정 “{0}”</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="448" />
      <source>Select an amount (MONEY) to link it to a project</source>
      <translation>사업에 연결할 금액(MONEY)을 선택하세요</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="452" />
      <source>No project in this document: mark one with its label key</source>
      <translation>이 문서에 사업이 없습니다. 레이블 키로 사업을 먼저 표시하세요</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="490" />
      <source>Link {0} → {1}</source>
      <translation>연결 {0} → {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="505" />
      <source>This span has no links</source>
      <translation>이 구간에는 연결이 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="507" />
      <source>Unlink “{0}”</source>
      <translation>연결 해제 “{0}”</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="511" />
      <source>Unlink</source>
      <translation>연결 해제</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="516" />
      <source>Mark document {0}</source>
      <translation>문서 상태: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/editor.py" line="531" />
      <source>New span: “{0}”</source>
      <translation>새 구간: “{0}”</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/legend.py" line="59" />
      <source>No document</source>
      <translation>문서 없음</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/legend.py" line="64" />
      <source>(untitled)</source>
      <translation>(제목 없음)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/legend.py" line="69" />
      <source>{0} repeated paragraphs</source>
      <translation>반복 문단 {0}개</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/legend.py" line="93" />
      <source>No spans yet</source>
      <translation>아직 구간이 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/legend.py" line="94" />
      <source>filled: accepted · dashed: open suggestion (+n)</source>
      <translation>채움: 수락 · 점선: 남은 제안 (+n)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="42" />
      <source>corrected</source>
      <translation>수정</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="43" />
      <source>added by hand</source>
      <translation>직접 입력</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="45" />
      <source>learned from decisions</source>
      <translation>결정에서 학습</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="45" />
      <source>model (CRF)</source>
      <translation>모델(CRF)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="46" />
      <source>gazetteer</source>
      <translation>사전</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="46" />
      <source>morphological analyser</source>
      <translation>형태소 분석기</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="47" />
      <source>rule</source>
      <translation>규칙</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="48" />
      <source>imported</source>
      <translation>가져옴</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="48" />
      <source>test</source>
      <translation>테스트</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="49" />
      <source>Organisation</source>
      <translation>기관</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="49" />
      <source>Person</source>
      <translation>인물</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="49" />
      <source>Place</source>
      <translation>지역</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="50" />
      <source>Money</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="50" />
      <source>Quantity</source>
      <translation>수량</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="92" />
      <source>Label</source>
      <translation>레이블</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="92" />
      <source>Text</source>
      <translation>텍스트</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="92" />
      <source>Value</source>
      <translation>값</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="172" />
      <source>Selected span</source>
      <translation>선택한 구간</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="176" />
      <source>Change the label (number keys)</source>
      <translation>레이블 바꾸기 (숫자 키)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="192" />
      <source>Reject</source>
      <translation>거절</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="199" />
      <source>Linked project</source>
      <translation>연결된 사업</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="210" />
      <source>Projects in this document</source>
      <translation>이 문서의 사업</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="216" />
      <source>Link</source>
      <translation>연결</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="217" />
      <source>Nearest (L)</source>
      <translation>가장 가까운 사업 (L)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="218" />
      <source>Link this amount to the nearest project</source>
      <translation>이 금액을 가장 가까운 사업에 연결</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="231" />
      <source>Spans in this document</source>
      <translation>이 문서의 구간</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="295" />
      <source>suggestions</source>
      <translation>제안</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="303" />
      <source>Click a highlight, press N for the next suggestion, or select text and press a number key.</source>
      <translation>강조 표시를 클릭하거나, N으로 다음 제안으로 가거나, 글을 선택하고 숫자 키를 누르세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="328" />
      <source>Suggestion</source>
      <translation>제안</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="329" />
      <source>{0} · score {1}</source>
      <translation>{0} · 점수 {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="331" />
      <source>Suggested by: {0}</source>
      <translation>제안한 곳: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="334" />
      <source>Annotation</source>
      <translation>주석</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="337" />
      <source>Delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="354" />
      <source>Linked amounts</source>
      <translation>연결된 금액</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="377" />
      <source>Proposed by the engine: {0}</source>
      <translation>엔진이 제안한 사업: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/side_panel.py" line="383" />
      <source>(suggestion)</source>
      <translation>(제안)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="72" />
      <source>e.g. 1,200,000,000 or 12억</source>
      <translation>예: 1,200,000,000 또는 12억</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="81" />
      <source>approximate (약, 여, 이상 …)</source>
      <translation>어림값 (약, 여, 이상 …)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="85" />
      <source>always add</source>
      <translation>항상 더함</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="85" />
      <source>by the report's rules</source>
      <translation>보고서 규칙대로</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="86" />
      <source>never add</source>
      <translation>더하지 않음</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="88" />
      <source>Whether the Excel report adds this amount to its totals</source>
      <translation>엑셀 보고서가 이 금액을 합계에 더할지</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="92" />
      <source>Row numbers count this article's amounts; an amount another article already holds shows only in the whole report</source>
      <translation>번호는 이 기사 안 금액의 순서입니다. 다른 기사가 이미 담은 금액은 보고서 전체에서만 보입니다</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="97" />
      <source>Apply value</source>
      <translation>값 적용</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="98" />
      <source>Store the edited value (Enter)</source>
      <translation>편집한 값 저장 (Enter)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="105" />
      <source>In Korean units</source>
      <translation>한국어 단위</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="106" />
      <source>Low</source>
      <translation>하한</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="107" />
      <source>High</source>
      <translation>상한</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="108" />
      <source>Currency</source>
      <translation>통화</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="110" />
      <source>In totals</source>
      <translation>합계</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="111" />
      <source>Report</source>
      <translation>보고서</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="112" />
      <source>Unit</source>
      <translation>단위</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="152" />
      <source>added</source>
      <translation>합계에 더함</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="152" />
      <source>not added</source>
      <translation>합계에 더하지 않음</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="161" />
      <source>not a number</source>
      <translation>숫자가 아님</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="172" />
      <source>no exact number (vague amount)</source>
      <translation>정확한 숫자 없음 (막연한 금액)</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="180" />
      <source>A date is YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn</source>
      <translation>날짜는 YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn 형식으로 입력하세요</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="187" />
      <source>Not a number: {0}</source>
      <translation>숫자가 아닙니다: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/annotate/value_editor.py" line="200" />
      <source>Low is greater than high</source>
      <translation>하한이 상한보다 큽니다</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="57" />
      <source>Excel report (.xlsx)</source>
      <translation>Excel 보고서 (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="58" />
      <source>CSV files in a folder</source>
      <translation>폴더에 CSV 파일로</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="59" />
      <source>CSV files in one zip (.zip)</source>
      <translation>CSV 파일을 zip 하나로 (.zip)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="60" />
      <source>JSON lines (.jsonl)</source>
      <translation>JSON Lines (.jsonl)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="61" />
      <source>Character BIO with our labels (.tsv)</source>
      <translation>글자 단위 BIO, 빛글 레이블 (.tsv)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="62" />
      <source>Character BIO with KLUE tags (.tsv)</source>
      <translation>글자 단위 BIO, KLUE 태그 (.tsv)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="65" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="65" />
      <source>Zip archive (*.zip)</source>
      <translation>Zip 압축 파일 (*.zip)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="66" />
      <source>JSON lines (*.jsonl)</source>
      <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="66" />
      <source>Tab-separated text (*.tsv)</source>
      <translation>탭으로 구분한 텍스트 (*.tsv)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="69" />
      <source>amounts</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="69" />
      <source>summary</source>
      <translation>요약</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="69" />
      <source>totals</source>
      <translation>합계</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="70" />
      <source>entities</source>
      <translation>개체</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="70" />
      <source>entity counts</source>
      <translation>개체 집계</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="71" />
      <source>documents</source>
      <translation>문서</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="71" />
      <source>links</source>
      <translation>관계</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="72" />
      <source>sentences</source>
      <translation>문장</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="72" />
      <source>spans</source>
      <translation>구간</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="75" />
      <source>The folder is read-only or does not exist. Choose another folder.</source>
      <translation>폴더가 읽기 전용이거나 없습니다. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="77" />
      <source>The file is open in another program (Excel?) or read-only. Close it and try again.</source>
      <translation>파일이 다른 프로그램(엑셀 등)에서 열려 있거나 읽기 전용입니다. 파일을 닫고 다시 시도하세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="79" />
      <source>The existing file cannot be replaced. Choose another name.</source>
      <translation>기존 파일을 바꿀 수 없습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="81" />
      <source>The folder is read-only. Choose another folder.</source>
      <translation>폴더가 읽기 전용입니다. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="143" />
      <source>Export</source>
      <translation>내보내기</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="153" />
      <source>Format</source>
      <translation>형식</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="156" />
      <source>Choose…</source>
      <translation>고르기…</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="159" />
      <source>Save to</source>
      <translation>저장 위치</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="164" />
      <source>Language of the sheet names, column headers and amounts written in words</source>
      <translation>시트 이름, 열 머리글, 글로 쓴 금액의 언어</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="166" />
      <source>Sheet language</source>
      <translation>시트 언어</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="169" />
      <source>Documents and filters</source>
      <translation>문서 범위와 조건</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="171" />
      <source>All documents that match the filters</source>
      <translation>조건에 맞는 모든 문서</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="173" />
      <source>Only this document: {0}</source>
      <translation>이 문서만: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="175" />
      <source>Only this document</source>
      <translation>이 문서만</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="190" />
      <source>Only documents with annotations</source>
      <translation>주석이 있는 문서만</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="192" />
      <source>From</source>
      <translation>시작일</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="193" />
      <source>To</source>
      <translation>종료일</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="210" />
      <source>Labels (none ticked: all)</source>
      <translation>레이블 (선택하지 않으면 모두)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="211" />
      <source>Outlets (none ticked: all)</source>
      <translation>언론사 (선택하지 않으면 모두)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="230" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="294" />
      <source>Folder for the CSV files</source>
      <translation>CSV 파일을 저장할 폴더</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="332" />
      <source>Choose where to save the export.</source>
      <translation>내보낼 위치를 고르세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="338" />
      <source>Exporting…</source>
      <translation>내보내는 중…</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="339" />
      <source>Stop</source>
      <translation>중지</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="346" />
      <source>Stopping…</source>
      <translation>멈추는 중…</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="365" />
      <source>Exporting… {0} of {1} documents</source>
      <translation>내보내는 중… 문서 {1}건 중 {0}건</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="384" />
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="387" />
      <source>Export failed: nothing was written.</source>
      <translation>내보내기 실패: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="391" />
      <source>Export cancelled: nothing was written.</source>
      <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="392" />
      <source>Export cancelled</source>
      <translation>내보내기 취소됨</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="399" />
      <source>Exported {0} documents to {1}</source>
      <translation>문서 {0}건을 {1}(으)로 내보냈습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="407" />
      <source>Export finished</source>
      <translation>내보내기 완료</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="408" />
      <source>Saved: {0}</source>
      <translation>저장했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="411" />
      <source>Open folder</source>
      <translation>폴더 열기</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="426" />
      <source>Export failed</source>
      <translation>내보내기 실패</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="427" />
      <source>Could not write {0}</source>
      <translation>{0} 파일을 쓸 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="462" />
      <source>Rows: {0}</source>
      <translation>행 수: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="464" />
      <source>{0} files</source>
      <translation>파일 {0}개</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="466" />
      <source>{0} amounts, {1} counted in the totals ({2} repeats or copies left out)</source>
      <translation>금액 {0}건 중 {1}건을 합계에 넣음 (반복·전재 {2}건 제외)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/export_dialog.py" line="470" />
      <source>Total {0}: {1}</source>
      <translation>합계 {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="30" />
      <source>Detect from the file</source>
      <translation>파일 보고 자동 판단</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="30" />
      <source>Plain text (.txt)</source>
      <translation>일반 텍스트 (.txt)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="31" />
      <source>CSV table</source>
      <translation>CSV 표</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="31" />
      <source>Excel workbook (.xlsx)</source>
      <translation>엑셀 통합 문서 (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="32" />
      <source>BigKinds export (.xlsx)</source>
      <translation>빅카인즈 내려받기 (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="33" />
      <source>Character BIO (KLUE)</source>
      <translation>글자 단위 BIO (KLUE)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="33" />
      <source>Word-level CoNLL</source>
      <translation>단어 단위 CoNLL</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="34" />
      <source>KMOU NER corpus</source>
      <translation>KMOU 개체명 말뭉치</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="34" />
      <source>PDF report</source>
      <translation>PDF 보고서</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="35" />
      <source>Hangul document (.hwp)</source>
      <translation>한글 문서 (.hwp)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="35" />
      <source>Hangul document (.hwpx)</source>
      <translation>한글 문서 (.hwpx)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="36" />
      <source>Saved web page (.html)</source>
      <translation>저장한 웹 페이지 (.html)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="36" />
      <source>Word document (.docx)</source>
      <translation>워드 문서 (.docx)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="37" />
      <source>Saved web page (.mhtml)</source>
      <translation>저장한 웹 페이지 (.mhtml)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="38" />
      <source>Articles and documents (*.txt *.csv *.tsv *.xlsx *.xlsm *.jsonl *.ndjson *.json *.bio *.conll *.pdf *.hwp *.hwpx *.docx *.html *.htm *.mhtml *.mht)</source>
      <translation>기사와 문서 (*.txt *.csv *.tsv *.xlsx *.xlsm *.jsonl *.ndjson *.json *.bio *.conll *.pdf *.hwp *.hwpx *.docx *.html *.htm *.mhtml *.mht)</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="44" />
      <source>{0} documents added, {1} already in the project</source>
      <translation>문서 {0}건 추가, {1}건은 이미 프로젝트에 있음</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="46" />
      <source>cancelled; the files listed were imported</source>
      <translation>취소됨. 목록의 파일까지 가져왔습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="52" />
      <source>not imported</source>
      <translation>가져오지 않음</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="54" />
      <source>{0} added, {1} already stored</source>
      <translation>{0}건 추가, {1}건은 이미 있음</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="56" />
      <source>{0} pre-annotated spans</source>
      <translation>미리 주석된 구간 {0}개</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="58" />
      <source>{0} without text skipped</source>
      <translation>본문 없는 {0}건 건너뜀</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="62" />
      <source>{0} bad lines skipped:</source>
      <translation>잘못된 줄 {0}개 건너뜀:</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="67" />
      <source>more</source>
      <translation>더</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="83" />
      <source>Import articles</source>
      <translation>기사 가져오기</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="87" />
      <source>Files and folders to import (you can drop them here):</source>
      <translation>가져올 파일과 폴더 (여기로 끌어다 놓아도 됩니다):</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="91" />
      <source>Add files…</source>
      <translation>파일 추가…</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="92" />
      <source>Add folder…</source>
      <translation>폴더 추가…</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="100" />
      <source>Format:</source>
      <translation>형식:</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="105" />
      <source>Skip bad lines and list them</source>
      <translation>잘못된 줄은 건너뛰고 목록으로 보여 주기</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="119" />
      <source>Import</source>
      <translation>가져오기</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="150" />
      <source>Import files</source>
      <translation>파일 가져오기</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="155" />
      <source>Import a folder</source>
      <translation>폴더 가져오기</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="189" />
      <source>File {0} of {1}: {2}</source>
      <translation>파일 {0}/{1}: {2}</translation>
    </message>
    <message>
      <location filename="../../desktop/dialogs/import_dialog.py" line="218" />
      <source>Stopping after the current file…</source>
      <translation>지금 파일을 마치고 멈추는 중…</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="16" />
      <source>No model · rules only</source>
      <translation>모델 없음 · 규칙만</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="17" />
      <source>Model v{0}</source>
      <translation>모델 v{0}</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="19" />
      <source>F1 {0}</source>
      <translation>F1 {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="21" />
      <source>rules used instead</source>
      <translation>규칙 사용 중</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="23" />
      <source>outdated: retrain</source>
      <translation>구버전: 다시 학습 필요</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="26" />
      <source>training in {0} decisions</source>
      <translation>결정 {0}건 후 학습</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="27" />
      <source>retraining due</source>
      <translation>재학습 필요</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="27" />
      <source>training soon</source>
      <translation>곧 학습</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="33" />
      <source>Decisions since the last training: {0}</source>
      <translation>마지막 학습 이후 결정: {0}건</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="35" />
      <source>Spans imported as gold since then: {0}</source>
      <translation>그 뒤 정답으로 가져온 구간: {0}개</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="38" />
      <source>No trained model yet: suggestions come from the rules, the gazetteers and what your decisions taught.</source>
      <translation>아직 학습한 모델이 없습니다. 제안은 규칙, 사전, 그리고 지금까지의 결정에서 배운 내용으로 만듭니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="44" />
      <source>Model v{0}, trained {1} on {2} sentences ({3} spans); labels: {4}</source>
      <translation>모델 v{0}: {1}에 {2}개 문장({3}개 구간)으로 학습, 레이블: {4}</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="50" />
      <source>Evaluation ({0} documents, each half by a model trained on the other half): F1 {1} with the model, {2} with the rules alone</source>
      <translation>평가 문서 {0}건(절반씩, 나머지 절반으로 학습한 모델로 평가): 모델 사용 시 F1 {1}, 규칙만 {2}</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="54" />
      <source>Not evaluated: too few documents</source>
      <translation>평가하지 않음: 문서가 너무 적습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_status.py" line="56" />
      <source>The rules alone scored better than with the model on documents the model had not seen, so suggestions come from the rules until a retraining does better.</source>
      <translation>모델이 보지 않은 문서에서 규칙만 쓸 때가 모델을 쓸 때보다 점수가 높아, 다시 학습해 더 나아질 때까지 제안은 규칙에서 나옵니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="172" />
      <source>Could not save the setting: {0}</source>
      <translation>설정을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="190" />
      <source>Training {0}%</source>
      <translation>학습 중 {0}%</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="200" />
      <source>Model: unavailable</source>
      <translation>모델: 사용할 수 없음</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="285" />
      <source>A training is already running</source>
      <translation>이미 학습이 진행 중입니다</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="288" />
      <source>This project is open read-only: it cannot store a model</source>
      <translation>이 프로젝트는 읽기 전용으로 열려 있어 모델을 저장할 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="312" />
      <source>Training the suggestion model…</source>
      <translation>제안 모델을 학습하는 중…</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="315" />
      <source>Train now</source>
      <translation>지금 학습</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="329" />
      <source>Retraining the model in the background…</source>
      <translation>백그라운드에서 모델을 다시 학습하는 중…</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="382" />
      <source>, F1 {0}</source>
      <translation>, F1 {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="383" />
      <source>Model v{0} trained on {1} sentences{2}: suggestions are being refreshed</source>
      <translation>모델 v{0} 학습 완료({1}개 문장{2}): 제안을 새로 고치는 중입니다</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="389" />
      <source>Training cancelled</source>
      <translation>학습을 취소했습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="394" />
      <source>Not enough to train on yet: {0}</source>
      <translation>아직 학습할 자료가 부족합니다: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="399" />
      <source>Training failed: {0}</source>
      <translation>학습 실패: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="410" />
      <source>{0} documents were suggested before what the project learned since: they are re-suggested when opened, or all with F5</source>
      <translation>문서 {0}개의 제안은 프로젝트가 그 뒤에 배운 것을 아직 반영하지 않았습니다: 문서를 열 때 다시 제안되며, F5를 누르면 모두 다시 제안합니다</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="494" />
      <source>Refreshing the suggestions failed: {0}</source>
      <translation>제안 새로 고침 실패: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_tools.py" line="520" />
      <source>Model v{0} is in use: suggestions are being refreshed</source>
      <translation>이제 모델 v{0}을 사용합니다: 제안을 새로 고치는 중입니다</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="29" />
      <source>Labels</source>
      <translation>레이블</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="29" />
      <source>Sentences</source>
      <translation>문장</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="29" />
      <source>Spans</source>
      <translation>구간</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="29" />
      <source>Trained</source>
      <translation>학습 시각</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="29" />
      <source>Version</source>
      <translation>버전</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="30" />
      <source>F1 model</source>
      <translation>F1 모델</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="30" />
      <source>F1 rules</source>
      <translation>F1 규칙</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="30" />
      <source>In use</source>
      <translation>사용 중</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="41" />
      <source>the project's decisions</source>
      <translation>프로젝트의 결정</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="53" />
      <source>Model versions</source>
      <translation>모델 버전</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="57" />
      <source>Each training adds a version. F1 is measured on the training documents, each half by a model trained on the other half, with the model and with the rules alone. Only the newest versions keep their data and can be used again.</source>
      <translation>학습할 때마다 버전이 하나 늘어납니다. F1은 학습 문서를 절반씩, 나머지 절반으로 학습한 모델로 평가해 모델을 쓸 때와 규칙만 쓸 때를 각각 잰 값입니다. 최근 버전만 데이터를 보관하므로 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="71" />
      <source>No model yet: use Model → Train now once you have accepted or added some names.</source>
      <translation>아직 모델이 없습니다. 이름을 몇 개 수락하거나 추가한 뒤 모델 → 지금 학습을 누르세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="76" />
      <source>&amp;Use this version</source>
      <translation>이 버전 사용(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="101" />
      <source>Trained on {0} in {1} s</source>
      <translation>{0}(으)로 {1}초 동안 학습</translation>
    </message>
    <message>
      <location filename="../../desktop/learning/model_versions.py" line="129" />
      <source>The data of v{0} was removed to keep the project small: it cannot be used again.</source>
      <translation>프로젝트 파일을 작게 유지하려고 v{0}의 데이터를 지웠기 때문에 다시 사용할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/about.py" line="30" />
      <source>About Bitgeul</source>
      <translation>빛글 정보</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/about.py" line="33" />
      <source>&lt;b&gt;Bitgeul (빛글)&lt;/b&gt;&lt;br&gt;An offline workbench for annotating Korean policy news: people, organisations, places, dates, amounts and the projects they fund.&lt;br&gt;&lt;br&gt;Every decision is saved at once in the project file.</source>
      <translation>&lt;b&gt;빛글 (Bitgeul)&lt;/b&gt;&lt;br&gt;한국어 정책 기사에서 인물, 기관, 지역, 날짜, 금액과 그 금액이 들어가는 사업을 주석하는 오프라인 작업 도구입니다.&lt;br&gt;&lt;br&gt;모든 결정은 곧바로 프로젝트 파일에 저장됩니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/about.py" line="39" />
      <source>Version {version} · Python {python} · Qt {qt} (PySide6 {pyside})</source>
      <translation>버전 {version} · Python {python} · Qt {qt} (PySide6 {pyside})</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/about.py" line="44" />
      <source>Open-source components inside Bitgeul and their licences:</source>
      <translation>빛글에 들어 있는 오픈 소스 구성 요소와 그 라이선스:</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/about.py" line="55" />
      <source>licence not stated</source>
      <translation>라이선스 표기 없음</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/about.py" line="72" />
      <source>Licence: {licence}</source>
      <translation>라이선스: {licence}</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/about.py" line="75" />
      <source>The package carries no licence text.</source>
      <translation>이 패키지에는 라이선스 전문이 들어 있지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="32" />
      <source>&amp;Annotate</source>
      <translation>주석(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="32" />
      <source>&amp;Edit</source>
      <translation>편집(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="32" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="32" />
      <source>&amp;Navigate</source>
      <translation>이동(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="32" />
      <source>&amp;Team</source>
      <translation>팀(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="32" />
      <source>&amp;View</source>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="33" />
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="33" />
      <source>&amp;Model</source>
      <translation>모델(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="36" />
      <source>&amp;New project…</source>
      <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="37" />
      <source>&amp;Open project…</source>
      <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="38" />
      <source>&amp;Import files…</source>
      <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="39" />
      <source>Import txt, csv, xlsx, jsonl files or a folder (or drop them on the window)</source>
      <translation>txt, csv, xlsx, jsonl 파일이나 폴더 가져오기 (창에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="40" />
      <source>&amp;Export…</source>
      <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="41" />
      <source>The Excel report, CSV tables, JSON lines or BIO, with filters</source>
      <translation>엑셀 보고서, CSV 표, JSON Lines, BIO로 내보내기 (조건 선택 가능)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="42" />
      <source>&amp;Merge project…</source>
      <translation>프로젝트 합치기(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="43" />
      <source>Add another project file's documents, annotations and decisions to this project</source>
      <translation>다른 프로젝트 파일의 문서, 주석, 작업 기록을 이 프로젝트에 더하기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="44" />
      <source>&amp;Settings…</source>
      <translation>설정(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="45" />
      <source>&amp;Quit</source>
      <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="46" />
      <source>&amp;Undo</source>
      <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="47" />
      <source>&amp;Redo</source>
      <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="48" />
      <source>&amp;Accept suggestion</source>
      <translation>제안 수락(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="49" />
      <source>Accept the selected suggestion (also Enter in the article)</source>
      <translation>선택한 제안 수락 (본문에서 Enter도 됨)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="50" />
      <source>&amp;Reject / delete</source>
      <translation>거절 / 삭제(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="51" />
      <source>Reject the selected suggestion, or delete the selected annotation</source>
      <translation>선택한 제안을 거절하거나 선택한 주석을 삭제</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="52" />
      <source>Accept all of this &amp;label</source>
      <translation>이 레이블 모두 수락(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="53" />
      <source>Accept every open suggestion of the selected span's label in this document</source>
      <translation>이 문서에서 선택한 구간과 같은 레이블의 제안을 모두 수락</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="54" />
      <source>Accept all suggestions in this document</source>
      <translation>이 문서의 제안 모두 수락</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="56" />
      <source>Edit &amp;value</source>
      <translation>값 편집(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="57" />
      <source>Edit the amount or date of the selected span</source>
      <translation>선택한 구간의 금액이나 날짜 편집</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="58" />
      <source>&amp;Link amount to nearest project</source>
      <translation>금액을 가장 가까운 사업에 연결(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="59" />
      <source>Amount in &amp;totals: rules / never / always</source>
      <translation>금액 합계 포함(&amp;T): 규칙대로 / 제외 / 포함</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="60" />
      <source>Whether the Excel report adds the selected amount to its totals: by its rules (repeats, shares, rates … are left out), never, or always</source>
      <translation>엑셀 보고서가 선택한 금액을 합계에 더할지: 규칙대로(반복·몫·단가 등은 빼고), 더하지 않음, 항상 더함</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="62" />
      <source>Unlink amount</source>
      <translation>금액 연결 해제</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="63" />
      <source>Accept the amount &amp;row</source>
      <translation>금액 행 수락(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="64" />
      <source>Accept the project, proposer, body and region suggested for the selected amount</source>
      <translation>선택한 금액에 제안된 사업·제안자·소속·지역을 수락합니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="65" />
      <source>Row: project</source>
      <translation>행: 사업</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="66" />
      <source>Go to the project of the amount's row (Enter accepts, Delete clears)</source>
      <translation>금액 행의 사업으로 이동 (Enter 수락, Delete 비우기)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="67" />
      <source>Row: proposer</source>
      <translation>행: 제안자</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="68" />
      <source>Row: body</source>
      <translation>행: 소속</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="69" />
      <source>Row: region</source>
      <translation>행: 지역</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="70" />
      <source>Grow end by a character</source>
      <translation>끝을 한 글자 늘리기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="71" />
      <source>Shrink end by a character</source>
      <translation>끝을 한 글자 줄이기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="72" />
      <source>Grow start by a character</source>
      <translation>시작을 한 글자 늘리기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="73" />
      <source>Shrink start by a character</source>
      <translation>시작을 한 글자 줄이기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="74" />
      <source>Grow end by a morpheme</source>
      <translation>끝을 형태소 하나 늘리기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="75" />
      <source>Shrink end by a morpheme</source>
      <translation>끝을 형태소 하나 줄이기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="76" />
      <source>Grow start by a morpheme</source>
      <translation>시작을 형태소 하나 늘리기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="78" />
      <source>Shrink start by a morpheme</source>
      <translation>시작을 형태소 하나 줄이기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="80" />
      <source>Mark document &amp;done and open next</source>
      <translation>문서 완료 표시 후 다음 문서(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="82" />
      <source>&amp;Next suggestion</source>
      <translation>다음 제안(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="83" />
      <source>&amp;Previous suggestion</source>
      <translation>이전 제안(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="84" />
      <source>Next span</source>
      <translation>다음 구간</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="85" />
      <source>Previous span</source>
      <translation>이전 구간</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="86" />
      <source>Next document</source>
      <translation>다음 문서</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="87" />
      <source>Previous document</source>
      <translation>이전 문서</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="88" />
      <source>&amp;Find documents</source>
      <translation>문서 찾기(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="89" />
      <source>Clear selection</source>
      <translation>선택 해제</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="90" />
      <source>&amp;Run suggestions</source>
      <translation>제안 분석 실행(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="91" />
      <source>Analyse documents that have no suggestions yet, in the background</source>
      <translation>아직 제안이 없는 문서를 백그라운드에서 분석</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="92" />
      <source>&amp;Cancel suggestion run</source>
      <translation>제안 분석 중지(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="93" />
      <source>Larger text</source>
      <translation>글자 크게</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="94" />
      <source>Smaller text</source>
      <translation>글자 작게</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="95" />
      <source>&amp;Agreement between annotators…</source>
      <translation>주석자 간 일치도(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="96" />
      <source>Kappa and F1 for every pair of annotators, per label and per document</source>
      <translation>주석자 쌍마다 카파와 F1을 레이블별, 문서별로 보기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="97" />
      <source>&amp;Review this document</source>
      <translation>이 문서 검토(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="98" />
      <source>Compare the annotators' spans on the open document and build the reviewed layer</source>
      <translation>열린 문서에서 주석자들의 구간을 나란히 비교하고 검토 결과를 만들기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="100" />
      <source>&amp;Train now</source>
      <translation>지금 학습(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="101" />
      <source>Train the project's suggestion model on your decisions, in the background</source>
      <translation>지금까지의 결정으로 프로젝트의 제안 모델을 백그라운드에서 학습합니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="102" />
      <source>Model &amp;versions…</source>
      <translation>모델 버전(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="103" />
      <source>Every trained model with its evaluation; go back to an earlier one</source>
      <translation>학습한 모든 모델과 평가 결과를 보고, 이전 버전으로 되돌립니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="104" />
      <source>&amp;Uncertain suggestions first</source>
      <translation>불확실한 제안부터(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="105" />
      <source>Next/previous suggestion goes from the suggestion the model is least sure about</source>
      <translation>다음/이전 제안 이동이 모델이 가장 확신하지 못하는 제안부터 시작합니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="106" />
      <source>&amp;Automatic training</source>
      <translation>자동 학습(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="107" />
      <source>Retrain in the background after enough new decisions</source>
      <translation>새 결정이 충분히 쌓이면 백그라운드에서 다시 학습합니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="108" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>단축키 안내(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="109" />
      <source>Annotation &amp;guideline</source>
      <translation>주석 지침(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="110" />
      <source>What each label covers, with examples (follows the TTA/KLUE convention)</source>
      <translation>레이블마다 무엇을 붙이는지 예문과 함께 (TTA/KLUE 약속을 따릅니다)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="111" />
      <source>&amp;About Bitgeul</source>
      <translation>빛글 정보(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="186" />
      <source>Mouse</source>
      <translation>마우스</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="188" />
      <source>Select a span</source>
      <translation>구간 선택</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="188" />
      <source>click its highlight (click again to cycle overlapping spans)</source>
      <translation>강조 표시 클릭 (겹친 구간은 다시 클릭하면 차례로 선택)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="190" />
      <source>Create a span</source>
      <translation>구간 만들기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="190" />
      <source>select text, then press a label key or pick a label from the popup</source>
      <translation>글을 선택한 뒤 레이블 키를 누르거나 팝업에서 레이블 선택</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="192" />
      <source>Accept in the article</source>
      <translation>본문에서 수락</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="196" />
      <source>Highlights: outlined = suggestion, filled = accepted; a dotted bar in the margin marks a repeated paragraph.</source>
      <translation>강조 표시: 테두리 = 제안, 채움 = 수락한 주석. 왼쪽 여백의 점선은 반복 문단을 뜻합니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="209" />
      <source>Annotation guideline</source>
      <translation>주석 지침</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/actions.py" line="223" />
      <source>Keyboard shortcuts</source>
      <translation>단축키 안내</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="52" />
      <source>{0} h {1} min</source>
      <translation>{0}시간 {1}분</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="55" />
      <source>{0} min</source>
      <translation>{0}분</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="55" />
      <source>{0} min {1} s</source>
      <translation>{0}분 {1}초</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="57" />
      <source>{0} s</source>
      <translation>{0}초</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="93" />
      <source>loading…</source>
      <translation>불러오는 중…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="93" />
      <source>not loaded</source>
      <translation>불러오지 않음</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="93" />
      <source>ready</source>
      <translation>준비됨</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="94" />
      <source>failed</source>
      <translation>실패</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="155" />
      <source>Every document already has suggestions</source>
      <translation>모든 문서에 이미 제안이 있습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="179" />
      <source>Suggesting…</source>
      <translation>제안 분석 중…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="215" />
      <source>Suggesting {0}/{1}</source>
      <translation>제안 분석 {0}/{1}</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="217" />
      <source>Suggesting {0}/{1} · about {2} left</source>
      <translation>제안 분석 {0}/{1} · 약 {2} 남음</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="240" />
      <source>Suggestion run failed: {0}</source>
      <translation>제안 분석 실패: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="242" />
      <source>Suggestion run stopped after {0} documents</source>
      <translation>제안 분석을 문서 {0}건 뒤에 멈췄습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="246" />
      <source>Suggestions ready for {0} documents, from the rules only: {1}</source>
      <translation>문서 {0}개의 제안 완료, 규칙만 사용: {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="249" />
      <source>Suggestions ready for {0} documents</source>
      <translation>문서 {0}건의 제안이 준비되었습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="280" />
      <source>Kiwi: {0}</source>
      <translation>Kiwi: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/background.py" line="284" />
      <source>The Korean morphological analyser used for people, organisations and places</source>
      <translation>인물, 기관, 지역을 찾는 데 쓰는 한국어 형태소 분석기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="81" />
      <source>Bitgeul</source>
      <translation>빛글</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="98" />
      <source>Documents</source>
      <translation>문서</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="100" />
      <source>Span</source>
      <translation>구간</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="104" />
      <source>&lt;project opened&gt;</source>
      <translation>&lt;프로젝트 열림&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="105" />
      <source>History</source>
      <translation>작업 기록</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="126" />
      <source>&amp;Label</source>
      <translation>레이블(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="127" />
      <source>Recent projects</source>
      <translation>최근 프로젝트</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="129" />
      <source>Open project &amp;URL…</source>
      <translation>프로젝트 URL 열기(&amp;U)…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="255" />
      <source>Refused: {0}</source>
      <translation>거부됨: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="281" />
      <source>Default project</source>
      <translation>기본 프로젝트</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="283" />
      <source>(read-only)</source>
      <translation>(읽기 전용)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="285" />
      <source>Annotator: {0}</source>
      <translation>주석자: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="289" />
      <source>Welcome! This demo project has ten sample articles. Press F1 for the keyboard shortcuts.</source>
      <translation>환영합니다! 이 데모 프로젝트에는 예시 기사 10건이 들어 있습니다. 단축키는 F1을 누르세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="327" />
      <source>Label as {0}</source>
      <translation>{0}(으)로 표시</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="331" />
      <source>Relabel the selected span, or label the selected text</source>
      <translation>선택한 구간의 레이블을 바꾸거나 선택한 글에 레이블 붙이기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="342" />
      <source>No document matches the filters</source>
      <translation>필터에 맞는 문서가 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="344" />
      <source>No articles yet: import them with Ctrl+I (File → Import files…) or drop files on the window</source>
      <translation>아직 기사가 없습니다. Ctrl+I(파일 → 파일 가져오기)로 가져오거나 파일을 창에 끌어다 놓으세요</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="380" />
      <source>Clear list</source>
      <translation>목록 지우기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="384" />
      <source>New project</source>
      <translation>새 프로젝트</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="385" />
      <source>Bitgeul project (*.sqlite3 *.db)</source>
      <translation>빛글 프로젝트 (*.sqlite3 *.db)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="392" />
      <source>{0} exists already: use Open project.</source>
      <translation>{0} 파일이 이미 있습니다. 프로젝트 열기를 쓰세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="395" />
      <source>New empty project: import articles with Ctrl+I or by dropping files on the window</source>
      <translation>빈 프로젝트를 만들었습니다. Ctrl+I로 기사를 가져오거나 파일을 창에 끌어다 놓으세요</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="399" />
      <source>Open project</source>
      <translation>프로젝트 열기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="400" />
      <source>Bitgeul project (*.sqlite3 *.db);;All files (*)</source>
      <translation>빛글 프로젝트 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="405" />
      <source>Open project URL</source>
      <translation>프로젝트 URL 열기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="406" />
      <source>Database URL, e.g. postgresql://user@host/bitgeul</source>
      <translation>데이터베이스 URL (예: postgresql://user@host/bitgeul)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="496" />
      <source>Select an amount, date or quantity to edit its value</source>
      <translation>값을 편집할 금액, 날짜, 수량을 선택하세요</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/main_window.py" line="511" />
      <source>Every document in the list is done</source>
      <translation>목록의 모든 문서가 완료되었습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="58" />
      <source>Project already open</source>
      <translation>이미 열린 프로젝트</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="59" />
      <source>This project is already open in another window ({0}).</source>
      <translation>이 프로젝트는 다른 창에서 이미 열려 있습니다 ({0}).</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="62" />
      <source>You can look at it here read-only (nothing can be changed), or cancel and switch to the other window.</source>
      <translation>여기서 읽기 전용으로 볼 수 있습니다 (아무것도 바꿀 수 없음). 아니면 취소하고 다른 창으로 가세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="65" />
      <source>Open read-only</source>
      <translation>읽기 전용으로 열기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="73" />
      <source>The project file is damaged</source>
      <translation>프로젝트 파일이 손상되었습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="74" />
      <source>{0} is damaged ({1}).</source>
      <translation>{0} 파일이 손상되었습니다 ({1}).</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="79" />
      <source>Restore the newest good backup, {0}? The damaged file is kept beside it.</source>
      <translation>가장 최근의 정상 백업 {0}(으)로 되돌릴까요? 손상된 파일은 옆에 남겨 둡니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="82" />
      <source>Restore backup</source>
      <translation>백업으로 되돌리기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="152" />
      <source>Cannot open the project</source>
      <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="162" />
      <source>Password</source>
      <translation>비밀번호</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="164" />
      <source>The password was not accepted by {0}.</source>
      <translation>{0}이(가) 비밀번호를 받아들이지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="165" />
      <source>{0} asks for a password.</source>
      <translation>{0}에 비밀번호가 필요합니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="171" />
      <source>Remember it in PostgreSQL's password file ({0}), readable by you alone</source>
      <translation>PostgreSQL 비밀번호 파일({0})에 기억 (본인만 읽을 수 있음)</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="229" />
      <source>Not saved</source>
      <translation>저장하지 못했습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/safety.py" line="232" />
      <source>Everything saved before this step is safe. The window stays open; you can go on once the problem is fixed.</source>
      <translation>이 단계 전에 저장한 내용은 안전합니다. 창은 열려 있으니 문제를 해결한 뒤 계속하세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="43" />
      <source>Settings</source>
      <translation>설정</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="51" />
      <source>General</source>
      <translation>일반</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="55" />
      <source>Your decisions are recorded under this name</source>
      <translation>결정은 이 이름으로 기록됩니다</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="56" />
      <source>Annotator name</source>
      <translation>주석자 이름</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="61" />
      <source>Language</source>
      <translation>언어</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="66" />
      <source>Article text size</source>
      <translation>본문 글자 크기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="68" />
      <source>Follow the system</source>
      <translation>시스템 설정 따르기</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="68" />
      <source>Light</source>
      <translation>밝게</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="69" />
      <source>Dark</source>
      <translation>어둡게</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="72" />
      <source>Theme</source>
      <translation>테마</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="73" />
      <source>After accept or reject, go to the next suggestion</source>
      <translation>수락하거나 거절하면 다음 제안으로 이동</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="78" />
      <source>Labels of this project</source>
      <translation>이 프로젝트의 레이블</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="81" />
      <source>Colour</source>
      <translation>색</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="81" />
      <source>Key</source>
      <translation>키</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="86" />
      <source>Add label…</source>
      <translation>레이블 추가…</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="92" />
      <source>Keys 1–9 relabel the selected span or label the selected text.</source>
      <translation>숫자 키 1–9는 선택한 구간의 레이블을 바꾸거나 선택한 글에 레이블을 붙입니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="134" />
      <source>Add label</source>
      <translation>레이블 추가</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="134" />
      <source>Name (e.g. POLICY):</source>
      <translation>이름 (예: POLICY):</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="145" />
      <source>The language changes when Bitgeul starts next time.</source>
      <translation>언어는 빛글을 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="162" />
      <source>Label keys must be digits 1–9 ({0})</source>
      <translation>레이블 키는 숫자 1–9여야 합니다 ({0})</translation>
    </message>
    <message>
      <location filename="../../desktop/shell/settings.py" line="164" />
      <source>Key {0} is used by {1} and {2}</source>
      <translation>{0} 키를 {1}과(와) {2}가 함께 쓰고 있습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="30" />
      <source>Annotator A</source>
      <translation>주석자 A</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="30" />
      <source>Annotator B</source>
      <translation>주석자 B</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="30" />
      <source>Tokens</source>
      <translation>어절 수</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="31" />
      <source>F1</source>
      <translation>F1</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="31" />
      <source>Kappa</source>
      <translation>카파</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="32" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="32" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="32" />
      <source>Both</source>
      <translation>일치</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="32" />
      <source>Precision</source>
      <translation>정밀도</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="32" />
      <source>Recall</source>
      <translation>재현율</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="34" />
      <source>Document</source>
      <translation>문서</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="77" />
      <source>Include the reviewed layer</source>
      <translation>검토 결과 포함</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="78" />
      <source>Refresh</source>
      <translation>새로 고침</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="93" />
      <source>Kappa over eojeol (space-separated words, O included); F1 over exact spans (same start, end and label). Only documents both annotators worked on count.</source>
      <translation>카파는 어절(띄어쓰기 단위, O 포함) 기준, F1은 시작·끝·레이블이 모두 같은 구간 기준입니다. 두 주석자가 모두 작업한 문서만 셉니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="107" />
      <source>No document has been annotated by two annotators yet.</source>
      <translation>아직 두 사람이 함께 주석한 문서가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="109" />
      <source>{n} annotators, {p} pairs</source>
      <translation>주석자 {n}명, {p}쌍</translation>
    </message>
    <message>
      <location filename="../../desktop/team/agreement_panel.py" line="145" />
      <source>Agreement between annotators</source>
      <translation>주석자 간 일치도</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="34" />
      <source>agreed</source>
      <translation>일치</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="34" />
      <source>disputed</source>
      <translation>불일치</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="35" />
      <source>reviewed</source>
      <translation>검토됨</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="58" />
      <source>Adopt selected</source>
      <translation>선택 항목 채택</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="59" />
      <source>Adopt agreed</source>
      <translation>일치 항목 채택</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="60" />
      <source>Remove from review</source>
      <translation>검토에서 빼기</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="61" />
      <source>Mark reviewed</source>
      <translation>검토 완료 표시</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="62" />
      <source>Undo</source>
      <translation>실행 취소</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="84" />
      <source>[{id}] {title} — {done}/{n} places reviewed</source>
      <translation>[{id}] {title} — {n}곳 중 {done}곳 검토</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="86" />
      <source>Reviewed</source>
      <translation>검토 결과</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="123" />
      <source>Select an annotator's cells to adopt first.</source>
      <translation>먼저 채택할 주석자의 칸을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="130" />
      <source>Select cells of the reviewed column to remove first.</source>
      <translation>먼저 뺄 검토 결과 칸을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/review_panel.py" line="151" />
      <source>Nothing to do.</source>
      <translation>할 일이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="83" />
      <source>Review</source>
      <translation>검토</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="85" />
      <source>Open a project to review its documents.</source>
      <translation>문서를 검토하려면 프로젝트를 여세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="93" />
      <source>Switch a&amp;nnotator</source>
      <translation>주석자 바꾸기(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="195" />
      <source>(no project)</source>
      <translation>(프로젝트 없음)</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="199" />
      <source>{0} (reviewed layer)</source>
      <translation>{0} (검토 결과)</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="206" />
      <source>Other name…</source>
      <translation>다른 이름…</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="210" />
      <source>Switch annotator</source>
      <translation>주석자 바꾸기</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="211" />
      <source>Record decisions under this name:</source>
      <translation>이 이름으로 결정을 기록합니다:</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="227" />
      <source>Now annotating as {0}</source>
      <translation>이제 {0}(으)로 주석합니다</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="247" />
      <source>Merge failed</source>
      <translation>합치기 실패</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="248" />
      <source>This project is open read-only here: nothing can be added.</source>
      <translation>이 프로젝트는 여기서 읽기 전용으로 열려 있어 아무것도 더할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="253" />
      <source>This is the project that is open: choose another file.</source>
      <translation>지금 열린 프로젝트입니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="274" />
      <source>Merging {0}…</source>
      <translation>{0} 합치는 중…</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="274" />
      <source>Reading {0}…</source>
      <translation>{0} 읽는 중…</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="276" />
      <source>Merge project</source>
      <translation>프로젝트 합치기</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="303" />
      <source>Nothing was merged from {0}.</source>
      <translation>{0}에서 아무것도 합치지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="311" />
      <source>Merged {0}</source>
      <translation>{0}을(를) 합쳤습니다</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="312" />
      <source>Merge finished</source>
      <translation>합치기 완료</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="313" />
      <source>Merged {0}.</source>
      <translation>{0}을(를) 합쳤습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="318" />
      <source>Merge {0} into this project?</source>
      <translation>{0}을(를) 이 프로젝트에 합칠까요?</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="323" />
      <source>Merge</source>
      <translation>합치기</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="351" />
      <source>Nothing new: every document and decision of that file is here already.</source>
      <translation>새로운 내용이 없습니다. 그 파일의 문서와 결정은 모두 이미 있습니다.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="354" />
      <source>{0} documents to add, {1} already in the project</source>
      <translation>추가할 문서 {0}개, 이미 있는 문서 {1}개</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="356" />
      <source>{0} annotations, {1} links, {2} rejections, {3} document statuses, {4} logged decisions to add</source>
      <translation>추가할 주석 {0}개, 연결 {1}개, 거절 {2}개, 문서 상태 {3}개, 결정 기록 {4}개</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="365" />
      <source>{0} annotations, {1} links, {2} rejections, {3} document statuses, {4} logged decisions</source>
      <translation>주석 {0}개, 연결 {1}개, 거절 {2}개, 문서 상태 {3}개, 작업 기록 {4}개</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="371" />
      <source>{0} spans deleted in that file are deleted here too</source>
      <translation>그 파일에서 삭제된 주석 {0}개는 여기서도 삭제됩니다</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="374" />
      <source>{0} spans deleted or rejected here stay deleted</source>
      <translation>여기서 삭제되거나 거절된 주석 {0}개는 삭제된 채로 둡니다</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="377" />
      <source>Annotators in that file: {0}</source>
      <translation>그 파일의 주석자: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="379" />
      <source>{0} conflicts are kept for review: check them with Team → Review.</source>
      <translation>충돌 {0}건은 검토용으로 남겨 둡니다: 팀 → 검토에서 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="383" />
      <source>Their reviewed layer is not taken ({0} rows).</source>
      <translation>그 파일의 검토 층은 가져오지 않습니다 ({0}행).</translation>
    </message>
    <message>
      <location filename="../../desktop/team/team_menu.py" line="386" />
      <source>{0} logged steps named someone else's span: kept in the log, not undoable.</source>
      <translation>다른 사람의 주석을 가리키는 기록 {0}건: 기록에는 남기되 되돌릴 수 없습니다.</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation type="vanished">주석</translation>
    </message>
    <message>
      <source>Articles (*.txt *.csv *.tsv *.xlsx *.xlsm *.jsonl *.ndjson *.json *.bio *.conll)</source>
      <translation type="vanished">기사 (*.txt *.csv *.tsv *.xlsx *.xlsm *.jsonl *.ndjson *.json *.bio *.conll)</translation>
    </message>
    <message>
      <source>Each training adds a version. F1 is measured on documents held out from the training, with the model and with the rules alone. Only the newest versions keep their data and can be used again.</source>
      <translation type="vanished">학습할 때마다 버전이 하나 늘어납니다. F1은 학습에서 떼어 둔 문서로 모델을 쓸 때와 규칙만 쓸 때를 각각 잰 값입니다. 최근 버전만 데이터를 보관하므로 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
      <source>Held-out evaluation ({0} documents): F1 {1} with the model, {2} with the rules alone</source>
      <translation type="vanished">평가용 문서 {0}건: 모델 사용 시 F1 {1}, 규칙만 {2}</translation>
    </message>
    <message>
      <source>Not evaluated: too few documents to hold some out</source>
      <translation type="vanished">평가하지 않음: 평가용으로 떼어 둘 문서가 부족합니다</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation type="vanished">제안</translation>
    </message>
    <message>
      <source>The rules alone scored better than with the model on the held-out documents, so suggestions come from the rules until a retraining does better.</source>
      <translation type="vanished">평가용 문서에서 규칙만 쓸 때가 모델을 쓸 때보다 점수가 높아, 다시 학습해 더 나아질 때까지 제안은 규칙에서 나옵니다.</translation>
    </message>
    <message>
      <source>filled = accepted · dashed = suggestion (+n open)</source>
      <translation type="vanished">채움 = 수락 · 점선 = 제안 (+남은 제안)</translation>
    </message>
    <message>
      <source>{0} spans overlap a different span of the same annotator; both were kept: check them with Team → Review.</source>
      <translation type="vanished">같은 주석자의 다른 구간과 겹치는 구간 {0}개: 둘 다 남겼으니 팀 → 검토에서 확인하세요.</translation>
    </message>
  </context>
</TS>
