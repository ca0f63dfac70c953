"""The evidence a message gives about a payment to make, clause by clause.

A *payment frame* is a future date + an amount or a creditor + a repayment verb, said by
the person about their own plan. Some clauses carry negative evidence and are left out
of the frame: something already done (昨天还了, already paid), money owed or earned
(欠了5万, 额度, 工资, payday), someone else's words or plan (催收说…, 我同事要还…, they
offered…), a court date, or not being able to pay. All regexes run on `normalize(text)`
(simplified script, NFKC) and ignore case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.parsing.dates import find_dates
from bot.parsing.relations import ZH_KIN
from bot.reminders.payer import someone_else_pays

_I = re.IGNORECASE | re.ASCII  # \b and \w in ASCII: "cancel掉", "jiebei的", "remind我" are words

# A repayment verb. 还 is not 还是/还有/还没/还能… (still, yet, also).
PAY = re.compile(
    r"(?<![没不未])还(?![不没有是要在可会能剩行好挺真算差])(?:款|钱|上|清|宽)?|还款|找数|"
    r"缴|交(?=\s?(?:信用卡|卡费|卡数|车贷|房贷|钱|款|月供))|付款|支付|打款|转账|扣款|月供|"
    # 交 with what is owed or charged ("交欠的房租", "交利息"; not 交房租, the monthly rent), or
    # 交上/交清 closing a 把 phrase ("把邮储的利息 三百八 交上"; not 交上去: handing in a paper)
    r"交(?=\s?(?:欠|利息|罚息|违约金|[上清齐](?![去来])))|"
    # Cantonese "give back": "禮拜四 畀返 阿姐 6千"
    r"[俾畀](?:返|番|翻)(?!\s?(?:我|佢哋?嘅?(?:钱|数)?\s*$))|"
    # a debit on a day: "每月18号扣", "自动扣 1200" (not 扣分, 扣押, 扣留)
    r"自动扣(?!我)|扣钱|(?<=[号日])\s?扣(?![分押留除我])|"
    # an amount a month: "1200 a month on the 5th", "800/month"
    r"(?<=\d)\s?(?:k\s)?(?:a|per|/|every|each)\s?(?:month|mo)\b|"
    r"供(?=\s?(?:车|楼|款|房|贷|私贷|[\d一二两三四五六七八九十]))|过数|俾钱|畀钱|"
    # Cantonese "give" to a payee or with an amount: "俾 UA 1200", "畀招行 4千" (not 俾人, 俾我)
    r"[俾畀](?=\s?(?:[A-Za-z\d一二两三四五六七八九十]|银行|卡数|信用卡|财务|[招建工农中交]行|[\u4e00-\u9fff]{1,3}(?:贷|呗|卡)))|"
    # Cantonese "put (money) back in": "星期三前入返 1500 落张卡度", "入番钱"
    r"入(?:返|番|翻)(?=\s?(?:\d|[一二两三四五六七八九十]|钱|数))|入数|"
    # money sent into an account: "打2000到度小满", "转五百给花呗" (not 打电话, 打给)
    r"[打转](?=\s?(?:\d|[一二两三四五六七八九十])[\d,.一二两三四五六七八九十百千万kK]*\s?(?:块|元|蚊|rmb)?\s?(?:到|进|入|给|去|过去)(?!\s?我))|"
    # money sent over, the amount after: "后天打过去1800", "周五转过去两千" (not 打过来: incoming)
    r"[打转](?:过去|给他们|给她们|给对方)(?=\s?(?:\d|[一二两三四五六七八九十]))|"
    r"转(?:账|帐)?给(?!我)|"  # "周五转给平安1500": a transfer to the payee (not 转给我: incoming)
    # money remitted: "每月5號匯3500", "28號要匯給我大哥三萬" (not 汇丰, 汇率, 汇总, 汇报)
    r"汇(?:款|钱)|汇(?=\s?(?:给|到|入|进|过去|\d|[一二两三四五六七八九十]))|"
    # sent to someone named after 给, the amount after the verb: "周六给我姐转一千五", "给表哥打2000块"
    # (not 给我转2000: money coming in)
    r"(?<=给)(?!我\s?[转打])[^，。,.\s]{1,5}?[转打](?=\s?(?:\d|[一二两三四五六七八九十]))|"
    # an instalment's amount is a payment: "60期 每月3号 每期980"
    r"每期(?=\s?(?:要|得)?\s?(?:\d|[一二两三四五六七八九十]))|"
    # an amount, then whom it goes to: "tmrw 8k to the credit union", "1.1k to jd" (a magnitude or
    # three digits: not "2 to 3 days")
    r"(?:(?<=\d[kKwW])|(?<=\d{3}))\s+(?:back\s+)?to\s+(?:the\s+|my\s+)?(?=[a-z])(?!(?:\d|day|days|week|weeks|month|months|year|years|get|be|do|go|make|keep|avoid|cover)\b)|"
    # the next payment named as such: "next installment is 300 on dec 20"
    r"\bnext\s+(?:one|instal+ment|payment)\b(?=\s+(?:is|of|will\s+be|due|on)\b)|"
    # money given back: "will give back uncle 20000", "i'll return it next friday"
    r"\bgiv(?:e|ing)\s+(?:\w+\s+){0,2}?back\b|\breturn(?:ing)?\b(?=\s+(?:it|the|that|this|[$¥]?\d|him|her|them)\b)|"
    r"\b(?:re)?pay(?:ing|s|ments?)?\b|\bpay(?:ing)?\s+(?:back|off)\b|\btransfer(?:ring)?\b|"
    r"\bsend(?:ing)?\b|\bdue\b|\bsettl(?:e|ing|ed(?=\s+(?:on|at)\b))\b|\bcover(?:ing)?\b|"
    # "clear the loan", "clearing off my card": paying off, not "the payment cleared"
    r"\bclear(?:ing)?\b(?=\s+(?:off|out|up|the|my|this|that|it)\b)"
    r"(?!\s+(?:my|the|this)\s+(?:head|mind|name|schedule|conscience|throat|air|desk|room))|"
    # money handed to a person: "给他三千", "给老王2000" (not 给我: money coming in)
    r"给(?!我)(?:他|她|对方|人家|[老小阿][\u4e00-\u9fff])?(?=\s?(?:\d|[一二两三四五六七八九十]))",
    _I,
)
# Who is paid: lenders, platforms, banks, cards and loans (a person repaid counts too, via PAY).
CREDITOR = re.compile(
    r"花呗|借呗|花被|借被|花贝|借贝|白条|苏宁|任性贷|度小满|有钱花|拍拍贷|你我贷|小赢|众安|携程|拿去花|还呗|"
    r"借条|融360|放贷|高利贷|小贷|恒易贷|省呗|来分期|好分期|信用飞|玖富|京东金融|洋钱罐|中邮|马上消费|金条|微粒贷|网商贷|美团|分期乐|安逸花|招联|捷信|宜人贷|平安|招行|招商|建行|建设银行|"
    r"工行|农行|中行|中银|交行|浦发|中信|光大|广发|兴业|民生|华夏|邮储|汇丰|渣打|恒生|大新|安信|邦民|"
    r"国泰|台新|玉山|富邦|永丰|兆丰|花旗|财务公司|银行|信用卡|卡数|卡费|车贷|房贷|网贷|信贷|贷款|"
    r"京东|月付|放心借|陆金所|陆金服|微众|宜信|小米金融|小米贷款|信用社|农商|农信|邮政|蚂蚁|抖音|"
    r"消费金融|私贷|私人贷款|税贷|个人贷|"
    r"\b(?:citi\w*|hsbc|cmb|ccb|icbc|boc|jiebei|jiebai|huabei|weilidai|meituan|fenqile|welab|"
    r"anyihua|ctrip|suning|duxiaoman|dxm|jintiao|jietiao|zhaolian|guangfa|cgb|spdb|pufa|citic|"
    r"minsheng|cmbc|bocom|psbc|everbright|cib|hengyidai|zhongan|paipaidai|mashang|"
    r"mybank|baitiao|ping\s?an|standard\s+chartered|loan|card|cc|mortgage|bank|lender|collector|jd|credit\s+union|"
    r"bofa|bank\s+of\s+america|chase|amex|american\s+express|wells\s+fargo|barclays|capital\s+one|"
    r"hang\s+seng|dbs|ocbc|uob|hsbc|klarna|afterpay|affirm|paypal\s+credit)\b",
    _I,
)
_PAST = re.compile(
    r"昨天|昨晚|前天|琴日|寻日|上个?月|上上?周|上星期|上礼拜|上个?礼拜|(?:^|我|他|她)(?:之前|以前)|"
    r"刚刚?还|刚还|还完(?=\s?(?:了|咗|啦))|还过|最近一次|上一?次|"
    r"已经(?!\s?(?:跟|和|与|同|协商|谈|约|说好|商量))|已(?![经跟和与同])|"
    r"(?<!答应)(?<!应承)(?<!讲好)(?<!倾好)(?<!约好)(?<!倾掂)(?<!讲掂)(?<![分拆批])咗"
    r"(?![\u4e00-\u9fff]{0,3}就)|"  # "出咗粮就还", "收咗钱就还": once it happens, then pay
    r"\byesterday\b|\blast\s+(?:week|month|year|time)\b|\bago\b|\balready\b|\bpaid\b|"
    r"\bsupposed\s+to\b|\bmissed\b|\bhad\s+a\b|\bwas\b|前几天|前阵子|几天前|当时|"
    r"\b(?:sent|transferred|cleared|repaid|made\s+(?:a|the|my)\s+payment)\b|"
    r"\b(?:bounced|didn'?t\s+go\s+through|(?:got|was)\s+(?:rejected|declined|returned))\b|"
    r"\bsettled\b(?!\s+(?:on|at)\b)|"  # "we settled on 2,500 by dec 10" is an agreement
    r"\b(?:have|has|had|'ve)\s+(?:already\s+)?(?:paid|sent|transferred|repaid)\b",
    _I,
)
# A verb with 了 is done, unless the clause also points ahead ("明天中午之前把800还了").
_DONE = re.compile(r"(?:还|付|交|缴|转|扣|还清|还完)了", _I)
_AHEAD = re.compile(
    r"明|后天|后日|下|之前|以前|前要|要|得|会|准备|打算|月底|月低|月尾|号前|日前|"
    # must, or later today: "今天必须把借呗三千还了", "今晚把白条的300还了" (not 今天还了: done)
    r"必须|务必|一定|赶紧|赶快|今晚|今天晚上|今天下午|今天之内|今天内|"
    r"(?:帮|替)我把|"  # someone paying for the person: "我哥说1月10号帮我把信用卡还了"
    # a coming weekday or day before 把…还了: "他周四把交行的9千还了" (not 上周四, 昨天)
    r"(?<![上前昨])(?:周|星期|礼拜)[一二三四五六日天](?=[^，。,.]{0,12}把)|"
    r"(?<![上前昨\d])\d{1,2}\s?[号日](?=[^，。,.]{0,12}把)|"
    r"(?<![天周月年几])前(?=\s?把)",  # "除夕前把白条还了": by then (not 三天前, 几天前: past)
    _I,
)
# Someone of mine the money goes to, read at 我: kin as bot/parsing/relations reads them (我爸,
# 我老公, 我表哥), or people who are not kin (我朋友, 我同事, 我房东).
_SOMEONE_OF_MINE = (
    rf"(?:我的?)?(?:{ZH_KIN})|我的?(?:朋友|同事|同学|室友|舍友|房东|老板|师傅|发小|闺蜜|邻居|老乡)"
)
# Money owed, earned or offered, not a payment the person is making.
_NOT_A_PAYMENT = re.compile(
    r"(?<!把)欠|透支|额度|逾期|利息|年化|罚息|手续费|年费|违约金|工资|薪水|薪|发薪|到手|月薪|借我|借了|余额|退款|"
    r"出(?:咗)?粮|粮期|"  # Cantonese pay day: "周五出粮", "出咗粮就还"
    # (a numeral that begins a kinship word is no amount: "周五还我二叔1w" pays my uncle)
    r"还我(?=\s?(?:钱|的钱|\d|[一二两三四五六七八九十](?![叔姨舅姑伯婶爷奶公婆哥姐弟妹嫂])))|"
    # paid back to "me", not to my father ("每月6号还给我爸1000" is a payment the person makes)
    rf"还(?:钱)?给(?!{_SOMEONE_OF_MINE})我|"
    r"(?<=[号日])\s?发(?:工资|薪水|钱)?(?=\s*$)|"  # "工资5000 每月10号发": pay day
    r"\bowe\b|\bowing\b|\boverdue\b|\blate\s+fee\b|\blimit\b|\binterest\b|\bapr\b|"
    r"\bsalary\b|\bpayday\b|\bget\s+paid\b|\bgot\s+paid\b|\bborrowed\b|\bbalance\b|"
    r"\bearn\w*\b|\bi\s+make\s+(?:about\s+|around\s+)?[$¥]?\d|\bincome\b|\brent\b(?!\s+(?:loan|arrears|debt))|"
    r"\boutstanding\b|\brefund\w*\b|\bpay(?:s|ing)?\s+me\b|\bowes\s+me\b|\bback\s+to\s+me\b",
    _I,
)
# Someone else's words, demands, offers or plans; a court date; not being able to pay.
_OTHERS = re.compile(
    r"(?:催收|他们|她们|对方|银行|客服|法务|律师|平台|调解员|佢哋|佢|(?<!其)他|(?<!其)她)[^，。,.]{0,6}?"
    # not someone saying they will pay for the person: "她说周五帮我还花呗"
    r"(?:说|讲|话|称|要求|通知)(?!好)(?![^，。,.]{0,10}(?:帮|替)我\s?(?:把|还|交|付|缴))|(?:电话|短信|信息|微信)(?:里|上)?说(?!好)|本来|原本|原来|"
    # A demand from someone else: "他们要我明天还一万", "律师函上写着要我…", "财务公司叫我…"
    r"(?:他|她|对方|催收|银行|客服|公司|平台|法务|律师|法院|函|短信|信息|佢)[^，。,.\s]{0,10}?(?:要|叫)我(?!忘|记)|"
    r"(?:他们|对方|银行|平台|催收|app)[^，。,.\s]{0,10}?扣(?:了)?我|"  # the bank debiting the person
    # a lender by name as the speaker: "招行说周五前不还 3000 就上征信", "借呗那边讲…"
    r"(?:招行|招商|建行|工行|农行|中行|交行|浦发|中信|光大|广发|兴业|民生|华夏|邮储|平安|借呗|花呗|网商贷|"
    # (its company or product word may follow: "平安普惠说我必须周三前还清", "招联金融说…")
    r"微粒贷|美团|京东|白条|度小满|招联|捷信|汇丰|渣打|恒生|花旗)(?:普惠|银行|金融|消费金融)?"
    r"(?:那边|那头|的人|客服|方面)?(?:说|讲|话|称|通知)(?!好)|"
    r"不还[^，。,.]{0,8}?就|否则|要不然|不然就|如果(?!没有?(?:意外|问题|什么事))|假如|(?<![一二两三四五六七八九十0-9.])万一|要是|假设|可以给我|还在考虑|考虑|靠谱|"
    # "让我还" is a demand; "让我妈帮我还" is the person asking family to pay for them (not
    # "催收让我妈明天还3000": a demand made of the family)
    r"提出|建议|提议|(?<![别要])让我(?!忘|"
    r"(?:妈|爸|老公|老婆|哥|姐|弟|妹|儿子|女儿|家里|家人|媳妇|爱人|老伴|男朋友|女朋友|对象|老豆|老母)"
    r"[^，。,.]{0,8}?(?:帮|替)我)|"
    r"逼我|催我|要求我|限我|勒令|"
    r"开庭|出庭|上庭|庭审|传票|判决|上门|来我家|来家里|来公司|家访|"
    r"不关我事|唔关我事|"
    r"\b(?:they|he|she|it|the\s+bank|bank|(?:the\s+)?collectors?|(?:the\s+)?lawyer|court|"
    # a lender by name: "amex wants the full 9k", "citi said …"
    r"citi\w*|hsbc|cmb|ccb|icbc|boc|amex|chase|barclays|discover|capital\s+one|wells\s+fargo|"
    r"jiebei|huabei|weilidai|ping\s?an|standard\s+chartered|"
    r"(?:the\s+)?agent|(?:the\s+)?caller|(?:the\s+)?lender|(?:the\s+)?app)\s+(?:said|says|sent|told|"
    r"offered|wants?|charged|debits?|deducts?|takes|demand\w*|asked|called|threaten\w*|insist\w*)\b|"
    r"\b(?:debits?|deducts?)\b|\bauto-?(?:debit|deduct)\w*\b|\bautomatically\b|"
    r"\bsaying\b|\bor\s+(?:legal|else|we|they)\b|\bif\b|\bwhat\s+if\b|\bsuppose\b|"
    # a paper or message that says when to pay: "the lawyer's letter says i have until dec 15"
    r"\b(?:letter|sms|text|message|notice|email|summons|statement)\s+(?:says|said|states|stated|reads)\b|"
    r"\bdemand\w*\b|\btold\s+me\b|\basked\s+me\b|\bwant\s+me\b|\bproposed\b|\bsuggested\b|"
    r"\boffer(?:ed|ing)?\b|\bjudge\b|\bordered\b|\bvisit\w*\b|\bcome\s+to\s+my\b|"
    r"\bshow\s+up\b|\bat\s+my\s+door\b|\bthinking\s+about\b|\bhearing\b|\bcourt\b",
    _I,
)
# Not being able to pay, anywhere in the message, undoes the whole plan; so does a description
# of a loan's terms ("借了一万，到手只有七千…一周后要还一万二" is a question about the loan).
_UNABLE = re.compile(
    r"到手|服务费|砍头|账单日(?:是|为|在)|出账日|(?<=[号日])\s?出账|"
    # "否则上门" is a threat; "不然又要逾期", "否则会上征信" is why the person pays on time
    r"(?:否则|要不然|不然)(?!\s?(?:又|就|会|要|我|又要|就要|就会|我又|我就|又会){0,2}\s?"
    r"(?:逾期|超期|上征信|影响征信|有罚息|产生罚息|罚息|来不及|晚了|忘了|忘记))|不想管|不管了|不想还|不打算还|借不到|周转不开|没办法还|"
    r"\bor\s+(?:else|face|we|they|legal)\b|\bdon'?t\s+want\s+to\s+pay\b|\bnot\s+going\s+to\s+pay\b|"
    # ("手头紧", money being tight, is hardship told, not a payment refused: "手头紧 下周六还招联一千二")
    r"还不了|还不上|还不起|没钱|冇钱|没发|凑不|不够|没着落|拿不出|付不起|一分钱都没|"
    # a wish, not a plan: "真想明天就全还了 可惜做不到", "I wish I could pay it off"
    r"真想|好想|巴不得|\bi\s+wish\b|做不到|"
    # a plan that has stopped: "每个月15号都还 而家停咗"
    r"(?:而家|现在|已经)(?:停咗|停了|停掉了)|"
    r"\bbroke\b(?!\s+(?:down|into|up|out)\b)|"  # not "the car broke down"
    r"\bafford\b|\bnot\s+enough\b|\bshort\s+of\b|\bcan'?t\b|\bcannot\b|\bunable\b|"
    r"\bwon'?t\s+be\s+able\b|\bnot\s+(?:gonna|going\s+to)\s+be\s+able\b|"
    # A payment refused or called off: "我没有答应", "现在取消了", "plan's off", "not … anymore"
    r"没有?答应|不答应|没同意|不同意|拒绝了|取消了|不还了|我说不(?:行|要|可以)|"
    # no longer owed: "银行同意减免了 不用还了", "唔使还喇", "don't have to pay it anymore"
    r"(?:不用|不需要|不必|无需|唔使|唔洗)(?:再)?还了|"
    r"\b(?:don'?t|do\s+not|no\s+longer)\s+(?:have|need)\s+to\s+pay\b|"
    r"\bnever\s+agreed\b|\bdid(?:n'?t|\s+not)\s+agree\b|\bi\s+(?:said|told\s+(?:them|him|her))\s+no\b|"
    r"\bi\s+(?:refused|declined|turned\s+(?:it|them)\s+down)\b|\bagreed\s+to\s+nothing\b|\bno\s+way\b|"
    # not having the money: "i don't have it"
    r"没有那么多|没凑齐|凑不齐|没凑够|不会还|拒绝还|"
    r"\b(?:i'?m|i\s+am)\s+not\s+paying\b|\bwon'?t\s+pay\b|\bnot\s+gonna\s+pay\b|\brefuse\s+to\s+pay\b|"
    r"\b(?:don'?t|do\s+not)\s+have\s+(?:it|the\s+money|that\s+much|enough|any)\b|"
    r"\b(?:have|got)\s+no\s+(?:money|cash|income)\b|"
    r"\bplan'?s\s+off\b|\bcall(?:ed|ing)?\s+(?:it\s+)?off\b|\bnot\s+paying\b[^!?;\n]{0,40}\banymore\b|"
    # a plan dropped: "cancel the 2000 payment i planned", "not happening", "scrap the transfer"
    r"\bnot\s+happening\b|\b(?:cancel|scrap|drop|forget\s+about)\w*\s+(?:the|my|that|this)\b"
    r"[^.!?;\n]{0,30}\b(?:payment|transfer|repayment)\b|"
    # money there is none of, asked rhetorically: "哪还有钱还信用卡", "哪来的钱还"
    r"哪(?:里|儿)?(?:还|还能)?有钱|哪来的?钱|上哪(?:儿)?(?:找|弄|借)钱",
    _I,
)
# A clause about another person's own debt (not a family member whose bill the person pays).
_OTHER_PERSON = re.compile(
    r"^\s*(?:我的?)?(?:同事|朋友|室友|同学|邻居|舍友)|[他她]自己的|"
    # 他的 is someone else's, unless he is family: "我老公下周一还他的车贷2600"
    r"^(?![^。，,]*(?:老公|丈夫|先生|爸|父亲|儿子|哥(?!们)|弟|男朋友|男友|对象|老伴))[^。，,]*(?:他的|她的(?=车贷|信贷))|"
    r"\b(?:his|her|their)\s+own\b|"
    r"^\s*my\s+(?:friend|roommate|colleague|coworker|co-worker|classmate|neighbou?r)\b|"
    # "his" is someone else's, unless he is family whose bill the household pays: "husband
    # pays his credit card 4200 on the 6th", "my dad's paying his car loan"
    r"^(?![^.]*\b(?:husband|hubby|dad|father|son|brother|partner|boyfriend|fianc[eé])\b)[^.]*\bhis\b|"
    r"\b(?:friend|roommate|colleague|coworker|classmate|neighbou?r)s?\s+(?:needs?|has|have|is|are|will|"
    r"must|should|gotta|owes?)\b",
    _I,
)
_QUESTION = re.compile(
    r"[?？]|怎么|咋|吗|嘛|会不会|能不能|可不可以|是不是|有没有|如何|为什么|为啥|什么|啥|多少|几号|几多|"
    # A-not-A and a trailing 不: "来不来得及", "行不", "来得及不", "or not"
    r"([\u4e00-\u9fff])不\1|(?:行|好|对|可以|够|来得及|能|成|得)不\s*$|\bor\s+not\b|"
    r"点样|边度|行不行|好不好|\b(?:how|why|should\s+i|can\s+i|could\s+i|is\s+(?:it|that|this)|do\s+i|"
    r"does|will\s+i|what's|whats)\b|"
    # "what", but not the thing said ("for what i borrowed", "pay back what we owe"): no question
    r"\bwhat\b(?!\s+(?:i|we)\s+(?:borrowed|owe|owed|took|used|spent|agreed|promised)\b)",
    _I,
)
_NEGATED_REMIND = re.compile(
    r"(?:不用|不要|别|无需|不必|不需要|唔使|唔好)(?:再)?(?:提醒|提我|叫我)|"
    r"\bdon'?t\s+(?:need\s+to\s+)?remind|\bdo\s+not\s+remind|\bno\s+need\s+to\s+remind|"
    # a plan to pay called off: "scrapped the plan to pay jd on the 15th", 取消了周五还款的计划
    r"\b(?:cancel(?:l?ed)?|scrapped|scrap|dropped|called\s+off|gave\s+up\s+on|abandoned|ditched)\s+"
    r"(?:the|my|our|that)\s+plan\s+to\s+(?:re)?pay\b|(?:取消|放弃)(?:了)?[^，。]{0,8}还款(?:的)?(?:计划|安排)",
    _I,
)
# Clause boundaries: punctuation; in Chinese also the spaces people type between phrases.
# "," and "." between digits are a thousands separator or a decimal point ("2,500", "3.5k").
_BOUNDARY = re.compile(r"[，。!！?？;；:：\n]|(?<!\d)[,.]|[,.](?!\d)|\b(?:but|and|so|then)\b")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BOUNDARY_ZH = re.compile(r"[，。!！?？;；:：\n]|(?<!\d),|,(?!\d)|(?<!\.)\s+(?!\.)")  # 12.5, 2,800


@dataclass(frozen=True)
class Clause:
    span: tuple[int, int]
    text: str
    dead: str | None  # why the clause is not about a payment to make, or None


@lru_cache(maxsize=64)
def clauses(s: str) -> tuple[Clause, ...]:
    """The message's clauses, each marked with its negative evidence (cached: the frame and
    the field parsers ask for the same message's clauses several times)."""
    out: list[Clause] = []
    start = 0
    boundary = _BOUNDARY_ZH if _CJK.search(s) else _BOUNDARY
    reported = False  # inside someone else's words: "他们说可以分12期，每月10号还800"
    sentence = 0  # where the sentence (punctuation, not a typed space) began
    for m in _joined_ba(s, list(boundary.finditer(s))):
        end = m.start() if m else len(s)
        piece = s[start:end]
        if piece.strip():
            dead = _dead(piece, s[sentence:start])
            if _OWN_WORDS.match(piece) or _AGREED_HERE.search(piece):
                reported = False  # "…，我跟他们谈好了…": the person speaks again
            if dead is None and reported:
                dead = "others"
            elif dead is None and out and _NOTICE.search(out[-1].text):
                dead, reported = "others", True  # "got a letter: pay 4,500 by dec 15"
            elif dead is None and out and _ELIDED.match(piece) and _THEY.search(out[-1].text):
                dead, reported = (
                    "others",
                    True,
                )  # "催收打电话来，说明天必须还", "called, said pay 2k"
            elif dead == "others" and _SPEECH.search(piece):
                reported = True
            elif (
                dead is not None
                and _SPEECH.search(piece)
                and _OTHERS.search(piece)
                and not _OWN_WORDS.match(piece)
                and not _TOLD_THEM.search(piece)  # "昨天跟银行说了": the person spoke
            ):
                # someone else speaking, whatever else the clause says: "美团说我逾期了 要我今天还清"
                reported = True
            out.append(Clause((start, end), piece, dead))
        if m:
            start = m.end()
            if m.group(0).strip():
                sentence = start
            if m.group(0) in "。!！?？\n":
                reported = False
    return _accepted(tuple(out))


