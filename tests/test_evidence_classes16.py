"""Evidence-log classes of the sixteenth session (issue #14); every sentence our own.

A clause opening with "and" goes on with the list of people the clause before began ("找了店长 |
和三个同事"), its number counting people; the members named of a group just reached ("通讯录里的
人 … 其中有A、B、C") count it; a count of calls said after the phone ("打我手机5通") is calls;
"not one call" is none; one's own people calling the person is no contact by the collector, and
"给我房东" is the landlord, not the person; platforms joined by "and" (和, 同, "on X and on Y")
are that many posts, and a post made at each of the visits just counted is one per visit."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.evidence.extract import extract_all

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds(text: str) -> set[tuple[str, int]]:
    return {(e.kind, e.count) for e in extract_all(text, NOW)}


@pytest.mark.parametrize(
    "text,want",
    [
        # people: a list going on, a group's members, kin said with an ordinal, a number beside names
        (
            "上午他们去了我店里，找了我们店长和三个同事打听我住哪",
            {("visit", 1), ("third-party", 4)},
        ),
        (
            "他们给我通讯录的人群发短信，其中有我舅舅、我同学阿强、还有我以前的房东",
            {("third-party", 3)},
        ),
        ("催收把电话打到我二哥、我三姐还有村主任那里了", {("third-party", 3)}),
        ("他们又打给我们厂的班长和我老婆", {("third-party", 2)}),
        # calls counted after the phone; none said with "not one"
        ("昨天夜里有人打我手机4通", {("call", 4)}),
        ("今日收到六条短信，一个电话都没有", {("message", 6)}),
        # one's own people passing it on are no contact of the collector's
        ("他们打给我爸，我爸给我打电话问怎么回事", {("third-party", 1)}),
        ("他们打给我舅舅，我舅舅打电话问我到底欠了多少", {("third-party", 1)}),
        # "给我房东": the landlord reached, even after a group told of
        (
            "催收发到了我们小区业主群里，群里三百多人，又打电话给我房东",
            {("posting", 1), ("third-party", 1)},
        ),
        # posts on platforms joined by "and", in each language
        ("他们在微博和小红书都发了我的照片", {("posting", 2)}),
        ("佢哋喺fb同ig都po咗我张相", {("posting", 2)}),
        ("they put it on tiktok and on weibo", {("posting", 2)}),
        ("they shared it in 4 wechat groups: family, school, work and church", {("posting", 4)}),
        # a post at each of the visits counted
        ("这个月来了我家三次，每次都在楼道里贴大字报", {("visit", 3), ("posting", 3)}),
        # (a note on the door for the person is part of the visit, not a post)
        ("这个月来了我家三次，每次都在门上贴纸条", {("visit", 3)}),
        # days with a count each split the count just given ("周一一次" is Monday, once)
        ("这周来了我家两次，周三一次周五一次", {("visit", 2)}),
        ("这周打了五个电话，周二两个，周四三个", {("call", 5)}),
        # the same thing posted again elsewhere; those who saw it are no more posts
        ("他们在抖音发了我的视频，又在微博发了同样的视频", {("posting", 2)}),
        (
            "they put my photo in the village wechat group, and the same photo on weibo",
            {("posting", 2)},
        ),
        ("佢哋喺屋苑群發咗我張相，成個群幾十個人都睇到", {("posting", 1)}),
        # a run of times, said with the day: one text each; one time and a day is one
        ("texts at 11pm, 11:40pm and 12:30am last night", {("message", 3)}),
        # at the door of a place of one's own is a visit
        ("今天下午他们去了我修车铺门口，站了半个钟头", {("visit", 1)}),
        # each of the people named, so many times ("各打了一个电话")
        ("今天他们给我老公和我婆婆各打了两个电话", {("third-party", 4)}),
        # the count the one reached settles on, though they passed it on
        ("他们给我弟发了二十来条短信，我弟截图给我数了是23条", {("third-party", 23)}),
        # another visit, and another post with "again" before the place
        ("昨天来了我家，今天又来了一次", {("visit", 2)}),
        ("下午又去我上班的奶茶店找我", {("visit", 1)}),
        ("他们发到了我们村的群里，还在快手上发了一条视频", {("posting", 2)}),
        # a total closing a list of people
        ("打给了我二姨、我同学阿杰、我房东，还有我以前的老板，一共四个", {("third-party", 4)}),
        # the former boss is a boss, reached by what was sent on
        (
            "they posted my photo on weibo and sent the link to my ex-boss",
            {("posting", 1), ("third-party", 1)},
        ),
    ],
)
def test_sixteenth_session_classes(text: str, want: set[tuple[str, int]]) -> None:
    assert kinds(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        # a number after the counted people is not more people: "8个亲戚朋友", "from my contacts"
        ("我知道的至少有8个亲戚朋友收到了他们的短信", 8),
        ("they texted 5 of my friends from my contacts", 5),
        # an ex alone is a former partner, reached
        ("they called my ex twice", 2),
    ],
)
def test_counted_people_are_not_counted_again(text: str, want: int) -> None:
    got = {e.kind: e.count for e in extract_all(text, NOW)}
    assert got.get("third-party") == want
