"""Read what a sentence-transformers folder says about pooling, normalisation, length and prompts.

Used both when exporting ONNX (the graph pools as the folder says) and at query time by the
ONNX Runtime encoder, so neither hard-codes E5's choices. Only plain JSON reading: no torch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

TRANSFORMER_TYPE = "sentence_transformers.models.Transformer"
POOLING_TYPE = "sentence_transformers.models.Pooling"
NORMALIZE_TYPE = "sentence_transformers.models.Normalize"


class Pooling(Enum):
    """How token vectors become one sentence vector (the pooling modes we can run outside torch)."""

    MEAN = "mean"
    CLS = "cls"
    MAX = "max"


_POOLING_FLAGS = {
    "pooling_mode_mean_tokens": Pooling.MEAN,
    "pooling_mode_cls_token": Pooling.CLS,
    "pooling_mode_max_tokens": Pooling.MAX,
}
_UNSUPPORTED_FLAGS = ("pooling_mode_mean_sqrt_len_tokens", "pooling_mode_weightedmean_tokens", "pooling_mode_lasttoken")


class UnsupportedFolder(ValueError):
    """The folder asks for something the ONNX path does not reproduce (the torch backend still can)."""


@dataclass(frozen=True)
class FolderConfig:
    """The parts of a sentence-transformers folder that decide its embeddings besides the weights."""

    pooling: Pooling
    normalize: bool
    max_seq_length: int
    prompts: dict[str, str] = field(default_factory=dict)
    model_kwargs: dict[str, Any] = field(default_factory=dict)

    def prompt(self, *names: str) -> str:
        """The first of the named prompts the folder defines, or "" when it defines none of them."""
        for name in names:
            if name in self.prompts:
                return self.prompts[name]
        return ""


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UnsupportedFolder(f"cannot read {path}: {exc}") from exc


def read_folder_config(folder: Path) -> FolderConfig:
    """Read modules.json, the pooling config, sentence_bert_config.json and the prompts of ``folder``.

    Args:
        folder: A sentence-transformers model folder.

    Returns:
        The folder's pooling, normalisation, token limit and prompts.

    Raises:
        UnsupportedFolder: if a file is missing or malformed, or the module pipeline is not
            Transformer → Pooling (mean, CLS or max, prompt included) [→ Normalize].
    """
    folder = Path(folder)
    modules = _read_json(folder / "modules.json")
    if not isinstance(modules, list):
        raise UnsupportedFolder(f"{folder / 'modules.json'} should hold a list of modules")
    types = [m.get("type") for m in sorted(modules, key=lambda m: m.get("idx", 0))]
    allowed = ([TRANSFORMER_TYPE, POOLING_TYPE], [TRANSFORMER_TYPE, POOLING_TYPE, NORMALIZE_TYPE])
    if types not in allowed:
        raise UnsupportedFolder(
            f"modules {types} are not supported outside torch; expected Transformer, Pooling and optionally Normalize"
        )
    pooling_path = next(m.get("path", "") for m in modules if m.get("type") == POOLING_TYPE)
    pooling_config = _read_json(folder / pooling_path / "config.json")
    chosen = [mode for flag, mode in _POOLING_FLAGS.items() if pooling_config.get(flag)]
    unsupported = [flag for flag in _UNSUPPORTED_FLAGS if pooling_config.get(flag)]
    if unsupported or len(chosen) != 1:
        flags = [flag for flag in (*_POOLING_FLAGS, *_UNSUPPORTED_FLAGS) if pooling_config.get(flag)]
        raise UnsupportedFolder(f"pooling {flags} is not supported outside torch; expected one of mean, cls, max")
    if pooling_config.get("include_prompt", True) is not True:
        raise UnsupportedFolder("pooling with include_prompt=false is not supported outside torch")
    bert_config = _read_json(folder / "sentence_bert_config.json")
    if bert_config.get("do_lower_case"):
        raise UnsupportedFolder("do_lower_case=true is not supported outside torch")
    max_seq_length = bert_config.get("max_seq_length")
    if not isinstance(max_seq_length, int) or max_seq_length < 1:
        raise UnsupportedFolder(f"max_seq_length must be a positive whole number, got {max_seq_length!r}")
    prompts: dict[str, str] = {}
    st_config_path = folder / "config_sentence_transformers.json"
    if st_config_path.is_file():
        prompts = dict(_read_json(st_config_path).get("prompts") or {})
    return FolderConfig(
        pooling=chosen[0],
        normalize=types[-1] == NORMALIZE_TYPE,
        max_seq_length=max_seq_length,
        prompts=prompts,
        model_kwargs=dict(bert_config.get("model_kwargs") or {}),
    )
