"""Evaluation hygiene (issue 9): no product table copies an evaluation question, no test quotes one.

- Product tables written as sentences (the off-topic examples, the everyday phrasings): a line of at least
  five characters must not share half or more of its character bigrams (Jaccard ≥ 0.5) with any question of
  any set in ``eval/questions/``.
- Keyword tables (the lexicon's word lists, the English glossary's keys, the synonym table, the unit
  aliases) are matched inside questions by design, so a keyword like "没有牵头单位" shares most of its bigrams
  with every natural question that contains it ("通知里没有牵头单位的是哪几项"). What a copied question looks like
  there is the whole question as one entry: a keyword of at least five characters must not equal any
  evaluation question (punctuation and case aside). Shorter entries and single English words are vocabulary
  ("责任单位", "你好", an English greeting).
- Test files must not quote a question (or an earlier turn) of any set, tuning sets included: a test's
  questions are written afresh, in its own words. A label word is vocabulary, not a question: one the
  notice prints ("责任单位") or one the parser reads in other notices ("配合单位"), quoted by parser tests.
- Product code (its comments and docstrings too) must not quote any question of any set, tuning sets
  included, once it is long enough to be a sentence someone wrote (``QUOTE_CHARS``): examples in comments are
  written afresh, so the code never carries an evaluation question word for word.
- A question that is word for word one of the public examples of the specification (the issue's examples
  and the README's, listed in ``PUBLIC_EXAMPLES`` with their source) is not held out: the held-out writer was
  shown the issue's examples, and the product and its tests were written to them before any set existed.

Failures name the table line or the test file and the question's id, never the question itself, so the
check can run over held-out sets nobody should read.
"""

from __future__ import annotations

import ast
import functools
import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import qa.lexicon as lexicon
from corpus import DEFAULT_NOTICE_PATH, load_notice
from corpus.parsing.roles import label_role
from corpus.units import build_alias_table
from qa.lexicon.glossary import ENGLISH
from qa.lexicon.slips import ROLE_WORD_SLIPS
from qa.scope import load_offtopic
from qa.synonyms import SYNONYMS

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "eval" / "questions"
MIN_CHARS = 5
QUOTE_CHARS = 8  # shorter questions (a line name and "哪些", say) are everyday phrasings any comment may use
PRODUCT_CODE = ("qa", "corpus", "index", "web")
THRESHOLD = 0.5
# Examples quoted in the specification itself, shown to every writer of a set (source in each comment).
PUBLIC_EXAMPLES = frozenset(
    {
        "老旧小区改造谁牵头",  # README, the CLI's --history example (issue 2)
        "那配合单位有哪些",  # README and the developers' guide
        # issue 9, "Conversation state" and "Small talk"
        "第二个呢",
        "第三项的责任单位",
        "它的目标是什么",
        "这几项里都有的责任单位",
        "还有别的吗",
        "那民政局呢",
        "你能做什么",
        "你是谁",
        "第1项的责任单位有哪些",  # the chat page's own example question, shown to every user (web/intro.py)
        # issue 9's opening and its list of questions it must handle
        "哪些任务没有写牵头单位",
        "通知一共多少项任务",
        # the developers' guide, "Who uses it and how"
        "自然资源局牵头哪些任务",
        "每个县要有几所二甲医院",
        "城里没地方遛弯怎么办",
    }
)
_PUNCT = re.compile(r"[\s，。？！?!,.、：:；;“”\"'（）()《》]")


