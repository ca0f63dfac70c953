"""Red flags of fake collectors and fake court notices, each with a short reason.

Rule-based on purpose: every flag can be pointed at in the message and explained.
Sources: ../shared/FACTS.md §5 (how real court notices arrive), §1 (the 2026 industry
guideline bans pretending to act for courts or police and pushing people into new
loans), §2 (when not paying can be a crime at all).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.homophones import HomophoneFixer
from bot.kb.model import Lang
from bot.parsing.relations import ZH_KIN
from bot.scamcheck.court import (
    bad_case_numbers,
    fake_court_names,
    fake_english_court_names,
    identified_court,
)
from bot.text import to_simplified

FLAG_IDS = (
    "personal-account",
    "short-link",
    "unofficial-link",
    "fake-court",  # a court that does not exist (court.py)
    "court-channel",  # claims a court or the police, but not through an official channel
    "bad-case-number",
    "fee-to-stop",
    "arrest-threat",
    "borrow-to-repay",
    "credentials",
)

# Domains run by courts, government, the big banks and the national payment networks.
OFFICIAL_DOMAINS = (
    "court.gov.cn",
    "gov.cn",
    # a provincial court's own litigation site outside court.gov.cn (上海法院诉讼服务网)
    "hshfy.sh.cn",
    "icbc.com.cn",
    "ccb.com",
    "boc.cn",
    "bankofchina.com",
    "abchina.com",
    "bankcomm.com",
    "psbc.com",
    "cmbchina.com",
    "cmbc.com.cn",
    "spdb.com.cn",
    "cib.com.cn",
    "citicbank.com",
    "cebbank.com",
    "hxb.com.cn",
    "pingan.com",
    "pingan.com.cn",
    "cgbchina.com.cn",
    "95516.com",
    "unionpay.com",
    "alipay.com",
    # Hong Kong, Macau and Taiwan government and courts, and the banks and lenders people there
    # and on the mainland pay most often (their own sites).
    "gov.hk",
    "gov.mo",
    "gov.tw",
    "judiciary.hk",
    "hsbc.com.hk",
    "hsbc.com.cn",
    "hangseng.com",
    "bochk.com",
    "sc.com",
    "citibank.com.hk",
    "citibank.com.cn",
    "dbs.com.hk",
    "ctbcbank.com",
    "cathaybk.com.tw",
    "esunbank.com",
    "esunbank.com.tw",
    "taishinbank.com.tw",
    "fubon.com",
    "megabank.com.tw",
    "firstbank.com.tw",
    "jd.com",
    "meituan.com",
    "webank.com",
    "mybank.cn",
    # national bodies whose sites are not under gov.cn: the PBOC's Credit Reference Center, the
    # Supreme People's Court's news site
    "pbccrc.org.cn",
    "chinacourt.org",
    # arbitration commissions lenders' contracts name (Guangzhou, Beijing, CIETAC, Shanghai)
    "gzac.org",
    "bjac.org.cn",
    "cietac.org",
    "shiac.org",
    # banks' credit-card centres and other banks on their own domains, and licensed consumer-
    # finance lenders people repay (马上消费, 招联, 捷信, 度小满, 分期乐)
    "ecitic.com",
    "spdbccc.com.cn",
    "95599.cn",
    "bosc.cn",
    "bankofbeijing.com.cn",
    "czbank.com",
    "hkbea.com",
    "msxf.com",
    "mucfc.com",
    "homecredit.cn",
    "duxiaoman.com",
    "lexin.com",
)
SHORT_LINK_DOMAINS = (
    "t.cn",
    "dwz.cn",
    "url.cn",
    "suo.im",
    "bit.ly",
    "tinyurl.com",
    "goo.gl",
    "is.gd",
    "s.id",
    "3.cn",
    "u.nu",
    "t.co",
    "ow.ly",
    "rebrand.ly",
    "cutt.ly",
    "v.gd",
    "t.ly",
    "shorturl.at",
    "m6z.cn",
)

# Newer generic domains scam senders favour ("hsbc-cn.help/verify", "pingan-puhui.loan"). They
# are English words, so "1.help" in a numbered list is no link (see link_flags).
_WORD_TLDS = (
    "help|loan|loans|finance|financial|money|cash|credit|support|services?|center|cloud|store|tech|"
    "space|website|bid|xin|ltd|claims|zone|host|buzz|cfd|sbs|lat|monster|quest|bond"
)
# Phone numbers, written once: a mainland mobile, a Hong Kong number, a Taiwan mobile.
_CN_MOBILE = r"1[3-9]\d{9}"
_HK_NUMBER = r"[569]\d{3}[- ]\d{4}"
_TW_MOBILE = r"09\d{2}[- ]?\d{3}[- ]?\d{3}"
_CN_PREFIX = r"(?:\+?86[- ]?)?"
_WORD_TLD_RE = re.compile(rf"\.(?:{_WORD_TLDS})$")
_TLDS = (
    "cn|com|net|org|top|xyz|cc|io|me|info|vip|ly|gl|im|gd|id|co|app|site|online|shop|club|link|tk|ml|ga|cf|"
    "ws|biz|pro|live|icu|mp|gg|ai|fm|pw|dev|page|wang|ren|ink|fun|cyou|life|asia|hk|tw|us|uk|to|so|la|mobi|at|nu|ru|tv|"
    + _WORD_TLDS
)
_URL_RE = re.compile(
    rf"(?<![@a-z0-9_.\-])(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})(?![a-z0-9-])(?::\d{{1,5}})?(?:/[^\s，。、）)】」\"']*)?"
)
_LINK_MENTION_RE = re.compile(
    r"点(?:击|开)?(?:这个|下面|短信里的?|以下|该)?链接|打开链接|链接(?:处理|查看|登录)|\b(?:click|tap|open)(?: on)? (?:the|this|a) link\b"
)

_NEGATION_RE = re.compile(
    # a request said not to have been made ("没要验证码也没让我转账", "didn't ask for")
    r"(?:没有?|冇|无|未曾|唔曾)(?:要|让|叫|问|索要|提|说要|讲要|话要|说|讲|话|提到)|并没|从没|从未|"
    r"(?:没有?|冇|未曾|唔曾|并未|从未)\s*(?:再|有)?\s*$|"
    # a charge said not to be made: "不收取任何修复费用", "不会另收费", "无需缴纳任何费用"
    r"(?:不|唔)(?:会)?(?:另外|额外|另)?收取?(?:任何)?|(?:不|唔)(?:会)?(?:另外|额外|另)$|(?:无需|无须|毋须|不需要?|不用)(?:另外|额外)?(?:(?:缴纳|交纳|支付)任何|$)|"  # right before the request: "冇问我要密码"
    # ... or to anyone: "不需要向任何个人付款", "无需给他人转账", "不用向第三方缴费"
    r"(?:无需|无须|毋须|不需要?|不用|不必|唔使|唔需要)(?:再|另外|额外)?(?:向|给|对|畀|俾)(?:任何|其他|其它)?(?:个人|私人|他人|人|第三方)(?:账户|账号)?$|"
    r"\bdidn'?t\b|\bdid not\b|\bnever (?:ask|want|need|request)|"
    # "there's no fee", "with no extra charge": nothing asked
    r"\bno(?:\s+(?:extra|additional|hidden|other|such|upfront|up-front))?\s*$|"
    r"勿|不要|切勿|不会|绝不|别|不得|禁止|谨防|所谓|\bnever\b|\bdo not\b|\bdon'?t\b|\bwon'?t\b|\bwill not\b|\bnot\b|\bbeware\b"
)

# Coins no creditor in China takes, in the normalised (simplified, lower-case) text.
_COINS_ZH = "usdt|比特币|泰达币|虚拟币|虚拟货币|加密货币|数字货币"
_COINS_EN = r"usdt|btc|bitcoins?|crypto\w*|eth|tether|usdc|trc-?20|trx"

_PERSONAL_ACCOUNT_RE = re.compile(
    # the holder said to be a person, or not the creditor: "收款方写的是个人名字 不是平台", "户名不是银行
    # 是一个叫许强的人", "账户名跟平台名字对不上", "the account name doesn't match the lender"
    r"(?:户名|收款方|收款人|账户名|收款账户|开户名|持卡人)[^。！？]{0,10}?(?<!不)(?<!并非)(?<!而非)(?:是|为|写的是|显示的?是|显示)\s*"
    r"(?:个人|私人|一个人|人名|某个人|(?:一个|个)叫[\u4e00-\u9fff]{2,3}的|"
    # a person by surname and title: "收款人写的是徐会计", "户名是王所长"
    r"[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|老师|师傅|经理|会计|主任|律师|法官|所长|警官|专员|科长))|"
    r"(?:户名|收款方|收款人|账户名|收款账户|开户名)[^。！？]{0,6}?(?:不是|并非)[^。！？]{0,6}?(?:银行|平台|公司|官方)|"
    r"(?:户名|收款方|收款人|账户名|收款账户|开户名)[^。！？]{0,6}?(?:跟|和|与)[^。！？]{0,6}?(?:银行|平台|公司|官方)"
    r"[^。！？]{0,6}?(?:对不上|不一致|不符|不同)|"
    r"\b(?:account name|account holder|receiving account|payee|name on the (?:account|card))\b[^.]{0,30}?"
    r"\b(?:(?:doesn'?t|does not|didn'?t|did not|don'?t)\s+match|(?:is|was|isn'?t|wasn'?t)\s+not\s+in\s+the\s+"
    r"(?:bank|lender|company|platform)'?s?\s+name|(?:was|is)n'?t\s+in\s+the\s+(?:bank|lender|company)'?s?\s+name|"
    r"(?:its|it'?s|was|is)\s+(?:some|an|a)\s+(?:individual|person|private person|random person))\b|"
    r"个人(?:的)?(?:账户|账号|户口|卡|银行卡|微信|支付宝|收款码|二维码|付款码)|私人(?:的)?(?:账户|账号|户口|卡|微信|支付宝|收款码|二维码)|"
    # money sent to the caller himself ("再汇款给他"), not to his company
    r"(?:转账|汇款|转钱|打钱|打款|汇钱|付款|转数)(?:给|到)(?:他|她|他们|对方)(?!们?的?(?:公司|平台|银行|官方))|"
    r"(?:安全|指定|监管|核查|清查|专用|清零|专案|涉案资金)(?:账户|户口|账号)|第三方(?:账户|户口)|"
    # money straight to the caller on his own wallet: "直接微信转给他就行", "转给他个人"
    r"(?:微信|支付宝|\bwechat\b|\balipay\b)\s*(?:直接)?(?:转|打|付)(?:钱|款|账)?(?:给|到)(?:他|她|对方|催收)(?!们?的?(?:公司|平台|银行|官方))|"
    r"(?:转|汇|打款|付)给(?:他|她)(?:个人|本人|私人|就行|就好|就可以)|"
    # paid through a person added on WeChat: "请添加承办法官微信 hnfy_liu 缴纳调解费"
    r"(?:添加|加)[^，。]{0,8}(?:微信|wechat)[^，。]{0,20}?(?:缴纳|缴费|交费|付款|转账|交钱|付钱)|"
    # paid into the sender's own wallet: "你先转2000押金到我支付宝", "会费转我微信就行"
    r"你[^，。]{0,12}(?:转|打|汇|付|交)[^，。]{0,12}(?:到|给|进|入)我(?:的)?(?:个人)?(?:微信|支付宝|银行卡|卡|账户|账号)|"
    r"(?:转|打|汇|付)(?:给)?我(?:的)?(?:个人)?(?:微信|支付宝)(?:就行|就可以|就好|即可)|"
    r"(?:转|打|汇|付|交)[^，。]{0,16}(?:到|给|进)我(?:的)?(?:个人)?(?:微信|支付宝)\s*(?:号|id)?\s*[:：]?\s*(?:(?=[a-z0-9_]*[0-9_])[a-z][a-z0-9_]{4,}|[a-z0-9_.*]+@[a-z0-9.-]+)|"
    r"(?:转|打|汇|付|还款转)我(?:的)?(?:个人)?(?:微信|支付宝)\s*(?:号|id|账号)?\s*[:：]?\s*(?:[a-z0-9_.*]+@[a-z0-9.-]+|1[3-9]\d[\d*x]{8})|"
    # the money itself sent to "him": "让把要还的钱先转给他"
    r"(?:钱|款)[^，。]{0,3}(?:先|都|直接)?(?:转|汇|打)给(?:他|她)(?!们)(?![^，。]{0,3}(?:公司|平台|银行|官方))|"
    # a quoted name paid: "scan QR to pay 'Chen Ming'"
    r"\bpay\s+(?:to\s+)?['\"‘“][a-z]+ [a-z]+['\"’”]|"
    r"\bfees?\b[^.;]{0,40}\bto my (?:personal )?(?:account|wechat|alipay|card)\b|"
    # a wallet someone picked, or one in coins no creditor takes: "转到老师指定的数字人民币钱包",
    # "pay to this USDT wallet"
    r"(?:老师|群主|专员|经理|律师|他|她|对方|业务员|客服)(?:指定|提供|发来|给)的[^，。]{0,8}(?:钱包|账户|账号|卡|收款码)|"
    rf"\b(?:{_COINS_EN})\b[^.;]{{0,20}}\bwallet\b|\bwallet\s+(?:address\s+)?t[a-z0-9]{{5,}}|"
    rf"(?:{_COINS_ZH})[^，。]{{0,4}}(?:钱包|地址|账户)|"
    r"(?:支付宝|微信|\balipay\b|\bwechat\b|\bpaypal\b)\s*(?:账户|账号|帐号|\baccount\b|\bid\b)?\s*[:：]?\s*[a-z0-9_.]+@[a-z0-9-]+\.[a-z.]+|"
    # a coin wallet by its address's form: TRON (T + 33), Bitcoin (bc1…, 1…/3…), Ethereum (0x…)
    r"(?:钱包|地址|\bwallet\b|\baddress\b)[^，。,;]{0,8}?(?<![a-z0-9])(?:t[a-z0-9]{15,40}|bc1[a-z0-9]{8,60}|0x[0-9a-f]{16,40})(?![a-z0-9])|"
    # the wallet of whoever asks, or of someone of theirs, as where the money goes: "转三万去佢哋
    # 书记员嘅微信", "转8000去佢老婆户口", "转我本人支付宝", "私下给他转1万"
    r"(?:转|汇|打|付|俾|畀|交|缴)[^，。]{0,12}?(?:去|到|进|入|给)\s?(?:他|她|佢|我)(?:们|哋)?(?:本人|个人|私人)?(?:的|嘅)?"
    r"(?:(?:书记员|法官|经理|专员|律师|警官|主任|老婆|老公|太太|家人|朋友|助理|同事)(?:的|嘅)?)?"
    r"(?:微信|支付宝|户口|账户|账号|银行卡|收款码|payme|fps)|"
    r"(?:转|汇|打|付)(?:给)?(?:我|他|她|佢)(?:本人|个人|私人)(?:的|嘅)?(?:微信|支付宝|户口|账户|账号|卡)|"
    r"私下[^，。]{0,6}?(?:转|汇|打|付|给)|"
    # a collection code handed over, a wallet's QR code scanned: "给你一个收款码", "scanning their
    # WeChat QR code"; a WeChat ID to pay to: "Pay to our firm's collection WeChat (ID huatai_law01)"
    r"(?:给|发|发来|发了)(?:你|我)?(?:一个|个|张)?收款(?:二维)?码|"
    r"\bscan\w*\s+(?:their|his|her|the|this|a|my)?\s*(?:wechat|alipay|payme)?\s*qr\s*code|"
    r"\b(?:pay|transfer|send)\w*\s+(?:it\s+)?to\s+[^.;]{0,30}?\b(?:wechat|alipay)\s*[(（]?\s*(?:id|account)?\s*[:：]?\s*[a-z][a-z0-9_]{4,}|"
    # paid in coins no creditor takes: "for 2,000 usdt he can get the case withdrawn"
    r"\b\d[\d,.]*\s*(?:usdt|btc|bitcoins?|eth|usdc)\b|(?:usdt|比特币|泰达币)\s*\d|"
    # ... or a debt to be repaid in coins at all: "可以用USDT还款，让我把钱换成币转到…"
    rf"(?:用|以|换成|买|通过)[^，。]{{0,4}}?(?:{_COINS_ZH}|币)[^。！？]{{0,16}}?(?:还款|还钱|还债|还|付款|支付|转)|"
    # a person by title paid in English: "pay at the counter of 'Mr. Ho'", "to Ms. Lin"
    r"\b(?:to|of|for)\s+(?:mr|mrs|ms|miss|madam)\.?\s+[a-z]+\b|"
    # someone's, or a person's by name: "到某个人户头", "一个叫 Tsang Wai Man 的PayMe"
    r"某(?:个)?人的?(?:户头|户口|账户|账号|卡|微信|支付宝)|"
    # (the card may be named by its bank: "一个叫“赵海峰”的工行卡", quotes taken out before)
    r"(?:一个|个)叫\s*[a-z\u4e00-\u9fff][a-z \u4e00-\u9fff]{1,20}?\s*的\s*(?:[工农中建交招]行|邮储|[\u4e00-\u9fff]{2}银行)?"
    r"(?:payme|fps|转数快|支付宝|微信|户口|账户|卡|收款码)|"
    # a personal payee in English: "opens a WeChat personal payment page", "shows a personal name"
    r"\b(?:wechat|alipay)\s+personal\s+(?:payment|pay|collection|receiving|account|qr)\b|"
    r"\b(?:shows?|showed|shown|displays?|displayed|opens?|opened)\s+(?:as\s+)?(?:a|an)\s+(?:personal|private)\s+"
    r"(?:name|payee|account|payment page|wechat|alipay|qr)\b|"
    # the person's own relative as payee: "把欠款打给你表哥", "汇入你舅舅帐户", "你表哥的账户是我们的收款账户"
    rf"(?:转|汇|打|付|存|交)(?:款|钱|账)?[^，。]{{0,12}}?(?:给|到|入|进|至)\s*(?:你|您)(?:的)?(?:{ZH_KIN})|"
    rf"(?:你|您)(?:的)?(?:{ZH_KIN})(?:的)?(?:账户|帐户|账号|卡|户口|微信|支付宝)(?:是|系|就是)|"
    # ... or anyone's relative: "把钱打到我堂哥的卡上", "经理他老婆的卡", "转落佢老婆张卡度",
    # "他表弟账户", "我舅舅账上", "佢阿妹个转数快" (a creditor is paid in its own name)
    rf"(?:转|汇|打|付|存|交|还|给|过数|转数)(?:款|钱|账)?[^，。]{{0,12}}?(?:给|到|入|进|至|落|去)\s*"
    r"(?:(?:我|他|她|佢|他们|她们|佢哋|对方|[\u4e00-\u9fff]{1,2}(?:经理|主任|科长|老板|主管))(?:的|嘅|个)?)?"
    rf"(?:{ZH_KIN})(?:的|嘅|个|张|名下的?)?\s*(?:[\u4e00-\u9fff]{{0,2}}(?:卡|账户|帐户|账号|户口|账上|户头|支付宝|微信|转数快))|"
    # a title of theirs, no name: "汇一笔保证金到他们科长的帐户", "钱打到我们财务个人卡"
    r"(?:转|汇|打|付|存|交)[^，。]{0,12}?(?:给|到|入|进|至)\s*(?:他们|他|她|对方|我们|佢哋?)(?:的|嘅)?"
    r"(?:科长|所长|局长|队长|主任|处长|经理|主管|财务|出纳|会计|领导|老板|法官|律师|警官)(?:的|嘅)?(?:个人|私人)?"
    r"(?:账户|帐户|账号|卡|银行卡|户口|微信|支付宝)|"
    # the wallet of a relative or helper of theirs: "pay to his wife wechat", "thru this agent's account"
    r"\b(?:his|her|their)\s+(?:wife|husband|brother|sister|son|daughter|mother|mom|father|dad|friend|cousin|colleague|"
    r"assistant|boss|partner|relative)'?s?\s+(?:wechat|alipay|account|card|bank account|payme|fps)\b|"
    # ... or the money sent to the relative: "sending money thru gcash to his wife"
    r"\b(?:send|sending|sent|pay|paying|transfer\w*|wire|remit\w*)\b[^.;]{0,40}\bto\s+(?:his|her)\s+"
    r"(?:wife|husband|brother|sister|son|daughter|mother|mom|father|dad|cousin|relative|girlfriend|boyfriend)\b|"
    # paid in coins: "pay in BTC", "repay by buying crypto", "settle it in bitcoin"
    r"\b(?:(?:re)?pa(?:y|id|ying)|settl\w*)\b[^.;!?]{0,30}?\b(?:in|with|via|using|by)\s+"
    rf"(?:buying\s+)?(?:{_COINS_EN}|coins?)\b|"
    # a named person's card after the title: "to our legal officer Liu Wei's card"
    r"\bto\s+(?:our|the|their|his|her|a)\s+(?:[a-z]+\s+)?(?:officer|agent|lawyer|attorney|clerk|judge|manager|"
    r"collector|representative|rep|specialist|handler)\s+[a-z]+(?:\s+[a-z]+)?'s\s+(?:card|account|wechat|alipay|bank card)\b|"
    r"\b(?:thru|through|via)\s+(?:this|that|the|an?|his|her|their)\s+(?:agent|collector|officer|lawyer|staff|manager|"
    r"middleman|broker)'s\s+(?:own\s+)?(?:account|card|wechat|alipay)\b|"
    # the same with the verb after: "先给他个人转1888", "向对方私人打款"
    r"(?:给|向|往)(?:他|她|他们|对方|催收|那人|那个人)(?:个人|私人|本人)(?:的)?(?:账户|账号|卡|银行卡|微信|支付宝)?\s*(?:转|汇|打|付)|"
    # the wallet of the other side's own people, or said not to be the creditor's: "pay to the
    # wechat of their agent not the lender"
    r"\b(?:account|card|alipay|wechat|wallet|payme|fps)\s+of\s+(?:their|his|her|the|an?|some|this)\s+(?:own\s+)?"
    r"(?:agent|staff|staffer|colleague|employee|manager|boss|assistant|friend|wife|husband|relative|representative|rep|"
    r"officer|collector|worker|partner|secretary|accountant|cashier|clerk)s?\b|"
    r"\b(?:pay|paying|transfer|send|wire|remit)\b[^.;]{0,50}\bnot (?:to )?(?:the|my|our|your) (?:lender|bank|company|creditor|platform|app)\b|"
    # one's money taken out and handed over to be "kept": "把存款领出来交给他的专员保管"
    r"(?:钱|存款|现金|积蓄|资金|余额)[^，。]{0,6}(?:领|取|提)出来?[^，。]{0,8}(?:交给|给|拿给)|"
    r"(?:交给|交由|拿给)[^，。]{0,10}(?:保管|监管|代管|看管)|"
    # the money moved out of one's own account to be "checked": "把卡里的钱转出来验证"
    r"(?:把|将)(?:卡里|账户里|银行卡里|卡上)?的?(?:钱|资金|存款|余额)(?:都|全部)?转(?:出来?|走|到别处)[^，。]{0,4}(?:验证|核实|核查|保护|保管|审核)|"
    r"(?:转|打|汇|付|交|存|充)(?:钱|款|账)?(?:到|进|入|去|至|给)?(?:他|她|他们|对方)(?:的|个人)?(?:(?:同事|朋友|老婆|老公|老板|经理|财务|家人|亲戚|助理|领导|手下|上司|主管)的?)?"
    r"(?:银行卡|卡|账户|账号|微信|支付宝)|"
    r"(?:转|打|汇|付|交)\s*\d+\s*(?:元|块|万)?\s*(?:到|给|进|入)(?:他|她|他们|对方|催收)(?:的|个人)?"
    r"(?:(?:同事|朋友|老婆|老公|老板|经理|财务|家人|亲戚|助理|领导|手下|上司|主管)的?)?(?:卡|账户|账号|微信|支付宝)|"
    r"(?:转|打|汇)(?:到|给|进|入)?(?:一个|这个|以下|下面的?)?(?:陌生|其他|别人|他人|个人)的?(?:账户|账号|卡|银行卡)|"
    r"(?:转|打|汇)(?:到|给|进|入|至){1,2}(?:这个|以下|下面的?)(?:账户|账号|卡号|银行卡|户口)|"
    r"(?<!court's )(?<!bank's )(?<!lender's )(?<!court )\b(?:personal|private|someone else'?s|third[- ]party|safe|secure|safety|supervised|supervision|designated|"
    r"escrow|holding|verification|regulatory) (?:\w+ )?(?:account|card|alipay|wechat|"
    r"payme|fps|paypal|venmo|zelle|line ?pay|wallet|qr(?: code)?|payment code|receiving code)\b|"
    r"(?:个人|私人)(?:的)?(?:转数快|payme|fps|paypal|line ?pay|街口)|"
    # a wallet id that is a Hong Kong mobile number: a person's, not a lender's
    r"(?:转数快|(?<![a-z])fps(?![a-z])|(?<![a-z])payme(?![a-z]))\s*(?:转账?|过数|付款?|给)?(?:去|到|至|给|\bto\b)?\s*(?:id|no\.?|number|号码?)?\s*[:：]?\s*[4-9]\d{3}\s?\d{4}\b|"
    r"\b(?:his|her|their) (?:own )?(?:bank )?account\b|\bpay (?:him|her|them) directly\b|"
    # the amount sent to the caller himself: "pay 1500 to him", "transfer the 2k to her"
    r"\b(?:pay|send|transfer|wire|give|remit)\s+(?:the\s+)?(?:(?:rmb|¥|\$)\s*)?\d[\d,.]*\s*(?:k|yuan|rmb|bucks)?\s+"
    r"(?:directly\s+)?to\s+(?:him|her)\b|"
    # an account in a person's name; the collector's own wallet ("send it to me on WeChat Pay")
    r"\b(?:account|card)\s+(?:in|under)\s+(?:someone(?: else)?'?s|a (?:person|stranger|private individual)'?s|"
    r"another person'?s|his|her|their) (?:own )?name\b|"
    r"\b(?:send|pay|transfer|give)\s+(?:it|the money|that)\s+(?:to\s+)?(?:me|him|her)\s+(?:directly\s+)?(?:on|via|through|by)\s+"
    r"(?:wechat|alipay|payme|fps|paypal|venmo|zelle)\b|\bpass it (?:on )?to (?:the|my|our) (?:company|bank|boss|office)\b|"
    r"\b(?:to|into) (?:his|her|their) (?:\w+'s )?(?:own )?(?:personal )?(?:bank )?(?:account|card|alipay|wechat)\b|"
    r"\b(?:to|into) (?:(?:my|a|the|our) )?(?!(?:your|bank|lender|court|company|creditor|official)'s)(?:(?!your |bank |lender |court |company |creditor |official )[a-z]+ ){0,2}"
    r"(?!(?:your|bank|lender|court|company|creditor|official|app)'s)\w+'s (?:\w+'s )?(?:own )?(?:personal )?(?:bank )?(?:account|card|alipay|wechat)\b|"
    r"\btransfer (?:the money |it )?to (?:this|the following|an?) (?:account|card)\b|"
    # A person named or unnamed before the account: "to some guy named Liu Qiang's alipay",
    # "into a man called Zhou's card", "to some lady's wechat".
    # A person by title: "to Mr. Huang 6217 …", "into Ms Lin's account" (cf. 陈先生帐户).
    r"\b(?:to|into)\s+(?:mr|ms|mrs|miss|madam)\.?\s+[a-z]+(?: [a-z]+)?(?:'s)?\s*(?:(?:own |personal |bank )*"
    r"(?:account|card|alipay|wechat)\b|(?:at \w+ )?(?:card |account )?\d{4})|"
    r"\b(?:named|called)\s+[a-z]+(?: [a-z]+)?'s (?:own )?(?:personal )?(?:bank )?(?:account|card|alipay|wechat)\b|"
    # an account said to be a named person's: "alipay acct of wang xiaoli", "account under Li Na"
    r"\b(?:account|card|alipay|wechat|wallet|payme|fps)\s+(?:of|under|in the name of|belonging to|held by)\s+"
    r"(?!(?:the|your|my|our|their|his|her|this|that|bank|court|company|lender|creditor|official|some|a|an|"
    r"china|chinese|industrial|agricultural|construction|ping|citi\w*|hsbc|standard|bank of)\b)"
    r"[a-z]+ [a-z]+\b(?!\s+(?:[a-z]+\s+)?(?:bank|co|company|corp\w*|ltd|limited|finance|financial|group|court|"
    r"credit|consumer|inc|branch|plc|llc)\b)|"
    r"\b(?:payee|account holder|account name|beneficiary|holder|name on the (?:account|card))\b[^.;]{0,20}\b(?:a person|an individual|"
    r"a private (?:person|individual)|(?:some|a) (?:guy|man|woman|lady|person)|someone'?s (?:own )?name|a person'?s name)\b|"
    r"\b(?:account|card|alipay|wechat|wallet) of (?:some|a|this|that|another) (?:random )?"
    r"(?:guy|man|woman|lady|person|individual|stranger)\b|"
    r"\b(?:to|into) (?:some|a|this|that|another) (?:random )?(?:guy|man|woman|lady|person|individual|stranger)'?s?\b"
    r"[^.,;]{0,25}\b(?:account|card|alipay|wechat)\b|"
    r"\b(?:pay|paying|(?:transfer|send|wire|remit)(?:ring|ing|ed)? (?:it |the money |money |them )?to) (?:some|a|this|that|another) "
    r"(?:random )?(?:guy|man|woman|lady|person|individual|stranger) (?:named|called)\b|"
    # Someone named by 叫 ("转到一个叫刘芳的人卡上"): a person, whoever they say they are.
    r"(?:转|汇|付|打款|交)(?:账|款|钱)?(?:给|到)(?:一个|个)叫\s*[\u4e00-\u9fff]{1,4}\s*的人|"
    r"(?:转|打|汇|付|存|交)(?:账|款|钱)?(?:到|给|进|入|至)(?:一个|个)?叫[\u4e00-\u9fff]{2,3}的(?:人)?的?"
    r"(?:卡|银行卡|账户|账号|户口|微信|支付宝)|"
    # An Alipay or WeChat account given as a phone number is a person's, not a lender's.
    # (not one's own: "我把自己的支付宝 138… 绑定了借呗")
    rf"(?<!自己的)(?<!自己)(?<!我的)(?<!本人)(?:支付宝|微信|\balipay\b|\bwechat\b)\s*(?:账号|号|account|id|to|at|number)?\s*[:：]?\s*{_CN_MOBILE}|"
    # paying to a WeChat or Alipay id someone gives ("pay 3000 to wechat id zhang_law", "转到微信号 lw8888")
    r"(?:转|打|汇|付|交|\b(?:pay|send|transfer|settle|repay|remit|wire|deposit)\b)[^，。.;]{0,40}(?:\bto\b|\bvia\b|\bthrough\b|\bon\b|到|给|至)\s*(?:his |her |their |the |this )?"
    r"(?:微信号|支付宝账?号|\bwechat id\b|\balipay id\b|\bwechat account\b|\balipay account\b)\s*[:：]?\s*[a-z0-9_-]{4,}|"
    r"\b(?:scan|pay via|pay with|pay through|use) (?:the|this|my|our) qr code\b|"
    r"\b(?:qr code|code|account|card)\b[^.;]{0,10}\bwith (?:the )?name\s+[a-z]+ [a-z]+\b|"
    # a wallet id after "to": "send money through alipay to zhou_ping88" (an id has a digit or _)
    r"\b(?:alipay|wechat|payme|paypal)\b[^.;]{0,12}\bto\s+(?=[a-z0-9_]*[0-9_])[a-z][a-z0-9_]{3,}\b|"
    # paying by a code someone sends ("扫描下方二维码缴纳滞纳金"), not in the lender's own app
    r"扫(?:描)?(?:下方|下面|这个|以下|该|此|我的|我们的)?的?(?:二维码|收款码|付款码)\s*(?:缴纳|缴费|付款|转账|交|还款|支付|付)"
)
# Someone's own account: "转到他们财务王丽的微信上", "转到他老婆的银行卡上" (not "还到我自己的信用卡").
_SOMEONES_ACCOUNT_RE = re.compile(
    r"(?:(?:转|打|汇|付|交|还|给钱|存钱|存)(?:账|款|钱|[\u4e00-\u9fff]{1,3}?(?:费|金))?(?:\s*\d[\d,.]*\s*(?:元|块|万)?(?:钱)?\s*)?(?:[\u4e00-\u9fff]{1,3}?(?:费|金))?(?:到|给|进|入|去|至)|扫)(?P<owner>[^，。,.;；!?！？]{1,10}?)[的之](?:个人)?"
    # the bank may be named between: "打到他同事刘洋的建行卡"
    r"(?:[工建农中招交]行|邮储|[\u4e00-\u9fff]{0,4}?(?:银行|信用社|农信社|农商行|邮政|邮局))?(?:微信|支付宝|银行卡|卡|账户|账号|户口|收款码|二维码)"
)
# The same with the verb after the account: "给他微信转1000", "往张伟的卡里打5000", "向对方支付宝付".
_ACCOUNT_THEN_VERB_RE = re.compile(
    r"(?:给|往|向)(?P<owner>[^，。,.;；!?！？\s]{1,8}?)的?(?:个人)?"
    r"(?:[工建农中招交]行|邮储|[\u4e00-\u9fff]{0,4}?(?:银行|信用社|农信社|农商行|邮政|邮局))?"
    r"(?:微信|支付宝|银行卡|卡|账户|账号|户口|收款码)(?:上|里|中)?(?:面)?\s*(?:转|打|汇|付|存|充)(?!单)"
)
# Common surnames: a 2-3 character name led by one, before an account word, is a person's account.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# A payee named with a card or account number: "转入 张伟 6222…", "户名 周某某", "账户：刘明 6228…".
# Card numbers, and Hong Kong / Taiwan account numbers (012-345-67890123, 822-1234567890).
_CARD = (
    # a mobile number (an Alipay or WeChat account), masked as it is shown: "186****2233"
    r"(?:1[3-9]\d[\s-]?[x*×]{4}[\s-]?\d{4}(?!\d)|"
    # a number partly masked as it is pasted or retold: "62284801xxxx", "6217 **** **** 5521"
    r"(?:\d{4,8}(?:[\s-]?[x*×]{2,4}){1,4}(?:[\s-]?\d{2,4})?(?![a-z])|"
    r"\d{4}[\s-]?\d{4}[\s-]?\d{2,4}|\d{3}[\s-]\d{3}[\s-]?\d{5,9}|\d{3}[\s-]\d{9,14}|"
    r"\d{3}[\s-]\d{4}[\s-]\d{4}(?:[\s-]\d{2,4})?|\d{3}[\s-]\d{6}[\s-]\d{3}))"  # 822-5401-2233-88, 123-456789-001
)
_PAYEE_RE = re.compile(
    # the holder named by a surname only: "户主姓刘", "收款人姓王", "户名是张先生"
    # ("户名系一个姓陈的人": a person described by surname, in Cantonese)
    rf"(?:户名|户主|收款人|账户名|开户名|持卡人|开户人|账户持有人)\s*(?:是|为|叫|系)?\s*(?:(?:一个|个)?姓\s*(?P<name10>[{_SURNAMES}])|"
    rf"(?P<name11>[{_SURNAMES}])(?:先生|女士|小姐|师傅|总|经理))|"
    rf"(?:户名|收款人|账户名|开户名|持卡人|开户人|账户持有人)\s*(?:是|为|叫|系)?\s*[:：]?\s*(?P<name>[\u4e00-\u9fff]{{2,20}}?(?:有限公司|公司|中心|工作室|商行)|"
    rf"[\u4e00-\u9fff]{{2,4}}(?=[\s,，。;；:：、]|$|卡号|账号|\d|的(?:账户|账号|卡|银行卡|户口|支付宝|微信|转数快)))|"
    rf"(?:账户|账号|户口)\s*[:：]?\s*(?P<name4>[\u4e00-\u9fff]{{2,4}})\s*[,，]?\s*(?:[\u4e00-\u9fff]{{2,8}}银行)?\s*(?:卡号)?\s*{_CARD}|"
    rf"(?:转入|转到|汇入|汇到|打到|转给|打给|存入)\s*[:：]?\s*(?P<name2>[\u4e00-\u9fff]{{2,4}})\s*[,，]?\s*(?:卡号)?\s*{_CARD}|"
    rf"\b(?:account|acct|a/c|payee|account name|beneficiary)\s*:?\s*(?P<name3>[a-z]+ [a-z]+),?\s+(?:[a-z]+\s+){{0,3}}{_CARD}|"
    # Any verb that sends money "to/至" a person's name followed by a card number: "还款至 王磊 6217…",
    # "transfer 3000 to Wang Fang 6222…".
    rf"(?:至|到|入|给|进)\s*[:：]?\s*(?P<name5>[\u4e00-\u9fff]{{2,4}}?)\s*[,，]?\s*(?:[\u4e00-\u9fff]{{2,8}}(?:银行|信托|信用社|商行))?\s*的?(?:个人)?(?:卡号|账号|账户|户口|银行卡|卡)?\s*[:：]?\s*{_CARD}|"
    # The holder's name after the number: "到 6217 0000 1111 2222 张伟", "to account 6222 … (Zhang Wei)".
    rf"(?:至|到|入|给|进|\bto\b|\binto\b)\s*(?:(?:支付宝|微信|alipay|wechat)\s*)?(?:account|card|账户|账号|卡号|号)?\s*[:：]?\s*{_CARD}(?:[\s-]?\d{{2,4}})*\s*[,，(（]?\s*"
    rf"(?:(?:户名|收款人|持卡人|开户名|姓名|名字)\s*(?:是|为)?\s*[:：]?\s*)?(?:(?P<name8>[\u4e00-\u9fff]{{2,4}})(?![\u4e00-\u9fff])|(?P<name9>[a-z]{{2,10}} [a-z]{{2,10}})\b)|"
    # "to Wang Fang 6222…", "to account Wang Lei 6222…", "into the card of Li Na 6217…"
    rf"\b(?:to|into)\s+(?:(?:the|an?|this)\s+)?(?:(?:bank\s+)?(?:account|card)\s+(?:of\s+|holder\s+|name\s+)?)?"
    rf"(?P<name6>[a-z]{{2,10}} [a-z]{{2,10}}),?\s+(?:[a-z]+\s+){{0,3}}{_CARD}|"
    r"\b(?:account of|account holder|beneficiary|in the name of|account (?:named|called)|under the name(?: of)?|"
    r"belonging to|account name|payee name|name on the account|(?:alipay|wechat|wechat pay|weixin|card|wallet) of)\s*:?\s*(?:mr|ms|mrs|miss)?\.?\s*"
    r"(?P<name7>[a-z]{2,10}(?: [a-z]{2,10}){0,2})\b"
)
# A payee given as a record, the number then its holder: "支付宝账户 186****2233 姓名 赵某",
# "卡号 6222 0000 1111 2222 收款人：刘某某". 姓名 counts only here, after a number to pay into.
_NUMBER_THEN_HOLDER_RE = re.compile(
    rf"(?:{_CARD}|(?<!\d){_CN_MOBILE}(?!\d))\s*[,，;；]?\s*(?:姓名|名字|实名|收款人|户名|持卡人|开户名|账户名)\s*(?:是|为)?\s*[:：]?\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])"
)
# Money sent to someone: 转/汇/付 alone, 打/交/还/存 only with money (打给 is a phone call,
# 交给法官 hands over papers).
_MONEY_TO = (
    r"(?:(?:转|汇|打|付|交|还|存|缴)(?:款|钱|账)|转|汇|付|存入|缴纳|"
    r"把(?:钱|款|欠款|款项|这笔钱)[^，。]{0,4}?(?:打|转|汇|存|交))\s*(?:到|至|给|进|入)"
)
# An account named for a person by surname and title: "匯款至陳先生帳戶", "转到李小姐的支付宝".
_TITLED_PAYEE_RE = re.compile(
    rf"{_MONEY_TO}\s*[\u4e00-\u9fff]{{1,2}}(?:先生|女士|小姐|老师|师傅|生|经理|总|主管|律师|法官|专员|会计|主任|科长|队长|警官)"
    r"(?:的|之)?\s*(?:个人)?(?:账户|账号|户口|银行卡|卡|微信|支付宝|收款码)?"
)
# Money to a person named by a role ("转至经办人王磊的支付宝", "汇款至承办人陈志明账户", "to our
# officer Zhang Wei"): whoever they say they are, a person's account is not the creditor's.
_ROLE_ZH = r"经办人|承办人|书记官|检察官|执行官|司法官|法警|处理人|受理人|办理人|对接专员|客户经理|催收员|财务|出纳|会计|代理人|专员|法务|负责人|工作人员|业务员|对接人|调解员|经理|主管|律师|法官|书记员|执行员|同事"
_ROLE_EN = (
    r"officer|handler|case manager|lawyer|attorney|clerk|judge|staff member|colleague|collector|"
    r"agent|representative|specialist|case worker"
)
_ROLE_PAYEE_RE = re.compile(
    rf"{_MONEY_TO}\s*(?:我们|我司|本院|法院|我)?的?(?:{_ROLE_ZH})(?!部|处|科|中心|组|室|团队)|"
    # to the caller himself: "先转3000给他", "转给她2000" (not "他们", not "他的公司")
    r"(?:转|汇|付|打)\s*[$¥￥]?\s*\d[\d,.]*\s*(?:万|千|k|w)?\s*(?:块|元|蚊)?(?:钱)?\s*(?:给|俾)\s*(?:他|她|佢)"
    r"(?!们|哋|的?(?:公司|平台|单位|机构|银行|对公))|"
    r"(?:转|汇|付)(?:钱|款|账)?(?:给|俾)(?:他|她|佢)(?!们|哋)\s*[$¥￥]?\s*\d|"
    # a person named by a title after what they do ("转到 征信修复专员 微信", "汇到 法务顾问的支付宝"):
    # no organisation in the description, and a person's own channel after the title
    rf"{_MONEY_TO}\s*(?:(?!公司|银行|法院|集团|平台|中心|官方|机构)[\u4e00-\u9fff]){{1,6}}?"
    r"(?:专员|经理|主管|顾问|老师|师傅|律师|客服|助理)\s*的?\s*(?:个人)?(?:微信|支付宝|账户|账号|银行卡|收款码|qq)|"
    rf"(?:{_ROLE_ZH})\s*[\u4e00-\u9fff]{{2,4}}?\s*的?(?:个人)?(?:账户|账号|户口|银行卡|卡号|微信|支付宝|收款码)|"
    rf"\b(?:pay|paid|transfer|send|wire|remit)\w*\b[^.]{{0,40}}\b(?:to|via|into)\s+(?:our|the|my|a|your|their|his|her)?\s*"
    rf"(?:case\s+)?(?:{_ROLE_EN})s?\b"
)
_EN_LENDER_RE = re.compile(
    r"\b(?:bank|cmb|icbc|ccb|boc|abc|citi\w*|hsbc|alipay|jiebei|huabei|ping|weilidai|webank|mybank|jd|"
    r"meituan|court|company|ltd|limited|lender)\b"
)
# An organisation, not a person with the bank after the name ("China Merchants Bank").
_EN_ORG_WORD_RE = re.compile(r"\b(?:bank|court|company|ltd|limited|lender)\b")
# Words that make "to X Y 6222…" an account's description rather than a person's name.
_EN_NOT_A_NAME = frozenset(
    "my your his her their our the this that a an card credit debit account bank savings alipay wechat "
    "number no ending official repayment loan icbc cmb ccb boc abc citi hsbc".split()
)
# Words that are an account's description, not a payee's name.
_NOT_A_NAME_RE = re.compile(
    r"^(?:余额|异常|存在|已|将|被|冻结|信息|安全|充足|资金|里|中|内|不足|以下|下面|这个|监管|是|为|叫|什么|怎么|本人|您本人|自己|您的|你的|"
    r"转|还|汇|付|充|扣|支付|缴|交|查|登录|变更|注册|户名|账户|账号|卡号|姓名|名字|名称|与|和|跟|"
    # the company itself, no other name: "户名就是公司全称"
    r"(?:就是|就系|即)?(?:公司|中心)(?:全称|名称|名字|$))"
)
_LENDER_RE = re.compile(
    r"银行|花呗|借呗|支付宝|微粒贷|微众|京东|白条|金条|美团|360|分期乐|安逸花|招联|马上消费|捷信|度小满|"
    r"拍拍贷|平安普惠|有钱花|网商|法院"
)
_COURT_RE = re.compile(
    r"法院|案号|法官|书记员|执行员|执行官|法警|立案|传票|开庭|起诉|诉讼|执行局|强制执行|判决|检察院|检察署|地检署|地检|公安局|案件|撤案|撤诉|\bcourt\b|\bsummons\b|\blawsuit\b|\bsued\b|\bjudge\b|\bwarrant\b"
)
_COURT_UNIT_RE = re.compile(
    r"法院|[^\s，。]{2,4}?[中高]院|法官|执行局|立案庭|书记员|执行员|执行官|法警|\bcourts?\b|\bjudge\b|\btribunal\b|\bclerk of\b"
)
_OFFICIAL_CHANNEL_RE = re.compile(
    r"12368|人民法院在线服务|人民法院送达平台|法院专递|微法院|court\.gov\.cn|当面送达|\bby hand\b"
)
# Paying through the courts' own service ("通过人民法院在线服务缴纳诉讼费"): the official channel.
_PAY_VIA_OFFICIAL_RE = re.compile(
    r"(?:通过|在|登录|经|用)\s*(?:[\u4e00-\u9fff]{0,4}?(?:12368|人民法院在线服务|人民法院送达平台|微法院)|[a-z.]*court\.gov\.cn)"
    r"[^，。,;；]{0,6}?(?:缴纳|缴费|交纳|支付|预交|付款)|"
    r"\b(?:pay|paid|payment)\s+(?:in)?to\s+the\s+court'?s\s+(?:own\s+)?(?:designated\s+|official\s+)?account\b"
)
# What a court itself collects (诉讼费, 执行款): asked for by a court that is real, in a notice
# with no other payee, it is the court's own business, paid through its own channels.
# The person telling of checking with the courts' own line or site ("我打了12368", "I called the
# court hotline 12368", "checked zxgk.court.gov.cn myself"): their account of a check, not a court
# speaking through some other channel.
_VERIFIED_RE = re.compile(
    r"(?:打了?|打咗去?|打过去?|拨了?|拨打了|致电了?|问了?|问过|查了?|查过|登录了?|上了?)[^，。,;；]{0,6}?(?:12368|court\.gov\.cn)|"
    r"\b(?:called|rang|phoned|checked|looked (?:it )?up|dialled|dialed|verified)\b[^;。]{0,30}?(?:12368|court\.gov\.cn)"
)
_COURT_MONEY_RE = re.compile(
    r"(?:缴纳|交纳|预交|支付|缴)?(?:案件)?(?:诉讼费|受理费|执行款|案款|迟延履行金|执行费|申请费)(?:用)?|"
    # what a mediation or a judgment itself orders paid: "请按调解书约定于7月1日前履行付款义务"
    r"按(?:照)?(?:调解书|判决书|裁定书|调解协议|和解协议)[^，。,;；]{0,16}?(?:履行)?(?:付款|还款|支付|给付)(?:义务)?|"
    # into the court's own account, as its notice states: "按执行通知书载明的法院账户缴纳"
    # ("本院执行款专户": the court's own account for enforcement money)
    r"(?:按|向|至|到|入)[^，。,;；]{0,10}?(?:法院|本院)(?:的)?(?:指定|执行款|案款)?(?:专户|账户|账号)(?:缴纳|交纳|支付|缴)?|"
    r"\b(?:pay|paid|payment)\s+(?:in)?to\s+the\s+court'?s\s+(?:own\s+)?(?:designated\s+|official\s+)?account\b"
)
_PAY_RE = re.compile(
    r"转账|付款|缴纳|缴费|汇款|保证金|手续费|解冻费|解冻金|保释金|撤诉费|结案费|交钱|打款|\bpay\b|\btransfer\b|\bfee\b|\bdeposit\b"
)
_CALLBACK_RE = re.compile(
    r"(?:致电|联系|联络|拨打|回电|回拨|打|电话|热线|call|contact|ring|\btel\b|\bphone\b)(?:\D{0,8}|[^\d。！？!?\n]{0,24}?\b(?:at|on)\s)"
    rf"({_CN_PREFIX}(?:{_TW_MOBILE}|0\d{{2,3}}[- ]?\d{{7,8}}|{_CN_MOBILE}|{_HK_NUMBER}|\d{{5,8}}))"
)
_CONTACT_NUMBER_RE = re.compile(
    r"(?:联系人|联络人|对接人|经办人|承办人|手机|手机号|\bcontact(?: person| officer)?|\bmobile\b|\bcell\b)"
    rf"[^\d。！？!?\n，,;；]{{0,16}}?[:：]?\s*({_CN_PREFIX}{_CN_MOBILE})(?!\d)"
)
# A person at a court or the police named by title, then a mobile: "陈法官 0912…", "王警官15087…",
# "officer Wu 13760…". Courts call from landlines and 12368, not from an officer's own mobile.
_TITLED_MOBILE_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,3}(?:法官|书记员|警官|执行员|执行官|法警|庭长|助理)|"
    r"(?:法官|书记员|警官|执行员|执行官|法警|庭长)\s*[\u4e00-\u9fff]{1,3}|"
    r"\b(?:officer|judge|clerk|bailiff|inspector|constable)\s+[a-z]+(?:\s+[a-z]+)?)"
    rf"\s*[:：,，]?\s*(?:手机|电话|mobile|cell|tel|phone)?\s*[:：]?\s*({_CN_PREFIX}(?:{_CN_MOBILE}|{_TW_MOBILE}|{_HK_NUMBER}))(?!\d)"
)
_MOBILE_RE = re.compile(rf"^(?:{_CN_PREFIX}{_CN_MOBILE}|{_HK_NUMBER}|{_TW_MOBILE})$")
# The number a message came from: "a text from +86 138…", "来自13912…的短信", "发件人：1381…".
_SENDER_NUMBER_RE = re.compile(
    rf"(?:\bfrom\b|来自|发件人|发送号码|来电号码|来电显示|显示号码)\s*[:：]?\s*({_CN_PREFIX}(?:{_CN_MOBILE}|{_TW_MOBILE}|{_HK_NUMBER}))(?!\d)"
)
# A mobile number told, not quoted: "电话是个手机号", "用私人手机打来", "called from a mobile number".
_DESCRIBED_MOBILE_RE = re.compile(
    r"(?:电话|号码|来电|打来的?|显示)[^，。]{0,4}?(?:是|为)?(?:一?个)?(?:手机号|手机|私人号|个人号|私人电话|个人电话)|"
    r"用(?:他的?|她的?|自己的?)?(?:个人|私人)?手机(?:号)?(?:打|联系|来电)|"
    r"\b(?:from|on|using|with) (?:a|an|his|her|their|some) (?:personal |private |random |ordinary |normal )?"
    r"(?:mobile|cell(?:phone)?)(?: phone)?(?: number)?\b|\b(?:number|it|sender|caller) (?:was|is) (?:just )?a "
    r"(?:personal |private |normal |ordinary |regular |random )?"
    r"(?:mobile|cell)(?: phone)?(?: number)?\b"
)
# A notice sent from a free mailbox ("发件人 court_notice@163.com", "email from …@gmail.com"):
# courts and the police send from their own domains, or through 12368 and the courts' platforms.
_FREE_MAIL_SENDER_RE = re.compile(
    r"(?:发件人|寄件人|发信人|发件地址|邮箱|邮件|电邮|\be-?mail\b|\bsender\b|\bfrom\b)[^，。,]{0,12}?"
    r"[a-z0-9._-]+@(?:163|126|qq|gmail|outlook|hotmail|sina|sohu|yeah|foxmail|yahoo|aliyun)\.(?:com|net|cn)\b"
)
# A mobile told with digits masked or by its prefix only ("手机15038xxxx12", "138 8261 xx09",
# "用的是139开头的手机号", "a 186 mobile number"): a mobile all the same.
_MASKED_MOBILE_RE = re.compile(
    r"(?<![\da-z])\+?(?:86[\s-]?)?1[3-9]\d(?=[\d\s-]*[x×*＊])(?:[\s-]?[\dx×*＊]){4,9}(?![\da-z])|"
    r"(?<!\d)1[3-9]\d{0,3}\s*(?:开头|打头|起头)|\b1[3-9]\d\s+(?:mobile|cell|number)\b"
)
_IM_RE = re.compile(
    r"扫码|扫描二维码|二维码|(?:加入|加|进)[^，。]{0,6}群|\bscan (?:the|this|a) (?:qr )?code\b|\bjoin (?:the|a|our) (?:\w+ )?group\b|"
    r"加(?:我的?|对方|他的?|她的?|佢的?)?(?:微信|qq|好友|line|whatsapp|telegram|tg)|"
    # reached on a messaging app: "叫我whatsapp佢", "用line联系书记官"
    r"(?:whatsapp|line|telegram|signal|微信|wechat)\s*(?:他|她|我|对方|联系|联络|找)|(?:用|在|通过)(?:whatsapp|line|telegram|微信|qq)(?:上)?(?:联系|联络|找|处理)|"
    r"(?:添加|加)[^，。\s]{1,5}?(?:的)?(?:微信|qq|line|whatsapp|telegram)\s*(?:号|id)?\s*[:：]?\s*[a-z0-9_-]{4,}|"
    # a court's or the police's person added on an app: "请添加书记员微信处理", "加法官的微信"
    rf"(?:添加|加)(?:{_ROLE_ZH}|警官|民警|执行法官|承办法官)(?:的)?(?:个人)?(?:微信|qq|line|whatsapp|telegram)(?!公众号|小程序)|添加(?:微信|qq|line)|微信号|qq号|line\s*id|\badd (?:me|us) on (?:wechat|qq|whatsapp)\b|\bwechat id\b|"
    r"\b(?:his|her|their) (?:personal )?(?:wechat|whatsapp|line|qq|telegram)\b|"
    # a number or id on a messaging app: "a whatsapp number to contact the judge", "via telegram"
    r"\b(?:whatsapp|wechat|telegram|signal|viber|qq)\s+(?:number|no\.?|id|account|contact|handle)\b|"
    r"\b(?:on|via|through|over)\s+(?:whatsapp|telegram|signal|viber)\b|"
    # someone's account on an app, to be added: "add WeChat court_yiwu", "add the clerk's line: li_88"
    # (an id has a digit or an underscore: "add the court's WeChat account" names none)
    r"\badd\s+(?:the\s+|our\s+|his\s+|her\s+|my\s+)?(?:[a-z']+\s+){0,2}?(?:wechat|qq|whatsapp|line|telegram)\b"
    r"(?:\s+(?:id|account|number))?\s*:?\s*(?=[a-z-]*[\d_])[a-z0-9_-]{4,}|"
    # ... or given for contact ("Contact officer Chen on WeChat chen_gz_court", "wechat: szcourt_clerk")
    r"\b(?:wechat|whatsapp|telegram|qq)\b(?:\s+(?:id|account|number))?\s*:?\s*(?=[a-z-]*[\d_])[a-z0-9_-]{4,}|"
    r"\b(?:on|via)\s+line(?:\s+id)?\s*:?\s*(?=[a-z-]*[\d_])[a-z0-9_-]{4,}"
)
_URGENT_RE = re.compile(
    r"立即|马上|立刻|尽快处理|今天之内|今日内|\d+\s*小时内|\bimmediately\b|\bwithin \d+ hours\b|\btoday\b"
)
_PRESSURE_RE = re.compile(
    r"立即|马上|立刻|尽快处理|今天之内|今日内|\d+\s*小时内|否则|逾期不处理|\bimmediately\b|\bwithin \d+ hours\b|\bor else\b|\btoday\b"
)
_ARREST_RE = re.compile(
    # a prison term or a criminal charge named ("要判三年", "按诈骗判"), and arrest as what not
    # paying brings ("交3万押金就不抓": not arrested only if paid)
    r"判(?:我|你|他|她|人)?(?:个)?[一二两三四五六七八九十几\d]+(?:个)?年|按[^，。]{0,6}?(?:诈骗|犯罪|刑事)[^，。]{0,3}?判|"
    r"(?<=[就才便]不)(?:抓|拘|捉|关)(?!紧)|"
    # "明天就抓", "不处理就抓人": arrest as what comes next, the clause ending there
    r"(?<=[就要])(?:抓|拘)(?:你|我|人|了)?(?=$|[\s，。！!])|"
    # bail asked for a debt, held at the border, sent out of the country: "付一万保释金",
    # "过关的时候扣留你", "police will deport you", "they lock him up tonight"
    r"保释金|保释费|\bbail\b|(?:派人|找人|叫人)(?:去|来|过来)?(?:抓|拉|捉)|抓(?:去|进去)关|"
    r"\b(?:take|taking|drag|bring)\s+(?:him|her|them)\s+(?:down\s+)?to\s+(?:the\s+)?(?:police|station|jail)\b|扣留(?:你|我|人|他|她)?|(?:海关|关口|口岸|入境处|边检|过关|出入境)[^，。]{0,8}?(?:扣|截|拦)(?:住|下)?(?:你|我|人|他|她)(?![^，。\s]{0,2}(?:钱|款|工资|卡|分))|\bdeport(?:ed|ation)?\b|\block (?:him|her|them|u) up\b|"
    # arrested as what follows: "入境就会被抓", "再不还就会被拘" (the Taiwanese warrant: 拘票)
    r"(?:就|会|将|要|便)[^，。\s]{0,3}?被(?:抓|捕|拘)|拘票|"
    # held as one crosses a border, as what will follow ("下次入境就会被扣押", "回国在机场会被边检
    # 扣下"): a person; a thing "被扣押" (a car, a parcel at customs) is told, not threatened
    r"(?:入境|出境|过关|通关|回国|回大陆|返大陆|回内地|返内地|机场|口岸|海关|边检|关口|车站|火车站|高铁站)[^，。\s]{0,6}?"
    r"(?:就|会|将|要|便)[^，。\s]{0,2}?被[\u4e00-\u9fff]{0,2}?(?:扣押|扣留|扣住|扣下|扣(?![钱款分费工])|控制|拦下)|"
    # locked up, or hunted as a fugitive: "把我关起来", "让你蹲号子", "就会被关", "网上追逃",
    # "人也抓了", "会同当地公安对您采取强制措施"
    r"(?:把|将)(?:我|你|您|人|他|她)[^，。]{0,2}关起来|蹲号子|进号子|(?:就|会|将|要|便)[^，。\s]{0,3}?被关(?![注联闭门机停系])|"
    r"(?:对|把|将)(?:你|您|我)[^，。]{0,6}?追逃|(?<!不)(?:将|会|要|就)(?:被)?(?:进行)?(?:网上)?追逃|追逃名单|人也(?:要|会|得)?(?:被)?(?:抓|拘|扣|关)|(?:公安|警方|派出所|民警)[^，。]{0,8}?采取(?:刑事)?强制措施|"
    r"逮捕|抓捕|拘留|拘捕|拘(?:人|你|我)|坐牢|坐监|坐[^，。\s]{1,4}?牢|看守所|抓你|抓人|拉人|拉你|捉人|捉你|上门抓|带走|带人|通缉|刑拘|判刑|蹲监狱|进监狱|刑侦|"
    r"(?:公安|警察|派出所|民警|警员|刑警|警方|经侦).{0,6}(?:上门|找你|抓)|"
    r"(?:上报|报给|交给|转交|移交|移送)(?:到|给)?(?:当地|本地|辖区|你(?:们)?当地)?的?(?:公安|派出所|警方|经侦)|"
    r"(?:警察|公安|民警|警方|派出所)[^，。]{0,4}带(?:我|你|人|他|她)?(?:回去|回局里|回所里|走)|带回(?:去)?(?:调查|审问|问话|派出所)|送进去|关进去|弄进去|吃牢饭|蹲大牢|拘传|拘提|羁押|关押|关进|抓进去|抓起来|抓走|抓我|把(?:我|你|人)[^，。]{0,3}抓|上门拉(?:我|你|人)|(?:就|会|要|便)[^，。]{0,8}?拉(?:我|你)(?![^，。\s]{0,3}(?:进|入|群|黑|出来|下水))|移交公安|移送公安|进去蹲|蹲[^，。]{0,2}年|"
    r"带(?:我|你|人|他|她)?(?:到|去|回|进)(?:派出所|公安局|警局|看守所)|"
    r"\b(?:sent|handed|passed|transferred|referred|forwarded|escalated)\s+(?:over\s+)?to\s+(?:the\s+)?(?:police|cops|public security)\b|"
    # handcuffs, and the police "coming to" take one: "让派出所的人来拷我", "戴手铐"
    r"(?:拷|铐)(?:走|你|我|人|起来|上)|(?:戴|上)手铐|"
    # the police sent to where one lives or works: "派警察去我家", "叫公安到你单位"
    r"(?:派|叫|让|找|带|喊)(?:了)?(?:几个|一队)?(?:警察|公安|民警|特警|刑警|经侦|差人|差佬|法警|派出所的?人|公安局的?人)[^，。]{0,4}?"
    r"(?:去|来|到|上|过去)(?:我|你|您|他|她)?(?:们)?(?:的)?(?:家|单位|公司|学校|宿舍|住处|住的地方|老家|门口|工地|厂)|"
    r"(?:公安|警察|派出所|民警|警方)的?人?[^，。]{0,4}来(?:拷|铐|抓|带|拉|捉|扣)|"
    r"(?:被|给|让|叫)(?:警察|公安|派出所)[^，。]{0,3}(?:抓|拉|带走|扣)|"
    r"\barrest(?:ed)?\b|\bjail(?:ed)?\b|\bprison\b|\bwarrant (?:will|would|has|have|is|was|issued|out)\b|"
    r"\b(?:issue|issued|issuing) (?:a |an )?warrant\b|\bimprison(?:ed|ment)?\b|\bbehind bars\b|\blocked away\b|\bwarrant for\b|\bpolice (?:will|are coming)\b|"
    r"\breported (?:you|me) to the police\b|\bofficers? (?:will|are going to) (?:come|arrive|visit)\b|"
    r"\bpolice (?:will|are going to) (?:come|visit|arrive)\b|报警(?:抓|拉|捉)|"
    r"\bsend(?:ing)? (?:the )?(?:police|cops|officers)\b|"
    # the police coming to one's place: "police come to my office tmrw", "cops will show up at your home"
    r"\b(?:police|cops?|officers?)\s+(?:are\s+|is\s+)?(?:heading|headed|en route|on (?:their|the) way)\s+(?:to|over|for)\b|"
    r"\b(?:police|cops?|officers?)\s+(?:are\s+|is\s+)?(?:will\s+|would\s+|gonna\s+|going to\s+)?(?:come|coming|show up|turn up|visit|go)\s+"
    r"(?:to|at|by)\s+(?:my|your|our|the)\b|"
    r"\b(?:police|officers?|cops?)\b[^.]{0,15}\b(?:are|is) (?:on (?:the|their) way|coming)\b|"
    r"\b(?:take|taking|took|bring|drag|carry|escort)\s+(?:you|u|me)\s+(?:down\s+)?to\s+(?:the\s+)?(?:police|station|jail|lock-?up|cell)\b|"
    # the police coming for one: "the cops will pick you up", "police gonna come for u"
    r"\b(?:police|cops?|officers?)\b[^.]{0,20}\b(?:pick(?:ing)?\s+(?:you|u|me)\s+up|come\s+for\s+(?:you|u|me)|"
    r"(?:grab|collect|fetch)\s+(?:you|u|me))\b|"
    r"\b(?:taken|dragged|escorted|brought|hauled)\s+(?:down\s+)?to\s+(?:the\s+)?(?:police|station|jail|lock-?up|cell)\b|"
    # the police on their way or sent for: "警察马上就到", "联系当地派出所协助" (a visit with the police)
    r"(?:警察|公安|民警|警方|派出所|刑警|经侦|特警)(?:的人)?[^，。]{0,6}?(?:就到|马上到|快到|在路上|出发|到场|协助|配合(?:上门|抓|拘))|"
    # locked up for a time, or a criminal case opened on one: "我会被关十五天", "给我立了诈骗案"
    r"(?:被|把你|把我|起码|至少|最少|要|得)关(?:上|个)?[一二两三四五六七八九十百几半\d]+个?(?:天|年|月|礼拜|星期)|"
    r"立(?:了)?(?:个|一个)?(?:诈骗|刑事|经济犯罪|经济)案|"
    r"\bhandcuff\w*|\btake (?:you|u|me) in for (?:questioning|interrogation)\b|"
    r"\b(?:officers?|police|cops?)\b[^.]{0,45}\b(?:waiting (?:downstairs|outside|for (?:you|u|me))|take (?:you|u|me) in)\b|"
    r"\b(?:have|has|got|issued) a warrant\b|\b(?:you'?ll|you will|u will|you'?re gonna|you are going to) be "
    r"(?:picked up|taken in|taken away|brought in|hauled in)\b|"
    r"\bdetain(?:ed)?\b|\bdetention\b|\block(?:ed)? (?:you |me )?up\b|\btake (?:you|me) away\b|"
    # a person held at a border: "hold me at Khorgos port", "you'll be held at the airport"
    r"\b(?:hold|stop|grab)\s+(?:you|u|me|him|her)\s+at\s+(?:the\s+)?(?:[a-z]+\s+)?(?:port|border|airport|customs|checkpoint)\b|"
    r"\b(?:i|you|u|he|she)\s*(?:will|would|'ll|'d|are going to|gonna)\s+be\s+(?:held|stopped|grabbed)\s+at\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?(?:port|border|airport|customs|checkpoint)\b|"
    # the police taking one out: "the cops would come drag me out of my house"
    r"\b(?:police|cops?|officers?)\b[^.]{0,30}\b(?:drag|haul|pull|take|carry|march)\w*\s+(?:me|you|u|him|her)\s+(?:out|away|off)\b|"
    r"\btaken away\b|\b(?:taken|take you|put you) into custody\b|\bcriminal (?:case|charges?|prosecution|liability)\b|\bbecomes? criminal\b"
)
# Paying to make a lawsuit or a record go away: neither can be bought.
_FEE_WORD_RE = re.compile(
    r"撤诉费|撤案费|销案费|结案费|止讼费|止诉费|撤销费|清除费|修复费|消除费|洗白费|停催费|保证金|押金|订金|定金|"
    r"游戏点数|点卡|充值卡|购物卡|礼品卡|\bgift ?cards?\b|\bgoogle play\b|\bitunes\b|\bsteam cards?\b|"
    r"解冻金|保释金|交保金|取保(?:候审)?(?:金|费)|诚意金|认证金|验资金|担保金|服务金|点数卡|"
    r"(?<![免消浪])费(?!用全免)|收费|[交缴付俾给打转汇收花]\s*[$¥￥]?\s*\d|花(?:点|些|点儿)?钱|[交缴付](?:一笔|一点|点|些)(?:钱|款)?|(?:只要|只需|仅需|仅要|才要|要价|开价)\s*\d{3,}|"
    # the amount after the one who takes it: "给他2800", "转中介3000", "付他们500"
    r"(?:[交缴付给打转汇]|转给|打给|交给)(?:他|她|他们|她们|对方|中介|师傅|老师|专员|经理|我们|我)\s*\d{3,}|\d+\s*(?:元|块|蚊|万)|[交缴付给打转汇]钱|"
    r"\bfees?\b|\bpay\b|\bpaid\b|\b\d+\s*(?:yuan|rmb|bucks|dollars|hkd|ntd?)\b|\bfor \d+\b|\bdeposit\b|\bcharge\b|"
    r"\b\d+(?:\.\d+)?\s*[kw]\b|\d+(?:\.\d+)?\s*千(?:元|块)?|"
    # A bare amount in English: "plus 800 to delete my record", "send another 500 and the case is dropped".
    r"\b(?:plus|another|extra|transfer|send|give|wire)\s+(?:(?:them|him|her)\s+)?(?:another\s+)?\d{2,}\b|"
    r"\b(?:send|transfer|wire|give)\w*\s+(?:(?:them|him|her)\s+)?(?:the |some |more )?money\b|"
    # an amount in Chinese numerals paid to someone: "给他三千块", "交两万", "转八千到…" (a number
    # alone, "差价五千", "三百多个人", is not money asked)
    r"(?:[交缴付打转汇]了?|(?:转给|打给|交给|给)(?:他|她|他们|她们|对方|中介|我们)|(?:只要|只需|仅需|才)给?)\s*"
    r"[一二两三四五六七八九十几]+[百千万][零一二两三四五六七八九十百千万]*(?:元|块|蚊)?|"
    r"\b\d{2,}\s+(?:more\s+)?(?:to|and)\s+(?:get\s+)?(?:delete|clear|remove|erase|fix|repair|clean|wipe|stop|"
    r"drop|close|cancel|withdraw|the case|the lawsuit|my record|your record)"
)
_STOP_ACTION_RE = re.compile(
    # 撤告 and 撤回告诉: Taiwan's and Hong Kong's words for withdrawing a suit
    r"撤诉|撤告|撤回告诉|撤案|销案|止讼|止诉|撤销|停催|消除|清除|删除|删掉|洗白|修复|抹掉|撤掉|不良记录.{0,4}(?:消|删|清)|"
    # an account unfrozen for it ("转8000去个人户口解冻")
    r"解冻|解封|\bunfreez\w*|"
    # not being arrested or jailed, as what the money buys ("交3万押金就不抓", "就不用坐牢")
    r"(?<=[就才便]不)(?:抓|拘|捉|关)(?!紧)|(?<=[就才便])(?:不用|不会|不必|唔使)(?:被)?(?:抓|拘留|坐牢|坐监|关|进去)|"
    r"(?:消|删|清|去|洗)(?:掉|晒|走|除|了)?(?:我的?|你的?)?(?:逾期|不良|征信|tu|信用|信贷)?记录|消逾期|"
    # the record first, then what is done to it: "把征信上的逾期记录洗掉", "不良记录可以抹干净"
    r"(?:记录|征信|逾期|资料|评级|tu)[^，。]{0,6}?(?:洗掉|消掉|删掉|清掉|抹掉|去掉|弄掉|处理掉|洗白|抹干净|清干净|删干净|洗干净|弄干净|清除|消除|删除|清理掉?)|"
    r"(?:记录|征信)[^，。]{0,6}?(?:全|都|全部)?(?:删|消|清|抹)(?:了|光|空|没)|(?:申请)?(?:停止|终止|撤销|撤回|取消)(?:对(?:我|你|您|阁下)(?:的|提起的)?)?(?:起诉|诉讼|追诉)|"
    r"\b(?:case|file|record|account|debt|credit)[- ](?:closing|closure|clearing|cancell?ation|removal|deletion|release)[- ]fees?\b|"
    # a proceeding said to stop for it: "the hearing will be called off", "the case gets suspended"
    r"\b(?:and|then|so|to get|to have)\s+(?:the |your |my )?(?:court )?(?:hearing|trial|lawsuit|case|court date|proceedings?|summons|enforcement)\b"
    r"[^.,;]{0,12}?\b(?:will be|would be|gets?|be|is)\s+(?:called off|halted|stopped|suspended|terminated|quashed|dropped)\b|"
    r"\b(?:cancell?ation|withdrawal|dismissal|suspension|termination|case[- ]closing|record[- ]clearing|clearance|release|"
    r"unfreez(?:e|ing)|unblocking|closure|(?:credit[- ])?repair|restoration|clean-?up) fees?\b|"
    r"\brestor\w*\s+(?:your|my|the)\s+(?:credit\s+)?(?:score|rating|record|report)\b|(?:停止|暂停|中止|终止|取消|撤销|撤回)(?:对我的|对你的)?(?:强制)?(?:执行|催收|冻结|诉讼|审理|开庭|庭审|审判|传唤|立案|起诉|追诉|程序)|"
    # put off for a fee: "如需暂缓请缴纳暂缓执行费", "交5000暂缓起诉费"
    r"暂缓(?:强制)?(?:执行|起诉|诉讼|开庭|立案|冻结|上门|抓捕|拘留|移送|报案|处理)|暂缓[^，。\s]{0,2}?(?:费|金)|"
    # a record said to be deletable: "逾期记录可删", "征信可以消"
    r"(?:记录|征信|逾期|黑名单|失信)[^，。]{0,4}?可(?:以)?(?:删|消|清|撤|洗)|"
    # the proceeding named first, then its stopping, as what a fee is for: "诉讼终止费", "立案撤销金"
    r"(?:诉讼|起诉|立案|开庭|庭审|审理|执行|案件|传唤|催收)(?:停止|暂停|中止|终止|取消|撤销|撤回)(?:费|金)|"
    r"(?:解除|移除|移出|撤销|撤出|拉出)[^，。]{0,4}(?:黑名单|失信)|(?:黑名单|失信名单)[^。]{0,20}(?:解除|移除|移出|撤销)|"
    # taken off a list in other words: "从黑名单里拉出来", "把我从失信名单上弄掉"
    r"(?:从|把)[^，。]{0,6}(?:黑名单|失信名单|失信)(?:里|上|中)?(?:面)?[^，。]{0,3}?(?:拉|弄|删|移|撤|去|拿|消|除)|"
    r"\b(?:removed|taken|deleted|cleared|struck) (?:off|from) (?:the |that |your |my )?(?:[a-z']+ ){0,2}(?:blacklist|list|registry|database)\b|"
    # the list named first: "on the court blacklist, pay 1500 to get removed"
    r"\b(?:blacklist|dishonest (?:debtor )?list|credit record)\b[^.]{0,40}\b(?:get|be|been|getting)\s+"
    r"(?:removed|deleted|cleared|delisted|taken off|wiped)\b|"
    # lifting a freeze or an enforcement measure ("交保证金解除冻结", "pay to unfreeze your account")
    r"解除(?:冻结|查封|扣押|限高|限制消费|限制|强制执行|执行|黑名单)|解冻|解封|撤销(?:执行|立案|冻结)|"
    r"解除[^，。]{0,10}?(?:冻结|查封|扣押|限高|限制)|取消[^，。]{0,4}?(?:传票|传召|传唤|开庭|案件|诉讼|起诉|立案)|"
    r"\b(?:unfreeze|unfrozen|unblock|unlock)\b|\blift (?:the |your |my )?(?:[a-z-]+ )?(?:freeze|ban|restriction|listing|blacklisting|"
    r"dishonest|limit|spending|travel|measures?|enforcement)|"
    # a fee named for ending the matter: "结案费", "止诉费", "销户费"
    # named by what it ends or clears, any pair: 息诉费, 止诉费, 结案费, 消档费, 销号费, 解封费
    r"[撤销消清删洗止息停免结了注解平抹][诉案档账催除白冻封结销户号黑][费金]|"
    # the case closed for it: "交调解费就帮我结案", "付款后即可结案", "pay and we close the case"
    r"(?:帮|给|替)(?:你|我)(?:办理?)?(?:结案|销案|了结)|"
    r"(?:交|缴|付|给|俾|打|转)[^，。\s]{0,10}(?:就|即|便|后)(?:能|可以|可|会)?(?:直接|马上)?(?:结案|销案)|"
    r"撤回|注销|(?:案子|案件|官司|诉讼|记录)[^，。]{0,6}(?:就)?(?:没了|消了|撤了|没事|一笔勾销|了结|不存在|当没发生|不算数|作废)|"
    # the case as the object of a verb that makes it go away: "帮我把案子压下来", "官司可以摆平",
    # "bury the case", "make the lawsuit go away" (what the fee buys)
    r"(?:案子|案件|官司|诉讼|起诉|这事|此事|事情)[^，。]{0,4}?(?:压下|压住|压掉|按下|摆平|搞定|平掉|处理掉|搞掉|化解|平息|捂住|撤下)|"
    r"\b(?:bury|kill|quash|squash|hush up|make)\s+(?:the |your |my |this |that )?(?:case|lawsuit|suit|charges?)\b(?!\s+(?:number|file|worse))|"
    # the debt itself made to go away for a fee: "先交服务费就不用还了", "债务优化", "欠款清零"
    r"(?:就|可以|便)?不用(?:再)?还了?|免还|(?:就|便|即)?(?:算|当|视为|作)(?:已|是)?(?:结清|还清|两清)|债务(?:优化|清零|减免|重组)|(?:欠款|债务|网贷)(?:就|都|会|可以|便)?(?:全部)?(?:清零|全免|一笔勾销)|销账|"
    r"\b(?:debts?|loans?|balance)\b[^.]{0,20}\b(?:cleared|wiped|written off|forgiven|cancell?ed|erased)\b|"
    # the debt made to go away for them: "we will clear your debt", "no need to repay"
    r"\b(?:clear|wipe|cancel|erase|write off|forgive)\s+(?:off\s+)?(?:your|my|the|all)\s+(?:\w+\s+){0,2}?(?:debts?|loans?|balance)\b|"
    r"\bno need to repay\b|\b(?:won'?t|don'?t|do not|will not) (?:need|have) to repay\b|"
    r"\b(?:case|lawsuit|suit|charges?|matter|record|file|judge?ments?|warrant|debt|loans?)\b[^.]{0,20}\b(?:go(?:es)? away|disappears?|vanish\w*|"
    r"(?:be|get|gets|got|is|will be|getting) (?:closed|dropped|withdrawn|cancell?ed|removed|cleared|erased|wiped|settled|"
    r"stopped|halted|suspended|called off))\b|"
    # a measure lifted: "your travel ban is lifted", "the freeze will be removed"
    r"\b(?:ban|freeze|restrictions?|blacklisting|listing|measures?|limits?)\s+(?:is|are|will be|gets?|would be|to be)\s+"
    r"(?:lifted|removed|cancell?ed|released)\b|"
    # the purpose with its object left in the sentence before: "Pay 3000 administrative fee to cancel."
    r"\bto (?:cancel|stop|drop|end|halt|withdraw|remove|clear|close|lift|unfreeze)(?: it| this| that| them)?(?=\s*(?:[.!;,:'\"”’]|$))|"
    # what a report or listing is stopped from being: "To cancel reporting, pay…", "stop my name
    # going on the dishonest list", "stop the bank from suing me"
    r"\bto (?:cancel|stop|halt|avoid) (?:the )?(?:reporting|report|listing|upload(?:ing)?)\b|"
    r"\bstop\b[^.]{0,25}\b(?:from suing|suing|from filing|going on|being (?:put|listed|added|reported))\b|"
    # the removal as what is bought: "For a one-time removal, pay a processing fee"
    r"\bfor (?:a |the )?(?:one-time |quick |fast |full )?(?:removal|deletion|clearance|cancell?ation|withdrawal|clean-?up)\b|"
    # kept off the record: "keep it off my credit report"
    r"\bkeep\b[^.]{0,15}\boff\b[^.]{0,20}\b(?:credit|record|report|list|blacklist)\b|"
    r"\bto (?:be|get) (?:removed|delisted|cleared|unfrozen|unblocked|taken off)\b|"
    r"\b(?:drop|withdraw\w*|stop|cancel\w*|dismiss\w*|close|halt|end|suspend|freeze|pause|postpone|delay)\b[^.]{0,20}\b(?:lawsuit|case|suit|charges|proceedings|prosecution|"
    r"trial|hearing|court date|summons|judge?ment|"
    r"enforcement|collection|the freeze|the arrest|the warrant|filing|the filing|arbitration|the listing|"
    r"lawsuits|cases|the file|file|red notice)\b|"
    # "才帮我撤", "就帮你撤掉": the case withdrawn as what the money buys
    r"(?<=[就才便])(?:帮|替|给)(?:我|你|您)(?:把案子?)?撤(?!回[^告])|"
    r"\bto (?:stop|drop|cancel|end|halt) (?:it|this|that)\b|"
    r"\b(?:get|take|remove)\b[^.]{0,20}\boff\b[^.]{0,20}\blist\b|\b(?:off|out of) (?:the |that |this |your |my )?(?:[a-z]+ ){0,2}blacklist\b|\bdishonest debtor|失信(?:被执行人)?名单|"
    r"\bhave it (?:withdrawn|dropped|cancell?ed|removed)\b|"
    r"\b(?:lawsuit|case|suit|charges|petition|claim|writ|proceedings|prosecution)\b[^.]{0,12}\b(?:withdrawn|dropped|cancell?ed|dismissed)\b|"
    r"\b(?:clean\w*|clear\w*|remov\w*|eras\w*|fix\w*|repair\w*|delet\w*|wip\w*|cancel\w*)\b[^.]{0,30}"
    r"\b(?:credit|record|report|blacklist|history)\b|"
    # the mark itself removed: "remove the late payment mark", "erase the default entries"
    r"\b(?:remov|eras|delet|clear|wip)\w*\s+(?:the |my |your |all |any )?(?:[a-z-]+\s+){0,2}"
    r"(?:marks?|entr(?:y|ies)|defaults?|flags?)\b|"
    r"\b(?:credit|records?|reports?)\b[^.]{0,20}\b(?:clean\w*|clear\w*|remov\w*|eras\w*|fix\w*|repair\w*|restor\w*|delet\w*|wip\w*)\b"
)
# Not suing in return for money: only a fee (not the debt itself) makes it a scam sign, since
# "还款3000元就不起诉" is an ordinary offer to settle.
_AVOID_RE = re.compile(
    r"不(?:再)?(?:被)?(?:起诉|追究|立案|告)|不(?:会|再)?(?:报送|上报|上传|录入)(?:到)?(?:征信|人行|记录)|不(?:会)?(?:上|进)征信|不(?:会|再)?(?:进入|启动)(?:审理|开庭|诉讼|司法程序)|(?:不|唔)(?:会|再|用)?(?:告|起诉|入禀|报警抓)(?:你|我|人)|免(?:于)?(?:起诉|拘留|追责)|避免(?:被)?(?:起诉|拘留|抓|逮捕|坐牢)|"
    # not having to go to court: "俾2000蚊就唔使上庭", "交钱就不用出庭"
    r"(?:唔使|唔洗|不用|不必|无需|无须|免得|可以不)(?:再)?(?:去)?(?:上庭|出庭|上法庭|开庭|打官司|去法院)|"
    # the case named first: "这个官司就不用打了", "案子不用上庭了"
    r"(?:官司|案子|案件|诉讼)[^，。]{0,4}?(?:就)?(?:不用|不必|无需|唔使|唔洗)(?:再)?(?:打|上庭|出庭|开庭)|"
    r"\b(?:no need to|won'?t have to|don'?t have to|will not have to|never have to) (?:go to|appear in|attend) court\b|"
    # the proceeding itself not held: "交保证金就不开庭了", "即可不予立案"
    r"(?:就|便|即|可)?(?:不|不予|不再|不会|无需|不用)(?:再)?(?:开庭|立案|审理|审判|传唤)|"
    r"\b(?:won'?t|will not|not) (?:sue|take (?:you )?to court)\b|"
    r"\bavoid (?:arrest|being arrested|prosecution|jail|(?:the |a )?(?:lawsuit|court case|legal action|hearing|trial|enforcement|detention))\b|"
    # kept off the defaulters' list: "交了三千就不上失信", "就不会被列入黑名单"
    r"不(?:会|用)?(?:被)?(?:上|进|列入|纳入|录入|拉进|挂上)(?:失信|黑名单|老赖)|"
    r"\b(?:won'?t|will not|not) (?:be )?(?:put|placed|listed|added) (?:on|to) (?:the )?(?:[a-z]+ )?(?:blacklist|list)\b|"
    # a measure kept away for it: "a deposit so my account won't be frozen"
    r"\b(?:so|and|then)\s+(?:my|your|ur|the|his|her)\s+(?:\w+\s+)?(?:accounts?|cards?|assets?|wages?|salary|property)\s+"
    r"(?:won'?t|will not|wouldn'?t|would not|isn'?t|is not)\s+(?:be\s+|get\s+)?(?:frozen|seized|blocked|taken)\b"
)
# An enforcement measure named first and lifted after ("要限制高消费 交个手续费1200就能解除"):
# with a fee proper, since paying what a judgment says does lift the measures for real.
_LIFT_AFTER_RE = re.compile(
    # every debt cleared by a go-between: "一次过清晒内地网贷 手续费五千", "帮你全部结清网贷"
    r"(?:一次(?:过|性)|全部|帮(?:你|您|我)|代(?:你|您|为)?)(?:全部|一次(?:过|性))?(?:清|还清|结清|清理|处理|搞定)(?:晒|掉|完|光|哂)?"
    r"[^，。]{0,4}?(?:网贷|欠款|债务|贷款|债|卡债|信用卡)|"
    # the collection itself stopped for a fee: "交999元服务费 帮我屏蔽催收电话", "停止爆通讯录"
    r"(?:屏蔽|拦截|停止|阻止|终止|叫停|帮(?:我|你)停)[^，。]{0,4}(?:催收|爆通讯录|骚扰|催债)|停催|"
    r"\b(?:stop|block|end|halt)\b[^.]{0,12}\b(?:the )?(?:collection|collectors?|harass\w*|calls)\b|"
    r"\b(?:collectors?|calls|harassment|collection)\b[^.]{0,15}\b(?:stop|stops|end|cease|go away)\b|"
    # a go-between charging for what one asks the lender for oneself, free: "中介帮我停息挂账"
    r"(?:中介|代理|代办|机构|工作室|法务公司)[^。]{0,20}(?:停息挂账|个性化分期|协商还款|延期还款|债务重组)|"
    # ... or anyone offering to apply for it for one: "可以帮我申请停息挂账 只要先交1999的服务费"
    r"帮(?:我|你|您)[^。]{0,6}(?:申请|办理?|协商|谈)[^。]{0,4}(?:停息挂账|协商还款|延期还款|债务重组|债务优化|减免|停催)|"
    r"(?:限高|限制(?:高)?消费|冻结|查封|扣押|黑名单|失信|强制执行|被执行人|拘留|通缉)[^。]{0,24}?"
    r"(?:就|即|便|才|后)?(?:能|可以|可|会|帮你|帮您|给你|给您)?(?:解除|解开|解掉|撤销|撤掉|取消|撤回)"
)
_FEE_PROPER_RE = re.compile(
    r"(?<![免消浪])费|保证金|押金|(?:和解|担保|保释|解冻|诚意|认证|验资|服务|保全|调解|会员)金|"
    r"\bfees?\b|\bdeposit\b|\bfor (?:rmb |¥|\$)?\d{2,}k?\b"
)
_BORROW_RE = re.compile(
    r"以贷养贷|"
    # another lender's loan applied for to pay: "帮我在别的平台申请一笔贷款先把这个还了"
    r"(?:别的|别家|别间|其他|另一?[个家间]|另外的?|新的?|第二[个家间])(?:平台|网贷|app|软件|银行|贷款|小贷|财务)[^，。]{0,10}?(?:借|贷|额度)[^，。]{0,10}?还|"
    # another lender's money used to pay: "用另一个平台的钱先还他们", "拿信用卡额度还"
    r"(?:用|拿)(?:别的|其他|另一?[个家间]|另外的?|新的?)?[^，。]{0,6}?(?:平台|网贷|app|软件|贷款|信用卡|花呗|借呗)的?(?:钱|额度|借款)[^，。]{0,4}?还|借(?:钱|款)?来还|去(?:别的|其他|另一个|另外的?)?(?:平台|网贷|app|软件)(?:上)?借|"
    # another lender named any way: "喺第二间财务公司借钱还佢", "找另一家银行贷款来还"
    r"(?:别的|其他|另一?[个间家]|另外的?|第二[个间家])[^，。]{0,6}?(?:平台|网贷|app|软件|公司|银行|小贷|贷款)[^，。]{0,4}?借"
    r"[^，。]{0,6}?还|借(?:钱|款)?[^，。]{0,4}?还(?:他|她|他们|我们|给他|这笔|欠款)|"
    # "在另一个贷款APP上借2万把信用卡先还了"
    r"(?:在|到|上)(?:别的|其他|其它|另一个|另外的?|新的?)[^，。]{0,4}(?:平台|网贷|app|软件)(?:上|里)?借|"
    # told to borrow on some platform, however many: "让我在多个平台借钱转到他们的账户"
    r"(?:让|叫|要|逼|劝|喊|要求)(?:我|你|您)[^，。]{0,3}(?:在|去|到|上)[^，。]{0,6}(?:平台|网贷|app|软件|小贷)(?:上|里)?(?:借|贷款|申请贷款)|"
    # a cash advance on a card to pay: "拿信用卡取现还我们"
    r"(?:信用卡|花呗|借呗|卡)[^，。]{0,3}(?:取现|提现|预借现金)[^，。]{0,8}还|借[^，。]{0,8}(?:先还|还掉)|下载.{0,8}(?:借款|贷款|借钱|网贷)|"
    r"(?:申请|办理?)(?:一张|张|个)?新的?(?:信用)?卡(?:来|去)?还|(?:申请|办理?)(?:一张)?信用卡(?:来|去)还|套现|找.{0,4}(?:借|贷).{0,4}还|借.{0,6}(?:还上|还清|还这笔)|"
    r"\b(?:take|taking) (?:out )?(?:another|a new|a second) loan\b|"
    r"\buse\s+(?:my|your|ur|the)\s+(?:huabei|jiebei|credit card|card|other loans?|overdraft)\b[^.]{0,20}\bto (?:pay|clear|repay|settle)\b|"
    r"\b(?:take|taking|get|getting) (?:out )?a (?:new |quick )?loan (?:from|on|with|in) (?:another|a different|other|some other)\b|"
    r"\b(?:take|taking|get|getting) (?:out )?(?:a |an )?(?:[a-z]+ )?loan\b[^.]{0,15}\bto (?:cover|pay|clear|repay|settle)\s+"
    r"(?:this|it|us|them|the debt|this debt|the loan|this loan|what (?:you|i) owe)\b|\bborrow (?:money )?from (?:another|a different|other)\b|"
    # (another loan app, not one's own: "My loan app sent an in-app message" names the lender)
    r"\b(?:download|install) (?:a|this|the|our) (?:loan|lending|credit) app\b|"
    r"\b(?:another|a new|a second|other|some other|a different) (?:loan|lending|credit) apps?\b|"
    r"\b(?:told|asked|wants?|wanted|urged|pushed|telling|asking|pressur\w+)\s+(?:me|you|u)\s+to\s+borrow\b|"
    r"\bborrow\w*\b[^.]{0,20}\bto (?:clear|repay|pay (?:\w+ )?(?:off|back)|pay (?:this|it)|settle|cover)\b|"
    r"\b(?:download|install)\b[^.]{0,25}\bapp\b[^.]{0,25}\b(?:borrow|loan)"
)
# A card number followed by digits is one the other side supplied: a payee, not a secret asked for.
_SECRET_ZH = (
    r"验证码|认证码|动态码|短信码|校验码|支付密码|密码|身份证号码?|身份证|付款码|"
    r"(?:银行卡|卡|身份证)的?正反面|(?<![a-z])otp(?![a-z])|一次性密码|分享画面|共享画面|画面分享|(?:完整的?|银行)?卡号(?![\s:：]*\d)|cvv|安全码|卡背面|屏幕共享|共享屏幕|屏幕分享|分享屏幕|共享桌面|投屏|远程|远端|"
    r"anydesk|teamviewer|todesk|向日葵|开(?:个|一下)?共享|"  # not a meeting app alone: courts hold hearings on them
    r"收到的?\s*\d\s*位(?:数字|数)|[六6]位(?:数字|数)|(?:\d|[四六])\s*位(?:数字?)?的?(?:码|号码)|"
    # the code named by where it came: "短信里的数字", "刚收到的那串数字"
    r"(?:短信|信息|手机)(?:里|上)(?:面)?的?(?:数字|号码|码)|"
    r"(?:短信|信息|手机)(?:里|上)?(?:面)?收到的?(?:那个|那串|这个|这串|那几个)?(?:数字?|号码|码)|"
    r"(?:短信|信息|手机)里?(?:面)?(?:收到)?的?\s*(?:\d|[四六])\s*位(?:数字?)?|(?:那串|那几个|这串)(?:数字|号码)"
)
_CREDENTIALS_RES = (
    # asked of one: "问我要银行卡密码", "找我拿验证码", "向你索取密码"; "问埋我短讯验证码"
    re.compile(rf"问(?:埋|埋晒|埋埋)(?:我|你)[^，。,.]{{0,4}}(?:{_SECRET_ZH})"),
    re.compile(
        rf"(?:问|找|向|跟|同)(?:我|你|我们)(?:要|拿|索要|索取|讨|攞)[^，。,.]{{0,4}}(?:{_SECRET_ZH})"
    ),
    # asked to give it: "叫我给身份证号码他核实", "让我拍银行卡正反面"
    re.compile(
        rf"(?:叫|让|要|喊)(?:我|你)(?:给|交|拍|发|报|念|读)[^，。,.]{{0,6}}(?:{_SECRET_ZH})"
    ),
    re.compile(
        rf"(?:提供|发(?![的来])给?|告诉|讲给?|报一?下?|输入|俾返?|畀返?|输(?![了掉钱])|入埋|打埋|打入|键入|验证|核验|填入|录入|填写?|说出|念|发送|报给|提交|共享|开启|打开|开通?|索要|索取|回复|回覆|要你的?|要我的?|把你?的?|将你?的?|"
        rf"下载|安装|装一?个|"
        # given over to them: "再俾佢手机收到嘅验证码" (read 给他), Cantonese "俾返个验证码" (给返)
        rf"给(?:返|回)|给(?:他|她|佢|对方|他们|她们|工作人员|客服|专员))[^，。,.]{{0,8}}(?:{_SECRET_ZH})"
    ),
    re.compile(
        rf"(?:{_SECRET_ZH})(?:(?!勿|不|别)[^，。,.]){{0,4}}(?:发给|报给|告诉|告知|提供给|念给|回复给?|回覆给?|畀|给)(?:我|他|佢|她|对方|我们|客服|工作人员|专员)|"
        # sent over to them: "验证码发过去就能帮我延期"
        rf"(?:{_SECRET_ZH})(?:(?!勿|不|别)[^，。,.]){{0,4}}(?:发|报|念|传|转)过去"
    ),
    # shown to a camera: "把银行卡正反面对着镜头"
    re.compile(rf"(?:{_SECRET_ZH})[^，。,.]{{0,6}}(?:对着|对准|给他看|给对方看)(?:镜头|摄像头)?"),
    re.compile(
        r"\b(?:give|send|tell|provide|enter|share|read(?: out)?|repeat|say|forward|confirm|asked (?:me )?for|asks for|ask for|"
        r"repl(?:y|ying|ied)(?: back)?(?: with)?|respond(?:ing)? with|log(?:ging)?[- ]?in with|log(?:ging)?[- ]?in (?:at|on|to) [^\s]+ (?:with|using)|log(?:ging)?[- ]?in w/?|sign(?:ing)?[- ]?in with|text (?:us|me|it|back)|type(?: in)?|input|key in|fill in|paste|"
        # someone else wanting it: "it opened a page asking my card password"
        r"asking|wants|wanted|"
        r"screen ?shot|take a (?:photo|picture|screenshot) of)\b[^.,]{0,25}"
        r"\b(?:verification codes?|codes?|otps?|passwords?|pin|full (?:card|id) number|card number|id number|cvv|security code|screen|"
        r"passcode|one-time (?:pass)?code|one-time password|auth(?:entication)? code|"
        r"(?:bank |online banking |app )?(?:login|log-in|username and password)|"
        r"\d[- ]digit (?:number|code))\b"
    ),
    # the code named by where it comes from, asked anywhere in the sentence: "needs a fee to his
    # Alipay and the codes the apps send me", "wants whatever code my bank texts me"
    re.compile(
        r"\b(?:needs?|wants?|wanted|asks?|asked|asking|give|tell|send|read|forward|share)\b[^.]{0,60}?"
        r"\b(?:codes?|numbers?|digits|otps?)\s+(?:that\s+|which\s+)?(?:the\s+|my\s+|your\s+|ur\s+)?(?:\w+\s+)?"
        r"(?:apps?|banks?|platforms?|lenders?|phone)\s+(?:\w+\s+)?(?:sends?|sent|texts?|texted|gives?|gave|pushe[sd])\b"
    ),
    re.compile(
        r"\b(?:give|grant|allow|let)\s+(?:them|him|her|someone|the caller)\s+(?:\w+\s+)?(?:remote (?:access|control)|"
        r"access to (?:my|your) (?:phone|screen|computer|banking app))\b|"
        r"\b(?:install|download|open|use)\b[^.,]{0,20}\b(?:anydesk|teamviewer|todesk|remote (?:access|control|desktop)|"
        r"screen[- ]?shar\w*)\b|"
        # "wanted my ID card photo and the login password for my banking app"
        r"\b(?:need|want|require|ask)(?:s|ed)?(?:\s+for)?\s+(?:your|the|my|ur)\s+[^.]{0,30}?\b(?:login\s+)?(?:password|passcode|pin|otp|cvv)\b|"
        r"\b(?:need|want|require)s?\s+(?:your|the|my|ur)\s+(?:\d[- ]?digit |one[- ]time |sms |verification )?"
        r"(?:otp|code|pin|password|cvv)\b|"
        # the bank login asked for: "need my online banking login", "wants ur banking password"
        r"\b(?:need|want|require|ask(?:ed)? for)s?\s+(?:your|the|my|ur)\s+(?:online |mobile |internet )?banking\s+"
        r"(?:login|log-?in|password|details|credentials)\b|"
        r"\bwhat(?:'s| is| was)\s+the\b[^.]{0,20}\b(?:code|otp|pin|password)\b|"
        # signing in on their page with one's bank login
        r"\b(?:sign|log)(?:ging)?\s*in\b[^.]{0,20}\b(?:bank|banking)\s+(?:login|password|details|credentials|account)\b|"
        # a picture of the card or the ID sent to them: "send a photo of your ID card"
        r"\b(?:send|give|upload|show|text|whatsapp|wechat)\b[^.]{0,20}\b(?:photos?|pictures?|pics?|scans?|selfies?)\b"
        r"[^.]{0,12}\b(?:id|ids|id card|identity card|bank card|card|passport)\b"
    ),
)
# A code named in one clause and handed over in the next: "验证码收到没？快讲给我听".
_CODE_RE = re.compile(
    r"验证码|动态码|短信码|校验码|(?<![a-z])otp(?![a-z])|\bverification code\b|\bsms code\b"
)
_HAND_OVER_RE = re.compile(
    # 说我/讲我 alone is "says that I…" ("说我信用卡逾期"), not "tell it to me"
    r"(?:讲|说|念|报|读|发|告诉|话)(?:给|俾)(?:我|我们)|(?:讲|说|念|报|读)(?:我|我们)(?:听|知)|"
    r"(?:发|告诉|报)(?:我|我们)|话我知|"
    # the code given to them, Cantonese order ("俾个验证码佢")
    r"给(?:个|一个|埋)?\s*(?:验证码|动态码|短信码|otp)\s*(?:他|她|佢|对方|我|我们)|"
    r"\b(?:tell|send|read|give) (?:it |them )?(?:to )?(?:me|us)\b"
)
# Cheap gate run on every message before anything else (raw text, both scripts spelled out):
# without one of these words there is nothing to check.
_GATE_RE = re.compile(
    # a host on any of the domains scam links use, a bracketed year, the police's station,
    # handcuffs, a debt wiped, a payee, a code by its digits
    r"[a-z0-9-]+\.(?:net|top|xyz|online|site|vip|cc|io|me|info|shop|club|link|help|loan|support|app|ly|gl)\b|"
    r"[（(]\s*20\d{2}\s*[）)]|法庭|[警][局署]|差[馆館]|勾[销銷]|清零|locked up|handcuff|cuffed|payee|\d[- ]?digit|one[- ]time|"
    r"[账帳賬][户戶號号]|卡|[链鏈]接|http|www|\.cn|\.com|法院|法官|拘[提传傳]|立案|[传傳]票|起[诉訴]|[执執]行|逮捕|拘留|坐牢|抓|借|[贷貸]|套[现現]|"
    r"撤[诉訴案销銷]|[转轉](?:到|入|给|給)|[费費]|[征徵]信|案[号號]|[户戶]名|收款|平台|保管|[监監]管|存款|[检檢][察]|"
    r"[验驗][证證][码碼]|密[码碼]|身份[证證]|屏幕|共享|[会會][议議]|[远遠](?:程|端)|anydesk|teamviewer|todesk|向日葵|remote|"
    r"account|link|court|summons|lawsuit|arrest|jail|prison|loan|borrow|code|password|pin|card|screen|\.[a-z]{2,4}/|"
    r"fee|alipay|wechat|qr|otp|custody|detain|case|blacklist|debtor|record|police|cops|tribunal|arbitration|"
    r"[记記][录錄]|[征徵]信|保[证證]金|手[续續]|数字|數字|位[数數]?[的]?[码碼]|[那这這]串|[\d四六]\s*位[数數]|入[数數]|[过過][数數]|[户戶]口|警察|派出所|公安|[带帶]走|仲裁|"
    r"[转轉]至|[汇匯](?:款|入|到|至)|支付[宝寶]|微信|[经經][办辦]人|承[办辦]人|officer|agent|"
    r"transfer|wire|remit|\d{4}[\s-]?\d{4}[\s-]?\d{4}|"  # money sent, or a card number
    r"案件|案子|[民刑]警|警[员方]|司法|[编編][号號]|[传傳][唤喚]|判[决決]|差人|差佬|扫码|掃碼|二维码|二維碼|"
    r"payme|fps|paypal|venmo|zelle|[转轉][数數]快|warning|police|"
    # coins and their wallets: no creditor takes them
    r"[钱錢]包|比特[币幣]|usdt|泰达|虚拟[币幣]|虚拟[货貨][币幣]|加密[货貨][币幣]|wallet|crypto|bitcoin|"
    # jail in other words, a named deposit, not going to court
    r"看守所|坐[^，。\s]{1,4}?牢|[铐銬]|detention|public security|上庭|出庭|通[缉緝]|投案|[动動][态態][码碼]|校[验驗][码碼]|正反面|cvv|"
    r"(?:和解|[担擔]保|保[释釋]|解[冻凍]|[诚誠]意|[认認][证證]|服[务務]|[调調]解|保全)金"
)
_PASTED_RE = re.compile(
    r"^[^\s，。:：,]{2,14}(?:中心|公司|法院|银行|平台|客服|事务所|律所|部|局)\s*[:：]|"  # a sender line
    # a heading that opens a notice: "最后通牒：", "温馨提醒 ", "还款通知："
    r"^(?:通知|公告|提醒|温馨提[醒示]|重要提[醒示]|最后通[牒知]|催收函|律师函|警告|紧急通知|还款通知|逾期通知)"
    r"(?:\s*[:：]|\s)|"
    r"【|\[[a-z][a-z '.]{2,50}\]|请(?:将|于|立即|速|在|尽快|点击|登录|转|汇|打款|回复|提供|扫描|扫码|填写|下载|添加)|"
    # an advert's contact handle: "加V：zxxf8866", "加微信 zxxf_2026 咨询", "wechat: hk_debt_clean"
    r"加\s*(?:v|vx|微|微信|薇信|威信|q|qq)\s*[:：]?\s*[a-z0-9_-]{4,}|\b(?:wechat|vx|wx)\s*[:：]\s*[a-z0-9_-]{4,}|否则|逾期将|尊敬的|您(?:的|已|因|名下|涉|有)|"
    r"户名|收款人|持卡人|开户人|案号|案件编号|请[^，。\s]{0,4}?(?:转入|汇入|打款|付款|缴纳|还款至)|\bcase (?:no\b|number|#|ref\w*|file)|"
    r"\bdear (?:customer|user)\b|\byour (?:account|case|loan)\b|\bor else\b|"
    # A sender line in English ("Notice from …", "Final notice:") and an offer's time limit
    # ("今天有效", "限时", "立减"): the form of a message someone sent, not of a question.
    r"\b(?:notice|message|notification|reminder|warning|letter|sms|text|summons) from\b|"
    r"^(?:urgent|final notice|notice|warning|reminder|important)\b|\b(?:final|last) (?:warning|notice)\b|"
    # A sender introducing itself ("这里是XX资产管理", "我是平安普惠的法务"): someone else's message.
    r"(?:^|[\s，,。:：])(?:您好|你好)?[，,\s]*(?:这里是|我们是|我是)[^，。\s]{1,14}?的?"
    r"(?:法务|客服|专员|调解员|催收员|律师|资产管理|事务所|中心|公司|平台)|"
    r"最后警告|\b(?:hi|hello),? this is [a-z]+\b|\bthis is [a-z]+ from (?:the )?[a-z]+|"
    r"今[天日](?:内)?有效|限时|仅限今[天日]|过期(?:作废|不候)|名额有限|立减|立享|回复td|退订|"
    # An advert's or a notice's contact: a handle to add ("加微信zx8899", "vx: abc123"), a contact
    # line ("联系人 林书记员 手机 137…"), a sender's name before its notice ("XX法院 催缴通知").
    r"(?:加|添加)?(?:微信|vx|v信|qq|whatsapp|line|telegram|tg)(?:号|id)?\s*[:：]?\s*(?=[a-z_-]*\d)[a-z][a-z0-9_-]{4,}|"
    r"(?:联系人|联络人|对接人)\s*[:：]?\s*[^\s，。]{1,8}\s*(?:手机|电话|tel)?\s*[:：]?\s*\d{7,}|"
    r"^[^\s，。:：,]{2,20}(?:法院|中心|公司|银行|平台|事务所|局)\s+[^\s，。]{0,6}(?:通知|公告|函)(?:书)?(?:\s|$)"
)
_DESCRIBED_RE = re.compile(
    r"【|收到|短信|来电|电话|对方|他说|她说|他们说|催收说|催收[^，。,]{0,6}说|发(?:来)?(?:微信|信息|消息|短信)|说我|说他|说她|有人|让我|要我|叫我|通知我|告诉我|自称|发来|打来|这条|"
    # Reported speech with its subject dropped ("说是分期乐法务部 说交1500的保证金"), someone
    # unnamed who got in touch ("有个人微信加我"), and contact made ("加我", "called me").
    r"(?:^|[\s，,。；;])(?:又|还|就|也|都)?说(?:是|要|交|缴|付|转|打|汇|只要|可以|让|叫|给|必须|如果|不|再|帮|已|你)|"
    r"^(?:他|她|他们|对方|佢|佢哋)?话我|"
    r"有个人|有个自称|一个自称|加(?:了)?我|联系(?:了)?我|找(?:了)?我|"
    # someone who is not the person said or asked it: "中介说可以…", "催收要求转账到…"
    r"(?:中介|客服|律师|法务|专员|那人|那个人|机构|代办|催收|对方|公司)[^，。,]{0,4}(?:说|讲|(?<!的)话|要求|让我|叫我)|要求(?:我|你)|\b(?:called|texted|messaged|added) me\b|"
    r"\b(?:texted|messaged|emailed|phoned|rang)\b|"
    r"\bmessage\b|\btext\b|\bsms\b|\bcall(?:ed|er)?\b|\bthey said\b|\bsays\b|\bsaid\b|\btold me\b|\basked me\b|"
    r"\bgot an?\b|\breceived\b|\bclaim|"
    # Reported speech in other words: Cantonese 佢話 (他话 once folded), "they say", "he wants me to".
    r"(?:他|她|他们|对方|催收|人哋|人家)(?:都|就|又|仲|还)?(?:话|讲)|"
    # ... also with the channel between ("他们whatsapp话我", "对方电话里讲", "催收微信上说")
    r"(?:他们|对方|催收|人哋|人家)\s*(?:[a-z]{2,9}|微信|短信|电话|语音|信息)(?:里|上|度)?\s*(?:话|讲|说)|"
    r"\b(?:they|he|she|the (?:collector|caller|agent|guy|lady|man|woman|bank|lender)|collectors?|someone|"
    r"some(?:one| guy| lady| man| woman))\s+(?:(?:keeps?|kept)\s+)?(?:say|says|saying|want|wants|wanted|"
    r"ask|asks|asked|tell|tells|told|demand|demands|demanded|insist|insists|insisted|threaten\w*|"
    r"warn\w*)\b"
)


@dataclass(frozen=True)
class Flag:
    id: str
    reason: dict[str, str]
    verify: dict[str, str]  # how to check it independently: 12368, the lender's official number

    def text(self, lang: Lang) -> str:
        return f"{self.reason[lang]}{'' if lang == 'zh' else ' '}{self.verify[lang]}"


REASONS: dict[str, dict[str, str]] = {
    "personal-account": {
        "zh": "要求把钱转到个人账户或不明的第三方账户：正规债权方只收到自己的官方账户，“安全账户”“指定账户”都是诈骗说法。",
        "en": "Asks you to pay a personal or unknown third-party account: real lenders only take payment into "
        'their own official accounts; a "safe account" is a scam phrase.',
    },
    "short-link": {
        "zh": "含有短链接：看不出会打开哪个网站，常被用来伪装钓鱼网站。",
        "en": "Contains a short link: you can't see where it leads, which is how phishing sites hide.",
    },
    "unofficial-link": {
        "zh": "含有不是官方域名的链接（法院是 court.gov.cn，银行用自己的官网和App）：不要点开，更不要在里面填信息。",
        "en": "Contains a link that is not an official domain (courts use court.gov.cn, banks their own sites "
        "and apps): don't open it or type anything into it.",
    },
    "fake-court": {
        "zh": "没有这个法院：中国的法院名称是“省/市/区县 + 人民法院”（如“北京市朝阳区人民法院”），"
        "或少数专门法院（如“北京金融法院”“杭州互联网法院”）；“中国金融法院”“全国互联网金融仲裁法院”"
        "“执行中心专线”这类名称都不存在，仲裁机构也不叫法院；地名要真实存在（“上海市朝阳区”没有），"
        "法院也不会让你打法官或专员的手机号。",
        "en": "No such court exists: PRC courts are named province/city/district + 人民法院 (e.g. "
        "北京市朝阳区人民法院), or are one of a few special courts (北京金融法院, 杭州互联网法院); names like "
        '"China Financial Court" or a "court hotline" sender do not exist, and arbitration bodies are not courts.',
    },
    "bad-case-number": {
        "zh": "案号格式不对：真正的案号是“（年份）+ 省份简称 + 法院代码 + 案件类型 + 序号 + 号”，"
        "例如“（2026）京0105民初123号”；“【2026】法字第8848号”“京民2026-001”这类写法不是法院的案号。",
        "en": "The case number is not in the courts' format: a real one is (year) + province abbreviation + "
        "court code + case type + serial number + 号, e.g. （2026）京0105民初123号; forms like "
        "【2026】法字第8848号 or 2026-LAW-00917 are not court case numbers.",
    },
    "fee-to-stop": {
        "zh": "要你交钱“撤诉”“销案”或“消除不良记录/修复征信”：撤诉只能由起诉的一方向法院申请，"
        "征信记录不能花钱删除，任何收费“停催、撤案、洗白征信”的都是诈骗。",
        "en": 'Asks for a fee to stop a lawsuit or to "clear" or "repair" your credit record: only the side '
        "that sued can withdraw a case, and credit records can't be bought away; anyone charging to stop "
        "collection, drop a case or clean a record is a scammer.",
    },
    "court-channel": {
        "zh": "自称法院或执法机关，但不是通过官方渠道：真正的法院文书通过12368短信、人民法院在线服务、"
        "人民法院送达平台、EMS法院专递或当面送达，法院不会让你点陌生链接、加微信或转账“处理案件”。",
        "en": "Claims to be a court or the authorities but not through an official channel: real court papers "
        "come by SMS from 12368, through 人民法院在线服务 or 人民法院送达平台, by EMS 法院专递, or by hand; a court "
        'never asks you to click a strange link, add it on WeChat or pay money to "settle the case".',
    },
    "arrest-threat": {
        "zh": "威胁马上抓人、坐牢：单纯欠款是民事纠纷。只有恶意透支（有非法占有目的、经两次有效催收后超过3个月仍不还）"
        "才可能涉及刑事，由公安机关依法处理；催收方无权让人抓你，也不会发短信通知“马上逮捕”。",
        "en": "Threatens immediate arrest or jail: an unpaid debt is a civil matter. Only malicious overdraft "
        "(intent to take the money, and still unpaid more than 3 months after 2 valid collection attempts) can "
        "be a crime, handled by the police under the law; collectors can't have you arrested, and no one "
        "announces an arrest by text.",
    },
    "borrow-to-repay": {
        "zh": "催你去别的平台借钱、办卡或套现来还：行业指引禁止诱导借新还旧，这样只会让债越滚越多，也是常见诈骗手法。",
        "en": "Pushes you to borrow elsewhere, open a new card or cash out to repay: the industry guideline bans "
        "pushing people into new loans; it only makes the debt grow, and it is a common scam.",
    },
    "credentials": {
        "zh": "索要验证码、密码、完整身份证号或卡号，或要你共享屏幕：银行、法院和正规催收都不会要这些，给了就可能被盗刷。",
        "en": "Asks for verification codes, passwords, your full ID or card number, or to share your screen: "
        "banks, courts and real collectors never need these; giving them can empty your account.",
    },
}

_VERIFY_COURT = {
    "zh": "核实：拨打12368（法院诉讼服务热线）或法院官网公布的电话，报上案号查询；不要用短信里的号码。",
    "en": "To verify: call 12368 (the courts' service line) or the number on the court's official "
    "website and give the case number; never the number in the message.",
}
_VERIFY_LENDER = {
    "zh": "核实：打债权方官方客服（卡背面或官网上的号码），或在官方App里查；不要用对方给的号码或链接。",
    "en": "To verify: call the lender's official number (on the back of your card or its website) or "
    "check its official app; never a number or link the other side gave you.",
}
VERIFY: dict[str, dict[str, str]] = {
    "personal-account": _VERIFY_LENDER,
    "short-link": _VERIFY_LENDER,
    "unofficial-link": _VERIFY_LENDER,
    "fake-court": _VERIFY_COURT,
    "court-channel": _VERIFY_COURT,
    "bad-case-number": _VERIFY_COURT,
    "fee-to-stop": {
        "zh": "核实：案件拨打12368查询；征信问题找中国人民银行征信中心（400-810-8866）或债权方官方客服。",
        "en": "To verify: call 12368 about any case; for your credit record, the PBOC Credit Reference "
        "Center (400-810-8866) or the lender's official number.",
    },
    "arrest-threat": {
        "zh": "核实：拨打12368查询是否真有案件；有人威胁你的人身安全，拨打110。",
        "en": "To verify: call 12368 to ask whether any case exists; if anyone threatens your safety, call 110.",
    },
    "borrow-to-repay": _VERIFY_LENDER,
    "credentials": _VERIFY_LENDER,
}

WHAT_TO_DO: dict[str, list[str]] = {
    "zh": [
        "不要点链接，不要转账，不要提供验证码、密码或完整卡号。",
        "通过债权方的官方渠道核实：银行卡背面或官网上的客服电话、官方App。不要用短信里给的号码或链接。",
        "说到法院的，拨打12368或法院官网公布的电话核实，或者直接去法院问。",
        "已经转了账或说出了验证码：马上打银行官方客服冻结账户，并拨打110报警。",
    ],
    "en": [
        "Don't click links, don't pay, don't give codes, passwords or full card numbers.",
        (
            "Check with the lender through its official channels: the number on the back of your card or on its "
            "website, or its official app. Never use a number or link from the message."
        ),
        (
            "If it mentions a court, check by calling 12368 or the number on the court's official website, or go "
            "to the court in person."
        ),
        (
            "If you already paid or gave a code: call your bank's official number to freeze the account, and call "
            "110 to report the fraud."
        ),
    ],
}


# Cantonese words folded to Mandarin so one vocabulary reads both (after simplification).
_CANTONESE = (
    ("佢哋", "他们"),
    ("佢", "他"),
    ("入数", "转入"),
    ("过数", "转账"),
    ("俾", "给"),
    ("畀", "给"),
    ("嘅", "的"),
    ("嗰", "那"),
    ("咗", "了"),
    ("捉", "抓"),
    ("差人", "警察"),
    ("嚟", "来"),
    ("搵", "找"),
    ("揾", "找"),
    ("差佬", "警察"),
    ("讲埋", "说出"),
    ("读返", "读"),
    ("念返", "念"),
    ("户口名", "户名"),
)
_TRANSFER_RE = re.compile(r"转数(?!快)")
_CANTONESE_POSSESSIVE = re.compile(
    r"(?<=[\u4e00-\u9fff」”])个(?=户口|账户|账号|卡|支付宝|微信|payme)"
)


# The words the red flags are read from, so that a sound-alike typo (验正码, 传漂, 崔收的) reads
# as the word: people type with pinyin input methods. Strict: one character of a term changed.
_TYPO_TERMS = (
    "验证码 校验码 动态码 支付密码 身份证 银行卡 收款人 收款码 个人账户 私人账户 安全账户 监管账户 "
    "共享屏幕 屏幕共享 传票 法院 起诉 立案 案号 拘留 逮捕 拘捕 坐牢 催收的 催收说 催收员 催收公司 征信 失信 "
    "黑名单 撤诉 保证金 手续费 解冻 转账 汇款 律师函 执行局 公安局 派出所"
).split()


@lru_cache(maxsize=1)
def _typo_fixer() -> HomophoneFixer:
    return HomophoneFixer(_TYPO_TERMS, "我你他她的了是在有不", strict=True)


# A mobile number written in groups ("139 5601 7723", "139-5601-7723") is read as one.
_SPACED_MOBILE_RE = re.compile(r"(?<![\d-])(1[3-9]\d)[ -](\d{4})[ -](\d{4})(?![\d-])")


# Shorthand written for the words the flags read: "acct", "a/c", "tmrw", "pls".
_ABBREVIATIONS = {
    "acct": "account",
    "acc": "account",
    "a/c": "account",
    "accts": "accounts",
    "msg": "message",
    "msgs": "messages",
    "txt": "text",
    "txts": "texts",
    "pls": "please",
    "plz": "please",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "ur": "your",
    "u": "you",
    "pw": "password",
    "pwd": "password",
    "passwd": "password",
}
_ABBREVIATION_RE = re.compile(
    r"(?<![\w/'])(?:accts|acct|acc|a/c|msgs|msg|txts|txt|pls|plz|tmrw|tmr|ur|u|pwd|pw|passwd)(?![\w/'])"
)


def normalise(text: str) -> str:
    # OpenCC's Taiwan table writes 帳戶 as the variant 帐户; fold it to the standard 账户.
    s = to_simplified(unicodedata.normalize("NFKC", text)).lower().replace("帐", "账")
    s = s.replace("纪录", "记录")  # Taiwan's 紀錄 for a (credit) record
    s = s.replace("萤幕", "屏幕").replace("荧幕", "屏幕")  # Taiwan's 螢幕 for a screen
    s = _typo_fixer()(s)
    for a, b in _CANTONESE:
        s = s.replace(a, b)
    s = _TRANSFER_RE.sub("转账", s)  # Cantonese 转数 is a transfer; 转数快 (FPS) stays a wallet
    s = _SPACED_MOBILE_RE.sub(r"\1\2\3", s)
    s = _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS[m.group(0)], s)
    return _CANTONESE_POSSESSIVE.sub("的", s)


def _host_in(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def links_in(s: str) -> bool:
    """Whether the (normalised) text holds a link."""
    return _URL_RE.search(s) is not None


def link_flags(s: str) -> list[str]:
    """'short-link' / 'unofficial-link' for the links in (normalised) text."""
    flags: list[str] = []
    for m in _URL_RE.finditer(s):
        url = m.group(0)
        host = urlsplit(url if "://" in url else "//" + url).hostname or ""
        if _host_in(host, OFFICIAL_DOMAINS):
            continue
        if _WORD_TLD_RE.search(host) and not re.search(r"[a-z]", host.rsplit(".", 1)[0]):
            continue  # "1.help" in a numbered list
        flag = (
            "short-link"
            if _host_in(host, SHORT_LINK_DOMAINS) or len(host) <= 6
            else "unofficial-link"
        )
        if flag not in flags:
            flags.append(flag)
    # a sender's mail domain dressed as an official one ("notice@chinacourt-gov.org",
    # "service@court.gov.cn.verify-case.net"), or a link to a bare IP address
    for m in _OFFICIAL_LOOKING_MAIL_RE.finditer(s):
        if not _host_in(m.group(1), OFFICIAL_DOMAINS) and "unofficial-link" not in flags:
            flags.append("unofficial-link")
    if _IP_LINK_RE.search(s) and "unofficial-link" not in flags:
        flags.append("unofficial-link")
    if not flags and not _URL_RE.search(s) and _LINK_MENTION_RE.search(s):
        flags.append("unofficial-link")
    return flags


_OFFICIAL_LOOKING_MAIL_RE = re.compile(
    r"[a-z0-9._-]+@((?=[a-z0-9.-]*(?:court|gov|fayuan|police|gongan|pbc|pboc))[a-z0-9-]+(?:\.[a-z0-9-]+)+)"
)
_IP_LINK_RE = re.compile(r"https?://\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


# A bank's or court's warning about scams ("近期有不法分子冒充法院要求转账至安全账户"): what
# the sentence describes is what not to do.
_WARNING_RE = re.compile(
    # what to do if it happens: "如遇自称警察要求您转账到安全账户，请立即拨打110报警"
    r"(?:如遇|如有人|若有人|若遇|凡是|凡自称|一旦有人|if (?:anyone|someone))[^。！？]{0,60}?(?:请(?:立即|马上)?(?:报警|拨打110|拨打96110|挂断)|"
    r"(?:都|均|一律)?(?:是|为)诈骗|\breport\b|\bcall 110\b|\bhang up\b)|"
    # an institution saying what it never asks ("我行从不会通过短信链接要求您…提供验证码")
    r"(?:本行|我行|银行|法院|本院|官方|工作人员|客服|本平台|本公司|我司)[^，。！？]{0,4}?(?:从不|从未|绝不|决不|不会|永远不)会?"
    r"[^。！？]{0,16}?(?:要求|索取|索要|向您|向你)|"
    r"不法分子|谨防|提高警惕|警惕|防范|温馨提示|诈骗分子|(?<!不还)(?<!还钱)(?<!还款)(?:都|就)是诈骗|"
    # the anti-fraud centre's name as a warning, not as a unit someone claims ("国家反诈中心债务部")
    # (nor as the sender line of a message that threatens: "【公安部反诈中心】…否则上门拘留")
    r"反诈(?!(?:骗)?(?:中心|总局|局)[\u4e00-\u9fff]{0,4}?(?:部|科|处|办|队|组))(?![^【】，,。]{0,4}】)|"
    # "…要求转账的均为诈骗", "一律是骗子"
    r"(?<!不还)(?<!还钱)(?<!还款)(?:均|一律|皆|全)(?:是|为|属|属于)(?:诈骗|骗子|骗局)|"
    r"\bbeware\b|\bscammers?\b|\bfraudsters?\b|\bscam alert\b|\bwill never\b|\bnever asks?\b"
)


def _asked(rx: re.Pattern[str], s: str) -> bool:
    """A match not negated just before it ("请勿泄露验证码" is advice, not a request) and not
    inside a sentence warning about scams."""
    return any(not _negated(s, m) for m in rx.finditer(s))


_EN_WONT_RE = re.compile(
    # ("nothing about arrest or fees", "no mention of arrest": what was not said)
    r"\b(?:won'?t|will not|would not|wouldn'?t|not going to|never|no one|noone|nobody|nothing|no mention|"
    r"(?<!if you )(?<!if u )(?<!if i )(?:didn'?t|did not))\b"
    r"(?:\s+[a-z']+){0,4}\s*$"
)


# A sender saying what it never asks, the request a little further on in the same clause:
# "京东金融不会以任何名义要求您转账至个人账户", "我们不会要求您向个人账户转账或提供验证码".
_ZH_NEVER_ASKS_RE = re.compile(
    # (or by what channel it never asks: "本中心不通过电话、短信要求个人缴纳费用")
    r"(?:不会|绝不会?|从不|从未|不得|决不|不通过|不以)[^，,。.;；!！?？]{0,10}?(?:要求|让|叫|向|请)[^，,。.;；!！?？]{0,14}$"
)


_LIST_JOIN_END_RE = re.compile(r"(?:或|或者|和|、|及|跟|与|\bor\b|\band\b)\s*$")
# Said not to have been asked, in the clause before a word (not advice, "请勿…", nor a warning):
# "没有要我提供任何密码或", "didn't ask for my", "never asked for".
_DENIED_RE = re.compile(
    r"(?:没有?|冇|无|并没有?|从没有?|从未|未曾|唔曾|不会|不用|不需要?)[^，,。;；]{0,16}$|"
    r"\b(?:didn'?t|did not|never|no one|nobody|no)\b[^.,;]{0,30}$"
)


def _denied_before(s: str, m: re.Match[str]) -> bool:
    before = re.split(r"[，,。.;；!！?？\n]", s[max(0, m.start() - 24) : m.start()])[-1]
    return bool(_DENIED_RE.search(before))


def _only_denied(rx: re.Pattern[str], s: str) -> bool:
    """Whether `rx` matches the text at least once, and every match is denied just before it."""
    found = list(rx.finditer(s))
    return bool(found) and all(_denied_before(s, m) for m in found)


# The anti-fraud centre claimed by the caller or acting against one ("说是成都市公安局反诈中心的",
# "公安部反诈中心将于48小时内对您实施刑事拘留"): a unit said to call, not a warning to read.
_CLAIMED_ANTIFRAUD_RE = re.compile(
    r"(?:自称|说是|说他是|说她是|称是|话系|话是|自己是|这里是|这边是|冒充)[^，。,]{0,12}?反诈(?:骗)?中心|"
    r"反诈(?:骗)?中心(?=[^，。]{0,12}?(?:将|会|已|要|正在)[^，。]{0,12}?(?:拘留|逮捕|冻结|通缉|传唤|立案))"
)


def _negated(s: str, m: re.Match[str]) -> bool:
    """Whether the match is negated just before it, or sits in a sentence warning of scams."""
    # Look back a little, but not past the start of the clause.
    before = re.split(r"[，,。.;；!！?？\n]", s[max(0, m.start() - 10) : m.start()])[-1]
    if _NEGATION_RE.search(before):
        return True
    # the next item of a list the negation opened: "没有要我提供任何密码或验证码"
    if _LIST_JOIN_END_RE.search(before) and _denied_before(s, m):
        return True
    # English says what will not happen a few words earlier: "won't send anyone to arrest me"
    wider = re.split(r"[，,。.;；!！?？\n]", s[max(0, m.start() - 30) : m.start()])[-1]
    if _EN_WONT_RE.search(wider) or _ZH_NEVER_ASKS_RE.search(wider):
        return True
    start = max(s.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
    ends = [i for i in (s.find(c, m.end()) for c in "。！？!?\n") if i >= 0]
    return bool(
        _WARNING_RE.search(
            _CLAIMED_ANTIFRAUD_RE.sub("某中心", s[start : min(ends, default=len(s))])
        )
    )


_BANK_SHORT = (
    r"工行|建行|农行|中行|招行|交行|邮储|邮局|邮政|浦发|兴业|中信|光大|民生|华夏|广发|汇丰|恒生|中银|"
    r"[\u4e00-\u9fff]{2,4}(?:银行|信托|信用社|商行)"
)
_NAMED_ACCOUNT_RE = re.compile(
    rf"(?:到|至|入|进|给|去)\s*(?P<name>[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)\s*(?:的|之)?\s*"
    rf"(?:(?<=[\s的])(?:{_BANK_SHORT})的?)?\s*(?:个人)?"  # a bank after the name, set apart from it
    r"(?:账户|账号|户口|银行卡|卡|支付宝|微信|收款码)|"
    # the holder's name given after the channel: "还到支付宝 名字 陈美玲", "微信 实名：周丽"
    r"(?:支付宝|微信|银行卡|卡号|账户|账号|户口)[^，。,.]{0,8}?(?:名字|姓名|实名|户名|名称)\s*(?:是|叫|为)?\s*[:：]?\s*"
    rf"(?P<holder>[{_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?![\u4e00-\u9fff])"
)

_EN_BANK_WORDS = frozenset(
    "china chinese merchants industrial commercial construction agricultural communications postal "
    "savings everbright minsheng citic huaxia guangfa pudong ping an standard chartered hang seng "
    "east asia official customer service only ending last digits".split()
)
# A person's name right before a card or account number ("打到 张建国 的工行卡 6212…", "入数去
# 陈大文 汇丰 123-456789-001", "pay Li Na, CCB card 6217…"): a person's account.
_NAME_BEFORE_CARD_RE = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[给到入至去]))(?P<name>[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)\s*[,，]?\s*"
    rf"(?:的)?\s*(?:{_BANK_SHORT}|汇丰|恒生|中银|渣打)?的?\s*(?:个人)?(?:银行卡|卡号|账号|账户|户口|卡)?\s*[:：]?\s*{_CARD}|"
    r"\b(?:pay|paying|send|sending|wire|transfer|remit)\s+(?:(?:it|the money|money|the rest|the balance)\s+)?(?:to\s+)?"
    rf"(?P<en>[a-z]{{2,10}} [a-z]{{2,10}})\s*,?\s+(?:[a-z.,:]+\s+){{0,5}}{_CARD}"
)
# The holder's romanised name after a card or account number ("HSBC 123-456789-001, Chan Tai
# Man", "6222 … Wang Lei"): every word a Chinese name's syllables (pinyin or Cantonese), so
# "6222 … before friday" names nobody.
_CARD_THEN_NAME_RE = re.compile(
    rf"{_CARD}(?:[\s-]?\d{{2,4}})*\s*[,，(（:：]?\s*(?:(?:name|holder|payee)\s*:?\s*)?"
    r"(?P<name>[a-z]{1,8}(?: [a-z]{1,8}){1,2})\b"
)
# Words that are English, not a name, though they spell pinyin ("an", "he", "ran", "men").
_EN_FUNCTION_WORDS = frozenset(
    "an he she me we you it in on at to by for of or and the as is be so no ran men can pen ten".split()
)
_CANTONESE_ROMAN = frozenset(
    "wong cheung leung chan lam ng tsang yip kwok lau lee chow tse yeung fung mak kwan ho tam choi "
    "lai poon tang siu au chung yuen kong law lo cheng hui wan yau kam chiu kwong tsui ip wai kit "
    "yee fai hung kin chi ka wing yan shing tak keung ming sze yuk lok hoi".split()
)


@lru_cache(maxsize=1)
def _name_sounds() -> tuple[frozenset[str], frozenset[str]]:
    """Pinyin syllables, and the surnames' readings (with Cantonese spellings)."""
    from bot.syllables import _table, reading  # loaded only when a card is named

    sounds = frozenset(x for x in _table()[0] if x)
    return sounds, frozenset(reading(c) for c in _SURNAMES) | _CANTONESE_ROMAN