# 把 opening a verb phrase (not 把握, 把关, 一把): "后天 把 欠房东的 三千 还了" is one phrase whose
# object and verb the typed spaces split.
_BA = re.compile(r"(?<!一)把(?!握|关|柄|戏|手|持|脉|门|式)")


def _joined_ba(s: str, bounds: list[re.Match[str]]) -> list[re.Match[str] | None]:
    """The clause boundaries (None for the end), less the typed spaces inside a 把 phrase: from a
    piece that opens one with no verb after it up to the piece with its repayment verb (at most
    four spaces on)."""
    out: list[re.Match[str] | None] = []
    start, i = 0, 0
    while i < len(bounds):
        m = bounds[i]
        ba = _BA.search(s, start, m.start())
        skip = 0
        if ba and not PAY.search(s, ba.end(), m.start()):
            for k in range(i, min(i + 4, len(bounds))):
                if bounds[k].group(0).strip():
                    break  # punctuation ends the phrase
                end = bounds[k + 1].start() if k + 1 < len(bounds) else len(s)
                if PAY.search(s, bounds[k].end(), end):
                    skip = k - i + 1
                    break
        if skip:
            i += skip  # the spaces inside the phrase are no boundaries
            continue
        out.append(m)
        start = m.end()
        i += 1
    out.append(None)
    return out


