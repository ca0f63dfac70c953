"""The scam check read by structure, one class of miss at a time (issue #14), both ways.

Every sentence here is our own, written for the class it stands for (none is copied from a
blind round): a flag that must be raised, and a genuine message that must stay clean.
"""

from __future__ import annotations

import pytest

from bot.scamcheck.flags import check

# (class, text, flag that must be raised)
MUST_FLAG = [
    # links glued to the Chinese around them
    ("link glued", "点这里t.cn/Zq81领取减免名额", "short-link"),
    ("link glued", "详情请访问zhengxin-help.top/repair查询", "unofficial-link"),
    ("link glued", "打開bit.ly/9xQw填資料", "short-link"),
    # a code asked to be typed in
    ("code typed", "对方说下好app以后输一下短信验证码就行", "credentials"),
    # a tribunal named for a line of business, which sits nowhere
    ("made-up tribunal", "来电的说是杭州市网络借贷法庭 要我今天去处理", "fake-court"),
    ("made-up tribunal", "【江苏省债务清欠法庭】您已被立案", "fake-court"),
    ("made-up tribunal", "有人自称成都市在线金融法庭的书记员", "fake-court"),
]

# (class, genuine text that must raise nothing)
MUST_NOT_FLAG = [
    ("link glued", "工行短信说登录icbc.com.cn或者打95588查询分期"),
    ("link glued", "法院短信让我登录zxfw.court.gov.cn查看文书"),
    # a court's own tribunal and a town's dispatched tribunal
    ("tribunal", "通知我去朝阳区人民法院金融审判庭开庭 是真的吗"),
    ("tribunal", "传票上写的是永和人民法庭 这是哪个法院"),
    ("tribunal", "要是被起诉了 我是不是得上法庭"),
    # a place whose name holds a character read as a cut ("让", "和", "个", "自", "从", "那")
    (
        "place with a stop character",
        "收到法院寄的传票 大庆市让胡路区人民法院 案号(2026)黑0604民初77号",
    ),
    ("place with a stop character", "收到个旧市人民法院的传票 让我下周去"),
    ("place with a stop character", "自流井区人民法院寄来传票"),
    ("place with a stop character", "收到从化区人民法院的短信 说是诉前调解"),
    ("place with a stop character", "收到那曲市色尼区人民法院的传票"),
]


