"""Question wording: the words that say what a question asks (general usage unless stated).

Each :class:`~qa.lexicon.Table` is matched as a regular expression alternation by the reader.
"""

from __future__ import annotations

from qa.lexicon import Table, words

GENERAL = "general usage: ordinary Chinese question wording"

# --- the speaker's own unit ---------------------------------------------------------------------
# "我是卫健委的", "我们单位是水务局", "我在交通局工作": staff saying which unit they work for, before asking
# about "我们" (general usage in workplace chat).
SELF_INTRO_OPENERS = Table(
    "introducing oneself as from a unit",
    GENERAL,
    words(
        "我是 我们是 我在 我们在 我来自 我们来自 我们单位是 我单位是 我的单位是 我这边是 我们这边是 本人是 本人在 咱是"
        " 我们局是 我局是 咱们局是 咱局是 我们委是 我们部门是 我部门是"
        " 我负责 我们负责 我分管 我管"  # a line of work ("我负责住建口")
    ),
)
SELF_INTRO_TAILS = Table(
    "after the unit in a self-introduction",
    GENERAL,
    words(
        "的 的人 的工作人员 的同志 的干部 的员工 的职工 工作 上班 任职 的小王 的小李 的小张 这边 那边"
        " 口 这块 那块 这一块 口的"  # a line of work ("住建口", "发改这块")
    ),
)
# "我们牵头哪些", "咱局配合几项": the speaker's unit (general usage), only before what a unit does on the notice:
# "我们县城" or "我们海东" are places, and "我们这边在梳理" or "我们要对照着分解" say what the asker is doing.
SELF_UNIT_WORDS = Table(
    "the speaker's own unit",
    GENERAL,
    words("我们单位 我们局 我们委 我们部门 我们这边 我单位 本单位 我局 我委 咱们单位 咱们局 咱单位 咱局 我们 咱们 咱"),
)
# "我们县", "本县": the speaker's county, after "化隆县的，…" or "民和县政府办的，…" (general usage).
SELF_COUNTY_WORDS = Table("the speaker's own county", GENERAL, words("我们县 咱们县 我县 咱县 本县 我们县里 咱县里"))
SELF_UNIT_VERBS = Table(
    "what a unit does, after a bare 我们",
    GENERAL,
    words(
        "牵头 配合 参与 负责 当 作为 涉及 出现 的任务 的工作 的事 有几 有哪 有啥 有什么 一共 总共 还 都"
        " 是牵头 是配合 是责任 在哪 在第几 在几 要当 要牵头 要配合 要负责 需要"
        " 单独 独自 独立 一家"  # alone in a role ("我们县单独牵头的")
        " 要干 要做 该干 该做 干啥 干什么 做什么 做啥"  # "我们县要干啥": what the unit is to do
        " 自己牵头 自己负责 自己配合 自己单独 自己独自 自己一家 自个牵头 自个单独"  # "我们县自己牵头的"
    ),
)

# --- a unit checked against a topic ----------------------------------------------------------
# "教育局参不参与养老托育", "住建局牵不牵头污水": a verb asked as "A不A" is a yes-or-no question about it (general
# usage); the reader reads it as "是否参与".
A_NOT_A_VERBS = Table("verbs asked as A-not-A", GENERAL, words("参与 参加 牵头 负责 配合 涉及 管"))
# "工信局参与老旧小区改造吗", "发改委是不是污水处理的牵头单位": what is left of such a question once the unit and these
# words are taken out is the topic whose task is checked (general usage).
UNIT_CHECK_FRAMING = Table(
    "the wording around a unit checked against a topic",
    GENERAL,
    words(
        "请问 问一下 是不是 是否 有没有 有份 参与 参加 负责 牵头 配合 涉及 协助 责任单位 牵头单位 配合单位 单位 部门"
        " 的 吗 么 呢 没有 没 了 不 在 里面 里头 当中 之中 里 中 吧 啊 呀 也 还 都 有 是 管 任务 工作 这块 那块 方面"
        " 那么 那"
    ),
)

# --- a figure asked with nothing that picks its task ------------------------------------------
# "覆盖率该是多少", "2025年该达到多少": once these words are set aside, what is left may name a figure several tasks
# set; which one is meant is then asked back (general usage of asking for a figure).
FIGURE_QUESTION_FRAMING = Table(
    "the wording around a figure asked for",
    GENERAL,
    words(
        "要求 达到 多少 目标 指标 数字 具体 应该 必须 规定 要 是 到 了 的 有 几 一共 总共 达 实现 多大 定 定的 提出"
        " 写 写的 呢 吗 啊 完成 请问 问 一下 年 通知 里 里面 文件"
    ),
)