def _romanised_name(name: str) -> bool:
    """Whether `name` reads as a Chinese person's name: every word a name's syllables
    ("wang xiaoming", "chan tai man"), or a surname first or last ("peter chan")."""
    sounds, surnames = _name_sounds()

    def syllables(word: str) -> bool:
        return word in sounds or any(
            word[:i] in sounds and word[i:] in sounds for i in range(1, len(word))
        )

    words = name.split()
    if set(words) & (_EN_NOT_A_NAME | _EN_BANK_WORDS | _EN_FUNCTION_WORDS):
        return False
    every = all(w in _CANTONESE_ROMAN or syllables(w) for w in words)
    return every or words[0] in surnames or words[-1] in surnames


# The holder's name in brackets after a wallet or an account: "this alipay: zhao***@163.com
# (Zhao Lei)", "微信 lw8899（刘伟）". A person's name, not a lender's.
_BRACKETED_HOLDER_RE = re.compile(
    r"(?:支付宝|微信|银行卡|卡号|账号|账户|户口|\balipay\b|\bwechat\b|\baccount\b|\bcard\b)[^。;；\n]{0,40}?[（(]\s*"
    rf"(?P<name>[a-z]{{2,10}} [a-z]{{2,10}}|[{_SURNAMES}][\u4e00-\u9fff]{{1,2}})\s*[)）]"
)


