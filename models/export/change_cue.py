"""Changes to budgets, for the report (models.export.report_data, models.export.changes): the
size of an increase or a cut (80억원 삭감, 35억원 늘어난), and the budget before a change — as
first set, requested, proposed, last year's, or a table's column compared with — which are no
money of their own. :func:`change_cue` says which an amount is."""

from __future__ import annotations

import re

from models.export.dedupe import NUMBER_UNITS
from models.export.fact_check import checked_claim
from models.export.not_taken import not_taken
from models.export.refuted import (
    BASELESS_AFTER,
    CLAIM_BUT,
    DENIED_AFTER,
    FIGURE_DENIED,
    QUOTE_REFUTED,
    claim_refuted,
    denied_later,
    report_answered,
    same_figures,
)
from models.export.sentences import adds_up, in_quote, sentence, sentences_ahead, sentences_back
from models.nlp.list_marks import FIELD_MARK
from models.nlp.table_money import on_table_row, table_role
from models.text_cache import per_text

# "150억원을 순삭감한": a net change, 순 before the word of a change
_NET = r"순\s?(?=삭감|감액|증액|증가|감소|축소)"
# "80억원 삭감", "97억원을 깎은", "35억원 늘어난 155억원": the size of a change to a budget, not
# money of its own; the budget it changes to ("155억원으로 증액") is the one that counts.
# (2,600억원(29.2%) 줄어든; 36억원(삭감 41억원, 증액 5억원) 줄어든)
# (a change planned or aimed at, in the present: "3억원 늘리는 것을 목표로", "5억원 줄이기로", "늘릴")
_CHANGE_AFTER = re.compile(r"\s*(?:[(（][^()（）\n]{1,30}[)）])?"
                           r"\s*(?:이|가|을|를|은|는|씩|이나|가량|정도|가까이|남짓)?\s*(?:전액\s*|모두\s*|일부\s*|더\s*|추가로\s*|" + _NET + r")?(?:덜\s|많다|많은|많아|많았|많고|적다|적은|적어|적었|적고|삭감|감액|증액|깎|줄어|줄었|줄인|줄여|"
                           r"늘어|늘었|늘린|늘려|늘렸|줄였|늘리(?:는|기로|겠)|늘릴|줄이(?:는|기로|겠)|줄일|올랐|올라(?!와|온|왔)|오른|내렸|내린|복원|되살|아낄|아꼈|절감|인상|인하|감소|증가|축소|순증|순감|"
                           r"불어|불었|뛰었|뛴|낮아(?:졌|져|진|지)|높아(?:졌|져|진|지)|다시\s?더해(?:졌|져|진)|더해져\s*(?:최종|모두|총)|"
                           # "자재비 상승분 460억원이 반영되면서 다시 늘었다"
                           r"(?:반영|추가)(?:되면서|돼)\s*(?:다시\s*)?(?:늘|불어)|"
                           # "인근 산단보다 20만원가량 싸다": what one price is below or above another
                           r"(?:비)?(?:싸(?:다|고|며|게|서|지만)|싼(?![가-힣])|쌌)|"
                           # "부지 매입비 25억원이 빠졌습니다": what a budget lost, the size of the cut
                           r"빠졌(?:다|습니다|고|으며|기|는데))|"
                           # "지원액은 10만원 올렸다": a raise, told with no particle (with one,
                           # "매출 100억원을 올렸다" is money earned)
                           r"\s*(?:가량|정도|남짓)?\s*(?:더\s*)?(?:올렸|올린|올려(?!\s*(?:놓|보|두)))")
# "200억에서 300억 원가량 더 들 수 있다": more cost foreseen (either end of its range), a change
# ("10억원이 더 들어간 셈": the cost a change added, worked out)
_MORE_COST_AFTER = re.compile(r"(?:\s*(?:원)?\s*(?:에서|~|-)\s*" + NUMBER_UNITS + r"\s*원)?\s*(?:가량|정도|안팎|남짓)?"
                              r"\s*(?:이|가)?\s*더\s*(?:들\s?(?:수|것|거|전망)|든다|들어갈|들어간\s?셈)")
# "(삭감 41억원, 증액 5억원)", "○ 삭감: 37억원": the sizes of the changes a change is made of
_CHANGE_IN_BRACKET = re.compile(r"(?:[(（,]\s*(?:삭감|증액|감액|증가|감소)|(?<![가-힣])(?:삭감|증액|감액|순감|순증)(?:액)?\s*[:：])"
                                r"\s*(?:\d{1,3}\s*건\s*)?(?:약\s*)?$")  # "○ 위원회 삭감: 9건 23억원"
# "○ 위원회 증액: 2건 6억원(농로 포장 4억원, …)": the items of a change, in its brackets
_CHANGE_ITEMS_IN_BRACKET = re.compile(r"(?<![가-힣])(?:삭감|증액|감액)(?:액)?\s*[:：]\s*(?:\d{1,3}\s*건\s*)?"
                                      + NUMBER_UNITS + r"원\s*[(（][^()（）\n]*$")
# "늘어난 50억원은 시비로 충당한다": the size of a change, named before it
_CHANGE_BEFORE = re.compile(r"(?<![가-힣])(?:늘어난|늘어날|불어난|증액된|증액한|증가한|줄어든|감액된|증액분|감액분|증가분|"
                            r"삭감된|깎인|삭감분|미반영분|미반영액|부족분|(?:예산|사업비|금액)\s?차이)\s*(?:금액|액수|예산|사업비|몫)?\s*"
                            r"(?:인\s*)?(?:은|는|이|가)?\s*(?:약\s*)?$")
# the verbs of a change to a budget (늘리다, 줄이다, 증액, 조정, 오르다 …; 늘/줄 stand for all their
# forms), after the budget before it (_CHANGED_FROM, _PERCENT_FROM)
CHANGE_VERBS = ("(?:증액|감액|증가|감소|늘|줄|확대|축소|인상|인하|상향|하향|조정|변경|수정|삭감|깎|"
                "낮추|낮춰|낮췄|낮춘|높이|높여|높였|높인|올리|올려|올렸|올린|오르|오른|올라|올랐|"
                "내리|내려|내렸|내린|떨어|불어|뛰|바꾸|바꿔|바꾼|바꿨|정정|바로잡)")