# The person taking up what the other side said: "they said ok to 4000 on dec 18, so that's
# the plan", "他们说可以分12期…我答应了". Not when refused ("我没答应", "i never agreed").
ACCEPT = re.compile(
    r"\b(?:that'?s|thats|that\s+is)\s+(?:the|my)\s+plan\b|\bi\s+(?:said\s+)?(?:ok|okay|yes|agreed|accepted)\b|"
    r"\b(?:going|gonna|i'?ll\s+go)\s+with\s+(?:that|it)\b|\bi\s+took\s+it\b|"
    r"那就这么(?:定|办)|就这么(?:定|办)了?|(?<![没不])(?:答应|同意|接受)了|我说(?:好|行|可以)",
    _I,
)
# What stays someone else's business even when accepted: a visit, a court date.
_NOT_MINE = re.compile(
    r"开庭|出庭|上庭|庭审|传票|判决|上门|来我家|来家里|来公司|家访|"
    r"\bvisit\w*\b|\bcome\s+to\s+my\b|\bshow\s+up\b|\bat\s+my\s+door\b|\bhearing\b|\bcourt\b|\bjudge\b",
    _I,
)


def _accepted(parts: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """Clauses of someone else's words made the person's own by a later acceptance."""
    last = max((i for i, c in enumerate(parts) if ACCEPT.search(c.text)), default=None)
    if last is None:
        return parts
    return tuple(
        Clause(c.span, c.text, None)
        if i <= last and c.dead == "others" and not _NOT_MINE.search(c.text)
        else c
        for i, c in enumerate(parts)
    )


# Words that open someone else's speech, and what ends it early (the person's own voice).
_SPEECH = re.compile(
    r"说|讲|话|称|通知|提出|建议|提议|可以给我|\b(?:said|says|told|offered|proposed|suggested|saying)\b",
    _I,
)
# Speech whose speaker was named a clause before, and the speakers it may be.
_ELIDED = re.compile(
    r"^\s*(?:又|还|就|并)?说(?!好|定|真的|实话|实在|了|过)|^\s*(?:and\s+)?(?:said|says|told\s+me|saying|wants?|demand\w*|asked|insist\w*|threaten\w*)\b",
    _I,
)
_THEY = re.compile(
    r"催收|他们|她们|对方|银行|客服|法务|律师|平台|调解员|佢哋|"
    r"\b(?:they|he|she|collectors?|agent|caller|lender|bank|lawyer)\b",
    _I,
)
# A notice received, whose words follow: "got a letter:", "收到一条短信："
_NOTICE = re.compile(
    r"\b(?:got|received|get|getting)\s+(?:a|an|the|this|another)\s+(?:letter|notice|text|sms|message|email|"
    r"mail|call|voicemail)\s*$|收到(?:了)?(?:一条|一封|一份|条|封)?(?:短信|信息|律师函|催款函|通知|邮件|信|催收函)\s*$",
    _I,
)
_OWN_WORDS = re.compile(r"^\s*(?:我|\bi\b|\bi'(?:m|ll|ve)\b|\bwe\b)", _I)
_AGREED_HERE = re.compile(r"约好|谈好|说好|商量好|协商好|讲好|\bagreed\b", _I)


# The person telling the lender or collector something ("我跟借呗客服说了12月12号先还三千"):
# their own words, not the other side's.
_TOLD_THEM = re.compile(
    r"(?:跟|和|同|向|对)[^，。,.\s]{0,6}?(?:催收|他们|她们|对方|银行|客服|法务|平台|佢哋|佢)[^，。,.]{0,2}?"
    r"(?:说|讲|话)(?:了|咗|过)?",
    _I,
)


# Pay day as the time of a payment, not money earned: "pay huabei 1.5k friday after payday".
_AFTER_PAYDAY = re.compile(
    r"\b(?:after|once|when|till|until|before|on)\s+(?:i\s+)?(?:payday|get\s+paid|got\s+paid)\b|"
    # ... or said of the salary: "after salary", "after my salary comes in", "once my wages arrive"
    r"\b(?:after|once|when|as\s+soon\s+as)\s+(?:(?:my|the)\s+)?(?:salary|wages?|pay(?:check|cheque))"
    r"(?:\s+(?:comes?\s+in|arrives?|is\s+in|lands?|clears?))?\b|"
    # what the payment is for, after it: "… on the 18th for what i borrowed", "for the money i owe"
    r"\bfor\s+(?:what|the\s+(?:money|loan|cash)(?:\s+that)?)\s+(?:i|we)\s+(?:borrowed|owe)\b",
    _I,
)


# Must, or means to: "今晚一定要还咗借呗", "我谂住收到钱先还咗 WeLab" (Cantonese 谂住: plan to)
_MUST_DO = re.compile(
    r"必须|务必|一定要|今晚|今日之内|今天之内|要还咗|要交咗|谂住|打算|准备|计划|"
    # will, or a coming day: "听日会帮我还咗东亚嗰张卡" (会 + verb; not 不会, 会唔会)
    r"(?<![不唔])会(?=\s?(?:帮我|替我|同我)?\s?[还俾畀交缴转供])|听日|听朝|明天|后天|下(?:个?礼拜|个?星期|周|个?月)"
)


# How long a plan runs, not a payment made: "until it's paid off", "直到还清", "还完为止".
UNTIL_PAID = re.compile(
    r"\b(?:until|till|til|untill)\s+(?:(?:it|that|everything|the\s+(?:loan|card|debt|balance|bill))"
    r"(?:'s|\s+is|\s+gets|s)?\s+)?(?:been\s+)?(?:all\s+|fully\s+|completely\s+)?"
    r"(?:paid|cleared|settled|repaid|done|finished|over)(?:\s+(?:off|in\s+full|back|up|with))?\b|"
    r"(?:直到|一直到|到)(?:全部|都)?(?:还清|还完|结清|付清)(?:为止)?|(?:还清|还完|结清|付清)为止",
    _I,
)


def _dead(piece: str, lead: str = "") -> str | None:
    """Why `piece` is not about a payment to make, or None; `lead` is the sentence before it
    (the day a 把 phrase is said for: "大后天 把小米贷款 一千一 还了")."""
    piece = UNTIL_PAID.sub(lambda m: " " * len(m.group(0)), piece)
    if _DONE.search(piece) and not _AHEAD.search(piece) and not _ba_ahead(piece, lead):
        return "past"
    piece = _AFTER_PAYDAY.sub(lambda m: " " * len(m.group(0)), piece)
    told = _TOLD_THEM.search(piece)
    if told:
        piece = piece[: told.start()] + " " * (told.end() - told.start()) + piece[told.end() :]
    owed = _NOT_A_PAYMENT.search(piece)
    after = PAY.search(piece, owed.end()) if owed else None
    if after and _PER_MONTH.match(after.group(0)):
        after = None  # "i make 6000 a month": how often money comes in, not a payment after it
    if owed and after:
        # "15号发了工资就还借呗3000", "欠了招行5万下个月5号先还2000": what is owed or earned is
        # the background; the payment comes after it.
        piece = piece[: owed.start()] + " " * (owed.end() - owed.start()) + piece[owed.end() :]
    for found in list(_NOT_A_PAYMENT.finditer(piece)):
        if _owed_is_object(piece, found):  # "还农商行的贷款利息", "pay off the 2k i owe"
            piece = (
                piece[: found.start()] + " " * (found.end() - found.start()) + piece[found.end() :]
            )
    if _MUST_DO.search(piece):  # "今晚一定要还咗借呗": Cantonese 咗 after "must" is still to do
        piece = re.sub(r"(?<=[还俾畀交缴转供])咗", " ", piece)
    for why, regex in (
        ("past", _PAST),
        ("not-a-payment", _NOT_A_PAYMENT),
        ("others", _OTHERS),
        ("unable", _UNABLE),
        ("other-person", _OTHER_PERSON),
    ):
        if regex.search(piece):
            return why
    verb = PAY.search(piece)
    if verb and someone_else_pays(piece, verb.start(), lead):
        return (
            "paid-by-other"  # "我妈说她后天帮我还农行那笔两千五": theirs to make, not the person's
        )
    return None


_PER_MONTH = re.compile(r"\s?(?:k\s)?(?:a|per|/|every|each)\s?(?:month|mo)\b", _I)


# What is owed as the thing paid: the debt ("还清美团的欠款", "pay off the outstanding balance"),
# its interest or fees ("还农商行的贷款利息"), what someone lent ("还老乡借我的钱"), and in
# English the debt named by a relative clause ("pay off the 2k i owe on meituan"). Not money
# earned or a rate (工资, 额度, 年化): those are never paid.
_DEBT_NOUN = re.compile(
    r"欠(?!了)|利息|罚息|违约金|手续费|年费|逾期(?=的|款|费)|透支(?=的|款)|余额|借我|"
    r"\b(?:balance|outstanding|debt|interest|late\s+fee|overdue)\b|"
    r"(?:(?<=\bi\s)|(?<=\bwe\s))(?:owed?|borrowed)\b|\bowed\b",
    _I,
)
_OBJECT_GAP = {True: 12, False: 40}  # Chinese characters, English characters


def _owed_is_object(piece: str, owed: re.Match[str]) -> bool:
    """Is the owed word the object of a repayment verb said before it ("明早我会还清美团的欠款",
    "交欠的房租", "settle the 3000 i owe"), or the object of a 把 phrase whose verb follows
    ("周二把邮储的利息 三百八 交上")? Not 还欠 ("still owe")."""
    at = owed.start()
    if not _DEBT_NOUN.match(piece, at):
        return False
    gap = _OBJECT_GAP[bool(_CJK.search(piece))]
    for m in PAY.finditer(piece):  # (not endpos=at: 交 looks ahead at 欠)
        between = piece[m.end() : at]
        if m.end() > at or len(between) > gap or _BOUNDARY.search(between):
            continue
        if not between.strip() and m.group(0).endswith("还") and piece.startswith("欠", at):
            continue  # 还欠: still owes
        return True
    ba = _BA.search(piece, max(0, at - gap), at)
    return ba is not None and PAY.search(piece, owed.end()) is not None


def _ba_ahead(piece: str, lead: str) -> bool:
    """A 把 phrase closed with 了 for a day said before it in the sentence ("后天 把 欠房东的 三千
    还了", "15号 把助学贷款利息还了"): still to do, unless the day is past."""
    ba = _BA.search(piece)
    if ba is None:
        return False
    before = lead[-12:] + " " + piece[: ba.start()]
    return not _PAST.search(before) and _AHEAD.search(before + "把") is not None


# Question words that ask wherever they stand ("明天去银行问问 能不能分期 一万二").
_STRONG_QUESTION = re.compile(r"能不能|可不可以|能否|是否可以|\b(?:can|could)\s+i\b", _I)


# A question word that asks nothing: "no matter what", "不管怎么样", "无论如何" (whatever happens).
_NO_MATTER = re.compile(
    r"\bno\s+matter\s+(?:what|how|when)\b|\bwhat(?:ever|\s+ever)\s+happens\b|"
    r"(?:不管|无论|不论)(?:怎么样|怎样|怎么|如何|咋样|点样|什么)",
    _I,
)


def is_question(s: str) -> bool:
    """A question mark anywhere, a strong question word anywhere, or a question word in the last clause or in a clause about the
    payment itself. A long story's aside ("我都不知道怎么开口跟家里人说 … 我说周五先还五千")
    does not make the payment said later a question."""
    if re.search(r"[?？]", s) or _STRONG_QUESTION.search(s):
        return True
    s = _NO_MATTER.sub(lambda m: " " * len(m.group(0)), s)
    parts = clauses(s)
    if not parts:
        return bool(_QUESTION.search(s))
    return any(
        _QUESTION.search(c.text)
        for i, c in enumerate(parts)
        if i == len(parts) - 1
        or PAY.search(c.text)
        or CREDITOR.search(c.text)
        or _DIGIT.search(c.text)
    )


_DIGIT = re.compile(r"[\d一二两三四五六七八九十百千万]")


def negates_reminder(s: str) -> bool:
    return bool(_NEGATED_REMIND.search(s))


# Not decided ("还没想好", "not sure I can"), unless it is about the rest ("其他的我还没想好").
_UNDECIDED = re.compile(
    r"没想好|没决定|还没定|不确定|说不准|不一定|考虑一下|让我想想|我再想想|再想想|"
    # a choice between a day and a week or month: "周五还借呗还是下周还"
    r"还是\s?(?:下|这|本)(?:周|个?星期|个?礼拜|个?月)(?![一二三四五六日天])|"
    # a choice between days: "周五还借呗600 还是周六还"
    r"还是\s?(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|还是\s?(?:明天|后天|月底|\d{1,2}\s?[号日])|\b(?:think|thinking)\s+(?:about\s+it|it\s+over)\b|"
    r"\bi'?ll\s+think\s+about\b|"
    r"\bnot\s+sure\b|\bunsure\b|\bhaven'?t\s+decided\b|\bundecided\b|\bdon'?t\s+know\s+if\b",
    _I,
)
_THE_REST = re.compile(r"其他|其余|剩下|别的|\bthe\s+rest\b|\bother\b", _I)


# The person committing to a payment: after it, an earlier "还不上全部" is background.
_COMMITS = re.compile(
    r"(?<![没不])(?:答应|承诺|保证)了?|约好|谈好|说好|商量好|协商好|讲好|"
    r"\bi\s+(?:promised|agreed|committed)\b|\bi'?ll\s+(?:pay|send|transfer)\b|"
    # "手头紧 不过信用卡30号我会还3千": the person's own "I will pay"
    r"(?<![不唔])我(?:会|肯定会|一定会?|保证)(?=\s?(?:先|尽快)?\s?(?:还|交|缴|付|转|俾|畀))|"
    r"\bi\s+(?:will|am\s+going\s+to|'m\s+going\s+to|'m\s+gonna)\s+(?:pay|send|transfer|settle)\b",
    _I,
)


# A refusal or a shortfall said of now ("今天先不还了", "这个月底之前还不上", "can't pay today"):
# a payment said after it for a later day is still the plan ("…明天还信用卡两千").
_NOW_SCOPE = re.compile(
    r"今天|今日|今晚|今个月|这个?月|本月|这周|这星期|这礼拜|本周|现在|目前|暂时|眼下|"
    r"\btoday\b|\btonight\b|\bthis\s+(?:week|month)\b|\bright\s+now\b|\bat\s+the\s+moment\b",
    _I,
)


def _later_plan(s: str, refused: re.Match[str], now: datetime) -> bool:
    """Is `refused` said of now, and followed by a payment of the person's own on a later day?"""
    here = next((c for c in clauses(s) if c.span[0] <= refused.start() < c.span[1]), None)
    if here is None or not _NOW_SCOPE.search(here.text):
        return False
    later = [c for c in clauses(s) if c.span[0] >= here.span[1] and c.dead is None]
    if not any(PAY.search(c.text) for c in later):
        return False
    rest = s[here.span[1] :]
    return any(d.value > now.date() for d in find_dates(rest, now, normalized=True))


def cannot_pay(s: str, now: datetime | None = None) -> bool:
    """Not able or not willing to pay, unless the person then commits to a payment ("只是还不上全部
    … 我答应了18号还1200") or the refusal is about now and a later payment follows ("今天没钱
    明天还招行1200"): what comes last is the plan."""
    found = list(_UNABLE.finditer(s))
    unable = [m.end() for m in found]
    if unable:
        commit = [m.start() for m in _COMMITS.finditer(s)]
        if not commit or max(commit) < max(unable) or not PAY.search(s, max(commit)):
            if now is None or not _later_plan(s, found[-1], now):
                return True
    return any(_UNDECIDED.search(c.text) and not _THE_REST.search(c.text) for c in clauses(s))


# Clauses about a payment to make, the person's or one someone else makes for them: a request
# for it ("我妈周五帮我还花呗800 提醒我") is read there; only an offer needs the person's own.
PAYMENT_CLAUSE = (None, "paid-by-other")


def live_spans(s: str) -> list[tuple[int, int]]:
    """Where a payment's amount may come from (PAYMENT_CLAUSE)."""
    return [c.span for c in clauses(s) if c.dead in PAYMENT_CLAUSE]


def past_spans(s: str) -> list[tuple[int, int]]:
    return [c.span for c in clauses(s) if c.dead == "past"]


def date_spans(s: str) -> list[tuple[int, int]]:
    """Where a due date may come from: a clause about the payment, or one that only gives its
    background ("明天发工资, 发了就还花呗1200"); not someone else's words, a court date or
    something already done."""
    return [c.span for c in clauses(s) if c.dead in (*PAYMENT_CLAUSE, "not-a-payment")]


def background_spans(s: str) -> list[tuple[int, int]]:
    """Clauses about money coming in or owed, something already done, or another person's own
    debt: no plan of the person's is read there."""
    return [c.span for c in clauses(s) if c.dead in ("not-a-payment", "past", "other-person")]