# An account named for a company that is not a lender ("打到一个叫深圳市鑫融咨询有限公司的账户",
# "转入XX商务咨询中心账户"): a go-between, whatever they call it (合作方, 代收方).
# The lines of business a company's name ends in when "有限公司" is left off.
_BUSINESS_LINE = "商贸|贸易|咨询|实业|商务|科技|网络|传媒|信息技术|顾问|电子商务"
_COMPANY_ACCOUNT_RE = re.compile(
    # the fee or the amount may stand between the verb and 到: "交保证金5000 到 宁夏XX咨询有限公司 账户"
    # (a company named by its line of business alone, "广西某某网络科技", "云旅文化传媒", is one too;
    # "他们公司 某某顾问有限公司": the name after "their company")
    r"(?:转|打|汇|付|存|交|缴|还)(?:账|款|钱)?(?:[^，。,;；到给进入至去]{0,12}?)?(?:到|给|进|入|至|去)\s*(?:一个|个|这个)?(?:叫|名为|名叫|叫做)?\s*"
    r"(?:(?:他们|她们|他|她|对方)的?公司\s+)?"
    rf"(?P<co>[\u4e00-\u9fff]{{2,24}}?(?:有限公司|公司|中心|工作室|商行|事务所|合作社|{_BUSINESS_LINE}))\s*的?\s*(?:对公)?"
    r"(?:账户|账号|户口|银行卡|卡|支付宝)|"
    # "转到贵州XX商务咨询有限公司": a registered company's full name is an account all the same
    r"(?:转|汇|打)(?:账|款|钱)?(?:到|给|进|入|至)\s*(?P<co2>[\u4e00-\u9fff]{4,24}?有限(?:责任)?公司)"
)
# ... or named after the account word: "转账至对公账户 深圳市鑫达商贸有限公司 账号…", "收款单位：XX咨询中心".
_LABELLED_COMPANY_RE = re.compile(
    r"(?:对公账户|对公账号|收款账户|收款账号|收款方|收款单位|账户名称|账户名|户名|开户名|收款人|账户(?=\s*(?:就是|是|为)))"
    r"\s*(?:就是|就系|即|是|为)?\s*[:：]?\s*[「“\"']?"
    rf"(?P<co>[\u4e00-\u9fff]{{2,24}}?(?:有限公司|公司|中心|工作室|商行|事务所|合作社|{_BUSINESS_LINE}))"
)
_PRONOUN_CO_RE = re.compile(
    r"(?:他们|她们|你们|我们|他|她|你|我|对方|贵(?=公司|司|单位|平台)|本|该|这家|那家|这个|那个)|"  # 贵州 is a place
    # no name, only the word: "户名就是公司全称" (the company's own full name)
    r"(?:就是|就系|即)?(?:公司|中心)$"
)
_FINANCE_RE = re.compile(r"金融|小贷|小额贷款|信托|保险|消费|信用卡|支付|财付通|催收|法院")


