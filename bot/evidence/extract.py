"""What a logged contact was, from the person's own words (zh simplified/traditional, en).

`extract(text, now)` reads when (see when.py), the kind of contact, what happened,
who did it, how many attempts and how many people came. `extract_all(text, now)` reads
every kind one message tells of ("called 8 times … and texted my boss": calls ×8 and a
third-party contact), one Extraction each, with each kind's own count. Rule-based and explainable:
every field comes from a phrase that can be pointed at. The text should already be
redacted (bot.redact); nothing here stores anything.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.evidence.people import people_total, recap_clause
from bot.evidence.when import EN_NUMBERS, When, parse_when, prepare
from bot.homophones import HomophoneFixer
from bot.parsing.numbers import chinese_number
from bot.parsing.past import apart_from_digit
from bot.parsing.relations import EN_KIN, ZH_KIN

KINDS = ("call", "message", "visit", "third-party", "posting", "other")
ACTS = ("insult", "threat", "arrest-threat", "impersonation", "private-account")
THIRD_PARTIES = ("family", "friend", "employer", "contacts", "neighbours")
MAX_NOTE_CHARS = 1000


@dataclass(frozen=True)
class Extraction:
    when: When
    kind: str
    acts: tuple[str, ...] = ()
    third_parties: tuple[str, ...] = ()
    who: str | None = None
    count: int = 1  # attempts (calls or messages) this entry stands for
    visitors: int | None = None  # people who came, when a visit says so
    note: str = ""

    @property
    def at(self) -> datetime:
        return self.when.at


@dataclass
class _Found:
    kinds: set[str] = field(default_factory=set)
    acts: set[str] = field(default_factory=set)
    third: list[str] = field(default_factory=list)


# -- vocabulary ------------------------------------------------------------------------------
# Employers as people, and as places (a call to the workplace reaches the employer, but the
# workplace is nobody to count).
_BOSS_ZH = (
    "同事|工友|同僚|搭档|领导|老板|上司|人事|(?<![a-z])hr(?![a-z])|经理|主管|组长|店长|财务部|行政部|部门|前台|"
    # titles at work: "车间主任", "工地的包工头", "厂长"
    "主任|厂长|科长|处长|队长|班组长|班长|领班|线长|工长|车间主管|老总|总监|负责人|包工头|工头|监工|院长|校长|师傅|师父|园长|"
    # offices at work: "钢厂保卫科"
    "保卫科|保卫处"
)
_BOSS_EN = (
    r"boss|employer|manager|supervisors?|team ?leads?|colleagues?|co-?workers?|workmates?|hr (?:department|dept)|hr|"
    r"oga|foreman|workers?|staff|employees?|crew|"
    r"director|principal|receptionist|front desk|department|dept"
)
# Beyond kin (bot.parsing.relations): partners and exes, the school (a student's teachers,
# a child's school), clients, the landlord and the village or community office.
_REL_ZH = {
    "family": ZH_KIN
    # kin called with 阿, as in the south and in Cantonese: "我阿爷", "我阿嬷"
    + "|阿(?:爷|嫲|嬷|婆|公|奶|爹|娘|叔|哥|姐|嫂)"
    # 姊, as an elder sister is written in Taiwan: "我姊姊", "表姊"
    + "|(?:表|堂)?姊(?:姊)?"
    # a daughter or a son in Cantonese, "我個女", "我個仔" (read as 我的女, 我的仔)
    + "|(?<=我的)(?:女|仔)(?![儿朋友人生士子性装])"
    + "|闺女|前(?:女友|男友|女朋友|男朋友|老婆|老公|度)|对象|前妻|前夫|前任|伴侣|太太|内人|老伴|先生(?=的?(?:电话|手机))",
    "friend": "女朋友|男朋友|女友|男友|朋友|(?:大学|高中|初中|小学|中学|老)?同学|室友|舍友|发小|闺蜜|合租的?人|网友|微信好友|好友",
    "employer": _BOSS_ZH
    + "|单位|公司|客户|合伙人|学校|老师|辅导员|班主任|导师|供应商|合作方|生意伙伴|顾客|租客|房客|家长|教授|"
    # the people one's work is with, named other ways: "客人", "供货商", "学员", "东家"
    "客人|供货商|进货商|批发商|货主|学员|雇主|东家",
    "contacts": "紧急联系人|通讯录|联系人",
    # (an older neighbour named as one is called: "隔壁摊的阿姨", "对面的阿伯")
    "neighbours": "(?<=的)(?:阿姨|阿伯|大叔|大妈|大爷|阿婆)|隔(?:壁|篱)屋(?:的人)?|左邻右舍|隔壁的?[\u4e00-\u9fff]?(?:婶|叔|姨|伯|婆|嫂|大爷|大妈)|邻居|物业|物管|管理处|村支书|村书记|村主任|(?:小区|大楼|楼下|公司|单位)?的?(?:保安|门卫|门岗|前台|收银)|看门的|居委会|村委会|村委|村长|村干部|支书|书记|社区|房东",
}
_REL_EN = {
    "family": EN_KIN
    # ("ex" alone is a former partner; "ex-boss" is a boss)
    + r"|partner|(?:ex-?)?(?:wife|husband|girlfriend|boyfriend)|ex(?![- ]?(?:boss|employer|manager|colleague|co-?worker|supervisor|landlord|landlady|roommate|flatmate|classmate|tenant|client)s?\b)|god-?(?:mother|father|parents?|mum|mom|dad)"
    # kin in chat shorthand: "my sis", "my hubby"
    + r"|sis|hubby|wifey|missus|bf|gf",
    "friend": r"friends?|classmates?|roommates?|flatmates?|housemates?",
    "employer": _BOSS_EN
    + r"|workplace|office|company|work|clients?|customers?|business partners?|school|teachers?|"
    r"tutors?|(?:kids?|child|children|son|daughter)'?s? (?:school|teachers?)|suppliers?|vendors?|tenants?|patients?|students?|"
    # one's trade's people: "3 of my buyers", "my shipping agent"
    r"buyers?|(?:shipping|freight|sales|travel) agents?|"
    r"(?:university|college|uni)(?!\s+(?:room|flat|house)?mates?|\s+(?:friends?|classmates?|teachers?|professors?))|"
    r"campus|faculty|professors?|lecturers?|advisors?|parents'? group",
    "contacts": r"(?<=my )contacts|(?<=our )contacts|(?<=my )phone contacts|(?<=all )contacts|contact list|emergency contacts?|phone ?book",
    "neighbours": r"neighbou?rs?|landlord|landlady|village (?:head|chief|committee)|community office|"
    r"pastor|priest|imam|church|mosque|temple|congregation",
}
_REL_ZH_ANY = "|".join(_REL_ZH.values())
# Where one works, reached by a call or a text (not a shop one owns: "店里来了电话" is a call).
_WORKPLACE_ZH = (
    "公司|单位|网点|门店|部门|办公室|科室|车间|厂里|工地|上班的地方|工作的地方|办公电话|"
    # work units named by their kind: a driver's 车队, a rider's 站点, a nurse's 病房
    "车队|站点|配送站|仓库|病房|护士站|项目部|厂区|码头|医院|"
    # ... and by their trade: a pharmacist's 药局, a farmer's 农会, a teacher's 幼儿园, a guard's 保卫科
    "药局|药房|农会|幼儿园|保卫科|保卫处|"
    # any place said to be where one works ("我返工嘅药房", "我实习的医院"), and a work unit
    # named by its kind + 里 as people say 单位 ("打电话到站里", "所里", "局里", "行里")
    # (or as what one works there: "我做保安嗰个屋苑管理处", "我当保洁的那个商场")
    "(?:(?:上班|工作|打工|实习|做事|做工|兼职|返工|做嘢|做野)|(?<=我)(?:做|当)[\u4e00-\u9fff]{1,3}?)"
    "(?:的|𠮶个|嗰个|那个|𠮶间|嗰间|那间)[\u4e00-\u9fff]{1,4}|(?<![家店心手])(?:站|所|局|队|院|行|科)里|"
    # a place said as "ours" by one who works there: "我们餐厅", "我们酒窖", "我们茶行"
    "(?<=我们)(?:的)?[\u4e00-\u9fff]{0,3}?(?:餐厅|饭店|酒店|店|馆|厂|工厂|医院|诊所|学校|食堂|酒窖|茶行|车行|超市|商场|仓库|工地)"
    # (the place, not a person named by it: "我们店长", "我们厂长")
    "(?![长员主])"
)
# The place a person or an office reached is at, named before it: "诊所前台", "嘎查村委会",
# "店里的收银", "工地的老板". Only a place word may stand there, so "打给我说我朋友…" reads nothing.
_AT_PLACE_ZH = (
    r"(?:[\u4e00-\u9fff]{0,4}?(?:诊所|门诊|药店|店|馆|铺|摊|档口|公司|单位|医院|学校|小区|大厦|大楼|"
    r"酒店|工厂|厂|工地|商场|村|嘎查|屯|乡|镇|街道|场|网点|门店|集团|中心|银行|仓库|车间|食堂|超市|"
    r"科室|部门|药房|站|所|局|处|办|组|室)"
    # a place within a place: "我们医院科室主任", "公司财务部的"
    r"(?:里|里面|上)?的?){0,2}"
)
# A word between "my" and the person: "my whole contact list", "my best friend", "my former boss".
_EN_ADJ = (
    r"(?:ex-|(?:whole|entire|best|close|old|former|new|younger|older|elder|little|big|college|university|uni|"
    r"school|high school|childhood|work|church|gym|next-door|next door)\s+|"
    # a boss named by what they run: "my fleet manager", "my shift supervisor", "my site foreman"
    r"(?!(?:account|relationship|loan|case|bank|credit|client|debt)\s)[a-z]+\s+(?=(?:manager|supervisor|boss|director|foreman)s?\b))?"
)
_REL_EN_ANY = "|".join(_REL_EN.values())
_SOUGHT_TO_TELL = rf"找(?:了|到|过)?(?:我的?|我们的?)(?:{_REL_ZH_ANY})(?:们)?(?:[\u4e00-\u9fff]{{0,2}}?)(?:说|讲|谈|聊|告状)"
_THIRD_PARTY_RES = (
    re.compile(
        r"(?:打了?给|打到|打去|打电话给|打电话到|打电话去|致电|联系|联络|找了|找到|骚扰|发短信给|发信息给|发消息给|告诉|通知|打遍|轰炸)"
        # (whoever's they are, the one the log is kept for too: "又打给他妹妹", his sister)
        rf"了?(?:我的?|我们的?|他的?|她的?)?(?:以前的?|之前的?|原来的?)?{_AT_PLACE_ZH}(?:{_REL_ZH_ANY})"
    ),
    re.compile(
        rf"给(?:我的?|我们的?)?{_AT_PLACE_ZH}(?:(?:学生|孩子|小孩|客户|病人|员工|工人|班上)的?)?(?:{_REL_ZH_ANY})"
        rf"(?:[、和跟及,，]?\s*(?:我的?)?(?:{_REL_ZH_ANY}))*\s*(?:都|也)?群?(?:打了?|发了?)"
    ),
    re.compile(rf"把我?的?(?:{_REL_ZH_ANY})[^，。]{{0,8}}拉(?:进|到|了)"),
    # Sought out in person: "找我外婆要钱", "找了我爸", "找我妈要钱" (kin only: "找我，保安拦住了"
    # is not; 我 left to the kin word when it says it, "我妈")
    re.compile(rf"找(?:了|到|过)?(?:我的?|(?=我))(?:{_REL_ZH['family']})"),
    # ... anyone of one's own, sought to be told: "还找我们老板说了一通", "专门找我们厂长说了我欠钱的事"
    re.compile(rf"{_SOUGHT_TO_TELL}"),
    # the phone of a place of one's own that is not the home: "往我们餐厅座机打了2次", "打到我们酒窖前台"
    re.compile(
        # (ours, where one works: not "我店里的座机", one's own shop's phone, the person's line)
        r"(?:往|打到|打去|打给|打电话到|打电话去|打电话给|打了?\d*[个次通]?电话到)(?:我们的?|我的?(?=公司|单位))"
        r"(?![^，。\s]{0,6}?(?:家|住处|宿舍|出租屋|老家))[^，。\s打发给]{1,6}?(?:座机|固话|市话|总机|前台)"
    ),
    # ... and seen: "见了我爷爷", "见到我外婆"
    re.compile(rf"^\s*见(?:了|到)?我的?(?:{_REL_ZH['family']})"),
    # Told in person ("跟我邻居说我欠钱", "同我阿妈讲", "向我同事打听我"): not the person telling
    # someone themselves ("我跟我妈说了").
    re.compile(
        # (the person may be described before, "给门口保安说", "跟楼下小卖部老板讲", where 跟/和/同
        # are not "and": "和平时一样老板说"; or go on, "给我邻居阿伯讲")
        r"(?<!我)(?:(?:对|向|给)(?:我的?|我们的?)?(?:(?![说讲话骂打发我你他她们])[\u4e00-\u9fff]){0,6}?|"
        r"(?:跟|和|同)(?:我的?|我们的?)?(?:(?:(?![说讲话骂打发我你他她们])[\u4e00-\u9fff]){0,5}?"
        r"[的部店铺摊厂村楼院校场馆档])?)"
        rf"(?:{_REL_ZH_ANY})"
        r"(?:(?![说讲话骂])[\u4e00-\u9fff]){0,2}?(?:们)?(?:都|也)?"
        r"(?:说|讲|讲了|说了|告状|打听|透露|宣扬|乱说|造谣|骂)"
    ),
    # ... anyone at all, when what was told is the debt: "跟调度员说我欠钱", "在门卫那里说我欠钱",
    # "跟旁边的渔民说我欠债不还" (not "和平时一样说…", and with 和/同, which are also "and", a
    # person: not "名字和照片说我是老赖"). Said in front of people ("当着客人的面") is not telling
    # them: the writers log the visit alone.
    re.compile(
        # (跟 is also "and" between things shown: "把我的照片跟名字贴上去说我欠钱" tells nobody)
        r"(?:(?<!我)(?:跟|对|向)(?!平时|以前|之前|往常|名字|姓名|照片|相片|电话|号码|手机号|身份证|地址|欠款|资料|信息)"
        r"(?:(?![说讲话骂打发我你他她们])[\u4e00-\u9fff]){1,7}?|"
        r"(?<!我)(?:和|同)(?:(?![说讲话骂打发我你他她们])[\u4e00-\u9fff]){0,6}?[员民工人卫安长师生户客友家姐哥叔姨婶伯板东主]|"
        r"在(?:(?![说讲话骂我你他她])[\u4e00-\u9fff]){1,7}?(?:那里|那儿|那边))"
        r"(?:们)?(?:都|也)?(?:大声|大喊|到处|乱)?(?:说|讲|嚷|喊|宣扬)(?:了)?[^，。,]{0,3}?"
        r"(?:我(?:是)?(?:欠|老赖|骗子|借钱|不还)|欠(?:钱|债|款))"
    ),
    re.compile(
        rf"(?:{_REL_ZH_ANY})说?(?:催收|他们|对方)?(?:联系|找|打给|打电话给|打电话)(?:了|过)?(?:她|他|他们)"
    ),
    # the one telling of it was reached: "我老婆说今天有人打电话给她", "my mum said they called her"
    re.compile(
        rf"(?:{_REL_ZH_ANY})(?:说|讲|话|告诉我)[^，。]{{0,10}}?(?:(?:联系|找|打给|打电话给|打电话到|发短信给|发信息给|"
        r"发微信给|加了?)(?:了|过)?(?:她|他)(?!们)|"
        # ... her or his phone: "我老公说他们打了他电话"
        r"打(?:了|过)?(?:她|他)(?!们)的?(?:电话|手机))"
    ),
    re.compile(
        rf"给(?:我的?)?(?:{_REL_ZH_ANY})(?:打了?|发了?)(?:\d+[个次通条])?(?:电话|短信|信息|消息|微信)"
    ),
    re.compile(
        rf"(?:{_REL_ZH_ANY})(?:里面?的?(?:人|朋友|好友)|们)?"
        # ... also told by them: "老板说接到电话", "我妈讲她收到短信"
        r"(?:说|讲|话|告诉我)?(?:她|他|他们)?(?:今天|昨天|刚才)?(?:都|也|全都|全|确实|真的|果然|还|又|已经|就)*"
        # "接了2个" is calls answered, counted: "我老婆也接了2个", "前台说今天接了5个找我的电话"
        r"(?:接到|收到|接了(?=\s*(?:\d|[一两二三四五六七八九十几]))|接过)了?"
    ),
    re.compile(rf"打(?:了)?电话(?:给|去|到)(?:我的?)?{_AT_PLACE_ZH}(?:{_REL_ZH_ANY})"),
    # Told in the passive: "老伴的手机也被打了", "我妈的电话都被打爆了".
    re.compile(rf"(?:{_REL_ZH_ANY})的?(?:电话|手机)(?:也|都|还)?被[^，。]{{0,4}}?打"),
    # any contact in the passive: "一个同事也被加微信了", "我表姐都被骚扰了", "我老板被他们联系了"
    re.compile(
        rf"(?:{_REL_ZH_ANY})们?(?:也|都|还|全)?被[^，。]{{0,4}}?"
        r"(?:加了?(?:微信|qq|好友|line)|骚扰|联系|找|打电话|发短信|发信息|发消息|短信轰炸|电话轰炸|call|"
        r"打(?:了|过)?个?遍|打爆)"
    ),
    re.compile(
        rf"打(?:了|过|遍)?(?:我的?)?(?:(?:{_REL_ZH_ANY})\s*[、和跟及与]\s*(?:我的?)?)*[^，。\s]{{0,4}}?"
        rf"(?:{_REL_ZH_ANY})的?(?:电话|手机)"
    ),
    re.compile(r"爆了?(?:我的?)?通讯录|通讯录(?:被|都被)?(?:爆|打遍)"),
    re.compile(
        r"\b(?:called|calls?|calling|phoned|rang|texted|messaged|contacted|harassed|told|emailed|"
        # told in person: "talked to my foreman", "spoke with my supervisor"
        r"talked\s+to|talked\s+with|spoke\s+to|spoke\s+with|"
        r"msged|msg'?d|txted|txt'?d|dm'?d|dmed|pinged|whatsapped|wechatted|facebooked|cc'?d|cc'?ed|copied|"
        r"reached out to|got in touch with|(?:texts?|messages?|emails?|letters?) to|calls? to|"
        # something sent on to them: "sent the link to my ex-boss", "forwarded it to my wife"
        r"(?:sent|forwarded|showed|shared)\s+(?:it|them|this|that|the\s+[a-z]+|a\s+[a-z]+|my\s+[a-z]+)\s+to)\s+"
        rf"(?:all\s+)?(?:of\s+)?(?:my|our)\s+{_EN_ADJ}(?:{_REL_EN_ANY})\b"
    ),
    re.compile(
        rf"\b(?:my|our)\s+(?:{_REL_EN_ANY})\s+(?:got|received|was called|were called|had calls)"
    ),
    # told in person, someone of one's partner's or one's kin's own: "talked to his father",
    # "spoke with her brother" (said after the place visited: "went to my husband's hometown")
    re.compile(
        r"\b(?:talked|spoke|spoken|talking|speaking)\s+(?:to|with)\s+(?:his|her|their)\s+"
        rf"(?:{_REL_EN['family']})\b"
    ),
    # the one telling of it was reached: "my landlord said someone called him about my debt"
    re.compile(
        rf"\b(?:my|our)\s+{_EN_ADJ}(?:{_REL_EN_ANY})\s+(?:said|says|told me)\b[^.]{{0,25}}?"
        r"\b(?:called|rang|phoned|texted|messaged|contacted|emailed|visited)\s+(?:him|her|them)\b"
    ),
    # ... and in Chinese, asked about the person: "房东阿姨说有人打电话问我住哪"
    re.compile(
        rf"(?:{_REL_ZH_ANY})[\u4e00-\u9fff]{{0,2}}?(?:说|讲|话|告诉我)[^，。]{{0,6}}?"
        r"(?:打电话|打了?电话|来电话?|打来电话|打来|发短信|发信息)[^，。]{0,3}?(?:问我|找我|问起我|打听我|说我)"
    ),
    # the community's people named with "the": "called the village chief", "texted the landlord"
    re.compile(
        r"\b(?:called|calling|phoned|rang|ringing|texted|messaged|emailed|contacted|told|visited|"
        r"talked\s+to|talked\s+with|spoke\s+to|spoke\s+with)\s+the\s+"
        r"(?:receptionist|front desk|hr(?: office| department)?|village (?:head|chief|committee|office|leader)|community (?:office|committee|centre|center)|"
        # the head of the place one works: "called the director of the music school"
        r"(?:director|principal|headmaster|head teacher|owner|manager|boss|foreman|supervisor|chairman) of\b|"
        r"neighbou?rhood committee|residents'? committee|landlord|landlady|property (?:management|manager)|"
        r"building (?:management|manager|security)|security guards?|doorman|concierge)\b"
    ),
    # a workplace named with "the", asked for the person: "called the port office asking for me"
    re.compile(
        r"\b(?:called|calling|phoned|rang|ringing|texted|messaged|emailed|contacted)\s+the\s+(?:[a-z]+\s+){0,2}?"
        r"(?:office|workplace|factory|warehouse|depot|yard|site|front desk|reception|shop|store|restaurant|"
        r"hospital|clinic|school|dispatch|hr)\b(?=[^.;]{0,30}\b(?:for|about) (?:me|us)\b|[^.;]{0,30}\bwhere i\b)"
    ),
)
_REL_FIND = [(name, re.compile(rf"(?:{pat})")) for name, pat in _REL_ZH.items()] + [
    (name, re.compile(rf"\b(?:{pat})\b")) for name, pat in _REL_EN.items()
]
# Said they *would* (visit, call the family, post): a threat, not (yet) the act itself.
_WOULD_RE = re.compile(
    # (not someone telling what happened: "老板说下午有两个人来过", "说今天上午有人打了厂里座机")
    # (said in Cantonese with 话 or 讲: "仲话会放上网")
    r"(?:说|话|讲)要|(?:说|话|讲)会|说再|说(?=[^，。]{0,2}(?:明天|今天|今晚|后天|下午|晚上|马上|待会|过两天|下周|周末))"
    r"(?![^，。]{0,6}?有(?:人|个|\d|两|几|一))|扬言|"
    # a threat made, not "威胁短信" (threatening texts, sent): the kind of the message
    r"(?:威胁|恐吓)(?!性?的?(?:短信|信息|电话|微信|语音|消息|邮件|简讯|讯息))|吓唬|"
    # what will come, in Cantonese too: "话听日会上来我家"
    r"会上(?:来|去|门)|会过来|会再来|(?<=[说话讲])\s*听日|"
    # what the call was for: "其实是想逼我接电话"
    r"想(?:逼|让|要)我|逼我接|要去|要来|要找|要打|要告诉|要联系|要爆|要曝光|要上门|会去|会来|会打|准备|不还就|否则|要不然|"
    r"threaten(?:s|ed|ing)?\b(?!\s+(?:texts?|messages?|calls?|voicemails?|voice notes?|emails?|letters?|sms|msgs?|notes?))|"
    r"(?:said|saying) (?:they|he|she)(?:'d| would| will| were going to)|\b(?:they|he|she)'d\b|(?:will|would|going to|gonna)\b|unless|or else|if i don'?t"
)
_VISIT_RE = re.compile(
    # a visit announced before and carried out, told with no place again: "然后晚上9点真来了",
    # "结果下午果然找上门了", "and then they actually showed up" (not "真来了个电话")
    r"(?:真|果然|还真|竟然|居然|真的)(?:的)?(?:就)?(?:来了|去了|过来了|过去了|找上门了?|上门了)(?!\s*(?:个|一个|条|通)?\s*(?:电话|短信|信息|消息|微信|语音))|"
    r"\b(?:actually|really|did)\s+(?:came|come|showed up|turned up|show up|turn up)\b|"
    # at the door: "knocked on my apartment door", "banging on our door at 1am"
    r"\b(?:knock\w*|bang\w*|pound\w*|kick\w*|hammer\w*)\s+(?:on|at)\s+(?:my|our|the)\s+(?:[a-z]+\s+)?door\b|"
    # where one works, to find the person: "又去我上班的螺蛳粉店找我"
    r"(?:去|来|到|上)(?:了|咗|过)?(?:我|我们)(?:上班|工作|打工|返工|做嘢)(?:的|嘅)[\u4e00-\u9fff]{1,6}?(?:找|搵|堵)(?:我|人)|"
    # at the door of a place of one's own, whatever it is: "去了我风筝作坊门口"
    r"(?:去|来|到)(?:了|咗)?(?:我|我们)(?:的|嘅)?[\u4e00-\u9fff]{1,6}?(?:门口|门前)|"
    r"上门|来(?:了|过)?我家|(?<![打拨寄邮送话])到(?:了|过)?我家(?!\s*(?:的)?(?:室内|家里|家用)?(?:座机|电话|固话|市话))|来家里|到家里|找上门|堵门|堵在|敲[^，。\s]{0,7}门|家访|登门|家门口|"
    # (not "查到我单位", "打听到我公司": where one works found out, nobody came)
    r"(?<![查听问打拨])(?:来|到|去)了?(?:我|她|他|我们)?(?:的)?(?:单位|公司)(?:找|闹|堵)?|"
    r"\bc(?:ame|ome|oming|ame round|ame over) (?:to|by) (?:my|our|the) (?:[a-z']+ ){0,2}?(?:house|home|door|doorstep|gate|compound|"
    r"building|estate|yard|place|flat|apartment|work|office|workplace|"
    r"shop|store|restaurant|stall|salon|clinic|factory|site|business|dorm|studio|hospital|school|warehouse|"
    r"depot|port|hotel|gym|ward|campus|workshop)\b|"
    # went to a place of one's own or one's people: "went to my kids' school", "went to my parents' place"
    r"\b(?:went|drove|travell?ed) (?:to|round to|over to|down to|all the way to) (?:my|our) (?:[a-z']+ )?(?:house|home|place|flat|apartment|school|"
    r"office|work|workplace|shop|store|door|dorm|village|hometown|factory|site|restaurant|stall|salon|clinic)\b|"
    # came to any place of one's own: "came by my workshop", "came to our stall"
    r"\bc(?:ame|ome|oming) (?:to|by|round to|over to|down to|up to) (?:my|our) (?:[a-z']+ )?"
    r"(?!(?:phone|inbox|email|mobile|number|wechat|account|attention|mind|notice|rescue|senses|aid|side)\b)[a-z']{3,}\b|"
    r"\b(?:showed|turned) up\b|"
    # knocking at the door: "someone came knocking at 11pm", "knocked on my door twice"
    r"\bcame knocking\b|\bknock(?:ed|ing)\s+(?:on|at)\s+(?:my|our|the)\s+(?:front\s+)?door\b|"
    # the doorbell, and coming a number of times: "kept ringing my doorbell", "came 3 times"
    r"\b(?:rang|ringing|rings?|pressed|pressing|buzzed|buzzing)\s+(?:on\s+)?(?:my|our|the)\s+(?:door ?bell|buzzer|intercom)\b|"
    r"\bcame\s+(?:by\s+|back\s+|round\s+|over\s+|again\s+)?(?:\d{1,2}\s+times|twice|(?:two|three|four|five)\s+times)\b|"
    r"\b(?:came|come|coming|showed up|turned up)\s+(?:here\s+|round\s+|by\s+)?(?:looking|asking|searching)\s+for\s+(?:me|us)\b|"
    r"\b(?:knock|bang|pound|hammer|kick)(?:ed|ing|s)?\s+(?:on\s+|at\s+)?(?:my|our|the)\s+(?:front\s+|back\s+)?(?:door|gate)s?\b|"
    r"\bvisited (?:me|my|our)\b|"
    # a place said to be one's own by where one works or lives: "visited the salon where i work"
    r"\b(?:visited|came to|came by|showed up at|went to)\s+(?:the|a)\s+(?:[a-z]+\s+){1,5}where\s+(?:i|we)\s+(?:work|live|stay)\b|"
    # the place just named: "called my boss at the restaurant and came by there once"
    r"\b(?:came|come|showed up|turned up)\s+(?:by\s+|over\s+)?there\b|"
    # "to" left out: "they come my home 2 times"
    r"\bc(?:ame|ome|omes|oming)\s+(?:my|our)\s+(?:house|home|place|flat|door|shop|room)\b|"
    # someone staying at one's place: "sat in my bar till 2am", "standing outside my shop all day"
    r"\b(?:sat|sitting|sits|stood|standing|stayed|waited|waiting|hung around|hanging around)\s+(?:around\s+)?"
    r"(?:in|at|outside|inside)\s+(?:my|our)\s+(?:[a-z']+\s+)?(?:bar|pub|shop|store|restaurant|stall|salon|clinic|"
    r"pharmacy|cafe|office|farm|field|workshop|house|home|place|flat)\b|"
    r"\bat (?:my|our) (?:door|house|home)\b|\bcame (?:round|over)\b|\bhome visit\b|\bvisits?\b|"
    r"楼下(?:等|堵)|按(?:了)?(?:我的?|我们的?|我家的?)?(?:门铃|电铃)|\bbanging on\b|"
    # shouting through a megaphone, which one does only in person: "有人拿着喇叭喊我名字"
    r"(?:拿|举|用|提)(?:着|了)?(?:个|一个)?(?:大)?喇叭|\b(?:with|through|on|using)\s+(?:a\s+)?(?:megaphone|loudspeaker|bullhorn)\b|"
    r"来了(?:一男一女|\d+\s*男\s*\d*\s*女?|[一两二三四五几]男[一两二三四五几]?女?|俩人|几个人|好几个人|一帮人|一群人)|"
    # people, described any way, came to one's place: "两个穿黑衣服的男的到我小卖部"
    r"(?:\d+|几|好几|一)\s*个[^，。]{0,8}?(?:人|男的|女的|男人|女人|大汉|催收的?|陌生人|男子|女子)[^，。]{0,2}?"
    r"(?:到|来|去了|跑到|跑来|跑去|闯进|冲进)了?(?:我|我们)的?(?!电话|手机|微信|短信|朋友圈|群)[\u4e00-\u9fff]|"
    # people came, counted: "下午又来了三个人", "来了2个催收"
    r"来了\s*(?:\d{1,2}|几|好几)\s*[个位名]?\s*(?:人|男的|女的|男人|女人|催收的?|大汉|陌生人)(?!\s*(?:电话|短信))|"
    r"(?:家门口|门口|楼下|楼道)[^，。]{0,4}(?:喊|叫骂|大叫|大喊|闹|吵|骂)|"
    # a relative's home: "找到我爸妈家去了", "跑去我姐家"
    r"(?<![打拨话寄邮送递])(?:找到|找上|跑到|跑去|去了?|来了?|到了?|上了?)(?:我的?)?[\u4e00-\u9fff]{1,4}?的?"
    r"(?:家(?=$|[\s，。,.!！?？]|里(?!\s*(?:电话|座机))|门口|楼下|去|来|了|找|堵|闹|附近|那边|楼道)|老家|住处)|(?:拍|砸|踹|踢|撬)[^，。\s]{0,2}门|"
    # came up to the home, or people waiting for one: "上了我家", "门口有两个人等我", "waiting outside"
    r"(?:上|跑到|摸到|找到|寻到)了?(?:我|我们)(?:[\u4e00-\u9fff]{1,3}?(?=[间个的]))?(?:的|间|个)?(?:家|住处|宿舍|出租屋|老家|"
    r"铺头|铺子?|店|档口|摊位?|门面|工作室|诊所|公司|单位)|"
    # waiting or standing at the door: "站在门口不肯走", "蹲在楼下"
    r"(?:站|守|蹲|堵|等|坐)在(?:我的?|我们的?)?[\u4e00-\u9fff]{0,3}?(?:门口|门外|楼下|楼道)|"
    r"(?:\d+|几|好几)\s*个?(?:人|男的|女的|大汉|催收|陌生人)[^，。]{0,6}(?:等我|堵我|守着我|蹲我|拦我|在门口|在楼下|在家门口)|"
    r"(?:家门口|门口|楼下|小区门口|单位门口|公司门口)[^，。]{0,6}(?:等|堵|守|蹲|拦)着?我|"
    r"\b(?:were|was|are|is) waiting (?:for me )?(?:outside|at|by|in front of|downstairs)\b|"
    r"\b(?:waited|lurked|lurking|hung around|hanging around|loitered|loitering) (?:for me )?(?:outside|at|by|in front of|downstairs)\b|"
    r"\bsent (?:a guy|a man|someone|somebody|people|two men|\w+ (?:guys|men|people|collectors)) (?:over )?to (?:my|our) "
    r"(?:house|home|door|place|flat|apartment|work|office|workplace|shop|store)\b|"
    r"(?:家门口|门口|楼下|小区门口|单位门口|公司门口|楼道)[^，。]{0,4}(?:蹲|守|堵)(?:了|着)|"
    r"(?<![打拨话])(?:来|到|跑|去|找)了?(?:我|我们)的?(?:工作|上班|住)的地方|"
    # one's home village: "去了我乡下", "上了我老家", "返咗我乡下" (not 打去乡下: a call)
    # (the place named first: "上了我番禺乡下")
    r"(?<![打拨话寄])(?:来|到|跑|去|上|返)了?(?:我的?|我们的?)(?:[\u4e00-\u9fff]{2,4}?的?)?(?:乡下|老家|村里|村子|家乡)|"
    r"(?:\d+|几|好几)\s*个?(?:人|男的|女的|陌生人|催收)[^，。]{0,8}(?:来|到)[^，。]{0,8}找我|"
    # someone came anywhere to look for one ("有人来猪寮找我", "来仓库堵我"), or waited at the
    # door ("在门口等很久"): a visit, wherever it was
    r"(?<![打拨话信息])(?:来|到|跑|找)了?(?:到|去)?[^，。\s打发]{0,5}?(?:找过?我|堵过?我|寻我|搵我|要债|讨债|催债|催收我)|"
    # ... a place of one's own named at length: "到我台东的田里找我", "跑到我们村口的小卖部堵我"
    r"(?<![打拨话信息])(?:来|到|跑)了?(?:到|去)?(?:我的?|我们的?)[^，。\s打发电话信息]{2,8}?(?:找过?我|堵过?我|寻我|搵我)|"
    # waiting for one somewhere: "在小巴站等我收工", "在我们厂门口的路边堵我"
    r"(?<![妈爸婆公姐哥弟妹儿女])在(?:我的?|我们的?)?(?![^，。\s]{0,8}?(?:电话|微信|短信|信息|网上|群|线上))[^，。\s]{2,8}?"
    r"(?:等|堵|守|蹲)(?:着|了)?我|"
    r"在(?:我的?|我们的?)?[\u4e00-\u9fff]{0,3}?(?:门口|门外|楼下|楼道)[^，。]{0,3}(?:等|守|蹲|堵|站|坐|企|转悠|徘徊)|"
    r"来了(?:一)?个(?:男的|女的|人|陌生人|催收的?|大汉|男人|女人|中年人|年轻人)|"
    # came to one's home, the verb after it: "还到我租的房子来过一次", "到我宿舍楼下来了"
    r"(?<![打拨话寄发传电])到(?:了|过)?(?:我|我们)的?[^，。\s打发]{0,5}?(?:家|房子|住处|宿舍|出租屋)"
    r"(?:里|门口|楼下)?(?:来|去)(?:了|过)?|"
    # found one's place and came: "直接找到我租的房子来了", "找上我宿舍"
    r"(?<!电话)(?<!打)找(?:到|上)了?(?:我|我们)的?[^，。\s]{0,5}?(?:家|房子|住处|住的地方|宿舍|出租屋|店|厂|摊)"
    r"(?:里|门口|楼下)?(?:来|去)?(?![^，。]{0,2}(?:电话|号码|地址|座机))|"
    # came (or walked in) to the shop, said without whose: "来店里了", "到厂里来", "进店里坐着",
    # "来摊子前面拍照"
    r"(?<![打发寄传话])(?:来|到|跑|进|闯进|冲进)了?(?:店|馆|超市|摊(?:位|子)?|档口|铺子?|诊所|工地|厂|车间|宿舍|工作室)"
    r"(?:里|门口|上|前面?|外面?)"
    r"(?!\s*(?:电话|短信|信息|消息|买|吃|喝|消费|购物|看病))|"
    # went to where one works, named by what one does there: "去了我上班的工厂两次"
    r"(?<![打拨话寄发传])(?:来|到|跑|去)(?:了|咗|过)?(?:我|我们)(?:上班|工作|打工|实习|做事|做工|兼职|返工|做嘢)"
    r"(?:的|嘅)[\u4e00-\u9fff]{0,4}?(?:厂|店|公司|单位|工地|车间|仓库|医院|学校|餐厅|饭店|酒店|超市|商场|"
    r"诊所|药房|药局|地方|场|铺|档|馆|站|码头|工作室)|"
    # ... or to where one works, said bare: "催收跑来工地", "到车间来找我"
    r"(?<![打发寄传话])(?:跑|来|到)(?:来|到|去)?了?(?:我的?|我们的?)?(?:工地|车间|仓库|宿舍|工厂|厂区|码头|医院|学校|科室)"
    r"(?!\s*(?:电话|短信|信息|消息|打))|"
    # ... or to a stall or shop named by what it sells: "催收来面摊", "跑到水果档", "到了粉店门口"
    r"(?<![打发寄传话])(?:来|(?<![看找收接听想说做得遇])到|跑)了?[\u4e00-\u9fff]{1,2}(?:摊|档|铺|店|馆)(?:子|位|口)?(?:里|门口|上|前)?"
    r"(?![\u4e00-\u9fff]?\s*(?:电话|短信|信息|消息|微信))|"
    # people came to where one works or trades: "火锅店来了3个人", "鱼摊又来了", "厂里来了两个催收"
    # (and "去了我工作室两次": they went there, told from where the person is not)
    r"(?:(?<![打发寄传话我])(?:来|到|跑|去|进|闯进|冲进)了?(?:我|我的|我们)的?[\u4e00-\u9fff]{0,3}?)(?:店|馆|超市|摊|摊位|档口|铺子?|门面|诊所|工地|厂|车间|宿舍|工作室)(?:里|门口|上)?(?!\s*(?:电话|短信|信息))|"
    r"(?:店|馆|超市|摊|摊位|摊子|档口|铺|铺子|门面|诊所|工地|厂|车间|宿舍|工作室|公司|单位)(?:里|门口|上)?(?:又|也|还)?来了(?![^，。]{0,3}(?:电话|短信|信息|消息))"
)
# Where one works or trades that is not a shop word above: a pharmacy, a bar, a field. Someone
# coming in, sitting or standing there is a visit: "有个男的来药局", "坐吧台不走", "站在田埂上叫我".
_TRADE_PLACE_ZH = "药局|药房|酒吧|吧台|田里|田埂|地里|果园|鱼塘|茶园|农场|菜地"
_VISIT_RE = re.compile(
    _VISIT_RE.pattern
    + rf"|(?<![打发寄传话电信息])(?:来|进|跑|坐|站)(?:了|到|在|进)?(?:我的?|我们的?)?(?:{_TRADE_PLACE_ZH})"
    # doing something at one's stall or door: "在我卖酱菜的摊子前面拍视频"
    + r"|在(?:我的?|我们的?)[^，。\s]{0,6}?(?:摊子?|摊位|店|铺子?|档口|家门口)(?:前面|门口|外面|前)?"
    r"(?:拍(?:了)?(?:视频|照片?|录像)?|录(?:了)?(?:视频|像)?|闹|骂|喊|堵|蹲|守)"
    # someone came, said with nothing after: "有人开车来", "两个人骑摩托过来了"
    + r"|(?:有人|有个人|\d+\s*个人)(?:开车|开着车|骑车|骑着?摩托|坐车)?(?:过)?来了?\s*$"
    # came a number of times, said bare: "今天来两次", "来了3趟" (not 打来, 发来, 电话来)
    + r"|(?<![打发寄传话电信息])来了?\s*\d{1,2}\s*(?:次|趟|回)(?!\s*(?:电话|短信|信息|消息|微信|语音|来电))"
)
_POSTING_RE = re.compile(
    r"传单[^，。]{0,4}(?:发|派|散|贴)|"  # "印成传单发了一条街"
    r"举(?:了|着)?(?:个|一个|块)?(?:牌子|牌|横幅|标语|条幅)|"  # "在我们公司门口举牌子"
    r"贴了?(?:我的?|他的?|一张|几张|好多|很多)?(?:大字报|告示|通知|传单|单子|纸条|海报|照片|相片|欠条|欠款)|张贴|"
    r"贴了?[^，。\s]{0,4}?(?:单|纸|条|报|告示|通知|照片|字)|"
    # a sheet, whatever is written on it: "贴了一张“欠债还钱”的纸"
    r"贴了?(?:一|几|两|\d{1,2})?张[^，。]{0,12}?(?:纸|单|条|报|告示|通知|海报|照片|字)|"
    # a sheet named by the words on it, paint sprayed to write them: "贴了张「欠债还钱」", "喷油写「还钱」"
    r"贴了?(?:一|几|两|\d{1,2})?张\s*[「『“\"]|喷了?(?:红)?油(?!烟)|"
    r"喷了?(?:油漆|红漆|漆|字|欠债还钱)|写了?(?:欠债还钱|大字)|(?:派|发|散)了?(?:\d+\s*张)?传单|发(?:到|在)?了?(?:朋友圈|群里|网上|抖音|微博|快手)|"
    r"在(?:群|朋友圈|网上|抖音|微博)里?(?:发|曝光|骂|说)|曝光了?我|贴(?:在|到)了?|公告栏|宣传栏|布告栏|"
    # hung up or shown on any site or place: "在闲鱼上挂了一个寻人启事", "在二手网站上曝光"
    r"在[^，。\s]{1,8}?(?:上|里)(?:挂|曝光|晒)(?:了|出)?|"
    # a post that appeared on a platform: "微博上出现一条帖子"
    r"(?:微博|抖音|快手|网上|朋友圈|群里?|贴吧|小红书|论坛|脸书)上?(?:出现|冒出)了?[^，。]{0,4}(?:帖子|帖|视频|文章|动态)|"
    r"\b(?:left|stuck|put|taped|pinned|hung|glued)\s+(?:up\s+)?(?:a|an|some|\d{1,2}|two|three)?\s*(?:[a-z]+\s+)?(?:note|notice|sign|paper|flyer|poster|banner)s?\b|挂(?:到)?网上|(?:拉|挂)了?(?:一条|几条|\d+条|个|一个|张|一张)?(?:横幅|条幅)|喷漆|喷字|建群|拉群|"
    # (put or passed into a group too: "放咗上我哋同乡会嘅微信群度", "传到合作社的line群组里")
    r"(?:发|贴|挂|公开|曝光|留言|放|传|转发|分享|(?<![a-z])po(?![a-z])|(?<![a-z])post(?![a-z]))[^，。]{0,12}(?:群|朋友圈|微博|抖音|快手|贴吧|脸书|facebook|网上|小红书|论坛|\bgroup\b)|"
    # sent into groups, in English: "sent it in 3 wechat groups", "shared it to the family group chat"
    r"\b(?:sent|posted|shared|put|spread|dropped|forwarded)\s+(?:it|them|this|that|the\s+[a-z]+)\s+(?:in|into|to|on)\s+"
    r"(?:\d{1,2}\s+|two\s+|three\s+|four\s+|five\s+|several\s+|many\s+|a few\s+|the\s+|my\s+|our\s+)?(?:[a-z]+\s+){0,2}?(?:groups?|group chats?)\b|"
    # put on a platform, in English: "put it on douyin and on weibo", "shared it in the village group"
    r"\b(?:put|shared|uploaded|spread|plastered|posted)\s+(?:it|them|this|that|the\s+(?:same\s+)?\w+|my\s+\w+|an?\s+\w+)\s+(?:up\s+)?(?:on|in|onto|into|to)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:douyin|tiktok|kuaishou|weibo|facebook|fb|instagram|ig|twitter|threads|xiaohongshu|moments|wechat moments|(?:[\w']+\s+){1,3}group)\b|"
    # (the English verb too: "喺司機群組出post話我走數")
    # (review sites and forums too: "在大众点评我们茶馆下面留言", "脸书社团")
    r"(?:群(?!发)|群组|\bgroup\b|朋友圈|微博|抖音|快手|贴吧|脸书|网上|大众点评|点评|连登|社团|论坛)"
    r"(?:里|上|度|入面|底下|下面)?[^，。]{0,6}"
    r"(?:发|贴|公开|曝光|留言|出?post(?![a-z])|po(?![a-z])|出(?:了|咗)(?=我|他|她))|发帖|"
    # in a group, then what was sent there: "在我们学院的QQ群发了我的身份证照片" (在 marks the
    # place; 群发 alone is mass texting)
    r"在[^，。]{0,16}?(?:群|群组|群聊)(?:里|上|度)?(?:发|贴|晒)(?:了|咗)?(?:我|他|她|\s*\d{1,2}\s*[次遍])|"
    # put or sent into a group, any verb: "摆咗落我哋屋邨嘅WhatsApp群组度", "传到合作社的LINE群组里",
    # "喺公司个WhatsApp group入面send咗张相"
    r"(?:发|贴|挂|放|摆|传|send|post|po)\s*(?:了|咗)?\s*(?:落|到|去|入|进)[^，。]{0,16}?(?:群组|群聊|群|group)|"
    r"(?:在|喺)[^，。]{0,16}?(?:群组|群聊|group)\s*(?:里|度|入面|里面|内)\s*[^，。]{0,3}?(?:send|发|贴|放|传|post|po)|"
    # platforms named in letters: "喺我fb留言", "在ig上po", "dcard发文"
    r"(?<![a-z])(?:fb|facebook|ig|instagram|threads|dcard|ptt|twitter|tiktok|小红书|推特)\s*(?:里|上|度|入面|底下)?\s*"
    r"[^，。]{0,4}(?:发|贴|公开|曝光|留言|po|post)|"
    # said in a group of one's people ("喺我啲朋友嘅WhatsApp群組度講我欠錢", "在家族群里说我"): a post
    r"(?:群|群组|群聊)(?:里|上|度|入面|里面)[^，。]{0,4}(?:说|讲|骂|话)|"
    # on a public page of one's own, not a private channel: "在我直播间刷屏", "在我闲鱼店铺留言"
    r"在(?:我的?|我们的?)(?!微信|短信|qq|私信|邮箱|手机|电话|语音)[\u4e00-\u9fffa-z]{1,5}?(?:里|上|下面|底下)?"
    r"(?:刷屏|留言|评论|发帖|骂)|刷屏|"
    r"\bposted\b|\bput up (?:posters|notices|flyers|banners)\b|"
    r"\b(?:made|wrote|published|put up)\s+(?:\d{1,2}\s+|a\s+|an\s+|two\s+|three\s+|some\s+)?posts?\b|\bsocial media\b|\bgroup chat\b|"
    r"\bmoments\b|\bexposed me\b|\bshamed me\b|\bbanner\b|"
    # the English verb inside Chinese: "喺群組度post我欠錢", "po我照片"
    r"(?<![a-z])(?:post|po)\s*(?:了|咗)?\s*(?:我|他|她)|"
    # a video made about one on a platform: "made a douyin video w my name", "拍了个抖音视频"
    r"\b(?:made|posted|uploaded|put up|shared|filmed|did)\s+(?:a|an|some|\d{1,2}|two|three)?\s*"
    r"(?:douyin|tiktok|kuaishou|weibo|facebook|fb|ig|instagram|youtube|wechat|xiaohongshu|bilibili)\s+"
    r"(?:videos?|posts?|clips?|stor(?:y|ies)|reels?)\b|"
    # the platform as the post itself: "made a tiktok about me", "did a douyin on me"
    r"\b(?:made|posted|uploaded|did|put up)\s+(?:a|an)\s+(?:douyin|tiktok|kuaishou|xiaohongshu|reel)\s+"
    r"(?:about|on|of|with|showing|calling)\b|\buploaded\s+(?:a|an|some)?\s*(?:videos?|clips?)\b|"
    r"(?:拍|做|剪|录|发)了?(?:个|一个|条|一条|几条|\d+条)?(?:抖音|快手|视频号|b站|小红书)(?:的)?(?:短)?视频|"
    # made public: "把我的欠款截图贴出来", "开post话我係老赖"
    r"(?:贴|晒|公开)(?:了)?出来|开(?:了|咗)?(?:个)?(?:post|帖)(?![a-z])|"
    # sent out where all can see, the place said first: "朋友圈有人用我照片做成图发出来"
    r"(?:朋友圈|群|微博|抖音|快手|脸书|网上)[^，。]{0,16}发(?:了)?出来"
)
_MESSAGE_RE = re.compile(
    # (sms right after Chinese, no word boundary: "今日收到sms 12个")
    r"(?<![a-z])sms(?![a-z])|短信|短讯|信息|消息|讯息|简讯|微信|留言|私信|彩信|qq|邮件|whatsapp|wechat|传了?\s*\d*\s*则|"
    r"(?<!office )(?<!phone )(?<!land)(?<!work )(?<!home )(?<!direct )(?<!desk )\bline\b|"
    r"钉钉|飞书|telegram|\btg\b|signal|viber|skype|zalo|imessage|messenger|kakao|"
    # "给我发了3条", "发了我两条": items sent
    # (not posts or comments counted: "发了3条评论")
    r"(?:发|传)了?(?:给?我)?\s*\d+\s*条(?!\s*(?:朋友圈|微博|视频|动态|抖音|评论|帖子?|差评))|"
    r"^\s*(?:又|还|也)?发了?\s*\d+\s*次(?!\s*(?:朋友圈|微博|视频|动态|抖音|评论|帖子?|差评))|"  # "打两次发两次": texts
    # a picture sent to one: "传了一张我身份证的照片给我"
    r"(?:发|传)了?(?:一|\d+|几)?张[^，。]{0,12}(?:照片|图片|截图|相片)(?:给|俾)我|"
    r"\b(?:viber|skype|telegram|signal|zalo|imessage|kakao)(?:'?d|ed)\b|"
    r"\b(?:texts?|texted|sms|messages?|messaged|wechat|whatsapp|emails?|emailed|voicemails?|dms|msgs?|txts?|smses|txted|msged)\b"
)
# "calling me a scammer", "called him names": naming someone, no phone call ("called me a few
# times", "called me a total of 6 times" are calls).
_NAMING = (
    r"(?!\s+(?:me|him|her|them|us)\s+(?:names\b|(?:a|an)\s+(?!few\b|couple\b|lot\b|bunch\b|dozen\b|"
    r"total\b|number\b|hundred\b|(?:\w+\s+)?(?:times?|hours?|minutes?|days?|while|second)\b)[a-z]))"
)
_CALL_RE = re.compile(
    r"电话(?!\s*号)|来电|打来|致电|打了\d+[个次通]|打给我|呼叫|语音|未接|视频通话|视讯|打视频|"
    rf"\b(?:calls?|called|calling){_NAMING}\b|"
    r"\b(?:phoned|rang|ring|ringing|facetimed?|facetiming|video[- ]?call(?:ed|s)?)\b|"
    r"(?<!my )(?<!your )(?<!his )(?<!her )\bphone\b(?! numbers?)"
)
_ACT_RES: dict[str, re.Pattern[str]] = {
    "insult": re.compile(
        r"骂|侮辱|脏话|粗口|难听|羞辱|人身攻击|诅咒|傻[逼比b]|\bsb\b|畜生|废物|老赖|"
        r"\bswor|\bswear|\binsult|\babus|\bcurs|\bcalled me (?:names|a |an )|\bslur|\bhumiliat|\bbitch|"
        r"\bfuck|\bidiot|\bscum|\bdeadbeat"
    ),
    "threat": re.compile(
        r"威胁|恐吓|扬言|吓唬|要你好看|弄死|打死|砍死|杀了|走着瞧|小心点|后果自负|不得好死|身败名裂|收拾你|"
        r"\bthreat|\bor else\b|\bkill\b|\bhurt (?:me|you|my)\b|\bwatch (?:your|my) back\b|\bregret\b|"
        r"\bbeat (?:me|you) up\b|\bcome after\b"
    ),
    "arrest-threat": re.compile(
        r"抓你|抓我|抓人|坐牢|坐监|拉人|捉你|捉人|拘留|逮捕|判刑|蹲监狱|进监狱|牢饭|刑拘|通缉|抓起来|抓走|(?:公安|警察).{0,4}上门|"
        r"\barrest|\bjail\b|\bprison\b|\blocked up\b|\bcriminal (?:charges?|record|case)\b|\bpolice (?:will|would) (?:come|arrest)"
    ),
    "impersonation": re.compile(
        r"(?:自称|冒充|假装|假冒|说是|说他是|说他们是|称是|说自己是|声称是?)[^，。,.]{0,6}"
        r"(?:警察|公安|民警|派出所|法院|法官|检察|执行局|司法|经侦|网警|刑警)|"
        r"\b(?:claim(?:ed|ing)?|said|pretend(?:ed|ing)?|pos(?:ed|ing)|pretending)\b[^,.]{0,25}"
        r"\b(?:police|court|judge|cop|officer|bailiff|prosecutor)s?\b"
    ),
    "private-account": re.compile(
        r"个人(?:账户|账号|卡|银行卡|微信|支付宝)|私人(?:账户|账号|卡|微信|支付宝)|转到?(?:他|她|他们)(?:的|个人)?(?:卡|账户|账号|微信|支付宝)|"
        r"(?:指定|安全)账户|"
        r"\b(?:personal|private) (?:bank )?account\b|\b(?:his|her|their) own account\b|"
        r"\bpay (?:him|her|them) directly\b|\bto an individual\b"
    ),
}
# A threat to sue is lawful; "威胁说要起诉" is not an unlawful threat.
_LAWSUIT_AFTER_RE = re.compile(r"起诉|告你|告我|法院|律师函|sue|lawsuit|court|legal action")

_COUNT_RES = (
    re.compile(
        r"(\d{1,3})\s*(?:个|次|通|遍)\s*(?:未接)?(?:电话|来电)|打了\s*(\d{1,3})\s*(?:个|次|通|遍)|(\d{1,3})\s*条(?:短信|信息|消息)"
    ),
    re.compile(r"\b(\d{1,3}|[a-z]+)\s+(?:missed\s+)?(?:calls|texts|messages|times)\b"),
)
_VISITORS_RES = (
    re.compile(r"(\d{1,2})\s*(?:个|名|位)\s*(?:人|催收员?|男的|女的|男子|大汉|陌生人)"),
    re.compile(
        r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons|men|guys|collectors|women|of them|man|guy|woman|person|collector)\b"
    ),
)
_ALONE_RE = re.compile(
    r"独自|单独|就他一个|就(?:他|她)?1个人|只有1个人|只来了1个|\balone\b|\bby (?:him|her)self\b|\bon (?:his|her) own\b|\ba single (?:man|woman|person|collector)\b"
)

_PHONE_RE = re.compile(
    r"(?<![\d*])(?:\+?86[- ]?)?(?:0\d{2,3}[- ]?[\dx*]{3,8}|1[3-9]\d[\dx*]{8}|400[- ]?\d{3}[- ]?\d{4}|95\d{3,4})(?![\d])"
)
_ORG_RE = re.compile(
    r"(?:^|(?<=[\s，。,.:：;；、是称自从说被]))([\u4e00-\u9fffa-z0-9]{2,8}?(?:催收公司|资产管理有限公司|资产管理公司|资产公司|"
    r"律师事务所|律所|法务公司|调解中心|银行|消费金融|小贷公司))"
)
_LENDERS_RE = re.compile(
    r"(?:工商|建设|农业|中国|交通|招商|浦发|兴业|中信|光大|民生|华夏|平安|广发|邮储)银行|花呗|借呗|微粒贷|京东金条|京东白条|"
    r"美团月付|美团借钱|360借条|分期乐|安逸花|招联金融|马上消费|捷信|度小满|拍拍贷|平安普惠|有钱花|网商贷"
)
_ORG_LEAD_RE = re.compile(r"^(?:自称是?|声称是?|说是|来自|是|被|从)")
_EN_ORG_RE = re.compile(r"\bfrom ((?:[A-Z][\w&'-]*\s?){1,5})")


_CANTONESE = (
    ("佢哋", "他们"),
    ("佢", "他"),
    ("咗", "了"),
    ("畀", "给"),
    ("俾", "给"),
    ("嚟", "来"),
    ("企喺", "站在"),  # 企: to stand
    ("喺", "在"),
    ("搵", "找"),
    ("揾", "找"),  # 搵 after simplification
    ("老细", "老板"),
    ("屋企人", "家人"),
    ("屋企", "家"),
    ("仲", "还"),
    ("返工", "上班"),
    ("嘅", "的"),
    ("同埋", "和"),  # "and": "12条短信同埋6个电话" is two kinds
    ("加埋", "加上"),
)


_CANTONESE_POSSESSIVE_RE = re.compile(
    r"(?<=我)个(?=[\u4e00-\u9fff])(?!人|月|星期|礼拜|小时|钟|电话|短信|信息)"
)


def _fold(s: str) -> str:
    """Cantonese function words to Mandarin, so one vocabulary reads both; English words for
    people inside Chinese ("打咗俾我个friend") in Chinese."""
    for a, b in _CANTONESE:
        s = s.replace(a, b)
    s = _CANTONESE_POSSESSIVE_RE.sub("的", s)  # "联络咗我个上司": my boss
    return _MIXED_PERSON_RE.sub(lambda m: "的" + _MIXED_PEOPLE[m.group(2)], s)


_MIXED_PEOPLE = {
    "friend": "朋友",
    "boss": "老板",
    "colleague": "同事",
    "manager": "经理",
    "mum": "妈妈",
    "mom": "妈妈",
    "dad": "爸爸",
    "wife": "老婆",
    "husband": "老公",
    "sister": "姐姐",
    "brother": "哥哥",
    "roommate": "室友",
}
_MIXED_PERSON_RE = re.compile(rf"(?<=我)(个|的|嘅)?\s*({'|'.join(_MIXED_PEOPLE)})s?(?![a-z])")


# Counting units the shared parser (bot.parsing.past.prepare) leaves in Chinese numerals:
# "五封讯息", "来了三趟", "两回". Not after 这/那/上/下/每/第 ("这一回" is "this time").
_CN_COUNT_RE = re.compile(
    r"(?<![零〇一二两三四五六七八九十百这那上下每第])([零〇一二两三四五六七八九十百]{1,4})(?=\s*(?:封|则|趟|回|轮|波|拨|批|篇))"
)


def _zh_value(word: str) -> int | None:
    """A Chinese numeral's value (None when it is none)."""
    with warnings.catch_warnings():  # cn2an warns on some inputs
        warnings.simplefilter("ignore")
        value = chinese_number(word.replace("兩", "两"))
    return None if value is None else int(value)


