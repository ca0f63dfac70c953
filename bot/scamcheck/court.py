"""Court names and case numbers checked against the structure the PRC courts really use.

No list of fake courts: a name passes when it has the shape of a real one.
- 最高人民法院 (and its 巡回法庭);
- a place with its administrative suffix, then 高级/中级/第N中级 or nothing, then 人民法院:
  北京市高级人民法院, 北京市第一中级人民法院, 上海市浦东新区人民法院, 成都市武侯区人民法院;
- a city's special court: 北京金融法院, 杭州互联网法院, 上海海事法院, 北京知识产权法院,
  北京铁路运输法院 (never "中国/国家/全国/国际" courts: those do not exist);
- 军事法院 of the PLA.
A sender line may add a department (执行局, 立案庭, 民一庭, 诉讼服务中心, …人民法庭); anything
else after the name ("执行中心专线", "执行专员") is not how a court signs.

Case numbers: （2026）京0105民初123号 — the year in round brackets, the province's one-character
abbreviation (or 最高法), the court's code, the case type, the serial number, 号.
"""

from __future__ import annotations

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.scamcheck.places import basic_court_seat, gazetteer, place_exists, spoken_place_exists

_CJK = r"\u4e00-\u9fff"
_ADMIN = r"(?:省|市|自治区|特别行政区|自治州|州|盟|地区|新区|区|县|自治县|旗|自治旗|林区|特区)"
_PLACE_COURT_RE = re.compile(
    rf"^(?P<place>(?:[{_CJK}]{{1,16}}?{_ADMIN})+)(?P<level>高级|(?:第[一二三四五六七八九十]+)?中级|"
    rf"第[一二三四五六七八九十]+)?人民法院$"  # 东莞市第一人民法院: a city without districts
)
_SPECIAL_COURT_RE = re.compile(
    rf"^(?P<city>[{_CJK}]{{2,4}}?)(?P<kind>金融|互联网|海事|知识产权|铁路运输)法院$"
)
# The financial and internet courts are few and known by city (the others are many).
_ONLY_IN = {"金融": ("上海", "北京", "成渝"), "互联网": ("杭州", "北京", "广州")}
_ONLY_IN_EN = {
    "financial": ("shanghai", "beijing", "chengdu-chongqing", "chengyu"),
    "internet": ("hangzhou", "beijing", "guangzhou"),
}
_NOT_A_CITY = re.compile(r"中国|中华|国家|全国|国际|中央|人民|最高")
_OTHER_REAL_RE = re.compile(
    r"^最高人民法院(?:第[一二三四五六七八九十]+巡回法庭)?$|^中国人民解放军[\u4e00-\u9fff]{0,12}军事法院$|"
    # Hong Kong, Macau and Taiwan courts have their own names.
    r"^(?:香港(?:特别行政区)?)?(?:终审|高等|区域|裁判|家事|小额钱债)法院$|^澳门[\u4e00-\u9fff]{0,6}法院$|"
    r"^(?:台湾|台湾省)?[\u4e00-\u9fff]{0,4}(?:地方|高等|少年及家事|行政|智慧财产及商业)法院$|^最高法院$"
)
_DEPARTMENT_RE = re.compile(
    rf"^(?:执行局|执行庭|立案庭|立案大厅|诉讼服务中心|审判管理办公室|"
    rf"(?:民事|刑事|行政)?(?:审判)?第?[一二三四五六七八九十]*(?:民事|刑事|行政)?审判庭|"
    rf"民[一二三四五六七八九十]庭|[{_CJK}]{{1,6}}人民法庭|第[一二三四五六七八九十]+巡回法庭)?$"
)

_NAMEISH_RE = re.compile(
    rf"{_ADMIN}|金融|互联网|仲裁|执行|国家|中国|全国|国际|最高|海事|知识产权|铁路|军事|经济|商事|"
    r"网贷|网络|债务|纠纷|民事|信贷|借贷|清理|清欠|调解|催收|征信"
)
# A name as written: the characters before 法院 back to the first that cannot be part of one.
_STOP = "说是被受的到至在向给了我你他她从去找让叫称和与由经过这那个条则封份收发加领寄自系录员请"  # 受: "受…法院委派"
_MENTION_RE = re.compile(rf"([{_CJK}]{{0,32}})法院([{_CJK}]{{0,12}})")
_QUOTED_RE = re.compile(r"[【「“\"『\[]([^】」”\"』\]]{2,40})[】」”\"』\]]")


# A place left out on purpose ("【某区人民法院】", "××市"): nothing to look up.
_PLACEHOLDER_RE = re.compile(r"某|[×xX*＊○〇]")


# The municipalities' numbered intermediate courts: 北京 has 第一 to 第四, 上海 and 天津 第一 to
# 第三, 重庆 第一 to 第五; "北京市第五中级人民法院" does not exist.
_NUMBERED_INTERMEDIATE = {"北京": 4, "上海": 3, "天津": 3, "重庆": 5}
_CN_ORDINAL = "一二三四五六七八九十"


# Districtless cities number their basic courts: 东莞 第一 to 第三, 中山 第一 and 第二.
_NUMBERED_BASIC = {"东莞": 3, "中山": 2}


def _numbered_basic_exists(place: str, level: str | None) -> bool:
    if not level or not level.startswith("第") or level.endswith("中级"):
        return True
    most = _NUMBERED_BASIC.get(place.removesuffix("市"))
    if most is None:
        # the four municipalities are all districts: their basic courts are the districts'
        # ("上海市第一人民法院" names none; 上海市第一中级人民法院 is the intermediate court)
        return place.removesuffix("市") not in ("北京", "上海", "天津", "重庆")
    n = level[1:]
    return len(n) == 1 and _CN_ORDINAL.index(n) + 1 <= most