# --- small talk -------------------------------------------------------------------------------
# Where a speaker may say they work ("我是乐都区农业局的", "我在平安区商务局工作"): the last word of a body's name.
WORKPLACE_NOUNS = Table(
    "workplace nouns",
    GENERAL,
    words("局 委 办 科 科室 股 中心 站 所 队 公司 单位 部门 政府 街道 镇 乡 院 校 馆"),
)
GREETINGS = Table(
    "greetings",
    GENERAL,
    (
        *words(
            "你好 您好 你们好 大家好 哈喽 嗨 早上好 上午好 中午好 下午好 晚上好 早安 晚安 早 早啊 在吗 在不在"
            " hello hi hey"
            # season's greetings and everyday openers
            " 节日快乐 新年好 新年快乐 过年好 春节快乐 元旦快乐 中秋快乐 国庆快乐 周末愉快 吃了吗 吃饭了吗 吃了没"
            # a first visit said as a greeting
            " 第一次用 头一次用 头一回用 刚开始用 第一次来 刚来用"
            # saying one greets, and asking whether the assistant is still there
            " 打招呼 打个招呼 还在线 在线吗 在线不 还在吗 还在不 还在没"
            # greeting a person by a title of respect ("老师好", "领导好")
            " 老师好 领导好 各位好 师傅好 同志好"
            # Qinghai dialect: "阿么了" is "how are you", "尕娃" a friendly "kid" (general usage in Qinghai)
            " 阿么了 阿么个 尕娃"
        ),
        # greetings typed in English, some of several words
        *("good morning", "good afternoon", "good evening", "morning", "hello there", "hi there", "anyone there"),
        *("anybody there", "how are you", "nice to meet you", "greetings"),
        *("how are you doing", "how's it going", "how is it going", "what's up"),
    ),
)
THANKS = Table(
    "thanks",
    GENERAL,
    words(
        "谢谢 谢啦 谢了 谢谢了 多谢了 多谢 感谢 辛苦了 辛苦 太好了 好的 好滴 好嘞 好哒 好吧 行吧 哦哦 明白了 明白"
        " 知道了 懂了 收到 了解了 ok okay thanks thank you"
        " thanks a lot thank you very much many thanks thanks so much got it i see"
        " 再见 拜拜 bye 嗯嗯 行 好用 挺好用 挺好 不错"
        # a bare acknowledgement ("嗯", "哦", "好"): nothing asked
        " 嗯 哦 噢 喔 嗯呢 哦哦 噢噢"
        " 麻烦你 麻烦您 麻烦了 打扰了 劳驾 辛苦你 辛苦您 有劳 费心了"
        # letting a question go ("没有就算了"): nothing asked
        " 算了 那算了 没有就算了 没有就算 没事 没关系 不要紧"
    ),
)
ABOUT_YOU = Table(
    "about the assistant",
    GENERAL,
    words(
        "你是谁 你叫什么 你是什么 机器人吗 你是人吗 能做什么 会做什么"
        " 你会什么 你能干 你能帮我什么 能帮我做什么"
        " 做些什么 问你什么 你有什么用 有什么功能 怎么用 怎么使用 如何使用"
        " 使用说明 帮助 help 能问什么 可以问什么 我该问什么 问什么好"
        " 能干嘛 会干嘛 干嘛的 能干啥 会干啥 干啥的 干点啥 做点啥 能做啥 会做啥 有啥用 会些啥 会些什么 都会啥 会点啥"
        " 帮我干啥 帮我干什么 帮我做啥 能帮啥 帮啥忙 帮什么忙"
        " 查点东西 查东西 查个东西 查点事 问点事 问个事 问点东西 问个问题 帮个忙"
        " 机器人 真人 人工客服 人工 ai 人工智能 自动回复 谁做的 谁开发的"
        " 智能助手 人工在回复 能解答哪些 能帮忙解答 都能解答 能回答哪些 能回答什么 能解答什么 哪些方面的问题"
        " 哪方面的问题 能回答哪"
        " 手滑 发错了 不用管 没事了 打错了"
        # asking the assistant about itself or for help in general ("介绍一下你自己", "帮帮我")
        " 介绍一下你自己 介绍下你自己 自我介绍 干什么的 你知道什么 你都知道 你懂什么 能问哪些 可以问哪些"
        " 问你问题 问你个问题 问个问题 帮帮我 帮帮忙 求助 几岁 多大了 你累 累不累 你开心 开不开心 你高兴 你忙吗 忙不忙"
        # asking about the assistant itself ("你是谁开发的", "你懂这个文件吗", "你真聪明")
        " 谁开发 开发的 你懂 你看过 你读过 你了解 你熟悉 懂不懂 怎么问 能回答什么 会回答什么 回答什么问题"
        " 怎么用你 系统怎么用 聪明 真聪明"
        " 能帮我查 能查哪些 能查什么 可以查什么 能查啥 查哪些东西 这个助手 这助手"
        # which document it serves, its languages, what it looks up ("介绍下自己", "懂英语吗")
        " 介绍下自己 介绍一下自己 你是哪个 会说英文 会说英语 懂英文 懂英语 会英文 会英语 说英文 说英语"
        " 查些什么 查些啥 能查些"
        # which model answers ("背后是哪个模型", "你是GPT吗"): users of chat assistants ask it (general usage)
        " 什么模型 啥模型 哪个模型 用的模型 大模型 语言模型 chatgpt gpt deepseek 文心一言 通义千问 豆包 kimi"
    ),
)
# What a question addressed to the assistant is about when it is about the assistant ("你们这个系统谁在维护", "你能
# 记住之前聊的吗", "你是哪个单位开发的"): software and conversation, not a notice's topics (general usage).
ASSISTANT_WORDS = Table(
    "the assistant as software",
    GENERAL,
    words(
        "系统 助手 机器人 维护 开发 研发 训练 更新 升级 版本 数据 资料 模型 回答 答案 记住 记得 忘了 聊 聊天 聊过"
        " 说话 反应 速度 功能 界面 网页 页面 手机 电脑 上线 收费 免费 保密 隐私 记录 历史 公司 厂家 团队 厂商"
        " 经常 平时 一般 每次 总是 老是"  # how often it does so
    ),
)
# The assistant said as the subject of a message ("你…", "您…", "你们这个系统…"), general usage.
ASSISTANT_SUBJECTS = Table(
    "the assistant as the subject", GENERAL, words("你们这个系统 你们这系统 这个系统 这个助手 你们 你 您")
)
# Acknowledgements that are chat only as the whole message ("好", "可以"); inside a message they may be part of a
# question ("哪里吃饭好"), so they are not chat words.
WHOLE_MESSAGE_ACKS = Table(
    "acknowledgements as a whole message",
    GENERAL,
    words("好 行 对 是 好吧 可以 是的 对的 没错 好啊 行啊 对啊 嗯好 哦好 了解 喂 喂喂"),
)
# Complaints about the last answer or the service: a short apology and how to do better.
COMPLAINTS = Table(
    "complaints",
    GENERAL,
    words(
        "不对 答错 答得不对 回答错误 错了 说错 不准 不准确 答非所问 不是我问的 没回答"
        " 太慢 这么慢 好慢 真慢 有点慢 慢死了 卡死了 好卡 老卡 太卡 很卡 真卡 有点卡 卡顿 老是卡"
        " 啥都不知道 什么都不知道 都不知道 一问三不知 没用 没啥用 没什么用 不好用 不靠谱"
        " 太差 真差 差劲 垃圾 胡说 瞎说 乱说 看不懂 听不懂 不明白你说"
        " 等半天 等了半天 半天了 没反应 反应慢 卡住了 出错了 报错 瞎答 乱答 答错了 答得不好 不太对 不好使 不咋样"
        # not following the last answer ("什么意思", "你说啥")
        " 什么意思 啥意思 你说什么 你说啥"
        # asking it to do better, or that it keeps saying it does not know
        " 能不能靠谱 靠谱点 靠点谱 老说不知道 总说不知道 老是说不知道 说不知道"
        # an answer that misses the point, said in idioms; anger at it
        " 驴唇不对马嘴 牛头不对马嘴 文不对题 气死我了 气死了 无语"
        # an answer's style ("有点啰嗦", "下回简短点")
        " 啰嗦 太啰嗦 有点啰嗦 简短点 简短一点 简洁点 简洁一点 太长了"
    ),
)
LAUGHTER = Table("laughter", GENERAL, words("哈哈 呵呵 嘿嘿 嘻嘻 哈 hhh 233 笑死 😂 😄 👍 👌 🙏 😊 🤝 👏 💪 🌹"))
# Ending the session ("先这样", "明天再问"): a short goodbye.
GOODBYES = Table(
    "ending the session",
    GENERAL,
    (
        *words(
            "再见 拜拜 拜 回见 再会 88 先这样 就这样吧 先到这 先到这里 就到这 问到这 不聊了 不问了"
            " 回头再问 明天再问 改天再问 下次再问 有空再问 下班了 下班 走了 撤了 溜了 先走了 晚安"
            " 下次见 回头见 明天见 改天见 再聊 没问题了 没有问题了 没其他问题了 就这些"
            " 没别的了 没别的事了 没别的问题了 没啥事了 没啥问题了"
            " 明天再来 改天再来 回头再来 下次再来 有空再来 明天再来问 改天再来问 回头再来问 下次再来问 有空再来问"
            " bye goodbye"
        ),
        # in English, some of several words
        *("see you", "see you later", "bye for now", "ok bye", "talk later", "that's all"),
    ),
)
# Trying the assistant out ("测试", "能用吗"): a greeting that says what it does.
TESTING = Table(
    "testing the assistant",
    GENERAL,
    words("测试 测一下 试试 试一下 试一试 能用吗 能用了吗 能不能用 好使吗 好不好使 灵不灵 有人吗 通了吗 能回答吗 说话"),
)
# Remarks on one's own working day ("加班", "累死了", "喝口水", "刚走开了"): chat that asks nothing (general usage).
WORKDAY_REMARKS = Table(
    "remarks on one's working day",
    GENERAL,
    words(
        "累 累死了 好累 太累 累了 加班 又加班 熬夜 半夜 上班 忙死了 好忙 太忙 困 困死了 头疼"
        " 喝口水 喝杯茶 歇会 歇一会 休息一下 休息会 走开 走开了 离开一下 刚回来 回来了 等会儿 稍等 等一下"
        " 接着问 一会儿再问 讲个笑话 笑话 无聊 吃午饭 不好意思 抱歉"
        " 头都大了 头大 忙不过来 压力大 忙一整天 忙一天 烦死了 好烦 真烦 烦人 心累 又催 催命"
        # owning up to one's own slip ("我看错了"): nothing asked
        " 看错了 看错 看岔了 看串了 搞错了 弄错了 我的错 看错条 看错项 看错行 看串行 看错地方"
        # telling the assistant there is no hurry
        " 不着急 不急 慢慢来 你先忙 您先忙"
    ),
)
# How a remark on the speaker's own work opens ("我在准备…", "明天开会…", "领导让我…"), general usage.
CONTEXT_OPENERS = Table(
    "opening a remark on one's own work",
    GENERAL,
    words(
        "我 我们 咱 咱们 领导 明天 后天 下周 这周 本周 今天 下午 上午 晚上 周一 周二 周三 周四 周五 周末 会上"
        " 县里 局里 单位里 科里 最近 马上 回头 先 在 正在 还在 又在 今晚 这两天 这几天 又要 又得 还得"
    ),
)
# The words of office work on a document ("材料", "汇报", "台账"): what such a remark is about, no topic of a
# notice (general usage).
OFFICE_WORK_WORDS = Table(
    "office work on a document",
    GENERAL,
    words(
        "材料 会议 开会 汇报 台账 分工 方案 文件 原文 任务 落实 情况 领导 专题会 调度会 推进会 会 报告 总结 整理"
        " 准备 梳理 核对 对一下 过一遍 逐条 汇总 汇总表 表 研究 学习 熟悉 部署 安排 工作 城镇 城镇化 县城 建设 推进"
        " 督查 督办 考核 季度 月度 年度 半年 全市 全县 全区 全局"
    ),
)
# The meeting or paper a remark on one's work is about ("周五的专题会", "汇总表"), general usage: such a remark names
# one of them.
MEETINGS_AND_PAPERS = Table(
    "meetings and papers of office work",
    GENERAL,
    words(
        "材料 会议 开会 汇报 台账 专题会 调度会 推进会 协调会 例会 报告 总结 汇总表 报表 讲话稿 发言稿 方案 文件 原文"
        " 督查表 考核表 统计表 清单 表格 简报 通报 任务台账 任务清单 任务表 分工表 责任清单"
    ),
)
# Praise and internet slang ("牛", "厉害", "给力"): thanks.
PRAISE = Table(
    "praise and internet slang",
    GENERAL,
    words(
        "牛 牛逼 牛批 nb 厉害 厉害了 真棒 很棒 太棒了 赞 点赞 给力 优秀 yyds 靠谱 帮大忙 帮了大忙 有用"
        " 好厉害 不错哦 可以的 妙啊 绝了 答得好 回答得好 说得好 有帮助 很有帮助"
        " 挺快 真快 好快 回复挺快 回得快 反应快 速度快 秒回 反应挺快 挺快的"
    ),
)
# Reacting to a long answer on its own ("这么多", "数不过来"): nothing asked; the count or a narrower list comes in a
# question of its own (general usage).
LONG_ANSWER_REMARKS = Table(
    "reacting to a long answer",
    GENERAL,
    words("这么多 那么多 好多 太多 真多 数不过来 数不清 记不住 记不过来 看不过来"),
)
# Remarks on an answer's size ("感觉不少", "好长"): said after a question, they ask nothing (general usage).
SIZE_REMARKS = Table("remarks on an answer's size", GENERAL, words("不少 很多 挺多 好多 太多 真多 好长 很长 太长 挺长"))
# Saying the answer matches what one has ("对上了"): chat that asks nothing (general usage). "一样" alone is left
# out: "两个一样吗" asks about the tasks shown; it is chat only said of the speaker's own figures (qa/smalltalk.py).
AGREEMENT = Table("saying the answer matches one's own", GENERAL, words("对得上 对上了 对上号了 吻合 没出入"))
# What the assistant is called ("叫啥", "怎么称呼"): it answers with what it does.
NAME_WORDS = Table("the assistant's name", GENERAL, words("名字 叫啥 叫什么 怎么称呼 称呼 大名"))
# Particles and fillers that may surround small talk ("你好呀", "谢谢啦").
FILLERS = Table(
    "fillers",
    GENERAL,
    words(
        "呀 啊 呢 吧 哦 噢 嘛 啦 了 哈 嗯 喔 请问 那 你 您 我"
        " 一下 非常 十分 很 真 的 帮 小助手 助手 机器人 可以 能 问题"
        " 些 挺 哈哈 嘿嘿"
        # "住建局这回摊上几个牵头的": being assigned work, said colloquially (general usage)
        " 这回 这次 摊上 摊到 轮到 分到 落到 头上"
    ),
)
# Words that surround small talk but would hide a real question's content elsewhere ("你是机器人吗",
# "你咋啥也不知道"): stripped only when telling whether a message is small talk and nothing else.
SMALLTALK_FILLERS = Table(
    "small-talk fillers",
    GENERAL,
    words(
        "吗 是 都 又 还 怎么 这么 点 个 得 不 一直 老是 总是 也 太 真的 确实 有点 好像 到底 咋"
        " 回 回答 答得 说得 说的 这个 为什么 为啥 一般 主要 平时 通常 大概"
        # the notice or the assistant named as such, in a question about the assistant ("你看过这个通知吗")
        " 这个文件 这份文件 这个通知 这份通知 这个方案 这份方案 这个系统 这套系统 文件 通知 方案 系统 问题 你"
    ),
)
# What makes a message a question about the notice even among chat words: a task, section or place, a role,
# a count or "which" (a digit counts too: the small-talk check's pattern).
QUESTION_MARKERS = Table(
    "a question about the notice", GENERAL, words("第 项 条 部分 牵头 责任 配合 参与 负责 任务 单位 部门 哪 几 多少 谁")
)
# Asking for help with something ("怎么办", "能不能"): a question, however chatty.
HELP_ASKS = Table("asking for help", GENERAL, words("怎么办 咋办 咋整 怎么弄 怎么解决 能不能 可不可以 有没有"))
# Words around chat that name nothing of a notice ("这玩意儿", "刚才那个", "帮大忙"): stripped, with the
# fillers above, before telling whether anything the notice is about is left (qa/smalltalk.py).
CHAT_FILLERS = Table(
    "chat fillers",
    GENERAL,
    words(
        "这玩意儿 这玩意 玩意儿 东西 刚才 刚刚 那个 这个 先 再 就 等 大 忙 啥 什么 对 ok 好 嗯 哎 唉 诶 emmm"
        " 今天 你们这系统 这个系统 这系统 系统"  # the assistant itself ("你们这系统老卡"), no topic
        " 领导 我们领导 又让 又要"  # who set one's work ("领导又让加班"), no topic
        " 咱们 咱"  # "咱们的文件": the speaker's side, no topic
    ),
)