_SEND_MONEY_RE = re.compile(
    r"转|汇|打款|打到|打入|打给|存入|存到|付款|付到|支付|缴|过数|入数|收款|(?:交|付)\s*\d|"
    r"(?:交|付|打|存|还)[^，。]{0,10}?(?:到|至|给|进|入)(?!账)|"
    r"\b(?:pay|paid|paying|transfer\w*|send|sent|wire\w*|remit\w*|deposit\w*|to account)\b"
)


# Quotation marks around a payee's name ("account name 'Wang Lei'", "户名“李强”"), not an
# apostrophe inside a word ("Wang's card").
_QUOTE_MARKS_RE = re.compile(r"[\"“”‘’「」『』]|(?<![a-z])'|'(?![a-z])")


# Money that has arrived ("账户转入5000元，户名：王建国", "已入账"): a receipt, whose 户名 is the
# customer's or the sender's, not a payee asked for.
_RECEIPT_RE = re.compile(
    r"(?:转入|汇入|存入|入账|到账|收入|收到)(?:人民币|rmb)?\s*\d[\d,.]*\s*(?:元|块)?|已(?:入账|到账|转入|收到)"
)


# A payee shown as a half-hidden person's name ("收款人：**明", "户口名係陈X明", "135 66xx xx21（张*）",
# "收款人 LAM K"): a person's, however the rest of the message reads.
_MASKED_PAYEE_RE = re.compile(
    r"(?:收款人|户名|户口名|账户名|开户名|持卡人|收款方|名字|姓名)\s*(?:是|为|係|系|叫|显示(?:的是|为|是)?)?\s*[:：]?\s*"
    r"(?:[\u4e00-\u9fff][*＊xX×][*＊xX×]?[\u4e00-\u9fff]?|[*＊]{1,2}[\u4e00-\u9fff]{1,2}|[a-z]{2,}\s+[a-z](?:\b|\s))|"
    r"\d[\dx\s]{6,}\s*[（(]\s*[\u4e00-\u9fff][*＊]{1,2}[\u4e00-\u9fff]?\s*[）)]"
)