def _numbered_intermediate_exists(place: str, level: str | None) -> bool:
    if not level or not level.startswith("第") or not level.endswith("中级"):
        return True
    city = place.removesuffix("市")
    most = _NUMBERED_INTERMEDIATE.get(city)
    if most is None:
        # a province may number its intermediate courts (海南省第一中级人民法院); a city other
        # than the four municipalities has one intermediate court, unnumbered (昆明市第五中级: none)
        return not place.endswith("市")
    n = level[1:-2]
    return len(n) == 1 and _CN_ORDINAL.index(n) + 1 <= most


# A county-level place (a district, a county, a banner), which seats a basic court only; not a
# new area (雄安新区), a prefecture (阿克苏地区) or a forest area (神农架林区), which have
# intermediate courts of their own.
_COUNTY_LEVEL_RE = re.compile(r"(?<!新|地|林|治|特)区$|县$|旗$")


def real_court_name(name: str) -> bool:
    """Whether `name` (ending in 法院) has the shape of a real PRC court's name."""
    name = name.removeprefix("中华人民共和国")  # the formal heading of any court's name
    if _OTHER_REAL_RE.match(name):
        return True
    placed = _PLACE_COURT_RE.match(name)
    if placed:  # the shape of a real name, and a place that exists (places.py)
        place = _city_suffixed(placed["place"])
        if _PLACEHOLDER_RE.search(place):
            return True
        # With no level (高级, 中级), the court is a basic one: it sits in a district, a county or
        # a city without districts. "昆明市人民法院", "广东省人民法院" name no court.
        if not _numbered_intermediate_exists(place, placed["level"]) or not _numbered_basic_exists(
            place, placed["level"]
        ):
            return False
        level = placed["level"] or ""
        if level and _COUNTY_LEVEL_RE.search(place):
            return False  # "西城区中级人民法院": intermediate and higher courts sit in cities
        if level.startswith("第") and not level.endswith("中级") and not place.endswith("市"):
            return (
                False  # numbered basic courts are a districtless city's (东莞市第一), no district's
            )
        return place_exists(place) and (placed["level"] is not None or basic_court_seat(place))
    special = _SPECIAL_COURT_RE.match(name)
    if special is None or _NOT_A_CITY.search(special["city"]) or "第" in special["city"]:
        return False
    only = _ONLY_IN.get(special["kind"])
    return only is None or special["city"].removesuffix("市") in only


def _city_suffixed(place: str) -> str:
    """The place as the gazetteer names it when the city's 市 was left out before a district
    ("贵阳观山湖区" → "贵阳市观山湖区"); else the place as written."""
    if place_exists(place):
        return place
    return gazetteer().with_city_suffix(place) or place


def spoken_court_name(name: str) -> bool:
    """A real court as people name it in speech, without 人民: "思明区法院", "南明区法院",
    "杭州市中级法院" (a place that exists and a level, or a basic court's seat); also a city and
    a district with their suffixes dropped: "广州天河法院" (广州市天河区), "深圳南山法院"."""
    if name.endswith("人民法院") or not name.endswith("法院"):
        return False
    if real_court_name(name[:-2] + "人民法院"):
        return True
    place = name[:-2]
    if _PLACEHOLDER_RE.search(place) or "第" in place:
        return False
    if place.endswith("中级"):  # "杭州中级法院": a city's intermediate court, its suffix dropped
        return gazetteer().spoken_city(place[:-2])
    return "高级" not in place and spoken_place_exists(place)


def _trim(before: str) -> str:
    """The tail of `before` that can be a place name (自治区/自治州 protected from the 自 stop)."""
    protected = before.replace("自治", "\0\1")
    cut = max(protected.rfind(c) for c in _STOP)
    return protected[cut + 1 :].replace("\0\1", "自治")


# A court named by its role in the case ("执行法院", "受理法院", "原审法院"), after any verb.
_ROLE_COURT_RE = re.compile(
    r"(?:执行|受理|管辖|审理|原审|一审|二审|再审|上级|下级|当地|作出判决的?)法院$"
)


def _place_ends_at(text: str, i: int) -> bool:
    """Whether a place's name (2 to 4 characters) ends at position `i` of `text`."""
    names = (text[j:i] for j in range(max(0, i - 4), i - 1))
    return any(place_exists(n) or place_exists(n + "市") or place_exists(n + "省") for n in names)


def _real_longer_name(before: str) -> bool:
    """Whether a longer tail of `before` than _trim keeps names a real court: a place whose
    name holds a stop character ("大庆市让胡路区人民法院", 让 cut as "let")."""
    # A tail after a stop, or after any words that do not end in a place ("上面写福建省厦门市思明区
    # 人民法院"); a place right before keeps its say ("杭州天河法院" is no court in Hangzhou).
    cuts = _STOP + "上要想"  # also after a verb of going: "下个月要上区域法院"
    for i in range(len(before)):
        tail = before[i:] + "法院"
        if not (real_court_name(tail) or spoken_court_name(tail)):
            continue
        # (the gazetteer is asked only for a tail that names a real court)
        if i == 0 or before[i - 1] in cuts or not _place_ends_at(before, i):
            return True
    return False


# Arbitration is done by commissions (广州仲裁委员会) and a few centres (上海国际仲裁中心);
# none is about online loans: "网络金融仲裁院", "互联网仲裁中心" are made up.
_FAKE_ARBITRATION_RE = re.compile(
    rf"[{_CJK}]{{0,10}}(?:网络|互联网|网贷|金融|借贷|债务|催收|全国)[{_CJK}]{{0,6}}仲裁(?:院|中心|庭|法院)"
)