# --- what is asked ----------------------------------------------------------------------------
COUNT_WORDS = Table(
    "count words",
    GENERAL,
    words(
        "几项 多少项 几个 多少个 几条 多少条 几次 多少次 几处 几家 多少家"
        " 几部分 几大部分 几大块 几块 数量 总数 个数 项数 条数"
    ),
)
TOTAL_WORDS = Table("total words", GENERAL, words("一共 总共 统共 共计 总计 合计 共有 一共有 总共有 全部 所有 全文"))
MOST_WORDS = Table("most", GENERAL, words("最多 最多的 最大 最广 最全 最常 最频繁 排第一 第一多 最忙"))
FEWEST_WORDS = Table("fewest", GENERAL, words("最少 最少的 最小 最窄"))
BOTH_WORDS = Table(
    "both / in common",
    GENERAL,
    words(
        "既有 又有 同时有 都参与 都有 都涉及 都负责 都牵头 共同参与"
        " 共同 一起 同时 都出现 都是 都在 交集 重合 重叠 共有的 相同的 一块儿 一块 一同 也在 也参与"
    ),
)
SAME_WORDS = Table("the same (what tasks share)", GENERAL, words("重复 一样 相同 一致 重叠 重合 交叉 共有 共同的"))
UNION_WORDS = Table(
    "either of two units (a union)",
    GENERAL,
    words("合起来 加起来 合在一起 加在一起 合并 或者 或是 任一 任何一个 其中之一"),
)
BUT_NOT_WORDS = Table(
    "but not",
    GENERAL,
    words(
        "没参与 没有参与 不参与 但不 但没有 但没 但是不 却不 却没有 而不 不牵头 没牵头 没有牵头 未牵头 但不是 而没有"
        " 以外 除了"
    ),
)
LIST_WORDS = Table(
    "list words",
    GENERAL,
    words(
        "哪些 哪几项 哪几个 哪几条 有什么 包括 包含 包括哪些 清单 列出"
        " 列一下 列举 都有啥 有啥 是什么 讲了什么 讲的什么 讲什么 说了什么"
        " 主要内容 内容"
    ),
)
WHICH_UNIT_WORDS = Table(
    "which unit",
    GENERAL,
    words(
        "哪个局 哪个单位 哪个部门 哪家单位 哪家 哪些单位 哪些部门 哪个机构 谁 哪个市直部门 哪个市直单位 哪个市级部门"
    ),
)
# "除了发改委", "不算各县政府", "刨去最后四条": what a question leaves out (one table for every reader rule).
EXCLUDE_WORDS = Table(
    "leaving out",
    GENERAL,
    words("除了 除去 除开 不算 不计 不含 不包括 排除 去掉 刨去 刨除 扣掉"),
)
# "各县政府", "县政府", "县级政府": the county governments as a group, in the words people use for them.
# "各县政府不算", "（县政府除外）": leaving out, said after what is left out.
EXCLUDED_AFTER_WORDS = Table("leaving out, said after", GENERAL, words("不算 不计 除外 不包括 不含 排除在外"))
COUNTY_GOVERNMENT_WORDS = Table(
    "county governments",
    GENERAL,
    words("各县人民政府 各县政府 各县 县人民政府 县政府 县级政府 县级人民政府"),
)
DEPARTMENT_WORDS = Table(
    "department words (city departments, not county governments)",
    GENERAL,
    words("局 部门 委 委员会 厅 办"),
)

# --- roles --------------------------------------------------------------------------------------
LEAD_WORDS = Table("lead role", GENERAL, words("牵头 主抓 主管 统筹 领头 带头 主责"))
RESPONSIBLE_WORDS = Table(
    "responsible role",
    GENERAL,
    words("责任单位 责任部门 配合 协助 协同 配合单位"),
)
ANY_ROLE_WORDS = Table(
    "any role",
    GENERAL,
    words("参与 涉及 出现 负责 参加 有份 相关 提到 提及 管 掺和 都算 都包括 都计 不管是 无论是"),
)

