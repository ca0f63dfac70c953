"""Managing stored reminders in words: list, cancel, change, snooze, mark paid.

`read` finds the operation and what the message says about *which* reminder: a weekday or
date ("周五那个", "15号的"), an amount ("800的"), a creditor ("the CMB one", "借呗那个"),
or all of them ("全部取消"); for a change, the new date or amount said after the verb
("改到20号", "change it to 1000"). `resolve` matches that reference against the chat's
open reminders: every feature named must fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from decimal import Decimal

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.parsing import normalize
from bot.parsing.dates import DateMatch, find_dates, find_time
from bot.parsing.numbers import Amount, find_amounts, small_int
from bot.reminders.cues import UNTIL_PAID
from bot.reminders.store import Reminder
from bot.reminders.typos import fix_typos

_I = re.IGNORECASE | re.ASCII  # \b and \w in ASCII: "cancel掉", "jiebei的", "remind我" are words
_REMINDER = re.compile(
    r"提醒|提我|闹钟|\bremind|\breminer|\balerts?\b|"
    r"我的还款(?:计划|安排|日程)|\bmy\s+(?:re)?payment\s+schedule\b",
    _I,
)
# Asking to see them: a look/which/how-many word with reminders named as a thing (提醒 not
# followed by 我/一下, which would be a request for a new one).
_LIST_CUE = re.compile(
    r"哪些|哪几|什么|啥|几个|几条|几多|多少|咩|啲乜|边啲|看|睇|查|列|显示|清单|列表|都有|还在|在吗|有冇|有没有|"
    r"呢\s*[?？]?\s*$|\bstill\s+(?:there|set|on)\b|^\s*(?:my\s+)?reminders\s*(?:pls|please|plz)?\s*[?.!]?\s*$|"
    r"^\s*(?:我的)?(?:所有)?(?:还款)?提醒\s*[?？]?\s*$|"
    r"\b(?:what|which|list|show|see|view|check|any|all|open|pull\s+up)\b",
    _I,
)
# ...and about the person's own ones, or said in a few words ("看下提醒", "list reminders").
_MINE = re.compile(
    r"我|咱|\bmy\b|\bme\b|\bi\b|\bi'?ve\b|\byou\b|"
    r"列(?:一下|出|个)|给我看|看一?下|睇下|\bshow\b|\blist\b|"  # asked of the bot
    r"^[^\u4e00-\u9fff]*(?:[\u4e00-\u9fff][^\u4e00-\u9fff]*){1,8}$|^\W*(?:[a-z']+\W+){0,3}[a-z']+\W*$",
    _I,
)
_REMINDERS_AS_THING = re.compile(
    r"提醒(?!我|一下|下我|你|他|她)|\breminders\b|"
    # the person's own schedule of payments: "列一下我的还款计划", "show my payment schedule"
    r"我的还款(?:计划|安排|日程)|\bmy\s+(?:re)?payment\s+schedule\b|\breminding\s+me\b|\breminder\s+list\b|"
    r"\bbeing\s+reminded\b",
    _I,
)
_OPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "snooze",
        re.compile(
            r"(?<!别)(?<!不要)(?<!不用)(?<!不必)(?<!唔使)(?<!唔好)再(?:提醒|提我|叫我|通知)|"
            r"(?:稍后|晚点|晚些|等一下|等下|等会儿?|一会儿?|过会儿?|过几天|过些天|改天|迟些|迟啲|回头|"
            # a while from now: 过两小时, 过半个钟, 过3天
            r"过\s?(?:\d{1,2}|[一两二三四五六七八九十半几]{1,2})\s?(?:个)?\s?(?:分钟|小时|钟头?|天|日|周|星期|礼拜))"
            r"(?:先|再)?(?:提醒|说|提|讲|叫我)|"
            r"(?:下周|下星期|下礼拜|明天|明早|明晚|今晚|晚上|下午|后天|过阵子|过段时间|下次)再(?:说|提醒|提|讲|叫我)|"
            # a day named, then 再说: "周五的先别提醒 周四再说", "15号再提醒我"
            r"(?:(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}\s?[号日]|[一二三四五六七八九十]{1,3}[号日]|月底|月初)的?"
            r"(?:再|才)(?:说|提醒|提|讲|叫我)|"
            r"延后提醒|推迟提醒|\bsnooze\b|\blater\b|\bremind\s+me\s+again\b|\bagain\b|\bhold\s+off\b|"
            r"(?<!to\s)(?<!n't\s)(?<!not\s)(?<!never\s)\bremind\s+me\b[^.]{0,30}\babout\b|\bnudge\s+me\b|"
            # "remind me tomorrow instead", "remind me on friday": a stored one, later (not "remind
            # me tomorrow to pay…", a new one)
            r"(?<!to\s)(?<!n't\s)(?<!not\s)\bremind\s+me\s+(?:again\s+)?(?:tomorrow|tmr|tonight|"
            r"in\s+(?:a|an|\d+|one|two|three)\s+(?:days?|hours?|weeks?)|(?:on\s+)?(?:next\s+)?"
            r"(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b(?![^.]{0,25}\bto\s+(?:pay|transfer|send|repay))|\bnot\s+now\b",
            _I,
        ),
    ),
    (
        "change",
        re.compile(
            r"改(?:成|到|为|在|下|一下|去)?|(?:晚|迟)(?=\s?(?:\d{1,2}|[一两二三四五六七八九十])\s?(?:天|日|周|个?星期|个?礼拜))|换成|换到|推迟|推到|推后|往后推|往后挪|顺延|延到|延后|挪到|挪|调到|调整|更改|修改|"
            # putting it off: 延期到, 延迟, 展期, 往后延, "defer", "extend it to the 22nd"
            r"延期|延迟|展期|往后延|\bdefer\w*\b|\bextend\w*\b(?=[^.;!?]{0,30}\b(?:to|by|until|till)\b)|"
            r"\bbump\w*\b|\bdelay\w*\b|\bpush\w*\b|\bput\s+off\b|"
            r"应该是|应该为|其实是|实际是|(?:金额|日期|时间|数)不对|变成|变为|涨到|降到|"
            # the old value denied, the new one said: "金额不是600 是650", "不是15号 而是18号"
            r"不是\s?[\d一二两三四五六七八九十百千万.,kK块元号日月周星期礼拜]{1,10}\s?[，,]?\s?(?:而|应该)?(?P<new>是)|"
            r"\bshould\s+be\b|\binstead\b|\bwent\s+(?:up|down)\s+to\b|\bis\s+now\b|\bis\s+actually\b|"
            # the new amount said as what it is: "amount is 2200 now", "is 650 not 600", 其实要还650
            r"\bis\s+[$¥]?\d[\d,.]*\s?k?\s+(?:now|not)\b|其实(?:要|得|应该)?还(?=\s?(?:\d|[一二两三四五六七八九十]))|"
            # a payment brought forward by some days: 往前挪一天, 提早两天, "forward 2 days"
            r"往前(?:挪|移|调|推)|提早(?=\s?(?:\d{1,2}|[一两二三四五六七八九十])\s?(?:天|日|周|个?星期|个?礼拜))|"
            r"\bbring\b[^.,;]{0,25}\bforward\b|\b(?:days?|weeks?)\s+earlier\b|"
            r"\bchang(?:e|ed)\b|\bmove\b|\breschedule\b|\bpush\b|\bupdate\b|\bpostpone\b|\bshift\b|"
            r"\bmake\s+it\b|\bset\s+it\s+to\b|\bedit\b|"
            # "make the 800 one 900", "make the cmb one the 20th"
            r"\bmake\s+(?:the\s+|that\s+)?[\w\s]{0,20}?\bone\b(?=\s+(?:\d|\$|¥|on\b|the\b|next\b|this\b))|"
            # bringing it forward: 提前到 (not 提前一天提醒我, a lead time for a new one)
            r"改期|变更|更新(?:成|为|到)|(?:调|设|弄)(?:成|为)|\brather\s+than\b|提前(?:到|至)|提早(?:到|至)|往前(?:挪|调|移)|"
            r"\bswitch\s+(?:it\s+)?to\b|(?:->|=>|→)(?=\s*\S)|\bbring\b[^.,;]{0,25}\bforward\b|\bmove\s+(?:it\s+)?up\b|\bmoved\b",
            _I,
        ),
    ),
    (
        "paid",
        re.compile(
            r"已经?还|还了|还清了?|已还|付了|已付|已经?(?:缴|交)(?!给)|还完了?|还上了?|还咗|找咗数|缴了|交了|搞定了?|"
            r"(?:付|交|缴)完了?|(?<=那个|那笔|那条|[嗰𠮶]个|[嗰𠮶]笔)\s?清(?:了|咗)|已清|"  # 付完了, 招行那个清了
            r"(?:还|付|交|缴)掉(?:了|咗)|\bfinished\s+paying\b|\bdone\s+with\s+(?:the|my|that)\b|"
            r"扣咗|✅|✔|☑|"  # "普惠嗰笔已经扣咗", "cmb ✅"
            r"俾咗|畀咗|交咗|缴咗|过咗数|入咗数|转咗|"  # Cantonese: "gave", "paid in"
            r"(?:还|付|交|缴)好了|(?:转账|打款|付款|汇款|还款)了|供咗|供了|已供|转账给(?!我)|转给(?!我)|转了|已转|结清|扣款了|扣了|已扣|扣款成功|还款成功|"
            r"\bdone\b|\bdeducted\b|\bsent\b|\btransferred\b|\bauto-?debit\w*\b|\bcleared\b|"
            r"\bpaid\b|\bpayed\b|\brepaid\b|\bpaid\s+back\b|\bsettled\b(?!\s+(?:on|at)\b)|\bpaid\s+off\b|\bdone\s+paying\b|\bmark\w*\b.{0,20}\bpaid\b|"
            r"搞掂|清咗|付清|处理好了|结了(?!婚)|(?:打|转)过去了|(?:还|交|付)过了|"
            r"\btook\s+care\s+of\b|\bhandled\b|\bsorted\b|\bpaid\s+up\b",
            _I,
        ),
    ),
    (  # "别提醒我还花呗了", "招行那个不用提醒了", "no more reminders for CMB"
        "cancel",
        re.compile(
            r"(?:别|不要|不用|不必|无需|唔使|唔好|不需要|不想要?)(?:再)?(?:提醒|提我|叫我)|"
            r"(?:不需要|不用|不要|不想要?)[^，。,.]{0,8}提醒了|提醒[^，。,.]{0,4}(?:不需要|不用|不要)了|"
            r"\bno\s+more\s+remind\w*|\bstop\s+remind\w*|\bdon'?t\s+remind\b|"
            r"\b(?:no\s+need|not\s+necessary|don'?t\s+need\s+you)\s+to\s+remind\b|"
            r"\bno\s+need\b(?=[^.,;!?]{0,30}\bremind\w*\b)|"
            r"\bno\s+(?:need|use)\s+for\s+(?:the\s+|a\s+|that\s+|this\s+|my\s+)?(?:\w+\s+){0,3}remind\w*|"
            r"\b(?:can|could)\s+(?:go|be\s+(?:removed|deleted|cancel+ed|dropped))\b(?!\s+to\b)|\bdon'?t\s+need\s+(?:the\s+|a\s+)?remind\w*",
            _I,
        ),
    ),
    (
        "cancel",
        re.compile(
            r"取消|删除|删掉|删了|删咗|删晒|清晒|取消晒|去掉|撤销|撤掉|撤了|撤咗|关掉|关了|不要了|不用了|唔要|唔使|清空|清掉|清除|"
            r"划掉|划了|干掉|拿掉|\bnix\b|\baxe\b|"
            # no need to bother with it: "那个800的不用管了", "唔使理佢"
            r"(?:不用|不必|不需要|唔使|唔洗|别)(?:再)?(?:管|理)(?:了|佢|它|喇|啦)|"
            r"不需要了|用不着|作废|移除|撤回|删去|关闭|停掉|停止提醒|暂停|不(?:再)?提醒了|\bpause\b|"
            r"❌|🗑|"  # "借呗 ❌"
            r"\bwipe\b|\berase\b|\bmute\b|\bsilence\b|\bunsubscribe\b|"
            r"(?<!n't\s)(?<!not\s)(?<!never\s)\bforget\s+(?:it\b|about\s+(?:it|the|that|my)\b)|"
            r"\bnvm\b|\bnever\s?mind\b|\bscrap\b|\bkill\b|\bditch\b|\bno\s+longer\s+need\b|"
            r"\bcancel\w*\b|\bcancle\w*\b|\bdelete\b|\bremove\b|\bstop\b|\bturn\s+off\b|\bget\s+rid\b|"
            r"\b(?:reminders?|alerts?)\s+off\b|\bturn\s+(?:\w+\s+){1,4}off\b|"
            # "clear the loan", "clear my weilidai 800" pay a debt off; "clear them" cancels
            r"\bclear\b(?![^.,;!?]{0,30}\b(?:loan|debt|balance|bill|card|\d))|\bdrop\b|\bdon'?t\s+need\b|\b(?:don'?t|no\s+longer)\s+want\s+(?:the|that|this|my|any)\b",
            _I,
        ),
    ),
)
_UPCOMING_RE = re.compile(
    r"(?:设|定)了(?:哪些|什么|几个|几笔|啲乜)(?:还款|提醒)|"
    # what the person has set, the thing left unnamed: "看看我设了啥", "我都定了哪些", "我设咗咩"
    r"我(?:都|之前|已经)?(?:设|定|设置|设定|加|存)(?:了|过|咗)(?:哪些|什么|啥|些啥|几个|几条|啲乜|咩|乜嘢)"
    r"(?:提醒|还款|东西|的)?\s*(?:[呢啊呀吖嘛]|来着)?\s*[?？]?\s*$|"
    r"\b(?:show|see|view|check|open|pull\s+up)\s+(?:me\s+)?my\s+list\b(?!\s+of\b)|"
    # the list asked for in a few words: "see the list", "list pls", "看下列表", "清单给我看看"
    r"^\s*(?:(?:show|see|view|check|open|pull\s+up|get)\s+(?:me\s+)?(?:the\s+|my\s+)?)?list"
    r"(?:\s+(?:pls|please|plz))?\s*[.!?]?\s*$|"
    r"^\s*(?:(?:给我)?(?:看|看看|看下|看一下|瞧瞧|显示|打开|查看|调出|列出|睇下|睇睇)(?:一下)?\s?(?:我的)?\s?"
    r"(?:提醒|还款)?(?:列表|清单)|(?:我的)?(?:提醒|还款)?(?:列表|清单)\s?(?:给我|发我)?\s?(?:看看|看下|看一下|睇下))"
    r"\s*[吧呢啊呀]?\s*[?？]?\s*$|"
    r"\bwhat'?s\s+on\s+my\s+(?:list|schedule)\b|\bwhat\s+(?:did|have)\s+i\s+(?:set|added|add|scheduled|schedule)\b|"
    r"(?:接下来|最近|快到期)(?:要还|有)(?:哪些|什么|几笔)|"
    r"\bwhat(?:'s|\s+is|\s+do\s+i\s+have|\s+have\s+i\s+got)\b[^.?]{0,20}\b(?:coming\s+up|upcoming|due\s+soon|scheduled)\b|"
    r"\b(?:what|which)\s+(?:payments|reminders)\s+(?:do\s+i\s+have|have\s+i\s+(?:got|set))\b|"
    r"\b(?:what|which)\s+reminders\s+(?:are|is)\s+(?:still\s+)?(?:on|set|left|active|there|open)\b|"
    r"\bupcoming\s+(?:payments|bills|reminders)\b|"
    r"\bwhat'?s\s+(?:still\s+)?pending\b|\b(?:anything|any)\s+(?:still\s+)?pending\b|\bpending\s+(?:payments|bills|reminders)\b|"
    r"\b(?:any|anything)\s+(?:payments?\s+|bills?\s+|reminders?\s+)?(?:coming\s+up|due\s+soon|upcoming)\b|"
    r"下一(?:个|笔)(?:要还|到期)|\bwhat'?s\s+(?:my\s+)?next\s+(?:payment|one|reminder)\b|"
    r"\bwhen\s+is\s+(?:my\s+)?next\s+payment\b|"
    # the payments still open, counted as items: "还有几个没还的", "哪几笔还没还", "what's left to pay"
    # ...and asked with 什么/啥 or in Cantonese ("还有什么要还的", "睇下我有咩要还", "仲有边啲未还")
    r"(?:(?:还有|有|仲有)?(?:几个|几笔|几条|哪些|哪几笔|哪几个|咩|乜嘢|边啲|边几笔|几多笔)|还有(?:什么|啥))"
    r"[^，。,.?？]{0,4}(?:没还|要还|待还|未还|没交|没付|未畀|要畀)|"
    r"(?:没还|待还|未还)的(?:还有|有)?(?:哪些|几个|几笔|啥|什么)|"
    r"(?:哪些|哪几笔|哪几个|什么|啥)(?:还款|提醒|账单|钱)?(?:快|要|就要)到期|"
    r"\bwhat(?:'s|\s+is)?\s+(?:still\s+)?(?:left\s+to\s+pay|unpaid|still\s+due)\b|"
    r"\bwhich\s+(?:ones?|payments?|bills?)\s+(?:are\s+|do\s+i\s+have\s+)?(?:left|unpaid|still\s+(?:due|open|to\s+pay))\b",
    _I,
)
# 嗰 (Cantonese "that") comes out of OpenCC's simplification as 𠮶: both are matched.
_POINTER = re.compile(r"那个|那笔|那条|[嗰𠮶](?:个|笔|条|单)|\bthe\s+(?:[\w\s]{1,20}\s+)?one\b", _I)
_ALL = re.compile(
    r"全部|所有|晒|都(?:取消|删|不要)|统统|全都|全(?:删|清|取消|关)|每一?(?:笔|个|条)都|\ball\b|\bevery\b|\beverything\b",
    _I,
)

# Creditor names people use for the same lender, folded to one key.
_ALIASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cmb", ("招商银行", "招商", "招行", "cmb", "china merchants", "merchants bank")),
    ("jiebei", ("借呗", "借被", "借贝", "jiebei", "jiebai")),
    ("huabei", ("花呗", "花被", "花贝", "huabei")),
    ("pingan", ("平安普惠", "平安", "ping an", "pingan", "puhui")),
    ("ccb", ("建设银行", "建行", "ccb")),
    ("icbc", ("工商银行", "工行", "icbc")),
    ("citi", ("花旗", "citi", "citibank")),
    ("hsbc", ("汇丰", "hsbc")),
    ("weilidai", ("微粒贷", "weilidai")),
    ("mybank", ("网商贷", "网商", "mybank")),
    ("meituan", ("美团", "meituan")),
    ("baitiao", ("白条", "京东", "baitiao", "jd")),
    ("fenqile", ("分期乐", "fenqile")),
    # every other lender the payment cues know (cues.CREDITOR), so a reminder set for one can be
    # named again: "度小满那个取消", "the amex one is paid"
    ("boc", ("中国银行", "中行", "中银", "boc", "bank of china")),
    ("abc", ("农业银行", "农行")),
    ("bocom", ("交通银行", "交行", "bocom")),
    ("spdb", ("浦发", "spdb", "pufa")),
    ("citic", ("中信", "citic")),
    ("ceb", ("光大", "everbright")),
    ("cgb", ("广发", "guangfa", "cgb")),
    ("cib", ("兴业", "cib")),
    ("cmbc", ("民生银行", "民生", "minsheng", "cmbc")),
    ("hxb", ("华夏银行", "华夏")),
    ("psbc", ("邮储", "邮政", "psbc")),
    ("sc", ("渣打", "standard chartered")),
    ("hangseng", ("恒生", "hang seng")),
    ("dbs", ("星展", "dbs")),
    ("ocbc", ("华侨银行", "ocbc")),
    ("uob", ("大华银行", "uob")),
    ("dxm", ("度小满", "有钱花", "duxiaoman", "dxm")),
    ("anyihua", ("安逸花", "马上消费", "anyihua", "mashang")),
    ("zhaolian", ("招联", "zhaolian")),
    ("jintiao", ("金条", "jintiao")),
    ("paipaidai", ("拍拍贷", "paipaidai")),
    ("zhongan", ("众安", "zhongan")),
    ("suning", ("苏宁", "任性贷", "suning")),
    ("ctrip", ("携程", "拿去花", "ctrip")),
    ("homecredit", ("捷信", "home credit")),
    ("hengyidai", ("恒易贷", "hengyidai")),
    ("welab", ("我来贷", "welab")),
    ("lufax", ("陆金所", "陆金服", "lufax")),
    ("webank", ("微众", "webank")),
    ("rural", ("信用社", "农商", "农信")),
    ("amex", ("运通", "amex", "american express")),
    ("chase", ("chase",)),
    ("bofa", ("bofa", "bank of america")),
    ("wells", ("wells fargo",)),
    ("barclays", ("巴克莱", "barclays")),
    ("capitalone", ("capital one",)),
    ("klarna", ("klarna",)),
    ("afterpay", ("afterpay",)),
    ("affirm", ("affirm",)),
)


def creditor_keys(text: str, normalized: bool = False) -> set[str]:
    """The lenders a text names, as alias keys (招行 and CMB are one)."""
    folded = (text if normalized else normalize(text)).casefold()
    keys = set()
    for key, names in _ALIASES:
        if any(_has_name(folded, n) for n in names):
            keys.add(key)
    return keys


def _has_name(folded: str, name: str) -> bool:
    if name.isascii():  # "jiebei的那个": a Chinese character ends an English name too
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", folded) is not None
    return name in folded


@dataclass(frozen=True)
class Command:
    op: str  # list | cancel | change | snooze | paid
    everything: bool = False
    days: tuple[date, ...] = ()  # dates the reference names (周五, 15号)
    monthdays: tuple[int, ...] = ()  # bare day numbers ("15号的"), any month
    amounts: tuple[Decimal, ...] = ()
    creditors: frozenset[str] = field(default_factory=frozenset)
    new_due: date | None = None
    new_amount: Decimal | None = None
    new_time: time | None = None  # "改成晚上8点", "make it 8pm"
    shift: int = 0  # days to move the reminder by ("推迟三天", "push it back a week")
    names_reminder: bool = False  # the message says 提醒/reminder
    pointed: bool = False  # "那个", "那笔", "the … one"
    text: str = ""  # the normalised message, to find stored creditor names in (named_notes)
    notes: frozenset[str] = field(default_factory=frozenset)  # stored notes the message names
    position: str | None = None  # "first" (最近那个, the next one) or "last" (最后那个)
    plan: bool = False  # an instalment plan is meant (分期那个, the installment plan)

    @property
    def has_reference(self) -> bool:
        return bool(
            self.days
            or self.monthdays
            or self.amounts
            or self.creditors
            or self.notes
            or self.position
            or self.plan
        )


# A possessive typed without its apostrophe ("fridays one", "huabeis payment", "the 15ths one"):
# a day, a date or a lender's English name, then "s" and the thing it owns.
_BARE_POSSESSIVE = re.compile(
    r"\b(?P<w>(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|\d{1,2}(?:st|nd|rd|th)|[a-z]{2,})"
    r"s(?=\s+(?:one|payment|reminder|bill|instal\w*)\b)",
    _I,
)
_WEEKDAY_OR_DAY = re.compile(  # a whole weekday name: "weds", "tues" are abbreviations already
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)", _I
)


def _apostrophe(s: str) -> str:
    def put(m: re.Match[str]) -> str:
        word = m["w"]
        known = _WEEKDAY_OR_DAY.fullmatch(word) or creditor_keys(word, normalized=True)
        return f"{word}'s" if known else m.group(0)

    return _BARE_POSSESSIVE.sub(put, s) if s.isascii() or re.search(r"[a-z]s\s", s, _I) else s


def says_reminder(text: str) -> bool:
    """Whether a (normalised) message says 提醒/reminder at all, beyond pointing ("那个")."""
    return _REMINDER.search(text) is not None


def _not_done(
    s: str, candidates: list[tuple[str, re.Match[str]]], dates: list[DateMatch], now: datetime
) -> bool:
    """Is the payment word a payment still to make?"""
    verb = next(m for op, m in candidates if op == "paid")
    if _DONE_WORD.search(s):
        return False
    if _MUST.search(s):
        return True  # "今晚一定要还咗借呗嗰800": what must be done is not done yet
    # "后天把借呗的2k还了", "30号帮我把信用卡先还了": 把…还了 with a day still to come is a plan
    # to pay; so is one that must be done, or is due later today ("今晚要把…还了").
    return bool(_PLANNED.search(verb.group(0))) and (
        bool(_STILL_TO_DO.search(s))
        or any(d.value > now.date() and not _points(s, d.span) for d in dates)
    )


def read(text: str, now: datetime, normalized: bool = False) -> Command | None:
    """The management operation a message asks for, or None."""
    s = _apostrophe(fix_typos(text if normalized else normalize(text)))
    names = bool(_REMINDER.search(s))
    candidates = _ops(s)
    # (dates are read only when some order is: most messages the intent layer asks about give none)
    dates = find_dates(s, now, normalized=True) if candidates else []
    if any(op == "paid" for op, _ in candidates) and _not_done(s, candidates, dates, now):
        # "后天把借呗的2k还了": a payment still to make is no order; another word may be
        # ("借呗那个提醒取消吧 我打算一次结清了")
        candidates = [c for c in candidates if c[0] != "paid"]
        if not candidates:
            return None
    op, verb = _op(s, candidates)
    if op is None or verb is None:
        if _UPCOMING_RE.search(s) and not _ADVICE.search(s):
            # "what do i have coming up", "我都设了哪些还款"; not "我有哪些要还的欠款该怎么处理"
            return Command("list", names_reminder=True)
        if _names_in_clause(s) and _MINE.search(s):
            return Command("list", names_reminder=True)
        if _POINTER.search(s) and _NAMES_ONE.search(s) and _ASKS_ABOUT.search(s):
            # a question about one reminder: "when's the pingan one due", "周五那个提醒是多少来着"
            return Command("list", names_reminder=True)
        if (
            _DUE_THINGS.search(s)
            and _SHOW_OR_WHAT.search(s)
            and not _ASKS_AMOUNT.search(s)
            and not _ADVICE.search(s)
        ):
            # what is still to pay, asked to be shown: "列一下最近要还的", "我下个月要还啥"
            return Command("list", names_reminder=True)
        return None
    if _ASKS.search(s) and not names and not _POINTER.search(s):
        # "招行的分期能不能取消", "取消分期的后果是什么": a question about the debt, not an order
        # about a reminder (one that names a reminder or points at one still is: "…那个取消吗")
        return None
    # Where the new value is said: after the verb, or after 是 in "不是600 是650".
    said = (
        verb.start("new") if verb.re.groupindex.get("new") and verb.group("new") else verb.start()
    )
    clock = find_time(s, normalized=True) if op == "change" else None
    amounts = find_amounts(_mask_dates(s, now, clock.span if clock else None), normalized=True)
    new_time = time(clock.hour, clock.minute) if clock and clock.span[0] >= said else None
    # A date marked as pointing at a reminder ("周五那个", "15号的", "the friday one") is a
    # reference; any other date is the new one (change, snooze) or when it happened (paid).
    marked = [d for d in dates if _points(s, d.span)]
    free = [d for d in dates if not _points(s, d.span)]
    new_due = new_amount = None
    if op in ("change", "snooze"):
        after = [d for d in free if d.span[0] >= said]
        pick = after[0] if after else (free[-1] if free and op == "snooze" else None)
        if len(after) > 1 and _CORRECTION.search(s, after[0].span[1], after[-1].span[0]):
            pick = after[-1]  # "to next friday... actually friday after next"
            free = [d for d in free if d not in after[:-1]]  # the date taken back points nowhere
        if pick is not None:
            new_due = pick.value
            free = [d for d in free if d is not pick]
        money = [a for a in amounts if a.span[0] >= said and not _points(s, a.span)]
        # (not in "不是800 是900", where the verb itself says which one is new)
        swapped = None if said != verb.start() else _new_before_old(s, amounts)
        if op == "change" and swapped is not None:  # "500 instead of 800": the first is new
            new_amount = swapped.value
            amounts = [a for a in amounts if a is not swapped]
        elif op == "change" and money:
            # "change the friday 800 to 900": of two amounts joined by "to", the second is new
            joined = len(money) > 1 and _TO.match(s[money[0].span[1] : money[1].span[0]])
            new = money[1] if joined else money[0]
            new_amount = new.value
            amounts = [a for a in amounts if a is not new]
    dates = marked + (free if op in ("cancel", "change") else [])
    days, monthdays = _split_days(s, dates)
    shift = _shift(s) if op == "change" and new_due is None else 0
    # "the CMB one", "借呗那个" point at a stored reminder even without the word 提醒.
    pointed = _POINTER.search(s) is not None
    # The reminder word counts only in the clause that gives the order, and not when someone
    # else's reminders are meant ("支付宝一直给我发提醒").
    names = _names_in_clause(s, verb) or (op != "paid" and pointed)
    return Command(
        op,
        everything=bool(_ALL.search(s)),
        days=days,
        monthdays=monthdays,
        amounts=tuple(a.value for a in amounts),
        creditors=frozenset(creditor_keys(s, normalized=True)),
        new_due=new_due,
        new_amount=new_amount,
        new_time=new_time,
        shift=shift,
        names_reminder=names,
        # For "paid", an amount marked as a reference also points ("八百块的已经还了").
        # So does a date marked as one ("mark Tuesday's as paid", "the one due on the 15th").
        pointed=pointed
        or (op == "paid" and (any(_points(s, a.span) for a in amounts) or bool(marked))),
        text=s,
        position="first" if _FIRST.search(s) else "last" if _LAST.search(s) else None,
        plan=_PLAN_REF.search(s) is not None,
    )


_ASKS = re.compile(
    r"[?？]|能不能|可不可以|可以吗|行不行|会怎样|会怎么样|怎么办|后果|影响|有用吗|\bcan\s+i\b|\bis\s+(?:it|that|this)\s+possible\b|"
    r"\bwhat\s+happens\b|\bshould\s+i\b|\bwhat\s+if\b",
    _I,
)
# Which one by its place in time, or by being a plan.
_FIRST = re.compile(
    r"最近的?(?:那|一)?(?:个|笔|条)|下一(?:个|笔|条)|最早的?(?:那|一)?(?:个|笔|条)|第一(?:个|笔|条)|马上(?:要)?到期的|"
    r"\b(?:next|nearest|soonest|earliest|first|upcoming)\s+(?:one|payment|reminder)\b",
    _I,
)
_LAST = re.compile(
    r"最后(?:那|一)?(?:个|笔|条)|最晚的?(?:那|一)?(?:个|笔|条)|\b(?:last|latest)\s+(?:one|payment|reminder)\b",
    _I,
)
_PLAN_REF = re.compile(
    r"分期(?:的|那)|月供|每个?月的|\binstal+ment(?:s|\s+plan|\s+one)?\b|\bpayment\s+plan\b|\bmonthly\s+one\b",
    _I,
)


# Verbs that say a payment is made only with 了/已: with a day to come they are a plan.
# A person correcting themselves: the later date is the one meant.
_CORRECTION = re.compile(
    r"\bactually\b|\bi\s+mean\b|\bno\s+wait\b|\bsorry\b|\bmake\s+(?:it|that)\b|\bscratch\s+that\b|"
    r"不对|哦不|不是|我是说|说错了|应该是|还是",
    _I,
)
_PLANNED = re.compile(
    r"^(?:(?:还|付|交|缴|转)了|还完|还清|还上|[付交缴]完|转账给|转给)$"
)  # no mark of being done
# ...and 提前还了 is paid ahead of the day ("周五招行那800我提前还了").
_DONE_WORD = re.compile(r"已|刚|提前(?:还|付|交|缴|转)(?:了|咗)|\balready\b", _I)
_MUST = re.compile(
    r"必须|务必|一定要|要(?:还|交|缴|俾|畀)咗|谂住|打算|准备|\b(?:must|gotta|have\s+to|need\s+to)\s+pay\b|"
    # will have paid: "我阿妈听日会帮我还咗招行张卡" is a plan, not a payment made
    r"(?<![不唔])会\s?(?:帮我|替我|同我)?\s?(?:还|俾|畀|交|缴|转)咗",
    _I,
)
_STILL_TO_DO = re.compile(
    r"必须|务必|一定要|赶紧|赶快|今晚|今天晚上|今天下午|今天之内|今天内|(?:要|得|准备|打算)把", _I
)

_POINTS_AFTER = re.compile(
    r"\s?(?:那|的|[嗰𠮶]|号的|號的|提醒|'s\b|\bone\b|\bpayment\b|\breminder\b|\binstal|"
    r"(?:\w+\s+){1,2}one\b)",  # "the 10th monthly one"
    _I,
)
_POINTS_BEFORE = re.compile(
    # "the one on the 15th" points; "the CMB one on Wednesday" names it, the date is the new one
    # "from 2000 to 1800", "从15号改到20号": the old value points, the new one follows
    r"(?:\bthe|\babout(?:\s+the)?|\bfor(?:\s+the)?|\bone\s+(?:due|on)|\bthe\s+one|\bdue|"
    r"\bfrom(?:\s+the)?|从)\s*$",
    _I,
)


def _points(s: str, span: tuple[int, int]) -> bool:
    """Is the date or amount at `span` used to point at a reminder?"""
    return bool(
        _POINTS_AFTER.match(s, span[1]) or _POINTS_BEFORE.search(s[max(0, span[0] - 12) : span[0]])
    )


_CLAUSE = re.compile(r"[，。,.!！?？;；\n]")
_SOMEONE_ELSES = re.compile(
    r"支付宝|微信|银行|平台|催收|短信|app|他们|对方|\bthey\b|\bthe\s+bank\b|\bthe\s+app\b", _I
)


def _names_in_clause(s: str, verb: re.Match[str] | None = None) -> bool:
    """Is there a clause that names reminders and gives an order about them (or, for a list,
    asks to see them), and is not about someone else's ("支付宝一直给我发提醒")?"""
    for clause in _CLAUSE.split(s):
        if not _REMINDER.search(clause) or _SOMEONE_ELSES.search(clause):
            continue
        if verb is None and _REMINDERS_AS_THING.search(clause) and _LIST_CUE.search(clause):
            return True
        if verb is not None and any(regex.search(clause) for _, regex in _OPS):
            return True
    return False