# Departments no court has: "网贷清理办公室", "征信修复中心", "债务处理部".
_LOAN_DEPARTMENT_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,3}?(?:网贷|网络借贷|网路借贷|借贷|清理|清欠|催收|征信|债务|逾期|不良记录|联络|对接)"
    r"[\u4e00-\u9fff]{0,4}?(?:办公室|中心|部门|部|处|科|小组|专线|委员会|庭|局)"
)


# An authority's name with a line of debt business under it: a national body that signs like a
# court's enforcement ("全国网贷清理执行中心", "中国互联网债务处置中心"), a regulator's or the police's
# unit for loans ("公安部资金清查中心", "天津市公安局网贷犯罪侦查科", "国家反诈中心债务部", "央行征信修复中心").
# Courts enforce, each for its own place; authorities regulate and investigate, the police by kinds
# of crime; none has a unit that collects, clears or repairs anyone's debts or records. The credit
# reference centre itself (中国人民银行征信中心) is real and is left to the channel check.
_AUTHORITY_PREFIX = (
    r"全国|中国|国家|中华|中央|央行|人民银行|人行|银保监会?|金融监管总局|金融监督管理总局|反诈(?:骗)?中心|"
    r"公安部|公安厅|公安分局|公安局|派出所|警察局|警署|经侦|刑侦|大陆公安|海峡两岸|两岸|国际刑警|律政司|"
    # a province, region or city claiming one ("新疆自治区征信管理中心", "广东省网贷清理办公室")
    rf"[{_CJK}]{{2,6}}?(?:省|自治区|特别行政区|市)(?!人民法院|中级|高级)"
)
_DEBT_BUSINESS = r"债务|网贷|借贷|征信|清收|催收|清理|清欠|清除|修复|资金清查|清查|清退|逾期|欠款|欠债|追债|讨债|追讨"
# How an office signs: "…中心", "…办公室", "…专班" (a trade association, 行业协会, is not one).
_OFFICE = r"(?:中心|部|处|科|局|办公室|办|总队|支队|大队|中队|委员会|(?<!行业)协会|专班|小组|组|驻台办事处|办事处)"
_AUTHORITY_DEBT_BODY_RE = re.compile(
    rf"(?:{_AUTHORITY_PREFIX})[{_CJK}]{{0,8}}?(?:{_DEBT_BUSINESS})[{_CJK}]{{0,6}}?{_OFFICE}|"
    # a body across the strait or abroad that "mediates" loans ("两岸金融调解协会"): none does
    r"(?:海峡两岸|两岸|国际|跨境)[\u4e00-\u9fff]{0,6}?调解[\u4e00-\u9fff]{0,4}?(?:中心|协会|委员会|办公室|处)|"
    # the mainland's police or courts with an office across the strait or in Hong Kong: none has one
    rf"(?:公安|警察|警方|法院|检察院)[{_CJK}]{{0,4}}?驻(?:台湾?|港|香港|澳门?)[{_CJK}]{{0,4}}?(?:办事处|办公室|分局|代表处|联络处)"
)
_REAL_AUTHORITY_RE = re.compile(
    r"^(?:中国)?人民银行征信中心(?:[\u4e00-\u9fff]{0,4}分中心)?$|^征信中心$|"
    # a central-bank branch's own credit office: "人民银行广州分行征信管理处"
    r"^(?:中国)?人民银行[\u4e00-\u9fff]{2,8}?(?:分行|支行|营业管理部)[\u4e00-\u9fff]{0,4}?征信[\u4e00-\u9fff]{0,4}$|^(?:国家)?金融监督管理总局[\u4e00-\u9fff]{0,6}(?:监管局|分局)$"
)
# The same in English: "Debt Collection Authority of China", "Guangxi Provincial Bureau of Debt
# Crimes", "Interpol China Debt Bureau", "Credit Reference Center Repair Service".
_EN_AUTHORITY_DEBT_RE = re.compile(
    r"\b(?:debts?|loans?|lending|arrears)\s+(?:\w+\s+){0,2}?(?:authority|bureau|administration|agency|"
    r"commission|police|crimes? (?:bureau|unit|division|department|squad))\b|"
    r"\bcredit\s+(?:\w+\s+){0,2}?(?:authority|police|crimes? (?:bureau|unit|division|department|squad))\b|"
    r"\b(?:bureau|authority|administration|department|division|unit|office) of (?:\w+\s+)?(?:debts?|loans?|lending|"
    r"arrears|credit)\b|\binterpol\b[^.]{0,20}\b(?:debts?|loans?|credit)\b|"
    r"\bcredit (?:reference |reporting )?(?:cent(?:er|re) )?(?:repair|cleaning|clearing|removal) (?:service|cent(?:er|re)|office|bureau)\b|"
    r"\beconomic crimes? police bureau\b|"
    # the police's (or the immigration police's) unit for debts: "Wuhan Immigration Police Debt
    # Department", "Public Security Loan Recovery Unit"
    r"\b(?:police|immigration|public security|procuratorate)\s+(?:\w+\s+){0,1}?(?:debts?|loans?|arrears|credit)\s+"
    r"(?:\w+\s+)?(?:department|division|unit|squad|section|team|office|bureau)\b|"
    # a state body that recovers or clears debts ("Global Debt Recovery Bureau of China",
    # "National Loan Clearing Center")
    r"\b(?:national|china|chinese|global|international|state|central|people'?s)\s+(?:\w+\s+){0,2}?"
    r"(?:debts?|loans?|lending|credit|arrears)\s+(?:recovery|clearing|clearance|enforcement|collection|"
    r"settlement|repair|disposal)\s+(?:bureau|center|centre|office|authority|administration|agency|commission)\b|"
    # ... or that mediates or oversees them ("National Debt Mediation Committee", "China Credit
    # Repair Bureau"); the PBoC's Credit Reference Center is real
    r"\b(?:national|china|chinese|global|international|state|central|cross-strait)\s+(?:\w+\s+){0,2}?"
    r"(?:debts?|loans?|lending|credit|arrears)\s+(?!reference|reporting)(?:\w+\s+)?(?:bureau|committee|council|"
    r"commission|association|authority|administration)\b|"
    # a debt body "of China" ("International Credit Bureau of China", "Loan Mediation Office of China")
    r"\b(?:debts?|loans?|lending|credit|arrears)\s+(?!reference|reporting)(?:\w+\s+)?(?:bureau|committee|council|"
    r"commission|association|authority|office|center|centre|agency) of (?:the )?(?:prc|china)\b"
    r"(?!\s+(?:merchants|construction|everbright|minsheng|citic|development|guangfa|zheshang|industrial))"
)