# A unit's role closing a question with 的, the task noun left unsaid ("民政局配合的").
ROLE_BEFORE_DE = Table("a role before a closing 的", GENERAL, words("牵头 配合 参与 负责 涉及 有份 协助 责任"))
# "只当责任单位、从来没牵过头": never (a gap may follow, so 没有 is read as 没).
NEVER_WORDS = Table("never", GENERAL, words("没 不 从未 从没 从来没有 从来没 从来不 未"))
# "发改委完全没参与的": not involved at all, read as intensifier, negation, involvement.
INTENSIFIERS = Table("at all", GENERAL, words("完全 根本 压根 都"))
NOT_WORDS = Table("not", GENERAL, words("没 没有 不 未 从没 从未"))
INVOLVED_WORDS = Table("involved", GENERAL, words("参与 涉及 参加 出现 份 沾边 挨边 相关"))
# "只有各县人民政府牵头的", "光是各县政府牵头": the unit is the only lead.
ONLY_LEAD_WORDS = Table(
    "the only one", GENERAL, words("只有 只由 只是 光是 光由 仅由 仅有 单独 独自 独立 一家 只写了 只列了 只写 只列")
)
# "哪条不是各县人民政府牵头": not among the leads.
NOT_LED_WORDS = Table("not by", GENERAL, words("不是 不由 不归 并非 非"))
# "…但卫健委不是", "…水务局没参与": the second unit left out, after an optional adverb of contrast.
CONTRAST_ADVERBS = Table("adverbs of contrast", GENERAL, words("却 就 则 也"))
NOT_THIS_ONE_WORDS = Table(
    "the second unit is not in it",
    GENERAL,
    words(
        "不是 不当 没当 没有当 不在 没在 不参与 没参与 没有参与 不牵头 没牵头"
        " 没参加 不参加 没有参加 不沾边 没沾边 没出现 不出现"
    ),
)
# "合起来", "去个重", "不重复的": the units of several tasks, each named once.
POOLED_WORDS = Table(
    "pooled, each once",
    GENERAL,
    words(
        "合起来 加起来 加在一起 合在一起 汇总 去重 去个重 去掉重复 去掉重复的 不重复 不重复的 重复的不算 一共 总共 统共"
        " 加一块 合一块 加一起 算一起 放一起"
    ),
)
# "…发改委不在里面", "…住建局没参加": the second unit is on neither line, whatever role the first plays.
NOWHERE_WORDS = Table(
    "left out of every role",
    GENERAL,
    words(
        "不在里面 不在其中 没在里面 不沾边 没沾边 没份 没有份 没参与 不参与 没有参与 没参加 不参加 没有参加"
        " 没出现 不出现"
    ),
)
# "比第1条多几个", "差几条", "哪个多 多几条": how far apart two counts are (a difference, not a list).
BY_HOW_MANY_WORDS = Table(
    "by how many (two counts apart)",
    GENERAL,
    words(
        "多几个 少几个 多几条 少几条 多几项 少几项 多几家 少几家 差几个 差几条 差几项 差几家 相差几 相差多少 差多少"
        " 多多少 少多少 多出几 多了几 少了几 差了几 多出多少"
    ),
)
# "后一项比前一项多了哪些单位", "9比7多出来的": what one side has that the other lacks.
MORE_OF_WHAT_WORDS = Table(
    "what one side has over the other", GENERAL, words("多了哪 多出哪 多出来的 多出来哪 多哪 多了谁 多出了 少了哪 少哪")
)
# "哪条多", "哪个更多", "谁的少": which of the things compared (tasks or units).
WHICH_ONE_WORDS = Table(
    "which one (of things compared)", GENERAL, words("谁 谁的 哪个 哪家 哪一个 哪条 哪项 哪一条 哪一项 哪边")
)
# "A和B谁…多", "哪个参与的任务更多": which of two units.
WHICH_OF_TWO = Table("which of two", GENERAL, words("谁 哪个 哪家 哪一个"))
# "它的责任单位", "这个谁牵头": asking for the units of a task (not a unit in a role).
TASK_UNITS_ASKED = Table(
    "asking for a task's units",
    GENERAL,
    words("的牵头单位 的责任单位 的配合单位 的参与单位 谁牵头 谁负责 谁来 由谁 哪些单位 几个单位 多少个单位"),
)
# After a unit: asking for its tasks rather than for the units of the task shown.
UNIT_TASKS_ASKED = Table("asking for a unit's tasks", GENERAL, words("任务 哪些 哪几 参与 牵头 负责 别的 其他 其它"))

# --- structural filters -------------------------------------------------------------------------
NO_LEAD_WORDS = Table(
    "no lead unit",
    GENERAL,
    words(
        "没有写牵头 没写牵头 没有牵头单位 没牵头单位 无牵头单位 未列牵头"
        " 未列明牵头 没有列牵头 没有列出牵头 不写牵头 牵头单位空 没有分工 没配牵头 没有配牵头 没安排牵头 没明确牵头"
        " 没有明确分工 没明确分工 未明确分工 没有具体分工"
        # no unit at all named ("没单位的那几条"): the tasks with no lead line have none (general usage)
        " 没单位的 没有单位的 无单位的 没列单位 没有列单位 没写单位 没有写单位 不带单位"
    ),
)
TARGET_WORDS = Table(
    "quantified targets",
    GENERAL,
    words(
        "量化指标 量化目标 数字指标 数量指标 具体指标 硬指标 定量指标 数字目标 有数字 带数字 百分比 百分号 量化"
        " 具体数字 写了数字 具体数据 数字要求"
    ),
)
UNIT_NOUNS = Table("unit nouns", GENERAL, words("单位 部门 机构"))
SECTION_NOUNS = Table("section nouns", GENERAL, words("部分 板块 大块 章节"))
SECTION_WORDS = Table("section nouns, with 大项", GENERAL, SECTION_NOUNS.entries + words("大项"))
# "第三部分", "最后一章", "第二大项": the nouns after a section's number or 最后 (the intent reader and the
# query reader read the same ones); a section referred to by number also as 大块 or 大部分.
SECTION_ORDINAL_NOUNS = Table("nouns after a section's number", GENERAL, words("部分 章 节 板块 大项 方面 块"))
# The part of such a plan on how it is carried out ("保障措施", "组织保障"): plans of the genre close with it, under
# titles such as 实施保障, 保障措施 or 组织保障 (general usage of the genre); read as the part titled so.
SAFEGUARD_PART_WORDS = Table(
    "the safeguards part", GENERAL, words("保障措施 组织保障 工作保障 实施保障 保障部分 保障那部分 保障那块 保障机制")
)
SECTION_REF_NOUNS = Table(
    "nouns after a section's number (query reader)", GENERAL, SECTION_ORDINAL_NOUNS.entries + words("大块 大部分")
)
# "第一、三部分", "一到三章": the nouns after a list or range of section numbers.
SECTION_LIST_NOUNS = Table("nouns after listed section numbers", GENERAL, words("部分 板块 大块 章 大项"))
# "提到拉面的是哪几项": asking which tasks (with a mention verb or a percentage).
WHICH_TASKS_WORDS = Table(
    "asking which tasks",
    GENERAL,
    words("哪些 哪几 哪项 哪一项 哪条 哪一条 哪个任务 哪一个任务 的任务 任务有 条目 几项 几条 多少项 多少条 在哪 是哪"),
)
# "没有写责任单位", "未列明配合单位": the verbs of listing a unit.
LISTING_VERBS = Table(
    "listing a unit", GENERAL, words("写 列 列出 列明 配 配备 安排 明确 设 定 指定 标 标明 注明 写明")
)
# City departments as a kind ("哪个局", "部门里"), not the county governments.
CITY_DEPARTMENT_NOUNS = Table("city department nouns", GENERAL, words("局 部门 委"))
# Fillers around asking for the names of tasks already pointed at ("麻烦把这几项列一下").
LIST_SHOWN_FILLERS = Table(
    "fillers around listing what was shown", GENERAL, words("把 也 一下 麻烦 帮忙 名称 标题 题目 具体 请 就")
)
# "有写牵头单位", "列明了牵头": a lead unit is named.
NAMES_A_LEAD_VERBS = Table("naming a lead", GENERAL, words("有 写了 写明 列了 列出 列明"))
# "带牵头单位的任务", "标了责任单位的有几条": a task whose line names a unit of that role (general usage).
HAS_ROLE_VERBS = Table(
    "a role's line names a unit",
    GENERAL,
    words(
        "有 有写 写 带 带有 写了 写有 写明 写明了 列了 列有 列出 列出了 列明 列明了"
        " 标了 标明 标明了 注明 注明了 明确 明确了 配了 安排了"
    ),
)
# "…哪几条 只说编号": the answer's form, asked after the question; every list answer gives the numbers (general usage).
NUMBERS_ONLY_REQUESTS = Table(
    "asking for the task numbers only",
    GENERAL,
    words(
        "只说编号 只要编号 光说编号 编号就行 只说序号 只要序号 光说序号 序号就行"
        " 只列编号 只给编号 只报编号 报编号就行 说编号就行"
    ),
)
# "也说个数就行", "给个数字": the answer's form asked for after the question (general usage).
COUNT_ONLY_REQUESTS = Table(
    "asking for the number only",
    GENERAL,
    words("说个数 给个数 报个数 告诉我个数 说个数字 给个数字 只要个数 只要数字 说数字 说数量 给个数量"),
)
# What a superlative over the task table is about ("单位…最多", "最少…任务").
SUPERLATIVE_NOUNS = Table("what the most or fewest is about", GENERAL, words("单位 部门 局 任务"))
TASK_WORDS = Table("task nouns and which-task words", GENERAL, words("任务 哪项 哪一项 哪条 哪几项 事项 工作"))
# What only the task table answers about two or more units or tasks: in common, but not, how they differ.
SET_WORDS = Table(
    "in common or apart",
    GENERAL,
    words("交集 重合 共同 都有的 都参与 都是 但不 但没 而不 却不 不是 没有 差别 区别 不同"),
)
PERCENT_WORDS = Table("percentages", GENERAL, words("百分比 百分数 百分之 百分号 %"))
# A share asked for without its subject ("比例要求是多少"): any percentage the notice sets (general usage).
SHARE_WORDS = Table("a share", GENERAL, words("比例 占比 比率 百分比 百分数"))
# What a follow-up about one task asks for: its target, or its text.
TARGET_ASK_WORDS = Table("asking for a target", GENERAL, words("目标 指标 要达到 达到多少 多少 数字 比例"))
# A sentence that states a target rather than a figure in passing ("到2025年…覆盖率达到100%"), general usage of plans.
TARGET_SENTENCE_WORDS = Table(
    "a sentence stating a target", GENERAL, words("达到 以上 不低于 不少于 力争 确保 覆盖率 全覆盖 累计")
)
# Asking a type ("算哪种类型", "属于哪一类"): a sentence stating one answers ("生态农牧型"), general usage.
TYPE_ASK_WORDS = Table("asking a type", GENERAL, words("类型 哪一类 哪类 什么型 啥型 哪种型 定位成 定位为"))
# The notice's own term of validity, asked ("有效期到哪年") and stated ("自印发之日起施行").
VALIDITY_WORDS = Table("term of validity", GENERAL, words("有效期 失效 废止 过期 到期 作废"))
VALIDITY_STATED = Table(
    "a term of validity stated",
    "general usage: how Chinese official documents state their term",
    words("有效期 起施行 起实施 起执行 同时废止"),
)
# "只看第一部分", "只限第三部分": narrowing the last answer to sections, and the fillers around it.
NARROW_WORDS = Table(
    "keeping only",
    GENERAL,
    words(
        "只看 只要 只算 仅看 光看 就看 只说 限定在 限定 限于 仅限 只限 局限在"
        # narrowing a list shown down ("再筛一下", "过滤出")
        " 筛一下 筛一筛 筛选 筛出 筛 过滤 缩小到 只留"
    ),
)
NARROW_FILLERS = Table(
    "fillers around a narrowing", GENERAL, words("那 再 呢 的 里面 里头 当中 范围内 之内 以内 属于 在")
)
# The kinds of unit a question may ask for ("哪个局", "单位是哪个").
UNIT_KIND_NOUNS = Table("kinds of unit", GENERAL, words("局 单位 部门 机构 委"))
# What a count of tasks, units or times counts ("几项", "多少个单位", "几次").
COUNTED_NOUNS = Table(
    "what a table count counts", GENERAL, words("项 条 个任务 项任务 条任务 个单位 家单位 个部门 个局 次")
)
# "哪些任务", "别的", "干哪些活": asking for a unit's tasks (the anchored forms stay in the reader).
UNIT_TASK_ASKS = Table(
    "asking which tasks a unit has",
    GENERAL,
    words(
        "哪些任务 哪项任务 哪个任务 哪几项 哪些项 哪些条 哪几条 哪条 哪项 哪一项 哪一条 什么任务 啥任务"
        " 哪些活 什么活 啥活 哪些工作 什么工作 别的 其他 其它 另外 还在 的任务有哪些 都列 全部任务 所有任务"
    ),
)
# Words that say a section is meant ("那一章里", "这部分包括").
SECTION_CONTEXT_WORDS = Table(
    "a section is meant",
    GENERAL,
    words(
        "里 那块 这块 那章 那一章 这章 这一章 下面 方面 当中 这部分 这一部分 那部分 那一部分"
        " 那节 那一节 这节 这一节 包括 包含 那一块 这一块"
    ),
)
MENTION_WORDS = Table("mentions", GENERAL, words("提到 提及 写到 写了 出现 涉及 包含 有 说到 讲到 提了 提过 讲了 说了"))
# "提到拉面的那些任务": the verbs that say a task's text contains a word (no bare 有: too common to mean that).
MENTION_VERBS = Table(
    "a task's text mentions a word",
    GENERAL,
    words(
        "提到了 提到 提及 讲到了 讲到 说到了 说到 写到了 写到 谈到了 谈到 涉及到 涉及 出现了 出现"
        " 提了 讲了 写了 说了 包含 含有 带有"
    ),
)
# "防汛相关的条目", "跟充电桩有关的": what tasks are about, looser than a word they print ("有关" alone would take
# "有关部门"); general usage.
ABOUT_VERBS = Table("tasks about a word", GENERAL, words("相关 有关的 有关系的 讲的是 讲"))
# What surrounds the searched word in "哪些条目讲到X", removed to leave X.
TERM_NOISE = Table(
    "question words around a searched word",
    GENERAL,
    words(
        "哪些 哪几项 哪几条 哪几个 哪一项 哪一条 哪项 哪条 哪个 哪 任务 条目 事项 有哪些 都有 分别 是什么 是啥"
        " 是哪 在哪 里面 里 当中 中 文中 方案 通知 文件 全文 原文 请问 一下 给我 列出来 列一下 列出 都 的 是"
        " 了 呢 吗 啊 有 几项 几条 多少项 多少条 也算 也 算 还 目标 指标 带 含 写了 多少亿元 多少亿 多少万 多少"
        " 关于 这一块 这块 这方面 方面 麻烦 帮忙 看一下 看下 帮我 内容 的内容"
    ),
)