# "당초 120억원에서 155억원으로", "120억원에서 35억원 늘어난 155억원": the budget before the change;
# "6,100억원이던 총사업비를 4,200억원으로 낮추고": the same, told with 이던
# "정부안 1250억원에서 1430억원으로 180억원 증액했다": the size of the change may come between
_CHANGED_FROM = re.compile(r"(?:에서\s+[^.\n]{0,25}?|(?:이던|이었던|였던)\s+[^.\n]{0,60}?)(?:원|달러|유로|엔|위안)\s*"
                           r"(?:으로|로)\s*(?:\d[\d,.]*\s*(?:[조억만천]\s*[\d,.]*)*\s*(?:원|달러)(?:을|를|이|가)?\s*)?"
                           + CHANGE_VERBS)


# "정부안 80억원에서 120억원으로, … 30억원에서 45억원으로 증액됐다": one verb for several changes
_FROM_TO_COMMA = re.compile(r"\s*에서\s+(?:약\s*)?" + NUMBER_UNITS + r"(?:원|달러)\s*(?:으로|로)\s*,"
                            r"[^.\n]{0,80}?(?:원|달러)\s*(?:으로|로)\s*" + CHANGE_VERBS)


# a budget as proposed, a field of a review ("○ 집행부 제출안: "), before a vote or decision the
# text tells after it (in prose, changes.revised says which budget it became)
_PROPOSED_BEFORE = re.compile(r"(?<![가-힣])(?:제출안|정부안|원안|요구안|요구액|신청액|요청액|당초안|예산안|"
                              r"제출\s?(?:예산|금액|액))(?:\s?(?:총액|규모))?"
                              r"\s*(?:[:：]|(?:은|는)\s*(?:합계|총)?|\s(?:합계|총))\s*(?:약\s*)?$")
# the budget decided, told after it ("최종 의결: 41억원", "9억7천만원을 반영하기로 했습니다")
_DECIDED = re.compile(r"(?:최종|의결|확정|결정)[^.\n\d]{0,20}\d|" + NUMBER_UNITS + r"원"
                      r"(?:을|를|이|가)?\s*(?:반영|선정|의결|확정)")


# "당초 180억원으로 잡았던 총사업비를 230억원으로 늘렸다": the budget as first set, then changed
_EARLIER_AFTER = re.compile(r"\s*(?:으로|로)?\s*(?:잡|책정|편성|계획|추산|예상|정해|정했|알려)[가-힣]{0,3}던\s"
                            r"[^.\n]{0,60}?(?:원|달러|유로|엔|위안)\s*(?:으로|로)\s*" + CHANGE_VERBS
                            # "공약집에는 100억원으로 돼 있었는데 왜 줄었습니까": what it said before
                            + r"|\s*(?:으로|로)\s*(?:돼|되어)\s?있었(?:는데|지만|으나)\s[^.\n?]{0,20}?" + CHANGE_VERBS)
# Words that drop a plan: its money is not to be spent (a headline's or a list item's bare
# "… 주민 반대로 무산" too). ("검토했던 지하 2층안(약 80억원)은 … 접고",
# "… 계획을 접는다고 밝혔다", "사업 계획에서 제외했습니다", a release's clipped "… 계획을 철회함";
# "… 계획(사업비 N원)을 철회하고, 대신 …": 하고, the clause running on to what replaces it)
# ("… 신설안은 군의회에서 부결됐다": a council voting a plan down drops it too)
_DROP_WORDS = (r"백지화|없던 일|부결(?:됐|되었|돼|시켰|했|함)|무산(?:됐|되었|돼|시키|시켰|(?=\s*(?:$|[.,;)…])))|(?:전면\s?)?철회(?:한|했|하고|하기로|됐|되었|돼|함)|"
               r"(?:전면\s?)?취소(?:한다|했|하고|하기로|됐|되었|돼|함)|(?:추진을\s?)?포기(?:한다|했|하고|하기로)|"
               r"(?:(?:사업\s?)?계획|[가-힣]{1,3}안|공약)에서\s?(?:제외|빼|뺐|빠졌|빠지)|추진하지\s?않(?:기로|는다고?|겠다고?)|"
               r"(?<![가-힣])접(?:고|기로|는다고?|었다고?|었고|었으며|었으나|었지만|었습니다)(?![가-힣])")
# "모두 500억원을 들일 계획이었으나, … 시비 120억원만으로": a plan given up
# ("1조원을 쏟겠다"고 했지만 …: a pledge the text then turns from)
_PLAN_DROPPED = re.compile(r"\s*(?:을|를|이|가|의)?\s*(?:[^.\n]{0,40}?(?:기로|려고?|겠다['\"”’]?\s?고)\s?했|(?:[가-힣]+\s+){0,2}"
                           r"(?:(?:계획|예정|구상)이었|(?:요구|요청|신청|건의)했))(?:으나|지만|는데|다가)"
                           # "지원하기로 했던 120억원도 … 없던 일이 됐다": money that is not to be
                           r"|[^.\n]{0,40}?(?:" + _DROP_WORDS + ")"
                           # "60억원을 들여 … 짓고 … 배치할 계획이었으나": the plan's work told at length
                           # ("200억원을 들여 … 짓는 방안도 검토했지만, … 계획을 접었다": a plan
                           # considered, dropped in the same sentence)
                           r"|\s*(?:을|를)\s*(?:들여|투입해|투자해)\s[^.\n]{0,50}?(?:(?:계획|예정|구상)이었(?:으나|지만|는데)"
                           r"|(?:방안|계획|구상|안)(?:도|을|를)?\s?검토(?:했|하였)(?:으나|지만|는데)[^.\n]{0,60}?(?:"
                           + _DROP_WORDS + "))"
                           # "… 사업(12억원)은 국비를 확보하지 못해 제외됐다": the item itself left out
                           # ("… 증축비 12억원은 투자심사에서 반려됐다": sent back unapproved)
                           r"|\s*[)）]?\s*(?:은|는)\s[^.\n]{0,30}?(?<![가-힣])(?:제외|반려)(?:됐|되었|돼)")