def _cn_count(m: re.Match[str]) -> str:
    value = _zh_value(m.group(1))
    return m.group(0) if value is None else apart_from_digit(m, str(value))


# Counts given as a range or a round figure, read as the lowest number they promise (as
# bot.parsing.numbers does for 二十多 and 十几): 七八个 → 七个, 5、6条 → 5条, "8 or 9 times" → 8,
# 一百多个 → 一百个, 上百个 → 100个.
_UNIT = r"(?=\s*(?:个|次|通|条|封|则|趟|回|遍|篇|多|十|百))"
_ZH_RANGE_RE = re.compile(
    # (after tens too: 十五六条 → 十五条, 二十三四个 → 二十三个)
    rf"(?<![零〇一二两兩三四五六七八九十百])((?:[一二两兩三四五六七八九]?十)?)"
    rf"([一二两兩三四五六七八])(?:[、/~～\-－到至或])?([二三四五六七八九]){_UNIT}"
)
_DIGIT_RANGE_RE = re.compile(
    r"(?<![\d.])(\d{1,3})\s*(?:[、/~～\-－到至或]|or|to)\s*(\d{1,3})"
    r"(?=\s*(?:个|次|通|条|封|则|趟|回|遍|\s(?:times|calls|texts|messages|missed)\b))"
)
_ROUND_RE = re.compile(
    r"([一二两三四五六七八九]?[百千])[多来](?=\s*(?:个|次|通|条|封|则))|上([百千])(?=\s*(?:个|次|通|条))"
)
_ZH_ORDER = "一二三四五六七八九"
# "20+ calls", "30+个": the round figure, as "30多个" is read (30).
_SOME_MORE_RE = re.compile(
    r"(\d{1,3})\s*(?:\+|[几幾](?=\s*(?:个|個|次|通|条|條|封|则|則|趟|回|遍)))(?=\s*[a-z\u4e00-\u9fff])"
)


_ABOUT_TEN_RE = re.compile(
    r"([一二两三四五六七八九]?十|\d{1,3}0)来(?=\s*(?:个|次|通|条|封|则|趟|回|遍|篇))"
)


def _lowest(text: str) -> str:
    def zh(m: re.Match[str]) -> str:
        tens, a, b = m.group(1), m.group(2), m.group(3)
        order = _ZH_ORDER.index("二" if a in "两兩" else a)  # 两三条 is 二三条
        return tens + a if _ZH_ORDER.index(b) == order + 1 else m.group(0)

    def digits(m: re.Match[str]) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        return m.group(1) if a < b <= a * 2 + 2 else m.group(0)

    text = _ABOUT_TEN_RE.sub(r"\1", text)  # 十来条, 20来个: about that many, read as that many
    text = _ZH_RANGE_RE.sub(zh, text)
    text = _DIGIT_RANGE_RE.sub(digits, text)
    text = _SOME_MORE_RE.sub(r"\1", text)
    return _ROUND_RE.sub(lambda m: m.group(1) or ("一" + m.group(2)), text)


# What they did not do is no contact: "今天没打电话 只发了两条短信", "no calls today, just texts",
# "didn't come". Only a negation right before the act ("我没接" is an unanswered call).
_NOT_DONE_RE = re.compile(
    # a count of none: "visit: 0", "0 texts", "上门 0次"
    r"\b(?:calls?|texts?|messages?|visits?|sms|emails?)\s*[:：x×]\s*0\b|\b(?:0|zero)\s+(?:calls|texts|messages|visits)\b|"
    r"(?:电话|短信|信息|上门|来电)\s*[:：]?\s*[0零]\s*[次个条通]?(?!\d)|(?:打|发)了?\s*[0零]\s*[次个条通](?!\d)|"
    r"(?:没有?|并没有?|从没有?|未曾|倒是没有?)(?:再|有)?(?:打(?:过|来|给我)?|发(?:过|来)?|来(?:过)?|上门|找(?:过)?我?)了?"
    r"(?:\d+\s*[个次通条])?(?:电话|短信|信息|消息|微信)?|"
    r"\b(?:didn'?t|did not|haven'?t|have not|hasn'?t|has not|never)\s+(?:(?:call|text|message|phone|ring|visit)(?:ed)?|come|"
    r"show(?:ed)? up)\b(?:\s+me)?|\bno (?:more )?(?:calls?|texts?|messages?|visits?)\b"
)


# "a couple of times" is 2, "several texts" 3: the lowest number they promise.
_COUPLE_RE = re.compile(r"\ba (couple)(?: of)?\s+|\bseveral\s+", re.IGNORECASE)
# "twenty-something calls", "30-something texts": the round figure.
_SOMETHING_RE = re.compile(
    r"\b(?:(twenty|thirty|forty|fifty|sixty)|(\d0))[- ]?(?:something|odd|ish)\b", re.IGNORECASE
)
_TENS = {"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60"}


# A weekday's numeral right before a count's: "周一一次今天一次", "星期三两个".
_WEEKDAY_THEN_COUNT_RE = re.compile(
    r"((?:周|星期|礼拜|禮拜)[一二三四五六日天])([一两兩二三四五六七八九十]{1,3})"
    r"(?=\s*(?:次|个|個|通|条|條|趟|回|遍|封))"
)


def _weekday_count(m: re.Match[str]) -> str:
    """The weekday kept in words, the count after it in digits."""
    value = _zh_value(m.group(2))
    return m.group(0) if value is None else f"{m.group(1)}{value}"