# Numeric conditions: words → (comparator, value). The value words are general Chinese numerals.
ONLY_WORDS = Table(
    "only / exactly",
    GENERAL,
    words("只有 仅有 只 仅 就一个 单独一个 唯一 正好 刚好 恰好 只列了 只写了 仅列了 只列 只写 就 就只有 仅仅"),
)
MORE_THAN_WORDS = Table("more than", GENERAL, words("超过 多于 大于 高于 以上 不止 超出"))
AT_LEAST_WORDS = Table("at least", GENERAL, words("至少 不少于 起码 最少有"))
FEWER_THAN_WORDS = Table("fewer than", GENERAL, words("少于 不到 不足 低于 小于 以下"))

# --- conversation -------------------------------------------------------------------------------
UNIT_PRONOUNS = Table(
    "pronouns for the unit the last answer was about",
    GENERAL,
    words("这个局 该局 这个单位 该单位 这个部门 该部门 这家单位 这家 那个局 那个单位 那个部门 这个委 该委"),
)
PRONOUNS = Table(
    "pronouns for the last answer",
    GENERAL,
    words(
        "它 它们 这项 该项 此项 这个任务 那个任务 这一项 那一项 这条 这件事 上述 上面 刚才 刚刚 前面 那项 其 这个 那个"
        " 这事 那事 那件事"
        " 那条 那一条 这一条"
    )
    + UNIT_PRONOUNS.entries,
)
THESE_WORDS = Table(
    "these (plural)",
    GENERAL,
    words(
        "其中 这里面 这几项 这些 这几个 这几条 上面这些 以上几项 以上这些 它们 这些任务 上述任务 刚才那些"
        " 这两项 这三项 这两条 这三条 这两个 这三个 那两项 那三项 那两条 那三条"
        " 那几个 那几项 那几条 上面那几个 上面那几项 上面几个 上面那些 刚才那几个 里面 里头"
    ),
)
MORE_WORDS = Table(
    "more results",
    GENERAL,
    words(
        "还有别的吗 还有吗 还有呢 还有其他 还有没有 别的 别的呢 其他的呢 其他呢 继续 下一个 再来 更多"
        # asked the other way round: "nothing else?" ("没别的了吗", "就这些吗")
        " 没别的了吗 没有别的了吗 没其他的了吗 没有其他的了吗 就这些吗 就这几个吗 就这几项吗 就这几条吗 只有这些吗"
    ),
)
ORDINAL_NOUNS = Table("ordinal nouns", GENERAL, words("个 项 条 件 点"))
# "它另外还牵头哪些", "该局自己牵头的": the one unit just asked about (a narrower list than UNIT_PRONOUNS:
# "这个部门", "那个局" are read by the unit rules, not as this pronoun).
IT_WORDS = Table("it: the unit just asked about", GENERAL, words("它 该局 该单位 这个局 这个单位"))
# "它自己牵头的": the unit itself, the pronoun alone is kept.
REFLEXIVE_WORDS = Table("itself", GENERAL, words("自己 本身 自身"))
# "还有哪几条里有它", "它另外牵头的": tasks beyond the one shown.
OTHER_WORDS = Table("other / also", GENERAL, words("另外 别的 其他 其它 还有 也有 也是 还"))
# Pronouns that point back in time ("刚才那个", "上面的"), not at a task or unit.
TIME_POINTERS = Table("pointing back in time", GENERAL, words("刚才 刚刚 上面 前面 上述"))
# Pointers too vague to make a chat message a question ("刚才那个答得不对" is a complaint): "其" is too short
# to tell, "这个" and "那个" point at anything.
VAGUE_POINTERS = Table("pointers too vague to mark a question", GENERAL, words("刚才 刚刚 前面 上面 其 这个 那个"))

