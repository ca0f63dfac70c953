"""What the person sees when the safety stage finds a risk (pure: reply objects only).

- clear: a short crisis reply first: one calm sentence, the numbers, "are you safe right
  now?" with two buttons. No legal text, no feedback buttons, no disclaimer.
- possible: one line with the hotline (and 110 for danger) above the ordinary answer.
- staff (a collector reporting a customer's crisis, or a threat): what to do as staff,
  above the ordinary answer: call 110/120, stay on the line, tell the supervisor.
Hong Kong and Taiwan get their own numbers too (FACTS.md §9).
"""

from __future__ import annotations

from dataclasses import replace

from bot.i18n import Catalog, lookup
from bot.kb.model import Lang
from bot.reply import Block, Button, Candidate, Reply, ReplyBuilder, on_first_screen, with_blocks
from bot.safety.assess import Assessment

SAFE_PAYLOAD = "safe"  # button payloads: safe:yes:<risk>, safe:no:<risk>
TOPIC_OF = {"self-harm": "emotional-crisis", "violence": "physical-danger"}

MESSAGES: Catalog = {
    "calm:self-harm": {
        "zh": "谢谢你告诉我。你现在很难，但你不是一个人，欠债的事可以慢慢解决，现在先顾好你自己。",
        "en": "Thank you for telling me. This is very hard, but you are not alone; the debt can be "
        "dealt with later. Right now, you matter most.",
    },
    "numbers:self-harm": {
        "zh": "• 有危险或已经伤到自己：马上打 110 或 120\n"
        "• 12356 心理援助热线：全国统一，可以匿名，说一句“我需要找人说说”就行",
        "en": "• If you are in danger or have hurt yourself: call 110 or 120 now\n"
        "• 12356 mental-health hotline: one national number, anonymous; just say you need to talk",
    },
    "calm:violence": {
        "zh": "你的安全比钱重要。欠钱不是任何人威胁、关住或伤害你和家人的理由。",
        "en": "Your safety matters more than any debt. Owing money never gives anyone the right "
        "to threaten, confine or hurt you or your family.",
    },
    "numbers:violence": {
        "zh": "• 有人威胁、堵门、跟踪、关住你或动手：马上打 110，说清地址\n• 有人受伤：打 120",
        "en": "• Someone threatens you, blocks your door, follows you, shuts you in or attacks: "
        "call 110 (police) now and give the address\n• Anyone hurt: call 120",
    },
    "are_you_safe": {"zh": "你现在安全吗？", "en": "Are you safe right now?"},
    "button_safe": {"zh": "我现在安全", "en": "I'm safe right now"},
    "button_unsafe": {"zh": "我不安全", "en": "I'm not safe"},
    "unsafe:self-harm": {
        "zh": "请现在就打 120 或 110，或者请身边的人帮你打。把药物、刀具、绳子放远一点，"
        "去有人的地方，别一个人待着。电话接通后只要说：“我需要帮助，我在（地址）。”",
        "en": "Please call 120 or 110 now, or ask someone near you to call. Put medicines, knives "
        "and cords out of reach, go where there are people, and don't stay alone. When they "
        'answer, just say: "I need help; I am at (address)."',
    },
    "unsafe:violence": {
        "zh": "请现在就打 110，说清你在哪里、有几个人、发生了什么。能离开就去人多的地方；"
        "离不开就锁好门，别开门，别跟对方走。有人受伤打 120。",
        "en": "Call 110 now: say where you are, how many people, what is happening. If you can "
        "leave, go where there are people; if you can't, lock the door, don't open it and "
        "don't go with them. If anyone is hurt, call 120.",
    },
    "possible:self-harm": {
        "zh": "如果你觉得撑不下去，可以随时打 12356 心理援助热线（可匿名）；有危险请打 110 或 120。",
        "en": "If it ever feels like too much, you can call the 12356 mental-health hotline "
        "(anonymous) at any time; if you are in danger, call 110 or 120.",
    },
    "possible:violence": {
        "zh": "如果有人威胁你或家人的人身安全，请马上打 110。",
        "en": "If anyone threatens your or your family's safety, call 110 (police) now.",
    },
    "staff:self-harm": {
        "zh": "客户说要伤害自己：有危险就马上打 120 或 110，不要挂断，告诉主管。\n"
        "1. 有马上的危险（说了地点、时间，或已经在做）：立刻打 120 或 110，说清客户的姓名、电话和可能的位置。\n"
        "2. 不要挂断，保持通话，放慢语气，停止谈还款：“我现在不谈钱，我想确认你安全。”可以告诉对方 12356 心理援助热线。\n"
        "3. 马上告诉主管或组长，请同事帮你报警，并按公司流程记录。",
        "en": "A customer says they will hurt themselves: if there is danger, call 120 or 110 now, "
        "stay on the line, tell your supervisor.\n"
        "1. If there is immediate danger (a place, a time, or it is happening): call 120 or 110 "
        "now with the customer's name, number and likely location.\n"
        "2. Stay on the line, slow down, and stop talking about payment: \"I'm not calling about "
        'money now; I want to know you are safe." You can give them the 12356 hotline.\n'
        "3. Tell your supervisor or team leader at once, ask a colleague to call the police "
        "for you, and record it as your company's procedure says.",
    },
    "staff:violence": {
        "zh": "有人受到威胁或人身危险：马上打 110（有人受伤打 120），告诉主管。\n"
        "1. 有人马上有危险：立刻打 110；有人受伤打 120。\n"
        "2. 不要回骂或加码，保持冷静，保留录音、聊天记录和通话记录。\n"
        "3. 马上告诉主管或组长，按公司流程上报。",
        "en": "A threat or physical danger: call 110 now (120 if anyone is hurt) and tell your "
        "supervisor.\n"
        "1. If anyone is in immediate danger, call 110 now; if anyone is hurt, call 120.\n"
        "2. Don't trade insults or raise the stakes; stay calm and keep recordings, chats and "
        "call logs.\n"
        "3. Tell your supervisor or team leader at once and report it as your company's "
        "procedure says.",
    },
    "region:hk": {
        "zh": "在香港：紧急求助 999；香港撒玛利亚防止自杀会 24 小时热线 2389 2222。",
        "en": "In Hong Kong: emergency 999; Samaritan Befrienders Hong Kong 24-hour line 2389 2222.",
    },
    "region:tw": {
        "zh": "在台湾：报警 110，救护和消防 119；卫福部安心专线 1925（24 小时，免费）。",
        "en": "In Taiwan: police 110, ambulance and fire 119; the 1925 support line of the "
        "Ministry of Health and Welfare (24 hours, free).",
    },
}


