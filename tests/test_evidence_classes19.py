"""The evidence log's reading of one message (issue #14), nineteenth session: coming into a
shop or up to a stall said without 上门, going to where one works named by the work, and the
people a visit went to find. Sentences written for these tests, not taken from a blind round."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.evidence.extract import extract_all

NOW = datetime(2026, 12, 1, 20, 0)


def kinds(text: str) -> list[tuple[str, int]]:
    return [(e.kind, e.count) for e in extract_all(text, NOW)]


@pytest.mark.parametrize(
    "text",
    [
        "中午三个催收冲进店里大吵大闹",
        "有个男的一早就来摊子前面站着",
        "两个人进我店里不肯走",
    ],
)
def test_coming_into_a_shop_or_up_to_a_stall_is_a_visit(text: str) -> None:
    assert kinds(text) == [("visit", 1)]


def test_customers_walking_in_to_buy_are_no_visit() -> None:
    assert kinds("进店里买东西的客人都听到了") == [("other", 1)]


def test_going_to_where_one_works_named_by_the_work_counts_the_times() -> None:
    assert kinds("上个礼拜他们去了我打工的饭店三次") == [("visit", 3)]


def test_a_call_to_where_one_works_is_no_visit() -> None:
    assert "visit" not in dict(kinds("催收打电话到我上班的工厂"))


@pytest.mark.parametrize(
    "text",
    [
        "他们今天来了两次，上午到我店门口，晚上到我家楼下",
        "上门两次，第一次敲门，第二次在楼下等我",
        "来我家两次，下午一次，夜晚九点又一次",
    ],
)
def test_visits_counted_then_told_one_by_one_are_not_more(text: str) -> None:
    assert kinds(text) == [("visit", 2)]


def test_a_visit_told_again_after_the_count_is_one_more() -> None:
    assert kinds("上门两次，晚上又来了一次") == [("visit", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "昨天有人跑到我湖北老家去找了我奶奶",
        "他们上咗我台山乡下搵我阿嫲",
        "催收去了我乡下，同我阿公讲我欠钱",
        "Two men drove to my wife's village and spoke with her uncle.",
    ],
)
def test_someone_sought_at_a_visit_is_reached_too(text: str) -> None:
    assert kinds(text) == [("visit", 1), ("third-party", 1)]


def test_a_home_visit_to_a_relatives_house_is_one_visit() -> None:
    assert kinds("他们找到我姐家去了") == [("visit", 1)]


def test_a_visit_to_the_hometown_only_threatened_is_not_logged() -> None:
    assert "visit" not in dict(kinds("说要去我老家找我爸"))


@pytest.mark.parametrize(
    "text",
    [
        "昨天两个人去了我安徽老家，找我父母要钱",
        "有人到我老家，跟我爸妈说再不还就天天来",
        "They went to my hometown and spoke with my parents at the gate.",
    ],
)
def test_the_parents_at_the_hometown_visited_are_that_visit(text: str) -> None:
    assert kinds(text) == [("visit", 1)]


def test_one_parent_told_at_the_visit_is_reached() -> None:
    assert kinds("有人到我老家，跟我妈说我欠钱") == [("visit", 1), ("third-party", 1)]


def test_the_parents_called_after_a_visit_are_reached() -> None:
    assert dict(kinds("有人到我老家，又给我爸妈打了电话")).get("third-party") == 2


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("催收打电话给我的饲料批发商，还有我的三个老顾客", 4),
        ("今天打给了我两个老同事", 2),
        ("他们找了我两个同学，挨个打电话", 2),
        ("他们给我房东（王阿姨）发了短信", 1),
        ("They texted everyone in my contact list, at least 9 people have asked me about it.", 9),
        ("群发了短信给我通讯录，已经有7个人来问我了", 7),
    ],
)
def test_people_reached_are_counted_as_named(text: str, people: int) -> None:
    assert kinds(text) == [("third-party", people)]


def test_clock_times_with_each_after_again_are_that_many_more() -> None:
    assert kinds("中午有人打来一个电话。后来3点、6点又各打了一次") == [("call", 3)]


@pytest.mark.parametrize(
    ("text", "n"),
    [("收到3条短信，还有两段录音", 5), ("微信上发来一条语音，另外一张截图", 2)],
)
def test_things_sent_after_the_messages_are_more_messages(text: str, n: int) -> None:
    assert kinds(text) == [("message", n)]


def test_a_photo_told_after_a_post_is_what_was_posted() -> None:
    assert kinds("在抖音发了视频，还有一张照片") == [("posting", 1)]


def test_someone_named_in_what_the_person_was_doing_is_not_reached() -> None:
    assert kinds(
        "They rang me 5 times this morning while I was driving my boss's kids to school."
    ) == [("call", 5)]


def test_the_people_reached_calling_the_person_are_no_more_calls() -> None:
    assert kinds(
        "They phoned my aunt and my landlord. Both of them called me afterwards to ask about it."
    ) == [("third-party", 2)]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("这两天我奶茶店在点评上多了三条差评，都说我欠钱跑路", 3),
        ("今天店铺下面又出现了一则一星评论骂我是老赖", 1),
    ],
)
def test_reviews_left_on_ones_shop_are_posts(text: str, n: int) -> None:
    assert kinds(text) == [("posting", n)]


def test_a_message_sent_to_a_group_is_a_post() -> None:
    assert kinds("They sent a message to my son's class parents group saying I owe money.") == [
        ("posting", 1)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "催收建了个群，把我同学朋友都拉进去，在群里发我的照片",
        "They pulled my relatives into a WeChat group and posted my ID there.",
        "把我加进一个微信群，在里面发我的欠款截图",
    ],
)
def test_a_group_of_ones_people_by_kind_is_the_post_made_there(text: str) -> None:
    assert kinds(text) == [("posting", 1)]


def test_people_named_one_by_one_into_a_group_are_reached() -> None:
    found = dict(kinds("他们建了个群，把我哥、我嫂子都拉进去了，在群里骂我"))
    assert found == {"posting": 1, "third-party": 2}


def test_a_professor_named_after_his_field_is_reached() -> None:
    assert kinds("又打电话给我的指导教授") == [("third-party", 1)]


def test_someone_sought_out_to_be_told_at_a_visit_is_reached() -> None:
    assert kinds("今天有人跑到我们工地来找我，还找我们包工头说了半天") == [
        ("visit", 1),
        ("third-party", 1),
    ]


def test_the_one_a_call_asked_for_is_who_it_reached() -> None:
    assert kinds("催收打到学校的座机上，找我们校长说我欠钱") == [("third-party", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A collector turned up at my office at 10am and then at my flat around 8 pm.",
        "They came to my stall this morning and again to my home tonight.",
    ],
)
def test_one_visit_verb_two_places_at_two_times_is_two_visits(text: str) -> None:
    assert kinds(text) == [("visit", 2)]


def test_where_the_people_who_came_stood_is_the_same_visit() -> None:
    assert kinds("two guys came to my shop, at my counter for an hour") == [("visit", 1)]


def test_visiting_the_place_where_one_works_named_at_length() -> None:
    assert ("visit", 1) in kinds("They visited the fish market in Zhoushan where I work.")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("他們打給我在高雄的姊姊，還有我教會的朋友", 2),
        ("They called my landlord, my accountant and my dentist.", 3),
    ],
)
def test_people_listed_after_the_verb_each_count(text: str, n: int) -> None:
    assert kinds(text) == [("third-party", n)]


def test_the_person_saying_what_they_do_is_nobody_reached() -> None:
    assert kinds("我是镇上的老师，催收给我们校长打了电话") == [("third-party", 1)]


def test_a_visit_said_for_tomorrow_in_cantonese_is_not_logged() -> None:
    assert kinds("今日打咗兩次電話，仲話聽日會上嚟我鋪頭。") == [("call", 2)]


def test_a_channel_nobody_used_is_not_logged() -> None:
    assert kinds("Nobody called me yesterday, but they texted my sister.") == [("third-party", 1)]


def test_the_house_next_door_told_at_a_visit_is_reached() -> None:
    assert kinds("今朝有人拍門，仲同隔籬屋講我走數。") == [("visit", 1), ("third-party", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "他们在我们小区的业主群发了我的照片，又在贴吧发了一篇帖子骂我",
        "催收在美团上给我的店刷了一条差评，还在快手发了个视频挂我",
        "他们把我的欠款截图发在了本地论坛上，还在微博上发了一条",
        "在抖音发了个视频骂我。另外在我老家的村民群里也发了一遍",
    ],
)
def test_a_post_told_as_one_more_at_another_venue_is_two_posts(text: str) -> None:
    assert kinds(text) == [("posting", 2)]


def test_what_was_posted_in_the_same_group_is_one_post() -> None:
    assert kinds("拉了个群，在群里发了我的照片，还在群里骂我") == [("posting", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "佢哋將我張相擺咗落我哋大廈嘅WhatsApp群組度",
        "催收把我的照片传到我们村的LINE群组里",
        "佢哋喺我哋球隊個WhatsApp group入面send咗張相",
    ],
)
def test_something_put_into_a_group_is_a_post(text: str) -> None:
    assert kinds(text) == [("posting", 1)]


def test_mass_texting_the_contacts_is_still_a_contact() -> None:
    assert kinds("给我通讯录里的人群发短信") == [("third-party", 1)]


def test_the_count_after_one_more_post_is_that_posts_count() -> None:
    assert kinds("在抖音发了视频骂我，又在我店的点评下面留言，留了两条") == [("posting", 3)]


def test_people_added_to_a_group_by_kind_and_a_post_there_is_one_post() -> None:
    assert kinds("They added my classmates to a WeChat group and posted my ID card.") == [
        ("posting", 1)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("催收打到我们车队的座机上，是调度员接的", [("third-party", 1)]),
        (
            "他们打了我4个电话，还打到我们店里的座机3次，是我店员接的",
            [("call", 4), ("third-party", 3)],
        ),
        ("催收打到我们仓库办公室了，就一次，接电话的是我们组长", [("third-party", 1)]),
        ("他們打電話到我老家，我阿公接的，又打給我隔壁的阿姨", [("third-party", 2)]),
    ],
)
def test_who_answered_a_call_to_a_place_is_the_one_it_reached(
    text: str, want: list[tuple[str, int]]
) -> None:
    assert sorted(kinds(text)) == sorted(want)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("他们给我的工友小刘、小陈、老周每人打了一个电话", 3),
        ("催收给我同学小张、小林还有我们班主任都发了微信", 3),
    ],
)
def test_people_listed_by_name_each_count(text: str, n: int) -> None:
    assert kinds(text) == [("third-party", n)]


def test_kin_said_like_a_name_is_not_one_more() -> None:
    assert kinds("打给我老公和老婆") == [("third-party", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "催收打电话给我女朋友，说我欠钱不还，她现在不理我了。就一个电话，晚上十点多。",
        "他们打给我表哥说我住院了，其实是想逼我接电话。",
    ],
)
def test_the_call_told_again_or_what_it_was_for_is_no_more_calls(text: str) -> None:
    assert kinds(text) == [("third-party", 1)]


@pytest.mark.parametrize(
    ("text", "n"),
    [("他们打给我老板和两个同事", 3), ("催收把我的三个表哥都打了一遍", 3)],
)
def test_people_counted_with_one_named_beside_them(text: str, n: int) -> None:
    assert kinds(text) == [("third-party", n)]


def test_one_more_of_a_channel_counted_is_added() -> None:
    assert kinds("Today: 3 calls, 2 texts, and a voicemail at midnight.") == [
        ("call", 3),
        ("message", 3),
    ]


def test_one_of_those_counted_told_of_is_not_more() -> None:
    assert kinds("They called me 5 times today. One call was at 11pm.") == [("call", 5)]


def test_people_counted_then_named_are_those_counted() -> None:
    assert kinds("催收给我通讯录里四个人发了短信，有我姑姑、我室友，还有两个以前的同事。") == [
        ("third-party", 4)
    ]


def test_at_least_so_many_people_is_the_people_reached() -> None:
    assert kinds("给我同事发了短信 好几个同事都收到了 至少7个人") == [("third-party", 7)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "催收往我们饭店座机打了3次，跟老板说我欠钱，然后又给我打了2个电话",
            [("third-party", 3), ("call", 2)],
        ),
        ("催收今天打到我们茶行前台，又打给我们经理", [("third-party", 2)]),
    ],
)
def test_the_phone_of_where_one_works_reaches_it(text: str, want: list[tuple[str, int]]) -> None:
    assert sorted(kinds(text)) == sorted(want)


def test_the_phone_of_ones_own_shop_is_ones_own_line() -> None:
    assert kinds("催收打电话到我店里的座机两次") == [("call", 2)]


@pytest.mark.parametrize("text", ["A call at 5am woke up my husband.", "凌晨一个电话吵醒了我老婆"])
def test_who_a_call_woke_is_not_who_it_reached(text: str) -> None:
    assert kinds(text) == [("call", 1)]


@pytest.mark.parametrize("text", ["佢哋WhatsApp咗我個女", "佢哋打咗俾我個仔兩次"])
def test_a_daughter_or_son_in_cantonese_is_family(text: str) -> None:
    assert [k for k, _ in kinds(text)] == ["third-party"]


def test_whom_someone_reached_passed_it_on_to_is_not_reached() -> None:
    text = "催收今天到我上班的工地门口，让保安转告我还钱，保安后来告诉了我们包工头。"
    assert kinds(text) == [("visit", 1), ("third-party", 1)]