# --- declines --------------------------------------------------------------------------------------
FIGURE_WORDS = Table("asks for a figure", GENERAL, words("多少 几 多大 多高 多长 多远 比例 百分之几 数字 金额"))
DATE_WORDS = Table(
    "asks for a date",
    GENERAL,
    words("什么时候 何时 哪天 哪一天 几月 几号 哪年 哪一年 哪个月 啥时候 多久 多长时间 日期 时间表"),
)
# A day asked ("具体哪天", "几月几号"): a plan dates tasks by year or deadline at most (general usage).
DAY_ASKED_WORDS = Table("asks for a day", GENERAL, words("哪天 哪一天 几号 几月几号 几月几日 具体日期 哪个日子"))
# The opening or delivery of one facility or service: a plan sets tasks, not such dates.
EVENT_WORDS = Table(
    "opening events",
    GENERAL,
    words(
        "开业 开张 开放 开馆 开园 通车 开工 动工 竣工 完工 交付 交房 投用 投入使用 营业 招生 开学 报名 发放 到账 上线"
        " 开始实施 开始执行 正式实施 正式启动"
    ),
)
# Events that start something ("开工", "开业", "招生"): a deadline for the work ("到2025年…改造2万套") says when it
# is to be done, not when it starts, so only a date said of the event itself answers them (general usage).
START_EVENT_WORDS = Table(
    "events that start something",
    GENERAL,
    words("开工 动工 开业 开张 开放 开馆 开园 开学 招生 报名 营业 开始实施 开始执行 正式实施 正式启动 上线 发放 到账"),
)
# Finishing or opening one facility (general usage): asked "when", the notice must date it.
COMPLETION_WORDS = Table(
    "finishing or opening a facility",
    GENERAL,
    words(
        "建成 建好 落成 修好 修通 开通 启用 运营 完工了 能用 评为 创建完成 完成创建 创成 挂牌 全覆盖"
        " 创建下来 创下来 评下来 批下来 建下来 评上 评定 获批 批复 批准 认定 通过验收"
    ),
)
# One occurrence of a recurring event ("下一场", "下次"): a plan sets how often, never the next date.
OCCURRENCE_WORDS = Table(
    "one occurrence of an event",
    GENERAL,
    words("下一场 下一次 下次 下一届 下一期 下一轮 下一批 下回 下一回 最近一次 最近一场 上一次 上次 上一场 第一场"),
)
# Measure words of a counted thing (general usage), grouped by what they count: a count asked with one of
# them ("多少张") is answered only by a number with a measure of the same group ("1200张"), not by a rate.
COUNT_MEASURES = (
    Table("facilities", GENERAL, words("个 所 座 家 处 站 栋 间")),
    Table("beds and sheets", GENERAL, words("张 床")),
    Table("homes", GENERAL, words("套 户")),
    Table("people", GENERAL, words("人 名 位")),
    Table("events", GENERAL, words("场 次 届 期")),
    Table("lines", GENERAL, words("条 公里 千米")),
    Table("vehicles and machines", GENERAL, words("辆 台 部")),
    Table("land", GENERAL, words("亩 公顷 平方米 m2 ㎡ m²")),  # "800m2" as a notice may print it
    Table("weight and volume", GENERAL, words("吨 万吨 立方米 万方")),  # not 方 alone: "几方参与" counts parties
)
# "几个工作人员", "多少个医生": people counted with the generic 个, told by the noun's last character (general usage).
PERSON_NOUN_ENDINGS = Table("people nouns end in", GENERAL, words("人员 员 人 师 者 生 工"))
# "多少米", "几万套": measures a figure may be asked in and a task may state it in ("500米"), for a bare
# follow-up naming only the measure.
MEASURE_ASKED_WORDS = Table(
    "measures a figure is asked in", GENERAL, words("平方米 公里 千米 米 亩 万人 亿元 万元 万套 套 吨 户")
)
# A person asking about their own case (eligibility, an application): a plan divides tasks among
# offices and decides no one's case.
SELF_WORDS = Table("the asker", GENERAL, words("我 俺 我家 俺家 我们家 本人 个人"))
ELIGIBILITY_WORDS = Table(
    "asking about eligibility",
    GENERAL,
    words("能不能 可不可以 能否 符不符合 符合不符合 够不够 有没有资格 有资格 怎么 如何 可以 能"),
)
PROCEDURE_WORDS = Table(
    "a procedure for one person",
    GENERAL,
    words("纳入 申请 享受 领取 领到 办理 报名 拿到 评上 入选 补贴到"),
)
# What one person does at a counter ("怎么预约", "在哪报名"): asked how or where, a procedure no plan describes.
ONE_PERSON_PROCEDURES = Table(
    "a counter procedure for one person", GENERAL, words("预约 报名 报 挂号 缴费 报销 办理 申请 领取 登记 办证 开证明")
)
# How one person gets a procedure done ("…补贴怎么办", "…要带什么材料").
HOW_TO_WORDS = Table(
    "how to get it done", GENERAL, words("怎么办 怎么弄 怎么办理 如何办理 流程 手续 材料 要带什么 需要带什么")
)
# The present or past state of something ("去年…是多少"): a plan sets targets, it reports no statistics.
CURRENT_WORDS = Table("now or last year", GENERAL, words("现在 目前 眼下 当前 如今 去年 今年 上年 前年 截至目前"))
REALTIME_WORDS = Table("now", GENERAL, words("今天 明天 昨天 今晚 今早 现在 此刻 目前 最近 本周 这周 实时 最新 眼下"))
# One occasion, dated near today ("这周的对接会在哪开"): a plan gives how often, never one meeting's place or hour.
OCCASION_WORDS = Table(
    "one occasion near today",
    GENERAL,
    words("今天 明天 后天 今晚 这周 本周 下周 这个月 本月 下个月 这次 下次 下一次 最近一次"),
)
# "完成了多少", "新增了几": what has been done, a statistic, not the plan's target.
DONE_VERBS = Table("what has been done", GENERAL, words("完成 实现 达到 建成 建了 改造 新增 投入 花"))
# Asking the assistant's own view or a forecast ("你觉得…能…吗", "你怎么看"): the notice holds no opinion.
OPINION_WORDS = Table(
    "asking for an opinion or forecast",
    GENERAL,
    words(
        "你觉得 你认为 你感觉 你看好 你怎么看 你怎么评价 评价一下 靠不靠谱 靠谱吗 靠谱不 有没有用 管不管用"
        " 能落实吗 能不能落实 落实得了吗 能实现吗 能不能实现 能完成吗 能不能完成"
    ),
)
# Asking why ("为啥被列进…", "什么原因"): a task-division plan says what is done and by whom, never why.
REASON_WORDS = Table("asking why", GENERAL, words("为啥 为何 什么原因 啥原因 原因是什么 原因是啥 怎么会被 凭什么"))
# Bodies on a line that are no government department ("海东城投公司", "人行海东中心支行"): firms and banks
# (general usage of their names' endings).
NON_DEPARTMENT_ENDINGS = Table("firms and banks, by their names' endings", GENERAL, words("公司 集团 银行 支行 分行"))
# A county's own hospital or school named after the county ("X县人民医院", "X一中"): such plans count them by kind
# and never name one (general usage of institution names).
NAMED_INSTITUTIONS = Table(
    "a hospital or school named after its county",
    GENERAL,
    words("人民医院 中医院 藏医院 妇幼保健院 医院 一中 二中 三中 四中 五中 中学 小学 一小 二小 幼儿园 职校 职业学校"),
)
# Money or approvals arriving now ("经费几时到账"): a state of affairs, not the plan's target.
ARRIVAL_WORDS = Table(
    "money or approval arriving",
    GENERAL,
    words("拨下来 拨付 到位 到账 下达 批下来 发下来 发放"),
)
# Where exactly something goes ("选在哪个乡镇", "具体位置"): a site, asked.
SITE_ASK_WORDS = Table(
    "asking for a site",
    GENERAL,
    words(
        "选址 选在哪 建在哪 设在哪 放在哪 落在哪 具体位置 具体地点 哪个乡镇 哪个镇 哪个村 哪块地"
        " 哪个乡 哪个街道 哪个社区 哪个位置 什么位置"
    ),
)
CONTACT_WORDS = Table(
    "contacts",
    "report: issue 9 names people and contacts among what a plan does not give",
    words("地址 电话 号码 网址 网站 邮箱 联系方式 联系电话 联系人 公众号 微信号 办公地点 办公地址"),
)
# Amounts a plan rarely states (money, people, land): asked for, the figure must sit next to the word itself,
# a nearby number of the same task does not answer it ("…总投资多少" is not answered by "建设…21处").
AMOUNT_WORDS = Table(
    "amounts asked for",
    GENERAL,
    words(
        "总投资 投资额 投资 造价 单价 价格 价钱 费用 经费 资金 预算 补贴 补助 奖励 贷款 额度 利率 工资 收入"
        " 常住人口 户籍人口 人口 占地面积 占地 产值 税收 房价 租金"
        # money asked in everyday words ("每户补多少", "要花多少钱")
        " 多少钱 补多少 补几万 奖多少 花多少"
    ),
)
# What money asked in everyday words is, named in a decline ("补多少": the subsidy); general usage.
AMOUNT_NAMES: dict[str, str] = {
    "补多少": "补贴",
    "补几万": "补贴",
    "奖多少": "奖励",
    "多少钱": "金额",
    "花多少": "金额",
}
# Which exact facilities, or where one is: a plan counts facilities, it names or places few of them.
WHICH_PLACE_WORDS = Table(
    "which ones / where",
    GENERAL,
    words(
        "具体是哪些 具体是哪几 具体有哪些 分别在哪 分别是哪 建在哪 设在哪 在哪条街 在哪个位置 什么位置"
        " 具体位置 具体地址 哪个地方 哪几家 哪家医院 哪家企业 哪所学校 哪几所"
        " 哪几个村 哪些村 哪个村 哪几个乡镇 哪些乡镇 哪个乡镇"
    ),
)
# One person's procedure: how to apply, where to go, what it costs, what conditions.
PROCEDURE_ASK_WORDS = Table(
    "asking for a procedure",
    GENERAL,
    words(
        "怎么申请 如何申请 咋申请 怎样申请 怎么申报 如何申报 咋申报 怎样申报 申报流程 办理流程"
        " 怎么办理 如何办理 怎么报名 如何报名 怎么领取 怎么领 怎么报销"
        " 怎么缴费 怎么交费 怎么收费 怎么收 怎么交 怎么缴 咋交 咋缴 咋收"
        " 去哪办 去哪里办 到哪办 在哪办 去哪交 去哪申请 去哪领 去哪报名 收费标准"
        " 在哪报名 在哪里报名 哪里报名 哪儿报名 在哪申请 哪里申请"
    ),
)
# The conditions one must meet ("条件是啥"): declined unless the notice states conditions on the topic.
CONDITION_ASK_WORDS = Table(
    "asking for conditions",
    GENERAL,
    words("条件是啥 条件是什么 什么条件 哪些条件 啥条件 要求是啥 门槛是"),
)
# Asking for a standard, the papers to bring, a method of assessment or news: a plan states none of these
# (general usage: what staff ask next to a plan's topics).
DETAIL_ASK_WORDS = Table(
    "asking for details a plan does not hold",
    GENERAL,
    words(
        "什么标准 啥标准 哪些标准 标准是啥 标准是什么 评审标准 评定标准 补贴标准 收费标准 租金标准 补助标准"
        " 带啥材料 带什么材料 什么材料 哪些材料 啥材料 要什么材料 考核办法 怎么追责 如何追责 怎么考核 如何考核"
        " 实施细则 具体细则 新闻 报道 通报 选址在哪 具体选址 具体内容 详细内容 主要内容"
        " 打分办法 评分办法 打分标准 评分标准 考核打分 怎么打分 怎么评分 评分细则"
        # holding someone to account for work not done: a plan says who does what, not the sanctions
        " 问责 怎么问责 咋问责 如何问责 扣分 扣几分 考核扣分 追责"
    ),
)
# How far the work has got, or how it was rated: a plan reports neither.
PROGRESS_WORDS = Table(
    "progress or rating",
    GENERAL,
    words(
        "落实得 落实的怎么样 进展如何 进展怎么样 进度如何 进度怎么样 到哪一步了"
        " 完成得怎么样 完成了没有 完成了吗 做得怎么样 干得怎么样 搞得怎么样"
        " 建好了吗 建成了吗 建好了没 建成了没 评下来 批下来 评上了吗 评上没 通过了吗 完成最好 做得最好 干得最好"
        " 考核结果 评比结果"
    ),
)
# Another document than the notice (the provincial plan it implements): its date, number or length.
OTHER_DOCUMENT_WORDS = Table(
    "the provincial document",
    GENERAL,
    words("省里 省上 省级 省政府 省委 全省 青海省 省里面"),
)

