"""Small talk: a chat word and nothing of the notice left once it is taken out (qa/smalltalk.py)."""

from __future__ import annotations

import pytest

from qa.answer import Intent
from qa.smalltalk import SmallTalk


@pytest.fixture(scope="module")
def smalltalk(assistant) -> SmallTalk:
    return SmallTalk(assistant.notice, assistant.tokenizer, assistant.reader.alias_table)


@pytest.mark.parametrize(
    "message",
    [
        "多谢多谢 你真厉害",  # thanks and praise
        "好嘞 拜拜 回头再问",  # ending the session
        "喂 有人吗",  # testing the bot
        "等了好久都没反应",  # a complaint about speed
        "你这回答不对吧",  # a complaint about an answer
        "牛",  # internet slang
        "6666666",  # a run of sixes: slang praise
        "88",
        "你的名字是什么",
        "收到 我再看看",
        "麻烦问下，能帮我查哪些东西不",  # two chat entries that share 查: both count
        "你到底能帮啥忙",  # what the assistant can do, colloquially
        "Good evening, anybody there?",  # greetings typed in English, of several words
        "你都会些什么呀",  # what the assistant can do
        "好的 没别的事了 再会",  # ending the session, "nothing else" said first
        "今天又加班到半夜，好累",  # a remark on one's working day
        "稍等，我去喝杯茶",  # a break announced
        "你们这回得挺快",  # praise of the speed
        "i see, thanks",  # an acknowledgement in English
        "哈哈，领导又要开会",  # who set the work is no topic of the notice
        "我在赶下周一的汇报材料",  # a remark on the speaker's work: a paper being written
        "明天局里开推进会，我先把方案过一遍",  # a meeting ahead
    ],
)
def test_chat_with_no_word_of_the_notice_is_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    "message",
    [
        "你好 请问供热管网改造谁牵头",  # a greeting in front of a real question
        "谢谢 那第五个呢",  # a follow-up by its place in a list
        "好的 那民政局呢",  # another unit
        "明白了 还有别的吗",  # the next results
        "好的 供热呢",  # a topic of the notice (供热)
        "垃圾分类归谁管",  # 垃圾 is a complaint word and a topic of the notice: the notice wins
        "牛羊养殖是第几项",
        "thanks, who leads sewage treatment",  # an English topic word is left over
        "就这几项吗",  # a goodbye word asked about: whether the list shown is all
        "中间那个是银行吧",  # a place in the units shown (行 of 银行 is no "行" of assent)
    ],
)
def test_a_question_about_the_notice_is_not_small_talk_even_with_chat_words(smalltalk, message):
    assert not smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    ("message", "rest"),
    [
        ("好嘞，那残联参与哪项", "那残联参与哪项"),
        ("多谢 辛苦了 第七项由谁牵头", "第七项由谁牵头"),
        ("好的，谢谢 辛苦", "好的，谢谢 辛苦"),  # small talk through and through is left alone
        ("垃圾 分类谁管", "垃圾 分类谁管"),  # a topic of the notice is no chat
        ("麻烦问一下，第七项由谁牵头", "第七项由谁牵头"),  # a polite opener
        ("想了解一下残联参与哪项", "残联参与哪项"),
        ("换个话题，第九项谁配合", "第九项谁配合"),  # a turn to another topic says nothing about it
        ("请问", "请问"),  # an opener with nothing after it is left for the reader to ask back
    ],
)
def test_chat_in_front_of_a_question_is_dropped(smalltalk, message, rest):
    assert smalltalk.without_leading_chat(message) == rest


@pytest.mark.parametrize(
    "message",
    [
        "好的 那城里看病难咋办",  # chat in front of a plain-language problem the notice covers (看病 → 医疗服务)
        "谢谢 暖气不热能不能管管",  # a request for help after thanks
        "你好 我们村口那条土路一下雨全是泥巴",  # a long description, in words the notice does not use
    ],
)
def test_a_problem_or_request_after_chat_words_is_no_small_talk(smalltalk, message):
    assert not smalltalk.is_smalltalk(message)


def test_questions_announced_but_not_asked_are_small_talk(smalltalk):
    assert smalltalk.is_smalltalk("您好，我想请教几个关于这份方案的问题")
    assert not smalltalk.is_smalltalk("我想请教几个问题，养老服务谁牵头")


