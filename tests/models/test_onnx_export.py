"""Tests for models.onnx_export: the exported graph reproduces the folder's model, or the build stops."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import onnx
import onnxruntime
import pytest
from onnx import TensorProto, helper, numpy_helper

from index.onnx_encoder import OnnxEncoder
from models import onnx_export
from models.reader import read_e5_bin
from tests.models.synthetic import SENTENCES, reference_embed, reference_tokenize


def test_the_export_reproduces_the_float64_reference(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    source, folder, weights = synthetic_folder
    tok = read_e5_bin(source).tokenizer
    encoder = OnnxEncoder.load(folder, name="tiny", threads=1)
    assert not encoder._pool_here  # the graph pools and normalises itself
    queries, documents = encoder.encode_queries(SENTENCES), encoder.encode_documents(SENTENCES)
    for i, text in enumerate(SENTENCES):
        for got, prefix in ((queries[i], "query: "), (documents[i], "passage: ")):
            want = reference_embed(weights, reference_tokenize(tok, prefix + text))
            np.testing.assert_allclose(got, want, atol=1e-4, err_msg=prefix + text)


def test_the_export_stores_embedding_tables_as_fp16_and_records_its_check(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]],
) -> None:
    _, folder, _ = synthetic_folder
    model = onnx.load(str(folder / "onnx" / "model.onnx"))
    tables = {i.name: i for i in model.graph.initializer if i.name.endswith("word_embeddings.weight")}
    assert [t.data_type for t in tables.values()] == [TensorProto.FLOAT16]
    metadata = {p.key: p.value for p in model.metadata_props}
    assert (metadata["pooling"], metadata["normalize"]) == ("mean", "true")
    assert any(n.op_type == "Cast" and n.name.endswith("_to_fp32") for n in model.graph.node)
    # The weights live beside the graph, where ONNX Runtime maps them instead of reading them in.
    graph_only = onnx.load(str(folder / "onnx" / "model.onnx"), load_external_data=False)
    word = next(i for i in graph_only.graph.initializer if i.name.endswith("word_embeddings.weight"))
    assert word.data_location == TensorProto.EXTERNAL
    assert {e.key: e.value for e in word.external_data}["location"] == "model.onnx_data"
    mode = (folder / "onnx" / "model.onnx_data").stat().st_mode & 0o777
    assert mode == (folder / "onnx" / "model.onnx").stat().st_mode & 0o777  # not onnx's private 0600
    report = json.loads((folder / "onnx" / "export.json").read_text())
    assert report["min_cosine"] >= onnx_export.MIN_COSINE
    assert report["texts_checked"] == len(onnx_export.CHECK_QUESTIONS) + len(onnx_export.CHECK_PASSAGES)
    assert report["fusions"].get("skip_layer_normalization", 0) >= 1  # onnxscript's ORT fusions ran


def test_a_mismatch_stops_the_build_and_leaves_no_model(
    synthetic_folder: tuple[Path, Path, dict[str, np.ndarray]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, folder, _ = synthetic_folder
    copy = tmp_path / "model"
    shutil.copytree(folder, copy)
    shutil.rmtree(copy / "onnx")
    monkeypatch.setattr(onnx_export, "check_against_torch", lambda *args, **kwargs: (0.99, 14))
    with pytest.raises(onnx_export.OnnxMismatch, match=r"smallest cosine 0\.990000 over 14 texts, at least 0\.9999"):
        onnx_export.export_onnx(copy)
    assert list((copy / "onnx").iterdir()) == []


def test_only_gather_tables_become_fp16_with_a_cast_back(tmp_path: Path) -> None:
    table = np.arange(12, dtype=np.float32).reshape(4, 3) / 3  # thirds: fp16 rounds them
    other = np.ones((2, 3), dtype=np.float32)
    graph = helper.make_graph(
        [
            helper.make_node("Gather", ["table", "ids"], ["rows"], name="gather"),
            helper.make_node("Gather", ["other", "zero"], ["other_row"], name="pick"),
            helper.make_node("Add", ["rows", "other_row"], ["out"], name="add"),
            helper.make_node("Add", ["out", "other"], ["out2"], name="add_other"),
        ],
        "g",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, [2])],
        [helper.make_tensor_value_info("out2", TensorProto.FLOAT, [2, 3])],
        [
            numpy_helper.from_array(table, "table"),
            numpy_helper.from_array(other, "other"),
            numpy_helper.from_array(np.array(0, dtype=np.int64), "zero"),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    # "other" is also read by an Add, so it must stay float32; "table" is read only by a Gather.
    assert onnx_export.store_embedding_tables_fp16(model) == ("table",)
    path = tmp_path / "m.onnx"
    onnx.save(model, str(path))
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    (got,) = session.run(None, {"ids": np.array([1, 3], dtype=np.int64)})
    want = table.astype(np.float16).astype(np.float32)[[1, 3]] + 1 + 1
    np.testing.assert_array_equal(got, want)
    assert got.dtype == np.float32