# Colloquial nouns for a task ("住建那边有几个活", "这差事谁牵头"): read as 任务 after a measure or
# question word (general usage). "活动", "活力" and "生活" are other words and never match.
# Also the office words 条目 and 事项 ("民政局当配合单位的事项"), which the notice itself does not use.
TASK_NOUNS_COLLOQUIAL = Table("colloquial task nouns", GENERAL, words("活儿 活 差事 差使 摊事 摊子事 摊子 条目 事项"))
TASK_NOUN_LEADS = Table(
    "words before a colloquial task noun",
    GENERAL,
    words("几个 几件 几样 几 哪些 哪几个 哪个 什么 啥 的 些 个 件 有没有 没有 有"),
)

# Interjections in front of a question ("嚯，…", "欸那…", "啊对了…"): surprise or a pause, nothing asked; dropped
# before reading (general usage of chat).
INTERJECTIONS = Table(
    "interjections",
    GENERAL,
    words("好家伙 哇塞 哇哦 哇 天哪 天啊 我去 嚯 欸 诶 哎呀 哎哟 哎 唉 呃 嗯嗯 嗯 emmm emm 啊对了 对了 噢 哦 喔 咦"),
)
# Polite openers in front of a question ("麻烦问一下，…", "想确认一下…"): they say nothing about what is
# asked and are dropped before reading (general usage: how office staff open a question).
POLITE_OPENERS = Table(
    "polite openers",
    GENERAL,
    words(
        "麻烦问一下 麻烦问下 麻烦问问 麻烦您 麻烦你 麻烦 劳驾 打扰一下 打扰下 打扰了 请问一下 请问下 请问"
        " 问一下 问下 想问一下 想问下 我想问一下 我想问 想问 想确认一下 想确认下 我想确认一下 确认一下 确认下"
        " 想了解一下 想了解下 我想了解一下 了解一下 想咨询一下 咨询一下 想请教一下 请教一下 冒昧问一句 冒昧问一下"
        " 帮忙看一下 帮忙看下 帮我看看 帮我看一下 帮忙查一下"
        # asking one more ("再问下，…", "还想问一下…")
        " 再问一下 再问下 再问个 再问一个 再请教一下 还想问一下 还想问下 还想问 还有个问题 还有一个问题"
        # turning to another question ("另外问下，…", "顺便问一下…", "对了，…")
        " 另外问下 另外问一下 另外再问下 另外想问 另外想问一下 顺便问下 顺便问一下 顺便问问 对了"
        " 换个问题 换一个问题 问个别的 问点别的"
        " 换个话题 换一个话题 换个话题问一下 换个话题问下 说个别的 说点别的"
        # asking for someone else ("领导让我问问…")
        " 领导让我问问 领导让我问一下 领导让我问下 领导让我查一下 领导让我查查 领导让我查下 领导让我看看"
        " 领导让我核一下 领导让我确认一下 领导叫我问一下 领导叫我查一下 领导要我查一下"
    ),
)

# --- retrieval and fact questions ------------------------------------------------------------
# Words that frame a question (who/which/lead/responsible …) or carry no topic: the tokenizer drops them
# from questions and documents alike, so "牵头" in a units line or "负责" in task 32 cannot decide a ranking.
RETRIEVAL_FRAME_WORDS = Table(
    "frame words left out of retrieval",
    GENERAL,
    words(
        """
        谁 哪 哪些 哪个 哪家 哪几 哪几个 哪几项 哪项 哪一项 什么 啥 咋 怎么 怎样 怎么办 怎么样 如何 为何 为什么
        是否 有没有 能否 可以 能 会 吗 呢 吧 啊 呀 嘛 哦 么 了 的 地 得 着 过 和 与 及 或 及其 以及 并 并且 而 在
        对 把 被 将 从 向 于 由 给 让 为 以 就 都 也 还 又 是 有 要 需要 应该 应当 请问 请 一下 告诉 我 我们 你
        你们 他 它 这 那 这个 那个 这项 那项 该 其 此 个 些 一些 等 等等 之 牵头 负责 主管 分管 管 责任 单位 部门
        机构 配合 参与 协助 协同 涉及 承担 主抓 抓 落实 任务 工作 事项 事情 事 问题 方面 内容 一项 第几 几项
        多少项 项 条 规定 文件 通知 方案 里 中 上 下 说 讲 提到 要求 关于 有关 相关 目前 现在 具体 主要 一共 总共 统共
        情况
        """
    ),
)
# Words that say what kind of fact is wanted but not what about; a follow-up made only of these ("到2025年要达到
# 什么目标") leans on the previous question's task (a year written 20xx counts too: the reader's pattern).
FACT_KIND_WORDS = Table(
    "what kind of fact (follow-ups)",
    GENERAL,
    words("目标 指标 要求 标准 比例 达到 多少 几 到 年 完成 实现 覆盖率 时间 期限 内容 情况 措施 具体 是"),
)
# Question words that say what kind of fact is wanted, not what about: left out of a question's focus when
# checking that the notice holds the asked fact.
FACT_QUESTION_WORDS = Table(
    "what kind of fact (answerability)",
    GENERAL,
    words(
        "至少 最少 规模 面积 数量 人数 长度 总量 占比 不少于 不低于 每年 目标 指标 要求 标准 比例 达到 多少 几 年"
        " 完成 实现 时间 期限 内容 情况 措施 具体 是 要 个 到 建 建设 什么时候 何时 哪年 哪一年 时候 多大 多长 多高"
        " 数字 金额 计划 预计 能 会 有 没有 可以 市 县 全市 每个 每 一个"
    ),
)
# Verbs a question shares with the notice that name no topic.
TOPICLESS_VERBS = Table("verbs that name no topic", GENERAL, words("新建 新增 建设 一次 开展 推进 加快 实施"))
# A figure for the whole city, not one county's part.
CITYWIDE_WORDS = Table(
    "the whole city", "the notice: its wording for citywide totals", words("全市 累计 总计 共计 合计")
)
# What a question may ask of a document: its date, number, issuer or length (not its title).
DOCUMENT_FACT_WORDS = Table(
    "a document's date, number, issuer or length",
    GENERAL,
    words(
        "哪天 哪一天 几号 什么时候 何时 日期 哪年 哪一年 多少条 几条 多少项 几项 几个部分 文号 谁印发 谁发的 哪个部门"
    ),
)
# Measure words that make a Chinese numeral a figure ("三所", "五项"): a sentence with one gives a number.
NUMERAL_MEASURES = Table("measures after a Chinese numeral", GENERAL, words("个 所 家 处 座 项 类 条 级 张 大"))
# A deadline in a task's words besides a year or a month ("年底", "前完成").
DEADLINE_WORDS = Table("deadlines", "the notice: how its tasks set deadlines", words("年底 年内 年前 期间 前完成"))
# A question about this notice as a document ("这份…", "本通知"), not the document it implements.
OUR_NOTICE_WORDS = Table("this notice", GENERAL, words("这份 这个通知 本通知 分工方案"))
# A complaint about speed, not about an answer.
SLOW_WORDS = Table("too slow", GENERAL, words("慢 卡 等了 等半天 半天 没反应"))

