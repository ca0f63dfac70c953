"""What a logged contact was, from the person's own words (zh simplified/traditional, en).

`extract(text, now)` reads when (see when.py), the kind of contact, what happened,
who did it, how many attempts and how many people came. Rule-based and explainable:
every field comes from a phrase that can be pointed at. The text should already be
redacted (bot.redact); nothing here stores anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from bot.evidence.when import EN_NUMBERS, When, parse_when, prepare

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
    "family": "家人|家里人|家属|父母|爸妈|我妈|我爸|妈妈|爸爸|老妈|老爸|母亲|父亲|老婆|老公|妻子|丈夫|爱人|媳妇|"
    "孩子|儿子|女儿|哥哥|姐姐|弟弟|妹妹|兄弟|姐妹|亲戚|亲人|公公|婆婆|岳父|岳母|爷爷|奶奶|家里",
    "friend": "朋友|同学|发小|闺蜜",
    "employer": "同事|领导|老板|上司|单位|公司|人事|hr|经理",
    "contacts": "紧急联系人|通讯录|联系人",
    "neighbours": "邻居|物业|居委会|村委会|村委",
}
_REL_EN = {
    "family": r"mum|mom|mother|dad|father|parents|family|wife|husband|partner|sister|brother|son|daughter|"
    r"kids|children|relatives|grandma|grandmother|grandpa|grandfather|in-laws|uncle|aunt",
    "friend": r"friends?|classmates?",
    "employer": r"boss|employer|manager|colleagues?|co-?workers?|workplace|office|company|hr|work",
    "contacts": r"contacts|contact list|emergency contacts?|phone ?book",
    "neighbours": r"neighbou?rs?|landlord",
}
_REL_ZH_ANY = "|".join(_REL_ZH.values())
_REL_EN_ANY = "|".join(_REL_EN.values())
_THIRD_PARTY_RES = (
    re.compile(
        r"(?:打给|打到|打电话给|打电话到|致电|联系|找了|找到|骚扰|发短信给|发信息给|发消息给|告诉|通知|打遍|轰炸)"
        rf"了?(?:我的?|我们的?)?(?:{_REL_ZH_ANY})"
    ),
    re.compile(
        rf"给(?:我的?)?(?:{_REL_ZH_ANY})(?:打了?|发了?)(?:\d+[个次通条])?(?:电话|短信|信息|消息|微信)"
    ),
    re.compile(rf"(?:{_REL_ZH_ANY})(?:都|也)?(?:接到|收到)了?"),
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
    r"threaten\w*|said (?:they|he|she)(?:'d| would| will| were going to)|(?:will|would|going to|gonna)\b|unless|or else|if i don'?t"
)
_VISIT_RE = re.compile(
    r"上门|来了?我家|到了?我家|来家里|到家里|找上门|堵门|堵在|敲门|家访|登门|家门口|"
    r"(?:来|到|去)了?我?(?:的)?(?:单位|公司)(?:找|闹|堵)?|"
    r"\bc(?:ame|ome|oming) to (?:my|our) (?:house|home|door|place|flat|apartment|work|office|workplace)\b|"
    r"\b(?:showed|turned) up\b|\bknock(?:ed|ing) on (?:my|our|the) door\b|\bvisited (?:me|my|our)\b|"
    r"\bat (?:my|our) (?:door|house|home)\b|\bcame (?:round|over)\b|\bhome visit\b"
)
_POSTING_RE = re.compile(
    r"贴了?(?:大字报|告示|通知|传单|单子|纸条|海报|照片)|张贴|发(?:到|在)?了?(?:朋友圈|群里|网上|抖音|微博|快手)|"
    r"在(?:群|朋友圈|网上|抖音|微博)里?(?:发|曝光|骂|说)|曝光了?我|挂(?:到)?网上|拉横幅|挂横幅|喷漆|喷字|建群|拉群|"
    r"\bposted\b|\bput up (?:posters|notices|flyers|banners)\b|\bsocial media\b|\bgroup chat\b|"
    r"\bmoments\b|\bexposed me\b|\bshamed me\b|\bbanner\b"
)
_MESSAGE_RE = re.compile(
    r"短信|信息|消息|微信|留言|私信|彩信|qq|邮件|"
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
        r"抓你|抓我|抓人|坐牢|拘留|逮捕|判刑|蹲监狱|进监狱|牢饭|刑拘|通缉|抓起来|抓走|(?:公安|警察).{0,4}上门|"
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
    for kind, rx in (("visit", _VISIT_RE), ("posting", _POSTING_RE)):
        m = rx.search(clause)
        if m:
            if _would_before(clause, m.start()):
                found.acts.add("threat")
            else:
                found.kinds.add(kind)
    if third is None:
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
    s = prepare(text)
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
