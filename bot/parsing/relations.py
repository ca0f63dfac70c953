"""Relatives as a word class, built from parts rather than listed one word at a time.

Chinese kinship terms are compositional: a core (哥, 姨, 舅, 外婆…), often a prefix that says
which side or which one (表哥, 堂弟, 小姨, 大舅, 二姑), and possessive chains (老公的妈,
我老婆的姐姐). English adds in-laws, step- and grand- forms (sister-in-law, stepdad,
grandparents) and possessive chains (my husband's mum). Each pattern matches one person once,
so counting matches counts people.

Single-character cores (哥, 姐, 姨…) count only with a prefix that makes them kin (我姐, 表哥,
小姨): 大哥 and 小哥 are just as often a stranger or a courier.
"""

from __future__ import annotations

# Two-character (or longer) kin words that are kin on their own.
_ZH_WORDS = (
    "丈母娘|外甥女|岳父母|家里人|"
    "爸爸|妈妈|父亲|母亲|老爸|老妈|爸妈|父母|哥哥|姐姐|弟弟|妹妹|兄弟|姐妹|"
    "叔叔|舅舅|舅妈|姨妈|姨父|姨夫|姑姑|姑妈|姑父|姑夫|伯伯|伯父|伯母|婶婶|婶子|嫂子|姐夫|妹夫|弟媳|弟妹|"
    "侄子|侄女|外甥|外婆|外公|姥姥|姥爷|爷爷|奶奶|孙子|孙女|儿媳|女婿|公公|婆婆|岳父|岳母|丈人|"
    "老公|老婆|媳妇|丈夫|妻子|爱人|儿子|女儿|孩子|亲戚|亲人|家人|家属|公婆|阿妈|阿爸|老豆|老母|"
    "妯娌|连襟|继父|继母|后妈|养父|养母|干爹|干妈|"
    # Cantonese and Taiwanese forms: 细佬 (younger brother), 家姐, 细妹, 阿嫲, 老窦
    "细佬|家姐|细妹|大家姐|嫲嫲|老窦|老母亲|"
    # northern forms: 爹娘 (parents), 俺爹, 老爹
    "爹娘|爹妈|俺爹|俺娘|老爹"
)
# 阿 + a core is kin in Hokkien, Hakka and Cantonese usage: 阿母, 阿爸, 阿嬷, 阿公, 阿姐.
_ZH_A = "阿(?:母|爸|妈|爹|嬷|嫲|姐|哥|妹|弟|叔|伯|舅|姑|嫂)"
# Cores that need a prefix to be kin.
_ZH_CORE = "哥|姐|弟|妹|叔|舅|姨|姑|伯|婶|嫂|妈|爸|爷|奶|侄|甥|爹|娘"
# Prefixes: which side (表, 堂), which one (大, 小, 二…) for the elder generation.
_ZH_SIDE = "表|堂"
_ZH_ORDER = "大|小|二|三|四|五|幺|老"
_ZH_ORDERED = "姨|舅|姑|叔|伯|婶|爷"
# The people through whom a relative is named: 老公的妈, 我老婆的姐姐.
_ZH_THROUGH = "老公|老婆|媳妇|丈夫|妻子|爱人|对象|男朋友|女朋友|男友|女友"

ZH_KIN = (
    rf"(?:(?:{_ZH_THROUGH})的?(?:{_ZH_SIDE})?(?:{_ZH_WORDS}|{_ZH_CORE}))|"
    rf"(?:婆家|娘家|岳家|夫家|老家)(?:的?人)?|"
    rf"(?:{_ZH_SIDE})(?:{_ZH_WORDS}|{_ZH_CORE})|"
    rf"(?:{_ZH_ORDER})(?:{_ZH_ORDERED})(?:父|夫|妈|子)?(?!娘)|"  # 小姑娘 is a girl, not an aunt
    rf"{_ZH_WORDS}|{_ZH_A}|"
    # (said with 我, an ordinal is kin too: "我大姐", "我二哥", "我三叔")
    rf"我的?(?:{_ZH_ORDER})?(?:{_ZH_CORE})|我的?阿(?:公|婆|嫲|嬷|姨)|家里"
)

_EN_CORE = (
    r"mum|mom|mommy|mother|dad|daddy|father|parents|family(?: members?)?|wife|husband|spouse|partner|"
    r"sisters?|brothers?|sons?|daughters?|kids|children|child|relatives?|cousins?|nieces?|nephews?|"
    r"aunts?|aunties?|uncles?|fianc[eé]e?|girlfriend|boyfriend|in-laws"
)
EN_KIN = (
    r"(?:husband|wife|partner|spouse|boyfriend|girlfriend|fianc[eé]e?)'s\s+(?:"
    + _EN_CORE
    + r")|(?:mother|father|sister|brother|son|daughter|parents?)s?[- ]in[- ]law|"
    r"step-?(?:mom|mum|mother|dad|father|brother|sister|son|daughter|parents?)|"
    r"grand(?:ma|pa|mother|father|parents?|son|daughter|kids?|children)|granny|" + _EN_CORE
)