def _prepared(text: str, apart: bool = True) -> str:
    """The text as every reader here sees it: prepared, Cantonese folded, counts in digits
    (廿 and 卅, "twenty" and "thirty" in Cantonese and Taiwanese counts, spelled out first;
    ranges and round figures as their lowest number), and what they did not do left out."""
    text = _lowest(_TWO_OF_RE.sub("两个", text.replace("廿", "二十").replace("卅", "三十")))
    text = _WEEKDAY_THEN_COUNT_RE.sub(_weekday_count, text)  # "周一一次": Monday, once (not 11)
    text = _COUPLE_RE.sub(lambda m: "2 " if m.group(1) else "3 ", text)
    text = _SOMETHING_RE.sub(lambda m: _TENS.get((m.group(1) or "").lower()) or m.group(2), text)
    folded = _typo_fixer()(_fold(prepare(text)))
    # English words inside Chinese stand apart ("send了条voice message来"), so \b reads them
    folded = _SCRIPT_JOIN_RE.sub(" ", folded) if apart else folded
    folded = _NOT_DONE_RE.sub(" ", _CN_COUNT_RE.sub(_cn_count, folded))
    # A phone number among the person's details is no call: "名字、电话和欠款金额", "我个名同电话"
    folded = _DETAILS_PHONE_RE.sub(lambda m: (m["before"] or "") + "号码", folded)
    # Information about the person is no message ("把我的欠款信息做成图片"), and a call asked for
    # is no call made ("asking me to call back", "叫我回电话")
    folded = _INFO_RE.sub("资料", folded)
    folded = _CALL_BACK_RE.sub(" reply ", folded)
    # a call over an app is a call: "a wechat voice call", "微信语音通话", "whatsapp call"
    folded = _APP_CALL_RE.sub(lambda m: "电话" if m.group(0).startswith("微信") else "", folded)
    # A tally without commas is a list ("6 calls 2 sms 1 visit", "电话6个短信2条上门1次").
    folded = _CLOCK_TALLY_RE.sub("，", folded)
    return _TALLY_EN_RE.sub(r"\1, ", _TALLY_ZH_RE.sub(r"\1，", folded))


# 电话 said among the person's details (a name, a photo, an ID, an address, the debt), not made.
_DETAIL = r"(?:名字|姓名|名|照片|相片|相|头像|身份证号?|住址|地址|欠款金额|欠款|金额|工作单位|单位)"
_DETAILS_PHONE_RE = re.compile(
    rf"(?P<before>{_DETAIL}\s?(?:、|,|，|和|同|及|与|跟|同埋|和我的?)\s?(?:我的?)?)电话(?:号码|号)?|"
    rf"电话(?:号码|号)?(?=\s?(?:、|和|同|及|与|跟|同埋)\s?(?:我的?)?{_DETAIL})"
)


_INFO_RE = re.compile(
    r"(?<=欠款|个人|身份|债务|借款|逾期|联系|资料|隐私|家庭|工作)信息|(?<=我的)信息(?=[^，。]{0,6}(?:做成|p成|印|公开|曝光|挂))"
)
_APP_CALL_RE = re.compile(
    r"\b(?:wechat|whatsapp|line|telegram|signal|messenger|imo|viber)\s+(?=(?:voice\s+|video\s+)?calls?\b)|"
    r"微信(?:语音|视频)?(?:通话|电话)"
)
_CALL_BACK_RE = re.compile(
    r"\b(?:ask(?:ing|ed|s)?|tell(?:ing|s)?|told|want(?:ing|s|ed)?)\s+me\s+to\s+call(?:\s+(?:them|him|her|us|it))?\s+back\b|"
    r"(?:叫|让|要|请|要求)我\s?(?:尽快|马上|立即|赶紧)?\s?回(?:个)?(?:电话|电|拨)"
)


# 俩 before a noun is two of them: "另外俩同学" (not "我俩", "他们俩", we or they two).
_TWO_OF_RE = re.compile(r"(?<![我你他她们咱])俩(?=\s*[\u4e00-\u9fff])")
_SCRIPT_JOIN_RE = re.compile(r"(?<=[a-z]{2})(?=[\u4e00-\u9fff])")
# A log of clock times, each with its channel and count ("11:50pm 短信1 12:20am 电话1"): one item
# each, the next starting at its time.
_CLOCK_TALLY_RE = re.compile(
    r"(?<=[\d个通条次])\s+(?=\d{1,2}[:：]\d\d\s*(?:am|pm)?\s*(?:电话|来电|短信|信息|微信|calls?|texts?|sms)\s*\d)"
)
_TALLY_EN_RE = re.compile(
    r"\b(calls?|sms|texts?|msgs?|messages?|visits?|posts?)\s+"
    r"(?=\d{1,3}\s*(?:calls?|sms|texts?|msgs?|messages?|visits?|posts?)\b)"
)
_TALLY_ZH_RE = re.compile(
    # (English channel words too, spaced: "收到sms 12个 call 4个")
    r"((?:电话|来电|短信|信息|微信|上门|家访|语音|sms|calls?|texts?)\s*\d{1,3}\s*[个通条次趟回])"
    r"(?=(?:电话|来电|短信|信息|微信|上门|家访|语音)\s*\d|\s*(?:sms|calls?|texts?)\s*\d)"
)


# The words kinds and targets are read from, so that a sound-alike typo (电化, 上们, 领倒, 朋友全)
# reads as the word: people type with pinyin input methods. Strict: one character changed, a
# two-character word keeping its first. Ordinary words that sound the same are listed as
# themselves so they stay (同时 is not 同事).
_TYPO_TERMS = ("电话 短信 微信 上门 催收 朋友圈 通讯录 同事 邻居 同时 电化学").split()


@lru_cache(maxsize=1)
def _typo_fixer() -> HomophoneFixer:
    return HomophoneFixer(_TYPO_TERMS, "我你他她的了是在有不", strict=True)


def _number(token: str | None) -> int | None:
    if not token:
        return None
    return int(token) if token.isdigit() else EN_NUMBERS.get(token)


def _clauses(s: str) -> list[str]:
    # a colon ends a clause ("记一下：…"), not before its count ("texts: 4") or inside a time
    return [
        c
        for c in re.split(r"[，,。!！?？;；\n]+|[：:](?=\s*[^\d\s])|\.(?:\s|$)|\band then\b", s)
        if c.strip()
    ]


def _would_before(clause: str, pos: int) -> bool:
    # read in the whole clause, so a word's lookahead sees what follows ("威胁短信" is a kind)
    return any(m.start() < pos for m in _WOULD_RE.finditer(clause))


def _scan_clause(clause: str, found: _Found) -> None:
    """Kinds, third parties and threats of one clause; "said they would" makes an act a threat."""
    clause = _unposed(clause)
    third = None
    for rx in _THIRD_PARTY_RES:
        m = rx.search(clause)
        if m:
            third = m
            break
    if third is not None:
        if _would_before(clause, third.start()):
            found.acts.add("threat")
        else:
            found.kinds.add("third-party")
            for name, rel in _REL_FIND:  # "called my wife and my colleagues": every one named
                if rel.search(clause[third.start() :]) and name not in found.third:
                    found.third.append(name)
    posted = False
    for kind, rx in (("visit", _VISIT_RE), ("posting", _POSTING_RE)):
        m = rx.search(clause)
        if m and third is not None and third.start() <= m.start() < third.end():
            continue  # "打电话去我公司找我老板": the call reached the employer, nobody came
        if m:
            if _would_before(clause, m.start()):
                found.acts.add("threat")
            else:
                found.kinds.add(kind)
                posted = posted or kind == "posting"
    if third is None and not posted:
        if _CALL_RE.search(clause):
            found.kinds.add("call")
        elif _MESSAGE_RE.search(clause):
            found.kinds.add("message")


def _acts(s: str, found: _Found) -> None:
    for act, rx in _ACT_RES.items():
        for m in rx.finditer(s):
            if act == "threat" and _LAWSUIT_AFTER_RE.search(s[m.end() : m.end() + 12]):
                continue
            found.acts.add(act)
            break
    if "arrest-threat" in found.acts:
        found.acts.add("threat")


def _count(s: str) -> int:
    total = 0
    for rx in _COUNT_RES:
        for m in rx.finditer(s):
            n = _number(next((g for g in m.groups() if g), None))
            if n:
                total += n
    return max(1, min(total, 500))


def _visitors(s: str) -> int | None:
    if _ALONE_RE.search(s):
        return 1
    for rx in _VISITORS_RES:
        m = rx.search(s)
        if m:
            return _number(m.group(1))
    return None


def _who(original: str, s: str) -> str | None:
    """The number or organisation the person named, as they wrote it."""
    parts: list[str] = []
    for m in _PHONE_RE.finditer(s):
        if m.group(0) not in parts:
            parts.append(m.group(0).strip())
    for rx in (_LENDERS_RE, _ORG_RE):
        org = rx.search(s)
        if org:
            name = _ORG_LEAD_RE.sub("", org.group(org.lastindex or 0).strip())
            if name not in "".join(parts):
                parts.append(name)
    english = _EN_ORG_RE.search(original)
    if english and not _PHONE_RE.fullmatch(english.group(1).strip()):
        parts.append(english.group(1).strip())
    return ", ".join(parts[:3]) or None


def _kind(kinds: set[str]) -> str:
    for kind in ("posting", "visit", "call", "message", "third-party"):
        if kind in kinds:
            return kind
    return "other"


def extract(text: str, now: datetime) -> Extraction:
    """Read one logged contact out of the person's (already redacted) words."""
    return _extract(text, now, _prepared(text))


def _extract(text: str, now: datetime, s: str) -> Extraction:
    """extract() on the text as _prepared() gave it (`s`), prepared once by the caller."""
    when = parse_when(s, now, prepared=True)
    found = _Found()
    for clause in _clauses(s):
        _scan_clause(clause, found)
    _acts(s, found)
    kind = _kind(found.kinds)
    visitors = _visitors(s) if kind == "visit" else None
    return Extraction(
        when=when,
        kind=kind,
        acts=tuple(a for a in ACTS if a in found.acts),
        third_parties=tuple(p for p in THIRD_PARTIES if p in found.third),
        who=_who(text, _prepared(text, apart=False)),
        count=_count(s) if kind in ("call", "message", "third-party") else 1,
        visitors=visitors,
        note=text.strip()[:MAX_NOTE_CHARS],
    )


# -- several kinds in one message: a small clause grammar -------------------------------------
# A message is cut into clauses (punctuation, then 还/又/也/仲/然后/and/also/then before a new
# verb). Each clause is read as actor–action–target–count: the action (a table below), whether
# its target is someone else (a relative, a colleague, the workplace, the contact list: then a
# call or a text is third-party contact), and the clause's own number as its count. A clause
# with a number but no verb of its own continues the one before ("上午打了4个，下午6个"), unless
# it settles the number told ("算5次吧", "我数了是23条", "不对 是6个": it replaces it) or counts
# people ("一共两个人" after a visit: who came; "2 couples" after a group reached: how many).
_SUB_RE = re.compile(
    r"(?<!那边)(?<!那里)(?<!那儿)(?<!这边)"  # "我妈那边也打了五通": the person is the target
    r"(?:还|又|也|并且|而且|同时|然后|还有|另外|又再)(?=给|在|把|到|来|去|打|发|上门|有|传|send|找|问|贴|建|拉|p|说|联系|骚扰|"
    r"call|text|message|post)|"
    # "3个电话同2个短讯": two counts, two kinds; not two clock times ("3点和5点各打了一次")
    r"(?:同|和|及|与|跟|以及)(?=\s*\d)(?!\s*\d{1,2}\s*点)|"
    # "电话4个加短信2条", "4个电话外加2条短信": 加 joins two counts the same way
    r"(?<![增追参])(?:加上?|外加)(?=\s*(?:短信|信息|消息|微信|电话|来电|语音)?\s*\d)(?!\s*\d{1,2}\s*点)|"
    # ... and two acts joined the same way: "打了5个电话和发了2条短信"
    r"(?:同|和|及|以及)(?=(?:又|还|也)?(?:发|打|寄|上门|来了|去了)(?:了)?\s*\d)|"
    r"\s*,?\s+(?:and|also|plus|then|n|&|\+|an'|'n')\s+(?=(?:they\s+|he\s+|she\s+)?(?:(?:also|then|even|later|still)\s+)*(?:called|texted|messaged|posted|another|"
    r"showed|turned|popped|rocked|dropped|cc'?d|cced|copied|came|contacted|sent|visited|rang|phoned|emailed|wrote|told|harassed|threatened|again|pulled|"
    r"stuck|taped|pinned|hung|glued|shouted|yelled|knocked|banged|"
    r"added|dragged|put|left|commented|shared|forwarded|spread|spammed|whatsapped|dm'?d|went|asked|talked|spoke|my|our|once|twice|thrice|"
    r"me\s+(?=\d|once|twice|thrice|two|three|four|five)|"
    r"one|two|three|four|five|\d|"
    # a count or one of a channel: "… and a dozen calls", "… and a whatsapp"
    r"an?\s+(?:dozen|couple|few|handful|bunch|text|call|whatsapp|message|voicemail|voice|email|dm|sms|letter|visit)|"
    r"dozens|several)\b)"
)
_SPACE_CUT_RE = re.compile(
    # "10:05 来电 10:20 来电", "10点20来了个电话 11点05又一个": a clock time starts a new part
    r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]|\d+\s*[个次通条遍封则人]|\d{1,2}[:：]\d\d|\d{1,2}\s*点)|"
    r"(?<=[x×]\d)\s+(?=[\u4e00-\u9fff])|(?<=[x×]\d\d)\s+(?=[\u4e00-\u9fff])|"  # "电话×8 短信×2"
    r"(?<![:：]\d\d)(?<![:：]\d)(?<=\d)\s+(?=(?:电话|短信|信息|消息|微信|上门|来电))|"  # "电话9 短信3", not "09:12 来电"
    # "打两次发两次"; not a count that is the subject of its verb ("还有1个打到包工头那里")
    r"(?<!有\d[次个条通])(?<!外\d[次个条通])(?<=\d[次个条通])(?=(?:又|还)?(?:打|发|传|上门))|"
    # a list of channels with their counts: "电话14通、短信8则", "3则短信、2通电话"
    r"(?<=、)(?=\s*(?:\d{1,3}\s*[个次通条则封]\s*)?(?:电话|来电|短信|信息|消息|简讯|讯息|微信|语音|上门))|"
    # "打了3个电话发了2条短信"; not a duration ("电话打了两个小时")
    r"(?<=电话|短信|信息|微信)(?=(?:又|还)?(?:打|发|传)了?\s*\d(?!\d*\s*个?(?:小时|钟头|分钟|天|月|星期|礼拜)))|"
    # a count after a channel word starts a new part: "2次电话2次短信"
    r"(?<=电话|短信|信息|消息|微信|上门)(?=\d+\s*[个次通条封则](?:电话|短信|信息|消息|微信|上门))"
)
_AGAIN_RE = re.compile(
    r"\bagain\b|\banother(?: one)?\b|\bone more\b|又一次|再一次|又来|又打|又发|又call|又一[个通条次]|又有一[个通条]"
)
_EXPLICIT_RES = (
    re.compile(
        r"(\d{1,3})\s*(?:个|次|通|遍|则|条|封|個|下|回)\s*(?:未接)?(?:电话|来电|短信|信息|消息|简讯|讯息|微信|whatsapp|语音)?|"
        # "电话 20个"; not a period or a time after the channel word ("打我电话 1天20个", "短信 9点")
        r"(?:电话|短信|信息|消息|简讯)\s*(\d{1,3})(?![\d.:：])(?!\s*(?:天|日|号|点|时|月|周|星期|年|小时|分|岁))"
        r"\s*(?:个|次|通|条|则)?|"
        r"各\s*(\d{1,2})\s*(?:次|个|通)"
    ),
    re.compile(
        # a count labelled, the sender named: "whatsapp msgs from them: 5", "calls from cmb: 7"
        r"\b(?:(?:whatsapp|wechat|line|telegram|signal|voice)\s+)?(?:calls?|texts?|messages?|msgs?|txts?|sms|"
        r"emails?|whatsapps?|dms?|voicemails?)\s+(?:from|by)\s+[a-z']+(?:\s+[a-z']+)?\s*[:：]\s*(\d{1,3})\b|"
        # one, said with the singular: "3 emails and 1 wechat message"
        # (only as a part of a list: "One call was at 11pm" tells of one of those counted)
        r"(?:(?<=\band )|(?<=, )|(?<=\bplus ))(1|one)\s+(?:(?:voice|telegram|signal|whatsapp|wechat|line|viber|text|sms)\s+)?"
        r"(?:call|text|message|msg|txt|email|e-mail|dm|letter|voicemail)\b|"
        r"\b(\d{1,3}|[a-z]+)\s+(?:missed\s+)?(?:(?:voice|telegram|signal|whatsapp|wechat|line|viber|facebook|fb|ig|"
        r"instagram|skype|text|sms|angry|threatening|abusive)\s+){0,2}(?:calls|texts|messages|times|sms|whatsapps?|voicemails|notes|msgs|txts|"
        r"emails|e-mails|dms|wechats|letters)\b|"
        r"\b(\d{1,3})\s+(?:calls?|texts?|sms|voice (?:notes?|messages?)|voicemails?|whatsapps?|emails?|msgs?|dms?)\b|"
        r"\b(?:calls?|texts?|messages?|sms|emails?)\s*[:：]\s*(\d{1,3})\b|"  # "texts: 4, calls: 9"
        # learners' English: "this is 2 time they call him"
        r"\b([2-9]|\d{2})\s+time\b(?!\s*(?:zone|limit|frame))|"
        # a summary's tally, the count after the channel: "calls 63, texts 18"
        r"\b(?:calls|texts|messages|sms|msgs)\s+(\d{1,3})\s*(?=[,(（;]|$)|"
        # a count written as a tally: "calls x10", "sms ×3", "called me 4x", "电话x8"
        r"(?:(?<![a-z\d])[x×]\s*(\d{1,3})\b(?!\s*(?:am|pm|[:：.]\d)))|(?<![\d:：.])\b(\d{1,3})\s*[x×](?![a-z\d])|"
        r"\b(once|twice|thrice)\b|"
        # pictures or files sent, counted: "sent me 2 screenshots", "sent my wife three photos"
        r"\bsent\s+(?:me|us|(?:my|our)\s+[a-z'-]+)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:screenshots|photos|pictures|pics|images|videos|voice\s+(?:notes|messages)|recordings|files)\b|"
        r"\b(\d{1,3})\s+of\s+(?:them|those|these)\b|"
        r"\b(?:i counted|counted|a total of|in total|total(?:led)?|altogether)\s+(\d{1,3})\b|"  # "I counted 25"  # a part of a count: "20 of them"
        r"\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a few)\s+more\b|"  # "five more this afternoon"
        r"\banother\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:am|pm|[:.]\d))|"  # "another 4 in the evening"
        r"^\s*(?:and\s+)?(\d{1,3}|one|two|three|four|five|six)\s+(?:to|for)\s+(?:my|our)\b|"  # "8 calls to me, 3 to my wife"
        # a bare number with when, after a count given: "5 calls before 9am, 3 after lunch"
        r"^\s*(?:and\s+)?(\d{1,3})\s+(?:more\s+)?(?:before|after|in the|at|this|last|during|around|by|between|from)\b|"
        r"\b(\d{1,3})\s+(?:in total|altogether|total|so far|by now|and counting)\b|"  # "9 in total", "22 so far"
        # a person and a bare number after a count given: "sent my wife 3 texts and my mother 2"
        r"^\s*(?:and\s+)?(?:to\s+)?(?:my|our)\s+(?:[a-z'-]+\s+){1,2}?(\d{1,3})\s*$"
    ),
    re.compile(r"其中\s*(\d{1,3})"),
)
# Part of a count already given: "其中20个是早上打的", "20 of them before noon".
_SUBSET_RE = re.compile(
    # (Cantonese 系/係 is 是; "还有1条说要去我老家" after "20条短信" tells what one of them said)
    r"其中|\d+\s*(?:个|次|通|条|封|则)?(?:都)?(?:是|系|係)|^\s*(?:还|另外)?有\s*\d+\s*[个条通次]\s*(?:说|讲|话|骂|威胁)|"
    # the ones not answered, and the first or last one, of those told: "没接的有10次", "最后1条是…"
    r"(?:没|未)接(?:听)?(?:的)?(?:有)?\s*\d+|(?:最后|第)\s*(?:那)?\s*1\s*[条个通次封则]|\b(?:of them|of those|of these|of which)\b|"
    # the ones the person answered, of those told: "我只接了2次", "i only picked up 2"
    r"(?:只|就|才)(?:接|接听|回|听)了?|\b(?:only|just)\s+(?:picked up|answered)\b|\b(?:picked up|answered)\s+only\b"
)
# A count followed by a channel is that channel, not visits: "来了三次电话", "来了两通来电".
_CHANNEL_AFTER = r"(?!\s*(?:电话|来电|短信|信息|消息|微信|语音|邮件|简讯|讯息))"
_VISIT_MORE_RE = re.compile(
    rf"来了[一1]次{_CHANNEL_AFTER}|(?:来|跑|过来)了?\s*\d{{1,2}}\s*(?:趟|回|拨|批|波)|"
    rf"来了\s*\d{{1,2}}\s*次{_CHANNEL_AFTER}"
)
# A visit clause with its own time or "一次" is a visit of its own ("12点来了一次，8点又来了一次").
_VISIT_TIMED_RE = re.compile(
    r"\d{1,2}\s*点|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bmidnight\b|\bnoon\b|"
    # not a duration: "在楼下等了我一下午", "守了一整晚上"
    r"(?<![一整])(?:上午|下午|晚上|中午|凌晨|半夜)|一次|1次|\bonce\b"
)
_PAIR_RE = re.compile(
    r"(?<!爸)爸妈(?!妈)|父母|爹娘|爹妈|\bparents\b|岳父母|(?<!公)公婆(?!婆)|\bin-laws\b"
)
_EACH_FIRST = (
    r"\beach\s+(?:of\s+them\s+)?(?:got\s+|received\s+|had\s+)?(once|twice|one|two|three|four|five|\d{1,2})\b"
    r"(?:\s+(?:times?|calls?|texts?|messages?))?"
)
_EACH_RE = re.compile(
    # (the verb between: "给我媳妇和我姐各打了一个电话")
    r"各\s*(?:打|发|传|找|来)?(?:了|咗)?\s*(\d{1,2}|[一二两三四五])\s*(?:次|个|通|条)|各一次|"
    # one for each person: "每人发了一条短信", "每个人都打了两次"
    r"(?:每人|每个人|每一个人|一人)(?:都|各)?\s*(?:打|发|传|找)?(?:了|咗)?\s*(\d{1,2}|[一二两三四五])\s*(?:次|个|通|条)|"
    r"\b(\d{1,2}|once|twice|two|three|four|five|six)\s+(?:times\s+|calls\s+|texts\s+)?each\b|"
    # the number after "each": "each once", "each got one call", "each of them twice"
    rf"{_EACH_FIRST}"
)


def _per(each: re.Match[str]) -> int:
    """How many each: "各3次", "各一次", "3 times each", "twice each"."""
    word = next((g for g in each.groups() if g), "一")
    return _ZH_DIGITS.get(word) or _ONCE_TWICE.get(word) or _number(word) or 1


_ONCE_TWICE = {"once": 1, "twice": 2, "thrice": 3}