@pytest.mark.parametrize(
    "cls,text,flag", MUST_FLAG, ids=[f"{c}: {t[:16]}" for c, t, _ in MUST_FLAG]
)
def test_each_class_raises_its_flag(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(
    "cls,text", MUST_NOT_FLAG, ids=[f"{c}: {t[:16]}" for c, t in MUST_NOT_FLAG]
)
def test_genuine_messages_of_each_class_stay_clean(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


MUST_FLAG_2 = [
    # a person at a court or the police, by title, with a mobile of any region
    (
        "titled mobile",
        "【海淀区人民法院】请速联系执行局李法官 13811112222 处理您的案件",
        "fake-court",
    ),
    ("titled mobile", "說是台中地方法院的林書記員 0933-456-789 叫我今天回電", "fake-court"),
    (
        "titled mobile",
        "msg says Chaoyang court, contact Judge Liu 13900001111 before 5pm",
        "fake-court",
    ),
    ("titled mobile", "杭州中院执行局 请联系赵法官13512345678", "fake-court"),
    # a fee as the condition that keeps a step away
    ("fee as condition", "说今天派人去我单位带人 除非先交3000处理费", "fee-to-stop"),
    ("fee as condition", "对方讲交2000保全金 不然明天就冻结我工资卡", "fee-to-stop"),
    (
        "fee as condition",
        "they said unless i pay a 900 release fee officers will come to my flat",
        "fee-to-stop",
    ),
    ("fee named for ending", "有人让我交一笔销号费 说交了就没事了", "fee-to-stop"),
    (
        "stop the trial",
        "caller said a 2000 deposit would cancel the hearing next week",
        "fee-to-stop",
    ),
    ("stop the trial", "说交1500就能取消开庭", "fee-to-stop"),
    # payees: masked numbers, the verb after the account, a person's account at any institution
    ("masked card", "让我把钱转到 周建华 6217****8890", "personal-account"),
    ("masked card", "told me to send it to wang jun 6222 xxxx xxxx 3141", "personal-account"),
    ("verb after account", "催收叫我往他支付宝里打800", "personal-account"),
    ("verb after account", "让我给刘强的建行卡转2000 说这样能少还点", "personal-account"),
    ("person at another institution", "要我汇到陈丽华的农商行账户", "personal-account"),
    # a case number begun the courts' way and left unfinished
    ("unfinished case number", "短信说案号(2026)浙0106执 请速处理", "bad-case-number"),
    ("unfinished case number", "【某法院】(2025)粤民初 案件已立", "bad-case-number"),
]

MUST_NOT_FLAG_2 = [
    ("titled mobile", "【北京市朝阳区人民法院】请于本周五到立案庭领取判决书 咨询电话010-65432100"),
    ("titled mobile", "朝阳区人民法院的法官说会通过12368联系我 让我等短信"),
    ("fee as condition", "【招商银行】请于25日前还款 否则将产生逾期利息并影响征信 客服95555"),
    (
        "fee as condition",
        "【成都市武侯区人民法院】请在7日内通过人民法院在线服务预交案件受理费 否则按撤诉处理",
    ),
    ("fee as condition", "bank said pay the minimum by friday or the card will be frozen"),
    ("verb after account", "我往我自己的银行卡里转了5000准备还款"),
    ("verb after account", "【建设银行】请勿向任何个人账户转账 认准官方渠道 95533"),
    ("verb after account", "客服说直接往还款账户里存钱就会自动扣"),
    ("masked card", "【工商银行】您尾号6222****1234的卡已于今日扣款1500元"),
    ("case number", "收到传票 案号是(2026)京0105民初123 后面看不清 是真的吗"),
    ("case number", "判决书上写的(2025)川0107执1234号 让我履行"),
]


@pytest.mark.parametrize(
    "cls,text,flag", MUST_FLAG_2, ids=[f"{c}: {t[:16]}" for c, t, _ in MUST_FLAG_2]
)
def test_each_class_raises_its_flag_second_batch(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(
    "cls,text", MUST_NOT_FLAG_2, ids=[f"{c}: {t[:16]}" for c, t in MUST_NOT_FLAG_2]
)
def test_genuine_messages_stay_clean_second_batch(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


# After round 21 was reported (our own words): the money to the caller himself with the verb
# after ("给他个人转"), and the wallet of the other side's own people ("of their agent").
MUST_FLAG_3 = [
    ("verb after, personal", "中间人说能帮我撤案 让我先给他个人转2000好处费", "personal-account"),
    (
        "their people's wallet",
        "the collector told me to send it to the alipay of his colleague",
        "personal-account",
    ),
    (
        "not the creditor",
        "they want me to transfer the money to an agent, not the bank",
        "personal-account",
    ),
]
MUST_NOT_FLAG_3 = [
    "please transfer your repayment to the account of the lender shown in the app",
    "客服说不要给任何人个人转账 只在app里还",
]


# Read by class from two blind training sets written this session (tests/data/intents/scam.train1
# and train2, our own words here): payees half hidden or paid in coins, the sender's own wallet,
# bail and detention at the border, a fee that buys a withdrawal, a page wanting one's password.
MUST_FLAG_4 = [
    ("masked payee", "请扫码缴费（收款人：**华），今天处理可免违约金", "personal-account"),
    ("masked payee", "保证金打到 6217 88xx xxxx 5521（李*）", "personal-account"),
    ("sender's wallet", "你先转1500定金到我支付宝 我帮你搞定", "personal-account"),
    ("picked wallet", "钱要转到群主指定的钱包里核验", "personal-account"),
    ("coins", "send the settlement to this usdt wallet today", "personal-account"),
    ("someone's", "让我把钱汇到某个人户头", "personal-account"),
    ("relative's wallet", "he said pay the fee to his brother alipay", "personal-account"),
    ("fee noun before 到", "叫我汇手续费到他老婆的微信", "personal-account"),
    ("bail", "说你儿子欠钱被抓了 要交两万保释金", "arrest-threat"),
    ("border", "不还的话下次过海关就扣留你", "arrest-threat"),
    ("deport", "pay today or police will deport you", "arrest-threat"),
    ("withdrawal bought", "交五千给他才帮你撤", "fee-to-stop"),
    ("filing stopped", "pay a deposit to stop the filing", "fee-to-stop"),
    ("page wants it", "the link opened a page asking my bank password", "credentials"),
    ("typed in", "入去要打埋OTP先得", "credentials"),
]
MUST_NOT_FLAG_4 = [
    # the court's own account, as its notice says; a lender that may sue; a payee said not a person
    "【杭州市西湖区人民法院】执行款请按执行通知书载明的法院账户缴纳，咨询12368。",
    "please pay into the court's designated account, account name Xihu People's Court, enquiries 12368",
    "建行说我这张卡可能要走诉讼 让我在app里申请分期 没要我加微信",
    "交行寄信说逾期会依法起诉 还款请用app或打95559",
    "诉讼费在人民法院在线服务缴，收款方是西湖区人民法院，不是个人",
]


# Read by class from training sets train3-5 (our own words here).
MUST_FLAG_5 = [
    ("email wallet", "还款转我支付宝 li****@qq.com 就行", "personal-account"),
    ("judge's wechat", "请添加执行法官微信 fy_wang88 缴纳执行费", "personal-account"),
    ("named code", "扫的是个人收款码 名字：王*", "personal-account"),
    ("special account", "把借呗额度提出来转到清零账户", "personal-account"),
    ("a fee to stop", "先汇一笔止讼费到指定账户", "fee-to-stop"),
    ("never sued", "保证不被起诉 先交服务费5000", "fee-to-stop"),
    ("people sent", "今天不还就派人去抓你", "arrest-threat"),
    ("taken to the police", "pay now or they take him to the police station", "arrest-threat"),
    ("codes told", "he asked me to tell him the codes the bank texts me", "credentials"),
    ("named QR", "they sent a QR code with name Zhang Wei to pay the fee", "personal-account"),
]
MUST_NOT_FLAG_5 = [
    "我打了12368核实，法院说诉讼费只在法院缴费通知书上的对公账户交，不会叫我转给个人",
    "【杭州市上城区人民法院】调解书已生效，请按调解书约定于1月5日前履行付款义务。",
    "checked zxgk.court.gov.cn myself and called the lender on 95511, i can pay in the app",
    "【京东金融】请在App内还款，京东金融不会以任何名义要求您转账至个人账户。",
    "bank called from 95588 about my overdue card, didnt ask me to pay anyone's card",
    "official notice: repay inside the app, hotline 95188. no one asked for codes",
]


# This session's classes (round 21 and the training sets), one table each way.
SESSION_12_FLAGS = MUST_FLAG_3 + MUST_FLAG_4 + MUST_FLAG_5


@pytest.mark.parametrize("cls,text,flag", SESSION_12_FLAGS, ids=[c for c, _, _ in SESSION_12_FLAGS])
def test_classes_of_round_21_and_the_training_sets(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize("text", MUST_NOT_FLAG_4 + MUST_NOT_FLAG_5)
def test_courts_and_lenders_own_channels_stay_clean(text: str) -> None:
    assert [f.id for f in check(text)] == []


@pytest.mark.parametrize("text", MUST_NOT_FLAG_3)
def test_the_creditors_own_account_stays_clean_round_21(text: str) -> None:
    assert "personal-account" not in {f.id for f in check(text)}


IN_PERSON = [
    "农行95599说协商分期要本人带身份证去网点签字",
    "法院让我持本人身份证原件到立案庭领取材料",
    "the bank asked me to bring my ID card to the branch to sign the instalment plan",
]
ASKED_REMOTELY = [
    "客服让我把身份证正反面拍给他",
    "对方要我报一下身份证号码和验证码",
    "he asked me to send a photo of my ID card and the code",
]


@pytest.mark.parametrize("text", IN_PERSON)
def test_a_document_brought_in_person_is_no_credentials_request(text: str) -> None:
    assert "credentials" not in {f.id for f in check(text)}


@pytest.mark.parametrize("text", ASKED_REMOTELY)
def test_a_document_sent_to_a_caller_is_still_a_credentials_request(text: str) -> None:
    assert "credentials" in {f.id for f in check(text)}


MUST_FLAG_3 = [
    # the holder named by a surname or said to be a person
    ("holder by surname", "让我存到一张尾号0913的工行卡 户主姓陈", "personal-account"),
    ("holder by surname", "说直接转账 收款人是赵先生 卡号发你微信", "personal-account"),
    (
        "holder is a person",
        "they gave an account to pay but the account holder was a private individual",
        "personal-account",
    ),
    # money spent, an amount after 花 or 交一笔, and a fee named …金 for what it ends
    ("amount spent", "说花1500就能帮我把逾期记录消掉", "fee-to-stop"),
    ("named deposit", "让我先交一笔撤诉金 对方才去法院撤案", "fee-to-stop"),
    ("case named first", "交800手续费 这个案子就不用上庭了", "fee-to-stop"),
    # another lender's loan applied for to pay this one
    ("borrow elsewhere", "客服让我去别的银行办一笔信用贷款把这边还清", "borrow-to-repay"),
]
MUST_NOT_FLAG_3 = [
    ("holder by surname", "【广发银行】您的还款已到账 户名：陈小明 金额1200元"),
    ("holder by surname", "银行柜员说户名要写我本人的名字"),
    ("borrow elsewhere", "我在招行app上申请了个性化分期 每月还1500"),
    ("amount spent", "我花了2000块把欠款还了一部分 征信能恢复吗"),
]


@pytest.mark.parametrize(
    "cls,text,flag", MUST_FLAG_3, ids=[f"{c}: {t[:16]}" for c, t, _ in MUST_FLAG_3]
)
def test_each_class_raises_its_flag_third_batch(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(
    "cls,text", MUST_NOT_FLAG_3, ids=[f"{c}: {t[:16]}" for c, t in MUST_NOT_FLAG_3]
)
def test_genuine_messages_stay_clean_third_batch(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


MUST_FLAG_4 = [
    ("person at any institution", "叫我匯到吳美玲的中華郵政帳戶 說是承辦人", "personal-account"),
    ("numbered basic court", "【中山市第三人民法院】您的案件已立案", "fake-court"),
    ("told to borrow", "催收要我去几个网贷平台上借钱先把这边结清", "borrow-to-repay"),
    ("cash advance", "他说用信用卡取现先还一部分就行", "borrow-to-repay"),
]
MUST_NOT_FLAG_4 = [
    ("numbered basic court", "【东莞市第二人民法院】请于12月5日到庭 案号(2026)粤1972民初881号"),
    ("told to borrow", "我之前在好几个平台借了钱 现在每月还不上 能协商吗"),
    ("told to borrow", "他在几个app上借的钱 我作为配偶要还吗"),
]


@pytest.mark.parametrize(
    "cls,text,flag", MUST_FLAG_4, ids=[f"{c}: {t[:16]}" for c, t, _ in MUST_FLAG_4]
)
def test_each_class_raises_its_flag_fourth_batch(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(
    "cls,text", MUST_NOT_FLAG_4, ids=[f"{c}: {t[:16]}" for c, t in MUST_NOT_FLAG_4]
)
def test_genuine_messages_stay_clean_fourth_batch(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


# Genuine bank and court messages in each class that had a false flag before (our own wording).
GENUINE_NOTICES = [
    # a court named by its role in the case
    ("court by role", "【浦发银行】您的账户已被北京市朝阳区人民法院依法冻结，详情请咨询执行法院。"),
    ("court by role", "银行说账户被冻结了 让我去问受理法院"),
    # the law's own measure against defying a court, told as the law tells it
    (
        "lawful measure",
        "【深圳市福田区人民法院】拒不履行判决可能被依法拘留、罚款。咨询电话0755-83535000",
    ),
    ("lawful measure", "执行局法官打座机说 有能力履行而不履行的 可能会被司法拘留 让我去申报财产"),
    ("lawful measure", "传票背面写着被告无正当理由拒不到庭的可以拘传"),
    (
        "lawful measure",
        "the court letter says I may be detained for contempt of court if I refuse to comply",
    ),
    # a receipt naming the account holder
    (
        "receipt",
        "【中国邮政储蓄银行】您尾号3312的账户转入5000元，户名：王建国。如有疑问请致电95580",
    ),
    # an institution saying what it never asks
    ("never asks", "【中信银行】尊敬的客户，我行从不会通过短信链接要求您登录网银或提供验证码。"),
    ("never asks", "【12368】法院工作人员不会通过电话要求您转账或提供银行卡密码"),
    # genuine messages from 95555 / 95588 / 12368 and courts
    ("bank", "【招商银行】您尾号8812信用卡已逾期15天，请通过掌上生活App或致电95555还款。"),
    ("bank", "95588来电说可以办个性化分期 让我在工银e生活app里提交申请"),
    ("court", "【12368】苏州市姑苏区人民法院提醒您：(2026)苏0508民初2210号案件将于12月10日开庭。"),
    (
        "court",
        "【成都市锦江区人民法院】(2026)川0104执1889号，请于五日内履行，逾期将依法纳入失信被执行人名单。",
    ),
]
# The same words said as a threat stay flagged.
THREATS = [
    ("imminent detention", "【某某法院】你拒不履行判决 明天将依法对你司法拘留", "arrest-threat"),
    ("imminent detention", "有能力不还就是拒不履行 今晚派人上门把你带走", "arrest-threat"),
    ("detention announced", "短信说已将你列入失信名单并将对你采取司法拘留", "arrest-threat"),
    ("payee after a request", "请转入5000元至 户名：张三 卡号另行告知", "personal-account"),
    ("payee after a request", "对方让我存入3000元到户名：李强的账户", "personal-account"),
]


@pytest.mark.parametrize(
    "cls,text", GENUINE_NOTICES, ids=[f"{c}: {t[:16]}" for c, t in GENUINE_NOTICES]
)
def test_genuine_notices_raise_nothing(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


@pytest.mark.parametrize("cls,text,flag", THREATS, ids=[f"{c}: {t[:16]}" for c, t, _ in THREATS])
def test_the_same_words_as_a_threat_stay_flagged(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


MUST_FLAG_5 = [
    ("wallet after a verb", "佢叫我用FPS過數去 5566 7788", "personal-account"),
    (
        "wallet id after to",
        "they said send it through alipay to wu_lawyer2026 today",
        "personal-account",
    ),
    ("messaging app", "有个自称法院书记员的人叫我用微信联系他处理案件", "court-channel"),
    ("taken for questioning", "说不还就让警察带我回去问话", "arrest-threat"),
    ("handed to the local police", "再不处理 将把你的案子移交你们当地派出所", "arrest-threat"),
    ("code typed", "they asked me to type the code from the sms into their page", "credentials"),
    ("code screenshot", "he wants a screenshot of the verification code", "credentials"),
    ("fee named for ending", "they asked for a record removal fee of 600", "fee-to-stop"),
    ("free service sold", "有人说能帮我申请延期还款 只要先交599的服务费", "fee-to-stop"),
    ("amount in words", "对方说转两万到指定账户就帮我撤诉", "fee-to-stop"),
    (
        "told to borrow",
        "the collector told me to borrow from a friend and pay today",
        "borrow-to-repay",
    ),
]
MUST_NOT_FLAG_5 = [
    ("amount in words", "二手车商说车能卖八万 卖了就不用还贷款了吧"),
    ("amount in words", "业主群里三百多个人都看到了 能让他们删掉吗"),
    ("told to borrow", "I borrowed from finance companies to cover my rent last year"),
    ("place after a verb", "法院寄咗份傳票俾我 話下個月要上區域法院"),
    ("free service sold", "【交通银行】您的分期已办理成功，每期手续费48元。"),
]


@pytest.mark.parametrize(
    "cls,text,flag", MUST_FLAG_5, ids=[f"{c}: {t[:16]}" for c, t, _ in MUST_FLAG_5]
)
def test_each_class_raises_its_flag_fifth_batch(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(
    "cls,text", MUST_NOT_FLAG_5, ids=[f"{c}: {t[:16]}" for c, t in MUST_NOT_FLAG_5]
)
def test_genuine_messages_stay_clean_fifth_batch(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


# Case numbers read part by part: year, court (最高法; a province with 0, 2 or 4 digits), the
# case type's kind, the serial number, 号.
WELL_FORMED = [
    "(2026)京民终123号",  # a high court: the province alone
    "（2025）粤民申4567号",
    "(2026)最高法民终88号",
    "(2026)京01民终321号",  # an intermediate court
    "(2026)京74民初55号",  # a special court (Beijing Financial Court)
    "(2026)京0105民初123号",  # a basic court
    "(2026)京0105执恢12号",
    "(2026)川0107财保6号",
    "(2026)京0105民初123号之一",
]
MALFORMED = [
    "(2026)京0105催收123号",  # no case type of the courts
    "(2026)京0105法字123号",
    "(2026)京105民初123号",  # a court code of 3 digits
    "(2026)京01055民初1号",
    "(2026)辽0102民初 请速处理",  # no serial number
    "(2026)粤0106民初字第3321号",  # the pre-2016 字第
]


@pytest.mark.parametrize("number", WELL_FORMED)
def test_well_formed_case_numbers_pass(number: str) -> None:
    assert "bad-case-number" not in {f.id for f in check(f"收到法院短信 案号{number} 让我按时到庭")}


@pytest.mark.parametrize("number", MALFORMED)
def test_malformed_case_numbers_are_flagged(number: str) -> None:
    assert "bad-case-number" in {f.id for f in check(f"收到短信 案号{number}")}


MUST_FLAG_6 = [
    # arrest as the threatened consequence, in other words
    ("police on their way", "对方说已经报警了 派出所的人半小时就到", "arrest-threat"),
    ("police with the visit", "将安排人员上门 并联系你所在辖区派出所配合拘传", "arrest-threat"),
    ("locked up for a time", "催收说我这种情况要被关半个月 起码关10天", "arrest-threat"),
    ("criminal case opened", "说已经给我立了个诈骗案 等着吧", "arrest-threat"),
    ("handcuffs", "they said I'd be handcuffed at work in front of everyone", "arrest-threat"),
    (
        "police waiting",
        "the police are waiting outside your building to take you in",
        "arrest-threat",
    ),
    # the rest
    ("short link", "详情见 j.mp/7fQ", "short-link"),
    ("case made to vanish", "付五千块 你的案子就作废", "fee-to-stop"),
    ("a new card to repay", "客服说给我办张新卡来还这笔欠款", "borrow-to-repay"),
    ("payment code", "让我把支付宝付款码截图给他", "credentials"),
    ("loan department", "自称广州市中级人民法院网络借贷纠纷清理中心的", "fake-court"),
]
MUST_NOT_FLAG_6 = [
    (
        "criminal warning",
        "【中国银行】若恶意透支，经催收后超过三个月仍不归还，可能涉嫌信用卡诈骗罪，我行将依法追究。",
    ),
    ("taken in", "every night I hope god takes me in my sleep"),
    ("police", "我自己去派出所报了案 警察说会调查"),
]


@pytest.mark.parametrize(
    "cls,text,flag", MUST_FLAG_6, ids=[f"{c}: {t[:16]}" for c, t, _ in MUST_FLAG_6]
)
def test_each_class_raises_its_flag_sixth_batch(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(
    "cls,text", MUST_NOT_FLAG_6, ids=[f"{c}: {t[:16]}" for c, t in MUST_NOT_FLAG_6]
)
def test_genuine_messages_stay_clean_sixth_batch(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


# Pasted or retold without /check: the cheap gate lets these through to the full check.
PICKED_UP = [
    "催收发的还款页面 pay.dkhelp-cn.net 让我登进去",
    "they sent hsbc-hk.online/verify and said to log in",
    "说已经申请了拘留令 下午派人来抓",
    "the guy said I'll be locked up for 3 years if I don't pay",
    "(2026)粤0106民初字第3321号 请速到案处理",
    "話我嘅TU記錄可以洗白 收費3000",
    "说缴纳1000元的诚信保证金 就能停止催收",
    "征信修复公司说可以删除我的逾期 先付定金800",
    "collector texted: transfer 5000 to Zhang Min, ICBC 6222 0203 1111 2222 today",
]


@pytest.mark.parametrize("text", PICKED_UP)
def test_pasted_or_retold_scams_pass_the_gate(text: str) -> None:
    from bot.scamcheck.flags import worth_checking

    assert worth_checking(text) and check(text)


# Every real county-level court reads as real, however long its name or whichever table
# simplified it (乾县 is folded to 干县 with the text).
@pytest.mark.parametrize(
    "court",
    [
        "咸阳市乾县人民法院",
        "松原市乾安县人民法院",
        "临沧市双江拉祜族佤族布朗族傣族自治县人民法院",
        "临夏回族自治州积石山保安族东乡族撒拉族自治县人民法院",
    ],
)
def test_long_and_folded_place_names_are_real_courts(court: str) -> None:
    assert check(f"【{court}】您的案件已立案，请登录人民法院在线服务查看。") == []
    assert check(f"12368短信 {court} 您的案件已受理") == []


GENUINE_SEVENTH = [
    ("what to do if", "【建设银行】如遇自称警察要求您转账到安全账户，请立即拨打110报警。"),
    ("what to do if", "if anyone asks you to move money to a safe account, hang up and call 110"),
    (
        "the creditor's account",
        "【12368】您的案件已调解成功，请按调解书约定于每月10日前还款至原告指定的银行账户。",
    ),
    ("the creditor's account", "法院让我把执行款打到申请执行人的账户 按判决书上写的"),
]
SCAM_SEVENTH = [
    ("someone's bank account", "他让我把钱转到他的银行账户 说公司账户冻结了", "personal-account"),
    ("someone's bank account", "对方说请转至专员指定的银行账户", "personal-account"),
]


@pytest.mark.parametrize(
    "cls,text", GENUINE_SEVENTH, ids=[f"{c}: {t[:16]}" for c, t in GENUINE_SEVENTH]
)
def test_genuine_messages_stay_clean_seventh_batch(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


@pytest.mark.parametrize(
    "cls,text,flag", SCAM_SEVENTH, ids=[f"{c}: {t[:16]}" for c, t, _ in SCAM_SEVENTH]
)
def test_each_class_raises_its_flag_seventh_batch(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


GENUINE_EIGHTH = [
    ("negated account", "支付宝95188说借呗逾期了 在支付宝里还就行 不需要转到别的账户"),
    (
        "negated in English",
        "Bank of China 95566 called, said it won't send anyone to arrest me, just a reminder",
    ),
    ("code in an official message", "12368发的短信里有个验证码 让我登录送达平台签收文书"),
]
SCAM_EIGHTH = [
    ("account of another", "他让我把钱转到别的账户 说这个账户在维护", "personal-account"),
    (
        "threat in English",
        "if you don't pay today we will send officers to arrest you",
        "arrest-threat",
    ),
    ("code asked", "对方让我把刚才发的验证码告诉他", "credentials"),
]


@pytest.mark.parametrize(
    "cls,text", GENUINE_EIGHTH, ids=[f"{c}: {t[:16]}" for c, t in GENUINE_EIGHTH]
)
def test_genuine_messages_stay_clean_eighth_batch(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


@pytest.mark.parametrize(
    "cls,text,flag", SCAM_EIGHTH, ids=[f"{c}: {t[:16]}" for c, t, _ in SCAM_EIGHTH]
)
def test_each_class_raises_its_flag_eighth_batch(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


SCAM_NINTH_EN = [
    (
        "the collector's own wallet",
        "she said to send it to her on Venmo, it's quicker",
        "personal-account",
    ),
    ("picked up", "text: there's a warrant, you'll be taken in at your workplace", "arrest-threat"),
    (
        "record restored",
        "give them 800 and the credit report gets restored in a week",
        "fee-to-stop",
    ),
    ("case number retold", "the case number on the letter was 'SZ/2026/7741'", "bad-case-number"),
    (
        "another lender's money",
        "he told me to use my credit card to pay this off today",
        "borrow-to-repay",
    ),
]
GENUINE_NINTH_EN = [
    ("restored", "the bank said my credit record will update once the balance is paid off"),
    ("case number", "the case number on the summons is (2026)京0105民初4410号"),
]


@pytest.mark.parametrize(
    "cls,text,flag", SCAM_NINTH_EN, ids=[f"{c}: {t[:16]}" for c, t, _ in SCAM_NINTH_EN]
)
def test_english_classes_raise_their_flag(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(
    "cls,text", GENUINE_NINTH_EN, ids=[f"{c}: {t[:16]}" for c, t in GENUINE_NINTH_EN]
)
def test_english_genuine_messages_stay_clean(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


SCAM_TENTH_HANT = [
    ("another bank's loan", "對方要我去別家銀行辦信貸來還這筆", "borrow-to-repay"),
    ("a case number is a court", "說案號是 114年度執字第5566號 要加LINE處理", "court-channel"),
    ("record washed for money", "佢哋話我啲TU資料可以洗乾淨 只要俾五千蚊", "fee-to-stop"),
]


@pytest.mark.parametrize(
    "cls,text,flag", SCAM_TENTH_HANT, ids=[f"{c}: {t[:12]}" for c, t, _ in SCAM_TENTH_HANT]
)
def test_hong_kong_and_taiwan_classes_raise_their_flag(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(
    "text",
    [
        "收到滙豐短訊 話信用卡逾期 叫我喺app還 冇叫我俾密碼",
        "國泰世華客服說可以申請協商 要我帶身分證去分行",
        "法院寄來的傳票 案號113年度訴字第1234號 要我下個月出庭",
        "中國信託說 我可以在官網填寫協商申請 不用付任何費用",
    ],
)
def test_hong_kong_and_taiwan_genuine_messages_stay_clean(text: str) -> None:
    assert check(text) == []


SCAM_HOLDER = [
    ("holder not the creditor", "让我还款的账户 收款方写的是个人名字 不是平台", "personal-account"),
    ("holder not the creditor", "他们给的账户名跟平台名字对不上 是个叫孙丽的", "personal-account"),
    (
        "holder not the creditor",
        "the account name they gave doesn't match the lender, it's some individual",
        "personal-account",
    ),
    ("holder after the card", "速还款至 6222 8888 0000 1234（户名：周强）", "personal-account"),
]
GENUINE_HOLDER = [
    "【工行】转账时请确认收款人户名与账号一致",
    "请核对户名是否与本人一致",
    "还款账户户名为招商银行信用卡中心",
]


@pytest.mark.parametrize(
    "cls,text,flag", SCAM_HOLDER, ids=[f"{c}: {t[:12]}" for c, t, _ in SCAM_HOLDER]
)
def test_a_holder_who_is_not_the_creditor_is_flagged(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize("text", GENUINE_HOLDER)
def test_checking_the_holders_name_is_no_payee(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text", ["说是中国人民法院的 要我处理欠款", "【全国人民法院】您的网贷案件已受理"]
)
def test_a_national_peoples_court_is_no_court(text: str) -> None:
    assert "fake-court" in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text", ["中华人民共和国最高人民法院发布的司法解释", "请登录人民法院在线服务查看"]
)
def test_the_supreme_court_and_the_courts_platform_are_real(text: str) -> None:
    assert "fake-court" not in {f.id for f in check(text)}


SCAM_ELEVENTH = [
    ("code sent over", "那人说把验证码发过去就能帮我延期", "credentials"),
    ("detention in a word", "说不交钱下周就来拘人", "arrest-threat"),
    ("title before the name", "短信说请联系执行员李某 13800002222 处理案件", "fake-court"),
    (
        "a judge's own app",
        "caller says he's a judge at Haidian court, gave me his wechat to settle it",
        "court-channel",
    ),
    (
        "bank login on their page",
        "they asked me to log in with my bank login on their site",
        "credentials",
    ),
    (
        "a loan to cover this",
        "they want me to take a payday loan to cover this debt",
        "borrow-to-repay",
    ),
]
GENUINE_ELEVENTH = [
    ("a loan of one's own", "I took out a loan to cover my rent last winter and now I'm behind"),
    ("the court's own clerk", "【北京市朝阳区人民法院】书记员将通过12368与您联系，请注意接听。"),
]


@pytest.mark.parametrize(
    "cls,text,flag", SCAM_ELEVENTH, ids=[f"{c}: {t[:12]}" for c, t, _ in SCAM_ELEVENTH]
)
def test_each_class_raises_its_flag_eleventh_batch(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(
    "cls,text", GENUINE_ELEVENTH, ids=[f"{c}: {t[:12]}" for c, t in GENUINE_ELEVENTH]
)
def test_genuine_messages_stay_clean_eleventh_batch(cls: str, text: str) -> None:
    assert check(text) == [], cls


# Ninth session, after round 14 was reported: classes its misses showed, in our own words.
@pytest.mark.parametrize(
    "text,flag",
    [
        # a bracketed year then Latin letters is no court's case number
        ("他说案件编号是(2025)ZX-118 交了钱就不上征信", "bad-case-number"),
        # Taiwan's word for withdrawing a suit, after a payment
        ("對方說先轉兩萬到他指定的帳戶 法院那邊就會撤告", "fee-to-stop"),
        # a lawsuit "frozen" or "paused" for a fee
        ("caller said a 3000 deposit will pause the lawsuit against me", "fee-to-stop"),
        # a mobile number shown masked as the payee's account
        ("让我转1500到 139****5521 王某 说是还款专用", "personal-account"),
    ],
)
def test_round_fourteen_classes_are_flagged(text: str, flag: str) -> None:
    assert flag in [f.id for f in check(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Inner Mongolia's courts number their cases with 内
        "【呼和浩特市新城区人民法院】案号(2026)内0102民初2231号 请按时到庭 可拨打12368核实",
        "收到短信 案号（2025）内0203执456号 说可以去法院官网查",
    ],
)
def test_inner_mongolia_case_numbers_are_the_courts_format(text: str) -> None:
    assert "bad-case-number" not in [f.id for f in check(text)]


# Eleventh session, in our own words: from round 19, a prison term or a criminal charge named
# and arrest spared only if paid; from round 20, a correct word kept whole by the typo repair
# (公安拘留 is not 公安局留), arrest as what comes next, a titled person's own channel, 认证码, a
# post-office account, "pw".
MUST_FLAG_11 = [
    ("prison term", "电话里说我这个情况够判两年 让我赶紧处理", "arrest-threat"),
    ("criminal charge", "对方说要按恶意诈骗来判 叫我别心存侥幸", "arrest-threat"),
    ("spared if paid", "说交一万保证金就不抓我", "arrest-threat"),
    ("spared if paid", "说交一万保证金就不抓我", "fee-to-stop"),
    ("spared if paid", "只要今天转8000过去就不用坐牢", "arrest-threat"),
    ("spared if paid", "只要今天转8000过去就不用坐牢", "fee-to-stop"),
    ("spared if paid", "pay the settlement today and you won't be arrested", "arrest-threat"),
    ("kept whole", "电话里说不还就让公安拘留你", "arrest-threat"),
    ("arrest next", "今晚不还钱明天就抓人", "arrest-threat"),
    ("titled channel", "叫我把钱转到 债务处理专员 支付宝", "personal-account"),
    ("code word", "对方让我把收到的认证码念给他听", "credentials"),
    ("post office", "請把錢匯到 林小華 郵局帳戶", "personal-account"),
    ("pw", "they want my online banking pw to stop the case", "credentials"),
]

MUST_NOT_FLAG_11 = [
    ("not arrested", "银行说了我们不会抓你，请按时还款即可"),
    ("hurry", "催收说你再不抓紧还款就走法律程序"),
    ("a judgment", "法院判决书说判决生效后十五日内履行"),
    ("stop calling", "还清了就不会再催收了吧"),
    ("hurry", "银行说要我抓紧时间还款"),
    ("official channel", "请通过招商银行官方微信公众号还款"),
    ("post office", "【中華郵政】您的郵局帳戶本月入帳薪資，詳洽客服"),
]


@pytest.mark.parametrize(("cls", "text", "flag"), MUST_FLAG_11)
def test_each_class_raises_its_flag_eleventh_session(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize(("cls", "text"), MUST_NOT_FLAG_11)
def test_genuine_messages_stay_clean_eleventh_session(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls
