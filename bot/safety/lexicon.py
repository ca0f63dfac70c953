"""The safety lexicon: hand-written signals of self-harm and violence risk, by kind.

Its structure follows the research on Chinese suicide-risk language: Lv et al., "Creating
a Chinese suicide dictionary for identifying suicide risk on social media" (PeerJ 2015)
groups words by what they say about a person (thoughts of suicide, methods, negative
states, ...), and SOS-1K (Qi et al., 2024) rates risk by three indicators: intent, method
and urgency. Here each category below is one such kind of signal; `bot.safety.signals`
combines them (means plus intent, farewell plus despair), and the trained model in
`bot.safety.model` uses them as features beside character n-grams.

Phrases are written naturally (simplified or traditional Chinese, Cantonese, English) and
normalised at load time the way messages are (bot.safety.normalize), so "don't" and
"dont", 想輕生 and 想轻生 are each one phrase. Regular expressions (`PATTERNS`) are for
phrases with a gap ("想…死") and run on the normalised text.
"""

from __future__ import annotations

from bot.parsing.relations import ZH_KIN

# -- self-harm -------------------------------------------------------------------------
SH_IDEATION = """
想死 想去死 想要死 好想死 真想死 不想活 不想活了 唔想活 唔想生存 不想再活 活不下去 活唔落去 没法活了
冇得活 活够了 不活了 自杀 自殺 轻生 寻死 自尽 自我了断 了断自己 了结自己 结束自己 结束生命 结束我的生命
死了算了 死咗算 不如死了 不如去死 死了就好 死了一了百了 想死掉 死掉算了 我去死 去死好了 让我死
不想活下去 离开这个世界 没脸活 没脸见人活 无颜活 没有活下去 寻短见 短见 走绝路 唔想再生存
把自己处理掉 处理掉自己 点解仲要生存 为什么还活着 何必活着 不想再活下去 死咗佢 死了干净 死了一了百了
kill myself, killing myself, kms, suicide, suicidal, end my life, ending my life, take my own life,
want to die, wanna die, wish i was dead, wish i were dead,
don't want to be alive, dont want to be alive, better off dead, end it all, ending it all,
unalive myself, off myself, no reason to live
why am i still alive, why still alive, why am i alive, rather be dead, kill me now
not plan to be alive, don't plan to be alive, dont plan to be alive, won't be alive, wont be alive, i choose die, i choose to die, i choose death
"""

# Acts that are themselves a way of ending one's life.
SH_METHOD = """
上吊 吊颈 跳楼 跳河 跳江 跳海 跳桥 跳湖 跳落去 喝农药 饮农药 饮药 喝药 服毒 吞药 吞安眠药 吃安眠药 食安眠药
割腕 割脉 烧炭 烧了炭 烧咗炭 卧轨 跳轨 撞火车 开煤气
跳落海 跳落楼 跳天桥 吊死 烧炭自杀 喝百草枯 食农药 吞安眠药 吃老鼠药 撞车死 被车撞死 撞死算了
跳井
hang myself, hanging myself, overdose, slit my wrists, jump off a bridge, jump in front of
jump off the roof, jump off my building, jump from the, step off the ledge, hang myself
will jump, going to jump, gonna jump, jump if
"""

# Means and places: alone they say little; with intent, despair or a time they say a lot.
SH_MEANS = """
绳子 绳索 跳下去 跳落 天台 楼顶 顶楼 阳台边 桥上 大桥 桥边 农药 百草枯 敌敌畏 老鼠药 鼠药 安眠药 睡眠药
安定片 药片 一瓶药 整瓶 成樽 吃药 食药 刀片 木炭 炭 炭盆 煤气 铁轨 高楼 水库 河边 江边 海边 悬崖 毒药
氰化物 除草剂 天桥 跨海大桥 青马桥 轨道
巴拉刈 必理痛 扑热息痛 对乙酰氨基酚 止痛药 感冒药 降压药 胰岛素 药房 药店 一盒 几盒 几多盒 成盒 车尾箱 炭炉 胶纸 封窗
水井 那口井 井边 井里
pills, sleeping pills, tablets, rope, noose, bridge, rooftop, roof, ledge, pesticide, charcoal, razor blade,
wrists, train tracks, poison, gun, bleach
panadol, paracetamol, tylenol, painkillers, insulin, the ledge, roof of my building, top floor
on the roof, on the ledge
weedkiller, weed killer, antifreeze, rat poison, gas cylinder, top of the building, top of building, top of my building, edge of the roof, edge of the platform
"""

SH_PREP = """
遗书 遗言 遗嘱 后事 身后事 写好了信 写好信 留了信 留封信 交代好 交代后事 安排好了 都安排好
买好了 准备好了 存了药 攒了药 存够了 攒够了 多高 几楼 几层楼
会不会痛 痛不痛 不痛苦的 最快的方法 无痛 受益人 保险赔 理赔 赔唔赔 保险金 踩点 看好了地方 选好了
哪里有卖 哪里买得到 边度有得卖 买得到吗 唔会痛 不会痛 吃了不痛 不痛 够多 够唔够 分几次买 定时发送 写了一封信 写好封信 写咗封信 信都写好 留给 最后的安排 保险赔唔赔 保险会赔 意外险 寿险 身故赔偿 自杀赔不赔 受益人改
把银行卡 把存折 把钥匙 交代了 把东西都 东西都送
分给我 都分给 分给了 留个念想 留作纪念 留个纪念 送给了我 东西都分
suicide note, goodbye letter, wrote a letter, my will, how many pills, how high, which bridge,
painless, beneficiary, life insurance, pay out, does insurance pay, gave away, giving away
set to send, scheduled, voice message for my, recorded a message, insurance pay if, if i die, if i'm gone, if i was gone, where can i buy, enough pills, how much would it take
gave me his, gave away his, gave away her, gave away my
法律上死亡 宣告死亡
accidental death, affairs in order, everything is in order, everything s in order, sorted my affairs, left his wedding ring, left her wedding ring, left my wedding ring
翻过去 翻得过去 翻出去 爬过去 爬得过去 爬出去 翻过栏杆 翻过护栏 跨过栏杆 跨过护栏 翻栏杆 爬栏杆
climb over, climb the railing, get over the railing, climb over the railing, over the railing, over the edge
"""

SH_FAREWELL = """
永别 诀别 再见了 别了 下辈子 来世 下世 照顾好 帮我照顾 替我照顾 对不起大家 对不起爸妈 对不起家人
对不起老婆 对不起孩子 最后一次 最后一条 最后一天 最后一晚 告别 道别 送给 送人 送走 拜托你们
不要找我 别找我 不用找我 忘了我 记住我 来生
好好读书 好好照顾 照顾妈妈 照顾爸爸 听妈妈话 听话 要孝顺 不要学我 下辈子再 下世再 来世再 以后靠你 交给你了 拜托照顾 不会再回来 唔会再返嚟
goodbye forever, this is goodbye, last message, take care of my, sorry for everything,
won't be around, wont be around, won't be here, wont be here, gave my cat, gave my dog
see you never, for good, goodnight everyone, good night everyone, sorry to my, no need to come back, not coming back, won't come back, wont come back, leaving for good, look after mum, look after my, be good to your mother, love you all, whatever's left, can have whatever
"""

# Hopelessness, being a burden, a passive wish not to be: "possible" alone.
SH_DESPAIR = """
拖累 累赘 连累全家 一无是处 没有希望 没希望 看不到希望 冇希望 绝望 没有出路 没出路 冇出路 走投无路 无路可走
人生完了 这辈子完了 一切都完了 活着干嘛 我不在了 我不在 没有我 少了我 冇咗我 撑不下去了 撑不下去 撑唔落去
不想醒来 不想再醒 唔想醒 想消失 从这个世界消失 活着好累 活着没意思 活着没意义 做傻事 想不开 不想再撑
活着有什么意思 生无可恋 了无生趣 废人 是个废物
冇路行 无路可走 走投无路 看不到未来 冇将来 没有未来 失败透顶 一事无成 没用的人 冇用嘅人 活着是浪费 不配活
多余的人 哪里都不需要我 没人需要我 冇人需要我
仲生嚟做咩 生嚟做咩 生来做什么 为什么要生我 点解要生我 何必生我
活下去有什么意思 活落去有咩意思 活落去 做到死都还唔晒 这辈子都还不完 一辈子都还不完 永远还不完
better off without me, hopeless, no way out, worthless, a burden, tired of living, can't go on, cant go on,
can't do this anymore, cant do this anymore, no reason to go on, don't want to wake up, dont want to wake up,
want to disappear, wish i could disappear, no point in living, what's the point
can't see a future, cant see a future, no future, failed at everything, i am useless, im useless, i'm useless, waste of space, don't deserve to live, dont deserve to live
want disappear, nobody needs me, no one needs me, so i stop feeling, to stop feeling, stop feeling anything, not feel anything anymore
what's the point of living, whats the point of living
worth more dead, worth more dead than alive, only useful thing left, only thing i am good for, only thing im good for, organ donor card, walking liability
死了更值钱 死了还值钱 死了反而值钱 死了值钱 器官捐献卡
不好的念头 不好的想法 想些不好的事 想不好的事 想些有的没的 坏念头 傻念头 黑暗的念头
dark thoughts, dark thought, bad thoughts, intrusive thoughts, thoughts of ending, thoughts of not being here
xs
怎么还活着 怎么还有脸活 还活着干嘛 还有脸活着
还开个什么劲 还活个什么劲 还活个啥劲 还撑个什么劲 还干个什么劲 还有什么劲 有什么劲头 不知道为什么还要继续 唔知仲有几多日 不知道还有多少天 都唔知为乜 为了什么活 仲做咩人 还做什么人 做人有咩意思 做人有什么意思
逼我去死 想逼死我 可惜还没死 还没死可惜 可惜我还活着 可惜没死
don't know why i continue, dont know why i continue, why do i continue, why i keep going, better off gone, the point of living, point in living
"""

# Asking for a crisis or mental-health line (有没有心理热线, "a helpline for dark thoughts"):
# the person is asking for exactly what the line gives, so "possible" alone. Debt, complaint
# and bank hotlines are not these.
SH_HELPSEEK = """
心理热线 心理援助 心理咨询热线 心理援助热线 危机干预 危机热线 自杀干预 生命热线 希望热线 心理辅导热线
情绪热线 倾诉热线 心理辅导 情绪支援 撒玛利亚 撒玛利亚会
mental health hotline, mental health helpline, mental health line, crisis line, crisis hotline, crisis helpline,
suicide hotline, suicide helpline, suicide prevention, samaritans, emotional support line,
counselling hotline, counseling hotline, counselling line, counseling line
"""

# Weaker strain: many ordinary questions say these; for the model, never a rule alone.
SH_BURDEN = """
负担 包袱 连累 害了 对不起 废物 没用 冇用 看不到头 没有尽头 撑不住 扛不住 顶唔顺 顶不住 崩溃 全完了
没意义 没意思 好过 轻松了 不想面对 好累 太累了 累了
burden, failure, give up, giving up, no point, pointless, exhausted, can't take it, cant take it, trapped
"""

