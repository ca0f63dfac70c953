"""The evidence log's clause grammar, class by class: who was reached (the target slot of a
contact verb), whom they only posed as, counts added across clauses, rates over a span, and
counts that are not attempts. Every example is the implementer's own (none copied from the
blind corpora), in zh, zh-Hant (Hong Kong and Taiwan) and en."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.evidence.extract import extract_all
from tests.conftest import NOW

Events = list[tuple[str, int]]


def events(text: str) -> Events:
    return sorted((e.kind, e.count) for e in extract_all(text, NOW))


# Someone else in the target slot of a contact verb, named by a word the relation table lacks
# or with a place or a description before it: third-party contact, not a call to the person.
TARGET_SLOT: list[tuple[str, Events]] = [
    ("给我们车间的班长打电话说我欠钱", [("third-party", 1)]),
    ("打电话给我实习单位的带教老师", [("third-party", 1)]),
    ("给我楼下开店的老王打电话", [("third-party", 1)]),
    ("打给我前同事问我下落", [("third-party", 1)]),
    ("打到我隔壁邻居家里去了", [("third-party", 1)]),
    ("给我驾校教练打了电话 说我是骗子", [("third-party", 1)]),
    ("打到我们物流园的调度员那里 打了两次", [("third-party", 2)]),
    ("致電我工作的餐廳兩次", [("third-party", 2)]),
    ("打電話俾我阿爺 又打俾我細佬", [("third-party", 2)]),
    ("發訊息給我女兒的補習老師", [("third-party", 1)]),
    ("texted my daughter's soccer coach", [("third-party", 1)]),
    ("texted my team leader and two of my coworkers", [("third-party", 3)]),
    ("called my church's pastor and my youth group leader", [("third-party", 2)]),
    ("they came to my workplace and talked to my manager", [("visit", 1), ("third-party", 1)]),
    ("给我的两个担保人都打了", [("third-party", 2)]),
    ("给我一起合租的两个女生打了电话", [("third-party", 2)]),
    ("仲打咗俾我嘅補習學生家長", [("third-party", 1)]),
    ("打俾我老婆公司 又打俾我仔學校", [("third-party", 2)]),
    ("打了我的手机三次 打了我老婆手机两次", [("call", 3), ("third-party", 2)]),
    ("they contacted my co-signer", [("third-party", 1)]),
    ("又给我那个开出租的表哥打了三个", [("third-party", 3)]),
    ("打咗俾我屋企樓下管理處", [("third-party", 1)]),
    ("佢哋send咗相俾我老細", [("third-party", 1)]),
    ("text to my flatmate and 2 calls to my ex", [("third-party", 3)]),
]

# The slot holding the person themself (their phone, their own shop, a time, an adverb, the
# next verb) is a contact with the person.
SELF_IN_SLOT: list[tuple[str, Events]] = [
    ("给我打了一上午电话", [("call", 1)]),
    ("给我连续打了十个电话", [("call", 10)]),
    ("给我手机打了5次", [("call", 5)]),
    ("打给我本人三次", [("call", 3)]),
    ("打电话给我说要起诉我", [("call", 1)]),
    ("发短信给我让我今天还钱", [("message", 1)]),
    ("打给我的时候我在上班", [("call", 1)]),
    ("打到我出租屋的座机 打了两次", [("call", 2)]),
    ("给我所有号码都打了一遍", [("call", 1)]),
    ("给我这个号码打了五次", [("call", 5)]),
    ("打给我的次数已经超过二十次", [("call", 20)]),
    ("打给我催款 打了三次", [("call", 3)]),
    ("那个客服小姐姐打给我三次", [("call", 3)]),
    # what they want the person to do next names nobody
    ("联系我处理此事", [("other", 1)]),
    ("打给我协商还款", [("call", 1)]),
    ("called my private number 3 times", [("call", 3)]),
    ("called my cell 6 times", [("call", 6)]),
    ("messaged my wechat 6 times", [("message", 6)]),
    ("they kept ringing my doorbell", [("visit", 1)]),
    ("rang my mobile twice then texted my fiance", [("call", 2), ("third-party", 1)]),
    ("called my office 3 times and my phone 5 times", [("third-party", 3), ("call", 5)]),
]

# Someone else who got the call or text, named any way, or reached in the passive; the one
# reached telling how often.
RECEIVED: list[tuple[str, Events]] = [
    ("隔壁张阿姨也接到了电话", [("third-party", 1)]),
    ("楼下修鞋的师傅也收到了短信", [("third-party", 1)]),
    ("通讯录里的人都被打了个遍", [("third-party", 1)]),
    ("今天我也接到了三个电话", [("call", 3)]),
    # the collector receiving the person's payment is no contact of anyone
    ("催收员今天收到我的还款了", [("other", 1)]),
    ("打了我姐电话 她说打了3次", [("third-party", 3)]),
    ("my landlord's son got a call from them", [("third-party", 1)]),
    ("my phone got 9 calls", [("call", 9)]),
]

# Not a contact: a phone number shown is no call; flyers handed out are a post; people standing
# at the door (Cantonese 企) came.
WHAT_IT_WAS: list[tuple[str, Events]] = [
    ("发帖说我欠钱不还 还把我电话号码贴出来", [("posting", 1)]),
    ("把我的照片印成传单发了一条街", [("posting", 1)]),
    ("兩個男人喺我間舖頭門口企咗成個鐘", [("visit", 1)]),
    # a letter sent by any verb is a message, even to the home; signs held at the door are a post
    # by someone who came
    ("send咗封信去我屋企", [("message", 1)]),
    ("在我们公司门口举牌子", [("visit", 1), ("posting", 1)]),
    ("sent me a photo of my own house. then called 4 times", [("message", 1), ("call", 4)]),
    # someone named without a contact verb, then reached by a pronoun
    ("they tracked down my ex and texted her", [("third-party", 1)]),
    ("they went to my mom's house and talked to her", [("visit", 1), ("third-party", 1)]),
    # people described any way who came to one's place; a public page of one's own
    ("两个穿黑衣服的男的到我小卖部 说不还钱就天天来", [("visit", 1)]),
    ("催收在我直播间刷屏说我欠钱", [("posting", 1)]),
    # a landline is a call, and whoever answered it was reached
    ("打我老家座机 我奶奶接的", [("third-party", 1)]),
]

# Whom they posed as, or in whose name they wrote, is nobody reached.
POSING: list[tuple[str, Events]] = [
    ("冒充我表哥打电话给我", [("call", 1)]),
    ("用我朋友的名义打给我", [("call", 1)]),
    ("自称是我同事的朋友 加了我微信", [("message", 1)]),
    ("假扮我老板發了三條訊息給我", [("message", 3)]),
    ("pretended to be my cousin and messaged me on wechat", [("message", 1)]),
    ("someone posing as my cousin called me twice", [("call", 2)]),
]

# A number added in a later clause (又, 后来, again, more) adds to a contact told before without
# a number; people of another kind than those counted are more people.
ADDED: list[tuple[str, Events]] = [
    ("上午打了个电话，下午又打了三个", [("call", 4)]),
    ("打了一个电话给我，过了半小时又打了两个", [("call", 3)]),
    ("晚上10点打来一个 11点40又一个", [("call", 2)]),
    ("先发了一条短信 然后又发了两条", [("message", 3)]),
    ("texted me, then sent 2 more", [("message", 3)]),
    ("打电话给我的两个室友 还给我领导发了微信", [("third-party", 3)]),
    ("打给我三个同事 还打给了我妈", [("third-party", 4)]),
    ("给我爸打了两次，又打给我妈", [("third-party", 3)]),
    # the same kind of person again is one of those counted
    ("打给了我的3个亲戚 还给我舅舅打", [("third-party", 3)]),
    # no "again": the number says how many it was
    ("打了电话 一共打了5个", [("call", 5)]),
]

# Several kinds in one message, each with its own count.
SEVERAL_KINDS: list[tuple[str, Events]] = [
    ("上午给我发了5条短信 下午又给我老公打了3个电话", [("message", 5), ("third-party", 3)]),
    ("两个男的到我修车铺来了 还给我徒弟打电话", [("visit", 1), ("third-party", 1)]),
    (
        "打了我三个电话，发了我两条，又打了我爸一个",
        [("call", 3), ("message", 2), ("third-party", 1)],
    ),
    ("今日打咗六個電話俾我 又打咗俾我同事兩次", [("call", 6), ("third-party", 2)]),
    ("今天催收来了两次电话 一次短信", [("call", 2), ("message", 1)]),
    ("今天打了我十幾通電話 還傳LINE給我媽", [("call", 11), ("third-party", 1)]),
    (
        "rang me 9 times, texted 4 times, and emailed my HR department",
        [("call", 9), ("message", 4), ("third-party", 1)],
    ),
    (
        "two men came to my shop and then they called my wife 4 times",
        [("visit", 1), ("third-party", 4)],
    ),
]

# Counts: a rate over a span, ranges with a separator, clock times then 各, and numbers that
# count something else (numbers used, hours, posts on a platform).
COUNTS: list[tuple[str, Events]] = [
    ("他们每小时打一次，从早上9点到下午5点", [("call", 9)]),
    ("每隔半个小时打一次 从晚上八点到十一点", [("call", 7)]),
    ("they called every hour from 9 to 5", [("call", 9)]),
    ("连打了三天，每天五个", [("call", 15)]),
    ("8 calls a day for 3 days", [("call", 24)]),
    ("打了三轮 每轮五六个", [("call", 15)]),
    ("每天打5个电话", [("call", 5)]),
    ("電話打了七、八次", [("call", 7)]),
    ("下午3点和5点各打了一次", [("call", 2)]),
    ("电话打了两个小时都没停", [("call", 1)]),
    ("用五个不同的号码打了我十多个电话", [("call", 11)]),
    ("发了三个抖音视频骂我", [("posting", 3)]),
    ("打了兩三通", [("call", 2)]),
    ("twenty-something calls today", [("call", 20)]),
    ("a couple of texts and a dozen calls", [("message", 2), ("call", 12)]),
    ("got five calls and a whatsapp", [("call", 5), ("message", 1)]),
    # people coming again is one more visit; the people are not visits
    ("今天上午来了两个人 下午又来了三个人", [("visit", 2)]),
    # a count and whom it went to, without a verb
    ("今天傳了五則訊息給我 兩則給我先生", [("message", 5), ("third-party", 2)]),
    ("4 calls in the morning, another 4 in the evening", [("call", 8)]),
    ("called my office line 5 times then my mobile twice", [("third-party", 5), ("call", 2)]),
    # "three" is no HR department: two people, three times each
    ("called my wife and my mother three times each", [("third-party", 6)]),
    ("they sent my coworkers a screenshot of my loan", [("third-party", 1)]),
    # a count with its own kind is no grand total, even when the others add up to it
    ("一共来了3次电话 发了2次短信 上门1次", [("call", 3), ("message", 2), ("visit", 1)]),
    # how often the one reached got it, no channel named before
    ("我表姐说她也接到了 打了两次", [("third-party", 2)]),
    # part of a count given for the whole day; parts each with their own time add up
    ("today: 14 calls. 3 after 10pm. also a text to my mum", [("call", 14), ("third-party", 1)]),
    ("6 calls before noon, 4 after lunch", [("call", 10)]),
    ("they've been calling nonstop since 6am, 22 so far", [("call", 22)]),
]


@pytest.mark.parametrize(
    ("text", "want"),
    TARGET_SLOT + SELF_IN_SLOT + RECEIVED + WHAT_IT_WAS + POSING + ADDED + SEVERAL_KINDS + COUNTS,
)
def test_kinds_and_counts(text: str, want: Events) -> None:
    assert events(text) == sorted(want)


def test_whom_they_posed_as_is_not_named_as_reached() -> None:
    (entry,) = extract_all("冒充我朋友给我发了两条短信", NOW)
    assert (entry.kind, entry.count, entry.third_parties) == ("message", 2, ())


def test_the_implementers_own_logs_stay_read() -> None:
    """The 515 logs of the implementer's own this grammar was probed with
    (tests/data/intents/own/evidence17.jsonl, none from a blind round): kinds and counts stay
    right on at least 95 % of them (0.969 when written; the rest are listed on failure)."""
    path = Path(__file__).parent / "data" / "intents" / "own" / "evidence17.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 500
    assert {row["lang"] for row in rows} == {"zh", "zh-Hant", "en"}
    misses = [
        row["text"]
        for row in rows
        if events(row["text"]) != sorted((e["kind"], e["count"]) for e in row["events"])
    ]
    assert len(misses) <= 0.05 * len(rows), misses


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a tally without commas is a list, in either order of kind and count
        ("yesterday 4 calls 3 texts 2 visits", [("call", 4), ("message", 3), ("visit", 2)]),
        ("昨天电话9个短信4条", [("call", 9), ("message", 4)]),
        ("昨天 9个电话 4条短信", [("call", 9), ("message", 4)]),
        # a label's own count stays its count
        ("calls: 3, texts: 5", [("call", 3), ("message", 5)]),
    ],
)
def test_tallies_without_commas_are_lists(text: str, want: list[tuple[str, int]]) -> None:
    assert [(e.kind, e.count) for e in extract_all(text, NOW)] == want