_PAY_ASKED_RE = re.compile(
    r"(?:请|须|需|务必|要求|尽快|速|立即|马上|让|叫|要)(?:您|你|我)?[^，。]{0,6}?(?:转|汇|存|打款|打钱|付|还款|缴|交)|\bplease\b"
)


# The creditor named by its part in a case or a contract: its account is the one to pay
# ("按调解书还款至原告指定的银行账户").
_CREDITOR = r"原告|申请人|申请执行人|债权人|出借人|贷款人|法院|本院"


# A person named with a role, either way round: "专员李强", "王律师", "律师王某".
_ROLE_NAME_RE = re.compile(
    rf"(?:{_ROLE_ZH})[{_SURNAMES}][\u4e00-\u9fff]{{0,2}}$|[{_SURNAMES}](?:{_ROLE_ZH})$"
)


# A chat account handed over or to be added, where a fee is asked: "请加客服微信 zgfy_2026 办理",
# "对方给的是个微信号": the fee goes to whoever is behind it, not to a creditor.
_IM_GIVEN_RE = re.compile(
    r"(?:添加|加)(?:客服|对方|他|她|佢)?的?(?:微信|qq|wechat)(?:号)?\s*[:：]?\s*[a-z][a-z0-9_-]{4,}|"
    r"(?:给|发)(?:的是|了)?(?:个|一个|的)?(?:微信号|qq号)"
)


