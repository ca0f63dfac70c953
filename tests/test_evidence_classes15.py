"""Evidence-log classes of the fifteenth session (issue #14); every sentence our own.

A total of people reached said after who they were counts the third-party contact (people.py),
and a clause that only sums up is no contact of its own; a phone number among the person's
details ("名字、电话和欠款金额") is no call; something put or passed into a group is a post; a
sheet stuck up whatever is written on it is a post; going to one's home village is a visit; the
times of a count said time first ("早上9点半一次") are parts of it, not more."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.evidence.extract import extract_all
from bot.evidence.people import people_total

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds(text: str) -> set[tuple[str, int]]:
    return {(e.kind, e.count) for e in extract_all(text, NOW)}


@pytest.mark.parametrize(
    "text,want",
    [
        ("催收给我通讯录里的人发了短信，有我姐、我表弟、我房东三个人收到", {("third-party", 3)}),
        (
            "今天催收打给我老板、我两个同事，还给我老婆打了，一共四个人都被骚扰了",
            {("third-party", 4)},
        ),
        (
            "they sent messages to 5 people in my contact list saying i'm a cheat",
            {("third-party", 5)},
        ),
        (
            "they messaged my aunt, my cousin and two of my clients. that's four people who got messages",
            {("third-party", 4)},
        ),
        # those who came, and those who saw a post, are not people reached
        ("今天有三个人到我家门口堵我", {("visit", 1)}),
    ],
)
def test_a_total_of_people_counts_those_reached(text: str, want: set[tuple[str, int]]) -> None:
    assert kinds(text) == want


def test_attempts_to_each_keep_their_own_count() -> None:
    assert people_total("打给我妈和我姐，2个人都各打了3次") is None
    assert people_total("群里30个人都看见了") is None


@pytest.mark.parametrize(
    "text,want",
    [
        ("催收在抖音发视频，把我的名字、电话和欠款金额都公开了", {("posting", 1)}),
        ("佢哋将我个名同电话放上咗一个LINE群组", {("posting", 1)}),
        ("他们把我的照片传到我们合作社的微信群里", {("posting", 1)}),
        (
            "今天有人到我家门口，走之前在楼道里贴了一张“欠债还钱”的纸",
            {("visit", 1), ("posting", 1)},
        ),
        ("有人去了我乡下我阿爷家，坐了一个钟才走", {("visit", 1)}),
        (
            "they went to my hometown and stuck a notice on my parents' door",
            {("visit", 1), ("posting", 1)},
        ),
        ("a collector came to the noodle shop where i work", {("visit", 1)}),
        ("今日佢哋嚟咗我公司兩次，早上9點半一次，下晝4點一次", {("visit", 2)}),
        # one of those told, and the number settled on
        ("昨天5条今天3条短信，有一条是凌晨1点发的", {("message", 8)}),
        ("这星期他们发了20条左右短信，我算过是21条", {("message", 21)}),
        ("晚上有人在我家门口按门铃，按了十几分钟", {("visit", 1)}),
        # information about the person is no message, a call asked for is no call made
        ("他们把我的欠款信息做成图片，发在了我们县的贴吧里", {("posting", 1)}),
        ("one text message this morning at 9:15, asking me to call back", {("message", 1)}),
        ("收到2条短信，叫我尽快回电话", {("message", 2)}),
        # a group named otherwise, and comments at another venue, are posts of their own
        ("照片发到了我们厂的工友群里，还发到了我老家的村民群里", {("posting", 2)}),
        ("催收在抖音上发了个视频说我是老赖，还在我朋友圈底下评论", {("posting", 2)}),
        ("催收在我微博下面连发了5条评论骂我是骗子", {("posting", 5)}),
        # told in person at a visit, in English
        (
            "they showed up at my workplace and talked to the receptionist about my loan",
            {("visit", 1), ("third-party", 1)},
        ),
        (
            "they visited my parents' house and told our next-door neighbour i owe money",
            {("visit", 1), ("third-party", 1)},
        ),
        # a call over an app is a call; a call to the home is no visit; a shop with its place
        # named is still one's own; a person named by where they are is someone else
        ("got a whatsapp voice call at 11pm, then 4 text messages", {("call", 1), ("message", 4)}),
        ("半夜有人打电话到我家室内电话，我爸接的", {("third-party", 1)}),
        ("今日有两个追数佬上咗我旺角间铺头，坐咗成个钟", {("visit", 1)}),
        ("他们还单独给村里会计打了电话", {("third-party", 1)}),
        # ... but the group just made is the same group
        ("催收建了个微信群，把我好多同学拉进去，然后在群里发我的欠款截图", {("posting", 1)}),
    ],
)
def test_posts_visits_and_parts(text: str, want: set[tuple[str, int]]) -> None:
    assert kinds(text) == want


def test_a_call_made_is_still_a_call() -> None:
    assert kinds("他们打电话给我，说要把我名字和电话发到网上") >= {("call", 1)}
