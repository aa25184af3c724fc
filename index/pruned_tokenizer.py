"""The model's Unigram tokenizer cut down to the pieces Chinese text can use, with the full one as fallback.

Loading ``tokenizer.json`` (250k pieces) is ~1.3 s of a fresh ``qa ask``. A Unigram tokenizer only
ever uses pieces that are substrings of a pre-tokenized word of the (normalised) text, so a
tokenizer keeping every piece made of CJK characters, punctuation and digits (plus the pieces
inside the prompt words, e.g. ``▁query:``) gives the same segmentation for any text all of whose
words' substrings that are pieces at all are kept. :class:`PrunedTokenizer` checks that for each
text (exactly, against a sorted array of CRC-32s of every piece: a collision can only send a
text to the fallback) and otherwise uses the full tokenizer, loaded on first need. Ids are
mapped back to the full tokenizer's, so callers see the same ids either way.

The smallest piece score is kept too: Unigram prices an unknown character from it.
The pruned files are written once next to ``tokenizer.json`` (``pruned_tokenizer/``), keyed by
its size and modification time and the extra words; a folder that cannot be written just loads
the full tokenizer.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

# Characters of kept pieces: ASCII and Latin-1 other than letters, general punctuation, the
# Metaspace marker, CJK punctuation, CJK ideographs (with extension A), full-width forms.
BASE_RANGES = (
    (0x20, 0x40),
    (0x5B, 0x60),
    (0x7B, 0x7E),
    (0xA0, 0xBF),
    (0xD7, 0xD7),
    (0xF7, 0xF7),
    (0x2000, 0x206F),
    (0x2581, 0x2581),
    (0x3000, 0x303F),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xFF00, 0xFFEF),
)
_MEMO_SIZE = 4096  # words whose coverage is remembered
_BASE_WORD = re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in BASE_RANGES) + "]*")
FORMAT = 1
# The folder next to tokenizer.json holding the pruned files (derived data: not part of a model's identity).
PRUNED_DIR = "pruned_tokenizer"


@dataclass(frozen=True)
class Encoded:
    """One text's token ids (the full tokenizer's numbering) and which of them are special tokens."""

    ids: list[int]
    special_tokens_mask: list[int]


class PrunedTokenizer:
    """The subset of ``tokenizers.Tokenizer`` the ONNX encoder uses, answered by a pruned vocabulary when exact."""

    def __init__(
        self, pruned: Any, id_map: np.ndarray, piece_hashes: np.ndarray, longest: int, full_path: Path
    ) -> None:
        """Wrap a pruned tokenizer.

        Args:
            pruned: the ``tokenizers.Tokenizer`` over the kept pieces.
            id_map: the full tokenizer's id of each pruned id.
            piece_hashes: sorted CRC-32s of every piece of the full vocabulary.
            longest: the length of the full vocabulary's longest piece, in characters.
            full_path: the full ``tokenizer.json``, loaded when a text needs it.
        """
        self._pruned = pruned
        self._id_map = id_map
        self._hashes = piece_hashes
        self._longest = longest
        self._full_path = full_path
        self._full: Any = None
        self._lock = threading.Lock()
        self._truncate, self._pad = True, True
        self._kept = frozenset(pruned.get_vocab())
        self._added = tuple(t.content for t in pruned.get_added_tokens_decoder().values())
        self._covered_words: dict[str, bool] = {}  # word → covered, remembered ("query:" opens every question)

    # The tokenizers.Tokenizer subset ---------------------------------------------------------
    @property
    def padding(self) -> dict[str, Any] | None:
        """The padding settings, ``pad_id`` in the full tokenizer's numbering."""
        padding = self._pruned.padding
        if padding and padding.get("pad_id") is not None:
            padding = {**padding, "pad_id": int(self._id_map[padding["pad_id"]])}
        return padding

    def token_to_id(self, token: str) -> int | None:
        """The full tokenizer's id of ``token`` (None if it has none)."""
        token_id = self._pruned.token_to_id(token)
        if token_id is not None:
            return int(self._id_map[token_id])
        return self.full().token_to_id(token)

    def no_truncation(self) -> None:
        """Turn truncation off (here and in the fallback)."""
        self._pruned.no_truncation()
        self._truncate = False
        if self._full is not None:
            self._full.no_truncation()

    def no_padding(self) -> None:
        """Turn padding off (here and in the fallback)."""
        self._pruned.no_padding()
        self._pad = False
        if self._full is not None:
            self._full.no_padding()

    def encode(self, text: str) -> Encoded:
        """Encode one text (special tokens added)."""
        return self.encode_batch([text])[0]

    def encode_batch(self, texts: Sequence[str]) -> list[Encoded]:
        """Encode texts in order; those the pruned vocabulary cannot segment exactly go to the full tokenizer."""
        covered = [self.covers(t) for t in texts]
        out: list[Encoded | None] = [None] * len(texts)
        mine = [i for i, c in enumerate(covered) if c]
        if mine:
            for i, encoding in zip(mine, self._pruned.encode_batch([texts[i] for i in mine]), strict=True):
                out[i] = Encoded(self._id_map[encoding.ids].tolist(), list(encoding.special_tokens_mask))
        rest = [i for i, c in enumerate(covered) if not c]
        if rest:
            for i, encoding in zip(rest, self.full().encode_batch([texts[i] for i in rest]), strict=True):
                out[i] = Encoded(list(encoding.ids), list(encoding.special_tokens_mask))
        return [e for e in out if e is not None]

    # Inside ----------------------------------------------------------------------------------
    def covers(self, text: str) -> bool:
        """Whether the pruned vocabulary holds every piece the full one could use on ``text``."""
        if any(token in text for token in self._added):
            return False  # added tokens split the text before normalisation; keep it simple and exact
        for word in _words(self._pruned, text):
            if _BASE_WORD.fullmatch(word) or word in self._kept:
                continue
            covered = self._covered_words.get(word)
            if covered is None:
                if len(self._covered_words) >= _MEMO_SIZE:
                    self._covered_words.clear()  # bounded: questions bring new words without end
                covered = self._covered_words[word] = self._word_covered(word)
            if not covered:
                return False
        return True

    def _word_covered(self, word: str) -> bool:
        # Substrings made only of base characters are kept whenever they are pieces; check the others,
        # no longer than the full vocabulary's longest piece, single characters first (the usual miss).
        outside = [i for i, ch in enumerate(word) if not _BASE_WORD.fullmatch(ch)]
        spans = [(i, i + 1) for i in outside]
        for i in outside:
            for start in range(max(0, i - self._longest + 1), i + 1):
                spans.extend(
                    (start, end) for end in range(max(i + 1, start + 2), min(len(word), start + self._longest) + 1)
                )
        for start, end in spans:
            piece = word[start:end]
            if piece in self._kept:
                continue
            digest = zlib.crc32(piece.encode("utf-8", "surrogatepass"))
            at = int(self._hashes.searchsorted(np.uint32(digest)))  # a Python int would convert the array
            if at < len(self._hashes) and self._hashes[at] == digest:
                return False  # a piece of the full vocabulary (or a CRC twin) that was not kept
        return True

    def full(self) -> Any:
        """The full tokenizer, loaded on first use with the same truncation and padding state."""
        with self._lock:
            if self._full is None:
                from tokenizers import Tokenizer

                full = Tokenizer.from_file(str(self._full_path))
                if not self._truncate:
                    full.no_truncation()
                if not self._pad:
                    full.no_padding()
                self._full = full
        return self._full