_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_ZH_NUMERALS = {**_ZH_DIGITS, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# The action of a clause, looked up in this order (a group or a post names its own channel;
# a call and a text are told apart by which word comes first).
_MORE_POSTING_RE = re.compile(
    r"在(?:我的?)?(?:朋友圈|微博|抖音|快手|贴吧|网上|小红书|脸书|facebook|ig|推特)(?:里|上|底下|下面|下边)?|"
    # in a group named by whose it is: "在我们业主群发了", "在家族群里说" (not 群发, mass texting)
    r"在[^，。\s]{1,8}?群(?:里|中|内|上|组)?(?:发|贴|公开|曝光|说|骂|讲|@)|"
    r"\b(?:messaged|texted|posted (?:in|to|on)|wrote (?:in|to|on)|spammed|sent (?:it|them|this|that) to)\s+"
    r"(?:my|our|the|a|his|her)\s+(?:[a-z']+\s+){0,2}(?:group|group chat|chat group|whatsapp group|wechat group)\b|"
    r"(?:朋友圈|微博|抖音|快手|贴吧|小红书)(?:里|上|底下|下面|下边)?(?:评论|留言|骂|说|发|挂)|评论区|"
    r"\bput (?:my|our|his|her) (?:\w+ ){0,2}(?:name|photos?|pictures?|details|number|info\w*|id|face|debt)\b[^,.]{0,20}"
    r"\b(?:online|on the internet|on social media|on weibo|on douyin|on tiktok|on facebook)\b|"
    r"\b(?:weibo|douyin|tiktok|facebook|instagram|twitter|xiaohongshu|online)\b[^,.]{0,12}\b(?:posts?|posted|comments?|commented|shared|wrote)\b|"
    r"\b(?:posted|shared|commented|wrote|left comments?)\b[^,.]{0,40}\b(?:online|weibo|douyin|tiktok|facebook|instagram|"
    r"twitter|moments|social media|internet|forum|xiaohongshu|fb|ig)\b|\bcomments? (?:under|on) (?:my|our)\b|"
    r"\b(?:shared|posted|put|sent|spread)\b[^,.]{0,30}\bin (?:a|the|our|my|their)\s+(?:\w+\s+){0,3}group\b|"
    r"\bnamed and shamed\b|"
    # something sent to a group, said as a message: "sent a message to my son's class parents group"
    r"\b(?:sent|posted|wrote|left|dropped)\s+(?:a|an|\d{1,2}|two|three|some)?\s*(?:messages?|texts?|posts?|notices?|notes?)\s+"
    r"(?:in|to|into|on)\s+(?:my|our|the|a|his|her|their)\s+(?:[a-z']+\s+){0,4}?(?:group|group chat|chat group|groups)\b|"
    # reviews left on one's shop: "多了两则一星评论", "刷了3条差评", "留了两个负评"
    r"(?:多了|出现了?|有了|刷了?|留了?|写了?|发了?|给了?)\s*(?:\d{1,2}|[一两二三四五几])?\s*(?:则|条|个|篇)?\s*"
    r"(?:一星|1星|差|负|恶意)(?:的)?(?:评论|评价|评)|"
    r"(?:发|贴|放|传)(?:在|到|进)(?:群)?里(?:面|头|边)?|发进群|群里(?:发|贴|公开)|"
    r"出帖|发帖|发文|po(?:上|到)?网|放(?:上|到)网|放到?网上|挂到?网上|传到?网上|"
    r"在(?:fb|ig|facebook|instagram|脸书|推特|twitter|小红书|微博|抖音)"
)
_GROUP_RE = re.compile(
    r"拉(?:进|到|入|了)?[^，。]{0,8}群|拉群|"
    # the person put into a group: "把我加进一个line群组"
    r"把我(?:也)?加(?:进|入|到)了?[^，。]{0,8}群|"
    # a group made ("建了个微信群", "开了个群"), then people pulled in: "建了个群把我亲戚朋友都拉进去了"
    r"(?:建|开|创建|组)了?(?:个|一个)?[^，。\s]{0,4}?群(?!发|众)|"
    r"(?:建|开|创建|组)了?(?:个|一个)?[^，。]{0,4}?群[^，。]{0,14}?拉(?:进|入)|"
    r"\b(?:pulled|added|dragged|put)\b[^,.]{0,40}\b(?:into|to|in)\s+(?:a|an|the|one)?\s*(?:\w+\s+)?(?:group|chat)\b|"
    # a group made, in English: "made a WeChat group with my sister", "created a group chat"
    r"\b(?:made|created|set up|started|opened|formed)\s+(?:a|an|one)\s+(?:\w+\s+)?(?:group|group chat|chat group)\b"
)
_MORE_MESSAGE_RE = re.compile(
    r"群发|(?:发|传)了?\s*(?:\d+|[一两二三四五六七八九十几]+)?\s*(?:条|段|个|则)?语音(?!电话|通话)|"
    # voice messages counted by 条, however they came: "收到2条语音"
    r"(?:\d+|[一两二三四五六七八九十几]+)\s*条\s*语音(?!电话|通话)|"
    # a picture, video or recording sent: "给我发了张P的遗照", "发了段录音"
    r"(?:发|传|send)\s*了?\s*(?:\d+|几)?\s*(?:张|个|段|条)[^，。\s]{0,6}?(?:照片|相片|相(?![关信同])|图片|图|截图|遗照|视频|录音|表情包)|语音(?:消息|条|留言)|(?:传|发)(?:了)?\s*\d*\s*[则条封]?\s*(?:短信|讯息|信息|消息|简讯|line|whatsapp)|"
    r"\bvoice (?:messages?|notes?|mails?)\b|\bdm'?d\b|\bwhatsapped\b|\bsms(?:ed|'d)?\b|"
    r"(?:传|发)(?:了)?\s*(?:line|whatsapp|wechat|ig|fb|messenger|telegram|tg)\b|"
    r"\b(?:whatsapp|line|wechat|text|message|sms)(?=\s*[了过给])"
)
_MORE_CALL_RE = re.compile(
    r"\bcall(?=\s*[了过给\u4e00-\u9fff])|语音(?:电话|通话)|打语音|打(?:了|过|来|去|到|给|爆|遍|不停|个不停|进来|过来)|狂打|一直打|连续打|又打|打(?=\s*\d)|"
    r"(?:轮流|轮番|不停|不断|反复|天天|每天|一直|连着|换着?号码?|换号|用不同的?号码?)(?:地|的)?(?:在)?(?:给我)?打"
)
_ANY_CALL_RE = re.compile(
    r"电话(?!\s*号)|来电|座机|固话|\blandline\b|打来|致电|打给我|呼叫|未接|\b(?:phoned|rang|ring|ringing)\b|"
    rf"\b(?:calls?|called|calling){_NAMING}\b|"
    # "打我6次", "打了我两次": calls counted, not blows ("打了我两巴掌")
    r"打了?我了?\s*\d{1,3}\s*[个次通遍](?!\s*(?:耳光|巴掌|拳|下))|"
    # one's phone called, counted: "打我手机3通", "打了我座机两次"
    r"打了?我的?(?:手机|手提|电话|座机)\s*\d{1,3}\s*[个次通遍]|"
    r"(?<!my )(?<!your )(?<!his )(?<!her )\bphone\b(?! numbers?)|" + _MORE_CALL_RE.pattern
)
_ANY_MESSAGE_RE = re.compile(
    _MORE_MESSAGE_RE.pattern
    + "|"
    + _MESSAGE_RE.pattern
    + r"|律师函|催收函|信件|信函|函件|挂号信|催告函|\bmailed\b|\bletters?\b"
    # letters counted: "收到两封信" (封 counts letters; 信 alone is also "trust", "信息")
    + r"|(?:\d{1,3}|[一两二三四五六七八九十几])\s*封\s*信(?![息用号任心])"
    # a picture or file sent to one: "sent me a photo of my own house"
    + r"|\bsent (?:me|us) (?:a|an|some|the|those|these|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)?\s*(?:photos?|pictures?|pics?|videos?|screenshots?|links?|"
    + r"images?|files?|documents?|notices?|recordings?)\b"
    # anything sent to one: "把我照片p成遗照发给我", "传过来给我"
    + r"|(?:发|传)(?:了|过来)?给我(?=$|[\s，。了看])"
)

# Someone else as the target (or the one who got it): then a call or a text is third-party contact.
_REL_ZH_TARGETS = _REL_ZH_ANY + "|主管|组长|店长|室友|合租的?人"
# A word that only describes the people named next: "两个老客户", "我的新同事", "以前的工友".
_ZH_ADJ = r"(?:老(?=客|顾|主顾|同|工|朋|街|邻|乡)|新(?=客|同|工)|熟|以前的?|之前的?|原来的?)?"
_REL_EN_TARGETS = (
    _REL_EN_ANY + r"|supervisors?|roommates?|flatmates?|housemates?|team ?leads?|everyone"
)
_NUM_WORDS = r"\d+|two|three|four|five|six|seven|eight|nine|ten|all|both"
# People counted as those who got it: "三个人都接到了电话", "5个人都收到短信".
_PEOPLE_GOT_RE = re.compile(r"(\d{1,2})\s*个?人\s*(?:都|也|全)(?:有)?(?:接到|收到|接了)")
_MORE_THIRD_RES = (
    re.compile(
        r"(?:打|发|传)(?:了|过)?(?:\s*\d+\s*[个次通条遍则])?(?:电话|短信|信息|消息|微信|语音)?(?:去|到|给)了?"
        r"(?:我的?|我们的?)?(?:\d+\s*[个位名]\s*|所有的?|全部的?|每(?:一)?个|好几个|几个|一些|很多|整个)?"
        rf"{_ZH_ADJ}(?:{_REL_ZH_TARGETS})"
    ),
    # a channel used as a verb on a person: "WhatsApp我阿妈", "微信了我老板", "line咗我老细"
    re.compile(
        r"(?:whatsapp|wechat|line|telegram|signal|viber|qq|微信)\s*了?\s*(?:给)?\s*(?:我的?|我们的?)"
        rf"(?:{_REL_ZH_ANY})"
    ),
    # a channel sent to a person or the workplace: "send了几个短讯去我公司", "短信发了我全家人"
    re.compile(
        r"(?:电话|短信|短讯|信息|消息|微信|邮件|语音)(?:都|也)?(?:发|打|传|群发)?(?:了|遍)?(?:去|到|给|遍)?了?(?:我的?|我们的?)"
        rf"(?:全家人?|家里人|一家人|[\u4e00-\u9fff]{{0,4}}?(?:{_WORKPLACE_ZH})|{_REL_ZH_ANY})"
    ),
    # people of one's own who received it: "通讯录里6个人都收到了催收短信", "我同事都接到了电话"
    re.compile(
        rf"(?:{_REL_ZH_ANY})(?:里面?|中)?的?(?:\d+\s*[个位名]\s*人?|好几个人?|几个人?|很多人|的?人)?"
        r"(?:都|也|全都?)?(?:收到|接到)(?:了|过)?[^，。]{0,6}?(?:电话|短信|信息|消息|微信|语音)"
    ),
    # the workplace itself, or its landline: "打到我们网点座机", "打去我上班的厂里"
    re.compile(
        r"(?:打|发|传)了?(?:电话|短信)?(?:去|到)了?(?:我的?|我们的?)?[\u4e00-\u9fff]{0,4}?"
        rf"(?:{_WORKPLACE_ZH})"
    ),
    # a call come in at the workplace: "打来公司三次", "打电话来我单位"
    re.compile(rf"打(?:了|过)?(?:电话)?来了?(?:我的?|我们的?)?(?:{_WORKPLACE_ZH})"),
    # the workplace's own line, counted first: "打了两回车间座机", "打了3次公司电话"
    re.compile(
        r"打(?:了|过)?\s*(?:\d+\s*[回次个通遍])?\s*(?:我的?|我们的?)?[\u4e00-\u9fff]{0,4}?"
        rf"(?:{_WORKPLACE_ZH})的?(?:座机|固话|电话)"
    ),
    # toward a place or person: "往我单位打了两次", "向我老家寄了信"
    re.compile(
        r"(?:往|向)(?:我的?|我们的?)?[\u4e00-\u9fff]{0,4}?"
        rf"(?:{_WORKPLACE_ZH}|{_REL_ZH_ANY})[^，。]{{0,3}}?(?:打|发|传)"
    ),
    # a private message to people of one's own: "私信我几个好友", "DM'd my sister"
    re.compile(
        r"(?:私信|私聊|私讯)了?(?:给)?(?:我的?|我们的?)(?:\d+\s*[个位名]\s*|所有的?|好几个|几个|一些|很多)?"
        rf"(?:{_REL_ZH_TARGETS})"
    ),
    # taken aside and told: "车队队长也被他们拉过去说了一通"
    re.compile(
        rf"(?:{_REL_ZH_ANY})(?:也|还|都)?被(?:他们|她们|催收的?|对方)?(?:拉|叫|喊|拽)(?:过去|到一边|出去|住)?"
        r"(?:说|讲|骂|问|训)"
    ),
    # the one telling it was the one reached: "我妈说昨晚有人打她手机", "阿妈话有人打去佢度"
    re.compile(
        rf"(?:{_REL_ZH_ANY})[^，。]{{0,6}}?(?:说|话|讲)[^，。]{{0,8}}?有人[^，。]{{0,8}}?"
        r"(?:打|发|问|找|给)(?:了|去|到)?(?:她|他)(?!们)"
    ),
    # 打 with a count after a person is a call: "打我闺女两个" (not "打我", hitting)
    re.compile(rf"打(?:了)?我的?(?:{_REL_ZH_TARGETS})\s*\d{{1,3}}\s*[个次通]"),
    # what the other side sent someone, shown by them: "班组群里有人发了个截图 是催收发给他的"
    re.compile(r"(?:催收的?|对方)(?:发|打|传)(?:了)?给(?:他|她)(?!们)"),
    # people counted as those who got it: "三个人都接到说我欠钱的电话"
    _PEOPLE_GOT_RE,
    # the one who runs where one works: "texted the studio owner", "called the shop manager"
    re.compile(
        r"\b(?:called|calls?|calling|phoned|rang|texted|messaged|emailed|contacted)\s+the\s+(?:[a-z]+\s+)?"
        r"(?:owner|manager|boss|landlord|landlady)\b"
    ),
    # "someone called the office asking for me": the workplace named with "the"
    re.compile(
        r"\b(?:called|phoned|rang)\s+the\s+(?:office|workplace|factory|store|clinic|salon|shop|restaurant|"
        r"warehouse|site|ward|depot|hospital|school)\b(?!\s+(?:of|at)\b)"
    ),
    # a place said to be where one works: "called the hospital where i do my internship"
    re.compile(
        r"\b(?:called|calls?|calling|phoned|rang|texted|messaged|emailed|contacted)\s+(?:the|a|my|our)\s+"
        r"(?:[a-z]+\s+){0,2}?(?:where (?:i|we) (?:work|intern|study|do my)|(?:i|we) (?:work|intern) (?:at|for|in))\b"
    ),
    re.compile(
        r"\b(?:called|calls?|calling|phoned|rang)\b[^,.]{0,12}\b(?:my|our)\s+(?:\w+\s+)?"
        r"(?:office|workplace|work|branch|shop|factory|store)\s+(?:landline|line|number|phone)\b|"
        # the phone named first: "rang my landline at work", "called the desk phone at my office"
        r"\b(?:called|calls?|calling|phoned|rang)\b[^,.]{0,12}\b(?:landline|line|number|phone|desk phone)\s+"
        r"at\s+(?:my\s+|our\s+|the\s+)?(?:work|office|workplace|factory|branch)\b"
    ),
    # the slot before the verb, whoever's the person is: "给枸杞园老板打电话", "给他老婆发短信"
    # (not "我给老板打电话", the person calling; not 打工, working for someone)
    re.compile(
        r"(?<!我)给(?!我)(?:(?![打发传说讲问给])[\u4e00-\u9fff]){1,6}?"
        rf"(?:{_REL_ZH_TARGETS})(?:都|也|还|又)?(?:打(?!工)|发|传)"
    ),
    # a call to a place, asking for the person there: "打去渔会找我", "打到茶厂问我在不在"
    # (not the person's own phone or home, nor 到处, everywhere)
    re.compile(
        # (nor a time it went on until: "一直打到半夜问我还不还")
        r"打(?:了|过)?(?:\d+\s*[个次通])?(?:电话)?(?:去|到)了?"
        r"(?!处|\d|[早晚夜凌深半中下上今明后天现最一二两三四五六七八九十几])"
        r"(?!(?:我们|我)?的?(?:手机|电话|号码|座机|固话|家|微信|这|那))"
        r"[\u4e00-\u9fff]{1,8}?(?:找我|问我|打听我|寻我)"
    ),
    re.compile(
        r"\b(?:called|calling|phoned|rang|ringing)\s+(?:the|a|my|our)\s+"
        r"(?!(?:own\s+)?(?:phone|cell|mobile|number|line|home|house)\b)[a-z'-]+(?:\s+[a-z'-]+){0,5}?,?\s+"
        r"(?:asking|looking|searching)\s+(?:for|about|after)\s+(?:me|us)\b"
    ),
    re.compile(
        r"给(?:我的?)?(?:前|原|老|以前的?|之前的?|现在的?)?"
        rf"(?:\d+\s*[个位名]\s*|所有的?|全部的?|每个|每一个|好几个|几个|一些|很多)?(?:{_REL_ZH_TARGETS})"
        r"(?:[^，。]{0,6})(?:打|发|传|塞|递|留)"
    ),
    re.compile(
        r"\b(?:called|calls?|calling|phoned|rang|texted|messaged|contacted|harassed|told|emailed|whatsapped|"
        rf"dm'?d|sms'?d|reached out to|got in touch with)\s+(?:(?:{_NUM_WORDS}|one|some|several|a few)\s+)?(?:of\s+)?(?:my\s+|our\s+)?"
        rf"(?:(?:{_NUM_WORDS})\s+)?(?:{_REL_EN_TARGETS})\b"
    ),
    # Something sent them, said the other way round: "sent my coworkers a screenshot of my loan"
    re.compile(
        r"\b(?:sent|showed|forwarded|mailed|gave)\s+(?:my|our)\s+(?:[a-z'-]+\s+){0,2}?"
        rf"(?:{_REL_EN_TARGETS})\s+(?:a|an|the|some|copies|\d{{1,2}}|photos?|pictures?|screenshots?|letters?|messages?)\b"
    ),
    # Something passed on to them: "sent it to my coworkers", "forwarded the photo to my wife".
    re.compile(
        r"\b(?:sent(?!\s+(?:a guy|a man|someone|somebody|people|\w+ (?:guys|men|people|collectors))\b)|"
        r"forwarded|showed|shared|spread|passed)\b[^,.]{0,20}\bto\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+"
        rf"(?:(?:{_NUM_WORDS})\s+)?(?:{_REL_EN_TARGETS})\b"
    ),
)
# A person (not a place) the clause names as someone's own: "打了我老婆4次", "called my 3
# colleagues", "texted 4 coworkers". In a clause about a call or a text, that person is whom it
# reached, unless they are only the one telling ("我老婆说…").
_PERSON_ZH = (
    "|".join(
        (_REL_ZH["family"], _REL_ZH["friend"], _BOSS_ZH, _REL_ZH["contacts"], _REL_ZH["neighbours"])
    )
    + "|主管|组长|店长|室友|合租的?人|老板娘|家人|通讯录里?的?人"
    # the people one's work is with: "打了2个客户", "找了我3个供应商"
    + "|客户|顾客|供应商|合伙人|合作方|生意伙伴|租客|房客|家长|客人|供货商|进货商|批发商|货主|学员|雇主|东家"
)
_PERSON_EN = (
    "|".join((EN_KIN, _REL_EN["friend"], _BOSS_EN, _REL_EN["contacts"], _REL_EN["neighbours"]))
    + r"|everyone|clients?|customers?|suppliers?|vendors?|business partners?|tenants?|patients?|students?"
)
_OWNED_PERSON_RE = re.compile(
    rf"(?:我的?|我们的?|\d+\s*[个位名])\s*(?:大学|高中|初中|小学|中学|以前的?|之前的?|原来的?|公司的?|单位的?)?"
    rf"(?:{_PERSON_ZH})(?!\s*(?:说|讲|话|告诉))|"
    # a one-character kin word after 我: "打了我妈3次", "我爸那边"
    r"我的?(?:哥|姐|弟|妹|叔|舅|姨|姑|伯|婶|嫂|妈|爸|爷|奶)(?!\s*(?:说|讲|话|告诉))|"
    rf"\b(?:my|our|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:my|our)\s+)?{_EN_ADJ}"
    rf"(?:{_PERSON_EN})\b(?!\s+(?:said|says|told))"
)
# Someone at the other end asked about the person: "打去我店里 问我同事我几时返", "rang the shop
# and asked my boss where i was". They were reached (unlike "问我老公在哪", asked of oneself).
# A call that asked for someone of one's own: "指名要找我领导", "点名找我们主任", "asking for my
# manager": the call reached (or was meant for) that person, third-party contact.
_ASKED_FOR_RE = re.compile(
    rf"^\s*(?:还|又|就|说)?(?:指名道姓|指名|点名|指定)?(?:地)?(?:要|说要)?(?:找|请|叫)(?:一下)?(?:我的?|我们的?){_AT_PLACE_ZH}(?:{_PERSON_ZH})|"
    rf"^\s*(?:and\s+|then\s+)?(?:asked|asking|demanded|demanding)\s+(?:for|to (?:speak|talk) (?:to|with))\s+(?:my|our)\s+{_EN_ADJ}(?:{_PERSON_EN})\b"
)
# A call to a place, then "looking for me" in a clause of its own ("rang the fish market where i
# sell, looking for me", "打去渔会，找我"): whoever answered there was reached.
_CALLED_A_PLACE_RE = re.compile(
    r"\b(?:called|calling|phoned|rang|ringing)\s+the\s+[a-z]|"
    r"打(?:了|过)?(?:电话)?(?:去|到)了?(?!处|\d|[早晚夜凌深半中下上今明后天现最一二两三四五六七八九十几])"
    r"(?!(?:我们|我)?的?(?:手机|电话|号码|座机|固话|家|微信|这|那))[\u4e00-\u9fff]"
)
_FOR_ME_RE = re.compile(
    r"^\s*(?:and\s+)?(?:asking|looking|searching)\s+(?:for|about|after)\s+(?:me|us)\b|"
    r"^\s*(?:说)?(?:要)?(?:找我|寻我|问我在不在)"
)
# The neighbours, asked door to door where a visit went: "挨家挨户问我去哪了", "一家一家敲门打听我",
# "went door to door asking for me" (reached, whatever was told between).
_DOOR_TO_DOOR_RE = re.compile(
    r"^\s*(?:还|又|就)?(?:挨家挨户|挨家逐户|逐家逐户|一家一家|家家户户)(?:地|的)?(?:去)?(?:敲门)?(?:问|打听)|"
    r"^\s*(?:and\s+|then\s+)?(?:went\s+)?(?:door to door|door-to-door|from door to door)\b"
)
_ASKED_ABOUT_ME_RE = re.compile(
    _DOOR_TO_DOOR_RE.pattern + "|"
    # a neighbour by name: "问了隔壁老王我家是哪个"
    r"^\s*(?:还|又|就)?(?:问了?|打听)(?:隔壁|对门|楼下|楼上|附近)的?(?:老|阿|小)[\u4e00-\u9fff][^，。]{0,3}?我|"
    rf"^\s*(?:还|又|就|and\s+)?(?:问了?|打听|问起)(?:我的?|我们的?|(?=隔壁|对门|楼下|楼上|附近))(?:(?:隔壁|对门|楼下|楼上|附近)的?)?{_AT_PLACE_ZH}(?:{_PERSON_ZH})"
    r"[^，。]{0,3}?我|"
    rf"^\s*(?:and\s+|then\s+|and then\s+|to\s+)?(?:asked|asking|questioned|ask|question)\s+(?:my|our)\s+{_EN_ADJ}(?:{_PERSON_EN})\b"
    r"[^,.]{0,25}\b(?:i|me|my)\b"
)
_REL_COUNT_RES = (
    re.compile(rf"(\d{{1,2}})\s*[个位名]\s*{_ZH_ADJ}(?:{_REL_ZH_TARGETS})"),
    _PEOPLE_GOT_RE,
    re.compile(
        r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:my|our)\s+)?"
        rf"(?:{_REL_EN_TARGETS})\b"
    ),
)
# One's own things after "my", in the target slot of a contact verb: not someone else.
_SELF_AFTER_EN = (
    r"(?:own\s+|private\s+|personal\s+|other\s+|second\s+|backup\s+|spare\s+|old\s+|new\s+)?"
    r"(?:phone|cell|cellphone|mobile|number|line|home|house|inbox|email|e-mail|wechat|whatsapp|"
    r"voicemail|sim|handset|device|account|app|name|facebook|fb|ig|instagram|telegram|signal|messenger|"
    r"dms?|way|self|ass|debt|loan|payment|bill|balance|address|id|door ?bell|door|bell|buzzer|intercom|gate)\b"
)
# A clause that opens on a person and has no verb: "… and my mum twice", "…，我妈2次", and
# in English anyone after "and my" in a clause of its own ("… and my youth group leader").
_REL_TARGET_RE = re.compile(
    # (whose place the person is of may come first: "还有我农会的朋友", "我在台中的姊姊")
    rf"^\s*(?:and\s+|跟|和|还有)?(?:(?:my|our)\s+(?:[a-z]+\s+)?|我们?的?(?![是系也就])(?:在?[\u4e00-\u9fff]{{1,4}}?的)?"
    rf"(?:\d{{1,2}}\s*[个位名])?{_ZH_ADJ}{_AT_PLACE_ZH})?"
    rf"(?:(?:{_REL_ZH_TARGETS})|(?:{_REL_EN_TARGETS})\b)|"
    rf"^\s*(?:and\s+)?(?:then\s+)?(?:my|our)\s+(?!{_SELF_AFTER_EN})(?:[a-z'-]+\s+){{0,2}}"
    # a word for a person by its ending: leader, instructor, dentist, assistant, chairman, coach
    r"[a-z'-]*(?:er|or|ist|ant|ent|ian|man|men|woman|women|lady|guy|mate|friend|coach|chief|head|rep)s?"
    r"(?:\s+(?:\d{1,2}\s+times|once|twice|thrice))?\s*$"
)


# "店里又来了", "工地也来了": the place is where they came, not a clause of its own.
_PLACE_BEFORE_RE = re.compile(r"(?:店|馆|摊|档口|铺|诊所|工地|厂|车间|宿舍)(?:里|门口|上)?$")
_CAME_RE = re.compile(r"(?:又|也|还)来")


# A target opened with 给 whose verb is still to come: "还给我儿子班主任也打了", "给我同事都发了"
# is one contact (也, 都 there are "too", no new clause).
_OPEN_TARGET_RE = re.compile(r"给(?:我的?|我们的?)?[\u4e00-\u9fff]{1,8}$")


# Someone of one's own sought or told in person, after the place a visit went to in the same
# clause ("跑到我老家去找了我爸", "去了我乡下找我阿爷", "上了我老家同我阿爷讲"): the visit and the
# person reached there are two contacts, read as two clauses.
_SOUGHT_AT_VISIT_RE = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:去|来)?(?:(?:找|寻)(?:了|到|过)?|(?:跟|同|和|对)|见(?:了|到)?)(?:我的?|我们的?)"
    rf"(?=(?:{_REL_ZH['family']}|{_REL_ZH['neighbours']}|阿[\u4e00-\u9fff]|[哥姐弟妹叔舅姨姑伯婶嫂妈爸爷奶])"
    r"(?!\s*(?:的?家|住的|住处)))|"
    # ... and in English: "went to my hometown | to ask my uncle where i live"
    r"\s(?=(?:to|and)\s+(?:ask|see|find|question|talk\s+to|speak\s+to|speak\s+with|look\s+for)\s+(?:my|our)\s)"
)


_AT_VENUE_END_RE = re.compile(
    r"(?:^|[^打发])(?:在|喺)[^，。\s打发]{1,12}?(?:群|群组|群里|上|里|度)\s*$"
)


def _sub_clauses(s: str) -> list[str]:
    out: list[str] = []
    for clause in _clauses(s):
        sought = [
            m.start()
            for m in _SOUGHT_AT_VISIT_RE.finditer(clause)
            if _VISIT_RE.search(clause[: m.start()]) and not _would_before(clause, m.start())
        ]
        marks = (
            sought
            + [
                m.start()
                for m in _SUB_RE.finditer(clause)
                if not (
                    _PLACE_BEFORE_RE.search(clause[: m.start()])
                    and _CAME_RE.match(clause, m.start())
                )
                and not _OPEN_TARGET_RE.search(clause[: m.start()])
                # "另外在我们厂的工友群里也发了一遍": where, then what was done there, one clause
                and not _AT_VENUE_END_RE.search(clause[: m.start()])
            ]
            + [m.end() for m in _SPACE_CUT_RE.finditer(clause)]
        )
        cuts = [0, *sorted(c for c in set(marks) if 0 < c < len(clause)), len(clause)]
        out += [clause[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if clause[a:b].strip()]
    return out


_NONE_AFTER_RE = re.compile(r"\s*(?:都|也)(?:没|不)")
# People who only learned of it or reacted, in a clause without a verb of contact.
_CONSEQUENCE_RE = re.compile(
    r"知道|知晓|知晒|晓得|听说|问我|问起|看到|看见|议论|笑话|吓坏|吓到|吓得|吓死|害怕|担心|崩溃|"
    r"\b(?:knows?|knew|found out|heard|asked me|saw|scared|worried|upset)\b"
)
# "一个规培生", "一个陌生号码": "a …" before a word that is no channel: not a count.
_A_THING_AFTER_RE = re.compile(
    r"(?<=个)\s*(?!电话|来电|短信|信息|消息|微信|语音|未接|是|都|也|了|还|又|多|左右|人上门)[\u4e00-\u9fff]"
)
# "一个同事" is "a colleague" (one more person reached), not a count of attempts or a total.
_PEOPLE_AFTER_RE = re.compile(rf"\s*(?:{_REL_ZH_TARGETS})")
# "同一个平台", "这两个号码", "每个月": which one or how often, not a count of attempts; nor a
# number of things that are not attempts ("1个平台", "2个号码", "3个小时").
# (同 before a count is "and" in Cantonese, "3个电话同2个短讯"; only 同一个 is "the same".)
_NOT_A_COUNT_BEFORE_RE = re.compile(
    r"(?:这|那|每|哪|第|其他|另)\s*$|每隔[^，。\s\d]{0,6}$|"  # "每隔半小时打一次": a rate
    r"(?:说|骂|讲|训|教育)了?\s*$"  # "说了一通": a talking-to, not a call
)
_NOT_A_COUNT_AFTER_RE = re.compile(
    r"\s*(?:不同的?|陌生的?|新的?|外地的?|虚拟的?|不一样的?)?(?:平台|号码|号|app|网贷|账户|公司|小时|钟头|月|星期|礼拜|地方)|"
    # the characters written on something: "写着老赖两个字", "加了「通缉」两个大字"
    r"\s*(?:大|红)?字"
)
# Posts counted: "发了3条帖子", "两篇文章", "posted 3 times" is read by the general counts.
_POST_COUNT_RE = re.compile(
    r"(\d{1,2})\s*(?:条|篇|个|张|段|则)\s*(?:抖音|快手|微博|小红书|b站|视频号|朋友圈|一星|1星|恶意)?的?"
    r"(?:帖子|帖|微博|动态|短?视频|朋友圈|文章|图片|照片|评论|留言|差评|负评|评价)|"
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:posts|videos|tweets)\b|"
    r"\bposted\b[^.,;]{0,30}?\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+times\b|"
    r"\bposted\b[^.,;]{0,30}?\b(twice|thrice)\b|"
    # the posting verb with how often: "PO了两次", "在朋友圈发了3次"
    r"(?:\bpo|\bpost|贴|挂|晒|发)\s*了?\s*(\d{1,2})\s*(?:次|遍)"
)


def _explicit(clause: str) -> int | None:
    total = 0
    for rx in _EXPLICIT_RES:
        for m in rx.finditer(clause):
            if _NONE_AFTER_RE.match(clause, m.end()) and (m.group(1) or "1") == "1":
                continue  # "一个都没接": none answered ("5通电话都没接" is five calls)
            if m.group(1) == "1" and _PEOPLE_AFTER_RE.match(clause, m.end()):
                continue  # "给我1个同事发了微信": "a colleague", one more person, not a total
            if clause[: m.start()].rstrip().endswith("另外") and _PEOPLE_AFTER_RE.match(
                clause, m.end()
            ):
                continue  # "还有另外2个同学": two more people, not attempts
            if m.group(1) == "1" and _A_THING_AFTER_RE.match(clause, m.end()):
                continue  # "我1个规培生", "1个女的": "a …", a person or thing, not a count
            same = m.group(1) == "1" and clause[: m.start()].rstrip().endswith("同")
            if (
                same
                or _NOT_A_COUNT_BEFORE_RE.search(clause[: m.start()])
                or (m.group(1) and _NOT_A_COUNT_AFTER_RE.match(clause, m.end()))
            ):
                continue  # "都是同1个平台的", "用了2个号码": not attempts
            n = _number(next((g for g in m.groups() if g), None))
            if n:
                total += n
    return min(total, 500) or None


# Who or what belongs to a person named just before it ("孩子学校", "我老婆的同事").
_OWNED_BY_RE = re.compile(
    rf"(?:{_REL_ZH['employer']}|{_REL_ZH['neighbours']}|{_REL_EN['employer']}|{_REL_EN['neighbours']})"
)
# Words with a person's word in them that name no one: a friend request, adding as a friend.
_NOT_A_PERSON_RE = re.compile(
    r"好友(?:申请|请求|验证)|加了?(?:微信|qq)?好友|\bfriend requests?\b|"
    # those who only saw it: "in front of customers", "当着客人的面"
    r"\bin front of (?:my |the |our |all (?:the |my )?)?[a-z]+|当着[^，。]{0,8}?的?面"
)
_PLACES_RE = re.compile(r"公司|单位|家里|老家|\b(?:office|workplace|company|work|hometown)\b")


# Between a person and what is theirs: "我老婆的同事", "姐姐公司的人事" (公司 read as 的),
# "老婆上班的超市收银", "my sister's manager".
_OWNER_GAP_RE = re.compile(
    r"(?:[\u4e00-\u9fff]?的)?的*(?:(?<=的)[村镇乡县区街厂校])?(?:(?:上班|工作|打工)的)?(?:[\u4e00-\u9fff]{0,4}?(?:店|超市|厂|医院|网点|门店|银行|商场|酒店|工地|班|学校|幼儿园|处|科|室|部|办|组|站|所)(?:里|上)?的?)?|"
    r"'s?\s+|s'\s+"
)


_POSSESSIVE_GAP_RE = re.compile(
    r"的[\u4e00-\u9fff]{0,3}|'s?\s+(?:[a-z]+\s+){0,2}|s'\s+(?:[a-z]+\s+){0,2}"
)


_CONTACTS_WORD_RE = re.compile(rf"{_REL_ZH['contacts']}|\b(?:{_REL_EN['contacts']})\b")
_LEADING_PEOPLE_RE = re.compile(rf"^(?:{_REL_ZH_ANY})+")


_ASIDE_RE = re.compile(r"(?<=[\u4e00-\u9fffa-z])\s*[(（][^()（）]{1,16}[)）]")


_MY_JOB_RE = re.compile(
    r"(?<=我)(?:做|当)[\u4e00-\u9fff]{1,3}?(?=的|𠮶个|嗰个|那个|𠮶间|嗰间|那间)"
)


def _people(clause: str) -> int:
    """How many third parties one clause names ("我爸、我妈、我姐" = 3; "爸妈" = 2; "3个同事",
    "4 coworkers" = 3, 4); places (公司, 单位) are not people, and what they only said they
    would do does not count."""
    would = _WOULD_RE.search(clause)
    clause = clause[: would.start()] if would else clause
    # who one named is, said in brackets, is the same person: "紧急联系人(我表弟)"
    clause = _ASIDE_RE.sub(lambda m: " " * len(m.group(0)), clause)
    # the person's own job, naming where they work, is nobody: "打去我做保安嗰个屋苑管理处"
    clause = _MY_JOB_RE.sub(lambda m: " " * len(m.group(0)), clause)
    counted = 0  # people a number counts ("2个工友"); anyone else named beside them adds
    for rx in _REL_COUNT_RES:
        m = rx.search(clause)
        if m:
            counted = _number(m.group(1)) or 1
            # (not a word joined to the counted one, "8个亲戚朋友", nor where they were found,
            # "5 of my friends from my contacts")
            after = _LEADING_PEOPLE_RE.sub("", clause[m.end() :])
            clause = _CONTACTS_WORD_RE.sub(" ", f"{clause[: m.start()]} {after}")
            break
    clause = _PLACES_RE.sub(lambda m: " " if m.group(0).isascii() else "的", clause)
    clause = _NOT_A_PERSON_RE.sub(" ", clause)
    spans = {m.span() for _, rel in _REL_FIND for m in rel.finditer(clause)}
    people = [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]
    # "孩子学校", "我老婆的同事": whose school or colleague, one target, not two
    owned = {
        b
        for a in people
        for b in people
        if b[0] > a[0]
        and (
            (
                _OWNER_GAP_RE.fullmatch(clause[a[1] : b[0]])
                and _OWNED_BY_RE.fullmatch(clause[b[0] : b[1]])
            )
            # anyone's, said with 的 or 's: "我女儿的补习老师", "my son's girlfriend"
            or _POSSESSIVE_GAP_RE.fullmatch(clause[a[1] : b[0]])
            # an English compound names one person: "my university supervisor", "my shop neighbour"
            or (clause[a[1] : b[0]] == " " and clause[a[0] : b[1]].isascii())
        )
    }
    # a kin word right after someone else is how that one is called: "邻居阿伯", "房东太太"
    family = {m.span() for name, rel in _REL_FIND if name == "family" for m in rel.finditer(clause)}
    owned |= {b for a in people for b in people if b[0] == a[1] and b in family and a not in family}
    people = [a for a in people if a not in owned]
    # an office named twice is one: "村委会说有人打电话到村委会问我家在哪" (a word of three or more;
    # "我姐" twice may be "我姐" and the start of "我姐夫")
    twice = {
        a
        for a in people
        for b in people
        if b[0] < a[0] and a[1] - a[0] >= 3 and clause[a[0] : a[1]] == clause[b[0] : b[1]]
    }
    people = [a for a in people if a not in twice]
    n = len(people) + len(_PAIR_RE.findall(clause))  # a pair word is one match but two people
    # more people by name after the first, in a list: "同事小李、小王、老张" (three)
    n += len(_LISTED_NAME_RE.findall(clause)) if people else 0
    return counted + n if counted else max(n, 1)


# A name in a list of people after someone named, said 小/老/阿 + one character: "、小王", "和老张"
# (not kin or titles said the same way: 老婆, 老板, 小孩, 阿姨).
_LISTED_NAME_RE = re.compile(
    r"(?<=[、和跟及])\s*(?:小|老|阿)(?![婆公板师乡家孩妹弟哥姐爸妈爷娘友总大二三姨伯叔舅婶嫲嬷奶爹])[\u4e00-\u9fff]"
    r"(?=\s*(?:、|和|跟|及|还有|以及|每|都|也|各|，|,|$|\s))"
)


def _first(clause: str, *rxs: re.Pattern[str]) -> int | None:
    found = [m.start() for rx in rxs if (m := rx.search(clause))]
    return min(found) if found else None


# Something sent by post or courier: a message (a letter), even when it went to the home.
_MAIL_RE = re.compile(
    r"(?:邮寄|寄了?|寄来|寄到|快递了?)[^，。]{0,8}(?:信|函|律师函|通知|文件|材料|传票|文书|单子|卡片|明信片)|"
    # a letter sent by any verb: "send咗封信去我屋企", "送了一封律师函到我家"
    r"(?:send|寄|发|送|递)\s*了?\s*(?:\d+|一)?\s*封\s*(?:信|律师函|函|催收函|通知)|"
    r"\b(?:mailed|posted|sent|delivered)\b[^,.]{0,12}\b(?:letters?|notices?|lawyer'?s letter)\b[^,.]{0,20}"
    r"\b(?:to|at)\b|\bby (?:post|mail|courier)\b"
)
# A private message on a platform ("在抖音私信我", "DM'd me on Instagram") is a message, not a post.
_PRIVATE_MESSAGE_RE = re.compile(
    r"私信|私聊|私讯|\bdm'?d?\b|\bdms\b|\bdirect messages?\b|\bprivate messages?\b|\binbox(?:ed)?\b"
)


# A post threatened and then carried out, told without the place again: "后来真发了一条视频",
# "果然贴出来了". A text sent after all ("真发了短信") stays a message.
_FOLLOW_THROUGH_RE = re.compile(
    r"(?:真|果然|还真|竟然|居然)的?(?:发|贴|挂|传|放|po)(?:了|出来了?|上去了?|上网了?)"
    r"(?![^，。]{0,4}(?:短信|信息|消息|微信|语音|电话))|\b(?:actually|really) (?:did )?post(?:ed)? it\b"
)
# Where something was posted; two or more joined by and/和 in one clause are that many posts
# ("on weibo and in my compound group", "在朋友圈和抖音上都发了").
_VENUE_RE = re.compile(
    r"朋友圈|微博|抖音|快手|贴吧|小红书|脸书|推特|[^，。\s和跟、]{0,6}群(?!发|众)|"
    # (a Latin name right after a Chinese character has no \b before it: "在ig同threads")
    r"(?<![a-z])(?:weibo|douyin|tiktok|kuaishou|facebook|fb|instagram|ig|threads|twitter|xiaohongshu|moments|group(?: chat)?|forums?|bbs|"
    r"websites?|site|page|reddit|telegram channel|dcard|ptt|google)(?![a-z])|论坛|网站|公众号|视频号|头条|"
    # review and trading sites: "大众点评", "美团", "闲鱼"
    r"大众点评|点评|美团|闲鱼|b站|知乎|"
    # boards and walls where a paper is put up: "on my door and the lobby board", "门上和电梯里"
    r"(?<![a-z])(?:(?:front\s+|apartment\s+|flat\s+)?door|gate|(?:lobby|notice|bulletin)\s+board|lift|elevator)(?![a-z])|"
    r"公告栏|宣传栏|布告栏|电梯|楼道|门上"
)
_VENUE_JOIN_RE = re.compile(r"和|跟|、|及|还有|以及|同埋|同|\band\b|\bplus\b|,")


