"""Scam-check classes of the twentieth session; every sentence our own.

- An authority claimed by signing: a sender line or a quoted heading that starts with the police
  or a procuratorate ("写着「XX公安经济犯罪侦查支队…」"; a bare 【征信中心】 sender line is not, as
  most of the blind corpora read it: the centre is real),
  a case said to sit with one now ("资料已经转到公安部了"), or "this is … police" in English; the
  anti-fraud centre's name as a sender line that threatens is no warning.
- Units nobody has: an enforcement squad (执行大队), the courts' short names with an office for
  their list (最高法失信执行处), a card network's risk office (银联风控中心).
- Held at the border ("入境就会被扣押") is an arrest threat; "如果不还…" makes a fee asked beside
  the threat its condition.
"""

import pytest

from bot.scamcheck.flags import check


def ids(text: str) -> set[str]:
    return {f.id for f in check(text)}


def court(text: str) -> bool:
    """The corpora's fake-court: a made-up body, or a real one's name off its channels."""
    return bool({"fake-court", "court-channel"} & ids(text))


@pytest.mark.parametrize(
    "text",
    [
        "通知单上印着「某地公安经济犯罪侦查大队 协查函」，下面附了一个私人收款码",
        "对方讲你的资料已经转到公安部了，要把存款转进核查账户",
        "那張紙寫住「最高檢 凍結通知」，叫我轉錢去個人戶口",
        "Got a text: 'Hello, this is Shenzhen Public Security Bureau. Send your OTP to verify your identity.'",
        "A man said: we are the economic crime police, move your savings to the safe account now",
    ],
)
def test_an_authority_signing_or_holding_the_case_is_claimed(text: str) -> None:
    assert court(text)


@pytest.mark.parametrize(
    "text",
    [
        "【征信中心】您本月的个人信用报告查询已完成，可登录 pbccrc.org.cn 查看",
        "公安局户籍窗口通知：您的身份证已办好，请本人带回执领取",
        "This is a reminder from the police: never share your OTP with anyone.",
        "【国家反诈中心】提醒您：任何要求转账到安全账户的都是诈骗",
    ],
)
def test_real_authorities_and_their_warnings_are_not(text: str) -> None:
    assert not ids(text)


def test_a_bare_credit_centre_sender_line_is_left_to_the_other_flags() -> None:
    text = "【征信中心】你的逾期记录今天上报，回复短信里的六位数字可以暂停上报"
    assert not court(text)
    assert "credentials" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "【市公安局反诈中心】你的银行卡涉嫌洗钱，请马上点 fz-check.top 填资料，否则上门拘留",
    ],
)
def test_an_anti_fraud_sender_line_that_threatens_is_no_warning(text: str) -> None:
    assert "arrest-threat" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "打来的说是“临沂市兰山区执行大队”，今晚来家里带人",
        "对方说自己是法院派来的执行支队，要我配合",
        "公众号名字叫“最高法限高处理中心”，说交钱就能坐高铁",
        "那個人話佢係「最高法失信執行科」嘅，叫我即刻處理",
        "电话里自称中国银联风控中心，说我的卡要被注销",
        "短信签名是【银行卡冻结管理局】，说卡已冻结",
        "Caller claimed to be from the UnionPay Security Department about my frozen card",
    ],
)
def test_units_no_court_authority_or_card_network_has_are_fake(text: str) -> None:
    assert "fake-court" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "城管执法大队通知：请于三日内清理店门口占道物品",
        "【最高人民法院】失信被执行人名单可在 zxgk.court.gov.cn 查询",
        "中国银联提醒：请通过发卡银行官方客服办理挂失",
        "UnionPay reminds you to call the number on the back of your card.",
    ],
)
def test_real_units_are_not(text: str) -> None:
    assert "fake-court" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "对方说欠款不还的话，下次回国在机场就会被扣下",
        "佢話我唔還，下次過關就會被扣押",
        "他们讲我要是再拖，入境时会被边检控制",
    ],
)
def test_held_at_the_border_is_an_arrest_threat(text: str) -> None:
    assert "arrest-threat" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "【某某法院】你名下车辆逾期不履行将被依法扣押",
        "【海关】您的包裹入境时被扣押，请补交申报材料",
    ],
)
def test_things_held_are_no_arrest_threat(text: str) -> None:
    assert "arrest-threat" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "他说如果不还，账户就会被冻结，要先交一万保证金",
        "對方話如果唔還，下個月就起訴我，要我先畀兩千按金",
        "凡是逾期不处理的一律上门拘人，处理请先交“备案费”300",
    ],
)
def test_not_paying_as_the_condition_makes_the_fee_its_price(text: str) -> None:
    assert "fee-to-stop" in ids(text)