@pytest.mark.parametrize("message", ["冒昧问一句，你是真人吗", "请问一下，你们好", "麻烦您了"])
def test_a_polite_opener_in_front_of_chat_is_still_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    "message",
    [
        "新年快乐呀",  # season's greetings
        "回头见啦",  # a goodbye
        "能跟我介绍一下你自己吗",  # about the assistant
        "我有几个问题",  # questions announced, none asked
        "你今天累不累",  # personal chat with the assistant
        "这次回答得好",  # praise of an answer
        "啥意思啊",  # not following the last answer
        "了解",  # an acknowledgement as the whole message
        "没其他问题了，谢谢",  # done asking
    ],
)
def test_everyday_chat_is_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize("message", ["打扰一下，我想问个问题", "不对吧"])
def test_an_announced_question_or_a_bare_complaint_gets_a_small_talk_reply_with_no_citation(assistant, message):
    answer = assistant.ask(message)
    assert answer.intent is Intent.SMALLTALK and answer.citations == ()


def test_a_correction_pointing_at_another_answer_with_nothing_before_is_asked_back(assistant):
    answer = assistant.ask("不对，我说的是另外那个")
    assert answer.intent is Intent.CLARIFY


@pytest.mark.parametrize(
    "message", ["我在互助县财政局上班", "我是循化县教育局的老李，以后请多关照", "你好，我是民和县水务局的"]
)
def test_saying_where_one_works_and_asking_nothing_is_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize("message", ["我是外地人，想在互助县落户去哪办", "我是民政局的，民政局牵头几项", "我在互助"])
def test_an_introduction_with_a_question_or_no_workplace_is_not_small_talk(smalltalk, message):
    assert not smalltalk.is_smalltalk(message)


@pytest.mark.parametrize("message", ["你们这个系统太卡了", "早上好，第一次用这个", "thank you very much!"])
def test_a_complaint_about_the_system_a_first_visit_and_english_thanks_are_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


def test_an_introduction_is_greeted_back_with_what_can_be_asked(assistant):
    answer = assistant.ask("我是循化县教育局的老李，以后请多关照")
    assert answer.intent is Intent.SMALLTALK and answer.citations == ()
    assert answer.answer.startswith("您好，欢迎使用！")


@pytest.mark.parametrize(
    "message",
    [
        "我们县的供水管网太老了",  # a need in plain words (task 25's 供水), though it opens with the speaker
        "我们村老人没人管",  # no paper or meeting named: a need, for retrieval and the scope check
    ],
)
def test_a_remark_on_a_need_is_no_remark_on_work(smalltalk, message):
    assert not smalltalk.remarks_on_work(message)


@pytest.mark.parametrize(
    "message",
    [
        "下午好，今天在整理汇报材料",  # a greeting, then a remark on one's work
        "您好呀，我是化隆县教育局的小马",  # a greeting, then saying where one works
        "晚上好呀，人还在吗",  # a greeting, then asking whether the assistant is there
    ],
)
def test_a_message_whose_parts_are_each_chat_is_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    "message",
    [
        "你懂咱们海东这个方案吗",  # the notice's own city names no task
        "你会说英语不",  # the assistant's languages
        "不急，您先忙",  # no hurry
        "能不能靠谱点啊",  # asking it to do better: a complaint, not a request for help
        "怎么总说不知道",
        "没有就算了吧",  # letting a question go
    ],
)
def test_remarks_to_the_assistant_are_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    "message",
    [
        "我是循化县财政局的，第9项是市水务局牵头吧",  # a check closed by 吧
        "我是互助县住建局的，任务16也有各县人民政府",  # a task by its number
        "我是民和县的，配合单位也要看",  # a role line
    ],
)
def test_an_introduction_followed_by_a_check_of_the_notice_is_not_small_talk(smalltalk, message):
    assert not smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    "message",
    [
        "你背后是什么大模型",  # which model answers
        "你是GPT吗",
        "hi there, how's it going",
        "今晚还在赶汇报材料呢",  # a remark on one's work, closed by a stating 呢
        "这两天忙不过来，头都大了",
        "哎呀，是我看错了",  # owning up to one's own slip
    ],
)
def test_the_model_an_english_greeting_and_remarks_on_a_busy_day_are_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    "message",
    [
        "下周得交两份总结，愁死了",  # how many papers is a quantity, no topic
        "明天要核对全市的任务清单",  # the paper's name holds 任务, and asks nothing
        "哦，跟我们科里统计的一致",  # the answer matches the speaker's own figures
        "这下对上了",
        "抱歉，我刚刚看错项了",  # owning up to one's slip with the measure word
    ],
)
def test_papers_counted_a_task_list_worked_on_and_agreeing_with_the_answer_are_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    "message",
    [
        "这两项一样吗",  # asked about the tasks shown
        "跟我们的一样吗",  # asked, not stated
        "两个是不是一致",
        "下周要报三个任务的进展",  # tasks named as the subject, not a paper's name
    ],
)
def test_asking_whether_things_match_or_naming_tasks_is_not_small_talk(smalltalk, message):
    assert not smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    ("message", "follow_up", "rest"),
    [
        ("那牵头单位有哪些，感觉好长", True, "那牵头单位有哪些"),  # a remark after what is asked
        ("第3项由谁来牵头 手机刚卡了", False, "第3项由谁来牵头"),  # after a question, even as a first message
        ("重新说一遍，刚刚走神了", True, "重新说一遍"),  # in a conversation the head may ask without a question word
        ("第3项由谁来牵头，谢谢啦", False, "第3项由谁来牵头"),  # chat on its own
    ],
)
def test_a_remark_after_what_is_asked_is_dropped(smalltalk, message, follow_up, rest):
    assert smalltalk.without_trailing_remark(message, follow_up=follow_up) == rest


