"""What a logged contact was, from the person's own words (zh simplified/traditional, en).

`extract(text, now)` reads when (see when.py), the kind of contact, what happened,
who did it, how many attempts and how many people came. `extract_all(text, now)` reads
every kind one message tells of ("called 8 times … and texted my boss": calls ×8 and a
third-party contact), one Extraction each, with each kind's own count. Rule-based and explainable:
every field comes from a phrase that can be pointed at. The text should already be
redacted (bot.redact); nothing here stores anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.evidence.when import EN_NUMBERS, When, parse_when, prepare
from bot.parsing.relations import EN_KIN, ZH_KIN

KINDS = ("call", "message", "visit", "third-party", "posting", "other")
ACTS = ("insult", "threat", "arrest-threat", "impersonation", "private-account")
THIRD_PARTIES = ("family", "friend", "employer", "contacts", "neighbours")
MAX_NOTE_CHARS = 1000


@dataclass(frozen=True)
class Extraction:
    when: When
    kind: str
    acts: tuple[str, ...] = ()
    third_parties: tuple[str, ...] = ()
    who: str | None = None
    count: int = 1  # attempts (calls or messages) this entry stands for
    visitors: int | None = None  # people who came, when a visit says so
    note: str = ""

    @property
    def at(self) -> datetime:
        return self.when.at


@dataclass
class _Found:
    kinds: set[str] = field(default_factory=set)
    acts: set[str] = field(default_factory=set)
    third: list[str] = field(default_factory=list)


# -- vocabulary ------------------------------------------------------------------------------
_REL_ZH = {
    "family": ZH_KIN,
    "friend": "女朋友|男朋友|女友|男友|朋友|同学|室友|舍友|发小|闺蜜",
    "employer": "同事|领导|老板|上司|单位|公司|人事|hr|经理",
    "contacts": "紧急联系人|通讯录|联系人",
    "neighbours": "邻居|物业|居委会|村委会|村委",
}
_REL_EN = {
    "family": EN_KIN,
    "friend": r"friends?|classmates?",
    "employer": r"boss|employer|manager|colleagues?|co-?workers?|workplace|office|company|hr|work",
    "contacts": r"contacts|contact list|emergency contacts?|phone ?book",
    "neighbours": r"neighbou?rs?|landlord",
}
_REL_ZH_ANY = "|".join(_REL_ZH.values())
_REL_EN_ANY = "|".join(_REL_EN.values())
_THIRD_PARTY_RES = (
    re.compile(
        r"(?:打了?给|打到|打电话给|打电话到|打电话去|致电|联系|找了|找到|骚扰|发短信给|发信息给|发消息给|告诉|通知|打遍|轰炸)"
        rf"了?(?:我的?|我们的?)?(?:{_REL_ZH_ANY})"
    ),
    re.compile(
        rf"给(?:我的?)?(?:{_REL_ZH_ANY})(?:[、和跟及,，]?\s*(?:我的?)?(?:{_REL_ZH_ANY}))*\s*(?:都|也)?(?:打了?|发了?)"
    ),
    re.compile(rf"把我?的?(?:{_REL_ZH_ANY})[^，。]{{0,8}}拉(?:进|到|了)"),
    re.compile(
        rf"(?:{_REL_ZH_ANY})说?(?:催收|他们|对方)?(?:联系|找|打给|打电话给|打电话)(?:了|过)?(?:她|他|他们)"
    ),
    re.compile(
        rf"给(?:我的?)?(?:{_REL_ZH_ANY})(?:打了?|发了?)(?:\d+[个次通条])?(?:电话|短信|信息|消息|微信)"
    ),
    re.compile(rf"(?:{_REL_ZH_ANY})(?:都|也)?(?:接到|收到)了?"),
    re.compile(rf"打(?:了)?电话(?:给|去|到)(?:我的?)?(?:{_REL_ZH_ANY})"),
    re.compile(rf"打(?:了|过|遍)?(?:我的?)?(?:{_REL_ZH_ANY})的?(?:电话|手机)"),
    re.compile(r"爆了?(?:我的?)?通讯录|通讯录(?:被|都被)?(?:爆|打遍)"),
    re.compile(
        r"\b(?:called|calls?|calling|phoned|rang|texted|messaged|contacted|harassed|told|emailed|"
        rf"reached out to|got in touch with)\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:{_REL_EN_ANY})\b"
    ),
    re.compile(
        rf"\b(?:my|our)\s+(?:{_REL_EN_ANY})\s+(?:got|received|was called|were called|had calls)"
    ),
)
_REL_FIND = [(name, re.compile(rf"(?:{pat})")) for name, pat in _REL_ZH.items()] + [
    (name, re.compile(rf"\b(?:{pat})\b")) for name, pat in _REL_EN.items()
]
# Said they *would* (visit, call the family, post): a threat, not (yet) the act itself.
_WOULD_RE = re.compile(
    r"说要|说会|说再|扬言|威胁|恐吓|吓唬|要去|要来|要找|要打|要告诉|要联系|要爆|要曝光|要上门|会去|会来|会打|准备|不还就|否则|要不然|"
    r"threaten\w*|(?:said|saying) (?:they|he|she)(?:'d| would| will| were going to)|\b(?:they|he|she)'d\b|(?:will|would|going to|gonna)\b|unless|or else|if i don'?t"
)
_VISIT_RE = re.compile(
    r"上门|来了?我家|到了?我家|来家里|到家里|找上门|堵门|堵在|敲门|家访|登门|家门口|"
    r"(?:来|到|去)了?我?(?:的)?(?:单位|公司)(?:找|闹|堵)?|"
    r"\bc(?:ame|ome|oming) to (?:my|our) (?:house|home|door|place|flat|apartment|work|office|workplace)\b|"
    r"\b(?:showed|turned) up\b|\bknock(?:ed|ing) on (?:my|our|the) door\b|\bvisited (?:me|my|our)\b|"
    r"\bat (?:my|our) (?:door|house|home)\b|\bcame (?:round|over)\b|\bhome visit\b|\bvisits?\b|"
    r"楼下(?:等|堵)|按门铃|\bbanging on\b"
)
_POSTING_RE = re.compile(
    r"贴了?(?:大字报|告示|通知|传单|单子|纸条|海报|照片)|张贴|发(?:到|在)?了?(?:朋友圈|群里|网上|抖音|微博|快手)|"
    r"在(?:群|朋友圈|网上|抖音|微博)里?(?:发|曝光|骂|说)|曝光了?我|挂(?:到)?网上|拉横幅|挂横幅|喷漆|喷字|建群|拉群|"
    r"(?:发|贴|挂|公开|曝光|留言)[^，。]{0,12}(?:群|朋友圈|微博|抖音|快手|贴吧|脸书|facebook|网上|小红书)|"
    r"(?:群|群组|朋友圈|微博|抖音|快手|贴吧|脸书|网上)(?:里|上|底下|下面)?[^，。]{0,6}(?:发|贴|公开|曝光|留言)|发帖|"
    r"\bposted\b|\bput up (?:posters|notices|flyers|banners)\b|\bsocial media\b|\bgroup chat\b|"
    r"\bmoments\b|\bexposed me\b|\bshamed me\b|\bbanner\b"
)
_MESSAGE_RE = re.compile(
    r"短信|短讯|信息|消息|讯息|简讯|微信|留言|私信|彩信|qq|邮件|whatsapp|wechat|传了?\s*\d*\s*则|\bline\b|"
    r"\b(?:texts?|texted|sms|messages?|messaged|wechat|whatsapp|emails?|emailed|voicemail)\b"
)
_CALL_RE = re.compile(
    r"电话|来电|打来|致电|打了\d+[个次通]|打给我|呼叫|语音|未接|"
    r"\b(?:calls?|called|calling|phoned|phone|rang|ring|ringing)\b"
)
_ACT_RES: dict[str, re.Pattern[str]] = {
    "insult": re.compile(
        r"骂|侮辱|脏话|粗口|难听|羞辱|人身攻击|诅咒|傻[逼比b]|\bsb\b|畜生|废物|老赖|"
        r"\bswor|\bswear|\binsult|\babus|\bcurs|\bcalled me (?:names|a |an )|\bslur|\bhumiliat|\bbitch|"
        r"\bfuck|\bidiot|\bscum|\bdeadbeat"
    ),
    "threat": re.compile(
        r"威胁|恐吓|扬言|吓唬|要你好看|弄死|打死|砍死|杀了|走着瞧|小心点|后果自负|不得好死|身败名裂|收拾你|"
        r"\bthreat|\bor else\b|\bkill\b|\bhurt (?:me|you|my)\b|\bwatch (?:your|my) back\b|\bregret\b|"
        r"\bbeat (?:me|you) up\b|\bcome after\b"
    ),
    "arrest-threat": re.compile(
        r"抓你|抓我|抓人|坐牢|坐监|拉人|捉你|捉人|拘留|逮捕|判刑|蹲监狱|进监狱|牢饭|刑拘|通缉|抓起来|抓走|(?:公安|警察).{0,4}上门|"
        r"\barrest|\bjail\b|\bprison\b|\blocked up\b|\bcriminal (?:charges?|record|case)\b|\bpolice (?:will|would) (?:come|arrest)"
    ),
    "impersonation": re.compile(
        r"(?:自称|冒充|假装|假冒|说是|说他是|说他们是|称是|说自己是|声称是?)[^，。,.]{0,6}"
        r"(?:警察|公安|民警|派出所|法院|法官|检察|执行局|司法|经侦|网警|刑警)|"
        r"\b(?:claim(?:ed|ing)?|said|pretend(?:ed|ing)?|pos(?:ed|ing)|pretending)\b[^,.]{0,25}"
        r"\b(?:police|court|judge|cop|officer|bailiff|prosecutor)s?\b"
    ),
    "private-account": re.compile(
        r"个人(?:账户|账号|卡|银行卡|微信|支付宝)|私人(?:账户|账号|卡|微信|支付宝)|转到?(?:他|她|他们)(?:的|个人)?(?:卡|账户|账号|微信|支付宝)|"
        r"(?:指定|安全)账户|"
        r"\b(?:personal|private) (?:bank )?account\b|\b(?:his|her|their) own account\b|"
        r"\bpay (?:him|her|them) directly\b|\bto an individual\b"
    ),
}
# A threat to sue is lawful; "威胁说要起诉" is not an unlawful threat.
_LAWSUIT_AFTER_RE = re.compile(r"起诉|告你|告我|法院|律师函|sue|lawsuit|court|legal action")

_COUNT_RES = (
    re.compile(
        r"(\d{1,3})\s*(?:个|次|通|遍)\s*(?:未接)?(?:电话|来电)|打了\s*(\d{1,3})\s*(?:个|次|通|遍)|(\d{1,3})\s*条(?:短信|信息|消息)"
    ),
    re.compile(r"\b(\d{1,3}|[a-z]+)\s+(?:missed\s+)?(?:calls|texts|messages|times)\b"),
)
_VISITORS_RES = (
    re.compile(r"(\d{1,2})\s*(?:个|名|位)\s*(?:人|催收员?|男的|女的|男子|大汉|陌生人)"),
    re.compile(
        r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons|men|guys|collectors|women|of them|man|guy|woman|person|collector)\b"
    ),
)
_ALONE_RE = re.compile(
    r"独自|单独|就他一个|就(?:他|她)?1个人|只有1个人|只来了1个|\balone\b|\bby (?:him|her)self\b|\bon (?:his|her) own\b|\ba single (?:man|woman|person|collector)\b"
)

_PHONE_RE = re.compile(
    r"(?<![\d*])(?:\+?86[- ]?)?(?:0\d{2,3}[- ]?[\dx*]{3,8}|1[3-9]\d[\dx*]{8}|400[- ]?\d{3}[- ]?\d{4}|95\d{3,4})(?![\d])"
)
_ORG_RE = re.compile(
    r"(?:^|(?<=[\s，。,.:：;；、是称自从说被]))([\u4e00-\u9fffa-z0-9]{2,8}?(?:催收公司|资产管理有限公司|资产管理公司|资产公司|"
    r"律师事务所|律所|法务公司|调解中心|银行|消费金融|小贷公司))"
)
_LENDERS_RE = re.compile(
    r"(?:工商|建设|农业|中国|交通|招商|浦发|兴业|中信|光大|民生|华夏|平安|广发|邮储)银行|花呗|借呗|微粒贷|京东金条|京东白条|"
    r"美团月付|美团借钱|360借条|分期乐|安逸花|招联金融|马上消费|捷信|度小满|拍拍贷|平安普惠|有钱花|网商贷"
)
_ORG_LEAD_RE = re.compile(r"^(?:自称是?|声称是?|说是|来自|是|被|从)")
_EN_ORG_RE = re.compile(r"\bfrom ((?:[A-Z][\w&'-]*\s?){1,5})")


_CANTONESE = (
    ("佢哋", "他们"),
    ("佢", "他"),
    ("咗", "了"),
    ("畀", "给"),
    ("俾", "给"),
    ("嚟", "来"),
    ("喺", "在"),
    ("搵", "找"),
    ("仲", "还"),
)


def _fold(s: str) -> str:
    """Cantonese function words to Mandarin, so one vocabulary reads both."""
    for a, b in _CANTONESE:
        s = s.replace(a, b)
    return s


def _number(token: str | None) -> int | None:
    if not token:
        return None
    return int(token) if token.isdigit() else EN_NUMBERS.get(token)


def _clauses(s: str) -> list[str]:
    return [c for c in re.split(r"[，,。!！?？;；\n]+|\.(?:\s|$)|\band then\b", s) if c.strip()]


def _would_before(clause: str, pos: int) -> bool:
    return bool(_WOULD_RE.search(clause[:pos]))


def _scan_clause(clause: str, found: _Found) -> None:
    """Kinds, third parties and threats of one clause; "said they would" makes an act a threat."""
    third = None
    for rx in _THIRD_PARTY_RES:
        m = rx.search(clause)
        if m:
            third = m
            break
    if third is not None:
        if _would_before(clause, third.start()):
            found.acts.add("threat")
        else:
            found.kinds.add("third-party")
            for name, rel in _REL_FIND:  # "called my wife and my colleagues": every one named
                if rel.search(clause[third.start() :]) and name not in found.third:
                    found.third.append(name)
    posted = False
    for kind, rx in (("visit", _VISIT_RE), ("posting", _POSTING_RE)):
        m = rx.search(clause)
        if m and third is not None and third.start() <= m.start() < third.end():
            continue  # "打电话去我公司找我老板": the call reached the employer, nobody came
        if m:
            if _would_before(clause, m.start()):
                found.acts.add("threat")
            else:
                found.kinds.add(kind)
                posted = posted or kind == "posting"
    if third is None and not posted:
        if _CALL_RE.search(clause):
            found.kinds.add("call")
        elif _MESSAGE_RE.search(clause):
            found.kinds.add("message")


def _acts(s: str, found: _Found) -> None:
    for act, rx in _ACT_RES.items():
        for m in rx.finditer(s):
            if act == "threat" and _LAWSUIT_AFTER_RE.search(s[m.end() : m.end() + 12]):
                continue
            found.acts.add(act)
            break
    if "arrest-threat" in found.acts:
        found.acts.add("threat")


def _count(s: str) -> int:
    total = 0
    for rx in _COUNT_RES:
        for m in rx.finditer(s):
            n = _number(next((g for g in m.groups() if g), None))
            if n:
                total += n
    return max(1, min(total, 500))


def _visitors(s: str) -> int | None:
    if _ALONE_RE.search(s):
        return 1
    for rx in _VISITORS_RES:
        m = rx.search(s)
        if m:
            return _number(m.group(1))
    return None


def _who(original: str, s: str) -> str | None:
    """The number or organisation the person named, as they wrote it."""
    parts: list[str] = []
    for m in _PHONE_RE.finditer(s):
        if m.group(0) not in parts:
            parts.append(m.group(0).strip())
    for rx in (_LENDERS_RE, _ORG_RE):
        org = rx.search(s)
        if org:
            name = _ORG_LEAD_RE.sub("", org.group(org.lastindex or 0).strip())
            if name not in "".join(parts):
                parts.append(name)
    english = _EN_ORG_RE.search(original)
    if english and not _PHONE_RE.fullmatch(english.group(1).strip()):
        parts.append(english.group(1).strip())
    return ", ".join(parts[:3]) or None


def _kind(kinds: set[str]) -> str:
    for kind in ("posting", "visit", "call", "message", "third-party"):
        if kind in kinds:
            return kind
    return "other"


def extract(text: str, now: datetime) -> Extraction:
    """Read one logged contact out of the person's (already redacted) words."""
    s = _fold(prepare(text))
    when = parse_when(s, now, prepared=True)
    found = _Found()
    for clause in _clauses(s):
        _scan_clause(clause, found)
    _acts(s, found)
    kind = _kind(found.kinds)
    visitors = _visitors(s) if kind == "visit" else None
    return Extraction(
        when=when,
        kind=kind,
        acts=tuple(a for a in ACTS if a in found.acts),
        third_parties=tuple(p for p in THIRD_PARTIES if p in found.third),
        who=_who(text, s),
        count=_count(s) if kind in ("call", "message", "third-party") else 1,
        visitors=visitors,
        note=text.strip()[:MAX_NOTE_CHARS],
    )