def _t(key: str, lang: Lang) -> str:
    return lookup(MESSAGES, key, lang)


def region_lines(region: str | None, lang: Lang) -> tuple[str, ...]:
    if region in ("hk", "tw"):
        return (_t(f"region:{region}", lang),)
    if region == "hant":  # traditional script, region unknown: both
        return (_t("region:hk", lang), _t("region:tw", lang))
    return ()


def _action(result: Assessment, speaker: str) -> dict[str, object]:
    return {"type": "safety", "risk": result.risk, "level": "clear", "speaker": speaker}


def crisis_reply(result: Assessment, lang: Lang) -> Reply:
    """The short crisis reply for a clear risk: calm sentence, numbers, "are you safe?"."""
    risk = result.risk or "self-harm"
    regional = region_lines(result.region, lang)
    b = ReplyBuilder(lang)
    b.add("text", _t(f"calm:{risk}", lang))
    if result.region in ("hk", "tw"):
        b.add("text", *regional, _t(f"numbers:{risk}", lang))
    else:
        b.add("text", _t(f"numbers:{risk}", lang), *regional)
    b.add("text", _t("are_you_safe", lang))
    b.row(
        Button(_t("button_safe", lang), f"{SAFE_PAYLOAD}:yes:{risk}"),
        Button(_t("button_unsafe", lang), f"{SAFE_PAYLOAD}:no:{risk}"),
    )
    return b.build(
        kind="answer",
        topic=TOPIC_OF[risk],
        candidates=(Candidate(TOPIC_OF[risk], 1.0),),
        action=_action(result, "person"),
    )


def staff_guidance(result: Assessment, lang: Lang, answer: Reply) -> Reply:
    """Staff guidance on top of the ordinary answer to a collector's message."""
    risk = result.risk or "self-harm"
    lines = (_t(f"staff:{risk}", lang), *region_lines(result.region, lang))
    answer = _without_feedback(answer)
    return replace(
        with_blocks(answer, Block("text", lines), first=True), action=_action(result, "staff")
    )


def possible_line(result: Assessment, lang: Lang, answer: Reply) -> Reply:
    """One line with the hotline (and 110 for danger) above the ordinary answer; under the
    one thing a follow-up asked (a detail), which is short, so both stay on the first screen."""
    risk = result.risk or "self-harm"
    line = " ".join((_t(f"possible:{risk}", lang), *region_lines(result.region, lang)))
    return on_first_screen(answer, Block("text", (line,)))


def unsafe_reply(risk: str, lang: Lang) -> Reply:
    """The answer to "I'm not safe": what to do right now."""
    risk = risk if risk in TOPIC_OF else "self-harm"
    b = ReplyBuilder(lang).add("text", _t(f"unsafe:{risk}", lang))
    return b.build(
        kind="answer",
        topic=TOPIC_OF[risk],
        action={"type": "safety", "risk": risk, "level": "clear", "speaker": "person"},
    )


def is_crisis(reply: Reply) -> bool:
    """A crisis reply: shown without the disclaimer."""
    action = reply.action or {}
    return action.get("type") == "safety" and action.get("speaker") == "person"


def _without_feedback(reply: Reply) -> Reply:
    """The reply without 👍/👎 and legal citations (not what a crisis needs)."""
    rows = tuple(row for row in reply.buttons if not all(b.payload.startswith("fb:") for b in row))
    blocks = tuple(b for b in reply.blocks if b.kind != "legal")
    return replace(reply, buttons=rows, blocks=blocks)