# A sender or a name in brackets that is a bare office for clearing loans or records, with no
# lender's name in it ("【网贷清查办公室】", "「征信清除中心」"): an office of whom? A lender's own
# collections department signs with the lender's name. (Narrower than _DEBT_BUSINESS + _OFFICE:
# what is cleared, then the clearing, so "债务优化中心" or a quoted "债务重组", sold services, are not
# read as authorities.)
_BARE_DEBT_OFFICE_RE = re.compile(
    rf"^[{_CJK}]{{0,4}}?(?:网贷|网络借贷|借贷|债务|征信|不良记录|逾期)[{_CJK}]{{0,4}}?"
    rf"(?:清查|清理|清收|清欠|清除|清退|修复|处置|处理|核查|稽查|管理)[{_CJK}]{{0,2}}?"
    r"(?:办公室|中心|办|局|处|科|小组|组|委员会)$"
)
_LENDER_WORD_RE = re.compile(
    r"银行|公司|金融|消费|小贷|平台|集团|信用卡|律师|事务所|支付|花呗|借呗|白条"
)


# Units no court, authority or card network has, by what they are said to do:
# - an enforcement squad ("谯城区执行大队", "催收执行队"): courts enforce through their 执行局 and
#   执行庭; squads (大队, 支队) are how the police and city inspectors (执法, not 执行) are organised;
# - a court's office for its list or for lifting it, by the courts' short names ("最高法失信执行处",
#   "最高法限高解除办公室", "省高院黑名单中心"): listing and lifting are orders of the court that
#   enforces the case, not an office one calls;
# - a card network's or a "card" office that watches risk or freezes cards ("中国银联风险控制中心",
#   "银行卡冻结管理中心", "UnionPay Risk Control Center"): the issuing bank speaks for a card.
_MADE_UP_UNIT_RE = re.compile(
    rf"[{_CJK}]{{0,10}}?执行(?:总队|支队|大队|中队|小队|队)(?![长员])|"
    rf"(?:最高法|高院|中院)(?:院)?[{_CJK}]{{0,2}}?(?:失信|限高|限消|限制消费|黑名单|催收|征信)[{_CJK}]{{0,4}}?"
    r"(?:办公室|中心|部|处|科|小组|委员会|局)|"
    rf"(?:中国)?银联[{_CJK}]{{0,6}}?(?:风险|风控|安全|冻结|黑名单)[{_CJK}]{{0,4}}?(?:中心|部|处|科|办公室|局)|"
    rf"(?:银行卡|账户|资金)(?:冻结|解冻|风控|安全)(?:管理|处置|监管)?(?:中心|局|处|办公室)|"
    r"\bunionpay\s+(?:\w+\s+){0,2}?(?:risk|security|freez\w*|blacklist)\s+(?:\w+\s+)?"
    r"(?:center|centre|department|office|bureau|division)\b"
)


def made_up_agencies(s: str) -> list[str]:
    """Authority-shaped names in the (normalised) text that no authority has."""
    found = [
        m.group(0)
        for m in _AUTHORITY_DEBT_BODY_RE.finditer(s)
        if not _REAL_AUTHORITY_RE.match(m.group(0))
    ]
    found += [m.group(0) for m in _MADE_UP_UNIT_RE.finditer(s)]
    found += [
        m.group(1)
        for m in _QUOTED_RE.finditer(s)
        if _BARE_DEBT_OFFICE_RE.match(m.group(1).strip())
        and not _LENDER_WORD_RE.search(m.group(1))
        and not _REAL_AUTHORITY_RE.match(m.group(1).strip())
    ]
    return found + [m.group(0) for m in _EN_AUTHORITY_DEBT_RE.finditer(s)]


# A 法庭 standing on its own: real ones are a court's own (…人民法院民一庭, 最高人民法院第一巡回法庭)
# or a basic court's dispatched tribunal named for its town (永和人民法庭). One named for a line of
# business ("西宁市城中区互联网法庭", "福建省网贷清理法庭", "昆明市金融仲裁法庭") sits nowhere.
_TRIBUNAL_MENTION_RE = re.compile(rf"([{_CJK}]{{0,24}})法庭")
_BUSINESS_RE = re.compile(
    r"金融|互联网|网贷|网络|网上|在线|仲裁|债务|借贷|清理|清欠|催收|征信|信贷|信用|逾期|全国|国家|中国|国际|经济"
)


def made_up_tribunals(s: str) -> list[str]:
    """法庭 names in the (normalised) text that are no court's tribunal."""
    fakes: list[str] = []
    for m in _TRIBUNAL_MENTION_RE.finditer(s):
        if "法院" in m.group(1):
            continue  # a court's own tribunal: the court's name is checked on its own
        name = _trim(m.group(1))
        if name.endswith(("人民", "巡回")) or _PLACEHOLDER_RE.search(name):
            continue
        if _BUSINESS_RE.search(name):
            fakes.append(name + "法庭")
    return fakes