# -- several kinds in one message ---------------------------------------------------------------
# Where one clause goes on to a second act: "打了8个电话还给我老板发了短信", "called 5 times and
# texted my mum". 还 only before a verb-like word (还钱 is repaying, not "and also").
_SUB_RE = re.compile(
    r"(?:还|又|并且|而且|同时|然后|还有|仲|又再)(?=给|在|把|到|来|去|打|发|上门|有|传|send|找|问|贴|建|拉|p|说)|"
    r"(?:同|和|及|与|跟|以及)(?=\s*\d)|"  # "3个电话同2个短讯": two counts, two kinds
    r"\s+(?:and|also|plus|then)\s+(?=(?:they\s+|he\s+|she\s+)?(?:also\s+)?(?:called|texted|messaged|posted|"
    r"showed|came|contacted|sent|visited|rang|phoned|emailed|wrote|told|harassed|threatened|again|\d)\b)"
)
_SPACE_CUT_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]|\d+\s*[个次通条遍])")
_AGAIN_RE = re.compile(r"\bagain\b|又一次|再一次|又来|又打")
_EXPLICIT_RES = (
    re.compile(
        r"(\d{1,3})\s*(?:个|次|通|遍|则|条|個|下)\s*(?:未接)?(?:电话|来电|短信|信息|消息|简讯|讯息|微信|whatsapp)?|"
        r"(?:电话|短信|信息|消息|简讯)\s*(\d{1,3})\s*(?:个|次|通|条|则)?|"
        r"各\s*(\d{1,2})\s*(?:次|个|通)"
    ),
    re.compile(
        r"\b(\d{1,3}|[a-z]+)\s+(?:missed\s+)?(?:calls|texts|messages|times|sms|whatsapps?|voicemails)\b|"
        r"\b(\d{1,3})\s+(?:calls?|texts?|sms)\b|"
        r"\b(once|twice|thrice)\b"
    ),
)
_VISIT_MORE_RE = re.compile(r"来了[一1]次")
# A visit clause with its own time or "一次" is a visit of its own ("12点来了一次，8点又来了一次").
_VISIT_TIMED_RE = re.compile(
    r"\d{1,2}\s*点|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bmidnight\b|\bnoon\b|上午|下午|晚上|中午|凌晨|半夜|一次|1次"
)
_PAIR_RE = re.compile(r"爸妈|父母|\bparents\b|岳父母|公婆|\bin-laws\b")
_EACH_RE = re.compile(r"各\s*(\d{1,2}|[一二两三四五])\s*(?:次|个|通)|各一次")
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}