# A number of groups or places: "发到了三个微信群里", "in 3 group chats".
_VENUE_COUNT_RE = re.compile(
    r"(\d{1,2})\s*个[^，。\s]{0,4}?(?:群|平台)|\b(\d{1,2}|two|three|four|five|six)\s+(?:\w+\s+)?(?:groups|group chats|platforms|sites)\b"
)


# One more post told after a post: "也有一篇", "也发了一条", "还贴了2个帖"; with 条 (also a text's
# unit) only where a venue is named in the clause or just before it ("微博上 | 也发了一条").
_ANOTHER_POST_RE = re.compile(
    r"^\s*(?:[^，。\s]{1,10}?(?:上|里|那边|那里))?\s*(?:也|还|又|另外)(?:有|发了?|贴了?|挂了?|po了?|开了?)\s*"
    r"(?:\d{1,3}|几)\s*(?P<unit>篇|帖|个帖子?|条)|"
    # "again" first, then the place: "还在抖音上发了1条视频"
    r"^\s*(?:也|还|又|另外)\s*在[^，。\s]{1,10}?(?:上|里)\s*(?:有|发了?|贴了?|挂了?|po了?)\s*"
    r"(?:\d{1,3}|几)\s*(?P<unit2>篇|帖|个帖子?|条)"
)
_CHANNEL_WORD_RE = re.compile(
    r"短信|信息|消息|微信|语音|电话|邮件|简讯|讯息|\b(?:sms|text|whatsapp|line)\b"
)


# What a post showed, told right after it, with no place, count or "again" of its own: the same
# post ("还贴我照片", "and put up my photo"), not another.
_WHAT_WAS_POSTED_RE = re.compile(
    r"^\s*(?:还|并|并且|同时|而且)?(?:贴|晒|挂|放|附|配|加)(?:了|上|出|出来)?\s*(?:我的?|我们的?)?"
    r"[\u4e00-\u9fff]{0,4}?(?:照片|相片|图片|身份证|截图|头像|住址|地址|电话|号码)"
    # (more of the person's details listed with it: "贴我的照片和名字")
    r"(?:\s*(?:和|跟|同|及|、)\s*(?:我的?)?[\u4e00-\u9fff]{0,4}?(?:照片|相片|身份证|住址|地址|电话|号码|名字|姓名|欠款))*\s*$|"
    # ... said with 把: "还把我电话号码贴出来"
    r"^\s*(?:还|并|并且|同时|而且)?把(?:我的?|我们的?)?[\u4e00-\u9fff]{0,6}?"
    r"(?:照片|相片|图片|身份证|截图|头像|住址|地址|电话|号码)\s*(?:也)?(?:贴|晒|挂|放|公开)(?:了)?(?:出来|上去)?(?:了)?\s*$|"
    r"^\s*(?:and\s+|with\s+)?(?:put up|posted|added|attached|included|with)\s+(?:my|our)\s+"
    r"(?:\w+\s+)?(?:photo|picture|pic|id|address|number|face|selfie)s?\s*$"
)


# A post told as one more, somewhere: "又在dcard发了", "还在抖音发了个视频", "另外在群里也发了".
_ALSO_ELSEWHERE_RE = re.compile(
    r"^\s*(?:然后|后来|之后)?(?:又|还|另外|也|同时)(?:再)?(?:在|喺|到|往)"
)
# "来了" said bare, then where, in a clause of its own: "又来了 摊子上", "仲嚟咗 舖頭度".
_CAME_BARE_RE = re.compile(r"^\s*(?:又|还|也)?(?:来了|过来了|上来了|来)\s*$")
_PLACE_ONLY_RE = re.compile(
    r"^\s*(?:在)?(?:我的?|我们的?)?(?:摊子?|摊位|店|铺头?|铺子|档口|家门口|门口|楼下|厂里|工地|公司|单位)"
    r"(?:上|里|度|前面?|门口)?\s*$"
)
# Who it was, "again", told after a contact: "got a call at 6:45, collector again", "又是那个催收",
# "same number again" (the sender once more, not one more contact).
_WHO_AGAIN_RE = re.compile(
    r"^\s*(?:it was\s+|it'?s\s+)?(?:the\s+|that\s+)?(?:same\s+)?(?:collectors?|agent|guy|number|company|lender|"
    r"person|caller|them)\s+again\s*[.!]?\s*$|"
    r"^\s*(?:又是|还是)(?:那个|同一个|这个)?(?:催收|号码|号|人|平台)(?:的)?\s*$"
)
# A call or a text to the writer asking for him or her: the writer keeps the log for someone else.
_ME_FOR_THEM_RE = re.compile(
    r"(?:打|发|call|send)[^，。]{0,6}?我[^，。]{0,8}?(?:找|搵)(?:他|她)(?!们)(?![^，。]{0,4}(?:说|讲|话))"
)
# A picture made, said with no one it went to ("发了张P图"), then sent somewhere public in a clause
# after it ("发到我朋友圈底下的评论里"): the picture is that post, not a message of its own.
_PICTURE_MADE_RE = re.compile(
    r"(?:发|传|做|p)了?\s*(?:1|一|几|\d+)?\s*张[^，。\s]{0,4}?(?:图|照片|相片|海报)"
)
_TO_SOMEONE_RE = re.compile(r"给|俾|\bto\b|\bme\b")
_POSTED_TO_RE = re.compile(
    r"^\s*(?:然后|之后|再|还|又|并)*(?:发|贴|放|挂|传)(?:了|咗)?(?:到|在|上|去)[^，。]{0,12}?"
    r"(?:朋友圈|群|微博|抖音|快手|评论|网上|贴吧|小红书|脸书|论坛)"
)
# A post counted with "too", its place said in the clause before: "还在ig | 也发了1次".
_POSTED_THERE_RE = re.compile(
    r"^\s*(?:也|还|又|都)?(?:发|贴|po)(?:了|咗)?\s*\d{1,3}\s*(?:次|条|篇|遍)\s*$"
)
_VENUE_AT_END_RE = re.compile(rf"(?:{_VENUE_RE.pattern})\s*(?:上|里)?\s*$")
# The same thing posted again: "(另外在业主群) 也发了同样的内容", "and the same picture on X".
_SAME_POST_RE = re.compile(
    r"^\s*(?:[^，。\s]{1,10}?(?:上|里|那边|那里))?\s*(?:也|还|又|另外)(?:发|贴|挂|po|放)(?:了|咗)?\s*"
    r"(?:同样|一样|相同|同一)(?:的|嘅)?(?:内容|东西|图片?|照片|帖子?|视频|截图)?|"
    r"^\s*(?:and\s+)?(?:also\s+)?(?:posted\s+)?the same (?:picture|photo|post|image|video|thing)\s+(?:on|in|to)\s+"
)


def _another_post(piece: str, before: str) -> bool:
    if _SAME_POST_RE.match(piece) and (_VENUE_RE.search(piece) or _VENUE_AT_END_RE.search(before)):
        return True
    m = _ANOTHER_POST_RE.match(piece)
    if m is None or _CHANNEL_WORD_RE.search(piece):
        return False
    if (m["unit"] or m["unit2"]) != "条":
        return True
    return bool(
        _VENUE_RE.search(piece)
        or re.fullmatch(rf"\s*(?:{_VENUE_RE.pattern})\s*(?:上|里)?\s*", before)
    )


# A group's own name, said before 群: "我们厂的工友群", "老家的村民群", "小区业主群".
_GROUP_NAME_RE = re.compile(r"([\u4e00-\u9fff]{1,6})群")


def _another_group_named(piece: str, before: str) -> bool:
    """Both clauses name a group, and not the same one."""
    now, then = _GROUP_NAME_RE.search(piece), _GROUP_NAME_RE.search(before)
    if now is None or then is None:
        return False
    # ("在群里", "发到群里", "一个群": the group, no name of its own)
    unnamed = "在到进入个发了的那这该"
    if now.group(1)[-1] in unnamed or then.group(1)[-1] in unnamed:
        return False
    return now.group(1)[-2:] != then.group(1)[-2:]


def _group_named(piece: str, before: str) -> bool:
    """The clause names a group by a name of its own, and the clause before no group."""
    now = _GROUP_NAME_RE.search(piece)
    return bool(now and now.group(1)[-1] not in "在到进入个发了的那这该" and "群" not in before)


def _elsewhere(piece: str, before: str) -> bool:
    """The clause names a venue the one before did not."""
    here = {m.group(0) for m in _VENUE_RE.finditer(piece)}
    there = {m.group(0) for m in _VENUE_RE.finditer(before)}
    return bool(here) and not here & there


def _venues(clause: str) -> int:
    counted = _VENUE_COUNT_RE.search(clause)
    if counted:
        return max(1, min(_number(counted.group(1) or counted.group(2)) or 1, 20))
    found = list(_VENUE_RE.finditer(clause))
    n = 1
    for a, b in zip(found, found[1:], strict=False):
        if _VENUE_JOIN_RE.search(clause[a.end() : b.start()]):
            n += 1
    return n


_PICTURE_OF_RE = re.compile(r"[^，。\s]{0,2}?的?(?:照片|图片|相片|视频|截图)")


def _action(clause: str) -> str | None:
    """What was done in the clause: posting, group, visit, message, call, or None."""
    if _PRIVATE_MESSAGE_RE.search(clause) and not _POSTING_RE.search(clause):
        return "message"
    if _MAIL_RE.search(clause) and not _POSTING_RE.search(clause):
        return "message"  # "寄了一封律师函到我家": a letter sent to the home, nobody came
    if _POSTING_RE.search(clause) or _MORE_POSTING_RE.search(clause):
        return "posting"
    if _FOLLOW_THROUGH_RE.search(clause):
        return "posting"  # "说要发到抖音上 后来真发了一条视频": the threat carried out
    if _GROUP_RE.search(clause):
        return "group"
    visit = _VISIT_RE.search(clause)
    if visit and _PICTURE_OF_RE.match(clause, visit.end()):
        visit = None  # "是我家门口的照片": a picture of the door, sent; nobody came
    if visit or _VISIT_MORE_RE.search(clause):
        return "visit"
    call = _first(clause, _ANY_CALL_RE)
    message = _first(clause, _ANY_MESSAGE_RE)
    if call is None and message is None:
        return None
    if message is not None and (call is None or message < call):
        return "message"
    return "call"


# -- who was reached: the target slot of a contact verb ---------------------------------------
# The tables above name the people one has; a writer names others ("我们车间的班长", "我隔壁邻居",
# "楼下开店的老王", "my team leader", "my landlord's son"). The grammar reads the slot instead:
# after a verb of contact and 给/到/去 (or before the verb, after 给), 我/我们 followed by anything
# but me again is someone else, unless what follows is one's own device, a time, a count, an
# adverb or the next verb ("给我打了", "打给我说", "给我一天打了20个", "打到我手机上").
_SELF_AFTER_ZH = (
    # (那个/那位 is someone: "给我那个开出租的表哥"; 家 is the person's home, but not the places
    # around it: "打了给我家楼下管理处")
    r"(?:的)?(?:手机|电话|号码|号|微信|qq|邮箱|座机|固话|这|那(?!个|位)|本人|自己|私人|个人|"
    r"家(?!里人|人|属|楼下|附近|隔壁|对面|旁边|小区)|"
    r"也|都|又|还|再|连|就|一|两|二|三|四|五|六|七|八|九|十|几|好|很|无数|多|\d|今|昨|前天|前晚|明|早|晚|"
    r"上午|下午|中午|凌晨|半夜|夜|每|天天|一直|不|没|狂|疯|轮|反复|打|发|传|说|讲|问|骂|催|要|让|留|吼|威|恐|"
    r"叫|喊|通知|了|过|个|时|之|以后|后|但|然|看|我|冒|自|假|称|你|麻烦|钱|欠|借|讨|收|现在|马上|立刻|赶紧|"
    r"立即|刚|才|终于|居然|竟|直接|亲自|拼命|接|听|确认|核实|表示|声称|一起|家门|门|地址|名字|照片|"
    r"身份|信息|短信|消息|视频|语音|微|支付宝|银行|卡|账|催收|贷款|还款|逾期|欠款|律师|法院|说明|介绍|道歉|"
    r"宿舍|寝室|出租屋|房间|住处|租的|住的|店|铺|摊|档|工作室|诊所|生意|次|整|全(?!家)|所有的?(?:号|电话|手机)|"
    # what they want the person to do next: "联系我处理", "打给我协商还款", "发短信给我解释"
    r"处理|协商|沟通|解决|商量|谈|回|尽快|务必|配合|办理|签|缴|交|付|转|打款|汇款|结清|申请|提供|登录|"
    r"下载|点|加|添加|关注|扫|填|上传|解释)"
)
# The end of a person or a place named in the slot (a word for someone, "老王"/"小李"/"阿明",
# or a place such as 餐厅, 幼儿园, 人事部), so "联系我处理此事" names nobody.
_PERSON_HEAD_ZH = (
    r"(?:姨|叔|伯|婶|姐|姊|哥|弟|妹|爷|奶|婆|公|妈|爸|生|师|长|员|工|友|人|总|板|东|居|事|学|头|傅|佬|嫂|舅|姑|"
    r"娘|嫲|嬷|子|儿|女|母|父|夫|妻|太|练|导|官|医|管|计|客|户|主|任|乡|侣|伴|亲|戚|理|"
    # a trader one deals with: "供货商", "批发商", "房东的中介商"
    r"(?<=[货应发销包代介])商|(?<=教)授|"
    r"(?:老|小|阿)[\u4e00-\u9fff]|店|厅|院|司|厂|校|局|所|部|处|室|站|园|馆|行|社|委|队|组|班|科|办|场|中心|单位)"
)
_HEAD_END_ZH = (
    r"(?=$|[\s，,。.!！?？、]|说|讲|问|骂|催|了|的?(?:电话|手机|座机|微信)|那|这|家|里|去|来|\d|打|发|又|也|还|都|"
    r"要|让|和|跟|及|与|同|对|处|上|度)"  # 度: "there", in Cantonese ("打去我老细度")
)
_TARGET_SLOT_ZH_RE = re.compile(
    # verb, then the slot: "打电话给我们药学院辅导员", "致电我工作的餐厅", "又打给我细佬"
    r"(?:打(?:了|过)?(?:\d+\s*[个次通])?(?:电话|语音)?(?:给|到|去)|致电|联系了?|联络了?|骚扰了?|轰炸了?|"
    r"(?:发|传)(?:了|过)?(?:\d+\s*[条个则])?(?:短信|信息|消息|微信|讯息|简讯)(?:给|到)|(?:发|传|寄)(?:给|到)|"
    # something sent, then to whom: "send咗相俾我老细", "发了一张照片给我老婆"
    r"(?:发|传|寄|send)\s*了?[^，。\s给]{1,6}?给)了?"
    rf"(?:我们|我)的?(?!{_SELF_AFTER_ZH})[\u4e00-\u9fff]{{0,8}}?{_PERSON_HEAD_ZH}{_HEAD_END_ZH}|"
    # the slot before the verb: "给我们车间的班长打电话", "给我楼下开店的老王打了两次"
    # (nothing of one's own inside: "给我所有号码都打了一遍" is the person's numbers)
    rf"给(?:我们|我)(?!{_SELF_AFTER_ZH})(?:(?!号码|手机|电话|微信|座机|邮箱|号)[^，。\s打发传说讲问给]){{1,8}}?"
    r"(?:都|也|还|又)?(?:打|发|传|call|send)|"
    # ... or by what they share with the person: "打给了跟我一起来的老乡", "打给和我合租的女生"
    r"(?:打(?:了|过)?(?:电话)?(?:给|到)|(?:发|传)(?:了)?(?:短信|信息|消息|微信)?给)了?(?:跟|和|同)(?:我|我们)"
    rf"[\u4e00-\u9fff]{{1,6}}?的[\u4e00-\u9fff]{{0,3}}?{_PERSON_HEAD_ZH}{_HEAD_END_ZH}|"
    # ... and after the verb, a person named by where they live or work: "打给隔壁种菜的阿伯",
    # "发短信给楼下小卖部老板"
    r"(?:打(?:了|过)?(?:\d+\s*[个次通])?(?:电话)?(?:给|到)|(?:发|传)(?:了)?(?:短信|信息|消息|微信)?给)"
    r"(?:村里|村上|厂里|公司|单位|店里|学校|小区|楼下|楼上|隔壁|对门|对面|附近)的?[\u4e00-\u9fff]{0,6}?"
    rf"{_PERSON_HEAD_ZH}{_HEAD_END_ZH}|"
    # a person named by the place they are in: "给村里会计打了电话", "给厂里保安发了短信"
    r"给(?:村里|村上|村委|厂里|厂上|公司|单位|店里|学校|小区|楼下|隔壁)的?[\u4e00-\u9fff]{1,4}?(?:都|也|还|又)?(?:打|发|传)|"
    # people counted in the slot: "给我的两个担保人都打了", "给我一起合租的两个女生打了电话"
    r"给(?:我们|我)[^，。\s打发传说讲问给]{0,8}?的?\d{1,2}\s*[个位名]"
    r"(?!\s*(?:小时|钟头|分钟|天|次|号码|号|电话|手机|短信|微信|平台|月))[\u4e00-\u9fff]{1,6}?"
    r"(?:都|也|还|又)?(?:打|发|传)"
)
# The slot of telling in person: anyone of one's own, named any way, told to their face
# ("跟我们船老大说了", "同我房东阿伯讲"); not the person told ("跟我说", "跟我们讲清楚"), nor the
# person telling someone ("我跟我老婆说").
_TOLD_SLOT_ZH_RE = re.compile(
    rf"(?<!我)(?:跟|同|对|向)(?:我们|我)的?(?!{_SELF_AFTER_ZH})[\u4e00-\u9fff]{{0,6}}?{_PERSON_HEAD_ZH}"
    r"(?=(?:们)?(?:都|也|就)?(?:说|讲|话|告状|打听))"
)
_TARGET_SLOT_EN_RE = re.compile(
    r"\b(?:called|calling|phoned|phoning|rang|ringing|texted|texting|messaged|messaging|emailed|contacted|"
    r"whatsapped|dm'?d|dmed|sms'?d|harassed|harassing|rung|(?:talked|spoke|spoken|talking|speaking)\s+(?:to|with))\s+"
    r"(?:(?:one|two|three|some|several|a few|all|both)\s+of\s+)?"
    rf"(?:my|our)\s+(?!{_SELF_AFTER_EN})[a-z]"
)


# Someone else who got the call or the text, named any way, at the start of a clause:
# "隔壁张阿姨也接到了电话", "楼下开店的大哥也收到短信", "my landlord's son got a call".
_NOT_RECEIVER = r"(?!我|他们|她们|你|本人|有人|催收|客服|对方|法务|律师|银行|平台|那边|这边)"
_RECEIVER_RE = re.compile(
    rf"(?:^|(?<=[\s，,])){_NOT_RECEIVER}[\u4e00-\u9fff]{{0,6}}?"
    r"(?:姨|叔|伯|婶|姐|哥|弟|妹|爷|奶|婆|公|妈|爸|生|师|长|员|工|友|人|总|板|东|居|事|学|(?<![日钟里外])头|傅|佬|嫂|舅|姑|娘|嫲|嬷)"
    # ... telling it themselves: "钢厂的班长说接到了催收电话", "房东讲佢收到短信"
    r"们?(?:说|讲|话|告诉我)?(?:她|他|他们|佢|佢哋)?(?:今天|昨天|刚才)?(?:都|也|全都|全|还|又|已经|就)*"
    r"(?:接到|收到|接了(?=\s*(?:\d|[一两二三四五六七八九十几]))|接过)了?"
    # what they got is a contact, or nothing said ("收到我的还款" is money, not a contact)
    r"(?=\s*(?:$|[，。,\s]|\d|[一两二三四五六七八九十几好]|催收|他们|电话|短信|信息|消息|微信|来电|语音|邮件|律师函|信|通知))|"
    # ... or was reached, in the passive: "通讯录里的人都被打了个遍", "楼下的大姐也被骚扰了"
    rf"(?:^|(?<=[\s，,])){_NOT_RECEIVER}[\u4e00-\u9fff]{{0,6}}?"
    r"(?:姨|叔|伯|婶|姐|哥|弟|妹|爷|奶|婆|公|妈|爸|生|师|长|员|工|友|人|总|板|东|居|事|学|(?<![日钟里外])头|傅|佬|嫂|舅|姑|娘|嫲|嬷)"
    r"们?(?:都|也|全都|全|还|又|已经)*被[^，。]{0,4}?(?:打电话|打了?个?遍|打爆|联系|骚扰|加了?微信|发短信|发信息|call)|"
    rf"\b(?:my|our)\s+(?!{_SELF_AFTER_EN})(?:[a-z'-]+\s+){{0,3}}?(?:also\s+|even\s+)?"
    r"(?:got|received|picked up|answered|had)\s+(?:a|an|\d{1,3}|two|three|four|five|several|some|many)?\s*"
    r"(?:calls?|texts?|messages?|voicemails?|whatsapps?)\b"
)


# Whom they posed as, or in whose name they wrote, is nobody reached: "冒充我朋友加我微信",
# "假装是我同学", "用我朋友的名义打给我", "pretending to be my cousin".
_POSING_RE = re.compile(
    r"(?:冒充|假装|假扮|假冒|扮成|装成|装作|冒用|自称|声称|说是|说自己是)(?:是|成)?(?:我的?|我们的?)[\u4e00-\u9fff]{1,6}?"
    r"(?=[加打发给来找说，。\s]|$)|"
    r"(?:用|以|借)(?:我的?|我们的?)[\u4e00-\u9fff]{1,6}?的?(?:名义|身份|名字|号码|微信|手机)|"
    r"\b(?:pretend(?:ed|ing)?|pos(?:ed|ing)|claim(?:ed|ing)?|impersonat(?:ed|ing))\s+(?:to be\s+|as\s+)?"
    r"(?:my|our)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+(?=\s+(?:and|to|on|via|from|in|by|called|calls|texted|"
    r"messaged|rang|phoned|emailed|sent|contacted|added|asked|said|told|has|had|was|kept)\b|[,.]|$)|"
    r"\b(?:using|in)\s+(?:my|our)\s+[a-z'-]+'?s?\s+(?:name|number|account|identity|phone)\b"
)


def _unposed(clause: str) -> str:
    """The clause without whom they posed as (the rest, same length, so positions still hold)."""
    return _POSING_RE.sub(lambda m: " " * len(m.group(0)), clause)


def _third_party(clause: str) -> re.Match[str] | None:
    """Where the clause names someone else reached (before any "said they would"): a known
    phrasing, the target slot of a contact verb, or a person of one's own in a clause about a
    call or a text. Whom they posed as is nobody reached."""
    clause = _unposed(clause)
    slots = (_TARGET_SLOT_ZH_RE, _TOLD_SLOT_ZH_RE, _TARGET_SLOT_EN_RE, _RECEIVER_RE)
    for rx in (*_THIRD_PARTY_RES, *_MORE_THIRD_RES, *slots):
        m = rx.search(clause)
        if m and _MOVED_RE.match(m.group(0)) and _HOME_AFTER_RE.match(clause, m.end()):
            continue  # "找到我爸妈家": a visit to their home, not a call to them
        if (
            m
            and not _would_before(clause, m.start())
            and not _CLAIMED_RE.search(clause[: m.start()])
        ):
            return m
    if _ANY_CALL_RE.search(clause) or _ANY_MESSAGE_RE.search(clause):
        return _owned_person(clause)
    return None


def _owned_person(clause: str) -> re.Match[str] | None:
    """A person of one's own the clause names as reached: not only asked about ("问我老公在哪",
    "asking about my wife") and not only threatened ("说要找我老板")."""
    m = _OWNED_PERSON_RE.search(clause)
    if m is None or _would_before(clause, m.start()) or _ASKED_ABOUT_RE.search(clause[: m.start()]):
        return None
    if _CLAIMED_RE.search(clause[: m.start()]):
        return None
    if _ME_THEN_ASIDE_RE.search(clause[: m.start()]):
        return None  # "called me 4 times while i was cooking for my employer's family": at me
    return m


# The contact went to the person ("called me", "texted me 3 times"), and someone of one's own is
# named only later, in what the person was doing or where: "… while i was at my boss's house".
_ME_THEN_ASIDE_RE = re.compile(
    r"\b(?:called|calling|phoned|rang|ringing|texted|texting|messaged|emailed|whatsapped|contacted|"
    r"sms'?d|msged)\s+me\b(?!\s*(?:and|,|&|\+|plus|too|as well)\b)[^,;]*?"
    r"\b(?:while|when|as|because|since|during|whilst)\b"
)


# Going to someone's home is a visit: "找到我爸妈家去了", "找了我姐住的地方".
_MOVED_RE = re.compile(r"找|跑|去|来|到")
# (or their workplace found: "找到我老公的单位", the place, where the visit goes)
_HOME_AFTER_RE = re.compile(
    r"的?(?:家(?!里?(?:电话|座机))|老家|住处|住的地方|单位|公司|工厂|厂里|店里)(?!\s*(?:的|里的)?(?:领导|老板|同事|人))"
)
# What a message said they had done ("发短信给我说已经联系了我爸妈", "texted me saying they had
# already called my boss"): their claim, told inside another contact, not a contact logged.
_CLAIMED_RE = re.compile(
    r"说(?:是|他们|对方|他|她)?(?:已经|早就|已|早都|都已经)[^，。]{0,3}$|"
    r"\b(?:said|says|saying|claimed|claims|claiming)\b(?: that)? (?:they|he|she)(?:'ve| have| had)? already\s+\w*\s*$"
)
# "问我老公在哪", "asked about my wife": the person is talked about, not reached.
_ASKED_ABOUT_RE = re.compile(
    r"(?:问|打听|问起)\s*$|\b(?:asked|asking|about|where(?:'s| is))\s*$|"
    # what the call did to them, not a call to them: "a call at 6:30am woke up my kids"
    r"\b(?:woke|wakes|waking|woken)\s+(?:up\s+)?$|(?:吵醒)了?\s*$"
)


_VERBS = {
    "posting": (_POSTING_RE, _MORE_POSTING_RE),
    "call": (_ANY_CALL_RE, _ANY_MESSAGE_RE),
    "message": (_ANY_CALL_RE, _ANY_MESSAGE_RE),
}


@dataclass(frozen=True)
class _Clause:
    kind: str | None  # call, message, visit, posting, third-party, or None (no verb of its own)
    count: int | None  # the clause's own number
    subset: bool  # the number is part of one said before ("其中20个")
    people: int  # third parties named (a third-party clause's count when no number is given)
    rel: bool  # names a third party without a verb ("… and my mum twice")
    counted: bool = False  # a third-party clause that counts its people ("4 of my coworkers")


def _read(clause: str) -> _Clause:
    clause = _unposed(clause)
    action = _action(clause)
    third = _third_party(clause)
    kind: str | None = action
    if action is not None and action not in ("posting", "group"):
        m = _VISIT_RE.search(clause) if action == "visit" else None
        if m and third is not None and third.start() <= m.start() < third.end():
            action = kind = "call"  # "打电话去我公司找我老板": the call reached the employer
        if m and _would_before(clause, m.start()):
            kind = None  # "说要上门": a threat, not a visit
    if action == "group" or (third is not None and kind in ("call", "message", None)):
        kind = "third-party"
    verbs = _VERBS.get(kind or "")
    if verbs and _would_before(clause, _first(clause, *verbs) or 0):
        kind = None  # "说要发到朋友圈", "said they'd call my boss": a threat, not the act
    count = _explicit(clause) if kind in ("call", "message", "third-party", None) else None
    if kind == "posting":
        posts = _POST_COUNT_RE.search(clause)  # "在微博上发了3条帖子": three posts
        word = next((g for g in posts.groups() if g), None) if posts else None
        count = (_ONCE_TWICE.get(word) or _number(word)) if word else None
    if kind == "visit":
        times = _VISIT_TIMES_RE.search(clause)  # "上门了2次", "came twice": visits, not people
        if times:
            word = next((g for g in times.groups() if g), "")  # "3次", "three times", "twice"
            count = _ZH_DIGITS.get(word) or _number(word) or 2
        else:
            count = 1 if _VISIT_TIMED_RE.search(clause) else None
    if count is None and kind in ("call", "message"):
        count = _listed_clocks(clause) or None  # "called at 1am and 3am": two calls
    parts = _EACH_PARTS_RE.search(clause)
    if parts and count and kind in ("visit", "call", "message"):
        count *= len(re.findall(_PART_OR_CLOCK, parts.group(0)))  # "上午和下午各上门1次": two
    compact = _COMPACT_PARTS_RE.search(clause)
    if compact and not parts and count and kind in ("visit", "call", "message"):
        count *= _COMPACT_PARTS[compact.group(1)]  # "早中晚各一个电话": three
    if action == "group" and kind == "third-party" and _owned_person(clause) is None:
        if not _REL_TARGET_RE.search(clause) and not any(r.search(clause) for _, r in _REL_FIND):
            kind = "posting"  # "拉了个群 把我的欠款信息发在里面": a group nobody of one's own is in
            count = None
    people = _people(clause) if kind in ("third-party", None) else 1
    if action == "group":
        people = 1  # "把我亲戚朋友都拉进群": the group is one contact, whoever is in it
    rel = (
        third is None
        and kind is None
        and bool(
            _REL_TARGET_RE.match(clause) or _owned_person(clause) or _COUNT_TO_SLOT_RE.match(clause)
        )
        and not _WOULD_RE.search(clause)
    )
    if kind == "third-party":
        each = _EACH_RE.search(clause)
        if each:
            count = people * _per(each)
    settled = _SETTLED_RE.search(clause) if kind in ("call", "message", "third-party") else None
    if settled and settled.start() > 0 and (settled.group(1) or settled.group(2)):
        # "calls 60ish (exact 63)", "calls at 8.30 9.10 … thats 7": the number settled on
        count = int(settled.group(1) or settled.group(2))
    counted = kind == "third-party" and any(rx.search(clause) for rx in _REL_COUNT_RES)
    if counted and count and people > 1 and not _EACH_RE.search(clause):
        said = next((m for rx in _REL_COUNT_RES if (m := rx.search(clause))), None)
        said_n = _number(said.group(1)) if said and said.group(1) else None
        if count == said_n and people > count:
            count = (
                people  # "打给我老板和两个同事": the people counted, and the one named with them
            )
        elif _ROUND_ALL_RE.search(clause):
            count = people  # "把我五个朋友都打了一遍": each of them, once
    return _Clause(
        kind,
        count,
        bool(count)
        and kind != "visit"
        and bool(_SUBSET_RE.search(clause)),  # "two of them came": people
        people,
        rel,
        counted,
    )