# What a court does right after it is named as a sentence's subject ("法院委派她", "法院已经立案").
_SUBJECT_VERB_RE = re.compile(
    r"委派|委托|通知|已经|已|会|将|要|让|叫|判|发|寄|派|立案|受理|审理|安排|指派"
)


def _names_real_court(s: str) -> bool:
    return any(
        real_court_name(_trim(m.group(1)) + "法院") or _real_longer_name(m.group(1))
        for m in _MENTION_RE.finditer(s)
    )


def fake_court_names(s: str) -> list[str]:
    """Court names in the (normalised, simplified) text that no real court has.

    Sender lines and quotations (【…】, “…”, 「…」) are read whole, so a department after the
    name is checked too; a bare "法院" or "人民法院在线服务" names no court and is skipped."""
    fakes: list[str] = []
    quoted_spans: list[tuple[int, int]] = []
    for q in _QUOTED_RE.finditer(s):
        inner = q.group(1).strip()
        m = re.fullmatch(rf"([{_CJK}]*?法院)([{_CJK}]*)", inner)
        if not m:
            continue
        quoted_spans.append(q.span())
        name, rest = m.group(1), m.group(2)
        if _LOAN_DEPARTMENT_RE.match(rest):
            fakes.append(inner)  # "【香港高等法院债务部】", "…网路借贷专庭": no court has one
            continue
        if not _NAMEISH_RE.search(name[:-2]):
            continue  # 【法院通知】: no court named (the channel check covers it)
        if not real_court_name(name) or not _DEPARTMENT_RE.match(rest):
            fakes.append(inner)
    for m in _MENTION_RE.finditer(s):
        if any(a <= m.start() < b for a, b in quoted_spans):
            continue
        name = _trim(m.group(1)) + "法院"
        if name.endswith("微法院"):
            continue  # "广州微法院", "移动微法院": the courts' WeChat service, an official channel
        if len(name) > 4 and _LOAN_DEPARTMENT_RE.match(m.group(2)):
            fakes.append(name + m.group(2))  # "最高人民法院网贷清理办公室": no court has one
            continue
        if len(name) <= 4 or name in ("人民法院", "基层法院", "当地法院", "中级法院", "高级法院"):
            continue  # no court named: "法院", "人民法院在线服务", "去当地法院问"
        if name.endswith("人民法院") and name[:-4] in ("中国", "全国", "国家", "中央", "中华"):
            fakes.append(
                name
            )  # "中国人民法院": the country has a supreme court, no court by that name
            continue
        if name.endswith("人民法院") and not re.search(_ADMIN, name[:-4]):
            continue  # "发送至人民法院送达平台": the platform, not a court's name
        if not _NAMEISH_RE.search(name[:-2]):
            continue  # "将欠款转入法院监管账户": words before 法院, not a name
        if _ROLE_COURT_RE.search(name) and not re.search(_ADMIN, name[:-2]):
            continue  # "详情请咨询执行法院": a court named by its role in the case, not by name
        if _SUBJECT_VERB_RE.match(m.group(2)) and _names_real_court(s):
            continue  # "说我跟平安的信用卡纠纷法院委派她调解": the court already named, as subject
        if not real_court_name(name) and not spoken_court_name(name):
            if not _real_longer_name(m.group(1)):
                fakes.append(name)
    fakes += made_up_tribunals(s)
    fakes += [m.group(0) for m in _FAKE_ARBITRATION_RE.finditer(s)]
    fakes += made_up_agencies(s)
    # arbitration is by a city's commission: a "national" one is made up
    fakes += [
        m.group(0) for m in re.finditer(rf"(?:全国|国家)[{_CJK}]{{0,6}}仲裁(?:委员会|院|中心)", s)
    ]
    return list(dict.fromkeys(fakes))


# -- case numbers ------------------------------------------------------------------------------
# The courts' own abbreviations (贵州 is 黔, as in "(2026)黔0102民初7741号").
# Inner Mongolia's courts number their cases with 内 ((2026)内0203民初1577号), not 蒙.
# (with the other names people give a province: 滇 for 云, 陇 for 甘, 蜀 for 川)
_PROVINCES = "京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙内陕吉闽贵黔粤青藏川蜀宁琼兵港澳"
# Read part by part: the court is 最高法, or a province's abbreviation with no digits (its high
# court), 2 (an intermediate or a special court: 京01, 京74) or 4 (a basic court: 京0105); the
# case type is the courts' type code, led by its kind (民, 刑, 行, 执, 赔, 司, 破, 财, 诉…), so
# "法字" or "催收" is none; then the serial number.
_CASE_NUMBER_PARTS_RE = re.compile(
    rf"^[（(]\s*(?:19|20)\d{{2}}\s*[）)]\s*(?:最高法|[{_PROVINCES}]\s*(?P<code>\d*))\s*"
    rf"(?P<kind>[{_CJK}]{{1,6}}?)\s*\d{{1,7}}\s*(?P<end>号)?"
)
_CASE_KIND_RE = re.compile(r"^(?:[民刑行执赔司国区破财诉强清认请协委监知救]|他|刑事|民事|行政)")


def _case_number_ok(n: str, *, end: bool = True) -> bool:
    """Whether `n` opens with a case number in the courts' format (with 号 unless `end` is
    False: a retelling may leave it off)."""
    m = _CASE_NUMBER_PARTS_RE.match(n)
    if m is None or (end and not m["end"]):
        return False
    code = m["code"]
    return (code is None or len(code) in (0, 2, 4)) and bool(_CASE_KIND_RE.match(m["kind"]))