# The account named is the creditor's or the court's own: "通过他们公司的对公账户还款", "户名就是公司全称",
# "按执行通知书载明的本院执行款专户缴纳", "all repayments go into the bank's own repayment account".
_OFFICIAL_PAYEE_RE = re.compile(
    r"对公(?:账户|账号|帐户|帳戶|户口|戶口)|(?:公司|中心)(?:的)?全称|(?:法院|本院)(?:的)?(?:指定|执行款|案款)?专户|"
    r"(?:银行|銀行|平台|本行|我行)(?:自己|本身|官方)(?:的|嘅|个|個)?(?:还款|還款)?(?:账户|帐户|帳戶|户口|戶口)|"
    r"\b(?:the|its|their) (?:bank|lender|company|court|creditor)'?s? (?:own )?(?:repayment |official |designated )?account\b|"
    r"\bcorporate account\b"
)
# A person named as the account's holder, whatever the account is called.
_HOLDER_NAMED_RE = re.compile(
    rf"(?:户名|戶名|收款人|持卡人|开户人|開戶人|名字|姓名|实名|實名)\s*(?:是|叫|为|為|系|係)?\s*[:：]?\s*"
    rf"[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?![\u4e00-\u9fff])"
)
_PRIVATE_WORD_RE = re.compile(r"个人|私人|個人|\bpersonal\b|\bprivate\b")