def _sub_clauses(s: str) -> list[str]:
    out: list[str] = []
    for clause in _clauses(s):
        marks = [m.start() for m in _SUB_RE.finditer(clause)] + [
            m.end() for m in _SPACE_CUT_RE.finditer(clause)
        ]
        cuts = [0, *sorted(c for c in set(marks) if 0 < c < len(clause)), len(clause)]
        out += [clause[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if clause[a:b].strip()]
    return out


_NONE_AFTER_RE = re.compile(r"\s*(?:都|也)(?:没|不)")


def _explicit(clause: str) -> int | None:
    total = 0
    for rx in _EXPLICIT_RES:
        for m in rx.finditer(clause):
            if _NONE_AFTER_RE.match(clause, m.end()):
                continue  # "一个都没接": none answered, not one more call
            n = _number(next((g for g in m.groups() if g), None))
            if n:
                total += n
    return min(total, 500) or None


_PLACES_RE = re.compile(r"公司|单位|家里|\b(?:office|workplace|company|work)\b")


def _people(clause: str) -> int:
    """How many third parties one clause names ("我爸、我妈、我姐" = 3; "爸妈" = 2); places
    (公司, 单位) are not people, and what they only said they would do does not count."""
    would = _WOULD_RE.search(clause)
    clause = _PLACES_RE.sub(" ", clause[: would.start()] if would else clause)
    n = 0
    for _, rel in _REL_FIND:
        n += len(rel.findall(clause))
    n += len(_PAIR_RE.findall(clause))  # a pair word is one match but two people
    return max(n, 1)


def _clause_kinds(clause: str) -> list[str]:
    found = _Found()
    _scan_clause(clause, found)
    order: tuple[str, ...] = ("third-party", "posting", "visit", "call", "message")
    kinds = [k for k in order if k in found.kinds]
    if not kinds and _VISIT_MORE_RE.search(clause) and not _would_before(clause, len(clause)):
        kinds = ["visit"]
    return kinds


def extract_all(text: str, now: datetime) -> list[Extraction]:
    """Every kind of contact one message tells of, each with its own count, in the order
    first mentioned; at least one (kind "other" when none is recognised)."""
    base = extract(text, now)
    s = _fold(prepare(text))
    counts: dict[str, list[tuple[int | None, int]]] = {}  # kind → (explicit count, fallback)
    last: str | None = None
    for clause in _sub_clauses(s):
        kinds = _clause_kinds(clause)
        if not kinds and last and (_AGAIN_RE.search(clause) or _explicit(clause)):
            kinds = [last]  # "called at 9pm and again at 9:30pm"
        for kind in kinds:
            explicit = _explicit(clause) if kind in ("call", "message", "third-party") else None
            if kind == "visit":
                explicit = 1 if _VISIT_TIMED_RE.search(clause) else None
            fallback = 1
            if kind == "third-party":
                people = _people(clause)
                each = _EACH_RE.search(clause)
                if each:
                    per = _ZH_DIGITS.get(each.group(1) or "一") or int(each.group(1) or 1)
                    explicit = people * per
                fallback = people
            counts.setdefault(kind, []).append((explicit, fallback))
            last = kind
    if not counts:
        return [base]
    events: list[Extraction] = []
    for i, (kind, seen) in enumerate(counts.items()):
        stated = [e for e, _ in seen if e]
        count = sum(stated) if stated else sum(f for _, f in seen)
        if kind == "visit":
            count = max(1, sum(e or 0 for e, _ in seen))
        events.append(
            Extraction(
                when=base.when,
                kind=kind,
                acts=base.acts if i == 0 else (),
                third_parties=base.third_parties if kind == "third-party" else (),
                who=base.who,
                count=max(1, min(count, 500)),
                visitors=base.visitors if kind == "visit" else None,
                note=base.note,
            )
        )
    return events
