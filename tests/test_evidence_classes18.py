"""The evidence log's reading of one message (issue #14), eighteenth session: a channel said to
have none, two counts joined by 加, the person's own people reaching them, and "came again"
after a call. Sentences written for these tests, not taken from a blind round."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.evidence.extract import extract_all

NOW = datetime(2026, 12, 1, 20, 0)


def kinds(text: str) -> list[tuple[str, int]]:
    return [(e.kind, e.count) for e in extract_all(text, NOW)]


def test_a_channel_said_to_have_none_is_not_logged() -> None:
    assert kinds("今天微信6条，电话一个没有") == [("message", 6)]


def test_one_call_that_no_one_answered_is_still_a_call() -> None:
    assert kinds("下午打了一个电话没有人接") == [("call", 1)]


@pytest.mark.parametrize("text", ["周四电话5个加短信3条", "周四打了5个电话外加3条短信"])
def test_two_counts_joined_by_jia_are_two_kinds(text: str) -> None:
    assert kinds(text) == [("call", 5), ("message", 3)]


def test_being_added_on_wechat_is_not_a_joined_count() -> None:
    found = dict(kinds("接到催收电话4次 一个朋友也被加微信了"))
    assert "message" not in found


@pytest.mark.parametrize(
    "text",
    [
        "催收给我表哥发了两条短信，我表哥晚上11点打电话来问我怎么回事",
        "they texted my uncle twice. my mum rang me at 11pm crying",
    ],
)
def test_a_relative_calling_the_person_is_no_contact_and_no_night(text: str) -> None:
    events = extract_all(text, NOW)
    assert [e.kind for e in events] == ["third-party"]
    assert events[0].count == 2
    assert not any(e.when.night for e in events)


def test_a_relative_reporting_someone_else_keeps_the_contact() -> None:
    assert [k for k, _ in kinds("我舅说下午有人发微信给他 问我在哪")] == ["third-party"]


def test_a_relative_who_counts_the_messages_settles_the_count() -> None:
    assert kinds("他们给我表哥发了十几条微信，我表哥截图给我数了是16条") == [("third-party", 16)]


def test_came_again_after_a_call_is_one_more_call() -> None:
    assert kinds("上午9点来电一次，10点半又来一次") == [("call", 2)]


def test_came_again_after_a_visit_is_one_more_visit() -> None:
    assert kinds("早上有人上门一次，晚上又来了一次") == [("visit", 2)]


def test_phone_contacts_are_the_contact_list() -> None:
    assert kinds("they messaged 9 people in my phone contacts") == [("third-party", 9)]


def test_a_neighbour_named_by_kinship_next_door_is_a_third_party() -> None:
    assert "third-party" in dict(kinds("他们上门贴了纸，还跟隔壁李婶说我欠钱"))


@pytest.mark.parametrize(
    "text",
    [
        "催收今天跑到我们码头找我，跟装卸队的队员说我欠钱",
        "他们上门来了，还在小卖部老板那里说我欠债不还",
    ],
)
def test_telling_anyone_about_the_debt_during_a_visit_reaches_a_third_party(text: str) -> None:
    assert [k for k, _ in kinds(text)] == ["visit", "third-party"]


@pytest.mark.parametrize(
    "text",
    ["催收上门了，当着顾客的面说我欠钱", "他们在抖音发了我的名字和照片说我是老赖"],
)
def test_saying_it_in_front_of_people_or_of_a_photo_is_not_telling_someone(text: str) -> None:
    assert "third-party" not in dict(kinds(text))


def test_a_time_heading_the_next_clause_is_not_one_more_call() -> None:
    assert kinds("催收上午打了我电话，11点半又打了一个") == [("call", 2)]


def test_times_told_alone_after_a_call_are_one_more_each() -> None:
    assert kinds("打了个电话 晚上9点 10点 11点") == [("call", 3)]


def test_a_days_total_after_a_first_call_told_without_a_number_is_the_total() -> None:
    assert kinds("早上7点打了第一个电话，后来一整天加起来一共打了9个") == [("call", 9)]


def test_a_total_of_every_kind_told_changes_no_count() -> None:
    assert kinds("打了个电话 发了5条短信 一共6次") == [("call", 1), ("message", 5)]