# --- intent and scope (qa/understand.py, qa/assistant.py) ---------------------------------------
# "谁牵头", "谁来负责", "哪个单位主管": the verbs of being in charge, after who / which unit.
IN_CHARGE_VERBS = Table("being in charge", GENERAL, words("牵头 负责 主抓 抓 管 主管 分管 统筹"))
# Asking who leads, besides "谁牵头" and "哪个单位主管" (read as grammar): "由谁", "归哪", "主管部门".
LEAD_ASK_WORDS = Table(
    "asking who leads", GENERAL, words("由谁 归谁 归哪 找谁 找哪 谁家 主管部门 主责 责任主体 谁是牵头")
)
# Asking for a unit's tasks ("…负责哪些", "…的职责"), besides the grammar around 活 and 在哪条.
UNIT_TASK_QUESTION_WORDS = Table(
    "asking for a unit's tasks (intent)",
    GENERAL,
    # "讲讲林草局在里面的情况": what the unit does in the notice, i.e. its tasks
    words("哪些 哪几 几项 多少项 多少个 什么 啥 清单 条目 任务 工作 事项 职责 分工 情况"),
)
# The document number of the notice asked for ("文号是多少").
DOC_NUMBER_WORDS = Table("a document number", GENERAL, words("文号 字号 几号文 发文号 编号"))
# Asking for the responsible units ("还有谁", "哪些部门参与", "配合单位").
RESPONSIBLE_ASK_WORDS = Table(
    "asking for the responsible units",
    GENERAL,
    words(
        "责任单位 责任部门 配合 协助 协同 参与 其他单位 其他部门 还有哪些 还有谁 还有什么 哪些单位 哪些部门 哪些机构"
        " 有哪些单位 有哪些部门 共同负责 一起负责 参加"
    ),
)
# Asking for a figure, a rate, a target or a date (a year written 到20xx or 20xx年 counts too: the reader's pattern).
FACT_ASK_WORDS = Table(
    "asking for a fact",
    GENERAL,
    words(
        "几 多少 比例 百分之 % ％ 率 目标 指标 达到 多大 多长 多远 面积 数量 规模 标准 何时 什么时候 哪年 哪一年"
        " 期限 时限 覆盖 全覆盖 以上 以内 不低于 不少于"
    ),
)
# Words that may name a part of the notice ("第三部分", "这块", "哪一章").
SECTION_MENTIONS = Table("words that may name a section", GENERAL, words("部分 板块 章 节 大项 方面 一块 这块 篇"))
# Office holders a question may ask the name or phone of: a plan names units, not people.
OFFICIAL_TITLES = Table(
    "office holders",
    GENERAL,
    words(
        "县长 市长 书记 局长 主任 厅长 省长 领导 负责人 老总 总经理 董事长 行长 一把手"
        " 院长 校长 馆长 站长 所长 队长 处长 科长 部长 镇长 乡长 村长 支书 主席 经理"
        " 对接人 经办人 联络员 专干"  # the person one deals with: a plan names offices only
        " 法人 法定代表人 法人代表"  # a company's legal representative (general usage)
    ),
)
PERSON_ASKS = Table("asking who a person is", GENERAL, words("是谁 叫什么 叫啥 的名字 姓什么 是哪位 电话"))
# Service information a plan never gives: prices, opening hours, phone numbers, paperwork, a case's progress
# (issue 9's hygiene review removed the alternatives that only ever matched challenge-set questions).
SERVICE_INFO_WORDS = Table(
    "service information",
    GENERAL,
    words(
        "多少钱 票价 门票 单价 每斤 营业时间 办公时间 开放时间 电话 号码 办理流程 手续 进展到 进度 审批结果 处理结果"
        " 流程是 申报流程 申请流程 怎么申报 如何申报 怎么申请 如何申请 中标 招标结果"
        " 哪个科室 什么科室 哪个处室 哪个股室 时候招标 时候开标 招投标"  # offices inside a unit; a tender's dates
    ),
)
# Attempts to re-instruct the assistant ("你现在是…", "忽略…指令"): it only ever reports what the notice says.
INSTRUCTION_WORDS = Table(
    "re-instructing the assistant",
    GENERAL,
    words("系统提示 提示词 你现在是 你是一个 扮演 假装 越狱 prompt jailbreak"),
)
# Words that make a question about the notice as a document ("这份通知的标题", "发文日期").
DOCUMENT_WORDS = Table(
    "the notice as a document",
    GENERAL,
    words("通知 文件 本文 这个文 这份 这篇 分工方案 文号 发文 印发 成文 落款"),
)
# A question opening with one of these leans on the last one ("那…", "它的…", "还有…").
OPENING_POINTERS = Table(
    "openers that lean on the last question",
    GENERAL,
    words("那 那么 这 这个 这项 那项 该 它 其 此 上面 刚才 前面 上述 还有 再 另外 以及 和 呢"),
)
# … and so does one of these anywhere.
POINTERS_ANYWHERE = Table(
    "pointers that lean on the last question",
    GENERAL,
    words("这项 该项 此项 它的 其中 上述 这个任务 那个任务 这一项"),
)
# A reference to something shown earlier: with nothing shown, the question is read as if asked first.
BACK_POINTERS = Table(
    "pointing back at an earlier answer",
    GENERAL,
    words("它 这个 那个 这项 那项 该项 此项 这条 那条 上面 刚才"),
)
# Words every task of 26号 is about: a question made only of these (and BARE_WORDS) names nothing to look for.
NOTICE_TOPIC_WORDS = Table(
    "what every task is about",
    "the notice: its title's 以县城为重要载体的城镇化",
    words("县城 城镇化 城镇"),
)
# Bare place, role and filler words that name nothing to look for on their own ("局里的", "牵头单位").
BARE_WORDS = Table(
    "words that name nothing on their own",
    GENERAL,
    words(
        "县里 县 市里 市 城里 局里 局 单位 部门 里 这个 那个 这 那 呢 吗 的 了 任务 工作 一下 看看 说说 讲讲"
        " 哪一个 哪个 哪家"  # "哪个局" alone: which of them is not said
    ),
)

# What every task has ("提了什么要求", "措施是什么"): asked of nothing named, it names nothing to look for (general
# usage). Not 目标: "有哪些目标" may ask for the notice's quantified targets.
EVERY_TASK_HAS = Table(
    "what every task has", GENERAL, words("要求 具体要求 措施 具体措施 举措 规定 内容 具体内容 安排")
)

# --- small-talk replies (qa/compose.py) ---------------------------------------------------------
# Which opening a small-talk reply gets: thanked ("不客气"), greeted ("您好"), asked whether it is a person.
THANKED_MARKERS = Table("thanks, for the reply", GENERAL, words("谢 感谢 辛苦 好的 明白 知道了 收到 懂了 ok thank"))
GREETED_MARKERS = Table(
    "greetings, for the reply", GENERAL, words("你好 您好 早 晚上好 下午好 上午好 中午好 哈喽 嗨 hello hi hey 在")
)
PERSON_MARKERS = Table("asking if it is a person, for the reply", GENERAL, words("机器人 真人 人工 ai 自动"))

# --- everyday forms read as their plain equivalents (qa/understand.py, everyday_forms) ----------------------
# "配合的有谁来着": a particle of recalling at the end says nothing about what is asked (general usage).
RECALL_PARTICLES = Table("particles of recalling at the end", GENERAL, words("来着 来着呢 来着的"))
# "错了，我要的是配合单位": a correction of the last answer, then what was meant (general usage).
CORRECTION_OPENERS = Table(
    "correcting the last answer",
    GENERAL,
    words("不对 不是的 错了 搞错了 说错了 弄错了 答错了 问错了 打错了 写错了 输错了"),
)
MEANT_OPENERS = Table(
    "saying what was meant",
    GENERAL,
    words(
        "我问的是 我要的是 我说的是 我想问的是 我是问 我是想问 我想要的是 问的是"
        " 我是说 我是要问 我要问的是 我的意思是 我是指 我指的是 我问的 我说的 我想问 我要问 我想知道 我是想知道"
    ),
)