def test_a_bank_naming_its_own_late_charge_is_not() -> None:
    text = "【工商银行】如果不按时还款，将按合同收取违约金，请于本月20日前还款"
    assert "fee-to-stop" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "对方让我先缴“执行和解金”八千，打到页面上给的账户",
        "電話講要交「和解手續費」三千蚊，佢就同銀行講掂",
        "短信说交了除名服务费就能把我从名单里拿掉",
        "有人話畀五百蚊移除費，就可以喺黑名單度剔走我個名",
        "They want a 'blacklist removal fee' of 600 yuan before anything else.",
    ],
)
def test_a_fee_named_for_settling_or_leaving_the_list_is_fee_to_stop(text: str) -> None:
    assert "fee-to-stop" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "本院组织双方调解，原告同意和解，请被告按调解书约定向原告还款",
        "【建设银行】您的失信记录需向执行法院申请删除，本行不收取任何费用",
    ],
)
def test_a_settlement_or_a_list_without_a_fee_is_not(text: str) -> None:
    assert "fee-to-stop" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "那个中介说可以帮我把信用卡全部停息，只要先交一千二的入会费",
        "佢話可以幫我將卡數打四折，但要先過兩千蚊「手續費」",
        "一个自称协商专员的说网贷能减免五成，前期要先付保证金到他那",
        "A guy says he can cut my debt in half if I pay a 900 yuan service fee first.",
    ],
)
def test_relief_on_debts_sold_for_a_fee_paid_first_is_fee_to_stop(text: str) -> None:
    assert "fee-to-stop" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "【招商银行】您可申请个性化分期，分期手续费可享减免，详询95555",
        "平安银行客服说可以申请停息挂账，先还首期1200元到自己的信用卡里",
        "The bank said interest can be waived if I repay the principal first by the 20th.",
    ],
)
def test_relief_from_the_lender_itself_is_not(text: str) -> None:
    assert "fee-to-stop" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "he wants 200 yuan upfront and whatever code my bank texts me",
        "The agent asked for the numbers the lending apps send to my phone",
        "they told me to log in at loan-refund.top with my card PIN",
        "再畀佢手機收到嘅驗證碼，佢就可以幫你操作",
        "佢話俾返個驗證碼就搞掂",
        "手机上那个验证码直接告知专员就行",
    ],
)
def test_a_code_described_or_handed_over_in_other_words_is_asked(text: str) -> None:
    assert "credentials" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bank app sends me a code every time I log in, is that normal?",
        "Never log in at links in texts with your password, your bank will not ask.",
        "请勿将验证码告知他人，工作人员不会索要",
    ],
)
def test_codes_told_of_or_warned_about_are_not(text: str) -> None:
    assert "credentials" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "SMS: 'Nanning Court: your hearing is set, add WeChat nn_clerk88 for the file.'",
        "The text was signed 'Civil Division, Harbin Court'. The sender is a normal mobile number.",
    ],
)
def test_a_court_reached_on_an_app_id_or_a_normal_mobile_is_off_its_channels(text: str) -> None:
    assert court(text)


def test_a_court_through_its_own_line_is_not() -> None:
    assert not ids(
        "Message from the court via 12368: please collect your summons at the filing office."
    )


@pytest.mark.parametrize(
    "text",
    [
        "邮件标题是“民事案件开庭通知”，发件人 fayuan_tongzhi@126.com",
        "收到電郵，發件人係 fayuan2026@qq.com，話我有張傳票要簽收",
        "Got an email about my lawsuit hearing from summons.office@outlook.com",
    ],
)
def test_a_court_notice_from_a_free_mailbox_is_off_its_channels(text: str) -> None:
    assert court(text)