_SHIFT = re.compile(
    r"(?:推迟|延后|延期|延迟|展期|往后延|推后|往后推|往后挪|挪|顺延|延|推|晚|迟|\bback\b|\bby\b|\bdelay\w*|\bpostpone\w*|"
    r"\b(?:push|bump)\w*(?:\s+(?:it|that|this|them))?)\s*"
    r"(?P<n>\d{1,2}|[一两二三四五六七八九十]{1,2}|an?|one|two|three|four|five|six|seven)\s*"
    r"(?P<u>天|日|周|个?星期|个?礼拜|days?\b|weeks?\b)",
    _I,
)
_EN_SMALL = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
}


# Between a new value and the old one it replaces, ending right before the old one: "500
# instead of 800", "pay 500 on the cmb one instead of 800", "900 而不是 1000".
_INSTEAD = re.compile(
    r"^[^。;；!！?？\n]{0,30}?(?:\binstead\s+of|\brather\s+than|\bnot|而不是|不是)\s*(?:the\s+)?[$¥]?\s*$",
    _I,
)


_TO = re.compile(
    r"^\s*(?:块|元|块钱|rmb|yuan)?\s*(?:\bto\b|->|→|=>|改成|改为|改到|变成|换成)\s*[$¥]?\s*$", _I
)