# Where a case number is announced, and what a bracketed year looks like anywhere.
_CASE_LEAD_RE = re.compile(
    r"(?:案号|案件编号|案件号|案件编码|立案号|卷宗号|编号|case\s*(?:no\.?|number|#|ref(?:erence)?(?:\s*no\.?)?|id)|"
    # a case named by its code right after the word: "您的案件DL2026-0032", "your case SZ-2026-77"
    r"案件(?=\s*[a-z(（]{0,4}\s*\d)|\byour case(?=\s+[a-z]{0,4}[-\s]?\d)|"
    r"(?:case\s+)?file\s*(?:no\.?|number|#))"
    # words between before "is": "case number on the letter is", "case number they gave is"
    # ... or before a colon: "case number he gave: #BJ2026…"
    r"(?:(?:\s+[a-z']+){0,4}?\s+(?:is|was)\b|\s+(?:in|on|of)\s+the\s+[a-z]+|(?:\s+[a-z']+){1,3}?(?=\s*[:：]))?\s*(?:是|为|系|係|is|was)?"
    # a word between ("is just", "given as") and a "No." before the figures: "is just 'No. 2026-03'"
    r"(?:\s*\b(?:just|only|simply|given as|shown as|written as|listed as|like|as)\b)*\s*[:：]?\s*"
    r"(?:['\"“]?(?:no\.|number|#)\s*(?=\d))?"
    r"(?P<num>[^\s，。,;；、]{3,30})"
)
_QUOTES = "「」『』“”‘’\"'"
_BRACKET_YEAR_RE = re.compile(
    r"[（(【\[]\s*(?:19|20)\d{2}\s*[）)】\]][^\s，。,;；、]{0,24}?号|"
    # the bracketed year in Chinese numerals ("（二零二六）第三三四号"): the courts write their
    # numbers in figures (Taiwan's "一一五年度…" has no brackets and is left alone)
    r"[（(【\[]\s*二[〇零○][〇零○一二三四五六七八九]{2}\s*年?\s*[）)】\]][^\s，。,;；、]{0,24}?(?:号|$|(?=[\s，。,;；、]))"
)
_BARE_CASE_RE = re.compile(
    rf"[{_PROVINCES}](?:民|执|法)[{_CJK}]{{0,4}}(?:19|20)\d{{2}}[-—第]\s*\d{{1,6}}号?|"
    r"\b20\d{2}-[a-z]{2,6}-\d{3,6}\b|"
    # in English with the year in brackets: "case (2026) no. 4471"
    r"[（(](?:19|20)\d{2}[）)]\s*(?:no\.?|number|#)\s*\d{1,7}\b|"
    # a bracketed year then Latin letters: "(2026)YW-0042" (no court's number holds a letter)
    # (not the courts' own number in pinyin: "(2026) Su 0102 Min Chu 3321")
    # "case GD/2026/0091", "case SPC-2026-77120", "Case 2026/YN/00912": a code of letters and
    # figures joined by slashes or hyphens after the word, no court's number (Hong Kong's
    # "HCA 1234/2026" is read as its own format)
    r"\bcase\s+(?=[a-z0-9/-]*[a-z])(?=[a-z0-9/-]*\d{3})[a-z0-9]{1,8}(?:[/-][a-z0-9]{1,8}){2,4}\b|"
    r"[（(【\[]\s*(?:19|20)\d{2}\s*[）)】\]]\s*[a-z]{1,5}(?:-[a-z]{1,6}){0,2}[-\s]?\d{1,7}\b"
    r"(?!\s+(?:min|xing|zhi|pei|si|po|cai|su)\s*(?:chu|zhong|zai|shen|bao|hui|jian|zhi|\d))"
)


def identified_court(s: str) -> bool:
    """A real-shaped court named (Chinese or English), no fake court and no malformed case
    number: how a genuine notice reads, so its own landline is not a suspicious callback."""
    names = [q.group(1).strip() for q in _QUOTED_RE.finditer(s)] + [
        _trim(m.group(1)) + "法院" for m in _MENTION_RE.finditer(s)
    ]
    real = any(
        real_court_name(m.group(1)) or spoken_court_name(m.group(1))
        for n in names
        if (m := re.match(rf"([{_CJK}]*?法院)", n)) is not None
    )
    real = real or any(_real_longer_name(m.group(1)) for m in _MENTION_RE.finditer(s))
    if not real:
        real = any(
            real_english_court_name(" ".join(m.group(1).split()[-6:]))
            or real_english_court_name(" ".join(m.group(1).split()[-5:]))
            or real_english_court_name(" ".join(m.group(1).split()[-4:]))
            for m in _EN_COURT_RE.finditer(s)
        )
    return real and not bad_case_numbers(s) and not fake_court_names(s)


# Taiwan's courts number by the ROC year ("113年度诉字第1234号"), Hong Kong's by a court code
# and the year ("hca 1234/2026"): their own formats, not misused mainland ones.
_OTHER_CASE_NUMBER_RE = re.compile(
    r"^\d{2,3}\s*年度?\s*[\u4e00-\u9fff]{1,8}字\s*第\s*\d{1,7}\s*号|^[a-z]{2,5}\s*\d{1,6}/(?:19|20)\d{2}\b"
)
_YEAR_SINCE_2016_RE = re.compile(r"20(?:1[6-9]|[2-9]\d)")
# An arbitration commission's own numbering keeps 字第: "(2026)穗仲案字第1234号", "（2025）深仲受字第88号".
_ARBITRATION_NUMBER_RE = re.compile(
    r"^[(（〔\[]\s*(?:19|20)\d{2}\s*[)）〕\]]\s*[\u4e00-\u9fff]仲(?:案|受|裁)字?\s*第?\s*\d{1,7}\s*号"
)