# Someone of one's own telling another, as the subject: "门卫后来告诉了我们车间主任".
_PASSED_ON_RE = re.compile(
    rf"^\s*(?:{_REL_ZH_ANY})(?:们)?(?:后来|之后|然后|又|就|也|马上|立刻|再)*(?:告诉|转告|通知|告知)"
)
# One more of a channel already counted, told as one: "… 4 SMS, and a WeChat voice message".
# (not one of those counted, told of: "One call was at 11:15pm")
_A_SINGLE_RE = re.compile(
    r"^\s*(?:and|plus|also|then)?\s*(?:a|an|one)\s+(?!of\b|more\b|time\b|day\b)[a-z](?![^,.;]*\b(?:was|were|is)\b)"
)
# People counted by a number alone ("通讯录里5个人", "8 people"), who may be named after.
_PEOPLE_COUNTED_RE = re.compile(
    r"\d{1,3}\s*(?:个|位|名)\s*(?:人|联系人)|\b\d{1,3}\s+(?:people|persons|contacts)\b"
)
# Who those just counted were: "有我舅舅、我同学", "其中有…", "including my aunt", "还有2个…".
_MEMBERS_LEAD_RE = re.compile(
    r"^\s*(?:有|其中有?|包括|当中有|知道的有|分别是|是|还有|另外|\bincluding\b|\bamong them\b|\bsuch as\b)"
)
# A number said as the least: "至少6个人", "at least 6 people".
_AT_LEAST_RE = re.compile(r"^\s*(?:至少|起码|最少|\bat least\b)")
# Each of the people once, said as a round: "都打了一遍", "打了个遍".
_ROUND_ALL_RE = re.compile(r"(?:都|全|全部)?(?:打|发|问|找)(?:了)?(?:1|一)?\s*(?:个)?遍")
_VISIT_TIMES_RE = re.compile(
    r"(?<!第)(\d{1,2}|[一二两三四五])\s*(?:次|趟|回|拨|批|波)|\b(\d{1,2}|two|three|four|five)\s+times\b|\b(twice)\b|"
    r"\b(\d{1,2}|two|three|four|five)\s+visits\b"
)
# One more place after a visit, its verb left out: "showed up at my workplace in the morning
# and then | at my apartment around 7 pm": one more visit.
_ONE_MORE_PLACE_RE = re.compile(
    # (told as another time, by "and again" or by its own time: not "…, at my counter for an hour")
    r"^\s*(?:and\s+)?(?:(?:then|again|later)\s+)+(?:at|to)\s+(?:my|our)\s+(?!phone|number|email|wechat|account)[a-z']+|"
    r"^\s*(?:at|to)\s+(?:my|our)\s+(?!phone|number|email|wechat|account)[a-z']+"
    r"(?=[^.;]*\b(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|morning|afternoon|evening|tonight|noon|lunchtime|midnight)\b)"
)
# ... or by how often, after visits counted at a place of their own: "at my stall three times and
# | once at my flat" (not "came twice, | once to my flat | and once to my stall", the two apart).
_ONCE_MORE_PLACE_RE = re.compile(
    r"^\s*(?:and\s+)?(?:once|twice|\d{1,2}\s+times|two\s+times|three\s+times)\s+(?:at|to)\s+(?:my|our)\s+"
    r"(?!phone|number|email|wechat|account)[a-z']+"
)
_IN_IT_RE = re.compile(r"里面|里头|里边|群里|\bin it\b|\bthere\b|\binside\b")
# A group of one's people they joined or were in ("加了我们家族群", "在群里@我"): what they sent
# next went to the group, a post ("发了两条欠款通知").
# People pulled into a group named only as kinds of people, no one by name or number ("把我亲戚
# 朋友都拉进去", "added my coworkers to a WeChat group"): the group's members. Whatever is posted
# there is the contact, as the writers log it; "我爸妈、我老婆和两个朋友" are people reached.
_PULLED_IN_RE = re.compile(
    r"拉(?:了)?(?:进|到|入)|加(?:了)?(?:进|到|入)|\b(?:added|pulled|dragged|invited|put)\b"
)
_MEMBER_KINDS_RE = re.compile(
    r"(?:所有的?|全部的?|好多|很多|一些|一堆|其他的?)?(?:通讯录|联系人|微信好友|好友)(?:里|里面)?的?(?:人|朋友|好友)?|"
    r"亲戚|朋友|同事|家人|家里人|亲人|工友|同学|邻居|客户|老乡|村里人|"
    r"\b(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:wechat\s+|phone\s+)?(?:coworkers|colleagues|friends|contacts|relatives|"
    r"family|classmates|neighbou?rs|customers|clients|workmates)\b"
)


def _members_only(clause: str) -> bool:
    """Whether the people a clause names are kinds of people only (亲戚朋友, my coworkers)."""
    if any(rx.search(clause) for rx in _REL_COUNT_RES):
        return False
    if not _MEMBER_KINDS_RE.search(clause):
        return False
    rest = _MEMBER_KINDS_RE.sub(" ", clause)
    return not any(rel.search(rest) for _, rel in _REL_FIND) and _owned_person(rest) is None


_JOINED_GROUP_RE = re.compile(
    r"加(?:了|进|入)?(?:了)?(?:我们|我的?)?[\u4e00-\u9fff]{0,4}群|进了?(?:我们|我的?)?[\u4e00-\u9fff]{0,4}群|在群里"
)
# A total said after the people it reached: "打给我爸妈跟我同事 总共打了4通".
_TOTAL_RE = re.compile(
    r"^\s*(?:总共|一共|合共|加起来|总计|\bin total\b|\ball together\b|\baltogether\b)"
)
# A clause that is only a verb and a count ("打了4次", "发了5条", "4 times"): how often the act
# of the clause before happened, not a new act.
_BARE_COUNT_RE = re.compile(
    # (when, or "already", may come first: "今个礼拜已经打了5次", "this week already 5 times")
    r"^\s*(?:(?:今天|今日|今晚|这周|这个?礼拜|今个?礼拜|这个?星期|本周|这个月|今个月|this week|today)\s*)?"
    r"(?:已经|都|又|already)?\s*"
    r"(?:前后|一共|总共|大概|大约|差不多|足足|连着|连续|起码|至少)?\s*(?:打|发|传|call(?:ed)?|text(?:ed)?|rang)?\s*了?\s*"
    r"(?:不止|不只|超过|多于)?\s*"  # "打了不止一次": at least that many, as said
    r"(?:\d{1,3}\s*(?:次|个|通|条|遍|封|则|篇)|\d{1,3}\s+times|once|twice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times|"
    r"\d{1,3}\s+(?:msgs?|texts?|messages?|calls?|sms))"
    r"\s*(?:了|左右|多|之多)?\s*$"
)
# Parts of a day with a count each ("上午1次下午1次", "早上3个 晚上5个", "2 in the morning, 3 at night"),
# a clock time in the part allowed ("晚上11点多又来1次").
_CLOCK_IN_PART = r"(?:\s*\d{1,2}\s*点(?:半|多|\d{1,2}分?)?)?"
# (days too, a count each: "这周来了2次 周一1次今天1次")
_DAYS = r"今天|昨天|前天|(?:周|星期|礼拜)[一二三四五六日天]"
_DAY_PART_COUNT_RE = re.compile(
    rf"(?:早上|上午|中午|下午|傍晚|晚上|夜里|半夜|凌晨|白天|{_DAYS}|\bmorning\b|\bafternoon\b|\bevening\b|\bnight\b)"
    rf"{_CLOCK_IN_PART}"
    r"[^，,\d]{0,4}?(\d{1,3})\s*(?:次|个|通|条|趟|回|遍|封|则|\b)|"
    r"(\d{1,3})\s*(?:in the|at|this)\s+(?:morning|afternoon|evening|night)\b"
)


_DAY_PART_ONLY_RE = re.compile(
    rf"^\s*(?:(?:早上|上午|中午|下午|傍晚|晚上|夜里|半夜|凌晨|白天|{_DAYS})"
    rf"{_CLOCK_IN_PART}"
    r"\s*(?:又|也|再)?(?:来了?|打了?|发了?)?\s*"
    r"\d{1,3}\s*(?:次|个|通|条|趟|回|遍|封|则)\s*)+$"
)


# One time of several, told by when: "来了2次 1次早上9点 1次下午3点".
_ONE_TIME_RE = re.compile(
    r"^\s*(?:有)?(?:1|一)\s*(?:次|回|趟|个|通)\s*(?:是|在)?\s*(?:早上|上午|中午|下午|傍晚|晚上|夜里|半夜|凌晨|\d{1,2}\s*点)"
    r"[^，,]{0,8}$|^\s*once\s+(?:in the|at|this)\b[^,]{0,20}$|"
    # the time first: "早上9点半1次", "下昼4点1次", "at 9pm once"
    r"^\s*(?:早上|上午|中午|下午|下昼|晏昼|傍晚|晚上|夜晚|夜里|半夜|凌晨)?\s*(?:\d{1,2}\s*点(?:半|\d{1,2}分?)?)?\s*"
    r"(?<=[午昼晚上里夜晨点半分])(?:又)?(?:1|一)\s*(?:次|回|趟)\s*$|^\s*at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+once\s*$"
)
# Parts of a day (or days) that each had the same count: "上午和下午各上门1次" (2 visits).
_PARTS = r"(?:早上|上午|中午|下午|下昼|晏昼|傍晚|晚上|夜里|夜晚|半夜|凌晨|白天|昨天|今天|前天)"
# parts of the day or clock times, then 各: "上午和下午各上门1次", "3点和5点各打了一次"
_PART_OR_CLOCK = rf"(?:{_PARTS}|\d{{1,2}}\s*点(?:半|\d{{1,2}}分?)?)"
_EACH_PARTS_RE = re.compile(
    rf"{_PART_OR_CLOCK}(?:(?:\s*(?:[和跟、及与,，]|还有)\s*|\s+){_PART_OR_CLOCK})+\s*(?:都|又|也|还)?各"
)
# Clock times listed one after another, each a time it happened: "called at 1am and 3am",
# "11点 12点 1点都打来" (not a span: "8点到10点之间", "between 9 and 11pm").
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\d{1,2}\s*点(?:半|\d{1,2}分?)?)"
_LISTED_CLOCKS_RE = re.compile(
    rf"(?<!between )(?<!从){_CLOCK}(?:(?:\s*(?:[和跟、及与,，]|\band\b|&|还有)\s*|\s+)(?:again\s+)?(?:at\s+)?{_CLOCK})+"
    r"(?!\s*(?:之间|之前|以前|以后|之后|前|后|到|至|-|~|\bto\b|\btill\b|\buntil\b))"
)


def _listed_clocks(clause: str) -> int:
    """How many clock times a clause lists as one run (0 when fewer than two)."""
    return max(
        (len(re.findall(_CLOCK, m.group(0))) for m in _LISTED_CLOCKS_RE.finditer(clause)), default=0
    )


# The comments under a post just told of: "评论区还有人骂我", "people in the comments".
_COMMENTS_RE = re.compile(
    r"评论区|评论里|留言区|底下评论|下面评论|(?:在)?(?:下面|底下)留言|\bcomments?(?: section)?\b|\breplies\b"
)
# The person themself as the one who got them: "我也接了三个", "我自己收到5条".
# Counted in the unit of texts, not of calls: "收到2条", "3则", "两封".
_TEXT_UNIT_RE = re.compile(r"(?:\d{1,3}|[一两二三四五六七八九十几])\s*(?:条|则|封)")
_I_GOT_RE = re.compile(
    # (after when, and on one's own phone: "同一天我自己手机也接到4个", "当天我的电话又接了两个")
    r"^\s*(?:同(?:1|一)?[天日]|当[天日]|那[天日]|今[天日]|后来|之后|同时|另外)?\s*"
    r"我(?:也|又|还|都|自己|本人)?(?:的?(?:手机|电话|号码))?(?:也|又|还|都)?(?:接了|接到了?|收到了?)|"
    r"^\s*(?:(?:the\s+)?same\s+day,?\s+)?i (?:also |myself )?(?:got|picked up|answered)\b"
)


# A clause that is only a count of posts: "3 posts", "two videos".
_POSTS_ONLY_RE = re.compile(
    r"^\s*(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:posts?|videos?|tweets?|stories|comments)"
    r"(?:\s+from\s+(?:the\s+same|one|that|an?)\s+(?:acct|account|user|person|guy))?\s*$|"
    # the posting verb again with a count: "PO了两次", "贴了3张", "晒了2遍"
    r"^\s*(?:po|post(?:ed)?|贴|挂|晒|发|传)\s*了?\s*\d{1,3}\s*(?:次|条|篇|张|遍)\s*$|"
    # ... or what was posted, counted: "已经发了3个视频", "又发了两条帖子"
    r"^\s*(?:已经|又|还|一共)?(?:发|贴|挂|传)\s*了?\s*\d{1,3}\s*(?:个|条|篇)\s*(?:视频|帖子?|动态|短视频)\s*(?:了)?\s*$"
)


# One time of several told by its place in the run: "最后1次是晚上11点", "第3次在下午", "另1次凌晨".
_NTH_TIME_RE = re.compile(
    r"^\s*(?:最后|第\s*\d{1,2}|另外?|还有|其中)\s*(?:1|一)?\s*(?:次|回|趟|通|个)\s*(?:是|在)?[^，,]{0,10}$|"
    r"^\s*(?:前|头|后)\s*(\d{1,2})\s*(?:次|回|趟|通|个)\s*(?:是|在|都)?[^，,]{0,10}$|"
    r"^\s*the (?:last|first|second|third|fourth|other|final)(?:\s+(?:one|time|visit|call|text))?\s+"
    r"(?:at|in|was|around|on|came)\b[^,]{0,20}$"
)


def _times_joined(pieces: list[str]) -> list[tuple[str, int]]:
    """The clauses, a time said apart joined to the clause after it ("晚上11点多 又来1次"), each
    with how many clauses it was."""
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(pieces):
        if _A_TIME_ONLY_RE.match(pieces[i]) and i + 1 < len(pieces):
            out.append((pieces[i] + pieces[i + 1], 2))
            i += 2
        else:
            out.append((pieces[i], 1))
            i += 1
    return out


def _breakdown(pieces: list[str], before: list[int]) -> int:
    """How many clauses from here split the count just given over parts of the day (two or
    more parts adding up to it: "上门2次 上午1次下午1次", "打了10个 上午4个 下午6个"), rather
    than adding to it; 0 when they don't."""
    if not before:
        return 0
    parts: list[int] = []
    run = 0
    ones = 0
    for piece in pieces:
        nth = _NTH_TIME_RE.match(piece)
        if not (_ONE_TIME_RE.match(piece) or (nth and not nth.group(1))):
            break
        ones += 1
    if ones >= 2 and ones == before[-1]:
        return ones  # "来了2次 1次早上9点 1次下午3点": the times of the count just given
    for piece, n in _times_joined(pieces):
        nth = _NTH_TIME_RE.match(piece)
        if nth and (run or not _DAY_PART_COUNT_RE.search(piece)):
            parts.append(
                int(nth.group(1) or 1)
            )  # "… 最后1次是晚上11点", "前3个在白天": of the count
            run += n
            continue
        found = [int(a or b) for a, b in _DAY_PART_COUNT_RE.findall(piece)]
        if not found or (run and not _DAY_PART_ONLY_RE.match(piece)):
            break
        parts += found
        run += n
        if not _DAY_PART_ONLY_RE.match(piece):
            break
    return run if len(parts) >= 2 and sum(parts) == before[-1] else 0


_EACH_ONLY_RE = re.compile(
    r"^\s*各(?:打|发|传|找)?了?\s*(\d{1,2}|[一二两三四五])\s*(?:次|个|通|条|遍)|"
    # "每人一次", "每个人打了2个", "一人一次": that many for each person named
    r"^\s*(?:每(?:个)?人|[一1]人|每个)(?:都|各)?(?:打|发|传|找)?了?\s*(\d{1,2}|[一二两三四五])\s*(?:次|个|通|条|遍)|"
    r"^\s*(\d{1,2}|once|twice|one|two|three|four|five|six)\s+(?:(?:times|calls?|texts?|messages?|msgs?|sms|emails?)\s+)?each\b|"
    rf"^\s*(?:and\s+)?{_EACH_FIRST}"
)


# A post put up where one lives or works: someone came to put it there (a visit as well).
_AT_THE_DOOR_RE = re.compile(
    r"(?:门口|门上|大门|楼道|楼梯间|电梯|墙上|楼下|小区门|单位门|公司门)[^，。]{0,6}(?:贴|喷|挂|拉了?横幅|写|派|发传单|散|举)|"
    r"(?:贴|喷|挂|写)[^，。]{0,6}(?:门口|门上|大门|楼道|电梯|墙上)|"
    # a banner hung at one's door: "挂了个横幅在我们厂门口"
    r"(?:横幅|条幅|大字报)[^，。]{0,6}(?:门口|门上|大门|楼道|楼下|墙上)|"
    r"\b(?:put up|stuck|taped|posted|sprayed|painted|wrote|left|pinned)\b[^,.]{0,30}\b(?:on|at|outside|by)\s+(?:my|our|the)\s+"
    r"(?:front\s+|apartment\s+|flat\s+|house\s+)?(?:door|gate|wall|building|stairwell|lobby|office|house|flat)\b"
)
# A note for the person (not a notice for others to see): "门上贴了张纸条", "left a note".
_NOTE_RE = re.compile(r"纸条|便条|字条|留言条|便签|\bnotes?\b(?! ?book)")
# ... unless the words on it are told, there for anyone passing to read: a notice ("left a note
# on the door saying 'debtor lives here'", "留了张纸条 写着「欠债还钱」").
_WORDS_ON_IT_RE = re.compile(
    r"(?:写着?|写住|写了|印着|\bsaying|\b(?:that|which)\s+(?:said|says|read|reads)|\breading)"
    r"\s*[:：]?\s*[「『“\"'‘]"
)
# Something posted in the group just made of one's contacts: "拉了个群发我欠钱", "拉群@我".
_GROUP_THEN_POST_RE = re.compile(r"群\s*(?:里|中|内)?\s*(?:发|贴|公开|曝光|骂|说|@|晒)")
# A person named again, without "and/还有", after the clause that reached them: "打给我紧急联系人了 我表姐".
_ADDED_RE = re.compile(r"^\s*(?:and|also|plus|跟|和|还有|以及|及|、|同)")
# A person by name alone, after someone reached: "小李", "还有阿芳".
_NAME_ONLY_RE = re.compile(r"^\s*(?:还有|和|跟|、)?\s*(?:小|老|阿)[\u4e00-\u9fff]\s*$")
# The contact just told, summed up by what it did: "就一个电话就把我工作搞没了", "一条短信就…".
_RECAP_RE = re.compile(
    r"^\s*(?:就|就这么|就这|只是|仅仅)?(?:一|1)\s*(?:个|通|条)(?:电话|短信|信息|微信)就|"
    r"^\s*(?:just|only)\s+(?:one|1|a single)\s+(?:text|message|msg|call)\b|"
    # the whole clause: "就一个电话", "只打了一次"
    r"^\s*(?:就|只|只有|就只|仅|就是)(?:打了?|发了?)?(?:一|1)\s*(?:个|通|条|次)(?:电话|短信|信息|微信)?\s*(?:而已|了)?\s*$|"
    # how the run came: "连续打了十一个 一个挂了下一个马上又来"
    r"^\s*(?:1|一)\s*个(?:刚)?挂(?:了|掉)?(?:下|后)"
)
# Those who only saw it: "群里三十几个人都看见了", "everyone saw it".
_SAW_IT_RE = re.compile(
    r"(?:看见|看到|刷到|睇到|睇见|见到)(?:了|咗|晒)?\s*$|\b(?:saw|seen|have seen|read) it\b"
)
# A count said as how many so far: "this is 2 time they call him", "that's 3 times now".
_SO_FAR_RE = re.compile(r"^\s*(?:this|that|it)\s*(?:is|was|'s)\s+(?:the\s+)?\d")
_AGAIN_ONLY_RE = re.compile(r"^\s*(?:马上|立刻|就)?又来了?\s*$")
# The person's own phone, after someone else's: "给我打的我数了有20个", "发给我的有5条".
_MINE_RE = re.compile(r"^\s*(?:给我打的|打给我的|打我的|给我发的|发给我的)")
# Those just named receiving it, the verb told alone: "都接到电话了", "也收到了短信".
_THEY_GOT_RE = re.compile(r"^\s*(?:都|也|全|全部)(?:有)?(?:接到|收到|接了)")
# People who came back to the person about it, counted, after a group was reached ("messaged my
# contacts, at least 12 people have told me", "群发了短信 已经有9个人来问我"): those reached.
_PEOPLE_TOLD_RE = re.compile(
    r"^(?:and\s+)?(?:at least|about|around|over|more than|some|almost|nearly|already)?\s*(\d{1,3})\s+"
    r"(?:people|persons|friends|relatives|contacts|of them)\s+(?:have\s+|had\s+)?(?:already\s+)?"
    r"(?:told|asked|called|messaged|texted|contacted|got|received|reached out to)\b|"
    r"^(?:至少|起码|大概|已经|前后)?(?:有)?\s*(\d{1,3})\s*个?人\s*(?:都|也|已经|陆续)*(?:来|回来|打电话)?(?:问|告诉|跟我说|找)(?:过|了)?我"
)
# One more thing sent, said after the messages without a verb: "还有一张P过的图", "另外两段语音",
# "plus a photo of my ID".
_MORE_ITEMS_RE = re.compile(
    r"^\s*(?:还有|另外|外加|加上|以及|和|又)?(?:是)?(\d{1,2}|[一两二三四五六七八九十])\s*(?:张|条|段|个|幅)"
    r"[^，。]{0,6}?(?:图|照片|相片|截图|语音|视频|录音|表情包?|链接)|"
    r"^\s*(?:and|plus|also)\s+(a|an|one|two|three|\d{1,2})\s+(?:[a-z'-]+\s+){0,2}?"
    r"(?:photos?|pictures?|pics?|images?|screenshots?|voice (?:notes?|messages?)|videos?|recordings?)\b"
)
# Each of the people just named, one after another: "找了我3个朋友，逐个打电话".
_ONE_BY_ONE_RE = re.compile(
    r"^\s*(?:都|也|又)?(?:逐个|挨个|一个一个|一个个|轮流|分别|\bone by one\b|\beach of them\b)"
)
# A clause that only says what the call just told was like ("international call", "private
# number"): the same call.
_CALL_LIKE_RE = re.compile(
    r"^\s*(?:an?\s+|the\s+)?(?:international|overseas|long[- ]distance|private|hidden|unknown|withheld)"
    r"(?:\s+number)?\s+calls?\s*$|^\s*(?:国际|境外|越洋|长途)(?:电话|来电)\s*$"
)
# A group named without saying who ("我紧急联系人 我表姐", "my family, my aunt"): a person named
# next is that one again. After a specific person ("给我爸 我姐 还有我舅舅") it is one more.
_GENERIC_PERSON_RE = re.compile(
    r"紧急联系人|联系人|通讯录|家人|家里人|亲戚|亲人|家属|\b(?:emergency )?contacts?\b|\bfamily\b|\brelatives\b"
)


# The one just reached passing it on to the person by a channel of their own: "保卫科打电话给我核实",
# "室友微信问我", "农会的小姐打来跟我讲", "boss forwarded it to me", "accountant showed me the msg",
# "he call me angry". The same contact to someone else, not one more to the person.
_TO_ME_RE = re.compile(
    # (not 我 as whose: "打电话给我房东")
    r"(?:就|也|又|还|马上|立刻)?(?:打(?:了个?|咗)?(?:电话|call)?(?:给|俾)我(?!的?(?:"
    + _REL_ZH_ANY
    + r"))|打来(?:跟|给|和|同)我|打(?:了个?|咗)?(?:电话)?来?问我|"
    r"(?:发)?(?:微信|信息|消息|whatsapp)(?:问|跟|告诉|给|俾)我|私(?:聊|信)(?:问)?我|(?:转|转发|截图|截屏)(?:了)?(?:发)?(?:过来)?(?:给|俾)我|"
    r"(?:拿|给)我看|(?:给|俾)我打(?:了个?|咗)?(?:电话|call)|(?:给|俾)我发(?:了|咗)?(?:微信|信息|消息|短信))|"
    r"\b(?:forward(?:ed|s)?|show(?:ed|s)?|screenshot(?:ted)?|sent)\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:to\s+)?me\b|"
    r"\b(?:call(?:ed|s)?|text(?:ed|s)?|rang|messaged|msged|asked)\s+me\b",
    re.IGNORECASE,
)
_THEY_RE = re.compile(
    # (and the other side's staff: "那个客服小姐姐打给我三次")
    r"他们|她们|催收|对方|有人|客服|专员|法务|律师|平台|银行|小姐姐|"
    r"\b(?:they|them|someone|collectors?|the collector|agent|officer)\b"
)
_HE_SHE_RE = re.compile(r"^(?:他|她|\bhe\b|\bshe\b)$")
# The people just reached, as a number or "all of them": "three people in total", "两个人都".
_SOUGHT_TO_TELL_RE = re.compile(rf"^\s*(?:又|还|也|专门|直接)*{_SOUGHT_TO_TELL}")
# Told, in a clause of its own, right after a call: "…，跟前台说我欠钱", "…，同我老板讲".
_TOLD_TO_RE = re.compile(r"^\s*(?:又|还|也|就|然后|并)*(?:跟|同|对|向|和)")  # (to, not "and")
_TOLD_THERE_RE = re.compile(
    _TOLD_TO_RE.pattern + r"(?:我们|我)?的?[\u4e00-\u9fff]{1,8}?(?:说|讲|话)"
)
_PEOPLE_SUBJECT_RE = re.compile(
    r"^(?:(?:all|both|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+them|people|persons)"
    r"(?:\s+(?:in\s+total|altogether|so\s+far))?(?:\s+(?:have|had|all|already))*|"
    r"(?:这|那)?(?:\d{1,2}|几)\s*个?人(?:都|全|全都|也)?(?:已经)?)$"
)


def _relayed(piece: str, before: str, own_only: bool = False) -> bool:
    """Whether the clause is the one just reached (named again, or he/she) contacting the person;
    with `own_only`, whether it is someone of one's own (a 家长, a 室友) doing so."""
    m = _TO_ME_RE.search(piece)
    if m is None:
        return False
    slot = _TARGET_SLOT_ZH_RE.search(piece, m.start())
    if slot and slot.start() < m.end():
        return False  # "我阿嬷接的，又打给我隔壁的邻居": the slot names someone else
    subject = re.sub(r"^(?:then|and|so|later|后来|然后|结果)\s*", "", piece[: m.start()].strip())
    subject = re.sub(r"^(?:my|the|our)\s+", "", subject)
    if not own_only and _PEOPLE_SUBJECT_RE.match(subject):
        return True  # "Three people in total called me to ask": those just reached, asking
    if not subject or _THEY_RE.search(subject) or len(subject) > 12:
        return False
    if any(rel.search(subject) for _, rel in _REL_FIND):
        return True
    if own_only:
        return False
    if _HE_SHE_RE.match(subject):
        return True
    words = re.findall(r"[a-z]{3,}", subject) or [
        subject[i : i + 2] for i in range(len(subject) - 1)
    ]
    return any(w in before for w in words)


# The person just named, as a pronoun: "还发短信骂她", "then texted him too".
# The one just reached telling how often: "她说打了3次", "he says they called 4 times".
_THEY_SAID_RE = re.compile(
    r"^\s*(?:她|他)(?!们)(?:说|讲|话)|^\s*(?:and\s+)?(?:she|he)\s+(?:said|says|told me)\b|"
    # ... or that they got so many: "她收到了5条", "she got 4 messages"
    r"^\s*(?:她|他)(?!们)(?:也|都|一共|总共)?(?:接到|收到|接了)|"
    r"^\s*(?:and\s+)?(?:she|he)\s+(?:got|received|had)\b"
)
# Told in person, by a pronoun for someone just named: "went to my mom's house and talked to her".
_TOLD_PRONOUN_RE = re.compile(
    r"(?:跟|和|对|同|告诉)(?:她|他)(?!们)(?:说|讲|讲了|说了|们)?|"
    r"\b(?:talked|spoke|spoken)\s+(?:to|with)\s+(?:her|him)\b|\btold\s+(?:her|him)\b"
)
_PRONOUN_TARGET_RE = re.compile(
    r"(?:给|骂|打给|发给|找|联系|告诉|威胁)(?:她|他)(?!们)|(?:她|他)(?!们)的(?:电话|手机)|"
    # "打了她电话", "打咗佢手机": her phone, called
    r"打(?:了|过)?(?:她|他)(?!们)(?:的)?(?:电话|手机)|"
    r"\b(?:texted|called|messaged|rang|phoned|emailed|told|threatened|insulted|whatsapped)\s+(?:her|him)\b|"
    # learners' English, the verb unmarked: "they call him", "they text her"
    r"\b(?:they|he|she)\s+(?:call|text|message|msg)\s+(?:her|him)\b"
)
# One of a count just given, told apart: "一封到我工作邮箱", "其中一个是我老板接的".
_ONE_OF_RE = re.compile(
    rf"^\s*(?:其中)?(?:1|一)\s*(?:封|条|个|次|通|则)(?!\s*(?:电话|短信|信息|消息|微信|{_REL_ZH_TARGETS}))"
)
# Counts with no verb or channel at all, in a contact log: calls ("早上9点一个 中午一个").
_BARE_CALLS_RE = re.compile(
    r"(\d{1,3})\s*(?:个|通)(?!\s*(?:人|男|女|小时|钟头|月|星期|礼拜|多小时|催收|大汉))"
)


# A total said before its parts: "一共联系了我4次 2次电话2次短信", "8 contacts in total: 5 calls, 3 texts".
def _groups(piece: str) -> set[str]:
    """What the people a clause names are: family, friend, employer, contacts, neighbours."""
    return {name for name, rel in _REL_FIND if rel.search(piece)}


def _another_group(piece: str, counted: set[str]) -> bool:
    """The clause names people of another kind than those counted before ("3个同事" … "我妈")."""
    named = _groups(piece)
    return bool(named) and not named & counted


# A clause without a verb that names the person's own phone: "… and my cell 5 times", "我手机5次".
_OWN_LINE_RE = re.compile(
    r"^\s*(?:and\s+|then\s+|and then\s+|还有|和|跟)?(?:(?:my|our)\s+(?:own\s+)?(?:phone|cell|cellphone|mobile|number|line)\b|"
    # the person themself as the recipient: "… and me twice", "…，我3次"
    r"(?:to\s+)?me\b(?!\s+(?:and|too)\b)|(?:给|打给|发给)?我(?:自己|本人)?(?=\s*\d)|"
    r"我(?:自己|本人)?的?(?:手机|电话|号码|本人))"
)
# One's parents, as a pair, sought or told where a visit went ("去了我老家，找我爸妈要钱", "跟我爸妈
# 说不还就天天来", "talked to my parents at their door"): the household the visit went to, part of
# that visit, not a contact of its own (one of them told alone, "跟我爸说", is).
_PARENTS_AT_VISIT_RE = re.compile(
    r"^\s*(?:(?:又|还|也)?(?:找到?了?|跟|和|同|对|见了?|见到)(?:我的?|我们的?)(?:爸妈|父母|爹娘|爹妈|老豆老母|两老|二老)"
    r"(?!\s*(?:的?家|住|那里|那边))|"
    r"(?:and\s+)?(?:talked|spoke|spoken|talking|speaking)\s+(?:to|with)\s+(?:my|our)\s+(?:parents|folks|mum and dad|mom and dad)\b)"
)
_AGAIN_VISIT_RE = re.compile(r"又来|再来|又上门|再次上门|又跑来|又去了?|\bagain\b|\banother\b")
# A visit clause led by when it was or by its place in the run ("来了两次，上午去我家，下午去我
# 上班的地方", "上门两次，第一次拍门 …"): one of the visits just counted, told apart, not one more.
_ONE_OF_THE_VISITS_RE = re.compile(
    rf"^\s*(?:第\s*(?:\d|[一二三四五])\s*(?:次|回|趟)|{_PARTS}|早上|下昼|晏昼|傍晚|夜里|夜晚|\d{{1,2}}\s*点|"
    r"(?:then\s+|and\s+)?(?:in the (?:morning|afternoon|evening)|at night|at \d{1,2}(?::\d\d)?\s*(?:am|pm)|"
    r"the (?:first|second|third|other) time|first|once)\b)"
)
# The place a visit went to, in English: "at my warehouse", "to our shop".
_PLACE_EN_RE = re.compile(r"\b(?:at|to|outside)\s+(?:my|our)\s+((?:[a-z']+\s+)?[a-z']+)")


def _another_place(piece: str, before: str) -> bool:
    """The visit clause names a place other than the one the visits just counted went to:
    "showed up at my warehouse twice and once at my home" is one more (not "came twice, once at
    my home and once at my shop", the two told apart, where no place came with the count)."""
    here, there = _PLACE_EN_RE.search(piece), _PLACE_EN_RE.search(before)
    return bool(here and there and here.group(1) != there.group(1))


