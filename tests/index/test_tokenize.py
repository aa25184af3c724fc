"""The BM25 tokeniser: a notice-specific user dictionary and frame words dropped everywhere."""

from __future__ import annotations

import jieba
import pytest

from corpus import load_notice
from corpus.records import Notice
from corpus.units import build_alias_table
from index.bm25 import task_document
from index.tokenize import FRAME_WORDS, KEY_TERMS, Tokenizer, notice_user_words


@pytest.fixture(scope="module")
def notice() -> Notice:
    return load_notice()


@pytest.fixture(scope="module")
def aliases(notice) -> dict[str, str]:
    return build_alias_table(notice)


@pytest.fixture(scope="module")
def tokenize(notice, aliases) -> Tokenizer:
    return Tokenizer(notice_user_words(notice, aliases))


@pytest.fixture(scope="module")
def plain() -> Tokenizer:
    # Single-character and empty "words" are ignored, so this one has no user dictionary at all.
    return Tokenizer(["a", "", "县"])


@pytest.fixture(scope="module")
def notice_tokens(notice, tokenize) -> set[str]:
    tokens: set[str] = set()
    for task in notice.tasks:
        tokens.update(tokenize(task_document(task)))
        for unit in task.units:
            tokens.update(tokenize(unit))
    return tokens


@pytest.mark.parametrize("term", ["市住房建设局", "二甲医院", "千兆宽带", "市发展改革委", "雨污分流"])
def test_the_user_dictionary_keeps_unit_names_and_key_terms_whole_in_the_notice(notice_tokens, term):
    assert term in notice_tokens


@pytest.mark.parametrize("term", ["市住房建设局", "二甲医院", "千兆宽带"])
def test_without_the_user_dictionary_jieba_splits_those_terms(plain, term):
    assert term not in plain(term)


@pytest.mark.parametrize("term", ["市住房建设局", "二甲医院", "千兆宽带"])
def test_a_term_in_a_question_comes_out_whole_just_as_in_the_documents(tokenize, term):
    assert term in tokenize(f"谁牵头{term}相关工作")


def test_single_character_and_empty_user_words_are_ignored(plain):
    assert plain.user_words == ()


def test_user_words_are_deduplicated_and_sorted(notice):
    words = notice_user_words(notice)
    assert words == sorted(set(words))


def test_notice_user_words_hold_units_aliases_and_key_terms(notice, aliases):
    words = set(notice_user_words(notice, aliases))
    assert words >= KEY_TERMS
    assert words >= {unit for task in notice.tasks for unit in task.units}
    assert words >= set(aliases)


def test_the_tokenizer_leaves_the_global_jieba_dictionary_alone(tokenize):
    assert "市住房建设局" not in jieba.lcut_for_search("市住房建设局")


def test_frame_words_alone_tokenise_to_nothing(tokenize):
    assert tokenize("谁牵头？哪些单位负责") == []
    assert tokenize("谁 牵头 哪些 负责 单位") == []


@pytest.mark.parametrize(
    "question", ["谁牵头污水处理", "哪些单位负责污水处理？", "污水处理由谁牵头", "请问污水处理的牵头单位是哪个"]
)
def test_frame_words_are_dropped_from_questions(tokenize, question):
    assert tokenize(question) == tokenize("污水处理")


def test_frame_words_are_dropped_from_documents_too(notice, tokenize):
    for task in notice.tasks:
        assert not FRAME_WORDS & set(tokenize(task_document(task))), task.number


def test_who_lead_which_responsible_and_unit_are_frame_words():
    assert {"谁", "牵头", "哪些", "负责", "单位"} <= FRAME_WORDS


def test_punctuation_and_spaces_never_become_tokens(tokenize):
    assert tokenize("，。；：“”（）、！？ \n\t,.;") == []
    assert all(token.strip() for token in tokenize("污水处理，　雨污分流；二甲医院。"))


def test_text_is_nfkc_normalised_and_lower_cased(tokenize):
    assert tokenize("ＡＢＣ") == tokenize("abc") == ["abc"]


@pytest.mark.parametrize("term", ["5G基站", "5G用户"])
def test_a_key_term_with_a_latin_capital_is_kept_whole_too(tokenize, term):
    assert term.lower() in tokenize(f"推进{term}建设")


def _texts_to_cut(notice: Notice) -> list[str]:
    """Every sentence and line of the notice, and every question and earlier turn of the evaluation sets."""
    from corpus import read_notice_text
    from eval.questions import QUESTIONS_DIR, load_questions

    texts = [line for line in read_notice_text().splitlines() if line.strip()]
    for task in notice.tasks:
        texts.extend((task.title, task.text, task_document(task), *task.sentences))
    for path in sorted(QUESTIONS_DIR.glob("*.jsonl")):
        for question in load_questions(path):
            texts.extend((question.question, *question.history, question.retrieval_query))
    return texts


def test_the_mapped_dictionary_gives_identical_tokens_for_the_notice_and_every_question(
    notice, aliases, tokenize, tmp_path
):
    mapped = Tokenizer(notice_user_words(notice, aliases), dictionary_cache=tmp_path)
    texts = _texts_to_cut(notice)
    assert len(texts) > 1000
    assert [mapped(t) for t in texts] == [tokenize(t) for t in texts]


def test_a_repeated_question_gets_a_fresh_list_each_time(tokenize):
    first = tokenize("污水处理能力")
    first.append("改动")
    assert tokenize("污水处理能力") == [t for t in first if t != "改动"]


def test_documents_are_not_remembered_only_question_sized_texts(notice, tokenize):
    text = notice.task(4).text
    assert len(text) > 200
    before = tokenize._recent.cache_info().currsize
    assert tokenize(text) == tokenize(text)
    assert tokenize._recent.cache_info().currsize == before