# A case number begun in the courts' way, a bracketed year then a province ("(2026)辽0102民初"),
# must carry every part after it: the court's code, the case type and a serial number (号 may be
# left off in a retelling; a missing serial may not).
_CASE_START_RE = re.compile(
    rf"[（(【\[]\s*(?:19|20)\d{{2}}\s*[）)】\]]\s*(?:最高法|[{_PROVINCES}])[^\s，。,;；、]{{0,20}}"
)


def well_formed_case_number(s: str) -> bool:
    """Whether the (normalised) text holds a case number in the courts' own format,
    "(2026)京0105民初123号"."""
    return any(_case_number_ok(m.group(0)) for m in _CASE_START_RE.finditer(s))


def bad_case_numbers(s: str) -> list[str]:
    """Case numbers in the (normalised) text that do not follow the courts' format."""
    found: list[str] = []
    for m in _CASE_LEAD_RE.finditer(s):
        num = m.group("num").strip("：:【】[]“”\"'")
        if any(ch.isdigit() for ch in num):
            found.append(m.group("num"))
    found += [m.group(0) for m in _BRACKET_YEAR_RE.finditer(s)]
    found += [m.group(0) for m in _BARE_CASE_RE.finditer(s)]
    found += [
        m.group(0) for m in _CASE_START_RE.finditer(s) if not _case_number_ok(m.group(0), end=False)
    ]
    # A number quoted as it was given ("案号系「(2026)粤0304民初18203号」"): the quotes are the
    # retelling's, not the number's.
    found = [n.strip().strip(_QUOTES) or n for n in found]
    # Since 2016 numbers carry no 字第 ("(2026)京0105民初字第123号" is the old form, misused;
    # so is either half alone, "民初字123号" or "民初第123号").
    bad = [
        n
        for n in dict.fromkeys(found)
        if not _ARBITRATION_NUMBER_RE.match(n.strip())
        and (
            not _OTHER_CASE_NUMBER_RE.match(n.strip())
            and not _case_number_ok(n.strip())
            # every part, 号 left off in the retelling
            and not (_case_number_ok(n.strip(), end=False) and re.search(r"\d$", n.strip()))
            or (("第" in n or "字" in n) and _YEAR_SINCE_2016_RE.search(n))
        )
    ]
    return bad


# -- English court names ---------------------------------------------------------------------
# The same structure in English: "Beijing Chaoyang District People's Court", "Shanghai No. 1
# Intermediate People's Court", "Hangzhou Internet Court", "Supreme People's Court". A name is
# the run of words before "court" back to a word that cannot be part of one; what follows
# "court" may be a department ("enforcement division"), never "of Online Lending" or a
# "hotline"/"center" sender.
_EN_ADMIN = r"(?:province|provincial|city|municipal|municipality|district|county|new area|autonomous region|prefecture|region)"
_EN_PLACE_COURT_RE = re.compile(
    rf"^(?:[a-z]+ ){{1,3}}(?:{_EN_ADMIN} )*"
    r"(?:(?:higher|high|(?:(?:no\. ?|number )?\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth) intermediate|intermediate) )?"
    r"people'?s$|"
    # Said without "People's" when the level or the district is given: "Shenzhen Intermediate Court".
    rf"^(?:[a-z]+ ){{1,3}}(?:(?:{_EN_ADMIN} )*(?:higher|high|(?:(?:no\. ?|number )?\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth) "
    rf"intermediate|intermediate)|{_EN_ADMIN})$"
)
_EN_SPECIAL_COURT_RE = re.compile(
    r"^(?P<city>[a-z-]+(?: [a-z]+)?) (?P<kind>financial|internet|maritime|intellectual property|railway transport)$"
)
_EN_OTHER_REAL_RE = re.compile(r"^supreme people'?s$|^pla [a-z ]*military$")
_EN_NAMEISH_RE = re.compile(
    r"\b(?:people'?s|financial|finance|internet|online|arbitration|national|china|chinese|supreme|"
    r"enforcement|district|intermediate|higher|lending|loan|debt|credit|economic|international|"
    r"central|state|federal|commercial|cyber|digital)\b"
)
_EN_NOT_A_CITY = re.compile(r"\b(?:china|chinese|national|state|central|international|people'?s)\b")
_EN_STOP = frozenset(
    "from the a an to by at in on text sms says say said message msg got get notice called with and "
    "or of is was this that my your their our his her it its claims claiming claim as named "
    "letter call calling summons received".split()
)
# A word of a name may be an ordinal in figures ("Beijing 7th Intermediate Court", "No. 2").
_EN_COURT_RE = re.compile(r"((?:['\"]?[a-z0-9][a-z0-9'.]*\s+){0,8})court\b,?((?:\s+[a-z]+){0,4})")
_EN_NUMBERED_INTERMEDIATE = {"beijing": 4, "shanghai": 3, "tianjin": 3, "chongqing": 5}
_EN_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)
_EN_NUMBERED_RE = re.compile(
    r"([a-z]+)\s+(?:(?:city|municipal|municipality|province|provincial)\s+)?(?:no\.?\s*|number\s+)?"
    rf"(\d+|{'|'.join(_EN_ORDINALS)})(?:st|nd|rd|th)?\s+intermediate\b"
)


def _en_numbered_intermediate_exists(name: str) -> bool:
    """ "Beijing No. 2 Intermediate": the place, then its ordinal, checked as in Chinese (only the
    four municipalities number their intermediate courts; Hainan, a province, does too)."""
    m = _EN_NUMBERED_RE.search(name)
    if m is None:
        return True
    place, n = m.group(1), m.group(2)
    k = int(n) if n.isdigit() else _EN_ORDINALS.index(n) + 1
    most = _EN_NUMBERED_INTERMEDIATE.get(place)
    if most is None:
        return place == "hainan"
    return 1 <= k <= most