# "사업을 백지화한다고 밝혔다. 500억원 규모로 추진되던 이 사업은 …": a plan told as it was, where
# the sentence before, its own or the next says it is dropped (계획된 too: "300억원 규모로 계획된 … 사업은")
# ("310억원을 들인다고 발표하지 않았습니까? / … 건립 계획은 접었습니다": a sum once announced)
_PLANNED_AFTER = re.compile(r"\s*(?:규모로|규모의|을|를|이|가)?\s*(?:들여\s*)?(?:[가-힣]+\s+)?(?:추진|검토|계획)"
                            r"(?:되던|된|돼\s?온|되어\s?온|하던|해\s?온|됐던|했던)\s|"
                            r"\s*(?:을|를)\s*(?:들인|투입한|투자한|쓴)다고\s*(?:발표|약속|공약|밝)|"
                            # "70억원을 들여 … 짓겠다고 발표했지만": a plan once announced, with its work
                            r"\s*(?:을|를)\s*(?:들여|투입해|투자해)\s[^.\n]{0,40}?겠다['\"”’]?\s?고\s*(?:발표|약속|공약|밝)|"
                            # "당초 650억원을 들여 … 지을 계획이었다.": the plan as it stood (not one of 대신)
                            r"\s*(?:을|를)\s*(?:들여|투입해|투자해)\s(?:[^.\n]|\.(?=\d)){0,50}?(?:계획|예정|구상)이었(?:다|습니다)")
_DROPPED = re.compile(_DROP_WORDS)
# "수백억 원대부터 1,000억원 안팎까지 여러 안이 거론될 뿐": one of several options talked of,
# none of them decided
_FLOATED_AFTER = re.compile(r"[^.\n]{0,40}?(?:안|방안|대안)(?:들)?(?:이|도)\s*(?:거론|검토|논의|언급)(?:될|되고\s?있을|돼\s?있을|되는\s?것일)\s?뿐")


# "도가 추진하던 50억원 규모의 … 건립 계획은 … 백지화했다": the same, its word before it
# ("당초 계획했던 지하주차장(20억원)은 어떻게 됐습니까? / … 사업 계획에서 제외했습니다": what was
# planned named between, the amount in brackets)
# ("작년에 말씀하신 15억원 규모의 … 사업은 어떻게 됐습니까? / 그 사업은 추진하지 않기로": a sum
# the one asked once told)
_PLANNED_BEFORE = re.compile(r"(?<![가-힣])(?:(?:추진|검토|계획|거론|논의)(?:되던|하던|해\s?온|돼\s?온|됐던|했던)|"
                             r"(?:말씀|발표|약속|보고)하신)\s+"
                             r"(?:[가-힣]{1,10}\s?[(（]\s*)?(?:약\s*)?$")
_SIZE_AFTER = re.compile(r"\s*[)）]?\s*(?:규모의|규모|짜리|의|을|를|이|가|은|는)?\s")
# "2년 전 발표한 240억원 규모의 해양쓰레기 전처리시설은 어떻게 됐습니까? / … 전처리시설 건립
# 계획은 백지화했습니다": a plan once told or planned whose work, named after its size, a later
# sentence names again as dropped (its last word: the work, not what is said of it)
_TOLD_BEFORE = re.compile(r"(?<![가-힣])(?:(?:발표|약속|공약|제시|추진|계획|검토|구상)(?:한|했던|하던|하신|된|됐던)|"
                          r"내놓은|내놓았던|내놨던|내세운|내세웠던|밝힌|밝혔던)\s+(?:약\s*)?$")
_WORK_NAMED = re.compile(r"((?:[가-힣]+\s){0,3}[가-힣]{2,}?)(?:은|는|이|가|을|를)(?![가-힣])")
_PLAIN_WORK = frozenset({"사업", "계획", "예산", "사업비", "공사", "방안", "투자", "구상"})
_DROPPED_NAMED_REACH = 2  # sentences after the plan's to the one dropping its work
# "추진하다가 철회한 50억원 규모 복합타운은": a plan its own words before the amount say was
# dropped (a participle of _DROP_WORDS), which needs no sentence next to it to drop it
_DROPPED_BEFORE = re.compile(r"(?<![가-힣])(?:백지화|철회|취소|무산|폐기)(?:한|된|됐던|했던|시킨|되었던)\s+(?:약\s*)?$")


# "돔구장 건립 계획을 백지화했다. 총사업비 1200억원 가운데 …": the total of a plan the sentence
# before drops (not one a sentence of 대신 gives for what replaces it)
_PLAN_TOTAL_BEFORE = re.compile(r"(?<![가-힣])총사업비(?:는|은|가|이)?\s*(?:약\s*)?$")
_INSTEAD = re.compile(r"(?<![가-힣])대신(?![가-힣])")
_MONEY = re.compile(r"\d\s*(?:[조억만천]\s*)*(?:원|달러|유로|엔|위안)")


# "돔구장은 연간 운영비만 30억원이 넘을 것으로 추산돼 재정 부담이 너무 컸다": what a plan the
# text has dropped would have cost, told as the burden it was dropped for
_BURDEN_AFTER = re.compile(r"[^.\n]{0,40}?(?:재정\s?)?부담(?:이|은|도)?\s*(?:너무\s*|지나치게\s*|매우\s*)?"
                           r"(?:컸|커서|크다|클\s?것)")


def _plan_dropped_near(text: str, start: int, end: int) -> bool:
    """The amount is a plan's, told as it stood (추진되던) or as once announced (들인다고
    발표), that a sentence next to it drops; or the total of a plan the sentence before drops;
    or the burden a plan the sentences before drop would have been."""
    if _BURDEN_AFTER.match(text, end) and _DROPPED.search(
            text, sentences_back(text, sentence(text, start, end)[0], 3), start) is not None:
        return True
    if _DROPPED_BEFORE.search(text, max(0, start - 12), start) and _SIZE_AFTER.match(text, end):
        return True
    if _PLAN_TOTAL_BEFORE.search(text, max(0, start - 10), start):
        lo, hi = sentence(text, start, end)
        if _DROPPED.search(text, sentences_back(text, lo, 1), lo) is not None and \
                _INSTEAD.search(text, lo, hi) is None:
            return True
    lo, hi = sentence(text, start, end)
    if (size := _SIZE_AFTER.match(text, end)) is not None and \
            _TOLD_BEFORE.search(text, max(0, start - 26), start) and \
            (work := _WORK_NAMED.match(text, size.end())) is not None and \
            work.group(1).split()[-1] not in _PLAIN_WORK and \
            re.search(re.escape(work.group(1).split()[-1]) + r"[^.?!\n]{0,30}?(?:" + _DROP_WORDS + ")",
                      text[hi:sentences_ahead(text, hi, _DROPPED_NAMED_REACH)]) is not None:
        return True  # "발표한 240억원 규모의 … 전처리시설은 … / … 전처리시설 건립 계획은 백지화했습니다"
    if size is not None and _TOLD_BEFORE.search(text, max(0, start - 26), start) and \
            (drop := _DROPPED.search(text, end, hi)) is not None and \
            _MONEY.search(text, end, drop.start()) is None:
        return True  # "지난달 내놓았던 2,800억원 규모의 … 공약은 … 철회했다": dropped in its own sentence
    if not _PLANNED_AFTER.match(text, end) and not (
            _PLANNED_BEFORE.search(text, max(0, start - 26), start) and size is not None) or \
            _INSTEAD.search(text, lo, hi) is not None:
        return False
    back = max(0, text.rfind(".", 0, max(0, lo - 2)) + 1)
    return _DROPPED.search(text, back, sentences_ahead(text, hi, 1)) is not None