def load_tokenizer(path: Path, extra_words: Iterable[str] = ()) -> Any:
    """The tokenizer of ``path`` (a ``tokenizer.json``): pruned when its model is Unigram and the cache is writable.

    Args:
        path: the full ``tokenizer.json``.
        extra_words: texts whose words are kept whole with all their sub-pieces (the prompts).

    Returns:
        A :class:`PrunedTokenizer`, or the full ``tokenizers.Tokenizer`` when pruning does not apply.
    """
    from tokenizers import Tokenizer

    path = Path(path)
    extras = sorted({w for text in extra_words for w in text.split() if w})
    stat = path.stat()
    tag = hashlib.sha256(json.dumps([FORMAT, stat.st_size, stat.st_mtime_ns, extras]).encode()).hexdigest()[:16]
    folder = path.parent / PRUNED_DIR
    files = (folder / f"{tag}.json", folder / f"{tag}.npz")
    if not all(f.is_file() for f in files):
        try:
            if not _write_pruned(path, extras, files):
                return Tokenizer.from_file(str(path))
        except OSError:
            return Tokenizer.from_file(str(path))
    pruned = Tokenizer.from_file(str(files[0]))
    with np.load(files[1]) as arrays:
        return PrunedTokenizer(pruned, arrays["ids"], arrays["hashes"], int(arrays["longest"]), path)