@pytest.mark.parametrize(
    "text",
    [
        "法院的电子送达邮件，发件人 songda@court.gov.cn，内容是开庭传票，可打12368核实",
        "我用163邮箱 lily88@163.com 给银行客服发了还款证明",
    ],
)
def test_a_courts_own_mail_or_ones_own_mailbox_is_not(text: str) -> None:
    assert not ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "短信说案号是（二〇二五）第七十八号，让我马上处理",
        "佢話案號係（二零二六）執字第四號，叫我即刻打錢",
        "The letter gave the case as (二零二六) No. 55, in Chinese numerals.",
    ],
)
def test_a_bracketed_year_in_chinese_numerals_is_no_case_number(text: str) -> None:
    assert "bad-case-number" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "臺灣高等法院一一五年度上字第一二三號民事判決",
        "（2026）京0105民初123号 开庭传票，请按时到庭",
    ],
)
def test_taiwans_numerals_and_the_courts_figures_are_not(text: str) -> None:
    assert "bad-case-number" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "他让我把钱转到一个叫杭州某某网络科技的对公账户，说是法院指定的",
        "佢叫我匯錢去他們公司 某某顧問有限公司 的帳戶，話係律師費",
        "收款人写的是“宁波某某文化传媒”，可我借的是银行的钱",
    ],
)
def test_an_unrelated_company_named_by_its_line_of_business_is_no_creditor(text: str) -> None:
    assert "personal-account" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "【招商银行】请将本期账单款项转入您尾号1234的招商银行还款账户",
        "我在京东科技的App里还了本月的白条",
    ],
)
def test_the_lenders_own_accounts_are_not(text: str) -> None:
    assert "personal-account" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "They asked for a 'case closure deposit' of 2,000 RMB to their agent.",
        "Pay 800 yuan service charge fee to cancel, said the message from the 'court'.",
        "He wants a 1,000 yuan deposit so my bank account won't be frozen.",
        "He said the bank's lawsuit will be stopped once I pay the 700 yuan deposit.",
        "Pay the 300 yuan handling fee to lift the consumption ban.",
        "For a one-time removal, pay a 600 yuan processing fee.",
        "To cancel reporting, transfer the 400 yuan service fee now.",
        "She said she can keep it off my credit report for a small fee of 900.",
        "They promised to cancel all my online loans if I pay a 1200 processing fee.",
    ],
)
def test_english_fee_wordings_in_one_sentence_are_fee_to_stop(text: str) -> None:
    assert "fee-to-stop" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your overdue records can be deleted within 48 hours. Service fee RMB 1,200.",
        "Your name is on the court blacklist. Clear it today! Fee 888 RMB.",
    ],
)
def test_english_removal_and_price_in_adjacent_sentences_are_fee_to_stop(text: str) -> None:
    assert "fee-to-stop" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your loan has been paid off. The lawsuit was withdrawn by the bank.",
        "To cancel your card, call 95555 and pay the remaining balance.",
        "Your credit report is available. Download it from the official app; there is no fee.",
        "Your monthly statement is ready. A late fee applies if you pay after the due date.",
    ],
)
def test_english_notices_without_a_price_for_stopping_are_not(text: str) -> None:
    assert "fee-to-stop" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "对方说是杭州市公安局反诈中心的，讲我不配合就派人把我带走，先把钱转进核查账户",
        "他讲再拖就让我蹲号子",
        "催收说下个月不还，把你关起来都有可能",
        "佢話我唔還，就會被關",
        "他们说要把我列入网上追逃名单",
        "不还就把车拖了，人也抓了",
        "唔係就喺關口截住你",
        "Police said I would be held at the port unless my family pays.",
    ],
)
def test_locked_up_hunted_or_stopped_at_a_border_is_an_arrest_threat(text: str) -> None:
    assert "arrest-threat" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "【国家反诈中心】提醒您：凡是自称公安要求转账的都是诈骗",
        "公安机关网上追逃的是在逃人员，欠网贷不会被追逃",
        "【某某银行】您的快递在车站被扣，请联系物流",
        "Your parcel is held at customs; please upload your ID in the courier app.",
    ],
)
def test_warnings_facts_and_things_held_are_not(text: str) -> None:
    assert "arrest-threat" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "【某市中级人民法院】请速联系书记员，手机136xxxx5521",
        "打來嗰個話係法院執行局，用咗個135開頭嘅手機",
        "The 'court clerk' texted from a 152 mobile number about my hearing.",
        "说是检察院的，落款联系人是一个139开头的手机号",
    ],
)
def test_a_court_or_procuratorate_on_a_masked_or_prefixed_mobile_is_off_its_channels(
    text: str,
) -> None:
    assert court(text)


@pytest.mark.parametrize(
    "text",
    [
        "【招商银行】您尾号1234的信用卡本期应还3,286元，请于12月18日前还款",
        "法院书记员用座机0755-8888xxxx打来，说可以打12368核实",
        "The court called from its landline 0571-8765xxxx and said I could check with 12368.",
    ],
)
def test_card_tails_and_court_landlines_are_not(text: str) -> None:
    assert not ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "SMS: 'Wuxi Intermediate Court. Your hearing moved. Contact the clerk on WeChat wx_clerk01.'",
        "Text: 'Hangzhou Court enforcement, reach Judge Wu via wechat: hzcourt_wu to settle.'",
        "Caller: 'I'm Officer Zhao, Cyber Police, your loan is fraud. Read me the OTP now.'",
        "A letter 'from Xi'an Public Security Economic Crime Squad' says to send my savings to their safe account",
    ],
)
def test_english_app_ids_and_officers_introducing_themselves_are_claims(text: str) -> None:
    assert court(text)