# "오 전 시장 측이 말한 2조원에는", "\"900억이든 62억이든\"": a claim refuted before, named again
# (as what was said or plainly, with or without 원)


def _claim_named_again(text: str, start: int, end: int) -> bool:
    """A telling of the amount's figure before it is a claim set right: this is that claim
    again."""
    return any(change_cue(text, at, to) == "claim" for at, to in same_figures(text, start, end, 0, start))


# ("처음에는 90억원이라고 했는데 지금은 …": the first figure told as what was said)
_WAS_BUT = re.compile(r"\s*(?:이었|였|(?:이)?라고\s?(?:했|하셨)|(?:으로|로)\s*(?:잡혔|책정됐|책정되었|계획됐|추산됐|산정됐|편성됐|"
                      r"잡았|책정했|계획했|추산했|산정했|정했|편성했))"
                      # "당초 … 1,300억원이었고 심의에서 60억원이 깎였다": 고, a change told after
                      r"(?:으나|지만|는데|다가|고\s[^.\n]{0,40}?" + CHANGE_VERBS + ")")  # "당초 2000억원으로 잡혔으나", "당초 사업비를 160억원으로 계획했으나"
# "당초 45억원으로 시작한 사업인데 지금은 …": the figure a project started at, set against now
_STARTED_BUT = re.compile(r"\s*(?:으로|로)\s*(?:시작|출발)(?:한|된|했던)\s*(?:[가-힣]{1,6}\s)?[가-힣]{1,6}(?:인데|이었는데|이지만|이었으나)")
_NOW = re.compile(r"(?<![가-힣])(?:지금은?|현재)(?![가-힣])")
# "착수 때 2,900억 원이었는데 지금은 3,800억 원이에요": after the figure as it was, what it is now
# within a few words (spoken, with no 당초 before it)
_NOW_AMOUNT = re.compile(r"\s*,?\s*(?:지금은?|현재는?|이제는?)\s+(?:[가-힣]{1,8}(?:은|는|이|가|도)?\s+){0,2}?"
                         r"(?:약\s*|무려\s*)?" + NUMBER_UNITS + r"\s*(?:원|달러|유로|엔|위안)")
# "N원 규모의 추경안을 냈으나, … 심사 과정에서 M원이 깎였다": a proposal the next words change
_PROPOSAL_BUT = re.compile(r"\s*(?:규모의|규모로|의)?\s*(?:[가-힣]+\s+)?[가-힣]*안(?:을|를)\s*"
                           r"(?:냈|제출했|올렸|상정했)(?:으나|지만|는데)[^.\n]{0,80}?" + CHANGE_VERBS
                           # "9800억원을 국회에 냈지만, 심사 과정에서 150억원이 깎였다": the amount
                           # itself sent to the body that changes it
                           + r"|\s*(?:을|를)\s*(?:[가-힣]{1,6}에\s*)?(?:냈|제출했|올렸)(?:으나|지만|는데)[^.\n]{0,80}?"
                           + CHANGE_VERBS)
# "처음 계획을 세울 때 사업비를 320억원으로 잡았지만, … 260억원으로 줄였다": the figure first set,
# where the text then gives the one it was changed to ("당초 142억원으로 편성했으나 … 168억원으로
# 조정했습니다": set in a budget, then changed)
# ("당초 2억원을 잡았으나 … 2억5000만원으로 확정됐다": the figure as the object, and the one it
# became told as decided)
_SET_BUT_CHANGED = re.compile(r"\s*(?:으로|로|을|를)\s*(?:잡|책정|계획|추산|산정|정|편성)(?:았|했|하였)(?:으나|지만|는데)"
                              r"[^.\n]{0,80}?(?:원|달러|유로|엔|위안)\s*(?:으로|로)\s*(?:다시\s*)?"
                              r"(?:" + CHANGE_VERBS + r"|확정)")
# "당초 180억원으로 잡았던 사업비를 줄이면서": a first budget the same clause says was changed
# (with 당초 before it: the amount is what the budget was, not what it became)
_SET_THEN_CHANGED = re.compile(r"\s*(?:으로|로)\s*(?:잡|책정|계획|편성|세웠|정)(?:았|했|하였)?던\s*(?:[가-힣]{1,6})(?:을|를|은|는|이|가)\s*"
                               r"(?:줄|늘|깎|삭감|감액|증액|축소|확대|조정|변경)")
# "당초 620억원이었으나", "당초 사업비는 7420억원이었으나"
# ("당초 가람도가 신청한 사업비는 1조4천억원이었으나": who and what between)
_AT_FIRST = re.compile(r"(?<![가-힣])(?:당초|애초|원래|처음에는?|최초|계획 단계(?:의|에서)?|(?:기본\s?)?계획\s?당시(?:의)?|"
                       r"(?:예타|예비타당성\s?조사)\s?당시(?:의)?)\s*(?:[가-힣]{1,6}\s+){0,3}?"
                       r"(?:약\s*)?$")
# "'곳당 3억원, 모두 30억원'은 '곳당 3천만원, 모두 3억원'이기에 바로잡습니다": a correction
# notice; the amounts of the first quotation are the wrong ones
# (several pairs: "'320억원'은 '230억원'으로, … '410억원'은 '401억원'으로 바로잡습니다"; a lookahead,
# so that each pair is found though the one before reaches over it)
# ("'426억원'이라고 쓴 것은 '246억원'의 잘못이기에 바로잡습니다": the wrong figure told as what
# was written)
_CORRECTED = re.compile(r"(?=['‘\"“]([^'’\"”\n]{1,80})['’\"”]\s*(?:(?:이)?라고\s?(?:한|쓴|적은|표기한|기재한|보도한|나간)\s?"
                        r"(?:것은|부분은|것을)|은|는|을|를)\s*['‘\"“][^'’\"”\n]{1,80}"
                        r"['’\"”]\s*(?:이기에|이므로|이어서|으로|로|이라|라)?"
                        r"(?:(?:[^.\n]{0,12}|,\s[^.\n]{0,80}?)바로잡|(?<=['’\"”])\s*의\s?잘못))")