_EN_BAD_REST_RE = re.compile(
    r"^\s*(?:of\b[a-z ]*\b(?:online|lending|loans?|finance|financial|internet|debts?|credit|arbitration|"
    r"china|national|enforcement)\b|[a-z ]*\b(?:hotline|center|centre|specialist|agent|officer|service line)\b|"
    # a unit for debts or collections no court has: "debt dept", "loan recovery unit", "collections desk"
    # ... or one for reaching debtors, which courts do by post, 12368 and their own platforms:
    # "Enforcement Liaison Dept", "debtor contact office"
    r"(?:[a-z]+ )?(?:online|lending|loans?|debts?|credit|finance|financial|collections?|recovery|repayments?|"
    r"liaison|contact|outreach)\s+"
    r"(?:(?:collection|recovery|settlement)\s+)?(?:tribunal|division|department|dept|office|bureau|unit|section|team|desk|center|centre)\b)"
)


_EN_LEVEL_ONLY_RE = re.compile(
    r"^(?:(?:the|district|high|higher|supreme|intermediate|magistrates'?|small claims|final appeal|"
    r"people'?s|county|city)\s?)+$"
)


_EN_DISTRICT_RE = re.compile(r"\b([a-z']+) ([a-z']+) (?:district|county|new area)\b")


def _english_place_exists(name: str) -> bool:
    """ "Beijing Tianhe District": a district the gazetteer puts in another city names no court."""
    m = _EN_DISTRICT_RE.search(name)
    if m is None:
        return True
    return gazetteer().english_exists(m.group(1), m.group(2)) is not False


_EN_CITY_ONLY_RE = re.compile(
    r"^([a-z]+(?: [a-z]+)?) (?:(?:city|municipal|municipality|province|provincial) )?people'?s$"
)


def _en_city_without_level(name: str) -> bool:
    """ "Kunming People's Court": a city with districts and no level (intermediate, higher) names
    no court, as in Chinese; a county-level city's ("Yiwu People's Court") does."""
    m = _EN_CITY_ONLY_RE.match(name)
    if m is None:
        return False
    key = m.group(1).replace(" ", "")
    g = gazetteer()
    if not g.pinyin.get(key):
        return False
    return not any(key in districts for districts in g.pinyin.values())


def real_english_court_name(name: str) -> bool:
    """Whether `name` (the words before "court", lower case) has the shape of a real court's."""
    # an apostrophe inside a place's pinyin ("xi'an", "jing'an") separates syllables, no more
    name = re.sub(r"(?<=[a-z])'(?=[a-z])(?!s\b)", "", name)
    if _EN_OTHER_REAL_RE.match(name):
        return True
    if _EN_PLACE_COURT_RE.match(name):
        if re.search(r"\b(?:district|county)\s+(?:\S+\s+)?(?:intermediate|higher|high)\b", name):
            return False  # a district seats a basic court, not an intermediate one
        return (
            _english_place_exists(name)
            and not _en_city_without_level(name)
            and _en_numbered_intermediate_exists(name)
        )
    special = _EN_SPECIAL_COURT_RE.match(name)
    if special is None or _EN_NOT_A_CITY.search(special["city"]):
        return False
    only = _ONLY_IN_EN.get(special["kind"])
    return only is None or special["city"] in only


def fake_english_court_names(s: str) -> list[str]:
    """English court names in the (normalised, lower-case) text that no real court has."""
    fakes: list[str] = []
    for m in _EN_COURT_RE.finditer(s):
        words = m.group(1).split()
        name_words: list[str] = []
        for w in reversed(words):
            if w.strip(".'\"") in _EN_STOP:
                break
            name_words.insert(0, w.lstrip("'\""))
            if w[0] in "'\"":
                break  # an opening quote starts the name: "frm 'Shenzhen Peoples Court'"
        while name_words and name_words[0][0].isdigit():
            name_words.pop(0)  # "12368 court hotline": a number before, no name
        name = " ".join(name_words)
        rest = m.group(2)
        if not name:  # "court custody account", "go to court": no court named, unless
            if re.match(r"^\s*of\b", rest) and _EN_BAD_REST_RE.match(
                rest
            ):  # "[Court of Internet Finance]"
                fakes.append(f"court{rest}".strip())
            continue
        if _EN_LEVEL_ONLY_RE.match(name):
            named = False  # "District Court of Hong Kong", "[High Court]": a level, no name
        else:
            named = bool(_EN_NAMEISH_RE.search(name))
        if _EN_BAD_REST_RE.match(rest) or (named and not real_english_court_name(name)):
            fakes.append(f"{name} court{rest}".strip())
    fakes += [m.group(0) for m in _EN_DEBT_TRIBUNAL_RE.finditer(s)]
    return list(dict.fromkeys(fakes))


# A tribunal or arbitration body for debts, loans or credit ("Shenzhen Civil Debt Tribunal",
# "Online Loan Arbitration Commission"): no such body sits (Hong Kong's Small Claims and Labour
# Tribunals are named otherwise).
_EN_DEBT_TRIBUNAL_RE = re.compile(
    r"\b(?:debts?|loans?|lending|credit|online|internet|finance|financial|collections?)\s+"
    r"(?:tribunal|arbitration\s+(?:court|commission|committee|centre|center|tribunal))\b|"
    # ... or named for the debts it hears: "Mediation and Arbitration Centre for Online Loans"
    r"\b(?:tribunal|arbitration|mediation)\s+(?:court|commission|committee|centre|center|tribunal|office)\s+"
    r"(?:for|of)\s+(?:online|internet|network|p2p)\s+(?:loans?|lending|finance|debts?|borrowing)\b"
)