@pytest.mark.parametrize(
    "text",
    [
        "I paid my rent on WeChat Pay and my landlord's line is busy.",
        "Police reminder: this is Shenzhen PSB. Never tell anyone your OTP.",
    ],
)
def test_apps_named_and_police_reminders_are_not(text: str) -> None:
    assert not ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "那张通知落款是XX市公安分局，要我把钱转到他们指定的安全账户",
        "纸上盖着某某公安分局的大红章，让我把钱转去安全账户",
        "印着XX省公安厅网安总队几个字，叫我转账到监管账户",
    ],
)
def test_an_authority_claimed_by_its_seal_or_signature_on_a_paper(text: str) -> None:
    assert court(text)


def test_a_paper_from_the_police_kept_by_oneself_is_not() -> None:
    assert not ids("我把派出所开的证明拍照发给了银行客服")


@pytest.mark.parametrize(
    "text",
    [
        "自称是派出所民警，让我加他微信处理我的网贷",
        "他说是法院的书记员，叫我加佢whatsapp跟进",
    ],
)
def test_adding_his_own_chat_is_a_private_channel(text: str) -> None:
    assert court(text)


def test_a_bank_asking_nothing_outside_its_app_is_not() -> None:
    assert not ids("【工商银行】您的信用卡已逾期，请通过工商银行App还款，如有疑问请致电95588")


@pytest.mark.parametrize(
    "text",
    [
        "催收叫我把这个月的钱打到我表姐的卡上，说她会转给平台",
        "他让我先还一半，转到他小舅子名下的卡",
        "佢叫我轉錢去佢家姐個轉數快",
        "对方让我把欠款汇进他爱人的工商卡",
    ],
)
def test_money_to_anyones_relative_is_a_private_account(text: str) -> None:
    assert "personal-account" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "我老婆用她的卡帮我还了信用卡，银行App显示已还清",
        "【建设银行】您尾号5566的信用卡已还款成功，感谢您的支持",
    ],
)
def test_a_relative_paying_for_one_is_not(text: str) -> None:
    assert "personal-account" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "【某某市中级人民法院】请于今日17点前将案件保全金4000元转入指定账户 户名李某，逾期冻结名下银行卡",
        "短信说请把诉讼担保金3000元转到指定账户，逾期查封房产",
    ],
)
def test_a_longer_named_deposit_with_a_bare_deadline_threat_is_fee_to_stop(text: str) -> None:
    assert "fee-to-stop" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "【某某市人民法院】请于7日内缴纳案件受理费，逾期按撤诉处理",
        "经侦通知：请将名下资金转到安全账户配合调查",
    ],
)
def test_a_courts_own_fee_or_ones_own_money_is_not(text: str) -> None:
    assert "fee-to-stop" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Text: 'Chengdu Court notice. Case CD/2026/00417 is now in enforcement.'",
        "SMS says my case SZFY-2026-3310 will be heard tomorrow.",
        "A letter with case (2026) GZ-Civ 5521 attached, asking me to settle today.",
        "佢話案件係 (2026) SZ-Civ 8812，叫我即刻還錢",
        "短信里写着 (2026) GD-Min 4471 号案件要强制执行",
    ],
)
def test_a_case_code_of_letters_and_figures_is_no_case_number(text: str) -> None:
    assert "bad-case-number" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The court's notice gave case (2026) Jing 0105 Min Chu 123 and told me to check with 12368.",
        "Hong Kong court letter: action HCA 1234/2026, hearing at the High Court.",
    ],
)
def test_the_courts_own_numbers_in_pinyin_or_hong_kongs_are_not(text: str) -> None:
    assert "bad-case-number" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "邮件发件人是 tongzhi@fayuan-gov.net，说我要被强制执行",
        "收到電郵，寄件人 admin@court.gov.cn.case-check.top，叫我登入睇案件",
        "The email came from notice@pboc-credit.org and says my record can be cleared.",
        "短信说材料已上传到 http://121.40.8.77/doc 请查看",
    ],
)
def test_a_mail_domain_dressed_as_official_or_a_bare_ip_link_is_unofficial(text: str) -> None:
    assert "unofficial-link" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "法院的电子送达邮件，发件人 songda@court.gov.cn，可打12368核实",
        "征信中心回信来自 service@pbccrc.org.cn，提醒我本人免费查询",
    ],
)
def test_official_mail_domains_are_not(text: str) -> None:
    assert not ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "账户给的是一个叫“赵某”的工行卡，说交了就撤",
        "佢俾嘅戶口係一個叫「黃志強」嘅招行卡",
        "The QR shows a personal name, Wu Fang, not the bank.",
        "Payment opened a WeChat personal collection page for 'Ah Kit'.",
    ],
)
def test_a_person_named_on_a_bank_card_or_a_personal_payment_page(text: str) -> None:
    assert "personal-account" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "我在银行App里转账给一个叫“张三”的朋友还钱",
        "The bank's QR shows its official merchant name, China Merchants Bank.",
    ],
)
def test_paying_a_friend_oneself_or_a_banks_own_qr_is_not(text: str) -> None:
    assert "personal-account" not in ids(text)