SH_EUPHEMISM = """
一了百了 一走了之 一死百了 解脱 去另一个世界 另一个世界 去天堂 上天堂 去陪 去找阿爷 去找阿嫲
去找奶奶 去找爷爷 去见 长眠 永远睡 睡过去 睡着了就不用醒 瞓咗唔使醒 唔使醒 不用醒 不会醒 不再醒
走了之 走咗 离开大家 不会再麻烦 不再麻烦 最后的办法 终极办法 了结 结束这一切 结束一切 一劳永逸
早点走 不如早点走 早走 走咗去 先走一步 走先 被撞一撞 出个意外 出意外就好 一睡不醒 不再醒来 永远解脱 去陪阿爷 去陪爸爸 去陪妈妈 去找阿爸 去见阿妈 不会再烦
躺下去不起来 躺下不起来 一躺不起 倒下去不起来 躺下去就不起来 收尸 帮我收尸 来收尸
登出人生 注销人生 退出人生 人生下线 安乐死
log out of life, logout of life, uninstall life, euthanasia
morgue, to the morgue, a number no one answers, nobody will answer, no one will answer
go to sleep forever, sleep forever, not wake up, never wake up, join my, end things, check out,
won't be a problem, won't bother anyone, be gone, disappear forever, the easy way out
leave this world, leaving this world, not be here, won't be here much longer, the collectors can have, it'll be over soon, it will all be over
"""

SH_URGENCY = """
今晚 今天晚上 今夜 今日 今天 现在 而家 马上 立刻 等下 等阵 一会儿 过一会 明天 明早 听朝 听日 这个周末
已经 就在 此刻 站在 坐在 在天台 在楼顶 在桥上 在河边 倒数 快了 时候到了 就这样吧
打不通 联系不上 失联 关机了 找不到他 找不到她
tonight, today, right now, tomorrow, already, this weekend, standing on, sitting on
can't reach him, cant reach him, not answering
"""

SH_ATTEMPT = """
吃了一瓶 吃了好多药 吃了很多药 吃了安眠药 喝了农药 食咗药 食咗成樽 割了自己 割伤自己 已经吃了药
吞咗药 吞了药 抢救 洗胃 上次没死成 没死成 死不成
took pills, took the pills, swallowed, cut myself, overdosed, tried to kill, tried before
"""

# -- violence ----------------------------------------------------------------------------
V_TARGET = """
家人 家里人 屋企人 孩子 小孩 儿子 女儿 仔女 个仔 个女 细路 老婆 老公 妻子 丈夫 爸妈 父母 爸爸 妈妈 阿妈
老豆 老母 老人 全家 一家人 你家 你老婆 你孩子 你女儿 你儿子 你爸妈 你全家 你屋企
my family, my kids, my children, my son, my daughter, my wife, my husband, my parents, my mom, my mum, my dad,
your family, your kids, your wife, your daughter, your son, your parents
my girlfriend, my boyfriend, my baby, my mother, my father, my sister, my brother, my grandma, my grandmother
"""

# Confinement, stalking, blocking in, breaking in: clear by themselves.
V_CONFINE = """
关起来 关住我 关在 锁住我 锁在 禁锢 拘禁 软禁 不让我走 不让走 不让我离开 不让我出门 不让出门 唔俾走
唔俾我走 唔俾出 唔俾我出 不准我走 不准走 不准离开 堵门 堵住门 堵在门口 堵我 围住我 围堵 跟踪我 尾随 跟着我
跟住我 跟到我 蹲守 守在门口 守在楼下 守住我 守喺 撬门 撬锁 闯进 闯入 破门 踹门 冲进 爆门 扣住我
跟着我 跟著我 一直跟着 一直跟踪 不让我回家 不让我做生意 不让我们出去 出不去 不许走 不放我走 不放人 困住 困在 锁在里面 不让离开 不让我下车
被堵在 被人堵 堵宿舍 堵我宿舍 堵在宿舍 堵在公司 堵在学校
赎人 赎金 来赎 拿钱赎 赎你 赎他 赎她 赎回人 交赎金
ransom, hold you until, keep you until, hold him until, hold her until
won't let me leave, wont let me leave, not letting me leave, locked me in, locked in, following me, followed me,
stalking me, broke in, break in, blocking my door, blocked my door
cannot go out, can't go out, cant go out, won't let us, wont let us, not let us leave, kept me there, held me, trapped us
can't get out, cant get out, camped outside
won't let me go, wont let me go, not let me go, won't let us leave, wouldn't let me leave, locked the door, locked us, trapped me, kept me in, blocked the door, blocking the door, outside my door, waiting outside my, waiting outside, following my, tracking me, follow me home
"""

V_ACT = """
打死 打残 打断腿 打断手 打断你 打伤 砍死 砍你 砍我 斩 斩死 捅 捅死 弄死 搞死 整死 做掉 废了 废你
断手 断脚 断腿 硫酸 镪水 腐蚀 泼 红油 油漆 汽油 放火 纵火 烧屋 烧你 烧死 点火 绑架 掳走 动手 揍 殴打
打人 郁手 入屋 强奸 卖到 卖去 卖淫 裸照 陪睡 肉偿 拍裸 脱光 刀 枪 见血 放血 弄残 搞残 搞你 搞你屋企 收拾你 教训
揼死 揼你 劈死 斩手 斩脚 斩你 斩死你 剁手 剁你 割你 腿打断 手打断 打断他的腿 打断你的腿 抓你老婆 抓你女儿 卖你女儿 做嘢抵数 肉偿 卖身 裸聊 裸贷 视频裸 淫照 黄图 泼粪 泼红油 泼油漆 淋红油 锁链 铁链 石头 砸窗 死老鼠 死猫 死鸡 死鸟 死狗 冥币 花圈 寿衣 遗照 遗像 黑白照
卖肾 割肾 挖肾 摘器官 卖器官 燃烧瓶 汽油弹
kill you, kill me, kill my, hurt you, hurt me, hurt my, beat you, beat me up, break your legs, break his legs, acid,
burn down, burn your, set fire, kidnap, take your, lock me, locked me, stalk,
smash, smashed, rape, assault, punched, hit me, grabbed, knife, gun, pour, splash
cut my hand, cut off, cut your, in a box, take her, naked, nude, porn, edit my face, dead bird, dead rat, dead cat, throw stone, threw stones, threw a brick, chained, chain, red paint, splashed, punch me, beat him, funeral wreath, coffin
molotov, petrol bomb, firebomb, or else, make you pay, teach you a lesson, come for you, come after you, coming for you, hurt your, harm your, harm you, kill your, break your, smash your, burn your house, slash your, slashed my, acid on, throw acid, pay with your body, sleep with, sell your, kidney, organs, beaten, beat up, rough you up, rough up, put you in hospital, you'll be sorry, you will be sorry, something bad will happen, bad things will happen
"""

V_VEILED = """
知道你住 知道你家 知道你孩子 知道你女儿 知道你儿子 知道你老婆 知道你爸妈 知道你屋企 哪个学校 边间学校
学校门口 小心点 出门小心 走夜路 注意安全 小心你 后果自负 别怪我们 别怪我 不客气
让你好看 有你好受 有你好看 等着瞧 你等着 等住 不会放过 唔会放过 上门找你 见不到 出意外
好自为之 走着瞧 后果很严重 唔客气 唔好怪我哋 唔好怪我 小心你家 小心你屋企 你的家人 睇住
被盯上 盯上我 盯上了 盯住我 被人盯着 被人盯上 盯梢 盯咗 松松筋骨 松筋骨 松下筋骨
知我住 知你住 行路小心 走路小心 夜晚行路 小心身体 去机场接 接你 接我 你全家 你家人 你屋企人 好睇 有排你受 等你出来 等你放学 你女儿很漂亮 你老婆很漂亮 你老婆后生 叫你老婆 叫佢去做 以为躲得了 躲得过 跑得了 跑不掉 出门看路 还有命
在国外就安全 以为在国外 以为躲
we know where you live, know where you live, which school, your kids school, be careful, watch your back,
something might happen, accident, you'll regret, you will regret, we'll find you, we will find you,
send people, pay a visit, last warning
you think you are safe, you think in uk is safe, is safe?, watching my, watching the house, car always park, parked outside, always parked, leaving in a box, we know your, we know where, see you soon, we are watching
walk carefully, careful at night, camped outside, stared at me, staring at me, kept staring
be a shame, be a pity, shame if something, we know where your, know where your kids, know where your daughter, know where your son, your kids school, picture of my house, photo of my house, photo of my kids, pictures of my kids, sent a photo of my, sent a picture of my, outside your house, outside your door, it would be a shame, would be a shame, accidents happen, careful on your way home, we will visit, we'll visit, pay us a visit, see you at, we're watching, we are watching you
"""

V_IMMINENT = """
今晚 现在 马上 在门口 门口 楼下 门外 外面 已经来了 来了 正在 就在 明天就 等下 而家 喺门口 喺楼下
tonight, right now, outside, at the door, downstairs, already here, on the way, coming
"""

V_HAPPENED = """
被打 打了我 打咗我 被人打 受伤 流血 把我关 把我锁 被关 被锁 被绑 拽我 抓住我 被泼 泼了 泼咗
砸了 砸咗 被跟踪 闯进来 冲进来 撬了 踹了 掐我 推我 扇我 耳光 打伤 骨折 撕衣服 摸我
推倒 推我 把我推倒 推跌 抓着我的手 抓住我的手 关了我 锁了我 被他们堵 打伤了 眼睛肿 肿了 打咗佢 被揍 被人揍 锁住大门 锁了大门 锁了门 被拉上车 拉我上车 被带走 抢我手机 抢了我的手机 砸烂 打烂
把我绑 绑住我 绑了我 被拖走 被拖上车 打进医院 打到住院 被打住院 打了我一顿 打我一顿 巴掌 推搡 扣留我 扣住我
beat me, hit me, punched me, hurt me, grabbed me, pushed me, slapped me, locked me, they broke, broke into,
followed me home, was attacked
punched me, punch me, kicked me, chained our gate, chained the gate, broke the window, broke our window, my eye, swollen, pushed me down, dragged me, threw me, took my phone
threw boiling water, boiling water at, threw hot water, slapped, kicked, was beaten, got beaten, attacked me, assaulted me, smashed my, slashed my tires, smashed the window, kicked the door, kicked in, banging on the door, banging on my door, took my passport, took my id, held me, dragged
"""

V_FEAR = """
害怕 好怕 很怕 好惊 惊 不敢出门 不敢回家 不敢出去 唔敢出 唔敢返 躲在 躲起来 躲喺 不敢开门 发抖 吓到
scared, afraid, terrified, hiding, frightened
afraid to go out, scared to go home, scared to go out, not safe, unsafe, in danger
"""