def bigrams(text: str) -> frozenset[str]:
    text = _PUNCT.sub("", text.lower())
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def evaluation_questions() -> list[tuple[str, str, str]]:
    """(file, id, text) of every question and earlier turn of every set, less the specification's public examples."""
    found = []
    for path in sorted(QUESTIONS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found.append((path.name, row["id"], row["question"]))
            found += [(path.name, f"{row['id']} (history)", h) for h in row.get("history", [])]
    public = {_plain(example) for example in PUBLIC_EXAMPLES}
    return [(f, i, q) for f, i, q in found if _plain(q) not in public]


def sentence_lines() -> list[tuple[str, str]]:
    """(table, line) of every hand-written product table written as sentences."""
    lines = [("qa/lexicon/offtopic.txt", line) for line in load_offtopic()]
    phrasings = ROOT / "corpus" / "everyday_phrasings.tsv"
    for row in phrasings.read_text(encoding="utf-8").splitlines():
        if "\t" in row and not row.startswith("#"):
            lines.append(("corpus/everyday_phrasings.tsv", row.split("\t", 1)[1]))
    return lines


def keyword_lines() -> list[tuple[str, str]]:
    """(table, keyword) of every hand-written keyword table (matched inside questions)."""
    lines: list[tuple[str, str]] = []
    for module in pkgutil.iter_modules(lexicon.__path__):
        loaded = importlib.import_module(f"qa.lexicon.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, lexicon.Table):
                lines += [(f"qa.lexicon.{module.name}.{name}", entry) for entry in value.entries]
    lines += [("qa.lexicon.glossary.ENGLISH", key) for key in ENGLISH]
    lines += [("qa.lexicon.slips.ROLE_WORD_SLIPS", key) for key in ROLE_WORD_SLIPS]
    lines += [("qa/lexicon/synonyms.py", word) for word in SYNONYMS]
    # The notice's own unit names (and their 市-less forms) are derived, not written: only the aliases count.
    notice = load_notice()
    printed = {u for t in notice.tasks for u in t.units}
    derived = printed | {u.removeprefix("市") for u in printed}
    lines += [("corpus/units.py aliases", a) for a in build_alias_table(notice) if a not in derived]
    return lines


def _plain(text: str) -> str:
    return _PUNCT.sub("", text.lower())


def test_no_sentence_table_line_resembles_an_evaluation_question():
    questions = [(f, i, bigrams(q)) for f, i, q in evaluation_questions()]
    clashes = []
    for table, line in sentence_lines():
        if len(_plain(line)) < MIN_CHARS:
            continue
        grams = bigrams(line)
        clashes += [f"{table}: {line!r} ~ {f} {i}" for f, i, q in questions if jaccard(grams, q) >= THRESHOLD]
    assert clashes == []


def test_no_keyword_is_a_whole_evaluation_question():
    questions = [(f, i, _plain(q)) for f, i, q in evaluation_questions()]
    clashes = []
    for table, line in keyword_lines():
        # One English word (a greeting, say) is vocabulary however many letters it has, like "你好".
        if len(_plain(line)) < MIN_CHARS or re.fullmatch(r"[a-z]+", _plain(line)):
            continue
        clashes += [f"{table}: {line!r} = {f} {i}" for f, i, q in questions if _plain(line) == q]
    assert clashes == []


@pytest.mark.parametrize("path", sorted((ROOT / "tests").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_test_file_quotes_an_evaluation_question(path):
    # A string of the test equal to a question once case and punctuation are set aside ("…是谁" for "…是谁？").
    literals = {_plain(s) for s in _string_literals(path)}
    quoted = [
        f"{f} {i}"
        for f, i, q in evaluation_questions()
        if len(_plain(q)) >= 4
        and _plain(q) not in _notice_words()  # "责任单位" typed alone is a label of the notice, quoted by parser tests
        and label_role(q) is None  # so is "配合单位", a label the parser reads in other notices
        and _plain(q) in literals
    ]
    assert quoted == []


def _string_literals(path: Path) -> list[str]:
    """Every string constant of a Python file, the parts of f-strings included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_no_product_code_quotes_an_evaluation_question():
    files = [p for folder in PRODUCT_CODE for p in (ROOT / folder).rglob("*.py")] + [ROOT / "app_gradio.py"]
    texts = {p.relative_to(ROOT): p.read_text(encoding="utf-8") for p in files}
    quoted = [
        f"{path}: {f} {i}"
        for f, i, q in evaluation_questions()
        if len(q) >= QUOTE_CHARS
        for path, text in texts.items()
        if q in text
    ]
    assert quoted == []


@functools.cache
def _notice_words() -> str:
    """The shipped notice's text, with the spaces and punctuation a typed question would not have."""
    return _plain(DEFAULT_NOTICE_PATH.read_text(encoding="utf-8"))


def test_the_guard_sees_a_copied_line():
    assert jaccard(bigrams("某县的老旧小区由谁牵头改造"), bigrams("某县的老旧小区由谁牵头改造？")) >= THRESHOLD


def test_the_keyword_guard_sees_a_copied_question():
    assert _plain("某地去年的GDP是多少？") == _plain("某地去年的gdp是多少")


def test_the_quote_guard_sets_punctuation_aside(tmp_path):
    test_file = tmp_path / "test_copy.py"
    test_file.write_text('QUESTION = "某地去年的GDP是多少"\n', encoding="utf-8")
    assert _plain("某地去年的GDP是多少？") in {_plain(s) for s in _string_literals(test_file)}