# A count and whom it went to, without a verb: "传了五则讯息给我 两则给我先生".
_COUNT_TO_SLOT_RE = re.compile(
    rf"^\s*\d{{1,3}}\s*[个次通条则封]?\s*(?:是)?(?:打|发|传)?(?:给|到)(?:我们|我)的?(?!{_SELF_AFTER_ZH})[\u4e00-\u9fff]"
)
_TIMED_PART_RE = re.compile(
    r"^\s*\d{1,3}\s+(?:of them\s+)?(?:after|before|at|around|past|between|during)\b"
)
_TIMED_COUNT_RE = re.compile(
    r"\b(?:before|after|at|around|between|during|in the|this|last)\s+(?:\d|[a-z])|\b(?:morning|afternoon|"
    r"evening|night|lunch|noon|midnight|am|pm)\b"
)
# A clause that adds to what was told before, rather than saying how many it was.
_MORE_OF_RE = re.compile(
    r"又|再|另外|另有|后来|之后|接着|随后|\bagain\b|\banother\b|\bmore\b|\blater\b|\bthen\b"
)
# One thing of a channel told, then a number of another sort joined to it: "a voice message and
# two texts", "一条语音和两条短信" are three messages (not "two texts, one of them at night").
_ONE_ITEM_RE = re.compile(
    r"\b(?:a|an|one)\s+(?:[a-z]+\s+){0,2}?(?:messages?|texts?|calls?|sms|voicemails?|notes?|emails?|dms?)\b|"
    r"(?<![\d一二两三四五六七八九十几])(?:一|1)\s*(?:条|个|通|封|则)"
)
_JOINED_RE = re.compile(r"^\s*(?:and\b|plus\b|和|跟|同埋|以及|及|还有)")


def _one_then_more(piece: str, before: str, last: str | None, kind: str) -> bool:
    return last == kind and bool(_JOINED_RE.match(piece)) and bool(_ONE_ITEM_RE.search(before))


_GRAND_TOTAL_RE = re.compile(
    r"一共|总共|共计|合计|加起来|加埋|\bin total\b|\baltogether\b|\btotal\b"
)
# A number the writer settles on after an estimate ("五六次 算5次吧", "20多条 我数了是23条", "like
# 20, I counted 23", "more like 12"): it replaces the count told for that kind, it adds nothing.
_SETTLED_RE = re.compile(
    # (the one settling said before: "我就按10个记", "那我就算5次")
    r"(?:^\s*(?:我|那)?(?:我)?(?:就)?(?:算(?:过|了)?|记|记作|记为|按)(?:是|作|为)?|"
    # counted or checked: "我数了是23条", "看通话记录是26个", "查了一下有9个"
    r"(?:数|查|看|翻|核对|对)(?:了|过)?(?:一下|一遍|下)?(?:手机|通话|短信|来电)?(?:的)?(?:记录)?(?:了)?\s*"
    r"(?:是|系|有|共|一共)|"
    r"(?:准确|确切|具体)(?:来|地)?(?:说|讲)?(?:是|系|有)|(?:其实|实际上?)(?:是|系|有)|"
    # as far as the writer knows: "我知道的有5个", "我知道的就有8个"
    r"(?:我|我们)(?:知道|晓得|听说|确定)的(?:就|起码|至少)?(?:是|有)|"
    r"\b(?:i counted|counted|actually|to be exact|exactly|exact|make (?:that|it)|more like|correction|that'?s|thats)\b"
    r"[^a-z\d]{0,4})"
    r"\s*(\d{1,3})(?!\s*(?:点|号|日|月|年|[:：]|am|pm|\d))|"
    # ... or after: "15 to be exact", "准确说是" said last
    r"^\s*(?:(?:but|actually|more like)\s+)?(\d{1,3})\s*(?:个|次|通|条|times|calls|texts|messages)?\s*"
    r"(?:to be exact|exactly|precisely|to be precise)\s*$"
)
# A clause that takes back what was just said ("打了5个 不对 6个", "唔系 系六个", "5 calls, no wait,
# 6"): the count after it replaces the one before.
_TAKEN_BACK_RE = re.compile(
    r"^\s*(?:不是|不对|唔系|唔啱|说错了?|讲错了?|写错了?|错了|更正|\bno\b|\bwait\b|\bno wait\b|\bsorry\b|\boops\b)"
    r"\s*(?:[,，]?\s*(?:\bwait\b|\bi mean\b))?\s*$"
)
_ALSO_RE = re.compile(r"也|还|又|\balso\b|\btoo\b")
# Came once more, after a visit told: "四点又来了一个", "came back at 9".
_CAME_AGAIN_RE = re.compile(
    r"又(?:来|跑来|过来|上门|去)了?(?!\s*(?:个|一个|1个|通|条)?\s*(?:电话|短信|信息|消息|微信|语音))|再次上门|"
    r"\bcame (?:back|again|round again)\b"
)
_BARE_NUMBER_RE = re.compile(r"^\s*(?:是|系|it'?s|it was)?\s*(\d{1,3})\s*$")
# A clause that only counts people ("一共两个人", "2 couples", "three men"): after a visit,
# those who came (not more visits); after a contact with someone else, how many were reached.
_PEOPLE_ONLY_RE = re.compile(
    # (those asked, counted by the verb: "问了5户人家")
    r"^\s*(?:一共|总共|共|前后|大概|大约|差不多|足足|至少|起码|最少)?(?:有|来了|是|问了?|敲了?)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:个|位|名|对|家|户)\s*"
    r"(?:人|男的|女的|男人|女人|男子|女子|大汉|陌生人|催收员?|夫妻|家庭|客户|人家)\s*(?:左右)?\s*$|"
    r"^\s*(?:so\s+|that'?s\s+|thats\s+)?(?:(?:in total|total|all together|altogether)\s+)?"
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:people|persons?|men|women|guys|couples|families|households)(?:\s+(?:in total|altogether|total))?\s*$|"
    # how many the group named is: "every one of my sisters got a call. i have 3 sisters"
    rf"^\s*(?:and\s+)?i have\s+(\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:{_REL_EN_TARGETS})\s*$"
)
# Those reached telling that they got it ("至少有8个亲戚朋友收到了", "8 relatives got it").
_GOT_IT_RE = re.compile(r"收到|接到|\b(?:got|received)\b")


def _without_totals(pieces: list[str]) -> list[str]:
    """The clauses without a total that the next clauses break down by kind (two or more parts,
    each with its own count, adding up to it)."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        total = _explicit(piece) if _GRAND_TOTAL_RE.search(piece) else None
        if total:
            parts, kinds = [], set()
            for nxt in pieces[i + 1 :]:
                n = _explicit(nxt)
                if not n or _action(nxt) is None:
                    break
                parts.append(n)
                kinds.add(_action(nxt))
                if sum(parts) >= total:
                    break
            own = _action(piece)  # "一共来了3次电话 发了2次短信 上门1次": its own kind, not a total
            if len(parts) >= 2 and sum(parts) == total and (own is None or own in kinds):
                continue
        out.append(piece)
    return out


# What may follow a person named as one more target: a count, "too", "那边也" ("… and my mum
# twice", "我姐 我表弟", "还有我舅舅也是"). Anything else after the person is said *of* them.
_TARGET_TAIL_RE = re.compile(
    r"(?:\s|那边|这边|那里|也是|也|都|还|又|了|的|各|\d+\s*(?:次|个|通|条|遍|回)|电话|手机|座机|微信|"
    r"\b(?:line|landline|number|phone|mobile|cell|desk|email|inbox)\b|"
    r"\b(?:and|too|also|as well|once|twice|thrice|times?|each|more|\d+|two|three|four|five|six)\b|[,.]|"
    # where the person is: "my friend here", "my brother back in accra", "my aunt in Shenzhen"
    r"\b(?:here|there|back home|(?:back |over |out )?(?:in|at|from) (?:the )?[a-z]+)\b|"
    # when it happened, and what they were told: "and my landlord this afternoon", "and my
    # advisor about my loan", "and my landlord telling them i'm a debtor" (the person reached,
    # not the subject of what follows)
    r"\b(?:this|last|yesterday|today|tonight)\b(?:\s+(?:morning|afternoon|evening|night|week))?|"
    r"\b(?:about|telling|saying|asking|to say|to tell)\b.*$)*"
)


# People tagged in a post ("@了我3个朋友", "艾特我同事", "tagged my friends"): part of the post.
_TAGGED_RE = re.compile(r"@|艾特|圈了|\btag(?:ged|s)?\b|\bmention(?:ed)?\b")


# A clause that is only clock times ("11:30pm and midnight", "10点半、11点"): that many times.
_CLOCK_TIME_RE = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b|\bmidnight\b|\bnoon\b|"
    r"\d{1,2}\s*点(?:半|\d{1,2}分?)?"
)
_TIMES_GLUE_RE = re.compile(r"^(?:\s|,|、|和|跟|及|\band\b|\bat\b|\bthen\b|\bagain\b|又)*$")
# When a run of times was, said around it: "11pm and 11:30pm last night".
_RUN_DAY_RE = re.compile(
    r"\b(?:last night|tonight|this morning|yesterday|today)\b|昨晚|今晚|昨天|今天"
)


def _times_only(piece: str) -> int:
    times = list(_CLOCK_TIME_RE.finditer(piece))
    rest = _CLOCK_TIME_RE.sub(" ", piece)
    if len(times) >= 2:
        rest = _RUN_DAY_RE.sub(" ", rest)  # (one time and a day is when, not one more)
    if not times or not _TIMES_GLUE_RE.match(rest):
        return 0
    return len(times)


# The one who answered a call: "我爸接的", "是我老婆接的电话", "my dad picked up".
_ANSWERED_RE = re.compile(r"接的|接了|接听|接起|\b(?:picked up|answered)\b")
# Who answered a call to a place, told after it: "是食堂主任接的", "是我员工接的", "接电话的是我们班长".
# The person themself answered the call to a place: "是我自己接的", "系我本人接嘅", "i picked up
# myself": a call to them, nobody else reached.
_I_ANSWERED_RE = re.compile(
    r"^\s*(?:是|系|都是)?我(?:自己|本人)(?:接的|接听的|接起的|听的|接了)|"
    r"^\s*(?:but\s+|and\s+)?i\s+(?:picked\s+(?:it\s+)?up|answered(?:\s+it)?)\s+myself\b"
)
_ANSWERER_RE = re.compile(
    rf"^\s*(?:是|系|都是)(?:我的?|我们的?)?[\u4e00-\u9fff]{{0,6}}?{_PERSON_HEAD_ZH}(?:接的|接听的|接起的|听的)|"
    r"^\s*接(?:电话|听|起)?的(?:人)?(?:是|系)"
)


# Each of the times just told: "每次都在路口拉横幅", "each time they put up a notice".
_EACH_TIME_RE = re.compile(r"每次|每回|每一次|\beach time\b|\bevery time\b")
# Who a group just named takes in: "我知道的有…", "其中有…", "including …".
_MEMBERS_RE = re.compile(r"知道的有|其中有|其中包括|包括|当中有|\bincluding\b|\bamong them\b")
# A clause that opens with "and" goes on with the list the clause before began.
_LIST_GOES_ON_RE = re.compile(r"^\s*(?:和|跟|及|以及|还有|同埋|and\b)")


def _said_of(piece: str) -> bool:
    """A person as the subject of what follows ("我老公快抓狂", "我妈在老家哭了一晚上", "my
    supervisor picked up"), not a list of people reached."""
    m = _REL_TARGET_RE.match(piece) or _owned_person(piece)
    if m is None:
        return False
    rest = piece[m.end() :]
    tail = _TARGET_TAIL_RE.match(rest)
    left = rest[tail.end() if tail else 0 :]
    return len(re.findall(r"[\u4e00-\u9fff]|[a-z]{2,}", left)) >= 2


_WORKPLACE_RE = re.compile(rf"{_WORKPLACE_ZH}|\b(?:office|workplace|company|work)\b")


# Where one works found out, nobody reached yet: "佢哋搵到我公司", "他们查到了我单位" (then
# "打了2次去公司找我老板" is the contact, counted once).
_FOUND_ONLY_RE = re.compile(
    r"(?:找到|查到|摸到|搵到|揾到|打听到)了?(?:我的?|我们的?)(?:公司|单位|工作的地方|上班的地方|厂)\s*$"
)


def _at_work_again(piece: str, before: str) -> bool:
    """Whether a clause names only people at work after one that reached the workplace."""
    named = [name for name, rel in _REL_FIND if rel.search(piece)]
    if not named or set(named) != {"employer"} or not _WORKPLACE_RE.search(before):
        return False
    rest = _PLACES_RE.sub(" ", _WORKPLACE_RE.sub(" ", before))
    return not any(rel.search(rest) for _, rel in _REL_FIND)  # the place only, nobody named


def _named_again(piece: str, before: str) -> bool:
    """Whether every person a clause names was named in the clause before ("我爸" after
    "给我爸发微信"): the same person, not one more, unless joined by "and/还有"."""
    if _ADDED_RE.search(piece):
        return False
    named = {(name, m.group(0)) for name, rel in _REL_FIND for m in rel.finditer(piece)}
    reached = {name for name, rel in _REL_FIND if rel.search(before)}
    # the workplace and the people at it are one target ("打到我单位 … 单位领导找我谈话")
    # ... but a colleague after the boss is one more person ("我老板接了3个电话 我同事也被骚扰了")
    rest = _PLACES_RE.sub(" ", _WORKPLACE_RE.sub(" ", before))
    at_work = (
        "employer" in reached
        and _action(piece) is None  # "… then messaged my manager": reached again, one more
        and not any(name == "employer" and rel.search(rest) for name, rel in _REL_FIND)
    )
    return bool(named) and all(
        word in before or (name == "employer" and at_work) for name, word in named
    )


# What a call or a message said is its content, not more contacts: "发短信说今天再不还就上门",
# "短訊嚟 話今日去我屋企", "texted me saying they'd come". The speech verb ends the act; a clause
# that opens on one after a call or a message is all content. (Not 电话; 跟我经理讲 is the act.)
_SAID_RE = re.compile(r"(?<![电市])(?:说|话|讲)|\b(?:saying|said|says|to say|telling me)\b")
_CHANNELS = ("call", "message")
# A channel named alone, cut from the clause that tells what came by it ("微信 | 又发了3条").
_BARE_CHANNEL_RE = re.compile(
    r"(?:然后|之后|后来|接着|还有|另外|再)?\s*(?:微信|短信|电话|手机|whatsapp|wechat|line|qq)(?:上|里|那边)?"
)


def _posted_before(piece: str, at: int) -> bool:
    found = [
        m.start() for rx in (_POSTING_RE, _MORE_POSTING_RE, _GROUP_RE) if (m := rx.search(piece))
    ]
    return bool(found) and min(found) < at


def _said_dropped(pieces: list[str]) -> list[str]:
    out: list[str] = []
    before: str | None = None  # the action of the clause before
    for piece in pieces:
        said = _SAID_RE.search(piece)
        if said and not piece[: said.start()].strip() and before in _CHANNELS:
            continue  # "…短信 话今日去我屋企": what the text said
        if (
            said
            and _action(piece[: said.start()]) in _CHANNELS
            and not _posted_before(piece, said.start())  # "在群组度讲我欠钱": said in a group
        ):
            piece = piece[: said.start()]
        before = _action(piece) or before
        out.append(piece)
    return out


# One count shared by kinds told together: "电话和短信各来了5次", "called and texted me 3 times
# each", "calls and texts, 4 each". Each kind gets the count (as a clause of its own).
_SHARED_EACH_RE = re.compile(
    r"各[^，。\d\s]{0,4}?(\d{1,3})\s*(?:次|个|通|条|封|回|遍)|"
    r"\b(\d{1,3}|once|twice|thrice|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times\s+)?each\b"
)


def _both_channels(piece: str) -> bool:
    if _third_party(piece) is not None or _action(piece) in ("posting", "group"):
        return False
    return bool(_ANY_CALL_RE.search(piece)) and bool(_ANY_MESSAGE_RE.search(piece))


def _told_together(before: str, piece: str) -> bool:
    """ "they called / and texted me 3 times each": two channels, the count said once."""
    kinds = {_action(before), _action(piece)}
    return (
        kinds == {"call", "message"}
        and _explicit(before) is None
        and _third_party(before) is None
        and _third_party(piece) is None
    )


def _shared_counts(pieces: list[str]) -> list[str]:
    out: list[str] = []
    for i, piece in enumerate(pieces):
        each = _SHARED_EACH_RE.search(piece)
        if each and _both_channels(piece):
            n = _ONCE_TWICE.get(each.group(2) or "") or _number(each.group(1) or each.group(2)) or 1
            out += [f"电话{n}次", f"短信{n}条"]
        elif (
            each
            and out
            and (
                (_EACH_ONLY_RE.match(piece) and _both_channels(pieces[i - 1]))
                or _told_together(pieces[i - 1], piece)
            )
        ):
            n = _ONCE_TWICE.get(each.group(2) or "") or _number(each.group(1) or each.group(2)) or 1
            out[-1:] = [f"电话{n}次", f"短信{n}条"]  # "calls and texts, 4 each"
        else:
            out.append(piece)
    return out


# A clause that is only a time of day ("上午10点", "下午3点半", "晚上"), before "各来了一次":
# each of those times is one.
_A_TIME_ONLY_RE = re.compile(
    rf"^(?:\s|[,，、和跟及与]|还有|{_PARTS}|\d{{1,2}}\s*点(?:半|\d{{1,2}}分?)?(?:多|左右)?|"
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\band\b)+$"
)
# A count for a day of the week, the channel told after ("周一5个 周二8个 都是电话", "mon 5, tue 8,
# all calls"): the days add up.
_DAY_COUNT_RE = re.compile(
    r"^\s*(?:周|星期|礼拜)[一二三四五六日天1-7]\s*(\d{1,3})\s*[个次通条]\s*$|"
    r"^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[:：]?\s*(\d{1,3})\s*$"
)
_ALL_OF_THEM_RE = re.compile(
    r"^\s*(?:都是|全是|全部是?|都系|全部系|全系)\s*(?:电话|来电|短信|信息|微信)|"
    r"^\s*(?:all|all of them|they were all|all were)\s+(?:calls|texts|messages|sms)\b"
)
_CLOCKS_RE = re.compile(r"\d{1,2}\s*点|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b")
# One for every interval, after the times it came: "3点 4点 5点 每个钟一个电话", "每10分钟一条".
_EVERY_SPAN_RE = re.compile(
    r"^\s*每(?:个|一个|隔)?\s*(?:钟|钟头|小时|半小时|半个钟|\d{1,3}\s*分钟?)|^\s*(?:every|each)\s+(?:hour|\d{1,3}\s*min)"
)
_EACH_OF_THEM_RE = re.compile(r"^\s*(?:都|也)?各|\beach\b")
# The last of the times, with what happened at each: "5点各打一次", "1点都打来".
_TIME_THEN_EACH_RE = re.compile(rf"^\s*{_PART_OR_CLOCK}\s*(?:都|也)?(?:各|都)")


# -- a rate over a span: "每小时打一次 从9点到5点", "every hour from 9 to 5", "连打3天 每天5个" ------
_RATE_RE = re.compile(
    r"每(?:隔)?\s*(?:(?P<n>\d{1,2}|半)\s*个?)?\s*(?P<u>小时|钟头|分钟)|"
    r"\bevery\s+(?:(?P<en>\d{1,2}|half|two|three)\s+)?(?:an?\s+)?(?P<eu>hours?|minutes?|mins?)\b|\bhourly\b"
)
_SPAN_RE = re.compile(
    r"(?P<p1>早上|上午|中午|下午|晚上|凌晨)?\s*(?P<h1>\d{1,2})\s*点(?:半)?\s*(?:到|至|一直到|~|～|-)\s*"
    r"(?P<p2>早上|上午|中午|下午|晚上|凌晨|半夜)?\s*(?P<h2>\d{1,2})\s*点|"
    r"\b(?:from|between)\s+(?P<e1>\d{1,2})(?::00)?\s*(?P<a1>am|pm)?\s+(?:to|till|until|and|-)\s+"
    r"(?:(?P<e2>\d{1,2})(?::00)?\s*(?P<a2>am|pm)?|(?P<noon>noon|midnight))\b"
)
# Parts of the day said as one word, then 各: "早中晚各一个" (three), "早晚各两条" (two each).
_COMPACT_PARTS = {"早中晚": 3, "早午晚": 3, "上下午": 2, "早晚": 2}
_COMPACT_PARTS_RE = re.compile(r"(早中晚|早午晚|上下午|早晚)(?:都)?各")
_PER_DAY_RE = re.compile(
    r"(?:每天|一天|每日|天天|每轮|每一轮|每波|每一波|每次|每一次)(?:都)?(?:打|发)?了?\s*(?P<n>\d{1,3})\s*[个次通条]|"
    # parts of each day said together: "每天早中晚各一个电话"
    r"(?:每天|每日|天天)(?P<parts>早中晚|早午晚|上下午|早晚)(?:都)?各\s*(?:打|发)?了?\s*(?P<pn>\d{1,2})\s*[个次通条]|"
    r"\b(?P<en>\d{1,3})\s+(?:calls?|texts?|messages?|times)?\s*(?:a|per|each)\s+day\b"
)
_DAYS_RE = re.compile(
    r"(?:连|连续|一连|足足|整整)(?:打了?|发了?)?\s*(?P<n>\d{1,2})\s*天|"
    r"(?:打|发)了?\s*(?P<r>\d{1,2})\s*(?:轮|波|拨)|"  # "打了三轮 每轮五六个"
    r"\bfor\s+(?P<en>\d{1,2}|two|three|four|five|six|seven)\s+(?:straight\s+)?days\b"
)
_PM = ("下午", "晚上", "半夜")


def _hours_of_span(m: re.Match[str]) -> float | None:
    if m.group("h1"):
        a, b = int(m.group("h1")), int(m.group("h2"))
        a += 12 if m.group("p1") in _PM and a < 12 else 0
        b += 12 if (m.group("p2") or m.group("p1")) in _PM and b < 12 else 0
    else:
        a = int(m.group("e1")) + (12 if m.group("a1") == "pm" and int(m.group("e1")) < 12 else 0)
        if m.group("noon"):
            b = 12 if m.group("noon") == "noon" else 24
        else:
            b = int(m.group("e2")) + (
                12 if m.group("a2") == "pm" and int(m.group("e2")) < 12 else 0
            )
    if b <= a:
        b += 12  # "from 9 to 5": the afternoon
    hours = b - a
    return float(hours) if 0 < hours <= 16 else None


def _rate_count(s: str) -> int | None:
    """How many a rate over a span makes: once an interval through the span, ends included
    ("每小时打一次 从9点到5点" = 9), or so many a day for so many days ("连打3天 每天5个" = 15)."""
    rate, span = _RATE_RE.search(s), _SPAN_RE.search(s)
    if rate and span:
        hours = _hours_of_span(span)
        word = rate.group("n") or rate.group("en") or "1"
        step = 0.5 if word in ("半", "half") else float(_number(word) or 1)
        if (rate.group("u") or rate.group("eu") or "hour").startswith(("分", "min")):
            step /= 60
        if hours and step:
            return min(int(hours / step) + 1, 500)
    per_day, days = _PER_DAY_RE.search(s), _DAYS_RE.search(s)
    if per_day and days:
        n = _number(per_day.group("n") or per_day.group("en"))
        if per_day.group("parts"):
            n = int(per_day.group("pn")) * _COMPACT_PARTS[per_day.group("parts")]
        d = _number(days.group("n") or days.group("r") or days.group("en"))
        if n and d:
            return min(n * d, 500)
    return None


def _with_rate(events: list[Extraction], s: str) -> list[Extraction]:
    """The one call or message entry a rate over a span tells of, counted over the span."""
    n = _rate_count(s)
    kinds = [e for e in events if e.kind in ("call", "message", "third-party")]
    if n is None or len(kinds) != 1 or kinds[0].count >= n:
        return events
    return [replace(e, count=n) if e is kinds[0] else e for e in events]


# A clause that says a kind of contact did not happen ("今天没电话", "没有上门", "no calls today"):
# it counts nothing (the clause after it usually tells what did happen).
_NONE_OF_RE = re.compile(
    r"^\s*(?:今天|今日|昨天|昨日|琴日|今晚|昨晚|这次|呢次)?\s*(?:倒是|倒)?(?:没有?|冇|无|沒有?)(?:再|人)?(?:打)?\s*"
    r"(?:电话|來電|来电|短信|信息|消息|微信|上门|人上门|人来)\s*(?:了|啦)?\s*$|"
    r"^\s*(?:no|zero)\s+(?:calls?|texts?|messages?|visits?)(?:\s+(?:today|yesterday|tonight))?\s*$|"
    # not one: "一个电话都冇", "not a single call"
    r"^\s*(?:1|一)\s*(?:个|通|条|封)\s*(?:电话|来电|短信|信息|消息|微信)\s*(?:都|也)\s*(?:冇|没有?|无|沒有?)"
    r"(?:打|发|来)?(?:过)?\s*(?:了|啦)?\s*$|"
    # ... the channel first: "电话一个没有", "短信一条都冇"
    r"^\s*(?:电话|来电|短信|信息|消息|微信)\s*(?:1|一)\s*(?:个|通|条|封)\s*(?:都|也)?\s*(?:冇|没有?|无|沒有?)\s*(?:了|啦)?\s*$|"
    r"^\s*(?:not (?:a single|one)|no single)\s+(?:calls?|texts?|messages?)\b[^,;]{0,20}$|"
    # nobody did it: "nobody called me today", "no one came"
    r"^\s*(?:but\s+)?(?:nobody|no one|no-one)\s+(?:has\s+|had\s+)?(?:called|rang|phoned|texted|messaged|came|visited|showed up)"
    r"(?:\s+(?:me|us|by|round|over))?(?:\s+(?:today|yesterday|tonight|this\s+\w+))?\s*$|"
    # the channel first: "短信十来条 电话没有"
    r"^\s*(?:电话|来电|短信|信息|微信|上门)\s*(?:倒是|就|都)?(?:没有?|冇|无|沒有?)\s*(?:了|啦)?\s*$",
    re.IGNORECASE,
)


# A clause whose actor is one of the person's own people reaching the person ("我哥早上六点就
# 打电话来问我咋回事", "my wife called me crying", "朋友截图发给我"): what the collector did
# reached them, and their own call or text is no contact to log (nor its time of day). The
# clause loop also skips such a clause (_relayed, own_only); this reads the whole text first so
# that the time it tells is not read as the contact's, and it reaches what _relayed does not
# ("我哥早上6点就打电话来问我": a time between the relative and the call).
_KIN_ACTOR_RE = re.compile(
    rf"(?:^|[，,。.!！?？;；\n]|(?<=[\u4e00-\u9fff])\s)\s*(?:然后|后来|结果|之后|所以)?\s*(?:我的?|我们的?)?"
    rf"(?:{_REL_ZH['family']}|{_REL_ZH['friend']}|{_BOSS_ZH})"
    # (the relative the subject: no one else acting between, "我姐说有人发微信给她" is a report)
    r"(?:们)?(?:(?!有人|他们|她们|催收|对方|说|讲|话)[^，,。.!！?？;；\n\s]){0,10}?"
    r"(?:打(?:了个?|个)?电话|打来|打给我|发(?:了)?(?:微信|短信|消息|信息|截图)|截图|转发)"
    r"[^，,。.!！?？;；\n\s]{0,4}?(?:来问我?|问我|给我|告诉我|跟我说|同我讲|话我知)"
    r"[^，,。.!！?？;；\n\s]*|"
    rf"(?:^|[,.;!?]\s*)(?:then\s+|later\s+|so\s+)?my\s+(?:{_REL_EN['family']}|{_REL_EN['friend']})"
    r"\s+(?:\w+\s+){0,2}?(?:called|rang|phoned|texted|messaged|sent)\s+me\b[^,.;!?]*",
    re.IGNORECASE,
)


def _without_kin_actors(s: str) -> str:
    """`s` with the clauses told of the person's own people reaching them blanked (same length)."""
    return _KIN_ACTOR_RE.sub(
        lambda m: m.group(0) if _A_COUNT_RE.search(m.group(0)) else " " * len(m.group(0)), s
    )


# (one that counts keeps its words: "我老婆截图给我数了一下是14条" settles the count)
_A_COUNT_RE = re.compile(
    r"(?:\d+|[一二两三四五六七八九十几])\s*[次个条通遍回]|\b(?:once|twice|\d+\s+(?:times|calls|texts|messages))\b",
    re.IGNORECASE,
)


# A bare "came again" with no place, no one sought and no door ("7点整又来一次", "下午又来了2次"):
# after a call or a text it is that channel again.
_CAME_BACK_RE = re.compile(
    r"^\s*(?:(?:早上|上午|中午|下午|晚上|夜里|凌晨|半夜)?\s*\d{1,2}\s*[点:：]\s*(?:\d{1,2}\s*分?|半|整)?\s*)?"
    r"(?:就|又|再|也|还)+来(?:了|咗)?\s*(?:\d+\s*[次个通条回遍])?\s*$"
)


def _told(stated: dict[str, list[int]], fallback: dict[str, int]) -> int:
    """Every contact told so far: the numbers given, and one for each told without a number."""
    return sum(sum(counts) for counts in stated.values()) + sum(
        n for kind, n in fallback.items() if kind not in stated
    )


def extract_all(text: str, now: datetime) -> list[Extraction]:
    """Every kind of contact one message tells of, each with its own count, in the order
    first mentioned; at least one (kind "other" when none is recognised)."""
    s = _without_kin_actors(_prepared(text))
    return _with_people_total(_with_rate(_extract_all(text, now, s), s), text, now, s)


def _with_people_total(
    events: list[Extraction], text: str, now: datetime, s: str
) -> list[Extraction]:
    """The one third-party entry counted by the total of people the message states (people.py);
    a call or a message that only the summing-up clause told of is dropped."""
    found = people_total(s)
    thirds = [e for e in events if e.kind == "third-party"]
    if found is None or len(thirds) != 1:
        return events
    n, span = found
    events = [replace(e, count=n) if e is thirds[0] else e for e in events]
    recap = recap_clause(s, span[0])
    if recap is None:
        return events
    a, b = recap
    kept = {e.kind for e in _extract_all(text, now, s[:a] + " " * (b - a) + s[b:])}
    return [e for e in events if e.kind == "third-party" or e.kind in kept]