# "총사업비를 340억원으로 안내했으나 … 실제 사업비는 430억원", "238억원으로 잘못 계산됐다": a
# figure given before and set right (_SET_RIGHT must be in the text)
# ("기금을 120억원으로 조성한다고 적었으나": what was said of it, told between)
# ("총사업비를 '650억원', 기금 융자를 '450억원'으로 적었으나": the first of two told so)
_ANNOUNCED_BUT = re.compile(r"\s*['’\"”]?\s*(?:,\s*[가-힣 ]{1,12}(?:을|를)\s*['‘\"“][^'’\"”\n]{1,30}['’\"”]\s*)?(?:으로|로)\s*(?:[가-힣]{1,6}(?:다|라)고\s*)?(?:안내|발표|공개|공지|알렸|알려|밝혔|적었|표기|기재|보도)"
                            r"[가-힣]{0,3}(?:으나|지만|는데)")
_WRONG_AFTER = re.compile(r"\s*(?:으로|로)?\s*잘못\s?(?:계산|산정|표기|발표|안내|알려|기재|집계|적)")
_SET_RIGHT = re.compile(r"실제|정정|바로잡|잘못")
# a correction notice: "사업비를 500억 원, 국비를 250억 원이라고 보도했습니다. 확인 결과 …": what
# the paper wrote before, set right in the sentences after; "'… 500억 투입' 기사에서": the wrong
# story's quoted headline
_REPORTED_THEN = re.compile(r"[^.\n]{0,40}?(?:이)?라고\s?(?:보도|적|썼|표기|기재|안내)(?:했|었|하였)[가-힣]{0,3}[.,]")
_CHECKED = re.compile(r"확인\s?결과|실제(?:로는|는)?\s|사실은")
_HEADLINE_QUOTED = re.compile(r"[^'’\"”\n]{0,30}['’\"”]\s*(?:제목의?\s*)?기사(?:에서|의|는|가|를)")
# "4. 추정가격: 1,200,000,000원(부가가치세 별도)": a contract's estimate before its award
_ESTIMATE_BEFORE = re.compile(r"(?<![가-힣])(?:추정가격|예정가격|기초금액|설계가격)\s*(?:은|는)?\s*[:：]?\s*(?:금\s*)?$")
# "(예산 9억원, 집행 8억7000만원)": the budget beside what was spent of it
_BUDGET_BEFORE = re.compile(r"(?<![가-힣])예산(?:액|현액)?\s*[:：]?\s*$")
_SPENT_NEXT = re.compile(r"\s*[,，]\s*(?:집행|집행액|지출|지출액|실집행액|결산액)\s*[:：]?\s*\d")
# "애초 알려진 400억원이 아니라 650억원에 이른다": a figure the text corrects
_NOT_BUT = re.compile(r"\s*(?:이|가)?\s*아니(?:라|고)\s")
# "올해 26조5000억원에서 12% 늘었다": the budget before a change told in per cent
_PERCENT_FROM = re.compile(r"\s*(?:에서|보다|대비|에\s?비해|과\s?비교해|와\s?비교해)\s*(?:약\s*)?\d+(?:\.\d+)?\s*(?:%|퍼센트|％)\s*"
                           r"(?:가량|정도|이상|가까이|남짓)?\s*(?:많|적|" + CHANGE_VERBS + ")")


# "5000억원→7000억원": the budget before, then after
# ("1억원 → 군의회 심사에서 전액 삭감": who cut it may stand between the arrow and its cut)
_ARROW_CUT = re.compile(r"\s*(?:→|->|⇒|➡)\s*(?:[가-힣]+\s+){0,3}?전액\s*(?:삭감|감액)|"  # "요구액 4억 5천만 원 → 전액 삭감"
                        # "'시정 홍보관 리모델링' 5억원은 … 지적에 따라 전액 삭감하였습니다"
                        r"\s*(?:은|는|을|를|이|가)\s+[^.\n\d]{0,40}?전액\s*(?:삭감|감액|깎)|"
                        # "… 예산 25억원, 시의회서 전액 삭감": a headline's or a list item's clipped cut
                        # ("- 경관조명 설치비 6억원: 전액 삭감": a list item's decision after a colon)
                        r"\s*[,:：]\s*[^.,\n\d]{0,20}?전액\s*(?:삭감|감액|깎)")
_ARROW = re.compile(r"\s*(?:→|->|⇒|➡)\s*(?:[’']?\d{2,4}년\s*|[가-힣]{1,4}\s+)?[\d약]")  # "제출 62억원 → 의결 55억원"  # "’26년 4,310억원 → ’27년 4,820억원"


# the verbs of a cut (here and in cuts.cut_without_after)
CUT_VERBS = "(?:삭감|깎|감액|잘라|잘려|잘렸|덜어)"
# "예산 120억원 가운데 45억원을 깎아 75억원으로": the budget before a cut, where the text gives
# the budget after it ("200억원 중 80억원이 삭감됐다" alone leaves the 200억원 requested to count)
# ("1조8240억원 가운데 시장 공약사업 등 42건, 186억원을 깎아 1조8054억원으로": what was cut between)
_CUT_FROM = re.compile(r"\s*(?:은|는|을|를|이|가)?\s*(?:가운데|중)\s+[^.\n]{0,30}?(?:원|달러)\s*"
                       r"(?:을|를|이|가|만)?\s*" + CUT_VERBS + r"(?:[^.\n]{0,12}?(?:원|달러)\s*"
                       r"(?:으로|로)(?!\s*인한)|[가-힣]?(?:한|된)\s+(?:약\s*)?\d)")  # … 삭감한 6400억원


# "지난해(1150억원)보다", "전년 대비 1150억원에서": last year's budget, to compare with
# "올해 7조6000억원보다 5200억원 많다", "2025년(310억원) 대비": a year's budget, to compare with
# "지난해 지원액 760억원보다"
# "지난해 발행 규모 1,200억원보다": up to two words between
# ("지난해 제1회 추경(1870억원)보다": a word may hold a number)
# "정부안(1조1,850억원)보다 국회 심의에서 150억원 늘었다": a budget as first proposed (정부안, 원안,
# 본예산, 요구안), to compare with
_LAST_YEAR_BEFORE = re.compile(r"(?:지난해|작년|전년|전년도|지난 해|재작년|올해|금년|내년|당초|"
                               r"정부안|원안|본예산|요구안|\d{4}년도?)(?:\s*[가-힣\d]{1,6}){0,2}\s*\(?\s*(?:약\s*)?$")