def _new_before_old(s: str, amounts: list[Amount]) -> Amount | None:
    """The amount said first when the next one is the value it replaces, or None."""
    for a, b in zip(amounts, amounts[1:], strict=False):
        if a.value != b.value and _INSTEAD.search(s[a.span[1] : b.span[0]]):
            return a
    return None


# Moving it earlier: "往前挪一天", "提早两天", "bring it forward 2 days", "2 days earlier".
_SHIFT_EARLIER = re.compile(
    r"(?:往前(?:挪|移|调|推)?|提早|\bforward\b|\bup\b)\s*"
    r"(?P<n>\d{1,2}|[一两二三四五六七八九十]{1,2}|an?|one|two|three|four|five|six|seven)\s*"
    r"(?P<u>天|日|周|个?星期|个?礼拜|days?\b|weeks?\b)|"
    r"(?P<n2>\d{1,2}|an?|one|two|three|four|five|six|seven)\s+(?P<u2>days?|weeks?)\s+earlier\b",
    _I,
)


def _shift(s: str) -> int:
    """Days a change moves a reminder by (negative: earlier), or 0."""
    m = _SHIFT_EARLIER.search(s)
    sign = -1
    if m is None:
        m, sign = _SHIFT.search(s), 1
    if m is None:
        return 0
    found = {k: v for k, v in m.groupdict().items() if v}
    raw = (found.get("n") or found.get("n2") or "").lower()
    n = _EN_SMALL.get(raw) or small_int(raw) or 0
    unit = (
        (found.get("u") or found.get("u2") or "d").lower().lstrip("个")
    )  # 一个礼拜, 两个星期: weeks
    return sign * n * (7 if unit[0] in "周星礼w" else 1)