# -- modifiers -------------------------------------------------------------------------
# Figures of speech built on words of death or violence. Their spans are blanked before
# the other categories are searched, so 想死你了 never reads as 想死.
FIGURATIVE = """
笑不活 笑到不活 笑死 笑死我 笑死人 累死 累死我 累死了 烦死 烦死了 热死 冷死 饿死 困死 忙死 气死 气死我 气炸 吵死 闷死 痛死
丑死 美死 懒死 臭死 急死 羡慕死 死贵 贵死 死忙 死火 激死 攰到死 攰死 悶死 死撑 死顶 要命 要死要活 拼了老命
拼老命 拼死 杀价 砍价 砍一刀 砍头息 砍头贷 价格屠夫 屠夫 秒杀 必杀 杀疯 杀鱼 杀鸡 杀猪 杀时间 杀毒 杀手锏 狼人杀 剧本杀
想死你了 想死你 跳楼价 跳楼大甩卖 死党 死线 死机 死循环 打卡 打折 打车 打工 打电话 打针 打call 打游戏 炸鸡 爆单 爆款 笑到死
打爆 被打爆 打我电话 打我手机 打我家电话 打你电话 打我单位 打我公司 大杀四方 打死我也 打死也不 打死都不 打死我都 去死吧你 死鬼 死仔 吓死宝宝 杀青
想死我 想死我了 痛到想死 痛得想死 痛死 累到想死 累得想死 烦到想死 闷到想死 饿到想死 攰到想死 热到想死 冻死 打击 被打击 打击到
killing me, killing it, killed it, i'm dead, im dead, dying to, dying for, to die for, dead tired,
dead serious, deadline, murdered that, murdered the exam, kill the fish, kill time, killer deal,
killed me lol, lmao
hurt my credit, hurt your credit, hurt my score, hurt my credit score, hurt my chances, kill my credit, killed my credit
"""

# Figures of speech as a small grammar: spans of the normalised text that read as violence or
# a means but are not, blanked like the FIGURATIVE phrases. Each runs only when its anchor
# (a literal; several are separated by spaces) is in the text. Anchors -> pattern.
FIGURATIVE_PATTERNS: tuple[tuple[str, str], ...] = (
    # "Beat me to death, I still have no money" (打死我我也没钱, 打死都唔还得起) is a way of saying
    # "no matter what", a customer's set phrase, not a threat or a wish.
    (
        "打死",
        r"打死(?:我|佢|他|她)?(?:我|佢|他|她)?\s?(?:也|都)\s?(?:不|没|冇|唔|拿不|还不|给不)",
    ),
    # A car, a scooter or goods towed or taken away (车要被拖走了) is a repossession question;
    # a person dragged away (被拖走, 被拖上车) stays an assault.
    (
        "拖走 拖上车 拉走 拖车",
        r"(?:车|车子|汽车|摩托|摩托车|电动车|电瓶车|货车|货|东西|家具|家电|电器)(?:要|会|已经|就|又|都|也|刚)?"
        r"(?:被|给|俾)(?:人|他们|银行|催收|公司)?(?:拖走|拖上车|拉走)",
    ),
    # Going home or moving somewhere "for good" is a relocation, not a farewell ("before I fly
    # home for good", "moving back to Manila for good").
    (
        "good",
        r"\b(?:fly|flying|flew|go|going|gone|move|moving|moved|head|heading|return|returning|went|leave|leaving|left)\b"
        r"(?: back)?(?: home| back| to [a-z]+)(?: [a-z]+){0,2} for good\b",
    ),
    # 打 is also "to phone" (and 打断 "to interrupt"): a count of calls, being worn down by
    # calls, calls to a phone or a workplace, or being interrupted, is not a beating.
    # (Matched on the folded, simplified text; 打了三次 stays ambiguous and is left alone.)
    (
        "打",
        r"被?打(?:了|过|来)?\s*[0-9一二两三四五六七八九十几百多]+\s*(?:多|来)?\s*(?:通|个电话|次电话)"
        r"|被(?:电话)?打(?:烦|怕|到(?:关机|没法|不敢接|崩溃))"
        # ... a phone that "was hit" is a phone that was called (老伴的手机也被打了 7次)
        r"|(?:手机|电话|座机)(?:也|都|又|一直|天天)?被打(?:了|爆|咗|到)?"
        # ... calls to someone (打了我表哥电话, 打了我妈3个电话): a person, then a count, then the phone
        r"|打(?:了|过|咗|来|来了|去|到|给)?(?:我们|我家|我|你|他|她|佢)?(?:的|嘅)?"
        rf"(?:{ZH_KIN}|同事|朋友|同学|老板|老细|上司|经理|主管|老总|领导|公司|单位|室友|邻居|老师|房东)?(?:的|嘅)?"
        r"(?:\s*[0-9一二两三四五六七八九十几百多]+\s*(?:多|来)?\s*(?:个|通|次)\s*)?(?:电话|手机|座机|单位|公司)"
        # 打断 as interrupting (开会都被打断), unless a limb or bone follows
        r"|(?<![腿手脚骨肋牙鼻])被?打断(?![了咗]?\S{0,3}(?:腿|手|脚|骨|肋|牙|鼻|你|他|她|我))",
    ),
    # A parent, a boss or a teacher who "will kill me" over a burnt steak or a bad mark: the
    # everyday hyperbole. Partners are left out on purpose: there it can be literal.
    (
        "kill",
        r"\b(?:my |the )?(?:mom|mum|mother|dad|father|parents|boss|manager|supervisor|teacher|coach|chef|"
        r"landlady|landlord|grandma|grandpa|sister|brother|sis|bro)\b"
        r"(?:(?!\b(?:collector|collectors|they|lender|lenders|shark|sharks|thug|thugs|gang|guys|men|app)\b).){0,45}"
        r"\b(?:he |she )?(?:will|ll|is going to|s going to|s gonna|is gonna|gonna|would|d|might) "
        r"(?:literally |actually |totally )?kill me\b",
    ),
    # The same hyperbole in Chinese (我老细会劈死我, 我妈知道了肯定打死我); partners left out again.
    (
        "死我 了我",
        r"(?:我妈|我爸|老妈|老爸|我爸妈|阿妈|老母|老豆|老板|老细|经理|主管|老师|教练|组长)[^，。]{0,14}"
        r"(?:会|要|肯定|一定|非|就)[^，。]{0,3}(?:劈死|打死|杀了|宰了|骂死|弄死|掐死)我",
    ),
    # Refusing to go on living *in a manner*, humiliated or pushed around (不想再活得这么窝囊了，
    # 明天就去法院), is resolve to act, not a wish to die: 活得 + how, said of shame or
    # helplessness. (活得这么累 stays: tiredness of living is the despair it says.)
    (
        "活得",
        r"(?:不想|不要|唔想|不愿|不愿意|不能)(?:再)?(?:这样|这么|咁)?活得(?:这么|那么|如此|这样|那样|咁|太)?"
        r"(?:窝囊|憋屈|卑微|没尊严|没有尊严|屈辱|低声下气|低三下四|丢人|狼狈|被动|没骨气|窝火|委屈|憋气|提心吊胆|战战兢兢|胆小)",
    ),
    # The height or size of a safety barrier (楼顶防护网要多高才合规, "how high should a balcony
    # railing be"): a building-code question, not a question about a fall.
    (
        "高",
        r"(?:护栏|栏杆|防护网|防护栏|围栏|护网|扶手|女儿墙|围墙|安全网|防盗网|隔离网)"
        r"[^，。？?]{0,6}(?:多高|几米|多少米|高度|几公分|多少厘米)",
    ),
    (
        "high",
        r"\b(?:railing|railings|guardrail|guardrails|guard rail|handrail|fence|balustrade|parapet|barrier|safety net)\b"
        r".{0,25}\bhow (?:high|tall)\b|\bhow (?:high|tall)\b.{0,25}\b(?:railing|railings|guardrail|guardrails|guard rail|handrail|fence|balustrade|parapet|barrier|safety net)\b",
    ),
)

NEGATION = """
不会自杀 不会想不开 不会做傻事 没有想死 不是想死 没想过死 没想过自杀 不想死 我不会 别担心我 不至于 开玩笑
没事的 不是说我 不是我 唔系想死 唔会做傻事
虚惊一场 还以为 以为他 以为她 原来他是 原来她是 结果他是 结果她是 哈哈 哈哈哈 说笑 讲笑
not suicidal, i won't, i wont, not going to, never would, not thinking of, not gonna, i'm fine, im fine,
not about me
熬过来了 挺过来了 走出来了 现在好多了 都过去了 已经过去了 说点好消息 报个喜
turned out, false alarm, lol, lmao, haha, hahaha, jk, just kidding
"""

# A death or a killing that happened to someone else, news, fiction: a question, not a crisis.
OTHER = """
去世 过世 离世 病逝 走了以后 死后 死了以后 过身 身故 丧事 丧葬 葬礼 殡仪 遗产 继承 遗孀 死亡证明 抚恤
新闻 报道 听说 网上 电视剧 电影 小说 游戏 剧情 朋友的 同事的 邻居
火锅 烧烤 烤肉 打边炉 取暖 戏 剧 套戏 戏入面 入面有人 电视 纪录片 同学的 亲戚的 隔壁
passed away, died, funeral, inherit, estate, news, article, movie, film, novel, game
"""

# A story, a show, the news or a wedding game: violence words there (绑架, 堵门 at a wedding,
# a drama's kidnapping, a news item about someone else) are not a threat to the writer; a
# violence rule that fires beside them gives the possible line, never the crisis reply.
# The police, a court or an arrest as the threatened act ("让公安来把你铐走", "come with police and
# detain me"): an arrest threat for a civil debt, which the scam check and the arrest-threats answer
# take up; without a rule of its own, violence stays at the line (the model alone had read it as
# a crisis).
OFFICIAL = """
公安 警察 民警 派出所 警方 刑警 法院 法官 检察院 执行局 执法人员 拘留 拘捕 逮捕 铐走 手铐 坐牢 抓去坐牢 判刑 通缉
police, cops, cop, officers, court, judge, arrest, arrested, detain, detained, handcuff, handcuffs, warrant, jail, prison
"""

FICTION = """
电视剧 电影 小说 游戏 剧情 纪录片 港剧 港片 韩剧 美剧 网剧 短剧 追剧 这部剧 那部剧 套剧 套戏 戏入面 拍戏 八点档 剧集
婚礼 接亲 伴娘 伴郎 新郎 新娘 婚车 迎亲 闹洞房
新闻 新闻报道 新闻里 看新闻
news article, in the news, on the news, news report, news story
drama, documentary, movie, film, novel, video game, tv series, tv show, episode, wedding, bride, groom, bridesmaid, bridesmaids
"""

STAFF = """
客户 债务人 欠款人 借款人 催收员 做催收 我是催收 坐席 贷后 电催 外访员 外访 组长 主管 我们公司 公司规定 施压
业绩 回款 案件 委案 我打电话给 打给他 打给她 佢话 他说要 她说要 客户说 客户话
customer, debtor, client, borrower, i work in collections, as a collector, my team leader, my supervisor,
the caller on the line
"""

# Hong Kong and Taiwan wording (searched in the text as written, before simplification).
HK = """
唔 佢 咗 冇 嘅 喺 啲 嘢 嚟 瞓 攰 搵 咩 㗎 囉 嘞 乜 係咪 唔係 點算 收數 財仔 屋企 邊度 港幣 香港 揸
"""

TW = """
卡債 台灣 臺灣 新台幣 台幣 欸 超商 阿嬤 地下錢莊 討債公司 警察局 好扯 勞保 健保 機車行 捷運 欠債還錢
"""