_COMPARED_AFTER = re.compile(r"\)?\s*(?:보다|대비|에\s*비해|(?:과|와)\s*비교|의\s*(?:\d|두|세|네|다섯)\s?배)")
# "140억원보다 35억원 줄어든", "원안 1조4870억원에서 50억원이 깎였다", "21억원 대비 15억원
# 증액된": the base a change told right
# after it is measured from ("지난해 9억5000만엔에서 2억5000만엔 늘었다": in any currency)
_THAN_BY = re.compile(r"\)?\s*(?:보다(?:는)?|에서|대비|에\s?비해)\s*(?:약\s*)?" + NUMBER_UNITS + r"(?:원|달러|유로|엔|위안)\s*"
                      r"(?:[(（][^)）\n]{0,30}[)）])?\s*(?:이|가|을|를)?\s*(?:더\s*|" + _NET + r")?"
                      r"(?:많|적|늘|줄|증가|감소|증액|감액|높|낮|웃돌|밑돌|깎|삭감|불어|불었|뛰|순감|순증)")
# "올해 예산은 3조3100억원이었다": a year's budget told in the past, in a text that compares
# ("지난해 군의 농업인 지원 예산은 109억원이었다": whose and what for between; "본예산에 담긴
# 축제 예산은 18억원이었다": the year's first budget, before a 추경 changed it)
_YEAR_BUDGET_BEFORE = re.compile(r"(지난해|작년|전년|전년도|올해|금년|\d{4}년도?|본예산)\s*(?:[가-힣\d]{1,5}\s*){0,5}?"
                                 r"(?:예산|예산액|예산안|사업비|융자액|지원액|투자액|출연금|보조금|규모)(?:은|는|이|가)\s*"
                                 r"(?:약\s*)?$")
_WAS_AFTER = re.compile(r"\s*(?:이었다|였다|이었고|였고|이었으며|였으며|이었던|였던|이었으나|였으나|이었지만|였지만)")
_COMPARED = re.compile(r"보다|대비|늘어난|늘었|늘린|늘렸|줄어든|줄었|줄인|줄였|증가|감소|증액|감액|"
                       r"(?:\d|두|세|네|다섯)\s?배")
# "지난해 … 12억원이 들었는데": what a past year spent
_PAST_YEAR = re.compile(r"(?<![가-힣])(?:지난해|작년|전년|재작년|\d{4}년|\d{1,2}년\s?전|지난\s\d{1,2}년)[^.\n]{0,36}$")
# the text tells this year's money or a plan ("… 지원을 한다고 5일 밝혔다")
# (not "나머지 5억원은 … 올해로 이월했다": the year money left over is carried into)
_THIS_YEAR = re.compile(r"(?<![가-힣])(?:올해|내년|이번|금년)(?!으?로\s?(?:[가-힣]+\s)?(?:이월|넘기|넘겼|넘긴|넘어))|"
                        r"(?:한다|하기로|키로)\s?(?:고|했다|\.)")
_NEXT_YEAR = re.compile(r"(?<![가-힣])내년")
# "당초 계획은 … 3000억원을 투자하고 … 1200억원을 대는 구조였다": the plan as it first stood
_FIRST_PLAN = re.compile(r"(?<![가-힣])(?:당초|애초|원래|기존)\s?(?:계획|구상|안|사업\s?계획)(?:은|에서는|에는|대로라면)\s")
# "9곳 신축을 전제로 짰던 처음 계획의 사업비는 250억원이었다": the first plan's budget, told in the past
_FIRST_PLAN_BUDGET = re.compile(r"(?<![가-힣])(?:당초|애초|원래|처음|최초)\s?(?:계획|구상|안)(?:의|에서의|상의?)\s?"
                                r"(?:총사업비|사업비|예산|투자액|비용|규모)(?:는|은|이|가)\s*(?:약\s*)?$")
_WAS_END = re.compile(r"(?:였|이었|었)다\s*$")
# "가온군이 2022년 310억원을 들여 지은 문화센터보다는 작은 규모다": another's project, to compare
_SPENT_COMPARED = re.compile(r"\s*(?:을|를)\s*(?:들여|들인|투입해|투입한)\s[^.\n]{0,24}?보다(?:는|도)?\s")
# "이웃한 미르시는 같은 사업에 올해 110억원을 쓰고 있다", "이웃 다온시는 비슷한 사업에
# 150억원을 들이고도": a neighbour's money for a project like this one, told to compare
_NEIGHBOUR_SAME = re.compile(r"(?<![가-힣])(?:이웃(?:한)?|인근|옆)\s?[가-힣]{1,6}(?:시|군|구|도)(?:은|는|이|가|도)\s"
                             r"[^.\n]{0,24}?(?:같은|비슷한|유사한)\s(?:[가-힣]{1,8}\s)?사업에(?:는|도)?\s[^.\n]{0,16}$")
# "- 당초: 총사업비 7억5000만원" over "- 정정: 총사업비 6억8000만원": a field of the figure before
_BEFORE_FIELD = re.compile(r"^[ \t]*(?:(?:" + FIELD_MARK + r"|※)\s*)?(?:당초|정정\s?전|변경\s?전|수정\s?전|종전|기존)\s*[:：]\s*"
                           r"(?:[가-힣]+\s*){0,3}(?:[:：]\s*)?$", re.MULTILINE)
# "경쟁사가 2년 전 비슷한 공장에 7000억원을 들인 것과 비교하면": another's money, to compare
_COMPARED_WITH = re.compile(r"\s*(?:을|를)\s*(?:들인|들였던|투자한|투입한|쓴)\s*(?:것과|것에)\s*(?:비교|견주|비하)")
# "지난해 미국 공장에도 7억 달러를 투자한 바 있다": money of the past, told as background
_DONE_BEFORE = re.compile(r"\s*(?:을|를|이|가)\s*[가-힣]{1,5}(?:한|된|했던)\s바\s?(?:있|가\s있)")
_SPENT_AFTER = re.compile(r"\s*(?:이|가|을|를)?\s*(?:들었|들어갔|쓰였|썼|쓴\s바|투입한\s바|지원한\s바|투입됐|투입했|집행됐|집행했|지원했|"
                          r"지원됐|받았)")