def _ops(s: str) -> list[tuple[str, re.Match[str]]]:
    """Every operation the message's words could order, each at its first word, in _OPS order."""
    # "until it's paid off", "直到还清": how long a plan runs, not a payment made
    runs = [m.span() for m in UNTIL_PAID.finditer(s)]
    found: dict[str, re.Match[str]] = {}
    for op, regex in _OPS:
        if op in found:
            continue
        for m in regex.finditer(s):
            if op == "paid" and _NOT_YET.search(s, 0, m.start()):
                continue  # "未搞掂", "还没还", "haven't paid": not paid
            if op == "paid" and any(a <= m.start() < b for a, b in runs):
                continue
            found[op] = m
            break
    return list(found.items())


# The payments still to make as a thing ("要还的", "要还啥"), and a word that asks to see them
# or asks what they are; not how much one payment is ("要还多少利息").
_DUE_THINGS = re.compile(
    r"(?:要|该|待|得)还(?:的|啥|什么|咩|乜嘢|边啲)|(?:要|该|待)(?:还|付|交)款(?:的|项)|"
    r"\b(?:payments?|bills?)\s+(?:due|to\s+pay|left)\b|\b(?:i\s+)?(?:have|need|got)\s+to\s+pay\b(?!\s+\w)",
    _I,
)
_SHOW_OR_WHAT = re.compile(
    r"列|看|睇|显示|查|啥|什么|哪些|哪几|咩|乜嘢|边啲|\b(?:show|list|see|view|what|which)\b", _I
)
# ...nor advice about the debts ("我有什么要还的欠款怎么办")
_ADVICE = re.compile(r"怎么|如何|咋办|点算|点办|欠款|债|后果|\bhow\b|\bshould\b|\bdebts?\b", _I)
_ASKS_AMOUNT = re.compile(r"多少|几多|\bhow\s+much\b|利息|\binterest\b|\d", _I)


