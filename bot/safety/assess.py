"""`assess(text)`: the risk assessment the engine runs on every message before anything else.

For each risk (self-harm; violence or danger to the person or someone close) a level:
none, possible or clear. The lexicon's combination rules (bot.safety.signals) and the
trained model (bot.safety.model) each give a level. A rule is enough for "possible" (one
hotline line above the answer). "Clear" (the crisis reply instead of the answer) needs the
model: either its own clear head, or a rule's clear confirmed by the model reading the
message as that risk at all. A rule alone made crisis replies of figures of speech, other
people's stories and legal questions that its words happened to fit; a model alone missed
plain statements ("我想去死") that the blind corpora, written to be indirect, rarely hold.
Without the model the lexicon decides alone. A negation
("我不会做傻事") caps self-harm at possible. The signals that fired, the rules and
the model's strongest features are kept for `python -m bot safety --explain`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.assent import yes_or_no
from bot.safety.model import HEADS, Model, feature_ids, shipped_model
from bot.safety.signals import (
    CLEAR,
    EXPLICIT_RULES,
    LEVEL_NAMES,
    NONE,
    POSSIBLE,
    RISKS,
    RULE_RISK,
    Level,
    Signals,
    default_lexicon,
)
from bot.social import social_kind
from bot.text import clean, is_traditional

_REGION_CODES = {"zh-hk": "hk", "zh-mo": "hk", "zh-tw": "tw", "zh-hant": "hant"}

_PLAIN_MAX = 24  # characters: longer messages always say something more (bot.social)


@dataclass(frozen=True)
class Assessment:
    """Per-risk levels for one message, and why."""

    levels: dict[str, Level]
    signals: Signals
    scores: dict[str, float] = field(default_factory=dict)  # model head -> probability
    lexicon_levels: dict[str, Level] = field(default_factory=dict)
    model_levels: dict[str, Level] = field(default_factory=dict)
    region: str | None = None  # "hk", "tw", "hant" (traditional, region unknown) or None
    # Both risks only "possible": the one the evidence leans to (the lexicon's level, then the
    # model's probability as a share of its threshold), so "那他们不走呢" gets the 110 line.
    lead: str | None = None

    @property
    def level(self) -> Level:
        return max(self.levels.values(), default=NONE)

    @property
    def clear(self) -> bool:
        return self.level == CLEAR

    @property
    def possible(self) -> bool:
        return self.level == POSSIBLE

    @property
    def risk(self) -> str | None:
        """The risk at the highest level (on a tie: `lead` if set, else self-harm), or None."""
        if self.level == NONE:
            return None
        return max(RISKS, key=lambda r: (self.levels[r], r == (self.lead or "self-harm")))

    @property
    def staff(self) -> bool:
        return self.signals.staff

    def named(self) -> dict[str, str]:
        return {r: LEVEL_NAMES[v] for r, v in self.levels.items()}


def assess(
    text: str,
    lang_hint: str | None = None,
    model: Model | None | bool = True,
    chat_flagged: bool = False,
) -> Assessment:
    """Assess one (sanitised) message. `model=False` uses the lexicon alone. `chat_flagged`:
    an earlier message of the same chat was flagged, so even small talk is read whole."""
    # A short message is cleaned once, for the lexicon and for telling small talk (_plain).
    words = clean(text) if len(text) <= _PLAIN_MAX else None
    signals = default_lexicon().scan(text, words)
    lexicon_levels = dict(signals.levels)
    trained = shipped_model() if model is True else (model or None)
    scores: dict[str, float] = {}
    model_levels = dict.fromkeys(RISKS, NONE)
    # A bare "好", "ok", "你好" or "谢谢" answers or greets the bot; the model's n-grams alone
    # ("好" is in 好累, 好想死) must not put a hotline line above "提醒已设好". After a flagged
    # message, "再见" may be a farewell: then the model reads it too.
    if trained is not None and not chat_flagged and words is not None and _plain(text, words):
        trained = None
    if trained is not None:
        scores = trained.probabilities(feature_ids(signals))
        for risk in RISKS:
            if scores[f"{risk}:clear"] >= trained.thresholds[f"{risk}:clear"]:
                model_levels[risk] = CLEAR
            elif scores[f"{risk}:any"] >= trained.thresholds[f"{risk}:any"]:
                model_levels[risk] = POSSIBLE
    if trained is None:
        levels = dict(lexicon_levels)
    else:
        levels = {
            r: max(_confirmed(signals, scores, trained.thresholds, r), model_levels[r])
            for r in RISKS
        }
    if "negation" in signals.found and "attempt" not in signals.rules:
        levels["self-harm"] = min(levels["self-harm"], POSSIBLE)
    if "fiction" in signals.found:  # a drama's kidnapping, a wedding's 堵门: the line at most
        levels["violence"] = min(levels["violence"], POSSIBLE)
    if "official" in signals.found and lexicon_levels["violence"] < CLEAR:
        # The police or a court as the threat (an arrest threat), and no rule of harm: the line.
        levels["violence"] = min(levels["violence"], POSSIBLE)
    # The region only matters for a reply with numbers; finding it costs a script check.
    region = _region(text, signals, lang_hint) if max(levels.values()) > NONE else None
    lead = None
    if all(levels[r] == POSSIBLE for r in RISKS):
        margin = {
            r: (lexicon_levels[r], scores.get(f"{r}:any", 0.0) / trained.thresholds[f"{r}:any"])
            if trained is not None
            else (lexicon_levels[r], 0.0)
            for r in RISKS
        }
        lead = max(RISKS, key=lambda r: margin[r])
    return Assessment(levels, signals, scores, lexicon_levels, model_levels, region, lead)


def _plain(text: str, words: str) -> bool:
    """A bare yes or no, greeting, thank-you or goodbye, as the whole message (`words`:
    clean(text); only messages of up to _PLAIN_MAX characters are asked). "不用" or "no" turns
    down an offer; 算了 ("forget it", also "I give up") is not counted among them."""
    if _plain_part(text, words):
        return True
    parts = words.split()  # "不用 谢谢", "ok thanks": each part plain on its own
    return 1 < len(parts) <= 3 and all(_plain_part(p, p) for p in parts)


def _plain_part(text: str, words: str) -> bool:
    answer = yes_or_no(text, words)
    if answer == "yes" or (answer == "no" and not words.replace(" ", "").startswith("算了")):
        return True
    return social_kind(text, words) is not None


def _confirmed(
    signals: Signals, scores: dict[str, float], thresholds: dict[str, float], risk: str
) -> Level:
    """The lexicon's level as it counts beside the model: a rule's "clear" stands when the
    rule is an explicit one (a stated plan, an attempt) or the model reads the message as
    that risk at all ("any" at or above the confirmation threshold); else it is "possible"."""
    level = signals.levels[risk]
    explicit = any(RULE_RISK[r] == risk for r in EXPLICIT_RULES.intersection(signals.rules))
    confirmed = scores[f"{risk}:any"] >= thresholds.get(f"{risk}:confirm", 2.0)
    if level == CLEAR and (explicit or confirmed):
        return CLEAR
    return min(level, POSSIBLE)


def _region(text: str, signals: Signals, lang_hint: str | None) -> str | None:
    hinted = _REGION_CODES.get((lang_hint or "").lower().replace("_", "-"))
    if hinted in ("hk", "tw"):
        return hinted
    if signals.region:
        return signals.region
    if hinted or is_traditional(text):
        return "hant"
    return None


def explain(result: Assessment, model: Model | None = None) -> str:
    """A maintainer's view of one assessment: levels, signals, rules, model evidence."""
    lines = [
        "levels: " + ", ".join(f"{r} {n}" for r, n in result.named().items()),
        f"lexicon: {', '.join(f'{r} {LEVEL_NAMES[v]}' for r, v in result.lexicon_levels.items())}"
        f"; model: {', '.join(f'{r} {LEVEL_NAMES[v]}' for r, v in result.model_levels.items())}",
        f"speaker: {'staff' if result.staff else 'debtor or family'}; region: {result.region or '-'}",
        f"normalised: {result.signals.norm}",
    ]
    for category, phrases in result.signals.found.items():
        lines.append(f"  signal {category}: {' | '.join(phrases)}")
    lines.append(f"rules fired: {', '.join(result.signals.rules) or '-'}")
    if result.scores:
        lines.append("model: " + ", ".join(f"{h} {result.scores[h]:.2f}" for h in HEADS))
    trained = model or shipped_model()
    if trained is not None and result.scores:
        from bot.safety.model import describe_feature

        ids = feature_ids(result.signals)
        for head in HEADS:
            top = trained.contributions(ids, head, top=5)
            if top:
                shown = ", ".join(
                    f"{describe_feature(i, result.signals.norm)} {w:+.2f}" for i, w in top
                )
                lines.append(f"  {head} strongest: {shown}")
    return "\n".join(lines)
