"""The evidence log's reading of one message (issue #14), twentieth session, class by class:
posts put up at the door told by their words, people of one's own told in person or asked where a
visit went, visits told by a place named at length or by waiting somewhere, the person's own phone
after someone else, English counting ("each once", "about 10 people", "a voice message and two
texts", "once at my home"), posts (details listed after a post, characters written on it, comments
counted, a group made then posted in, a picture made then put up), and when (the evening a day
names, the Cantonese parts of the day). Sentences written for these tests, not taken from a blind
round."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.evidence.extract import extract_all
from bot.evidence.when import parse_when

NOW = datetime(2026, 12, 1, 20, 0)


def kinds(text: str) -> list[tuple[str, int]]:
    return [(e.kind, e.count) for e in extract_all(text, NOW)]


@pytest.mark.parametrize(
    "text",
    [
        "下午两个人来我家敲门，走之前在门上贴了张“老赖在此”",
        "昨晚有人上门，还在我家门口喷油写了欠钱不还",
        "琴日有人上咗我屋企，仲喺門口貼咗張「還錢」",
        "兩個人嚟過我屋企，喺門口噴油寫「欠債」",
        "someone came to my house this morning and left a note on the gate saying 'pay your debts'",
    ],
)
def test_words_put_up_at_the_door_after_a_visit_are_a_post(text: str) -> None:
    assert sorted(kinds(text)) == [("posting", 1), ("visit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "今天上门一次，走的时候在门上塞了张纸条",
        "a man came round at noon and left a note on my door",
    ],
)
def test_a_note_left_for_the_person_stays_part_of_the_visit(text: str) -> None:
    assert kinds(text) == [("visit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "他们找到我打工的砖厂，还跟我们烧窑的老周说我欠钱",
        "两个人去了我上班的修车厂，又同我们管仓库的调度员讲了一通",
        "有人來菜市場找我，後來跟我隔壁賣菜的大姐說我欠債",
        "今日有人嚟鋪頭搵我，仲同我隔離檔賣魚嘅佬講咗",
    ],
)
def test_someone_of_ones_own_told_in_person_at_a_visit_was_reached(text: str) -> None:
    assert sorted(kinds(text)) == [("third-party", 1), ("visit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "他们来我家门口，跟我说再不还就天天来",
        "催收上门了，我跟我老婆说了这事",
    ],
)
def test_the_person_told_or_telling_is_nobody_reached(text: str) -> None:
    assert kinds(text) == [("visit", 1)]


def test_a_single_parent_sought_for_money_at_a_visit_is_reached_besides_a_neighbour() -> None:
    text = "他们跑去我乡下，找我妈要钱，在院子里坐了很久，还跟隔壁大叔说我欠钱"
    assert sorted(kinds(text)) == [("third-party", 2), ("visit", 1)]


def test_told_in_person_the_one_who_told_of_the_visit() -> None:
    assert sorted(kinds("我老婆说今天有人上门找我，敲了半天门，还跟她说我欠钱")) == [
        ("third-party", 1),
        ("visit", 1),
    ]
    assert sorted(kinds("我媽話今日有人上門，拍咗好耐門，仲同佢講我走數")) == [
        ("third-party", 1),
        ("visit", 1),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("they rang my uncle and my flatmate yesterday, each twice", 4),
        ("Collectors phoned my sister, my cousin and my old teacher. Each got one call.", 3),
        ("they messaged my mum and my boss, each of them once", 2),
    ],
)
def test_each_said_before_its_number_multiplies_the_people_named(text: str, want: int) -> None:
    assert kinds(text) == [("third-party", want)]


def test_a_total_of_people_said_as_about_so_many() -> None:
    assert kinds("they sent WhatsApps to around 12 people from my contact list") == [
        ("third-party", 12)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "they put a video on Kuaishou calling me a thief",
        "someone posted my picture in the estate group calling me a liar",
    ],
)
def test_calling_someone_a_name_is_no_phone_call(text: str) -> None:
    assert kinds(text) == [("posting", 1)]


def test_calling_a_number_of_times_is_still_calls() -> None:
    assert kinds("he called me a total of 7 times today") == [("call", 7)]


def test_once_more_at_another_place_is_one_more_visit() -> None:
    assert kinds("they turned up at my stall three times and once at my flat") == [("visit", 4)]
    assert kinds("they came twice, once to my flat and once to my stall") == [("visit", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "this morning I got a voicemail and three texts from them",
        "今天收到一条语音和三条短信",
        "今日收到一條語音同三條短訊",
    ],
)
def test_one_item_and_a_number_of_another_sort_are_added(text: str) -> None:
    assert kinds(text) == [("message", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "今天催收跑到我村口的小卖部找我",
        "兩個人到我屏東的魚塭找我",
        "他们在公交站台等我下班",
        "佢哋喺地鐵站出口等我收工",
    ],
)
def test_coming_to_or_waiting_at_a_place_named_at_length_is_a_visit(text: str) -> None:
    assert kinds(text) == [("visit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "他们在微信上等我回复",
        "我老婆在医院等我，催收又打了两个电话",
    ],
)
def test_waiting_for_a_reply_or_by_ones_own_people_is_no_visit(text: str) -> None:
    assert "visit" not in dict(kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "他们打电话给我老板，又打给隔壁开超市的大姐",
        "他們打電話給我老闆，又打給對面修車的阿伯",
    ],
)
def test_a_neighbour_named_by_where_they_live_after_the_verb_was_reached(text: str) -> None:
    assert kinds(text) == [("third-party", 2)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("他们打电话到我厂里办公室找我，打了三次。同一天我自己手机也接到5个", ("call", 5)),
        ("催收给我妹妹打了电话。当天我的手机又收到3条", ("message", 3)),
        ("佢哋打咗去我公司搵我兩次，同一日我自己手機都收到4條", ("message", 4)),
    ],
)
def test_the_persons_own_phone_after_someone_else_was_reached_is_their_own(
    text: str, want: tuple[str, int]
) -> None:
    got = kinds(text)
    assert want in got
    assert any(kind == "third-party" for kind, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "他们在抖音发视频，把我的身份证跟照片放上去说我欠钱不还",
        "他們在IG發文，把我的地址跟電話貼上去說我是騙子",
    ],
)
def test_things_joined_by_gen_tell_nobody(text: str) -> None:
    assert kinds(text) == [("posting", 1)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("催收去了我乡下，在村口拉了横幅，还挨家挨户打听我在哪，问了七户人家", 7),
        ("兩個人嚟到我鄉下，仲逐家逐戶問我去咗邊", 1),
        (
            "they went to my hometown, put up a poster, then went door to door asking about me, 4 households",
            4,
        ),
    ],
)
def test_asking_door_to_door_where_a_visit_went_reaches_the_neighbours(
    text: str, want: int
) -> None:
    assert ("third-party", want) in kinds(text)
    assert ("visit", 1) in kinds(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("我妈说催收来过我家三次", [("visit", 3)]),
        ("有兩個人上咗我返工嘅貨倉搵我", [("visit", 1)]),
        ("两个人上了我上班的超市找我", [("visit", 1)]),
    ],
)
def test_having_come_to_the_home_or_up_to_where_one_works_is_a_visit(
    text: str, want: list[tuple[str, int]]
) -> None:
    assert kinds(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "我老公说催收昨天打了他电话",
        "我媽話佢哋打咗佢手機",
    ],
)
def test_her_or_his_phone_called_after_the_one_named_is_third_party(text: str) -> None:
    assert kinds(text) == [("third-party", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "下午他们打给了我姐夫。夜里十一点又打了一个",
        "下晝佢哋打咗俾我阿哥。夜晚十點又打咗一個",
    ],
)
def test_one_more_at_a_time_of_its_own_after_someone_else_is_a_call(text: str) -> None:
    assert sorted(kinds(text)) == [("call", 1), ("third-party", 1)]


def test_how_often_the_call_to_someone_else_came_stays_theirs() -> None:
    assert kinds("他们打电话给我舅舅，打了3次") == [("third-party", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "他们在快手发了个视频，贴了我的照片和欠款，说我是骗子",
        "他們在臉書發文，貼我的相片跟地址，說我欠錢",
    ],
)
def test_the_details_a_post_showed_listed_after_it_are_the_same_post(text: str) -> None:
    assert kinds(text) == [("posting", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "他们把我的照片发到小区群里，上面写着骗子三个大字",
        "有人喺WhatsApp群組貼咗我張相，仲加咗「走數」兩個字",
    ],
)
def test_the_characters_written_on_a_post_are_no_count(text: str) -> None:
    assert kinds(text) == [("posting", 1)]


def test_a_place_named_bare_then_posted_there_too_is_one_more_post() -> None:
    assert kinds("他们在微博发帖骂我，还在小红书也发了一次") == [("posting", 2)]
    assert kinds("他們在Dcard發文，還在IG也發了一次") == [("posting", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "他们打去村口的洗车行，同我老板讲我欠钱",
        "佢哋打去我做嘢嘅洗衣舖，同我老細講我走數",
        "催收打到我们物业前台，跟前台说我欠钱",
    ],
)
def test_told_right_after_a_call_to_a_place_is_that_one_contact(text: str) -> None:
    assert kinds(text) == [("third-party", 1)]


def test_pictures_sent_counted_in_english_are_messages() -> None:
    assert kinds("they sent me three screenshots of my loan this morning") == [("message", 3)]


def test_the_same_post_put_in_a_group_named_at_length_is_one_more_post() -> None:
    got = kinds(
        "they posted my face on Douyin, then put the same video in my old school friends group"
    )
    assert got == [("posting", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "三个人去了我镇上开的修鞋铺子",
        "兩個男人去咗我屯門嘅士多",
        "两个催收去了我们村东头的鱼塘",
    ],
)
def test_people_counted_who_went_to_a_place_of_ones_own_is_a_visit(text: str) -> None:
    assert kinds(text) == [("visit", 1)]


def test_people_counted_who_went_onto_ones_moments_is_no_visit() -> None:
    assert "visit" not in dict(kinds("两个人去了我朋友圈下面留言骂我"))


def test_a_visit_announced_and_then_made_said_with_qu() -> None:
    got = kinds("早上发短信说下午去我单位。下午真的去了，在门卫那里说找我")
    assert sorted(got) == [("message", 1), ("visit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "昨天他们去了我乡下，我外公在家，他们跟他说了我欠钱",
        "佢哋上咗我鄉下，我阿爺喺屋企，佢哋同佢講咗我走數",
    ],
)
def test_she_or_he_told_is_the_one_named_before_not_one_more(text: str) -> None:
    assert sorted(kinds(text)) == [("third-party", 1), ("visit", 1)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("催收打电话到我们厂办公室找我，是我自己接的", [("call", 1)]),
        ("佢哋打咗兩次去舖頭搵我，係我本人接嘅", [("call", 2)]),
        ("they rang the workshop twice asking for me, I picked up myself", [("call", 2)]),
    ],
)
def test_a_call_to_a_place_the_person_answered_themself_is_a_call_to_them(
    text: str, want: list[tuple[str, int]]
) -> None:
    assert kinds(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "they created a WhatsApp group of random people, added me, and posted my ID card",
        "they set up a group chat full of strangers and then shared a fake arrest notice about me",
    ],
)
def test_a_group_made_in_english_and_posted_in_is_one_post(text: str) -> None:
    assert kinds(text) == [("posting", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "有人在二手网站上挂了我的照片，说我欠钱跑路",
        "有人喺討論區上晒咗我張相",
        "今天抖音上冒出一条视频，说我是老赖",
    ],
)
def test_hung_up_on_any_site_or_a_post_that_appeared_is_a_post(text: str) -> None:
    assert kinds(text) == [("posting", 1)]


def test_someones_workplace_found_is_where_a_visit_went_not_a_person_reached() -> None:
    got = kinds("他们找到我姐的公司，还去公司门口等了她一次")
    assert got == [("visit", 1)]


def test_the_pictures_sent_afterwards_in_english_are_a_message() -> None:
    got = kinds("they came to my shop, filmed it, then sent me the videos")
    assert sorted(got) == [("message", 1), ("visit", 1)]


def test_an_office_named_twice_in_a_clause_is_one() -> None:
    assert kinds("居委会说有人打电话到居委会打听我住哪") == [("third-party", 1)]


def test_relatives_named_in_a_list_stay_apart() -> None:
    assert kinds("他们打给了我哥、我哥嫂、我表妹") == [("third-party", 3)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("他在我抖音下面留言骂我，发了5条评论", 5),
        ("佢喺我小紅書下面留言，發咗3條評論", 3),
    ],
)
def test_comments_counted_are_posts_not_texts(text: str, want: int) -> None:
    assert kinds(text) == [("posting", want)]


def test_coming_to_the_home_told_with_the_verb_after_is_a_visit() -> None:
    got = kinds("打给我弟3次；还到我住的宿舍来过一次")
    assert sorted(got) == [("third-party", 3), ("visit", 1)]


def test_someone_named_by_what_they_share_with_the_person_was_reached() -> None:
    assert kinds("他们打给了跟我一起打工的老乡") == [("third-party", 1)]
    assert kinds("他們打給了和我合租的室友") == [("third-party", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "they drove to my village to ask my aunt where I work",
        "two men came to my building and asked my neighbour when I get home",
    ],
)
def test_someone_of_ones_own_asked_where_a_visit_went_in_english(text: str) -> None:
    assert sorted(kinds(text)) == [("third-party", 1), ("visit", 1)]


def test_a_visit_to_see_me_is_no_one_else_reached() -> None:
    assert kinds("they came to my shop to see me") == [("visit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "催收今日send咗張相俾我，仲話會放上網",
        "佢哋WhatsApp咗張改圖俾我，仲講要貼上Facebook",
    ],
)
def test_a_picture_sent_with_a_threat_to_post_it_said_in_cantonese_is_a_message(
    text: str,
) -> None:
    assert kinds(text) == [("message", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "今天在我们工地门口，有人举着喇叭喊我欠钱不还",
        "someone stood outside my shop with a megaphone shouting that I owe money",
    ],
)
def test_shouting_through_a_megaphone_is_a_visit(text: str) -> None:
    assert kinds(text) == [("visit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "催收发了张P图，把我P成遗照，然后发到了我们村的微信群",
        "佢哋發咗張改圖，將我個樣P落去，然後貼到我哋村嘅群組度",
    ],
)
def test_a_picture_made_then_put_somewhere_public_is_that_post(text: str) -> None:
    assert kinds(text) == [("posting", 1)]


def test_a_picture_sent_to_the_person_stays_a_message() -> None:
    got = kinds("他们发了张P图给我，然后发到了我朋友圈下面")
    assert sorted(got) == [("message", 1), ("posting", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "今天电话没数清，大概二十来个，我就按20个算",
        "今日電話冇數清，大約二十幾個，那我就記20個",
    ],
)
def test_a_number_settled_on_said_with_who_settles_it(text: str) -> None:
    assert kinds(text) == [("call", 20)]


@pytest.mark.parametrize(
    "text",
    [
        "someone stuck a notice on my flat door and the notice board downstairs saying I owe money",
        "有人在我家门上和电梯里都贴了催款单",
        "有人喺我屋企門上同電梯度都貼咗張紙",
    ],
)
def test_a_paper_put_up_at_the_door_and_on_a_board_is_two_posts_and_a_visit(text: str) -> None:
    assert sorted(kinds(text)) == [("posting", 2), ("visit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "他们打电话到我当保洁的那个商场",
        "佢哋打去我做廚師嗰間酒樓",
    ],
)
def test_where_one_works_named_by_ones_job_is_the_workplace_one_contact(text: str) -> None:
    assert kinds(text) == [("third-party", 1)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("记一下：催收今天打我电话三次找他，又打给他舅舅一次", 4),
        ("記低：佢哋今日打咗我電話兩次搵佢", 2),
    ],
)
def test_calls_to_the_writer_looking_for_him_or_her_are_third_party(text: str, want: int) -> None:
    assert kinds(text) == [("third-party", want)]


def test_calls_to_the_debtor_asking_about_someone_stay_calls() -> None:
    assert kinds("他们打我电话问她在哪") == [("call", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "a text at 11pm last night, same number again",
        "got one call this morning, it was the lender again",
        "早上七点来了一个电话，又是那个催收",
    ],
)
def test_who_it_was_again_is_the_sender_not_one_more(text: str) -> None:
    assert len(kinds(text)) == 1 and kinds(text)[0][1] == 1


def test_again_with_its_own_time_is_one_more() -> None:
    assert kinds("they rang at 8am and again at noon") == [("call", 2)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("今天又来了 店里 坐了一下午", 1),
        ("又来了 档口 中午一回 夜里一回", 2),
    ],
)
def test_came_said_bare_then_where_is_a_visit(text: str, want: int) -> None:
    assert kinds(text) == [("visit", want)]


def test_came_said_bare_with_no_place_stays_unread() -> None:
    assert "visit" not in dict(kinds("电话又来了 一直响"))


@pytest.mark.parametrize(
    "text",
    [
        "今天收到两封信，一封寄给我，一封寄给了我房东",
        "今日收到兩封信，一封寄俾我，一封寄咗俾我業主",
    ],
)
def test_letters_counted_one_of_them_to_someone_else(text: str) -> None:
    assert sorted(kinds(text)) == [("message", 1), ("third-party", 1)]


def test_trust_or_information_is_no_letter() -> None:
    assert kinds("我不信他们，今天收到一条信息") == [("message", 1)]


# -- when: the evening a day names, and the Cantonese parts of the day -----------------------
MORNING = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def hour_and_precision(text: str) -> tuple[int, str]:
    when = parse_when(text, MORNING)
    return when.at.hour, when.precision


@pytest.mark.parametrize(
    "text",
    [
        "昨晚11点半打来一个电话，今天早上又发了2条短信",
        "琴晚十一點打咗一次，今朝八點又打咗一次",
        "last night at 11 they called, and this morning they texted",
    ],
)
def test_the_evening_a_day_names_is_the_evening_of_its_clock_time(text: str) -> None:
    assert hour_and_precision(text) == (23, "time")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("琴日下晝兩點打咗三個電話", 14),
        ("尋日晏晝三點有人上門", 15),
        ("今朝八點已經打咗兩個", 8),
    ],
)
def test_cantonese_parts_of_the_day(text: str, want: int) -> None:
    assert hour_and_precision(text) == (want, "time")


def test_a_night_time_later_in_a_day_still_to_come_keeps_the_night() -> None:
    assert parse_when("今天下午4点打了一个，晚上11点又打了一个", MORNING).night
    assert not parse_when("今天下午4点打了一个，晚上7点又打了一个", MORNING).night