_NAMES_ONE = re.compile(r"提醒|\bremind\w*|\bthe\s+(?:[\w\s]{1,20}\s+)?one\b", _I)
_ASKS_ABOUT = re.compile(
    r"多少|几号|哪天|哪一天|什么时候|几时|幾時|来着|\bwhen\b|\bhow\s+much\b|\bwhat\s+(?:day|date)\b",
    _I,
)


# A clause break: punctuation, or a space between Chinese words (phone typing: "招行的删了吧 钱我哥帮我还了").
_PART = re.compile(rf"{_CLAUSE.pattern}|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _addressed(s: str, m: re.Match[str]) -> bool:
    """Is the clause holding an operation's word about a reminder (提醒, "the CMB one", a lender),
    and not someone else's? "delete the pingan reminder, loan is settled" orders a cancel; the
    settling is its reason."""
    starts = [0, *(c.end() for c in _PART.finditer(s, 0, m.start()))]
    end = _PART.search(s, m.end())
    clause = s[starts[-1] : end.start() if end else len(s)]
    if _SOMEONE_ELSES.search(clause):
        return False
    return bool(
        _REMINDER.search(clause)
        or _POINTER.search(clause)
        or creditor_keys(clause, normalized=True)
    )


def _op(
    s: str, candidates: list[tuple[str, re.Match[str]]]
) -> tuple[str | None, re.Match[str] | None]:
    """The operation ordered: of several, the first (in _OPS order) whose clause is about a
    reminder, else the first. A snooze always wins: "借呗的先别提醒 下周三再说" puts it off."""
    if len(candidates) > 1 and candidates[0][0] != "snooze":
        addressed = [c for c in candidates if _addressed(s, c[1])]
        if addressed and len(addressed) < len(candidates):
            return addressed[0]
    return candidates[0] if candidates else (None, None)


# A paid word negated: not (yet) paid.
_NOT_YET = re.compile(
    r"(?:未|没|没有|还没|还没有|仲未|尚未)\s?$|\b(?:not|n't|never|haven'?t|hasn'?t)\s+(?:yet\s+)?(?:been\s+)?$",
    _I,
)


_DAY_ONLY = re.compile(
    r"(?<![\d月])(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s?[号日](?!\s?[月元])"
)
_EN_DAY_ONLY = re.compile(r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", _I)


def _split_days(s: str, found: list[DateMatch]) -> tuple[tuple[date, ...], tuple[int, ...]]:
    """Full dates, and bare day numbers ("15号的", "the 15th") kept as days of any month."""
    days: list[date] = []
    monthdays: list[int] = []
    for d in found:
        piece = s[d.span[0] : d.span[1]].strip()
        m = _DAY_ONLY.fullmatch(piece) or _EN_DAY_ONLY.search(piece)
        day = small_int(m["d"]) if m else None
        if d.kind == "day" and day:
            monthdays.append(day)
        else:
            days.append(d.value)
    return tuple(days), tuple(monthdays)


def _mask_dates(s: str, now: datetime, clock: tuple[int, int] | None = None) -> str:
    chars = list(s)
    for span in [d.span for d in find_dates(s, now, normalized=True)] + ([clock] if clock else []):
        for i in range(*span):
            chars[i] = " "
    return "".join(chars)


# Parts of a lender's name too generic to point at one reminder.
_GENERIC_PARTS = frozenset(
    "银行 贷款 信用 用卡 分期 金融 消费 借款 还款 网贷 平台 bank card loan credit the one".split()
)


def _name_parts(note: str) -> set[str]:
    """Pieces of a stored creditor name a person may call it by: any two characters in a row
    of a Chinese name (普惠 for 平安普惠, 招商 for 招商银行), any English word of 3+ letters."""
    folded = normalize(note).casefold()
    parts = {w for w in re.findall(r"[a-z]{3,}", folded)}
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", folded):
        parts |= {run[i : i + 2] for i in range(len(run) - 1)}
    return parts - _GENERIC_PARTS


def named_notes(cmd: Command, reminders: Sequence[Reminder]) -> Command:
    """The command with the stored creditor names its words point at, when no known alias
    did ("普惠那个" for 平安普惠, "the Merchants one"); unchanged otherwise."""
    if cmd.creditors or not cmd.text:
        return cmd
    folded = cmd.text.casefold()
    notes = frozenset(
        r.note
        for r in reminders
        if r.note
        and any(
            (re.search(rf"\b{p}\b", folded) if p.isascii() else p in folded)
            for p in _name_parts(r.note)
        )
    )
    return replace(cmd, notes=notes) if notes else cmd


def resolve(cmd: Command, reminders: Sequence[Reminder]) -> list[Reminder]:
    """The open reminders the command refers to (one per plan: its next instalment)."""
    seen: set[int] = set()
    pool: list[Reminder] = []
    for r in reminders:
        if r.plan_id is not None:
            if r.plan_id in seen:
                continue
            seen.add(r.plan_id)
        pool.append(r)
    if not cmd.has_reference:
        return pool
    found = [r for r in pool if _fits(cmd, r, reminders)]
    if cmd.position and found:  # the nearest (or the last) of those that fit
        found.sort(key=lambda r: r.local_due)
        found = [found[0] if cmd.position == "first" else found[-1]]
    return found


def _fits(cmd: Command, r: Reminder, every: Sequence[Reminder]) -> bool:
    plan = [x for x in every if r.plan_id is not None and x.plan_id == r.plan_id] or [r]
    dues = {x.local_due.date() for x in plan}
    if cmd.days and not any(d in dues for d in cmd.days):
        return False
    if cmd.monthdays and not any(d.day in cmd.monthdays for d in dues):
        return False
    if cmd.amounts and (r.amount is None or r.amount not in cmd.amounts):
        return False
    if cmd.creditors and not (creditor_keys(r.note or "") & cmd.creditors):
        return False
    if cmd.notes and r.note not in cmd.notes:
        return False
    if cmd.plan and r.plan_id is None:
        return False
    return True