def _write_pruned(path: Path, extras: list[str], files: tuple[Path, Path]) -> bool:
    """Write the pruned tokenizer, its id map and the full vocabulary's hashes; False if pruning does not apply."""
    from tokenizers import Tokenizer

    spec = json.loads(path.read_text(encoding="utf-8"))
    model = spec.get("model", {})
    if model.get("type") != "Unigram" or model.get("byte_fallback"):
        return False
    if (spec.get("post_processor") or {}).get("type", "TemplateProcessing") != "TemplateProcessing":
        return False  # other post-processors hold special ids in shapes not renumbered here
    vocab = model["vocab"]
    # The words as the pre-tokenizer presents them ("query:" -> "▁query:"), every substring kept.
    full = Tokenizer.from_str(json.dumps(spec))
    wanted: set[str] = set()
    for text in extras:
        for word in _words(full, text):
            wanted.update(word[i:j] for i in range(len(word)) for j in range(i + 1, len(word) + 1))
    added = {token["content"] for token in spec.get("added_tokens", [])}
    pieces = {piece for piece, _ in vocab}
    if not added <= pieces or vocab[model.get("unk_id", 0)][0] not in pieces:
        return False  # added tokens outside the vocabulary would be renumbered: keep the full tokenizer
    lowest = min(range(len(vocab)), key=lambda i: vocab[i][1])
    keep = [
        i
        for i, (piece, _) in enumerate(vocab)
        if i == lowest or i == model.get("unk_id") or piece in added or piece in wanted or _BASE_WORD.fullmatch(piece)
    ]
    position = {vocab[i][0]: n for n, i in enumerate(keep)}
    pruned = dict(spec)
    pruned["model"] = {**model, "vocab": [vocab[i] for i in keep], "unk_id": position[vocab[model["unk_id"]][0]]}
    pruned["added_tokens"] = [{**token, "id": position[token["content"]]} for token in spec.get("added_tokens", [])]
    processor = pruned.get("post_processor")
    if processor and processor.get("type") == "TemplateProcessing":
        processor = json.loads(json.dumps(processor))
        for special in processor.get("special_tokens", {}).values():
            special["ids"] = [position[token] for token in special["tokens"]]
        pruned["post_processor"] = processor
    padding = pruned.get("padding")
    if padding and padding.get("pad_token") in position:
        pruned["padding"] = {**padding, "pad_id": position[padding["pad_token"]]}
    hashes = np.unique(np.array([zlib.crc32(p.encode("utf-8", "surrogatepass")) for p, _ in vocab], dtype=np.uint32))
    files[0].parent.mkdir(parents=True, exist_ok=True)
    longest = max(len(piece) for piece, _ in vocab)
    _atomic(
        files[1],
        lambda out: np.savez(out, ids=np.array(keep, dtype=np.int64), hashes=hashes, longest=np.array(longest)),
    )
    _atomic(files[0], lambda out: out.write(json.dumps(pruned, ensure_ascii=False).encode("utf-8")))
    return True


def _words(tokenizer: Any, text: str) -> list[str]:
    """``text`` as the Unigram model sees it: normalised, then split by the pre-tokenizer (if any)."""
    normalized = tokenizer.normalizer.normalize_str(text) if tokenizer.normalizer else text
    if tokenizer.pre_tokenizer is None:
        return [normalized]
    return [word for word, _ in tokenizer.pre_tokenizer.pre_tokenize_str(normalized)]


def _atomic(path: Path, write: Any) -> None:
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
