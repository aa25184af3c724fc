"""Tests for models.st_config: what a sentence-transformers folder says, read without torch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.st_config import FolderConfig, Pooling, UnsupportedFolder, read_folder_config

TRANSFORMER = {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"}
POOLING = {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}
NORMALIZE = {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}


def write_folder(root: Path, *, modules: list[dict], pooling: dict, prompts: dict | None = None) -> Path:
    (root / "1_Pooling").mkdir(parents=True)
    (root / "modules.json").write_text(json.dumps(modules))
    (root / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    (root / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": 128, "do_lower_case": False}))
    if prompts is not None:
        (root / "config_sentence_transformers.json").write_text(json.dumps({"prompts": prompts}))
    return root


def test_a_mean_pooling_normalised_folder_with_prompts(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path,
        modules=[TRANSFORMER, POOLING, NORMALIZE],
        pooling={"pooling_mode_mean_tokens": True, "pooling_mode_cls_token": False, "include_prompt": True},
        prompts={"query": "q: ", "passage": "p: "},
    )
    config = read_folder_config(folder)
    assert config == FolderConfig(Pooling.MEAN, True, 128, {"query": "q: ", "passage": "p: "}, {})
    assert config.prompt("query") == "q: "
    assert config.prompt("document", "passage") == "p: "  # "document" absent: the next name counts
    assert config.prompt("classification") == ""


def test_cls_pooling_without_normalize_and_without_prompts(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, modules=[TRANSFORMER, POOLING], pooling={"pooling_mode_cls_token": True})
    config = read_folder_config(folder)
    assert (config.pooling, config.normalize, config.prompts) == (Pooling.CLS, False, {})


@pytest.mark.parametrize(
    ("modules", "pooling", "message"),
    [
        ([TRANSFORMER, POOLING], {"pooling_mode_lasttoken": True}, "pooling_mode_lasttoken"),
        ([TRANSFORMER, POOLING], {"pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": True}, "one of"),
        ([TRANSFORMER, POOLING], {"pooling_mode_mean_tokens": True, "include_prompt": False}, "include_prompt"),
        (
            [TRANSFORMER, POOLING, {"idx": 2, "type": "sentence_transformers.models.Dense", "path": "2_Dense"}],
            {"pooling_mode_mean_tokens": True},
            "Dense",
        ),
    ],
)
def test_what_the_onnx_path_cannot_reproduce_is_named(
    tmp_path: Path, modules: list[dict], pooling: dict, message: str
) -> None:
    folder = write_folder(tmp_path, modules=modules, pooling=pooling)
    with pytest.raises(UnsupportedFolder, match=message):
        read_folder_config(folder)


def test_a_folder_without_modules_json_is_named(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFolder, match=r"modules\.json"):
        read_folder_config(tmp_path)