# Pinyin abbreviations and whole pinyin, as whole words: the phrase each stands for.
PINYIN = {
    "zs": "自杀",
    "zisha": "自杀",
    "xiangsi": "想死",
    "bxh": "不想活",
    "bxhl": "不想活了",
    "buxianghuole": "不想活了",
    "qs": "轻生",
    "qingsheng": "轻生",
    "tl": "跳楼",
    "tiaolou": "跳楼",
    "sd": "上吊",
    "shangdiao": "上吊",
    "ylbl": "一了百了",
    "yilebaile": "一了百了",
    "hxbq": "活不下去",
    "hbxq": "活不下去",
    "ss": "去死",
}

# Phrases with a gap, on normalised text: category -> (anchors, pattern). A pattern runs only
# when one of its anchors (space-separated literals) is in the text: most messages skip most
# patterns at the cost of a substring test.
PATTERNS: dict[str, tuple[tuple[str, str], ...]] = {
    "sh_ideation": (
        ("死", r"想(?:去|要|早点|快点|一|就|着)?死(?!你|人|机|党|线|贵|忙|亡|者|我)"),
        ("活", r"不想.{0,4}活"),
        (
            "药 炭 瓶 樽",
            r"(?:想|要|准备|打算|干脆|不如).{0,4}(?:吃|喝|食|吞|饮|买).{0,4}"
            r"(?:安眠药|农药|百草枯|敌敌畏|老鼠药|毒药|成瓶|一瓶|成樽|炭)",
        ),
        ("结束 了结 了断", r"(?:结束|了结|了断).{0,3}(?:自己|生命|一切|这条命)"),
        (
            "die end kill",
            r"\b(?:want|going|plan|planning|ready|decided) to (?:die|end it|kill myself)\b",
        ),
        # Not wanting, or not planning, to go on existing, with or without its "to" or "on"
        # ("i dont want live like this", "I don't plan on being anywhere after that").
        (
            "live living alive around anywhere",
            r"\b(?:don ?t|do not|not|never|no longer)\s(?:really\s)?(?:want|wanna|plan|planning|intend|expect)"
            r"(?:\s(?:to|on))?\s(?:live|living|be alive|being alive|be around|being around|be anywhere|being anywhere"
            r"|stick around|sticking around)\b"
            # ... but not a place or company ("don't want to live in Shenzhen", "with my in-laws").
            r"(?!\s(?:(?:in|at|near|with)\s(?!fear|pain|debt|shame|misery|this|like)|there\b|here\b))",
        ),
    ),
    # Jumping with the water or height named (去跳曾文溪, 准备跳进黄浦江, 跳落维港): a method.
    "sh_method": (
        # Shut in a room with smoke, sealing or a blade (阿媽喺廁所鎖住門 入面有陣燒嘢味, 鎖住房門
        # 門罅塞住毛巾, "locked herself in the bathroom with a knife"), whoever reports it.
        (
            "锁 关 locked",
            r"(?:锁|关)(?:住|咗|了|上|起|在)(?:自己|门|房门|厕所门|浴室门|厕所|浴室|房间)[^。]{0,24}"
            r"(?:烧嘢|烧东西|烧炭|烟味|有烟|炭|塞住|塞满|毛巾|胶纸|胶带|刀)"
            r"|\blocked (?:herself|himself|themselves|myself) in\b.{0,40}\b(?:knife|blade|pills|smoke|charcoal|rope|gas)\b",
        ),
        # Stepping in front of a train, or setting off from a floor (will step off when the next
        # train comes, 从22楼出发): a method named sideways.
        (
            "train tracks platform bus truck lorry 出发 起飞 飞 往下 下去 跳",
            r"\b(?:step|jump|walk|throw myself|throw himself|throw herself) (?:off|in front of|onto|under)\b.{0,25}\b(?:train|tracks|platform|bus|truck|lorry)\b"
            r"|\bwhen the next train\b"
            r"|从\d{1,3}(?:楼|层|樓|層)(?:出发|起飞|飞|往下|下去|跳)(?![^，。]{0,2}(?:去|到|前往|上班|回))",
        ),
        (
            "炭 charcoal",
            r"炭[^。？?]{0,20}(?:车上|车里|车内|车厢|房间里|卧室|厕所|浴室|关窗|封窗|密封|密闭|门窗|胶纸|胶带)"
            r"|\bcharcoal\b.{0,50}\b(?:car|bedroom|bathroom|sealed|seal|tape|taped|windows shut)\b",
        ),
        (
            "跳",
            r"(?:去|要|准备|想|就|会)跳(?:进|落|下|入)?[^\s，。,]{0,5}(?:溪|河|江|海|湖|港|潭|水库|大桥|桥|天台|楼顶)",
        ),
    ),
    # Wishing for a fatal accident (盼着哪天被车撞了, 巴不得出个车祸).
    "sh_euphemism": (
        # Heaven or rebirth as the way out (上个天堂名单, 投胎重来比较快), and life as an account
        # to close ("declare bankruptcy on life", "unsubscribe from life").
        (
            "天堂 投胎 life living existence",
            r"(?:上|去|进|排)(?:个)?天堂(?!一样|般|似|的地方)|天堂(?:名单|报到|排队)|(?:重新)?投胎(?:重来|算了|比较快|更快|去)"
            r"|\b(?:bankrupt\w*|unsubscrib\w*|log(?:ging)? out|opt(?:ing)? out|resign\w*|checking out|check out)\b"
            r".{0,12}\b(?:on|from|of)\s+(?:life|living|existence)\b",
        ),
        # Sleeping and not being woken (想睡很久很久 别叫醒我, "want to sleep and never wake up"),
        # reporting to the King of Hell (聽日就去閻羅王度報到), not planning to be here any more.
        (
            "叫醒 睡 瞓 wake sleep 阎罗王 阎王 地府 黄泉 奈何桥 孟婆 在了",
            r"睡[^，。]{0,8}(?:别|不要|唔好|不用)(?:再)?(?:叫醒|吵醒|喊醒|嗌醒)我|(?:永远|一直|很久很久)(?:地)?(?:睡|瞓)(?:下去|着|落去)"
            r"|\b(?:never|not|don ?t want to) wake up\b|\bsleep forever\b|\bdon ?t wake me\b"
            r"|(?:阎罗王|阎王|地府|黄泉|奈何桥|孟婆)[^。]{0,12}(?:报到|报道|见面|喝汤|走一趟|收不收|收唔收)"
            r"|(?:去|到|落)(?:阎罗王|阎王|地府|黄泉|奈何桥)"
            r"|(?:人|我)(?:也|都)?(?:不打算|不准备|没打算|唔打算)(?:再)?(?:在了|活了|活下去|留喺|留在)",
        ),
        (
            "disappear",
            r"\bi ?(?:ll|will|am going to|m going to|m gonna|gonna) (?:just )?disappear\b",
        ),
        # Leaving the world by another name (从这个世界注销, 老天爷把我收走), not a trip abroad.
        (
            "世界 收走 收了 带走",
            r"(?:从|喺|在)?这个世界(?:上)?(?:消失|注销|下线|离开|退出|删除|走)"
            r"|(?:老天|老天爷|天爷|阎王|上帝|菩萨)[^，。]{0,8}(?:收走|收了|带走)",
        ),
        # A farewell that asks not to be looked for, or says "this time it's real" (拜拜 唔好搵我, 晚安
        # 这次是真的), and not coming back ("I won't be back after Friday").
        (
            "找我 搵我 揾我 这次是真的 这次系真 永远 back",
            r"(?:拜拜|再见|永别|晚安|别了|bye|goodbye)[^。]{0,6}(?:不要|别|唔好|唔使|不用)(?:再)?(?:找|搵|揾)我(?!借|要|还|拿|帮|签|担保|谈)"
            r"|(?:不要|别|唔好|唔使|不用)(?:再)?(?:找|搵|揾)我(?:了)?\s*(?:拜拜|再见|永别|bye)"
            r"|(?:晚安|再见|拜拜|永别)[^。]{0,4}(?:这次是真的|这次系真|永远)"
            r"|\bi(?: ?m| am| will| ll)? (?:not|never|won ?t|will not) (?:be )?(?:coming|come|be) back\b",
        ),
        # A life as the payment, said by the one who owes (命我还得上, 老子用命还).
        (
            "命",
            r"命(?:我)?还得(?:上|起)|(?:我|老子|我就)(?:用|拿)命(?:来)?还|(?:去|到)(?:殡仪馆|火葬场|太平间)(?:要|拿|收|找)",
        ),
        (
            "羡慕 envy jealous envious",
            r"羡慕[^，。]{0,10}(?:死人|死了的|死去的|走了的|去世的|躺着的|躺进|骨灰|坟|墓|太平间|那些走了)"
            r"|(?:死人|死了的人|死去的人|躺进来的人|太平间|骨灰盒|坟里)[^。]{0,24}羡慕"
            r"|\b(?:envy|jealous of|envious of)\b.{0,15}\b(?:the dead|dead people|dead ones|the ones who died|people who died|corpses)\b",
        ),
        # A "solution" or "way out" that turns out to be a height or a means, often as a joke
        # ("found a debt solution, it's called the 18th floor balcony", 最好的办法就是天台).
        (
            "solution way answer fix plan exit 办法 出路 方案 解决",
            r"\b(?:solution|way out|answer|fix|plan|exit strategy|exit)\b[^.!?]{0,30}\b(?:is|called|=)\s(?:the\s|a\s|my\s)?"
            r"(?:\d{1,3}(?:st|nd|rd|th) floor|balcony|roof|rooftop|rope|bridge|river|pills|ledge|train tracks)\b"
            r"|(?:办法|出路|方案|解决方法|解决办法)[^，。]{0,6}(?:就是|叫|系|係|=)[^，。]{0,3}"
            r"(?:天台|楼顶|顶楼|阳台|跳楼|跳河|跳桥|绳子|农药|安眠药|\d{1,3}楼|\d{1,3}层)",
        ),
        (
            "盼 希望 巴不得 恨不得 但愿",
            r"(?:盼|希望|巴不得|恨不得|但愿)(?:着|住)?(?:哪天|有天|快点)?.{0,10}(?:撞死|撞了|撞咗|车祸|出意外|出个意外|被撞|撞我)",
        ),
    ),
    # Having taken a poison or a whole supply ("drank some weedkiller", "he swallowed the whole
    # bottle"): an attempt, whoever says it.
    "sh_attempt": (
        (
            "drank swallowed took ate downed",
            r"\b(?:i|ive|he|she|my \w+)\b (?:just |already |have |has )?(?:drank|drunk|swallowed|took|taken|ate|downed)\b"
            r".{0,20}\b(?:weedkiller|weed killer|pesticide|bleach|poison|antifreeze|rat poison|the whole (?:bottle|box|pack|packet)"
            r"|all (?:of )?(?:my|his|her|the) (?:pills|tablets|meds|sleeping pills))\b",
        ),
        # A wrist cut, or bleeding, whoever reports it (客户发来手腕流血的照片, 佢𠝹咗手腕), not a
        # finger cut in the kitchen.
        (
            "手腕 腕 动脉 手筋",
            r"(?:割|划|𠝹|鎅|切)(?:了|伤|破|开|咗)?(?:自己的?)?(?:手腕|腕|动脉|手筋)|手腕(?:在|一直|上)?(?:流血|出血|全是血|都是血)",
        ),
        # An attempt stopped at the edge (最后还是没敢往下跳, 差点就喝下去了, 药都倒出来了又放回去):
        # the act itself was begun, whatever stopped it. "Almost jumped up" for joy has no
        # 下去/往下 or substance after it.
        (
            "没敢 差点 差一点 险些 几乎 冇胆 唔敢",
            r"(?:没敢|没有敢|差点|差一点|险些|几乎|冇胆|唔敢)(?:就|又)?"
            r"(?:往下跳|跳下去|跳了下去|跳落去|跳咗落去|从[^，。]{1,6}跳|喝下去|喝了下去|吞下去|吞了下去|饮落去|割下去|"
            r"喝了(?:农药|百草枯|敌敌畏)|吞了(?:药|安眠药)|把[^，。]{0,4}药(?:吃|喝|吞|食)(?:了|下去|咗)|吃了(?:安眠药|那瓶药|整瓶))",
        ),
    ),
    # Seeing no future (看不到任何希望, "can't see any future"): despair, worded any way.
    "sh_despair": (
        # Thrown away and nobody would notice (拧下来扔掉也没人发现, "if I vanished nobody would
        # notice"): worthlessness, worded any way.
        (
            "没人 没有人 冇人 nobody notice miss care",
            r"(?:扔掉|扔了|丢掉|消失|不见|不在了|走了|死了|没了|冇咗)[^。]{0,6}(?:也|都)(?:没有?人|冇人)(?:会)?"
            r"(?:发现|在乎|注意|知道|难过|想念|记得|理)"
            r"|\b(?:nobody|no one|no-one)\b (?:would|will|d)? ?(?:even )?(?:notice|miss me|care)\b.{0,20}\b(?:if|when) i\b"
            r"|\bif i (?:disappeared|vanished|was gone|were gone|died)\b.{0,20}\b(?:nobody|no one|no-one)\b",
        ),
        # The day it can't be borne any more, as a condition (哪天真顶不住就喝了, 撑不下去那天就…).
        (
            "顶不住 撑不住 扛不住 受不了 熬不住 撑不下去 顶唔顺",
            r"(?:哪天|有一天|等到|到时候|实在)(?:真的?)?(?:顶不住|撑不住|扛不住|受不了|熬不住|撑不下去|顶唔顺)(?:了|咗)?(?:就|的话|那天)",
        ),
        # Asking what living (or enduring) is for, worded any way (这样活着图个啥, 活着也没什么盼头,
        # 这日子过着还有什么意思, 天天这样熬着图个啥): the point of going on itself in question. Not
        # the point of a job, a plan or a payment, which have no 活着/日子/熬着 before them.
        (
            "活着 活下去 日子 人生 做人 活落去 熬着 熬下去 撑着 撑下去 过下去",
            r"(?:活着|活下去|活落去|日子|人生|做人|熬着|熬下去|撑着|撑下去|过下去)[^，。？?]{0,5}"
            r"(?:有什么意思|有啥意思|有咩意思|有乜意思|没(?:什么|啥|有)?意思|冇(?:乜|咩)?意思|图(?:个|个什么|点)?(?:啥|什么|乜|咩)"
            r"|为了(?:啥|什么|乜|咩)|没(?:什么|啥|有)?(?:盼头|奔头|指望)|冇(?:乜|咩)?(?:盼头|指望)|有什么(?:盼头|奔头|意义)|没(?:什么|啥|有)?意义)",
        ),
        ("看不", r"看不(?:到|见)(?:任何|一点|一丝|半点)?(?:未来|希望|出路|尽头|光)"),
        (
            "future point light way out",
            r"\b(?:can ?t|cannot|can not|don ?t|do not|dont) see (?:a|any|the|no)? ?(?:future|way out|point|light)\b",
        ),
    ),
    # Thanking someone for having cared (多谢我咁耐以嚟照顾佢, 谢谢你们这些年的照顾): a farewell sign.
    "sh_farewell": (
        # Debts left to someone to pay "after" (以后你们帮我还, 剩下的帮我还), not a mother pawning a
        # necklace to help repay now (她要拿去当掉帮我还钱).
        (
            "帮我还",
            r"(?:以后|之后|将来|剩下的?|余下的?|我走了|我不在了|我走咗)[^，。]{0,6}帮我还",
        ),
        (
            "照顾 照顾我",
            r"(?:谢谢|多谢|感谢|唔该)[^，。]{0,10}(?:照顾|陪伴|包容|咁耐|这么多年|这些年|一直以来)",
        ),
    ),
    "sh_means": (
        ("跳", r"(?:从|喺|在).{0,6}(?:跳|跳落)"),
        ("炭 药 绳 刀片", r"(?:买|買|存|攒|准备).{0,4}(?:炭|药|農藥|农药|绳|刀片|安眠)"),
        ("jump jumping", r"\bjump(?:ing)? (?:off|from|in)\b"),
        ("floor", r"\b\d{1,3}(?:st|nd|rd|th) floor (?:balcony|window|roof|ledge)\b"),
        (
            "fall falls falling fell",
            r"\bf(?:all|alls|alling|ell) (?:from|off) (?:a|the|my|our) (?:building|roof|bridge|balcony|tower)\b",
        ),
    ),
    "sh_prep": (
        # How deep a cut, or which way of dying costs least (手腕那里要划多深, 哪种死法最便宜,
        # "how deep do you have to cut"), and how many pills are too many.
        (
            "多深 几刀 止不住 死法 deep many",
            r"(?:手腕|动脉|腕|手)[^。]{0,8}(?:划|割|切|𠝹|鎅)[^。]{0,4}(?:多深|几刀|才会|止不住)"
            r"|(?:划|割|切)(?:多深|几刀)[^。]{0,8}(?:死|止不住|流血|血)"
            r"|(?:哪种|什么|啥|边种|乜)死法|死法[^。]{0,4}(?:最|比较|边种)"
            r"|\bhow deep\b.{0,25}\b(?:cut|wrist|wrists|vein|veins)\b"
            r"|\bhow many (?:\w+ ){0,2}(?:pills|tablets|paracetamol|panadol|tylenol|sleeping pills|aspirin|ibuprofen)\b.{0,25}\btoo many\b",
        ),
        # Valuables given to someone to pass on later ("I gave my gold ring and my savings to my
        # friend, send to my daughter after Sunday"): possessions handed over with a time to pass on.
        (
            "gave give giving given handed",
            r"\b(?:gave|give|giving|given|handed|hand)\b.{0,30}\b(?:my|all my)\s+(?:gold|ring|rings|jewel\w*|savings|money|phone money|salary|bank ?card|things|belongings)\b"
            r".{0,60}\b(?:send|give|pass|bring)\b.{0,20}\b(?:to )?(?:my )?(?:daughter|son|kids|children|mother|mum|mom|family)\b.{0,15}\b(?:after|when i|if i)\b",
        ),
        # A letter to be opened "after I'm gone" (信封上写着等她走了再看).
        (
            "走了 不在了 死了 走咗 唔喺度 gone",
            r"(?:信|纸条|字条|信封)[^。]{0,12}(?:等|喺|在)(?:我|她|他|佢|妈|爸)(?:走了|不在了|死了|走咗|唔喺度)(?:再|以后|之后|先)(?:看|打开|拆|睇)"
            r"|\b(?:open|read) (?:it|this) (?:after|when) (?:i ?m|i am|she ?s|he ?s) gone\b",
        ),
        # Several pills more at once, and what would happen (一次多吃几片会怎么样).
        (
            "几片 几粒 几颗 好几片",
            r"(?:一次|一口气|一下)(?:多)?(?:吃|食|吞)(?:几|好几|多)(?:片|粒|颗)[^。]{0,4}(?:会怎么样|会怎样|会点|有事吗|会死吗|会不会)",
        ),
        # If something happens to me, don't be sad (要是我出了什么事 让我别难过).
        (
            "难过 伤心 照顾好",
            r"(?:如果|要是|万一|假如)(?:我|他|她)(?:出了?什么事|有什么事|不在了|有咩事)[^。]{0,10}(?:别难过|不要难过|别伤心|唔好伤心|不要伤心|照顾好)",
        ),
        # Asking when a place of means is empty (灞河几点人少, "what time is the bridge quiet").
        (
            "人少 没人 人最少 quiet empty nobody",
            r"(?:河|江|湖|海|桥|天台|楼顶|顶楼|水库|海边|铁轨|轨道)[^。]{0,6}(?:几点|什么时候|啥时候|几时|边个钟)(?:会)?(?:人少|没人|人最少|冇人)"
            r"|\b(?:bridge|roof|rooftop|river|tracks|platform|pier)\b.{0,20}\b(?:quiet|empty|nobody around|no one around)\b",
        ),
        # A note left for the family (已给家人留好书面说明), and things set right "before I leave".
        (
            "留好 留了 留下 之前",
            r"给(?:家人|家里|爸妈|父母|孩子|老婆|老公|女儿|儿子)留(?:好|了|下)(?:了)?[^，。]{0,6}(?:信|说明|字条|纸条|交代|遗言|话)"
            r"|(?:在|趁)(?:我)?(?:离开|走)之前[^。]{0,10}(?:安排|处理|交代|打点)(?:好|妥当|清楚)",
        ),
        # Going up without the safety line on purpose (明天鷹架不綁安全帶, "not clipping the harness
        # tomorrow"): a height as the means, worded as a work habit.
        (
            "安全带 安全绳 安全扣 harness lanyard safety",
            r"(?:不|唔|冇|没|不会|不想|不打算|懒得|唔会)(?:再)?(?:系|绑|扣|戴|挂|带|穿|用|缚)(?:上|好)?(?:那条|条)?安全(?:带|绳|扣)"
            r"|\b(?:without|no|not (?:wear|wearing|clip|clipping|use|using)|won ?t (?:wear|clip|use)|skip|skipping)\b"
            r" (?:a |my |the )?(?:harness|safety line|lanyard)\b",
        ),
        # A means hidden or kept ready (把一瓶农药藏在床底下, 安眠药收在抽屉里备着).
        (
            "藏 备着 备好",
            r"(?:农药|百草枯|敌敌畏|安眠药|老鼠药|药|绳子|绳|炭|木炭|刀片)[^，。]{0,8}(?:藏(?:在|到|好|着|起来)|备着|备好了)",
        ),
        # The last thing one can do for the family (算是我最后能为他们做的一点事, "the last thing I can
        # do for my kids").
        (
            "最后 last",
            r"最后(?:能|可以|一次)?(?:为|给|帮|替)(?:他们|她们|你们|家里|家人|我妈|我爸|爸妈|孩子|我弟|我妹|老婆|老公)(?:做|办)"
            r"|\bthe last thing i (?:can|could) do for\b",
        ),
        # A grave dug (在地里挖了个坑 够我躺了).
        (
            "坑 洞 躺 埋",
            r"挖(?:了)?(?:个|一个)?(?:坑|洞)[^。]{0,8}(?:躺|埋)|够我躺|把自己埋",
        ),
        # How many pills, unless it is how to take them as prescribed (几片合适, 一天最多几颗).
        (
            "多少 几",
            r"(?<![天日次多以能])(?:吃|食|吞).{0,3}(?:多少|几多|几)(?:片|粒|颗|瓶)"
            r"(?!.{0,3}(?:合适|正常|比较好|才对|有效|见效|就够))",
        ),
        # A dose far past any prescription (一次吃三十片, 吞二十粒), or asking what it would do.
        (
            "片 粒 颗",
            r"(?:吃|食|吞|服)(?:下|掉)?(?:十|二十|三十|四十|五十|六十|一百|几十|[1-9][0-9])(?:多|几)?(?:片|粒|颗)",
        ),
        (
            "pills tablets meds",
            r"\bhow (?:many|much) (?:pills|tablets|of (?:these pills|the pills|my meds|my pills))\b",
        ),
        (
            "遗书 遗言 封信 写信 寫信 留信 了信 好信 咗信",
            r"(?:写|寫|留).{0,4}(?:信|遗书|遗言).{0,6}(?:给|俾|畀)",
        ),
        # Several letters written (写了好几封信), unless to a bank, court or lender.
        (
            "封信",
            r"(?<!银行)(?<!法院)(?<!公司)(?<!催收)(?<!平台)(?<!律师)(?<!机构)"
            r"(?:写|留)(?:了|咗|好)(?:好几|几|两|三|一)封信(?!.{0,6}(?:银行|法院|公司|催收|平台|律师|机构|投诉))",
        ),
        # Asking whether something would be lethal (六楼掉下去一定会死吗, 吃多少片会死, "can it kill a
        # person", "lethal dose"): a question about a means, whatever the means is called.
        (
            "死 致命 没命",
            r"(?:多少|几[片粒颗瓶楼层米]|多高|几多|多久)[^，。？?]{0,6}(?:会|能|可以|才能|才会|就会|就能)"
            r"(?:摔|毒|吃|喝)?(?:死|致命|没命)"
            r"|(?:会|能)(?:不会|唔会)?(?:摔|毒)?(?:死|致命|没命)(?:人)?(?:吗|么|嘛|冇|呢|\?)"
            r"|会不会(?:摔|毒)?(?:死|致命|没命)",
        ),
        (
            "kill lethal fatal deadly die survive",
            r"\b(?:can|could|will|would|enough to|amount to|does it|do they)\b.{0,24}\bkill (?:a person|a man|a woman|someone|somebody|a human|an adult|you|me)\b"
            r"|\b(?:lethal|fatal|deadly) (?:dose|amount|height|fall|quantity)\b"
            r"|\bhow (?:high|many floors|tall|far down)\b.{0,30}\b(?:die|dead|survive|kill)\b"
            r"|\bwould (?:i|a person|someone) (?:die|survive)\b",
        ),
        # Asking how long a method takes, or whether it would hurt ("how long does it take to
        # drown"), and the tallest place one can get into.
        (
            "long would tallest highest",
            r"\bhow long (?:does it|would it|will it|until you|till you|to)\b.{0,25}\b(?:drown|die|bleed out|suffocate|pass out|stop breathing)\b"
            r"|\bwould it (?:be painful|hurt)\b"
            r"|\b(?:tallest|highest) (?:building|bridge|floor|rooftop|roof|tower)\b"
            r"|\b(?:bridge|bridges|building|buildings|rooftop|rooftops|tower|towers)\b.{0,40}\b(?:the highest|the tallest)\b",
        ),
        # Giving one's things away, in English ("gave my bike and my guitar to the other
        # teachers", "gave me her plants and her winter coat"), not handing over documents.
        (
            "gave giving handed",
            r"\b(?:gave|giving|handed) (?:my|her|his) (?:things|stuff|belongings|\w+ and (?:my|her|his) \w+(?: \w+)?) to\b"
            r"|\bgave me (?:her|his) \w+(?: \w+)? and (?:her|his) \w+",
        ),
        # Giving one's things away (电脑同波鞋全部送晒俾我, 东西都分给了朋友), not selling them.
        (
            "送晒 送光 送完 送了 送咗 送掉 送俾 送畀 送给 送出去 送人 分晒 分光 分完 分了 分咗 分掉 分俾 分畀 分给 分出去 分人",
            r"(?:全部|都|所有|全都|通通|统统)[^，。]{0,8}(?:送|分)(?:晒|光|完|了|咗|掉)?(?:俾|畀|给|出去|人)"
            r"|(?:送|分)(?:晒|光|咗晒)(?:俾|畀|给)?",
        ),
        # Handing over cards, passwords and keys (把银行卡和密码都寄给了我), not being asked for them.
        (
            "银行卡 密码 存折 钥匙",
            r"(?:把|将)[^，。,]{0,8}(?:银行卡|密码|存折|钥匙)[^，。,]{0,8}(?:寄给|交给|留给|给了|塞给|都给)",
        ),
        # The writer's own death as a condition (要是我不在了, 等我死咗, "once I'm gone"):
        # first person only; a parent's or a guarantor's death is an inheritance question.
        (
            "死了 死咗 死左 不在了 唔喺度 走了 走咗 没了 离开了 出事了 出咗事 出了意外 跳了",
            r"(?:如果|要是|假如|万一|假设|等|系咪|是不是)我(?:哪天|以后|真的|真系)?"
            r"(?:死了|死咗|死左|不在了|唔喺度|走了|走咗|没了|离开了|出事了|出咗事|出了意外|跳了)",
        ),
        # A debt that dies with the writer ("they can't collect from a dead person"), and a
        # question asked "before I do anything" (在我离开之前).
        (
            "dead anything something 之前",
            r"\b(?:can ?t|cannot|can not|won ?t) (?:collect|chase|sue|charge|get (?:money|anything))\b.{0,25}\b(?:from|off|to) (?:a )?dead\b"
            r"|\bbefore i do (?:anything|something|it)\b|在我(?:走|离开|做决定|做傻事)之前",
        ),
        (
            "die died dead gone here around pass passed kill",
            r"\b(?:if|when|after|once) i(?: ?m| am)? (?:die|died|dead|gone|not here|not around|pass away|passed away|kill myself)\b",
        ),
    ),
    "v_threat": (
        # Being sold, to work or to someone ("they will sell me to work for them").
        (
            "sell selling sold",
            r"\b(?:sell|selling|sold)\s+(?:(?:me|you|her|him|us)\s+(?:to|into|off)\b"
            r"|(?:my|your|his|her)\s+(?:wife|daughter|son|kids|children|sister|girlfriend|mother)\b)",
        ),
        (
            "打 砍 斩 弄 搞 整 捅 做掉 废了 揍 劈 踢",
            r"(?:打死|打残|打断|打伤|砍死|砍|斩|弄死|搞死|整死|捅死|捅|做掉|废了|揍|劈|搞残|弄残|踢)"
            r"(?:你|我|佢|他|她)(?!出|走|下线|出群)",
        ),
        ("泼 淋 倒", r"(?:泼|淋|倒).{0,4}(?:硫酸|汽油|油漆|红油|粪|东西|液体|镪水)"),
        ("断 残 斩咗", r"(?:腿|手|脚)(?:打断|打残|砍断|斩断|斩咗)"),
        (
            "cut break chop",
            r"\b(?:cut|break|chop)\b.{0,25}\b(?:hand|hands|leg|legs|finger|fingers|arm|arms)\b",
        ),
        # Burning a home, a car or a shop (烧你屋企, 烧咗佢架车), not a fever (发烧, 家长) or cooking.
        (
            "烧",
            r"(?<![发燃红火高退])烧(?:了|掉|咗|晒)?(?:的是|的就是)?(?:你|我|佢|他|她)?(?:们|哋)?(?:的|嘅|个|架|间)?"
            r"(?:屋|房子|房|家(?![长务])|车|店|铺|档|摊)|烧死(?:你|我|佢|他|她)|连人.{0,4}烧",
        ),
        # A body part's keeping made conditional (你这双手还要不要了, 腿还想不想要).
        (
            "要不要 想不想要 保不住 还想要",
            r"(?:手|腿|脚|眼睛|牙|手指)(?:还)?(?:要不要|想不想要|保不住|还想要)",
        ),
        ("卖", r"卖.{0,4}(?:去|到).{0,4}(?:卖淫|夜总会|会所|缅甸|柬埔寨|kk园区)"),
        (
            "like keep need",
            r"\b(?:you like|do you like|you need|you want to keep|want to keep) (?:your|those) (?:fingers|hands|legs|knees|kneecaps|teeth|face|eyes|arms)\b",
        ),
        # A child or a partner taken away (把你女儿接走, 带走你个仔).
        (
            "接走 带走 抱走 抓走",
            r"(?:你|我|他|她|佢)的?(?:女儿|儿子|孩子|小孩|老婆|老公|爸妈|个女|个仔|细路)(?:接走|带走|抱走|抓走)"
            r"|(?:接走|带走|抱走|抓走)(?:你|我|他|她|佢)的?(?:女儿|儿子|孩子|小孩|老婆|老公|个女|个仔|细路)",
        ),
        # A home or a stall that would burn (摊子烧起来一定很旺).
        (
            "烧起来 着火 一把火",
            r"(?:屋|房子|店|铺|档|摊|摊子|档口|车)[^，。]{0,3}(?:烧起来|(?<![不打点])着(?:起)?火|一把火)",
        ),
        (
            "kill hurt stab kidnap beat rape",
            r"\b(?:kill|hurt|stab|kidnap|beat up|rape)\b (?:you|me|him|her|your \w+|"
            r"my (?:family|kids|children|son|daughter|wife|husband|parents|mom|mum|dad))\b",
        ),
    ),
    # Something that happened to someone else, as heard (听说有人被催收关起来, 我同事说他朋友被打过,
    # "a friend of mine said someone got beaten"): a question about others, the line at most.
    "fiction": (
        (
            "有人 别人 他朋友 她朋友 他同事 她同事 他亲戚 一个人 有个人 隔壁 邻居 对门 someone somebody",
            r"(?:听说|听讲|据说|新闻|网上|看到|说)[^，。]{0,4}(?:有人|有个人|别人|他朋友|她朋友|他同事|她同事|他亲戚|一个人|"
            r"隔壁(?:的|家)?(?:人|老[\u4e00-\u9fff]|大哥|大姐|阿姨)?|邻居(?:家)?|对门(?:的|家)?)被"
            r"|\b(?:heard|read|said|says|saw)\b.{0,12}\b(?:someone|somebody|a guy|a man|a woman|a friend of (?:his|hers|theirs))\b"
            r".{0,6}\b(?:was|got|had been)\b",
        ),
    ),
    # Said to scare, not meant (客户说要跳楼吓唬人的, 他只是说说而已), unless denied (不是说说而已).
    "negation": (
        (
            "吓唬 说说",
            r"(?<!不是)(?<!并非)(?<!唔系)(?<!绝不是)(?:吓唬(?:人|我们|我哋)|说说而已|嘴上说说)",
        ),
    ),
    # Confinement as a small grammar: a refusal, whom it holds, and where they may not go
    # (不让我和孩子出去, 唔俾佢哋走); and being blocked in at a place (堵在我家里).
    "v_confine": (
        # Followed to where the person lives or works (它还是跟到了我住的巷子口, 一路尾随到我家楼下,
        # 跟咗我返屋企): being followed home, whoever or whatever follows.
        (
            "跟到 跟着 跟住 跟咗 尾随 跟踪",
            r"(?:跟到|跟着|跟住|跟咗|尾随|跟踪)(?:了|咗|我)?(?:一路)?(?:到|返|回)?(?:了)?(?:我|我们)?"
            r"(?:住的|住嘅|家|屋企|楼下|小区|巷子|巷口|宿舍|学校|公司|单位|店)",
        ),
        # A person tied, locked or kept somewhere until the money comes ("they tie her in a house
        # until family pay"), or kept from going out ("not let my son go to school").
        (
            "tie tied ties tying lock locked locks keep keeps kept keeping hold holds held holding chain chained shut",
            r"\b(?:tie|tied|lock|locked|keep|keeps|kept|keeping|hold|holds|held|holding|chain|chained|lock up|locked up|shut)\b"
            r" (?:her|him|me|us|(?:my |his |her |our |the )(?:son|sons|daughter|daughters|kid|kids|child|children|wife|husband|mom|mum|mother|dad|father|brother|sister|cousin|friend|family|baby|boyfriend|girlfriend|grandma|grandpa|grandmother|grandfather|uncle|aunt|nephew|niece|parents|boy|girl))(?: up)? (?:in|inside|at)\b.{0,20}"
            r"\b(?:room|office|house|flat|car|van|warehouse|basement|apartment|hotel|shop|place)\b",
        ),
        (
            "until till",
            r"\b(?:tie|tied|ties|tying|lock|locked|locks|keep|keeps|kept|hold|holds|held|chain|chained|lock up|locked up)\b"
            r" (?:her|him|me|us|(?:my |his |her |our |the )(?:son|sons|daughter|daughters|kid|kids|child|children|wife|husband|mom|mum|mother|dad|father|brother|sister|cousin|friend|family|baby|boyfriend|girlfriend|grandma|grandpa|grandmother|grandfather|uncle|aunt|nephew|niece|parents|boy|girl))\b.{0,40}\b(?:until|till|untill)\b",
        ),
        (
            "let letting",
            r"\b(?:not|won ?t|wouldn ?t|don ?t|didn ?t|never|refuse to|refused to)\s+let(?:ting)?\s+"
            r"(?:me|us|him|her|(?:my |his |her |our |the )(?:son|sons|daughter|daughters|kid|kids|child|children|wife|husband|mom|mum|mother|dad|father|brother|sister|cousin|friend|family|baby|boyfriend|girlfriend|grandma|grandpa|grandmother|grandfather|uncle|aunt|nephew|niece|parents|boy|girl))\s+(?:go|leave|get out|out)\b",
        ),
        (
            "不让 不许 不准 不给 唔俾 唔畀",
            r"(?:不让|不许|不准|不给|唔俾|唔畀)(?:我们|我|佢哋|我哋|孩子|小孩|家人|我老婆|我老公|我妈|我爸"
            r"|我和[^\s]{1,3}|我同[^\s]{1,3}|我跟[^\s]{1,3}|人)?"
            r"(?:出去|出门|走|离开|回家|出来|下楼|出屋|出街)",
        ),
        ("堵 围 守", r"(?:堵|围|守)(?:在|住|喺)我?(?:家|屋企|屋|宿舍|门口|房间|店)"),
        # Taken to a place and shut in there (把我拉到山上关几天, 带到仓库关起来), not a shop closing.
        (
            "关",
            r"(?:把|将|拉到|带到|抓到|送到|拖到|押到)[^，。]{0,12}关(?:你|我|他|她|佢|人|上)?"
            r"(?:几天|几日|一晚|一夜|几晚|一阵|起来|个几日|到)",
        ),
        # A person detained or "controlled" (我哥被扣了, 先把人控制住), not wages or points held back.
        (
            "被扣 控制住 被控制 被扣押 被扣留",
            r"(?:哥|弟|姐|妹|爸|妈|老公|老婆|儿子|女儿|孩子|家人|我|人)被(?:扣|扣押|扣留|控制)(?:了|住|下|咗)?(?![^，。]{0,2}(?:工资|钱|分|款|费|卡|证))"
            r"|(?:把|将)(?:人|他|她|我|佢)控制住",
        ),
        # Held at a place (被扣在宾馆了, 扣喺佢哋公司), not wages held back.
        (
            "扣在 扣住 扣喺 扣押在",
            r"扣(?:在|住|喺|押在)(?:了)?[^，。]{0,4}(?:宾馆|酒店|旅馆|办公室|公司|房间|仓库|车上|车里|那里|那边|这里|度)",
        ),
    ),
    # Harm done, as a small grammar: a hurting verb (not one announced: 要打断) and a body part
    # (打到手骨裂, 用烟头烫了胳膊, "broke my arm"), or a visit to have injuries recorded (验伤); and a person taken
    # and held until the money comes (还了钱再放人, 拉上车带走).
    "v_happened": (
        (
            "打 烫 踢 砍 掐 咬 划 割 砸 扇 撞 揍 踩 烧 拧 勒",
            r"(?<![要会想去])(?:打|烫|踢|砍|掐|咬|划|割|砸|扇|撞|揍|踩|烧|拧|勒)(?:了|伤|到|断|破|肿|裂|咗|得|过)?"
            r"(?:我|他|她|佢|我的|我爸|我妈|我老公|我老婆|孩子)?.{0,3}"
            r"(?:手(?!机|续|上|里|头)|胳膊|手臂|手腕|头(?!像|条|发|息|贷)|脸|腿|眼睛|眼|鼻|牙|肋骨|背|腰|脖子|额头|嘴)"
            r"(?:.{0,3}(?:骨折|骨裂|断|肿|流血|出血|缝针|淤青|青|伤))?",
        ),
        ("验伤 伤情鉴定 验咗伤", r"验伤|伤情鉴定|验咗伤"),
        # An injury given as a "gift" by the lenders (财仔送咗隻黑眼圈俾我, "they gave me a black eye"),
        # not dark circles from staying up.
        (
            "黑眼圈 熊猫眼 乌青 淤青 瘀青 巴掌 耳光 black bloody split fat concussion",
            r"(?:财仔|催收|收数|讨债|要债|他们|佢哋|大耳窿|打手|那帮人|对方|大哥)[^，。]{0,4}(?:送|给|俾|畀|赏)(?:咗|了)?(?:我|佢|他|她)?"
            r"(?:[一两几]?(?:隻|只|个|对|双)|几)?(?:黑眼圈|熊猫眼|乌青|淤青|瘀青|巴掌|耳光|几拳)"
            r"|\b(?:they|he|she|collectors?|lenders?|guys|men)\b (?:gave|give|given|left) (?:me|my \w+) (?:a |with a )?"
            r"(?:black eye|bloody nose|split lip|fat lip|concussion)\b",
        ),
        # A person pushed or hit, then hurt ("push her, she fall and her head bleeding").
        (
            "fall fell falls bleed bleeding blood hospital injured injury stitches bruise bruises bruised",
            r"\b(?:push|pushed|pushes|shove|shoved|hit|hits|slap|slapped|kick|kicked|punch|punched|beat|grab|grabbed|knock|knocked)\b"
            r" (?:her|him|me|us|(?:my |his |her |our |the )(?:son|sons|daughter|daughters|kid|kids|child|children|wife|husband|mom|mum|mother|dad|father|brother|sister|cousin|friend|family|baby|boyfriend|girlfriend|grandma|grandpa|grandmother|grandfather|uncle|aunt|nephew|niece|parents|boy|girl))\b(?! to | into | for ).{0,40}"
            r"\b(?:fall|fell|falls|bleed|bleeding|blood|hospital|injured|injury|stitches|bruise|bruises|bruised)\b",
        ),
        # Pushed against something ("two man push me into wall", "shoved my dad against the car").
        (
            "push pushed shove shoved slam slammed threw throw",
            r"\b(?:push|pushed|shove|shoved|slam|slammed|threw|throw)\b (?:me|my \w+)\b.{0,12}\b(?:into|against|onto|to)\b (?:the |a )?(?:wall|ground|floor|car|door|van)\b",
        ),
        # Someone trying the door (有人用钥匙开我家门, 他们撬咗我屋企门).
        (
            "门",
            r"(?:有人|他们|催收|佢哋|对方)[^，。]{0,8}(?<![不唔没冇别我])(?:开|撬|踹|砸|拧)(?:了|咗|过)?(?:我|我们|我哋)?(?:家|屋企|房)?(?:的|嘅)?门",
        ),
        (
            "放人 放你 放他 放她",
            r"(?:还|给|交|拿|俾|畀|凑)(?:了|完|齐|够|咗)?钱.{0,6}(?:再|才|就)?放(?:人|你|他|她|佢)",
        ),
        (
            "上车 带走 拉走 押走",
            r"(?:拉|拖|押|抓|塞|推)(?:了|咗)?(?:我|他|她|佢|我爸|我妈|我老公|我老婆|孩子|我儿子|我女儿)?(?:上车|走了|带走|上了车)",
        ),
        (
            "broke burned burnt bruised fractured cut",
            r"(?<!\bi )(?<!\bive )\b(?:broke|broken|burned|burnt|burns|bruised|fractured|cut|twisted|bloodied|bloody)\b"
            r".{0,20}\b(?:arm|arms|hand|hands|wrist|rib|ribs|nose|jaw|face|lip|eye|finger|fingers|leg)\b",
        ),
    ),
    # Asking others where the person is or when they come and go (问我老板我几点下班,
    # "asked my coworkers which district I deliver in"): the possible line, never clear alone
    # or with a person named (collectors asking a village where someone's family lives
    # is a home-visit question).
    "v_probe": (
        # A stranger coming up in person, about the money or by name (有个不认识的男的坐到我对面 说
        # 张姐 钱的事考虑好了吗, "a man I didn't know walked up and said my name").
        (
            "不认识 陌生 没见过 stranger know",
            r"(?:不认识的?|陌生的?|没见过的?|唔识嘅?)(?:男的|女的|男人|女人|人|大汉|几个人|两个人|后生)"
            r"[^。]{0,12}(?:坐到|坐在|走到|拦住|跟着|找到|走过来|凑过来|站在|问我|叫我)"
            r"|\b(?:a |some |two )?(?:stranger|strangers|man i didn ?t know|guy i didn ?t know|man i don ?t know|guy i don ?t know)\b"
            r".{0,40}\b(?:sat down|came up|walked up|approached|stopped me|knew my name|called my name|said my name|called me by)\b",
        ),
        (
            "问 打听",
            r"(?:问|打听).{0,10}(?:几点(?:下班|放工|收工|走|返屋企|回家)|住(?:哪|边|在哪|喺边)|在哪(?:上班|送|住|个区)"
            r"|哪个区|哪条路|孩子(?:在)?哪|几点放学|作息|行程|日程|几点出门)",
        ),
        (
            "听说你 听说妳 知道你 知道妳 预产期",
            r"(?:听说|知道)(?:你|妳|你老婆|你太太)[^，。]{0,8}(?:很晚才回家|很晚回家|几点回家|几点下班|一个人住|住几楼|自己住)|预产期是?几",
        ),
        (
            "asked asking ask",
            r"\bask(?:ed|ing|s)?\b.{0,30}\b(?:what time (?:i|he|she|we) (?:finish|finishes|leave|leaves|get off|gets off|go home|goes home)"
            r"|which (?:district|area|street|route|school|building)|where (?:i|he|she|we) (?:live|deliver|work|stay)"
            r"|which (?:bus|train|metro|subway|line|ferry|gate|entrance|exit|way) (?:i|he|she|we|my [a-z]+) (?:take|takes|use|uses|ride|rides|go|goes)"
            r"|(?:my|his|her|our) (?:daily )?(?:schedule|routine))\b",
        ),
    ),
    "v_veiled": (
        # A compliment on the person's family, home or body is menace when it is said to them or
        # quoted from the collector ("you have a nice wife", 'he wrote "nice car"', "young and
        # pretty"), not when the person uses it ("I work for a very nice family", "pretty sure").
        (
            "nice lovely beautiful pretty cute",
            r"\b(?:your|ur|you (?:have|got|ve got)|you've got|u got|u have)\s+(?:a\s+)?(?:very\s+|really\s+|such\s+(?:a\s+)?)?"
            r"(?:nice|lovely|beautiful|pretty|cute)\s+[a-z]+"
            r"|\b(?:said|says|say|wrote|writes|texted|messaged|commented|sent|goes|added|replied)(?: me| to me)?(?: that)? (?:very |so |such a )?"
            r"(?:nice|lovely|beautiful|pretty|cute) (?:family|house|home|car|flat|place|daughter|son|kids|wife|girl|sister|uniform|neighbou?rhood|area|view|shop|school|face)\b"
            r"|\b(?:young and pretty|pretty (?:girl|girls|woman|wife|daughter|face|sister|lady|thing))\b"
            r"|\b(?:wife|daughter|sister|girlfriend|girl|mother|mum|mom|she) (?:is|looks|was) (?:very |so |really )?(?:pretty|beautiful|cute)\b",
        ),
        # Care wished with harm in it (小心回家路上出事, 出门小心有意外): the warning names the harm.
        (
            "小心 注意",
            r"(?:小心|注意)[^，。]{0,8}(?:出事|出意外|有意外|发生意外|出咩事|有咩事)",
        ),
        # "It's a small city": a place too small to hide in.
        (
            "small",
            r"\b(?:is|it's|its|a|such a) (?:very |really |pretty )?small (?:world|city|town|place|island)\b",
        ),
        # Menace worn as a well-wish, a meeting, a disappearance or a reach ("good health while it
        # lasts", "hope we never meet", "settle this the old way", "foreigners go
        # missing", "we have people in Taiwan too"): possible alone, as every veiled sign.
        (
            "last lasts meet way missing fire people friends guys men brothers",
            r"\bwhile (?:it|they|you) lasts?\b"
            r"|\b(?:hope|pray|better hope)\b.{0,10}\bwe (?:never|don ?t|do not) (?:meet|see each other)\b"
            r"|\bbefore we (?:have to |need to |must )?meet\b"
            r"|\b(?:settle|sort|handle|deal with|solve) (?:this|it|things|that)(?: out)? (?:the old way|our way|the hard way)\b"
            r"|\b(?:go|goes|went|going|gone) missing\b|\b(?:catch|catches|caught) fire\b"
            r"|\bwe (?:have|got|know) (?:people|friends|guys|men|brothers)\b"
            r" (?:everywhere|all over|in \w+ too|there too|near you|in your)\b",
        ),
        # Ways outside the law (法律以外的方式, "we don't do courts", "other ways to pay"), a fall
        # made likely (摔一跤可就起不来了, "a long way down"), something happening to someone,
        # a lesson to learn, keeping company as payment (还不起可以陪陪我们).
        (
            "以外 之外 不走法律",
            r"(?:法律|法院|司法)(?:以外|之外)的?(?:方式|办法|手段|途径)|不走法律",
        ),
        (
            "ways courts law",
            r"\bother ways? to (?:pay|settle|sort (?:this|it) out)\b|\bdon ?t do courts\b|\boutside (?:of )?the law\b",
        ),
        (
            "摔 long",
            r"摔(?:一跤|一下|倒|跤)[^，。]{0,6}(?:起不来|就麻烦|可不好|就惨)|\blong way down\b",
        ),
        (
            "something 什么事",
            r"\bsomething (?:to )?happen(?:s|ed)? to (?:you|your|him|her|them)\b|出(?:点|了)?什么事(?:可)?(?:别怪|不好说|就不好)",
        ),
        (
            "lesson remember",
            r"\blearn (?:a|your|his|her) lesson\b|\bhelp (?:you|me|him|her) remember\b",
        ),
        (
            "陪",
            r"(?:还不起|还不上|没钱还|冇钱还)[^。]{0,10}陪(?:陪)?(?:我们|我哋|哥几个|大哥|老板)",
        ),
        # Being photographed at home (taking pictures of my flat door, 拍我家门口).
        (
            "pictures photos photo 拍",
            r"\b(?:taking|took|take) (?:pictures|photos|a photo|a picture) of (?:my|our) (?:flat|door|house|home|car|kids|shop|building)\b"
            r"|拍(?:了|咗)?(?:我|我们)?(?:家|屋企)(?:的)?(?:门|门口|门牌|楼下)",
        ),
        # Wishing health or safety as a warning (祝我身体健康 叫我好好保重, "dad should think about
        # his health"), a body or a life as payment (用命还), hiding that won't last (看她能躲多久).
        (
            "保重 健康 安全 health safety happen",
            r"(?:祝|叫|让|要|劝|提醒)(?:我|佢|他|她|我哋|佢哋|我屋企人|我家人|我爸|我妈)[^，。]{0,4}(?:身体健康|保重|注意安全)"
            r"|\b(?:think about|mind|watch|worry about|look after) (?:his|her|your|their|my) (?:health|safety)\b"
            r"|\b(?:lots of|many|all kinds of|anything|any thing|things) (?:things )?(?:can|could|might|may) happen\b",
        ),
        (
            "躲 避 用命 拿命 用身体 拿身体 用身子 拿身子 用肉 拿肉 用什么还 拿什么还 用啥还 拿啥还 用乜还 拿乜还 躲多久 躲到几时 躲得几耐 躲一辈子",
            r"(?:用|拿)(?:命|身体|身子|肉)(?:来)?(?:还|偿|抵)|(?:用|拿)(?:什么|啥|乜)还(?:就)?(?:不一定|难说|说不准|唔一定)"
            r"|(?:看|睇)(?:你|她|他|佢|你老婆|你老公)(?:能|可以|仲可以)?躲(?:多久|到几时|得几耐|一辈子)"
            r"|(?:以为|估|睇下)[^，。]{0,10}(?:躲|避)(?:得)?(?:几耐|多久|几时|到几时|一辈子)",
        ),
        (
            "好看 漂亮 靓 后生 正点",
            r"(?:老婆|女朋友|女儿|太太|妹妹|个女|女仔).{0,6}(?:好看|漂亮|靓|后生|正点)",
        ),
        # A "gift", a "surprise" or a "free service" offered by the collectors (催收说要给我一个难忘的
        # 毕业季, 话要送份大礼俾我屋企, 要请他去仓库喝茶, 给我安排个VIP上门服务, "offered me a free ride to
        # meet his boss"): irony that carries a threat.
        (
            "惊喜 难忘 大礼 礼物 好礼 锦旗 花圈 喝茶 服务 手术 免费 vip 专车 surprise gift present special free ride",
            r"(?:催收|收数|讨债|要债|他们|对方|那边|佢哋|钱庄|大哥)[^，。]{0,4}(?:说|讲|话|扬言|放话)[^，。]{0,6}"
            r"(?:给|送|俾|畀|请|安排|提供|带)[^，。]{0,12}(?:惊喜|难忘|大礼|礼物|好礼|锦旗|花圈|喝茶|服务|手术|免费|vip|专车)"
            r"|\b(?:said|say|says|told me|promised|promising|offered|offers|offering)\b.{0,25}"
            r"\b(?:a )?(?:little |free |special )?(?:surprise|gift|present|something special|ride|trip|visit|treatment)\b"
            r".{0,20}\b(?:for (?:you|me|my|your|the family|the kids)|at (?:my|your|the)|waiting|to meet|to see)\b",
        ),
        # Remarks on how well a home is secured, knowing its door code, or advice not to go out
        # (你那个铁门不太牢喔, "we already know the code to your building", "you'd better not leave
        # the flat this week").
        (
            "牢 结实 密码 code better shouldn should",
            r"(?:门|锁|窗|铁门|卷闸)[^，。]{0,3}(?:不太|不够|不)(?:牢|结实|经得起)"
            r"|(?:知道|有)(?:你|你家|你们)?(?:家|屋企|楼|小区)?的?(?:门禁|门锁|大门)?密码"
            r"|\bknow (?:the|your) (?:door |gate |building )?code\b"
            r"|\b(?:better not|shouldn ?t|should not) (?:leave|go out|go outside|step out)\b",
        ),
        # A condition and then coming for "you" (你们谁再打一个我就到成都找你们): a threat, whoever says it.
        (
            "找你 收拾你 弄你 搞你 砍你 打你 堵你",
            r"(?:再|敢)[^，。]{0,10}我就[^，。]{0,8}(?:找|收拾|弄|搞|砍|打|堵)(?:你|你们|你哋|你屋企|你家)",
        ),
        # Coming "in person" to "handle" it (说要亲自来处理, "talk to you in person").
        (
            "亲自 person personally",
            r"亲自(?:来|上门|过来)(?:处理|解决|拜访|招呼|关照)"
            r"|\b(?:talk to|see|visit|meet|say hello to|deal with) (?:you|your \w+)(?: \w+)? (?:in person|personally)\b",
        ),
        # One's papers held by the lender ("he take my ARC card", "they kept my passport"): coercion,
        # the line at least.
        (
            "take took taken keep kept keeping hold held holding have",
            r"\b(?:they|he|she|man|men|guys|collectors?|lenders?)\b (?:took|take|have taken|kept|keep|are keeping|still have|held|hold) (?:my|our|his|her) (?:arc|passport|id|ic|documents|papers|work permit)\b",
        ),
        # The place is small, they are bound to meet (西安就这么大 总会碰上的, "it's a small town").
        (
            "总会 迟早 早晚 总有一天 small little",
            r"(?:就这么大|就咁大|咁细|这么小|就这么小|这么大点)[^。]{0,8}(?:总会|迟早|早晚|总有一天)(?:会)?(?:碰上|碰到|遇到|见到|撞到|找到|遇上)"
            r"|\b(?:small|little) (?:town|city|world|place)\b.{0,25}\b(?:run into|bump into|find you|see you|meet)\b",
        ),
        ("知", r"知道?.{0,6}(?:住(?:边|哪|在)|学校|上学|放学|在哪|地址|上班|屋企|返工|几点返)"),
        ("know", r"\bknow (?:where|which)\b"),
    ),
}