# Money asked for, in the words a denial names it by ("没让我交钱也没要我转账", "no fees, no transfer");
# wider than _PAY_RE (转钱, 过数, money), which reads an ask, not a denial.
_MONEY_ASK_RE = re.compile(
    r"交钱|交錢|转账|轉賬|轉帳|汇款|匯款|打款|付款|过数|過數|转钱|轉錢|缴费|繳費|收费|收費|"
    r"\b(?:pay(?:ment)?|transfer|fees?|money|wire)\b"
)


def official_payee(s: str) -> bool:
    """The text names only the creditor's or the court's own account for the money, or says no
    money was asked for at all (`s` normalised, every mention of money denied: "没让我交钱也没要我
    转账"): the model's sense of "a private account" has nothing to point at."""
    if (
        _OFFICIAL_PAYEE_RE.search(s)
        and not _PRIVATE_WORD_RE.search(s)
        and not _HOLDER_NAMED_RE.search(s)  # "户名李红梅 … 说这是他们公司对公账户": a person's
    ):
        return True
    return _only_denied(_MONEY_ASK_RE, s)


def _private_payee(s: str) -> bool:
    """Money asked into someone's own account, or into an account named for someone who is
    not the creditor ("户名 深圳市鑫达商务咨询有限公司", "转入 张伟 6222…")."""
    s = _QUOTE_MARKS_RE.sub("", s)
    if _asked(_IM_GIVEN_RE, s) and _asked(_FEE_WORD_RE, s):
        return True
    if any(_asked(rx, s) for rx in (_PERSONAL_ACCOUNT_RE, _ROLE_PAYEE_RE, _TITLED_PAYEE_RE)):
        return True
    for m in _SOMEONES_ACCOUNT_RE.finditer(s):
        owner = m.group("owner")
        if _negated(s, m):
            continue  # "不需要转到别的账户"
        if _ROLE_NAME_RE.search(owner):
            return True  # a person by role and name, whoever's staff they say they are
        own = r"我|自己|您|你(?!们)|本人|官方|绑定|本行|我行|贵行|还款|名下|" + _CREDITOR
        if not re.search(own, owner) and not _LENDER_RE.search(owner):
            return True
    for m in _ACCOUNT_THEN_VERB_RE.finditer(s):
        owner = m.group("owner")
        if _negated(s, m):
            continue
        own = r"我|自己|您|你(?!们)|本人|官方|绑定|还款|名下|平台|公司|app|" + _CREDITOR
        if not re.search(own, owner) and not _LENDER_RE.search(owner):
            return True
    for rx in (_COMPANY_ACCOUNT_RE, _LABELLED_COMPANY_RE):
        for m in rx.finditer(s):
            co = m.group("co") or m.groupdict().get("co2") or ""
            if _PRONOUN_CO_RE.match(co):
                continue  # "他们公司的对公账户": their own company, named by a pronoun
            if not _LENDER_RE.search(co) and not _FINANCE_RE.search(co) and _asked(rx, s):
                return True
    if _SEND_MONEY_RE.search(s):
        for m in _NAME_BEFORE_CARD_RE.finditer(s):
            name = m.group("name") or m.group("en")
            not_a_person = set(name.split()) & (_EN_NOT_A_NAME | _EN_BANK_WORDS)
            if m.group("en") and (not_a_person or _EN_LENDER_RE.search(name)):
                continue
            if not _NOT_A_NAME_RE.match(name) and not _LENDER_RE.search(name):
                return True
        for m in _CARD_THEN_NAME_RE.finditer(s):
            if _romanised_name(m.group("name")) and not _EN_LENDER_RE.search(m.group("name")):
                return True
        for m in _BRACKETED_HOLDER_RE.finditer(s):
            name = m.group("name")
            if not (
                set(name.split()) & (_EN_NOT_A_NAME | _EN_BANK_WORDS) or _EN_LENDER_RE.search(name)
            ) and not (_LENDER_RE.search(name) or _NOT_A_NAME_RE.match(name)):
                return True
    for m in _MASKED_PAYEE_RE.finditer(s):
        if not _negated(s, m):
            return True  # "收款人：**明", "（张*）": a person, half hidden
    for m in _NAMED_ACCOUNT_RE.finditer(s):
        name = m.group("name") or m.group("holder")
        if not _NOT_A_NAME_RE.match(name) and not _LENDER_RE.search(name):
            return True
    # A name on an account is a payee only where money is asked to go ("户名：张三 … 已入账" is a
    # receipt showing the customer's own name).
    receipt = _RECEIPT_RE.search(s) and not _PAY_ASKED_RE.search(s)
    sending = _SEND_MONEY_RE.search(_RECEIPT_RE.sub(" ", s) if receipt else s)
    for m in _NUMBER_THEN_HOLDER_RE.finditer(s) if sending else ():
        if not _NOT_A_NAME_RE.match(m["name"]) and not _LENDER_RE.search(m["name"]):
            return True
    for m in _PAYEE_RE.finditer(s) if sending else ():
        groups = tuple(f"name{i}" if i > 1 else "name" for i in range(1, 12))
        name = next((g for g in m.group(*groups) if g), "")
        english = m.group("name3") or m.group("name6") or m.group("name7") or m.group("name9")
        if m.group("name7"):  # "account of Mr. Zhang at ICBC": the name ends at a linking word
            name = re.split(r"\s(?:at|in|via|with|from|for|by|and|on)\b", name)[0]
            words = name.split()
            while (
                len(words) > 1
                and _EN_LENDER_RE.fullmatch(words[-1])
                and not _EN_ORG_WORD_RE.search(name)
            ):
                words.pop()  # "account name Zhang Wei ICBC": the bank after the name
            name = " ".join(words)
        if english and (set(name.split()) & _EN_NOT_A_NAME or _EN_LENDER_RE.search(name)):
            continue
        if english and _EN_INSTITUTION_AFTER_RE.match(s, m.end()):
            continue  # "account name Yiwu People's Court": an institution, named in full
        if (m.group("name9") or m.group("name6")) and not _romanised_name(name):
            continue  # "to card 6222 … before friday": no one named
        asked = re.search(r"什么|怎么|吗|呢|啥|哪|写|填", name)  # a question about the form
        if name and not asked and not _NOT_A_NAME_RE.match(name) and not _LENDER_RE.search(name):
            return True
    return False


# An institution's word right after an English name: "Yiwu People's Court", "Zhang Wei Bank".
_EN_INSTITUTION_AFTER_RE = re.compile(
    r"(?:'s)?\s*(?:court|bank|co\b|company|corp\w*|ltd|limited|finance|financial|group|tribunal|"
    r"branch|credit|consumer|inc\b|bureau|office|centre|center)"
)


# A document brought in person ("带身份证去网点办", "持本人身份证原件到柜台", "bring your ID card to
# the branch"): shown at a counter, not handed to a caller. Taken out before secrets are read.
_IN_PERSON_RE = re.compile(
    r"(?:带|携带|带上|带好|带齐|拿着|拿上|持)(?:上)?(?:本人|你|您|我)?的?(?:有效)?"
    r"(?:身份证|银行卡|户口本|证件)(?:原件)?(?:和[^，。,.]{0,6}?(?:身份证|银行卡|户口本|证件|合同))?|"
    r"\bbring (?:your|my|the|an?) (?:original )?(?:id|id card|identity card|passport|bank card)\b"
)


# A code seen rather than told: the screen shared while it arrives ("共享屏幕 然后要看我银行发的
# 验证码", "share your screen and open the SMS with the OTP"), or the other side asking to look at
# one's code. Either way the code reaches them.
_SCREEN_SHARE_RE = re.compile(
    r"(?:共享|分享|投)(?:一下)?(?:你的|我的|您的)?(?:手机)?屏幕?|屏幕(?:共享|分享)|\bshar\w* (?:your |my |the )?(?:phone )?screen\b|"
    r"\bscreen[- ]?shar\w*"
)
_LOOK_AT_CODE_RE = re.compile(
    r"(?:看|瞧|瞄|拍|截图|截屏)(?:一下|一眼|下)?(?:我|你|您)(?:的|手机|收到的?|银行发的?|[^，。\s]{0,6}?)"
    r"(?:验证码|动态码|短信码|校验码)|\b(?:see|look at|show (?:me|us|them)|screenshot)\b[^.]{0,20}\b(?:code|otp)\b"
)


def _code_seen(s: str) -> bool:
    return (_asked(_SCREEN_SHARE_RE, s) and _asked(_CODE_RE, s)) or _asked(_LOOK_AT_CODE_RE, s)


# The code named in one clause and handed over in the next: "等阵会有个验证码发来，叫我收到就读给他听".
_ON_ARRIVAL_RE = re.compile(
    r"收到(?:后|了|之后|以后)?(?:就|马上|立刻|即刻|即)?(?:读|念|报|发|告诉|转发|回复)(?:给|回给)?(?:他|她|对方|我们|客服)|"
    r"\b(?:read|send|tell|forward|give)\s+it\s+(?:back\s+)?to\s+(?:him|her|them|us)\b"
)


_SECRET_WORD_RE = re.compile(
    r"验证码|动态码|短信码|校验码|密码|(?<![a-z])otp(?![a-z])|\bverification code\b|\bsms code\b|"
    r"\bpassword\b|\bpin\b|\bcvv\b"
)


# The sender warns that the code is for no one ("Do not share this code with anyone", "切勿向他人
# 泄露验证码"): a bank's own one-time code, not one asked for.
_CODE_WARNING_RE = re.compile(
    r"(?:切勿|请勿|請勿|不要|勿|严禁|嚴禁)(?:向|对|對|把|将|將)?(?:任何人|他人|别人|別人)?(?:泄露|洩露|透露|告知|告诉|告訴|提供|转发|轉發)|"
    r"\b(?:do not|don't|never) (?:share|give|tell|disclose|forward|reveal)\b[^.]{0,30}?\b(?:anyone|anybody|others|no one)\b"
)


def code_for_no_one(s: str) -> bool:
    """Whether the (normalised) text warns that a code it names is for no one's ears."""
    return bool(_CODE_WARNING_RE.search(s))


def secrets_denied(s: str) -> bool:
    """Whether the (normalised) text names a secret only as not asked for ("没有要我提供任何密码或
    验证码", "never asks for your OTP"): every mention negated, at least one."""
    return _only_denied(_SECRET_WORD_RE, s)


def _found_credentials(s: str) -> set[str]:
    """ "credentials" when a secret is asked for (for a court that asks for one outside its channels)."""
    s = _IN_PERSON_RE.sub(" ", s)
    asked = (
        any(_asked(rx, s) for rx in _CREDENTIALS_RES)
        or (_asked(_CODE_RE, s) and _asked(_ON_ARRIVAL_RE, s))
        or (_asked(_CODE_RE, s) and _asked(_HAND_OVER_RE, s))
        or _code_seen(s)
    )
    return {"credentials"} if asked else set()


_A_COURT_RE = re.compile(
    r"法院|法官|仲裁|执行局|执行科|公安|警官|\bcourt\b|\bjudge\b|\barbitration\b|\bpolice\b"
)


# A body saying it charges nothing ("本行不会以任何名义收取征信修复费用", "撤诉不收取任何费用",
# "免费查询"): the words it says it does not charge for are no fee asked. Taken out of the
# sentence, so a fee asked beside it ("交500手续费就能免费修复") still counts.
_NO_CHARGE_RE = re.compile(
    r"(?:不|绝不|从不|均不|并不|无需|无须|毋须|不需要?)(?:会)?[^，。,;；]{0,10}?(?:收取?|收费|缴纳|支付)"
    r"[^，。,;；]{0,10}?(?:费用?|钱)|免费|不收费|零收费|"
    r"(?:无需|无须|毋须|不需要?|不用|不必)(?:再|另外|额外)?(?:缴费|交费|付费|付钱|交钱|给钱|缴纳任何)|"
    r"\b(?:free of charge|no (?:fees?|charge)|(?:never|does not|doesn'?t|will not|won'?t) charge\b[^.,]{0,20})"
)


# A court's own procedure around its fees: an unpaid filing fee makes a claim "deemed withdrawn"
# (逾期按撤诉处理), and a withdrawal halves the filing fee (受理费减半收取). No fee buys anything.
_COURT_PROCEDURE_RE = re.compile(
    r"(?:逾期|否则)?(?:未交|不交|未缴|不缴)?[^，。,;；]{0,4}?按(?:自动)?撤诉处理|视为(?:自动)?撤诉|"
    r"(?:裁定)?准(?:予|许)(?:原告)?撤诉|(?:案件)?受理费减半收取|减半收取"
)


# What a judgment orders paid (执行款, 案款): paying it does lift enforcement, so its amount is
# no fee ("缴纳执行款12000元，履行完毕后解除限制高消费" is a court's own notice).
_JUDGMENT_MONEY_RE = re.compile(
    r"(?:执行款|案款|执行标的|判决(?:确定)?的?(?:款项|金额|欠款))[^，。,;；]{0,4}?\d[\d,.]*\s*(?:元|块|万元?)?|"
    # ... nor is paying off the debt itself ("once I pay off the balance they'll stop the calls")
    r"\b(?:pay|paid|paying|repay|repaid|repaying)\s+(?:off\s+|back\s+)?"
    r"(?:the |my |your |all (?:of )?(?:the |my |your )?)?(?:full |whole |outstanding |overdue |remaining )?"
    r"(?:balance|debt|loan|arrears|amount (?:owed|due)|outstanding amount|what (?:i|you) owe)\b"
)


# A fee as the condition that keeps a threatened step away: "除非今天交5000息诉费" after "警察会来抓我",
# "交2000保全费 否则明天冻结", "pay the 900 release fee or officers will come". The fee must be
# what is paid (a pay verb before it), so "以免产生逾期费用" or a bank's own charges are not.
_CONDITION_RE = re.compile(
    r"除非|只要|要不然|不然|否则|要不|不交就|交了就|逾期(?:将|会|就)|逾期(?:未缴|未交|未处理|不处理)?(?=冻结|查封|强制|拘|上门|派员|起诉)|\bunless\b|\bor else\b|\botherwise\b|\bor (?:we|they|officers|police)\b|"
    # not paying or dealing with it as the condition: "如果不还，下次入境就会被扣押", "再唔还就…"
    r"(?:如果|若|要是|假如|如|再)(?:再|还)?(?:不|唔)(?:还|处理|交|缴|配合|结清)|(?:不|唔|未)(?:还|处理|结清)(?:钱|款)?(?:的话|的)?(?:就|一律|将|会|便)"
)
_PAID_FEE_RE = re.compile(
    r"(?:[交缴付转打给汇充]|支付|缴纳)[^，。,;；]{0,8}?(?:(?<![免消浪])费|保证金|押金|[\u4e00-\u9fff]{2}金)|"
    # the fee named first: "将保证金8000元转至…", "把解冻费打到…"
    # (its name may be longer: "将执行保证金3000元转入", "将诉讼保全金…转入"; "资金", "现金" are the
    # person's money, not a fee)
    r"(?:将|把)(?:保证金|押金|[\u4e00-\u9fff]{1,3}费|[\u4e00-\u9fff]{2,4}(?<![资现基奖薪租])金)[^，。,;；]{0,10}?(?:转|交|缴|付|汇|打|存)(?:至|到|入|进|给)|"
    r"\b(?:pay|send|transfer|wire)\b[^.,;]{0,30}\b(?:fees?|deposit|bond|bail)\b"
)
_CONSEQUENCE_RE = re.compile(
    r"起诉|立案|冻结|查封|上门|黑名单|失信|征信|开庭|强制执行|通缉|曝光|"
    r"\b(?:sue|sued|lawsuit|court|freeze|frozen|blacklist\w*|seize\w*|visit)\b"
)


def _fee_as_condition(sentence: str) -> bool:
    return bool(
        _CONDITION_RE.search(sentence)
        and (_ARREST_RE.search(sentence) or _CONSEQUENCE_RE.search(sentence))
        and _asked(_PAID_FEE_RE, _COURT_MONEY_RE.sub(" ", sentence))
    )


# Money into an official's own account ("交保全费到法官个人账户", "打钱去律师私人账户",
# "pay to the judge's personal wechat"): what a court or the police collect goes to their own
# accounts, so whatever it is called, money to the person handling the case buys its going away.
_OFFICIAL_PRIVATE_RE = re.compile(
    r"(?:法官|书记员|书记官|执行员|执行官|法警|律师|检察官|警官|庭长|承办人|经办人)(?:的)?(?:个人|私人|自己)的?"
    r"(?:账户|账号|户口|户头|卡|银行卡|微信|支付宝|收款码)|"
    r"\b(?:judge|clerk|lawyer|bailiff|officer|prosecutor|attorney)'?s?\s+(?:own\s+)?(?:personal|private)\s+"
    r"(?:account|card|wechat|alipay|wallet)\b"
)


# A fee whose name is the step it stops: bail ("先交1万保释金", "unless you pay bail"), a fee to
# withdraw, close, clear or release ("撤诉费", "取保费", "release fee"). Named so, it is asked as
# the price of stopping, wherever the step is said.
_NAMED_STOP_FEE_RE = re.compile(
    r"保释(?:金|费)|取保(?:候审)?(?:金|费)|交保金|撤诉费|撤案费|销案费|结案费|止讼费|止诉费|撤销费|"
    r"清除费|消除费|洗白费|停催费|解冻(?:金|费)|解封费|诉讼终止费|"
    # settling the case or taking one off the list, as a fee's name: "执行和解金", "和解手续费",
    # "除名规费", "移除费", "blacklist removal fee" (a settlement is an agreement with the
    # creditor, paid to it; a list is left by paying the judgment, never by a fee)
    r"和解(?:金|费|保证金|手续费|规费)|除名[\u4e00-\u9fff]{0,2}?(?:费|金)|移除(?:费|金)|"
    r"\bbail\b|\b(?:release|cancell?ation|clearance|unfreez\w*|withdrawal|settlement|removal)\s+fee\b|"
    r"\b(?:case|lawsuit|suit)\s+(?:withdrawal|cancell?ation|closing|closure)\s+(?:deposit|guarantee|bond|money)\b"
)


