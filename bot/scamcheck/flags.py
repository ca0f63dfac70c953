"""Red flags of fake collectors and fake court notices, each with a short reason.

Rule-based on purpose: every flag can be pointed at in the message and explained.
Sources: ../shared/FACTS.md §5 (how real court notices arrive), §1 (the 2026 industry
guideline bans pretending to act for courts or police and pushing people into new
loans), §2 (when not paying can be a crime at all).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.kb.model import Lang
from bot.text import to_simplified

FLAG_IDS = (
    "personal-account",
    "short-link",
    "unofficial-link",
    "fake-court",
    "arrest-threat",
    "borrow-to-repay",
    "credentials",
)

# Domains run by courts, government, the big banks and the national payment networks.
OFFICIAL_DOMAINS = (
    "court.gov.cn",
    "gov.cn",
    "icbc.com.cn",
    "ccb.com",
    "boc.cn",
    "bankofchina.com",
    "abchina.com",
    "bankcomm.com",
    "psbc.com",
    "cmbchina.com",
    "cmbc.com.cn",
    "spdb.com.cn",
    "cib.com.cn",
    "citicbank.com",
    "cebbank.com",
    "hxb.com.cn",
    "pingan.com",
    "pingan.com.cn",
    "cgbchina.com.cn",
    "95516.com",
    "unionpay.com",
    "alipay.com",
)
SHORT_LINK_DOMAINS = (
    "t.cn",
    "dwz.cn",
    "url.cn",
    "suo.im",
    "bit.ly",
    "tinyurl.com",
    "goo.gl",
    "is.gd",
    "s.id",
    "3.cn",
    "u.nu",
    "t.co",
    "ow.ly",
    "rebrand.ly",
    "cutt.ly",
    "v.gd",
    "t.ly",
    "shorturl.at",
    "m6z.cn",
)

_TLDS = (
    "cn|com|net|org|top|xyz|cc|io|me|info|vip|ly|gl|im|gd|id|co|app|site|online|shop|club|link|tk|ml|ga|cf|"
    "ws|biz|pro|live|icu|wang|ren|ink|fun|cyou|life|asia|hk|tw|us|uk|to|so|la|mobi|at|nu|ru|tv"
)
_URL_RE = re.compile(
    rf"(?<![@\w.])(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})(?![a-z0-9-])(?::\d{{1,5}})?(?:/[^\s，。、）)】」\"']*)?"
)
_LINK_MENTION_RE = re.compile(
    r"点(?:击|开)?(?:这个|下面|短信里的?|以下|该)?链接|打开链接|链接(?:处理|查看|登录)|\b(?:click|tap|open)(?: on)? (?:the|this|a) link\b"
)

_NEGATION_RE = re.compile(
    r"勿|不要|切勿|不会|绝不|别|不得|禁止|谨防|所谓|\bnever\b|\bdo not\b|\bdon'?t\b|\bwon'?t\b|\bwill not\b|\bnot\b|\bbeware\b"
)

_PERSONAL_ACCOUNT_RE = re.compile(
    r"个人(?:账户|账号|卡|银行卡|微信|支付宝)|私人(?:账户|账号|卡|微信|支付宝)|(?:安全|指定|监管|核查|清查)账户|第三方账户|"
    r"转到?(?:他|她|他们|对方)(?:的|个人)?(?:卡|账户|账号|微信|支付宝)|"
    r"(?:转|打|汇)(?:到|给|进|入)?(?:一个|这个|以下|下面的?)?(?:陌生|其他|别人|他人|个人)的?(?:账户|账号|卡|银行卡)|"
    r"(?:转|打|汇)(?:到|给|进|入)(?:这个|以下|下面的?)(?:账户|账号|卡号|银行卡)|"
    r"\b(?:personal|private|someone else'?s|third[- ]party|safe|secure) (?:bank )?account\b|"
    r"\b(?:his|her|their) (?:own )?(?:bank )?account\b|\bpay (?:him|her|them) directly\b|"
    r"\btransfer (?:the money |it )?to (?:this|the following|an?) (?:account|card)\b"
)
_COURT_RE = re.compile(
    r"法院|法官|立案|传票|开庭|起诉|诉讼|执行局|强制执行|判决|检察院|公安局|案件|撤案|撤诉|\bcourt\b|\bsummons\b|\blawsuit\b|\bsued\b|\bjudge\b|\bwarrant\b"
)
_OFFICIAL_CHANNEL_RE = re.compile(
    r"12368|人民法院在线服务|人民法院送达平台|法院专递|court\.gov\.cn|当面送达|\bby hand\b"
)
_PAY_RE = re.compile(
    r"转账|付款|缴纳|缴费|汇款|保证金|手续费|解冻费|撤诉费|结案费|交钱|打款|\bpay\b|\btransfer\b|\bfee\b|\bdeposit\b"
)
_CALLBACK_RE = re.compile(
    r"(?:致电|联系|拨打|回电|回拨|打|call|contact|ring)\D{0,8}((?:\+?86[- ]?)?(?:0\d{2,3}[- ]?\d{7,8}|1[3-9]\d{9}|\d{5,8}))"
)
_IM_RE = re.compile(
    r"加(?:我的?|对方)?(?:微信|qq|好友)|添加(?:微信|qq)|微信号|qq号|\badd (?:me|us) on (?:wechat|qq|whatsapp)\b|\bwechat id\b"
)
_PRESSURE_RE = re.compile(
    r"立即|马上|立刻|尽快处理|今天之内|今日内|\d+\s*小时内|否则|逾期不处理|\bimmediately\b|\bwithin \d+ hours\b|\bor else\b|\btoday\b"
)
_ARREST_RE = re.compile(
    r"逮捕|抓捕|拘留|坐牢|抓你|抓人|上门抓|带走|通缉|刑拘|判刑|蹲监狱|进监狱|(?:公安|警察|派出所).{0,6}(?:上门|找你|抓)|"
    r"\barrest(?:ed)?\b|\bjail\b|\bprison\b|\bwarrant for\b|\bpolice (?:will|are coming)\b"
)
_BORROW_RE = re.compile(
    r"以贷养贷|借(?:钱|款)?来还|去(?:别的|其他|另一个|另外的?)?(?:平台|网贷|app|软件)(?:上)?借|下载.{0,8}(?:借款|贷款|借钱|网贷)|"
    r"(?:申请|办理?)(?:一张)?(?:新的?)?信用卡(?:来|去)?还|套现|找.{0,4}(?:借|贷).{0,4}还|借.{0,6}(?:还上|还清|还这笔)|"
    r"\b(?:take|taking) (?:out )?(?:another|a new|a second) loan\b|\bborrow (?:money )?from (?:another|a different|other)\b|"
    r"\b(?:download|install) (?:a|this|the|our) (?:loan|lending|credit) app\b|\bloan app\b"
)
_SECRET_ZH = r"验证码|动态码|短信码|校验码|支付密码|密码|身份证号码?|身份证|完整的?卡号|银行卡号|卡号|cvv|安全码|卡背面|屏幕共享|共享屏幕|远程"
_CREDENTIALS_RES = (
    re.compile(
        rf"(?:提供|发给?|告诉|报一?下?|输入|填写?|说出|念|发送|报给|提交|共享|开启|打开|索要|索取|要你的?|要我的?|把你?的?)[^，。,.]{{0,8}}(?:{_SECRET_ZH})"
    ),
    re.compile(
        rf"(?:{_SECRET_ZH})[^，。,.]{{0,4}}(?:发给|报给|告诉|提供给|念给)(?:我|他|她|对方|我们)"
    ),
    re.compile(
        r"\b(?:give|send|tell|provide|enter|share|read out|forward|confirm|asked (?:me )?for|asks for|ask for)\b[^.,]{0,25}"
        r"\b(?:verification code|code|otp|password|pin|full (?:card|id) number|card number|id number|cvv|security code|screen)\b"
    ),
)
# Cheap gate run on every message before anything else (raw text, both scripts spelled out):
# without one of these words there is nothing to check.
_GATE_RE = re.compile(
    r"[账帳][户戶号號]|卡|[链鏈]接|http|www|\.cn|\.com|法院|立案|[传傳]票|起[诉訴]|[执執]行|逮捕|拘留|坐牢|抓|借|[贷貸]|套[现現]|"
    r"[验驗][证證][码碼]|密[码碼]|身份[证證]|屏幕|[远遠]程|"
    r"account|link|court|summons|lawsuit|arrest|jail|prison|loan|borrow|code|password|pin|card|screen|\.[a-z]{2,4}/"
)
_DESCRIBED_RE = re.compile(
    r"【|收到|短信|来电|电话|对方|他说|她说|他们说|催收说|说我|让我|要我|叫我|通知我|告诉我|自称|发来|打来|这条|"
    r"\bmessage\b|\btext\b|\bsms\b|\bcall(?:ed|er)?\b|\bthey said\b|\bsays\b|\bsaid\b|\btold me\b|\basked me\b|"
    r"\bgot an?\b|\breceived\b|\bclaim"
)


@dataclass(frozen=True)
class Flag:
    id: str
    reason: dict[str, str]

    def text(self, lang: Lang) -> str:
        return self.reason[lang]


REASONS: dict[str, dict[str, str]] = {
    "personal-account": {
        "zh": "要求把钱转到个人账户或不明的第三方账户：正规债权方只收到自己的官方账户，“安全账户”“指定账户”都是诈骗说法。",
        "en": "Asks you to pay a personal or unknown third-party account: real lenders only take payment into "
        'their own official accounts; a "safe account" is a scam phrase.',
    },
    "short-link": {
        "zh": "含有短链接：看不出会打开哪个网站，常被用来伪装钓鱼网站。",
        "en": "Contains a short link: you can't see where it leads, which is how phishing sites hide.",
    },
    "unofficial-link": {
        "zh": "含有不是官方域名的链接（法院是 court.gov.cn，银行用自己的官网和App）：不要点开，更不要在里面填信息。",
        "en": "Contains a link that is not an official domain (courts use court.gov.cn, banks their own sites "
        "and apps): don't open it or type anything into it.",
    },
    "fake-court": {
        "zh": "自称法院或执法机关，但不是通过官方渠道：真正的法院文书通过12368短信、人民法院在线服务、"
        "人民法院送达平台、EMS法院专递或当面送达，法院不会让你点陌生链接、加微信或转账“处理案件”。",
        "en": "Claims to be a court or the authorities but not through an official channel: real court papers "
        "come by SMS from 12368, through 人民法院在线服务 or 人民法院送达平台, by EMS 法院专递, or by hand; a court "
        'never asks you to click a strange link, add it on WeChat or pay money to "settle the case".',
    },
    "arrest-threat": {
        "zh": "威胁马上抓人、坐牢：单纯欠款是民事纠纷。只有恶意透支（有非法占有目的、经两次有效催收后超过3个月仍不还）"
        "才可能涉及刑事，由公安机关依法处理；催收方无权让人抓你，也不会发短信通知“马上逮捕”。",
        "en": "Threatens immediate arrest or jail: an unpaid debt is a civil matter. Only malicious overdraft "
        "(intent to take the money, and still unpaid more than 3 months after 2 valid collection attempts) can "
        "be a crime, handled by the police under the law; collectors can't have you arrested, and no one "
        "announces an arrest by text.",
    },
    "borrow-to-repay": {
        "zh": "催你去别的平台借钱、办卡或套现来还：行业指引禁止诱导借新还旧，这样只会让债越滚越多，也是常见诈骗手法。",
        "en": "Pushes you to borrow elsewhere, open a new card or cash out to repay: the industry guideline bans "
        "pushing people into new loans; it only makes the debt grow, and it is a common scam.",
    },
    "credentials": {
        "zh": "索要验证码、密码、完整身份证号或卡号，或要你共享屏幕：银行、法院和正规催收都不会要这些，给了就可能被盗刷。",
        "en": "Asks for verification codes, passwords, your full ID or card number, or to share your screen: "
        "banks, courts and real collectors never need these; giving them can empty your account.",
    },
}

WHAT_TO_DO: dict[str, list[str]] = {
    "zh": [
        "不要点链接，不要转账，不要提供验证码、密码或完整卡号。",
        "通过债权方的官方渠道核实：银行卡背面或官网上的客服电话、官方App。不要用短信里给的号码或链接。",
        "说到法院的，拨打12368或法院官网公布的电话核实，或者直接去法院问。",
        "已经转了账或说出了验证码：马上打银行官方客服冻结账户，并拨打110报警。",
    ],
    "en": [
        "Don't click links, don't pay, don't give codes, passwords or full card numbers.",
        (
            "Check with the lender through its official channels: the number on the back of your card or on its "
            "website, or its official app. Never use a number or link from the message."
        ),
        (
            "If it mentions a court, check by calling 12368 or the number on the court's official website, or go "
            "to the court in person."
        ),
        (
            "If you already paid or gave a code: call your bank's official number to freeze the account, and call "
            "110 to report the fraud."
        ),
    ],
}


def normalise(text: str) -> str:
    # OpenCC's Taiwan table writes 帳戶 as the variant 帐户; fold it to the standard 账户.
    return to_simplified(unicodedata.normalize("NFKC", text)).lower().replace("帐", "账")


def _host_in(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def link_flags(s: str) -> list[str]:
    """'short-link' / 'unofficial-link' for the links in (normalised) text."""
    flags: list[str] = []
    for m in _URL_RE.finditer(s):
        url = m.group(0)
        host = urlsplit(url if "://" in url else "//" + url).hostname or ""
        if _host_in(host, OFFICIAL_DOMAINS):
            continue
        flag = (
            "short-link"
            if _host_in(host, SHORT_LINK_DOMAINS) or len(host) <= 6
            else "unofficial-link"
        )
        if flag not in flags:
            flags.append(flag)
    if not flags and not _URL_RE.search(s) and _LINK_MENTION_RE.search(s):
        flags.append("unofficial-link")
    return flags


def _asked(rx: re.Pattern[str], s: str) -> bool:
    """A match not negated just before it ("请勿泄露验证码" is advice, not a request)."""
    for m in rx.finditer(s):
        # Look back a little, but not past the start of the clause.
        before = re.split(r"[，,。.;；!！?？\n]", s[max(0, m.start() - 10) : m.start()])[-1]
        if not _NEGATION_RE.search(before):
            return True
    return False


def check(text: str) -> list[Flag]:
    """Every red flag in the text, in a fixed order."""
    s = normalise(text)
    found: list[str] = []
    if _asked(_PERSONAL_ACCOUNT_RE, s):
        found.append("personal-account")
    links = link_flags(s)
    found += links
    if _COURT_RE.search(s):
        official = bool(_OFFICIAL_CHANNEL_RE.search(s))
        callback = [n for n in _CALLBACK_RE.findall(s) if n != "12368"]
        suspicious = (
            bool(links)
            or "personal-account" in found
            or _asked(_PAY_RE, s)
            or bool(_IM_RE.search(s))
        )
        if suspicious or (not official and (callback or _PRESSURE_RE.search(s))):
            found.append("fake-court")
    if _asked(_ARREST_RE, s):
        found.append("arrest-threat")
    if _asked(_BORROW_RE, s):
        found.append("borrow-to-repay")
    if any(_asked(rx, s) for rx in _CREDENTIALS_RES):
        found.append("credentials")
    return [Flag(f, REASONS[f]) for f in FLAG_IDS if f in found]


def worth_checking(text: str) -> bool:
    """Cheap pre-check for the passive skill: a pasted or described message with a trigger word."""
    if not _GATE_RE.search(text.lower()):
        return False
    s = normalise(text)
    return bool(_DESCRIBED_RE.search(s) or _URL_RE.search(s))