# "… 첫째 200만원, 둘째 300만원으로 올린다. 지금은 … 100만원을 준다": what is paid now, before the
# change the sentence before tells
_NOW_OPENING = re.compile(r"\s*(?:지금은|현재는|지금까지는|그동안은|기존에는|종전에는)\s")
_CHANGED_TO_VERB = re.compile(r"\d\s*(?:[조억만천]\s*)?원\s*(?:으로|로)\s*(?:올린다|올리기로|인상한다|인상하기로|"
                              r"늘린다|늘리기로|높인다|높이기로|낮춘다|낮추기로|줄인다|줄이기로|내린다|내리기로)")


def _was_then_now(text: str, end: int) -> bool:
    """The amount ending at ``end`` is told as what a figure was (…이었는데) and its sentence gives
    what it is now (지금은 3,800억 원): the budget before, as 당초 before it would say."""
    m = _WAS_BUT.match(text, end)
    return m is not None and _NOW_AMOUNT.match(text, m.end()) is not None


def _now_before_change(text: str, start: int, end: int) -> bool:
    """The amount's sentence opens by 지금은 (현재는) right after a sentence that changes a figure
    to another (…으로 올린다): what it is now, before that change."""
    lo = sentence(text, start, end)[0]
    return _NOW_OPENING.match(text, lo) is not None and \
        _CHANGED_TO_VERB.search(text, sentences_back(text, lo, 1), lo) is not None


# (asked of one amount by several passes of models.export.restated; a pure function of its text)
@per_text
def change_cue(text: str, start: int, end: int) -> str | None:
    """"change": the amount is a budget's increase or cut; "before": the budget before a change
    given in the same sentence, or last year's given to compare (in a table too: a 전년 or 증감
    column); "claim": a figure someone claims that the text sets right or calls baseless;
    "floated": one of several options talked of (여러 안이 거론될 뿐); None: none of these."""
    if (column := table_role(text, start)) in ("before", "change", "unspent"):
        return column
    if _CHANGE_AFTER.match(text, end) or _change_named_before(text, start) or \
            _CHANGE_IN_BRACKET.search(text, max(0, start - 14), start) or \
            _CHANGE_ITEMS_IN_BRACKET.search(text, max(0, start - 60), start):
        return "change"
    if _PROPOSED_BEFORE.search(text, max(0, start - 16), start) and _DECIDED.search(text, end):
        return "before"  # "○ 집행부 제출안: 1조 2,480억원 … ○ 최종 의결: 1조 2,443억원"
    if (_ANNOUNCED_BUT.match(text, end) or _WRONG_AFTER.match(text, end)) and _SET_RIGHT.search(text):
        return "before"
    if _has_correction(text) and ((told := _REPORTED_THEN.match(text, end)) is not None and _CHECKED.search(
            text, told.end(), sentences_ahead(text, told.end(), 1)) or _HEADLINE_QUOTED.match(text, end)
            and in_quote(text, start, single=True)):
        return "before"  # a correction's "…라고 보도했습니다. 확인 결과 …", "'…' 기사에서"
    if _SPENT_NEXT.match(text, end) and _BUDGET_BEFORE.search(text, max(0, start - 8), start) \
            or _ESTIMATE_BEFORE.search(text, max(0, start - 12), start):
        return "before"
    if _BEFORE_FIELD.search(text, max(0, text.rfind("\n", 0, start) + 1), start):
        return "before"
    if _now_before_change(text, start, end):
        return "before"  # "… 셋째 이상 500만원으로 올린다. 지금은 … 100만원을 준다"
    if _NEIGHBOUR_SAME.search(text, max(0, start - 70), start) or _COMPARED_WITH.match(text, end):
        return "compared"
    if _FLOATED_AFTER.match(text, end):
        return "floated"
    if CLAIM_BUT.match(text, end) or claim_refuted(text, end) or BASELESS_AFTER.match(text, end) \
            or report_answered(text, start) or DENIED_AFTER.match(text, end) \
            or denied_later(text, start, end) or FIGURE_DENIED.match(text, end) \
            or QUOTE_REFUTED.match(text, end) and in_quote(text, start, single=True) \
            or _claim_named_again(text, start, end) or checked_claim(text, start, end):
        return "claim"  # "\"실제 비용은 1930억원\"이라고 주장했지만, 이는 …": a claim the text sets right
    if (taken := not_taken(text, start, end)) is not None:
        return taken  # a request refused ("…달라고 요청했지만 … 받아들이지 않았다"), a figure never considered
    if _MORE_COST_AFTER.match(text, end):
        return "change"  # (a claim first: "3000억원이 더 든다는 말은 사실이 아니다")
    if text.startswith("에서", end) and _AT_FIRST.search(text, max(0, start - 30), start):
        return "before"  # "당초 요구 총사업비 1조3200억원에서 … 720억원 감액"
    if _EARLIER_AFTER.match(text, end) or _PLAN_DROPPED.match(text, end) or \
            _plan_dropped_near(text, start, end) or \
            _SET_BUT_CHANGED.match(text, end) or _PROPOSAL_BUT.match(text, end) or \
            _STARTED_BUT.match(text, end) and _AT_FIRST.search(text, max(0, start - 30), start) and \
            _NOW.search(text, end, sentences_ahead(text, end, 2)) or \
            _corrected(text, start, end) or (_WAS_BUT.match(text, end) or _SET_THEN_CHANGED.match(text, end)) \
            and _AT_FIRST.search(text, max(0, start - 30), start) or _was_then_now(text, end):
        return "before"  # … "당초 620억원이었으나 … 710억원으로 변경됐다": the budget as first set
    if _CHANGED_FROM.match(text, end) or _FROM_TO_COMMA.match(text, end) or _ARROW.match(text, end) \
            or _ARROW_CUT.match(text, end) \
            or _CUT_FROM.match(text, end) \
            or _PERCENT_FROM.match(text, end) or _NOT_BUT.match(text, end):
        return "before"
    if (bracket := _YEAR_IN_BRACKET.search(text, max(0, start - 10), start)) is not None and \
            _earlier_than_line(text, start, int(bracket.group(1))):
        return "before"  # "2026년 예산: 4,860백만원(2025년 4,200백만원)": the year before's
    if _COMPARED_AFTER.match(text, end) and \
            _LAST_YEAR_BEFORE.search(text, max(0, start - 20), start) or _THAN_BY.match(text, end):
        return "before"
    year = _YEAR_BUDGET_BEFORE.search(text, max(0, start - 40), start) \
        if _WAS_AFTER.match(text, end) else None
    if year is not None and year.group(1) != "올해":
        return "before"  # "지난해 예산은 1억8천만원이었다": the year before's
    past = _PAST_YEAR.search(text, max(0, start - 40), start) if _SPENT_AFTER.match(text, end) \
        else None
    if past is not None and _THIS_YEAR.search(text):
        return "before"  # "올해 축제에 … 지난해 축제에는 8억원이 들었다": the year before's
    if year is not None and _NEXT_YEAR.search(text, max(0, start - 80), start):
        return "before"  # "내년 예산에는 520억원이 반영됐으며, 올해 관련 예산은 410억원이었다"
    if _DONE_BEFORE.match(text, end) and _PAST_YEAR.search(text, max(0, start - 30), start) \
            or _SPENT_COMPARED.match(text, end):
        return "before"
    if _FIRST_PLAN_BUDGET.search(text, max(0, start - 24), start) and _WAS_AFTER.match(text, end):
        return "before"
    if _FIRST_PLAN.search(text, max(0, start - 300), start):  # rare: look at the sentence then
        lo, hi = sentence(text, start, end)
        opening = lo + len(text[lo:start]) - len(text[lo:start].lstrip())  # its first word
        if _FIRST_PLAN.match(text, opening) and _WAS_END.search(text, end, hi):
            return "before"
    if (year is not None or past is not None) and _COMPARED.search(text):
        # "올해 예산은 3조3100억원이었다", "지난해 비슷한 영상 제작에 12억원이 들었는데": what
        # this year's or next year's is compared with
        return "before"
    return None