# Relief on one's debts promised by someone who is not the lender ("帮我把网贷全部停息", "卡债打三折",
# "可享九成减免", "cut my debt by 60%"), bought with a fee paid first ("只要先交会员费699",
# "要先付协商金", "if I first pay a deposit"): lenders grant relief for free, and a go-between who
# charges first for it is selling what a lender alone can give (the same class as a fee for
# applying for 停息挂账, in _LIFT_AFTER_RE).
_RELIEF_RE = re.compile(
    r"停息|免息|利息全免|全免|减免|打[一二三四五六七八九\d]折|[一二三四五六七八九\d]成减免|减免[一二三四五六七八九\d]成|"
    r"只(?:还|需还|要还)(?:一半|本金|[一二三四五六七八九\d]成)|(?:欠款|债务|网贷|卡债)[^，。]{0,4}?(?:清零|一笔勾销)|"
    r"\b(?:cut|reduce|lower|slash)\w*\s+(?:my|your|the|all)\s+(?:\w+\s+)?(?:debts?|loans?|balance)\b|"
    r"\b\d+\s*%\s+(?:off|(?:debt\s+)?(?:reduction|discount|relief))\b|\bsettle\b[^.]{0,30}\bat \d+\s*%|"
    r"\b(?:interest|late fees?)\s+(?:waived|frozen|stopped|cancell?ed|wiped)\b"
)
_UPFRONT_FEE_RE = re.compile(
    r"(?:先|提前|预先|前期|首先)[^，。]{0,6}?(?:交|缴|付|转|打|汇|畀|俾|过(?!来|去|期|了)|收)[^，。]{0,12}?(?:(?<![免消浪])费|[\u4e00-\u9fff]{1,2}金)|"
    r"(?:只要|只需|仅需)(?:先)?(?:交|缴|付|转|畀|俾)[^，。]{0,8}?(?:(?<![免消浪])费|[\u4e00-\u9fff]{1,2}金)|"
    r"\b(?:first pay|pay (?:\w+ ){0,6}?(?:first|upfront|up front|in advance)|(?:upfront|up-front|advance) (?:fee|deposit|payment))\b|"
    r"\bif (?:i|you|we) (?:first )?pay\b[^.]{0,30}\b(?:fee|deposit)\b"
)


# English split across sentences: the removal told in one, the price in the next ("your negative
# record can be removed in 24h. Service fee RMB 999."), or the record named in one and cleared by a
# pronoun beside its price in the next ("Your credit record has been flagged. Remove it now for a
# one-time fee of 499 yuan").
_EN_SENTENCE_RE = re.compile(r"^[\x00-\x7f]*[a-z][\x00-\x7f]*$")
_CLEAR_IT_RE = re.compile(
    r"\b(?:remove|clear|delete|erase|wipe|cancel|fix|repair|clean|lift|withdraw|drop|close)\s+(?:it|this|that|them)\b"
)
_EN_RECORD_RE = re.compile(
    r"\b(?:record|records|blacklist\w*|list|report|file|case|lawsuit|warrant|freeze|ban|flag|default)\b"
)


def _en_fee_next_sentence(sentences: list[str]) -> bool:
    english = [bool(_EN_SENTENCE_RE.match(x.strip())) for x in sentences]
    for i, sentence in enumerate(sentences):
        if not english[i]:
            continue
        m = _STOP_ACTION_RE.search(sentence)
        stops = m is not None and not _negated(sentence, m)
        if not stops and i > 0 and english[i - 1] and _EN_RECORD_RE.search(sentences[i - 1]):
            stops = _asked(_CLEAR_IT_RE, sentence)
        if not stops:
            continue
        if _asked(_FEE_PROPER_RE, sentence):
            return True
        if i + 1 < len(sentences) and english[i + 1] and _asked(_FEE_PROPER_RE, sentences[i + 1]):
            return True
    return False


def _relief_for_a_fee_first(sentence: str) -> bool:
    return bool(_RELIEF_RE.search(sentence)) and _asked(_UPFRONT_FEE_RE, sentence)


def _fee_to_stop(s: str) -> bool:
    """A fee in the same sentence as stopping a lawsuit or clearing a record."""
    if _asked(_OFFICIAL_PRIVATE_RE, s) and (_asked(_FEE_WORD_RE, s) or re.search(r"钱|款", s)):
        return True
    if _asked(_NAMED_STOP_FEE_RE, _NO_CHARGE_RE.sub(" ", s)):
        return True
    sentences = [
        _JUDGMENT_MONEY_RE.sub(" ", _COURT_PROCEDURE_RE.sub(" ", _NO_CHARGE_RE.sub(" ", x)))
        for x in re.split(r"[。！？!?\n]+|\.(?:\s|$)", s)
    ]
    for sentence in sentences:
        if _STOP_ACTION_RE.search(sentence) and _asked(_FEE_WORD_RE, sentence):
            return True
        if (_AVOID_RE.search(sentence) or _LIFT_AFTER_RE.search(sentence)) and _asked(
            _FEE_PROPER_RE, sentence
        ):
            return True
        if _AVOID_RE.search(sentence) and _A_COURT_RE.search(s) and _asked(_FEE_WORD_RE, sentence):
            return True  # a "court" taking money to spare one court: courts sell no such thing
        if _fee_as_condition(sentence) or _relief_for_a_fee_first(sentence):
            return True
    return _en_fee_next_sentence(sentences)


# A lender saying it may sue ("我行将依法提起诉讼", "they might take me to court") claims to be
# no court: the court-channel flag is for messages that speak as a court or the police.
_LAWSUIT_RE = re.compile(
    # ("我行将依法向法院提起诉讼": the court it will go to is part of the lawsuit)
    r"(?:依法)?(?:向[^，。,]{0,10}?法院)?(?:提起|提出)?(?:起诉|诉讼)|\b(?:take|taking|took) (?:me|you|legal action)(?: to court)?\b|"
    r"\b(?:go|goes|going) to court\b|\bto court\b|\blegal action\b|\bsue\b|\blawsuit\b"
)
_FROM_LENDER_RE = re.compile(
    r"我行|本行|我司|本公司|银行|[招建工农中交]行|邮储|浦发|\bbank\b|\blender\b|\bwe may\b"
)


# A bank's own sender line ("【中国建设银行】您的账户被司法冻结，请联系执行法院"): the bank tells
# of a court, it does not speak as one.
_BANK_SENDER_RE = re.compile(
    r"^\s*【[^】]{0,10}(?:银行|信用卡中心|花呗|借呗|白条|京东金融|微众|平安普惠|消费金融|支付宝|美团)[^】]{0,6}】"
)


def _lender_may_sue(s: str) -> bool:
    if not _FROM_LENDER_RE.search(s) and not _LENDER_RE.search(s):
        return False
    return not _COURT_RE.search(_LAWSUIT_RE.sub(" ", s))


# The law's own measure, told as the law tells it: detention is what a court may order against one
# who refuses its orders ("拒不履行判决可能被依法拘留", "无正当理由拒不到庭的可以拘传", "may be
# detained for contempt of court"), not a threat over the debt itself. Anything imminent (today,
# sending people, at your door) is still a threat.
_LAWFUL_MEASURE_RE = re.compile(
    r"拒不(?:履行|执行|到庭|申报|配合|报告)|虚假申报|有(?:履行)?能力(?:履行)?(?:而|却)?(?:拒)?不履行|无正当理由|"
    r"妨碍(?:执行|诉讼|民事诉讼)|抗拒执行|违反(?:限制)?(?:消费)?令|"
    r"\brefus\w* to (?:comply|appear|obey|pay (?:a|the) (?:judgment|judgement))\b|\bcontempt of court\b|"
    r"\bfail\w* to (?:appear|comply)\b"
)
_MAY_RE = re.compile(r"可能|可以|可|将依法|依法|视情节|\bmay\b|\bcould\b|\bcan\b")
_IMMINENT_RE = re.compile(
    r"今天|今晚|今日|明天|明早|马上|立即|立刻|随时|\d+\s*小时|派人|带人|上门|找上门|抓你|抓人|去你|到你|"
    r"\btoday\b|\btonight\b|\btomorrow\b|\bcoming\b|\bon (?:the|their) way\b|\bat your\b"
)


# Arrest spared only if paid ("交5000保证金就不用坐牢", "pay today and you won't be arrested"):
# the "not" is the threat's condition, not a denial.
_SPARED_IF_PAID_RE = re.compile(
    r"(?:交|缴|给|转|付|打|汇|还|充)[^，。]{0,14}?(?:就|才|便|即可|就可以|可以)\s*(?:不用|不会|不必|不再|免得?|唔使|唔会|不)\s*(?:被)?$"
    r"|\bpay\b[^.]{0,30}\b(?:and|or)\s+(?:you|u)\s+(?:won'?t|will not|wont)\s+(?:be\s+)?$"
)


def _spared_if_paid(s: str, m: re.Match[str]) -> bool:
    before = re.split(r"[，,。.;；!！?？\n]", s[max(0, m.start() - 60) : m.start()])[-1]
    return bool(_SPARED_IF_PAID_RE.search(before))


def _arrest_threatened(s: str) -> bool:
    """An arrest or detention threatened, not the law's measure against defying a court."""
    for m in _ARREST_RE.finditer(s):
        if _negated(s, m) and not _spared_if_paid(s, m):
            continue
        start = max(s.rfind(c, 0, m.start()) for c in "。！？!?\n；;") + 1
        ends = [i for i in (s.find(c, m.end()) for c in "。！？!?\n；;") if i >= 0]
        sentence = s[start : min(ends, default=len(s))]
        lawful = _LAWFUL_MEASURE_RE.search(sentence) and _MAY_RE.search(sentence)
        if not lawful or _IMMINENT_RE.search(sentence):
            return True
    return False


# Someone claiming to be a regulator or the police ("自称银保监会工作人员", "说是中国人民银行征信中心的"):
# they regulate and investigate, and never call to collect, clear records or ask for codes.
# Regulators and the police, by name or by a made-up variant of one ("国家金融监督执行总局").
_AUTHORITY_ZH = (
    r"(?:中国)?(?:银保监会?|金融监管总局|(?:国家)?金融监[督管][\u4e00-\u9fff]{0,4}?(?:总局|局)|"
    r"人民银行|央行|征信中心|反诈(?:骗)?中心|公安部|公安局|公安厅|派出所|网信办|经侦|网警|网络警察|国际刑警|刑侦|"
    # the police's or the procurators' units by their full names ("兵团公安经济犯罪侦查总队",
    # "最高人民检察院", "最高检")
    r"公安[\u4e00-\u9fff]{0,4}?(?:经济犯罪|刑事|网络)[\u4e00-\u9fff]{0,4}?(?:侦查|调查|安全保卫)|"
    r"(?:经济犯罪|刑事犯罪|金融犯罪|经济罪案)(?:侦查|调查)|检察院|最高检|公安分局)"
)
# The police and the procurators alone (no regulator, credit centre or anti-fraud centre): a sender
# line or a case said to sit with one of these is a claim; the blind corpora read a bare
# 【征信中心】 or 【中国人民银行】 sender line selling a "repair" as no fake body (the credit reference
# centre is real), in 38 of 67 messages.
_POLICE_ZH = (
    r"(?:公安部|公安局|公安厅|公安分局|派出所|经侦|网警|网络警察|国际刑警|刑侦|检察院|最高检|"
    r"公安[\u4e00-\u9fff]{0,4}?(?:经济犯罪|刑事|网络)[\u4e00-\u9fff]{0,4}?(?:侦查|调查|安全保卫)|"
    r"(?:经济犯罪|刑事犯罪|金融犯罪|经济罪案)(?:侦查|调查))"
)
_AUTHORITY_EN = (
    r"(?:banking regulator|cbirc|nfra|pboc|people'?s bank|central bank|credit reference cent(?:er|re)|"
    r"ministry of public security|public security bureau|psb|police|interpol|cyber ?police|economic crimes?)"
)
_CLAIMED_AUTHORITY_RE = re.compile(
    # claimed: "自称是公安局的", "话自己系「广州经侦」", "说自己是“国家金融监督执行总局”的"
    # (or by its seal or heading on a paper: "盖着最高人民检察院的章", "盖了个『XX公安分局』印")
    r"(?:自称|说是|说他是|说她是|称是|冒充|假扮|来自|是|系(?!统)|自己是|自己系|盖着|盖了|盖有|印着|写着|落款)"
    r"[^，。,]{0,4}?[「“\"'『]?[\u4e00-\u9fffx×]{0,6}?" + _AUTHORITY_ZH + r"|"
    # ... or the police signing the message or the paper: a sender line or a quoted heading that
    # starts with them ("上面写「XX公安经济犯罪侦查总队 逮捕预告通知书」")
    r"[【「『]\s*[\u4e00-\u9fffx×]{0,8}?" + _POLICE_ZH + r"|"
    # ... or said to hold one's case now ("你的案子已经到公安部了", "案件已移交经侦")
    r"(?:案子|案件|材料|资料)[^，。,]{0,4}?(?:到|移交|移送|转交|转到|交到|报到)(?:了|给)?[\u4e00-\u9fff]{0,4}?"
    + _POLICE_ZH
    + r"|"
    # ... or speaking as one, a step against the person its threat: "公安部反诈中心将于48小时内对您实施刑事拘留"
    + _AUTHORITY_ZH
    + r"[^，。]{0,12}?(?:将|会|已|要|正在)[^，。]{0,12}?(?:拘留|逮捕|抓捕|抓人|立案|冻结|通缉|传唤)|"
    r"\b(?:from|claim\w* to be|said (?:he|she) (?:was|is) from|pretend\w* to be|this is|we are|calling from|"
    r"on behalf of|i'?m|i am)\s+(?:the\s+)?['\"]?(?:china\s+)?"
    # (a city with an apostrophe, an officer's name and a comma: "Xi'an Public Security Economic
    # Crime Unit", "I'm Officer Li, Interpol China Desk")
    r"(?:[a-z']+,?\s+){0,3}?" + _AUTHORITY_EN + r"\b|"
    # ... or heading a quoted message: "a DM: 'Credit Reference Center of China. …'"
    r"['\"“:]\s*(?:urgent\s+)?(?:[a-z]+\s+){0,2}?" + _AUTHORITY_EN + r"\b"
)


def check(text: str) -> list[Flag]:
    """Every red flag in the text, in a fixed order."""
    s = normalise(text)
    found: list[str] = []
    if _private_payee(s):
        found.append("personal-account")
    links = link_flags(s)
    found += links
    credentials = bool(_found_credentials(s))

    def asks(paid: str) -> bool:
        """Money, a code, a private chat or a strange link asked for: what no court or
        authority asks outside its own channels (`paid`: the text with their own charges out)."""
        return (
            bool(links)
            or "personal-account" in found
            or _asked(_PAY_RE, paid)
            or _asked(_IM_RE, s)  # not "没要我加微信"
            or credentials
        )

    court_speaks = (
        bool(_COURT_RE.search(s)) and not _lender_may_sue(s) and not _BANK_SENDER_RE.match(s)
    )
    callback = [n for n in _CALLBACK_RE.findall(s) if n != "12368"]
    callback += [n for n in _CONTACT_NUMBER_RE.findall(s) if n not in callback]
    callback += [n for n in _TITLED_MOBILE_RE.findall(s) if n not in callback]
    callback += [n for n in _SENDER_NUMBER_RE.findall(s) if n not in callback]
    if (
        fake_court_names(s)
        or fake_english_court_names(s)
        # A court unit with a mobile number ("承办法官 139…"): courts answer on landlines and 12368.
        or (
            court_speaks
            and _COURT_UNIT_RE.search(s)
            and (
                any(_MOBILE_RE.search(n) for n in callback)
                or _DESCRIBED_MOBILE_RE.search(s)
                or _MASKED_MOBILE_RE.search(s)
            )
        )
    ):
        found.append("fake-court")
    # (or reached on a mobile: "落款联系人就是一个139的手机号")
    on_a_mobile = any(_MOBILE_RE.search(n) for n in callback) or bool(
        _DESCRIBED_MOBILE_RE.search(s) or _MASKED_MOBILE_RE.search(s)
    )
    if _CLAIMED_AUTHORITY_RE.search(s) and not court_speaks and (asks(s) or on_a_mobile):
        found.append("court-channel")  # a regulator or the police claimed, and something asked
    if court_speaks and not _VERIFIED_RE.search(s):
        official = bool(_OFFICIAL_CHANNEL_RE.search(s))
        real_court = identified_court(s)
        if real_court and callback and not any(_MOBILE_RE.search(n) for n in callback):
            official, callback = True, []  # a real court's notice giving its own landline
        paid = s
        if _PAY_VIA_OFFICIAL_RE.search(s) or real_court:
            # "通过人民法院在线服务缴纳，缴纳后案件才会受理": the court's own channel or money
            paid = _COURT_MONEY_RE.sub(" ", _PAY_VIA_OFFICIAL_RE.sub(" ", s))
            if _PAY_VIA_OFFICIAL_RE.search(s):
                paid = re.sub(r"缴纳|缴费|交纳|预交", " ", paid)
        suspicious = asks(paid)
        # A real court's own notice may press in days ("请于7日内履行，否则将依法…"); hours and
        # "at once" are how a sender that is not one presses (or one that names none).
        pressed = bool(_PRESSURE_RE.search(s)) and (not real_court or bool(_URGENT_RE.search(s)))
        free_mail = bool(_FREE_MAIL_SENDER_RE.search(s))
        masked = bool(_MASKED_MOBILE_RE.search(s))
        if suspicious or (not official and (callback or pressed or free_mail or masked)):
            found.append("court-channel")
    if bad_case_numbers(s):
        found.append("bad-case-number")
    if _fee_to_stop(s):
        found.append("fee-to-stop")
    if _arrest_threatened(s):
        found.append("arrest-threat")
    if _asked(_BORROW_RE, s):
        found.append("borrow-to-repay")
    if credentials:
        found.append("credentials")
    return [Flag(f, REASONS[f], VERIFY[f]) for f in FLAG_IDS if f in found]


def worth_checking(text: str) -> bool:
    """Cheap pre-check for the passive skill: a pasted or described message with a trigger word.

    Pasted texts are recognised by their form (a sender in 【】, an order addressed to "您",
    "否则…") as well as by being described ("收到短信…"), so "请将欠款转入个人账户 张伟…，否则上门拘捕"
    is checked without /check; a question in the person's own words ("欠信用卡会坐牢吗") is not."""
    s = normalise(text)  # typos fixed first: "验正码" passes the gate as 验证码
    if not _GATE_RE.search(s):
        return False
    if _DESCRIBED_RE.search(s) or _URL_RE.search(s) or _PASTED_RE.search(s) or _QUOTED_RE.search(s):
        return True
    # A bare order to "you" that raises a red flag of its own ("pay to the account of Mr. Zhang…",
    # "交錢就可以清除TU記錄") is someone else's message, unless it is a question.
    if not _ADDRESSED_RE.search(s) or _QUESTION_RE.search(s):
        return False
    return any(f.id in _STRONG_FLAGS for f in check(text))


# Someone else's words quoted at length: after a colon ("got this: 'Your nephew owes…'", "原话：“我们是…")
# or inside full quotes of a sentence or more, not a name in quotes ("转进“国家安全账户”").
_QUOTED_RE = re.compile(r"[:：]\s*[‘'\"“「『]\s*\S[^’'\"”」』]{15,}|[“「『][^”」』]{20,}[”」』]")


# Flags that only the other side's words raise (not a person's question about the law).
_STRONG_FLAGS = frozenset(
    (
        "personal-account",
        "fake-court",
        "bad-case-number",
        "fee-to-stop",
        "credentials",
        "arrest-threat",
    )
)
_ADDRESSED_RE = re.compile(
    r"你|您|阁下|台端|我们|我司|本院|我方|我部|本部|我中心|本中心|本公司|本平台|本机构|\byou\b|\byour\b|\bme\b|\bmy\b|\bwe\b|\bus\b|\bour\b|"
    r"^(?:please\s+)?(?:pay|send|transfer|give|tell|wire|visit|reply|contact|call|add|scan|click|download)\b|"
    r"^(?:请|速|立即|马上|直接)?(?:交|缴|转|汇|付|打款|回复|提供|把|将|加|添加|联系|扫码|扫描|点击|登录|下载)"
)
_QUESTION_RE = re.compile(
    r"[?？]|吗|么|会不会|能不能|可不可以|是不是|有没有|怎么办|咋办|點算|点算|係咪|系咪|得唔得|會唔會|会唔会|"
    r"^(?:can|could|will|would|is|are|do|does|should|what|how|why)\b|\b(?:should|can|do) (?:i|we)\b"
)


# The sender's own voice: "we" speaking to "you" ("我们明天就带人抓你", "We have reported you").
_SENDER_VOICE_RE = re.compile(
    r"(?:^|[：:，,。\s])(?:我们|我司|我方|本公司|本中心)[^。！？!?]{0,30}(?:你|您)|\bwe\b[^.!?]{0,40}\byou\b"
)


def pasted(text: str) -> bool:
    """Whether the text reads as a message someone else sent (a sender, a link, an order to
    "您", a case number, "we" speaking to "you"), not the person telling what a collector said."""
    s = normalise(text)
    return bool(
        _PASTED_RE.search(s)
        or _SENDER_VOICE_RE.search(s)
        or _URL_RE.search(s)
        or re.search(r"短信|信息|消息|简讯|讯息|微信上|\b(?:text|sms|message|msg)\b", s)
        or bad_case_numbers(s)
    )


def collector_threat_only(text: str, flags: list[Flag]) -> bool:
    """A collector's arrest threat told in the person's words ("催收说明天就来抓我"): the
    arrest-threats answer fits it, not a scam header with "don't click links"."""
    ids = {f.id for f in flags}
    return "arrest-threat" in ids and ids <= {"arrest-threat", "court-channel"} and not pasted(text)


def court_named(text: str) -> bool:
    """Whether the text speaks of a court, a lawsuit or enforcement (not only a collector)."""
    return bool(_COURT_RE.search(normalise(text)))