@pytest.mark.parametrize(
    ("message", "follow_up"),
    [
        ("县城晚上太黑，想要路灯", False),  # a first message that asks nothing says its need last
        ("污水处理谁牵头，负责人电话", False),  # a contact asked for, which the answerability check must see
        ("第9项谁牵头，有水务局没", True),  # a closing 没 asks
        ("第9项谁牵头，配合的呢", True),
        ("Who leads task 9, and how much", False),  # English is split by spaces; its last word is no remark
        ("多谢，辛苦啦", False),  # small talk through and through
    ],
)
def test_a_trailing_part_that_asks_or_names_something_is_kept(smalltalk, message, follow_up):
    assert smalltalk.without_trailing_remark(message, follow_up=follow_up) == message


@pytest.mark.parametrize(
    "message",
    [
        "你们这个系统是哪家公司做的",  # the assistant as software
        "你的资料会经常更新吗",
        "您会讲普通话吗",  # a language, not a place
        "你还记得我上次问的吗",
        "你是怎么训练出来的呀",
    ],
)
def test_a_message_about_the_assistant_itself_is_small_talk(smalltalk, message):
    assert smalltalk.about_the_assistant(message)
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    "message",
    [
        "你知道市长的电话吗",  # a person's contact: declined, not chatted about
        "你了解兰州的方案吗",  # another city and a document
        "你说第5项谁牵头",  # a task
        "你知道垃圾分类归谁管吗",  # a topic in everyday words
        "你知道化隆县的目标吗",  # a county of the notice
        "你觉得GDP能翻番吗",  # a Latin word may name a topic
    ],
)
def test_a_message_to_the_assistant_that_names_something_of_a_notice_is_not_about_the_assistant(smalltalk, message):
    assert not smalltalk.about_the_assistant(message)


@pytest.mark.parametrize(
    "message",
    [
        "领导好，打扰一下",  # a greeting by a title of respect
        "答得牛头不对马嘴",  # an answer that misses the point, in an idiom
        "上一个回答太啰嗦了",  # an answer's style
        "比翻文件快多了",  # praise by comparison
    ],
)
def test_greetings_by_title_complaints_in_idioms_and_praise_by_comparison_are_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize(
    "message",
    [
        "see you later",  # a goodbye in English
        "唉 又要改材料了 好烦",  # an interjection, a remark on one's work and a complaint
        "汇报材料终于写完了",  # the paper itself opens the remark
    ],
)
def test_an_english_goodbye_an_annoyed_remark_and_a_remark_opened_by_the_paper_are_small_talk(smalltalk, message):
    assert smalltalk.is_smalltalk(message)


@pytest.mark.parametrize("message", ["嗯 污水", "唉，第3项"])
def test_an_interjection_before_a_topic_or_a_task_leaves_a_question(smalltalk, message):
    assert not smalltalk.is_smalltalk(message)