# "8.2% 늘어난 1조2600억원", "35억원 늘어난 155억원": the change is named; this is the budget after
# "1800억원(3.5%) 늘어난 5조3900억원": its per cent in brackets after the change
# "4억원이 늘어난 16억5천만원으로": the change as the subject
_BY_HOW_MUCH = re.compile(r"(?:\d|%|％|퍼센트|원|달러|배|만큼)\s*(?:[(（][^()（）\n]{1,12}[)）])?"
                          r"\s*(?:(?<=원|러)(?:이|가|을|를)\s*)?$")  # "6억원을 증액한 24억원": the sum after it


_YEAR_IN_BRACKET = re.compile(r"원\s*[(（]\s*((?:19|20)\d{2})년도?\s*(?:예산|본예산)?\s*(?:약\s*)?$")
_LINE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})년")


def _earlier_than_line(text: str, start: int, year: int) -> bool:
    """A year named earlier on the line of ``start`` is later than ``year``."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return any(int(m.group(1)) > year for m in _LINE_YEAR.finditer(line))


def _change_named_before(text: str, start: int) -> bool:
    m = _CHANGE_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and not _BY_HOW_MUCH.search(text, max(0, m.start() - 20), m.start())


@per_text
def _has_correction(text: str) -> bool:
    """The text holds a correction notice (asked once per text, not once per amount)."""
    return "바로잡" in text


def _corrected(text: str, start: int, end: int) -> bool:
    """The amount stands in the wrong words a correction notice quotes ("바로잡습니다")."""
    if not _has_correction(text):
        return False
    return any(m.start(1) <= start and end <= m.end(1)
               for m in _CORRECTED.finditer(text, max(0, start - 90), min(len(text), end + 200)))


# "당초 45억원이던 사업비는 … 12억원 늘었다": the budget as it was, then the size of its change
# ("본예산에 25억원이 잡혀 있었는데 추경에서 7억원이 깎였다": the budget as it stood, told as set)
_WAS_THEN = re.compile(r"\s*(?:이던|이었던|였던)\s|\s*(?:이|가)\s*(?:잡혀|편성돼|편성되어|책정돼|책정되어|반영돼|반영되어)\s?"
                       r"있었(?:는데|으나|지만)\s")


def grown_from(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
               ) -> dict[int, int]:
    """A budget told as it was (…이던) with the size of its change later in its sentence, where
    another counted amount of the text is the one the change makes of it exactly (a release's
    field "총사업비: 57억원" above it): index → index of the amount it became. ``amounts``:
    (start, end, counted value or None, currency, value as written)."""
    out: dict[int, int] = {}
    for i, (start, end, value, currency, written) in enumerate(amounts):
        if value is None or written is None or not _WAS_THEN.match(text, end):
            continue
        hi = sentence(text, start, end)[1]
        size = next((a[4] for a in amounts[i + 1:] if a[0] < hi and a[3] == currency and a[4]
                     and change_cue(text, a[0], a[1]) == "change"), None)
        if size is None:
            continue
        became = next((j for j, a in enumerate(amounts) if j != i and a[2] and a[3] == currency
                       and (adds_up(a[2], written + size) or adds_up(a[2], written - size))), None)
        if became is not None:
            out[i] = became
    return out


def size_told_first(text: str, amounts: list[tuple[int, int, float | None, str, float | None]]
                    ) -> dict[int, tuple[int, int]]:
    """An amount told before the change it makes, given after as the budgets before and after
    ("1조2380억원 규모의 추경안을 편성했다. … 본예산 10조5000억원에서 11조7380억원으로 늘어난다"):
    the after figure holds it, so it is that change's size. In the amount's sentence or the
    next, the budget after the next counted amount past the one before: index → (index of the
    budget before, index of the one after). ``amounts``: (start, end, counted value or None,
    currency, value as written). Not in a table: a row's cells may differ by another row's
    cell by chance ("1,070 | 1,310" under "210 | 240"), and a table's change is its 증감 column."""
    out: dict[int, tuple[int, int]] = {}
    for i, (start, end, value, currency, written) in enumerate(amounts):
        if value is None or written is None or on_table_row(text, start):
            continue
        hi = sentences_ahead(text, end, 1)
        for b in range(i + 1, len(amounts)):
            s, e, _v, c, before = amounts[b]
            if s >= hi:
                break
            if before is None or c != currency or change_cue(text, s, e) != "before":
                continue
            a = next((k for k in range(b + 1, min(b + 3, len(amounts))) if amounts[k][2] is not None), None)
            after = amounts[a][4] if a is not None else None
            if a is not None and after is not None and amounts[a][3] == currency \
                    and adds_up(written, abs(after - before)):
                out[i] = (b, a)
                break
    return out