def _extract_all(text: str, now: datetime, s: str) -> list[Extraction]:
    base = _extract(text, now, s)
    reached: list[str] = []  # who the third-party clauses name (family, employer, …)
    stated: dict[str, list[int]] = {}  # kind → the clauses' own numbers
    parts: dict[str, list[int]] = {}  # kind → numbers that are part of one said before
    fallback: dict[str, int] = {}  # kind → what it counts when no number is given
    extra: dict[str, int] = {}  # kind → people counted in clauses without a number of attempts
    last: str | None = None
    last_channels: set[str] = set()  # how the clause before reached someone (a call, a text)
    last_people = 1  # the people the clause before named
    last_generic = False  # the clause before named a group, not a person ("我紧急联系人")
    pending = 0  # people named in clauses before the one with the verb
    pending_text = ""  # ... and those clauses
    last_piece = ""  # the clause that set `last`
    grouped = False  # a group was made or posted in already
    people_counted = False  # a third-party clause counted its people ("我的3个亲戚")
    counted_groups: set[str] = set()  # what those people were (family, employer, …)
    last_had_count = False  # the clause that set `last` gave a number
    pieces = _shared_counts(_said_dropped(_without_totals(_sub_clauses(s))))
    skip = 0
    taken_back = False  # the clause before took back what was said ("不对", "no wait")
    times_before = 0  # times of day told before a verb ("上午10点 下午3点 各来了一次")
    days_before = 0  # counts by day told before the channel ("周一5个 周二8个 … 都是电话")
    in_group = False  # a group of one's people was joined or named ("加了我们家族群")
    post_counted_as_one = (
        False  # the clause before was one more post, counted 1 for want of a number
    )
    members_left = 0  # people just counted by a number, who may be named next ("5个人，有我舅舅…")
    visits_to_tell = 0  # visits just counted, still to be told one by one ("来了两次，上午…")
    for i, piece in enumerate(pieces):
        if i < skip:
            continue
        if _NONE_OF_RE.match(piece):
            continue  # "今天没电话 就是短信 …", "no calls today, just 3 texts": no contact told
        if last and _TAKEN_BACK_RE.match(piece):
            taken_back = True
            continue
        c = _read(piece)
        if c.kind == "visit" and last in ("call", "message") and _CAME_BACK_RE.match(piece):
            c = replace(c, kind=None)  # "来电一次，7点整又来一次": one more call, nobody came
        kind = own_kind = c.kind
        if (
            kind in _CHANNELS
            and c.count is None
            and _BARE_CHANNEL_RE.fullmatch(piece.strip())
            and i + 1 < len(pieces)
            and _read(pieces[i + 1]).kind == kind
        ):
            continue  # "然后微信 | 又发了3条语音": the channel, named before its own clause
        if last in ("third-party", "posting") and kind in ("call", "message", "third-party", None):
            said_apart = pieces[i - 1].strip() if i and pieces[i - 1] != last_piece else ""
            if _action(said_apart) is not None:
                said_apart = ""  # only a subject said apart ("保卫科 又打给我")
            if (
                _relayed(piece, last_piece)
                or (said_apart and _relayed(said_apart + piece, last_piece))
            ) and not (c.count and _SETTLED_RE.search(piece)):  # "…数了一下是14条": the count
                # "打给钢厂保卫科 保卫科打电话给我核实" (or "… 保卫科 又打给我"): the one reached,
                # passing it on
                continue
        if (
            kind == "message"
            and _PICTURE_MADE_RE.search(piece)
            and not _TO_SOMEONE_RE.search(piece)
            and any(_POSTED_TO_RE.match(p) for p in pieces[i + 1 : i + 3])
        ):
            continue  # "发了张P图 | 把我的脸P到通缉令上 | 发到我朋友圈底下": the picture posted there
        if kind in ("call", "message") and _ME_FOR_THEM_RE.search(piece):
            # "打我电话两次找他" (a log kept for one's husband): the writer, asked for someone
            # else, is the third party reached
            kind = "third-party"
            c = replace(c, kind=kind)
        if kind in ("call", "message") and _relayed(piece, "", own_only=True):
            # "家长私聊我说收到陌生短信 …", "我爹给我打电话哭了": one's own people telling the
            # person, no contact by the collector
            continue
        if (
            kind is None
            and _CAME_BARE_RE.match(piece)
            and i + 1 < len(pieces)
            and _PLACE_ONLY_RE.match(pieces[i + 1])
        ):
            kind = "visit"  # "又来了 | 摊子上 | 上午一回 下午一回": they came, to the stall
            c = replace(c, kind=kind)
        by_day = _DAY_COUNT_RE.match(piece) if kind is None and last is None else None
        if by_day:
            days_before += int(by_day.group(1) or by_day.group(2))
            continue
        if kind in _CHANNELS and days_before and _ALL_OF_THEM_RE.match(piece):
            c = replace(c, count=days_before)  # "… 周五9个 都是电话": the days' counts added up
        if kind is not None:
            days_before = 0
        if kind is None and last is None and _A_TIME_ONLY_RE.match(piece):
            times_before += max(1, len(_CLOCKS_RE.findall(piece)))  # "11点20 11点半": two
            continue
        lead = 1 if _TIME_THEN_EACH_RE.match(piece) else 0  # "… 4点 5点各打一次": one more time
        each = (
            _EACH_OF_THEM_RE.search(piece)
            or (lead and times_before)
            or (times_before >= 2 and _EVERY_SPAN_RE.match(piece))
        )
        if kind is not None and c.count and times_before + lead >= 2 and each:
            c = replace(c, count=c.count * (times_before + lead))  # each of the times just told
        if kind is not None:
            times_before = 0
        if kind is None and _JOINED_GROUP_RE.search(piece):
            in_group = True
        elif kind == "message" and in_group and not _third_party(piece):
            kind = "posting"  # "加了我们家族群 … 发了两条欠款通知": sent to the group
            c = replace(c, kind=kind)
        action = _action(piece)
        if kind == "third-party" and c.people > 1 and _PASSED_ON_RE.match(piece):
            # "门卫后来告诉了我们车间主任": the guard, reached, passing it on; whom the guard told
            # the collector did not reach
            c = replace(c, people=1)
        if (
            kind is None
            and last == "visit"
            and (
                _ONE_MORE_PLACE_RE.match(piece)
                or (
                    _ONCE_MORE_PLACE_RE.match(piece)
                    and _VISIT_TIMES_RE.search(last_piece)
                    and _another_place(piece, last_piece)
                )
            )
        ):
            # "showed up at my workplace in the morning and then at my apartment": one more visit
            stated["visit"] = [*(stated.get("visit") or [fallback.get("visit", 1)]), c.count or 1]
            last_piece = piece
            continue
        if (
            kind == "third-party"
            and (action == "group" or _PULLED_IN_RE.search(piece))
            and _members_only(piece)
            # (something posted there, told after: a group made and nothing posted in it is the
            # people reached; so is "把我同事拉了个群发我照片", the group and the post one act)
            and any(_action(p) == "posting" for p in pieces[i + 1 :])
        ):
            if action == "group" or grouped:
                # "拉了个微信群 把我亲戚朋友都拉进去", "added my coworkers to a WeChat group": who is
                # in the group the post after is made in
                grouped = True
                continue
        if (
            kind == "third-party"
            and last == "visit"
            and _PARENTS_AT_VISIT_RE.match(piece)
            and action not in ("call", "message")
            and not _ANY_CALL_RE.search(piece)
            and not _ANY_MESSAGE_RE.search(piece)
        ):
            last_piece = piece
            continue  # "去了我老家，找我爸妈要钱": the parents' home, the visit itself
        if (
            kind == own_kind == last == "visit"
            and visits_to_tell
            and c.count == 1
            and not _VISIT_TIMES_RE.search(piece)
            and not _AGAIN_VISIT_RE.search(piece)
            and _ONE_OF_THE_VISITS_RE.match(piece)
            and not _another_place(piece, last_piece)
        ):
            visits_to_tell -= 1
            last_piece = piece
            continue  # "来了两次，上午去我家，下午去我单位": the two, told one by one
        if last and kind in (None, last):
            run = _breakdown(pieces[i:], stated.get(last, []))
            if run:
                skip = i + run
                continue  # "上门2次 上午1次下午1次": the parts of the count just given
        if (
            last == "third-party"
            and kind is None
            and _I_ANSWERED_RE.match(piece)
            and _ANY_CALL_RE.search(last_piece)  # (the call just told, the only one reached)
            and fallback.get("third-party") == last_people == 1
            and "third-party" not in extra
        ):
            # "又打了一次电话去公司找我 | 系我自己接的": the call reached the person themself
            fallback["call"] = fallback.get("call", 0) + 1
            told = stated.pop("third-party", None)
            if told:
                stated["call"] = [*stated.get("call", []), *told]
            del fallback["third-party"]
            last = "call"
            continue
        if last in ("third-party", "posting") and kind is None and _SAW_IT_RE.search(piece):
            continue  # "群里三十几个人都看见了": those who saw it, not more people reached
        if last in ("call", "message", "third-party") and _RECAP_RE.match(piece):
            if i + 1 < len(pieces) and _AGAIN_ONLY_RE.match(pieces[i + 1]):
                skip = i + 2  # "一个挂了下一个马上 又来": the rest of the same telling
            continue  # "师傅接到电话 … 就一个电话就把我工作搞没了": the call just told, again
        if (
            last in ("call", "third-party")
            and kind in (None, "call")
            and _CALL_LIKE_RE.match(piece)
        ):
            continue  # "they call my brother in Dhaka. international call": that call
        if (
            last == "third-party"
            and kind in (None, "third-party")
            and not c.count
            and _action(piece) in (None, "call")
            and (_ANSWERER_RE.match(piece) or (c.rel and _ANSWERED_RE.search(piece)))
        ):
            continue  # "打到我们段里的办公室 … 接电话的是我们班长": who answered the call just told
        got = _PEOPLE_GOT_RE.match(piece.strip()) or _PEOPLE_TOLD_RE.match(piece.strip())
        if got and last == "third-party" and not last_had_count:
            n_got = int(next(g for g in got.groups() if g))
            fallback[last] = fallback.get(last, 0) - last_people + n_got
            last_people = n_got
            continue  # "打给我闺女 还打给我姐 两个人都接到了": those just named, counted
        people_only = _PEOPLE_ONLY_RE.match(piece)
        if people_only and kind is None and last == "visit":
            continue  # "下午来茶园找我 一共两个人": who came, one visit
        if (
            people_only
            and kind is None
            and last == "third-party"
            and last_had_count
            and _AT_LEAST_RE.match(piece)
        ):
            word = next(g for g in people_only.groups() if g)
            reached_n = _ZH_NUMERALS.get(word) or _number(word) or 1
            if reached_n >= sum(stated.get("third-party", [])):
                stated["third-party"] = [reached_n]
            continue  # "好几个同学都收到了 至少6个人": the people reached, counted in all
        if members_left and kind is None and (c.rel or c.count) and _MEMBERS_LEAD_RE.match(piece):
            continue  # "打给我通讯录里5个人 | 有我舅舅、我同学… | 还有2个…": those 5, named
        members_left = 0
        if people_only and kind is None and last == "third-party" and not last_had_count:
            word = next(g for g in people_only.groups() if g)
            reached_n = _ZH_NUMERALS.get(word) or _number(word) or 1
            fallback[last] = fallback.get(last, 0) - last_people + reached_n
            last_people = reached_n
            continue  # "called my clients, 2 couples": that many reached
        if (
            kind == last == "third-party"
            and last_generic
            and not last_had_count
            and c.counted
            and _GOT_IT_RE.search(piece)
        ):
            # "给通讯录里的人群发短信 至少有8个亲戚收到了": the group reached, counted by those in it
            fallback[last] = fallback.get(last, 0) - last_people + c.people
            last_people = c.people
            reached += [name for name, rel in _REL_FIND if rel.search(piece)]
            continue
        mine = _MINE_RE.match(piece) if last == "third-party" and kind is None else None
        if mine and c.count:
            # "给我老婆打了4个 … 给我打的我数了有20个": the person's own, not the one just named
            kind = "message" if "发" in mine.group(0) else "call"
            c = replace(c, kind=kind)
        settled = _SETTLED_RE.search(piece) if last and kind in (None, last) else None
        again = _BARE_NUMBER_RE.match(piece) if taken_back else None
        if last and (settled or (taken_back and kind in (None, last) and (c.count or again))):
            # "五六次 算5次吧", "打了5个 不对 是6个": the number settled on, not one more
            said = settled.group(1) or settled.group(2) if settled else None
            stated[last] = [int(said) if said else c.count or int(again.group(1) if again else 1)]
            taken_back = False
            last_had_count = True
            continue
        taken_back = False
        if (
            last
            and kind in (None, last)
            and c.count
            and _GRAND_TOTAL_RE.search(piece)
            and stated.get(last)
            and c.count >= sum(stated[last])
        ):
            if c.count != _told(stated, fallback):
                stated[last] = [c.count]  # "发了20多条语音 … 一共23条": the total of those
            continue  # "打了6个电话 发了4条短信 一共10次": the total of every kind told
        if (
            last
            and kind in (None, last)
            and c.count
            and _GRAND_TOTAL_RE.search(piece)
            and not stated.get(last)
            and c.count >= fallback.get(last, 0) > 0
            and c.count != _told(stated, fallback)
        ):
            # "早上6点50打了第一个电话，之后一整天加起来一共打了10个": the day's total, the first
            # one among them
            stated[last] = [c.count]
            last_had_count = True
            continue
        if kind is None and last in ("call", "message") and last not in stated:
            times = _times_only(piece)
            # (not the time of the clause after it, which tells its own: "催收打了我电话，8点半 |
            # 又打了一个" is two calls)
            if times and i + 1 < len(pieces) and _read(pieces[i + 1]).kind is not None:
                times = 0
            if times:  # "called at 11pm, 11:30pm and midnight": one more each time
                fallback[last] = fallback.get(last, 0) + times
                continue
        each = _EACH_ONLY_RE.match(piece)
        if last == "third-party" and each:
            told = stated.get("third-party")
            if told and people_counted and last_had_count and told[-1] == last_people:
                told.pop()  # "打给我3个同事 各一次": the 3 were people, counted here
            c = _Clause("third-party", last_people * _per(each), False, last_people, False)
            kind = "third-party"  # "打电话给我爸妈 各打了3次": each of the people just named
        if (
            (
                (kind in ("call", "message") and _PRONOUN_TARGET_RE.search(piece))
                or (kind is None and _TOLD_PRONOUN_RE.search(piece))
            )
            and last != "third-party"
            and i > 0
            and (
                _groups(_unposed(pieces[i - 1]))
                # told in person, the one named earlier in the message (the one telling of the
                # visit, say: "我阿妈话有人上门 | 拍了好耐门 | 还同她讲我欠钱")
                or (kind is None and any(_groups(_unposed(p)) for p in pieces[: i - 1]))
            )
        ):
            # "tracked down my ex and texted her", "went to my mom's house and talked to her":
            # the person just named, reached
            kind = "third-party"
            c = replace(c, kind=kind)
        if last == "third-party" and kind in ("call", "message") and _THEY_SAID_RE.match(piece):
            # "打了我姐电话 她说打了3次": how often, as the one reached tells it
            kind = "third-party"
        elif (
            last == "third-party"
            and kind in ("call", "message")
            and _PRONOUN_TARGET_RE.search(piece)
        ):
            kind = "third-party"  # "打了我老婆电话 还发短信骂她": the person just named, again
            if (
                c.count
                and "third-party" not in stated
                and fallback.get("third-party")
                and not _SO_FAR_RE.match(piece)  # "this is 2 time they call him": in all
            ):
                # "msged my boss and called him once": the first contact, then this many more
                stated["third-party"] = [fallback["third-party"]]
        if last == "third-party" and kind in ("call", "message") and _TOTAL_RE.search(piece):
            kind = "third-party"  # the total of the calls to the people just named
            fallback[kind] = 0
        elif (
            last == "third-party"
            and (kind in last_channels or (kind == "call" and not last_channels))
            and _BARE_COUNT_RE.match(piece)
            # (not one more at a time of its own: "打给我媳妇。晚上十点半 | 又打了一个" is a call)
            and not (i and _A_TIME_ONLY_RE.match(pieces[i - 1]) and _MORE_OF_RE.search(piece))
        ):
            kind = "third-party"  # "打电话给我妈 打了4次": how often the call just told of came
        elif (
            last == "posting"
            and kind in ("message", None)
            and (
                _BARE_COUNT_RE.match(piece)
                or _POSTS_ONLY_RE.match(piece)
                # the verb of a place named bare just before: "还在ig | 也发了一次"
                or (i and _VENUE_AT_END_RE.search(pieces[i - 1]) and _POSTED_THERE_RE.match(piece))
            )
            and not _ANY_CALL_RE.search(piece)
        ):
            kind = "posting"  # "在微博上挂我 发了2条", "…, 3 posts": how many posts
            if not c.count:
                n = re.search(
                    r"\d{1,3}|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b", piece
                )
                c = replace(c, count=_number(n.group(0)) if n else None)

        if kind == "posting" and last == "visit" and not c.count and _EACH_TIME_RE.search(piece):
            visits = sum(stated.get("visit", [])) or fallback.get("visit", 0)
            if visits > 1:
                c = replace(c, count=visits)  # "来了两次 … 每次都拉横幅": a banner each visit
        another_post = (
            last == "posting"
            and kind in ("message", None, "posting")
            and i > 0
            and (
                _another_post(piece, pieces[i - 1])
                # "在LINE群组发了… 又在Dcard发了一篇", "还在抖音发了个视频挂我": a post of its own,
                # at a venue the post before did not name
                or (
                    kind == "posting"
                    and _ALSO_ELSEWHERE_RE.match(piece)
                    # (在…群发: the group is where, not mass texting)
                    and _elsewhere(re.sub(r"(在[^，。]{0,16}?群)发", r"\1 发", piece), last_piece)
                    # (not "in it", the place just told, unless a group named otherwise: "另外在
                    # 我们厂的工友群里也发了一遍" after a video)
                    and (not _IN_IT_RE.search(piece) or _group_named(piece, last_piece))
                )
            )
        )
        one_post_before, post_counted_as_one = post_counted_as_one, False
        if another_post:
            kind = "posting"  # "在贴吧发帖 微博上也发了一条": one more post, elsewhere
            if not c.count:
                c = replace(c, count=1)
                post_counted_as_one = True
        elif kind == "posting" and last == "posting" and _WHAT_WAS_POSTED_RE.match(piece):
            continue  # "在脸书发文说我欠钱不还 还贴我照片": what the post just told of showed
        last_channels = {
            k
            for k, rx in (("call", _ANY_CALL_RE), ("message", _ANY_MESSAGE_RE))
            if rx.search(piece)
        } | ({action} if action in ("call", "message") else set())
        if (
            kind is None
            and c.count
            and last in _CHANNELS
            and last in stated
            and _I_GOT_RE.match(piece)
            and not _ALSO_RE.search(piece)
        ):
            continue  # "一共打了8通 我接了3通": the ones answered, of those told
        if kind is None and c.count and _I_GOT_RE.match(piece):
            # "打了我老婆两次 我也接了三个": the person's own calls (or texts, said by the channel
            # or by the unit of texts: "我自己手机也收到2条"), not the target's
            kind = (
                "message"
                if (_ANY_MESSAGE_RE.search(piece) or _TEXT_UNIT_RE.search(piece))
                and not _ANY_CALL_RE.search(piece)
                else "call"
            )
        counted_only = bool(c.count) and c.count == c.people and _REL_COUNT_RES[0].search(piece)
        if (
            kind is None
            and c.rel
            and (not c.count or counted_only)
            and last in (None, "posting", "visit")
            # (not asked where the visit went: "went to my hometown | to ask my uncle …")
            and not (last == "visit" and _ASKED_ABOUT_ME_RE.match(piece))
        ):
            pending += c.people  # named before the verb that reached them ("给我表哥 我嫂子 还有…")
            pending_text += piece
            continue
        if (
            kind in ("call", "message")
            and pending
            and (_REL_TARGET_RE.match(piece) or _owned_person(piece))
        ):
            # "给我表姐 我舅 我室友都打了电话": the last of the people named before the verb
            kind = "third-party"
            c = replace(c, kind=kind, people=_people(piece))
        elif (
            kind in ("call", "message")
            and pending
            and (_THEY_GOT_RE.match(piece) or _ONE_BY_ONE_RE.match(piece))
        ):
            kind = "third-party"  # "我领导 我领导的领导 都接到电话了": those named, each reached
            c = replace(c, kind=kind, people=0)
        if (
            kind == "third-party"
            and not c.count
            and pending
            and not _PEOPLE_GOT_RE.search(piece)
            # (not the same one named again: "邻居出来看 他们还跟邻居说我欠钱", nor as she or he:
            # "我阿嬷在家 他们跟她说了")
            and not _named_again(piece, pending_text)
            and not _TOLD_PRONOUN_RE.search(piece)
            and not _PRONOUN_TARGET_RE.search(piece)
        ):
            c = replace(c, people=c.people + pending)
        pending = 0
        pending_text = ""
        if (
            (
                kind is None
                # "打到卫生院的座机上，找我们院长说我欠钱": the one the call asked for
                or (kind == "third-party" and action is None and _SOUGHT_TO_TELL_RE.match(piece))
                # "打去我土瓜湾个修车房 | 同我老板讲我欠钱": whom the call to the place was told to
                or (
                    kind == "third-party"
                    and action is None
                    and _TOLD_THERE_RE.match(piece)
                    and _CALLED_A_PLACE_RE.search(last_piece)
                )
            )
            and last == "call"
            and (
                (c.rel and _ANSWERED_RE.search(piece))
                or _ANSWERER_RE.match(piece)
                or _SOUGHT_TO_TELL_RE.match(piece)
                or _TOLD_THERE_RE.match(piece)
                or _ASKED_ABOUT_ME_RE.match(piece)
                or _ASKED_FOR_RE.match(piece)
                or (_FOR_ME_RE.match(piece) and _CALLED_A_PLACE_RE.search(last_piece))
            )
            and "third-party" not in fallback
        ):
            # "打到我家座机了 我爸接的": the call reached the person who answered it
            if len(stated.get("call", [])) > 1 and fallback.get("call", 0) > 1:
                # "打了我5通 | 还打到茶行的市话2次 | 是我员工接的": the last call told only
                fallback["call"] -= 1
                fallback["third-party"] = fallback.get("third-party", 0) + 1
                stated["third-party"] = [*stated.get("third-party", []), stated["call"].pop()]
            else:
                fallback = {("third-party" if k == "call" else k): v for k, v in fallback.items()}
                stated = {("third-party" if k == "call" else k): v for k, v in stated.items()}
            reached += [name for name, rel in _REL_FIND if rel.search(piece)]
            last = "third-party"
            continue
        each_here = _EACH_RE.search(piece)
        if (
            kind is None
            and last == "third-party"
            and c.rel
            and each_here
            and _ADDED_RE.search(piece)
        ):
            # "phoned my uncle and my aunt twice each": every person named so far, that many times
            stated["third-party"] = [(last_people + c.people) * _per(each_here)]
            continue
        if kind is None and last == "third-party" and _NAME_ONLY_RE.match(piece):
            c = replace(c, rel=True)  # "打给我同事小王 小李 还有…": one more person, by name
        if kind is None and last == "third-party" and c.rel and not c.count:
            if not _ADDED_RE.search(piece) and last_generic:
                last_generic = False  # the next person named is one more ("我姐 我表弟 …")
                if c.people > 1 or _MEMBERS_RE.search(piece):
                    # "给通讯录里的人发短信 我知道的有我表姐、我同学小刘": the group, counted by
                    # those in it
                    fallback[last] = fallback.get(last, 0) - last_people + c.people
                    last_people = c.people
                continue  # the same person named again ("我紧急联系人 我表姐")
        if kind is None and last in ("call", "message", "third-party") and c.rel:
            if last == "third-party" and _LIST_GOES_ON_RE.match(piece):
                # "找了我们车间主任 | 和2个工友问我在哪": the list of those reached, going on
                # (its number counts people: "2个工友" are two more reached)
                if any(rx.search(piece) for rx in _REL_COUNT_RES):
                    c = replace(c, count=None)
            elif _CONSEQUENCE_RE.search(piece) or _said_of(piece):
                continue  # "同事全部知道了", "我老公快抓狂": what followed, nobody new reached
            if last == "third-party" and not c.count and _named_again(piece, last_piece):
                continue  # "给我爸发微信 我爸都60多了": the person just reached, told of
            kind = "third-party"  # "called me 3 times and my mum twice": a new target
        elif kind is None and (
            (last == "visit" and _ASKED_ABOUT_ME_RE.match(piece))
            or ("visit" in fallback and _DOOR_TO_DOOR_RE.match(piece))
        ):
            kind = "third-party"  # "上门找我 又问我邻居我几点返": the neighbour was reached
        elif kind is None and last == "visit" and _CAME_AGAIN_RE.search(piece):
            kind = "visit"  # "三点来了两个男的 四点又来了一个": they came once more
        elif kind is None and last == "visit" and not _VISIT_TIMES_RE.search(piece):
            pass  # "来了三个人", "待了一个小时": people and hours, not more visits
        elif (
            kind in (None, last)
            and last
            and _ONE_OF_RE.match(piece)
            and stated.get(last, [0])[-1] > 1
        ):
            continue  # "发了两封邮件 一封到我工作邮箱": one of those just counted
        elif kind is None and last == "third-party" and c.count and _OWN_LINE_RE.match(piece):
            # "called my office 3 times and my phone 5 times", "texted my mum 3 times and me
            # twice": the person's own line, by the channel just used
            kind = "message" if _action(last_piece) == "message" else "call"
        elif kind is None and last == "message" and (more_items := _MORE_ITEMS_RE.match(piece)):
            # "收到两条语音 还有一张P过的图": one more thing sent, counted with the messages
            kind = "message"
            word = more_items.group(1)
            c = replace(c, count=_ZH_NUMERALS.get(word) or _number(word) or 1)
        elif (
            kind is None
            and last
            and (c.count or _AGAIN_RE.search(piece))
            and not _WHO_AGAIN_RE.match(piece)
        ):
            kind = last  # "上午打了4个，下午6个", "called at 9pm and again at 9:30pm"
        if kind is None:
            continue
        if (
            kind == "posting"
            and own_kind in (None, "message")
            and c.count
            and one_post_before
            and stated.get("posting")
        ):
            # "又在点评下面留言说我是老赖 | 留了3条": how many that one more post was
            stated["posting"][-1] = c.count
            last_piece = piece
            continue
        if (
            own_kind is None
            and kind == last
            and c.count
            and last_had_count
            and _TIMED_PART_RE.match(piece)
            and not _TIMED_COUNT_RE.search(last_piece)
        ):
            # "today: 14 calls. 3 after 10pm": part of a count given for the whole day ("5 calls
            # before 9am, 3 after lunch" are two parts, each with its own time)
            c = replace(c, subset=True)
        in_it = _IN_IT_RE.search(piece)
        if (
            kind == "posting"
            and last == "posting"
            and in_it
            # (a group named after a post elsewhere is a new place: "直播间刷屏 … 还发到粉丝群里";
            # so is a group named otherwise: "发到了厂里的工友群 … 还发到了老家的村民群里")
            and not (in_it.group(0) == "群里" and "群" not in last_piece)
            and not _another_group_named(piece, last_piece)
        ):
            continue  # "拉了个群 把我的信息发在里面": what was posted in the same place
        if (
            last == "posting"
            and _COMMENTS_RE.search(piece)
            and not c.count
            and not _elsewhere(piece, last_piece)
        ):
            continue  # "发了我的照片 评论区还有人骂我": the comments under that post (not
            # "在抖音发了视频 还在我朋友圈底下评论": comments at another venue, a post of their own)

        if (
            last == "posting"
            and _TAGGED_RE.search(piece)
            and not _action(_TAGGED_RE.sub(" ", piece))
        ):
            continue  # "发视频挂我 还@了我好几个朋友": people tagged in that post
        if (
            kind == "posting"
            and grouped
            and (
                _IN_IT_RE.search(piece)
                # what was posted after the group was made, no place of its own: "made a wechat
                # group of strangers, added me, and posted a 'wanted' poster of me"
                or (
                    any(_action(p) == "group" for p in pieces[max(0, i - 2) : i])
                    and not _VENUE_RE.search(piece)
                )
            )
            and not c.count
            and "posting" in fallback
            and not _another_group_named(piece, last_piece)
        ):
            continue  # "拉了个群 把我通讯录的人拉进去 在群里说我欠钱": the same group
        grouped = grouped or (kind == "posting" and action == "group") or "群" in piece
        if kind == "posting" and _NOTE_RE.search(piece) and _third_party(piece) is not None:
            kind = "third-party"  # "给我邻居塞了纸条": a note handed to someone of one's own
        elif (
            kind == "posting"
            and _NOTE_RE.search(piece)
            and not _WORDS_ON_IT_RE.search(piece)
            and (_AT_THE_DOOR_RE.search(piece) or "visit" in fallback)
        ):
            # "上门两次 … 还在门上贴了纸条": a note left for the person by whoever came, part of
            # the visit told of (or a visit of its own), not a public post
            if "visit" not in fallback:
                fallback["visit"] = 1
            last, last_piece = "visit", piece
            continue
        if kind == "posting" and _AT_THE_DOOR_RE.search(piece) and "visit" not in fallback:
            fallback["visit"] = 1  # "在我家门口贴大字报": someone came to put it there
        if (
            kind == "third-party"
            and last == "third-party"
            and not c.count
            and not c.counted
            and _action(piece) is None  # told there, not reached again by a channel of its own
            and (
                _at_work_again(piece, last_piece)
                # "打到学校的座机上，找我们校长说…": whom the call to the place asked for
                or (_SOUGHT_TO_TELL_RE.match(piece) and _CALLED_A_PLACE_RE.search(last_piece))
                # "打到我公司前台 | 跟前台说我欠钱": the one just reached, told what the call was
                or (
                    _TOLD_THERE_RE.match(piece)
                    and _named_again(_TOLD_TO_RE.sub("", piece), last_piece)
                )
            )
        ):
            continue  # "打去我上班的药房 同我经理讲我欠钱": the workplace and its people, one target
        if (
            kind == "third-party"
            and c.count
            and last in _CHANNELS
            and _ONE_OF_RE.match(piece)
            and stated.get(last)
            and stated[last][-1] > c.count
        ):
            # "收到两封信，一封寄给我，一封寄给我业主": one of those counted went to someone else
            stated[last][-1] -= c.count
        told_before = fallback.get(kind, 0)  # contacts of this kind told so far without a number
        if kind == "third-party":
            fallback[kind] = fallback.get(kind, 0) + c.people
        else:
            fallback[kind] = fallback.get(kind, 0) + (_venues(piece) if kind == "posting" else 1)
        if kind == "third-party" and action == "group" and _GROUP_THEN_POST_RE.search(piece):
            # "把我通讯录的人拉了个群发我欠钱": the group, and the post in it
            fallback.setdefault("posting", 1)
        if kind == "third-party":
            reached += [name for name, rel in _REL_FIND if rel.search(piece)]
        if kind == "visit" and told_before and not c.count and _AGAIN_VISIT_RE.search(piece):
            # "上午来了两个人 下午又来了三个人": a visit told before, and this one more
            stated["visit"] = [*(stated.get("visit") or [told_before]), 1]
        if c.count and not c.subset and told_before and kind not in stated:
            if (
                (
                    kind in ("call", "message")
                    and (_MORE_OF_RE.search(piece) or _one_then_more(piece, last_piece, last, kind))
                )
                or (kind == "visit" and _AGAIN_VISIT_RE.search(piece))  # "…这周三又来了一次"
                or another_post
                or (
                    kind == own_kind == "third-party"
                    and not _named_again(piece, last_piece)
                    and not (
                        _FOUND_ONLY_RE.search(last_piece) and _at_work_again(piece, last_piece)
                    )
                )
            ):
                # "上午打了个电话，下午又打了三个": the one told first, then three more; "打电话给我
                # 房东 还发短信给我两个同事": the landlord, then two more people
                stated[kind] = [told_before]
        if c.count:
            (parts if c.subset else stated).setdefault(kind, []).append(c.count)
        elif c.counted:
            extra[kind] = extra.get(kind, 0) + c.people  # "… and texted 4 of my coworkers"
        elif (
            kind == "third-party"
            and kind in stated
            # "打给了我的3个亲戚 … 还给我舅舅打": one of those; "打给我3个同事 还打给了我妈": not
            and (not people_counted or _another_group(piece, counted_groups))
            and not _named_again(piece, last_piece)
        ):
            extra[kind] = extra.get(kind, 0) + c.people  # "… 3次 一个同事也被加微信了": one more
        elif (
            kind in ("call", "message")
            and kind in stated
            and (_AGAIN_RE.search(piece) or (own_kind == kind and _A_SINGLE_RE.match(piece)))
        ):
            # "打了一个 早上6点又打": one more; "6 calls, 4 SMS, and a WeChat voice message"
            extra[kind] = extra.get(kind, 0) + 1
        people_counted = people_counted or (kind == "third-party" and c.counted)
        if kind == "third-party" and c.counted:
            counted_groups |= _groups(piece)
        if kind == "third-party":  # "rang my mum, and my dad, 3 times each": both people
            added = (
                (c.rel or not last_had_count)  # "打给我舅舅 打给我姨妈 各两次": both people
                and not c.count
                and last == "third-party"
            )
            last_people = last_people + c.people if added else c.people
            if c.subset and c.count and last == "third-party" and not last_had_count:
                last_people = c.count  # "texted my coworkers, 6 of them": six people
            last_generic = bool(_GENERIC_PERSON_RE.search(piece)) and not added
        last_had_count = bool(c.count)
        visits_to_tell = (
            c.count if kind == "visit" and c.count and c.count > 1 and own_kind == "visit" else 0
        )
        members_left = (
            c.count
            if kind == "third-party"
            and c.count
            and c.count > 1
            and _PEOPLE_COUNTED_RE.search(piece)
            else 0
        )
        last = kind
        last_piece = piece
    if not fallback:
        bare = [int(n) for n in _BARE_CALLS_RE.findall(s)]
        if bare and base.kind == "other":  # "早上9点一个 中午一个 下午三个": no verb, calls
            return [replace(base, kind="call", count=max(1, min(sum(bare), 500)))]
        return [base]
    events: list[Extraction] = []
    for i, kind in enumerate(fallback):
        if kind == "visit":
            count = max(1, sum(stated.get(kind, [])))
        elif kind in stated:
            count = sum(stated[kind]) + extra.get(kind, 0)
        elif kind in parts:
            count = max(parts[kind])
        else:
            count = fallback[kind]
        events.append(
            Extraction(
                when=base.when,
                kind=kind,
                acts=base.acts if i == 0 else (),
                third_parties=tuple(
                    p for p in THIRD_PARTIES if p in base.third_parties or p in reached
                )
                if kind == "third-party"
                else (),
                who=base.who,
                count=max(1, min(count, 500)),
                visitors=base.visitors if kind == "visit" else None,
                note=base.note,
            )
        )
    return events
