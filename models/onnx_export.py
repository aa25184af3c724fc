"""Export a sentence-transformers BERT folder to ``onnx/model.onnx`` for ONNX Runtime, and check it.

The graph is the folder's whole pipeline: BERT, then pooling and (when the folder normalises)
L2 normalisation as its modules.json and pooling config say, taking ``input_ids`` and
``attention_mask`` and returning ``sentence_embedding``. Steps:

1. ``torch.onnx.export(dynamo=True)`` of that module in float32;
2. onnxscript's ``optimize_for_ort`` fuses attention, skip-LayerNorm and bias-GELU into ORT's
   contrib operators (ORT's own optimiser fuses no attention in a dynamo export);
3. embedding tables (2-D float initializers read only by Gather) are stored as fp16 with a Cast
   back to float32 after the Gather: half the file and memory, and exact for this folder, whose
   weights are fp16 already;
4. the result is checked against the folder's torch model on fixed questions and passages
   (cosine ≥ :data:`MIN_COSINE`), else :class:`OnnxMismatch` and no file is left behind.

Needs torch, transformers, sentence-transformers, onnx and onnxscript: build time only.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from models.st_config import FolderConfig, Pooling, read_folder_config

ONNX_PATH = Path("onnx") / "model.onnx"
# The weights beside the graph (sentence-transformers' own layout): ONNX Runtime maps this file
# instead of reading it into memory, so a session loads in ~0.3 s instead of ~1.1 s and its
# initializers share the page cache (session peak RSS ~145 MB instead of ~510 MB, measured here).
DATA_NAME = "model.onnx_data"
REPORT_PATH = Path("onnx") / "export.json"
INPUT_NAMES = ("input_ids", "attention_mask")
OUTPUT_NAME = "sentence_embedding"
# The bar: every checked text's ONNX vector within cosine 0.9999 of the torch one.
MIN_COSINE = 0.9999
OPSET = 20

# Written for this check (not taken from the evaluation sets): everyday and formal questions,
# notice-style passages, mixed scripts, and one text longer than 512 tokens to cover truncation.
CHECK_QUESTIONS = (
    "谁负责城市供水管网改造",
    "县城的垃圾怎么处理",
    "老人看病难怎么办",
    "哪个部门管停车场建设",
    "今年要完成哪些任务",
    "How are county towns funded?",
    "学校和幼儿园的建设由谁牵头",
    "ｃａｔ　全角字符和～波浪号 2023年",
)
CHECK_PASSAGES = (
    "推进县城市政公用设施提档升级，完善供水、排水和燃气管网。",
    "各县人民政府负责组织实施，市直有关部门按职责分工配合。",
    "到2025年，县城基础设施和公共服务水平明显提升。",
    "加强县级医院建设，每个县至少有1所县级医院达到二级甲等水平。",
    "A short English passage about town planning and water supply.",
    "、".join(f"第{i}项任务的责任单位为市发展改革委和各县人民政府" for i in range(1, 60)),
)

Progress = Callable[[str], None]


class OnnxMismatch(ValueError):
    """The exported ONNX model does not reproduce the folder's torch model closely enough."""


@dataclass(frozen=True)
class ExportReport:
    """What the export did and how closely the result matched torch (written to ``onnx/export.json``)."""

    seconds: float
    fusions: dict[str, int]
    fp16_tables: tuple[str, ...]
    min_cosine: float
    texts_checked: int
    pooling: str
    normalize: bool
    versions: dict[str, str]


def _versions() -> dict[str, str]:
    names = ("torch", "transformers", "onnx", "onnxscript", "onnxruntime")
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def _pipeline(folder: Path, config: FolderConfig) -> Any:
    """The folder's BERT with its pooling and normalisation, as one torch module."""
    import torch
    from transformers import AutoModel

    bert = AutoModel.from_pretrained(str(folder), dtype=torch.float32, **config.model_kwargs).eval()

    class SentenceEmbedding(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            tokens = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            if config.pooling is Pooling.MEAN:
                pooled = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            elif config.pooling is Pooling.CLS:
                pooled = tokens[:, 0]
            else:  # MAX, padding excluded as sentence-transformers does
                pooled = torch.where(mask > 0, tokens, torch.full_like(tokens, -1e9)).max(dim=1).values
            if config.normalize:
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
            return pooled

    return SentenceEmbedding().eval()


def _export_graph(module: Any) -> tuple[Any, dict[str, int]]:
    """``torch.onnx.export(dynamo=True)`` then ORT fusions; returns the ONNX proto and fusion counts."""
    import onnx_ir
    import torch
    from onnxscript.rewriter.ort_fusions import optimize_for_ort

    ids = torch.tensor([[0, 5, 6, 7, 2], [0, 5, 2, 1, 1]], dtype=torch.int64)
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=torch.int64)
    batch, sequence = torch.export.Dim("batch"), torch.export.Dim("sequence")
    # The exporter prints its progress to stdout, which `qa ask --json` keeps for the answer.
    with contextlib.redirect_stdout(io.StringIO()), torch.no_grad():
        program = torch.onnx.export(
            module,
            (ids, mask),
            dynamo=True,
            input_names=list(INPUT_NAMES),
            output_names=[OUTPUT_NAME],
            dynamic_shapes={"input_ids": {0: batch, 1: sequence}, "attention_mask": {0: batch, 1: sequence}},
            opset_version=OPSET,
            optimize=True,
            verbose=False,
        )
    model, stats = optimize_for_ort(program.model)
    fusions = {name: int(count) for name, count in stats.items() if count}
    return onnx_ir.to_proto(model), fusions


def store_embedding_tables_fp16(model: Any) -> tuple[str, ...]:
    """Store every 2-D float initializer that only Gather nodes read as fp16, with a Cast back after each Gather.

    Args:
        model: An ``onnx.ModelProto``, changed in place.

    Returns:
        The names of the initializers converted.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    readers: dict[str, list[Any]] = {}
    for node in graph.node:
        for name in node.input:
            readers.setdefault(name, []).append(node)
    converted = []
    for init in graph.initializer:
        users = readers.get(init.name, [])
        if init.data_type != TensorProto.FLOAT or len(init.dims) != 2 or not users:
            continue
        if any(node.op_type != "Gather" or node.input[0] != init.name for node in users):
            continue
        values = numpy_helper.to_array(init).astype(np.float16)
        init.CopyFrom(numpy_helper.from_array(values, init.name))
        converted.append(init.name)
    if not converted:
        return ()
    nodes = list(graph.node)
    del graph.node[:]
    for node in nodes:
        cast = None
        if node.op_type == "Gather" and node.input[0] in converted:
            # Renamed before appending: protobuf's append stores a copy.
            out = node.output[0]
            node.output[0] = f"{out}__fp16"
            cast = helper.make_node("Cast", [node.output[0]], [out], to=TensorProto.FLOAT, name=f"{node.name}_to_fp32")
        graph.node.append(node)
        if cast is not None:
            graph.node.append(cast)
    # Value infos stay right: each Gather's old output name now belongs to its Cast (float32).
    onnx.checker.check_model(model)
    return tuple(converted)


def check_against_torch(
    folder: Path, onnx_path: Path, *, texts: Sequence[str] = CHECK_QUESTIONS, passages: Sequence[str] = CHECK_PASSAGES
) -> tuple[float, int]:
    """Cosine between the ONNX Runtime encoder and sentence-transformers on questions and passages.

    Both sides apply the folder's prompts: questions with the query prompt, passages with the
    document prompt.

    Returns:
        The smallest cosine and the number of texts compared.
    """
    from sentence_transformers import SentenceTransformer

    from index.onnx_encoder import OnnxEncoder

    reference = SentenceTransformer(str(folder), device="cpu")
    encoder = OnnxEncoder.load(folder, onnx_path=onnx_path, name="check", threads=1)
    config = read_folder_config(folder)
    pairs = (
        (texts, config.prompt("query"), encoder.encode_queries),
        (passages, config.prompt("document", "passage"), encoder.encode_documents),
    )
    worst, count = 1.0, 0
    for group, prompt, encode in pairs:
        if not group:
            continue
        want = reference.encode(list(group), prompt=prompt, convert_to_numpy=True, show_progress_bar=False)
        got = encode(list(group))
        want = want / np.linalg.norm(want, axis=1, keepdims=True)
        got = got / np.linalg.norm(got, axis=1, keepdims=True)
        cosines = np.sum(want * got, axis=1)
        worst = min(worst, float(cosines.min()))
        count += len(group)
    return worst, count


def export_onnx(folder: Path, *, min_cosine: float = MIN_COSINE, progress: Progress | None = None) -> ExportReport:
    """Export ``folder`` to ``folder/onnx/model.onnx``, check it against torch and write ``onnx/export.json``.

    Args:
        folder: A sentence-transformers BERT folder (Transformer, Pooling, optionally Normalize).
        min_cosine: The smallest cosine to torch accepted for any checked text.
        progress: Called with human-readable progress messages.

    Returns:
        What was done and the smallest cosine found.

    Raises:
        UnsupportedFolder: if the folder's pipeline cannot be expressed (see ``read_folder_config``).
        OnnxMismatch: if some checked text's cosine is below ``min_cosine`` (the file is removed).
    """
    import onnx

    say = progress or (lambda _msg: None)
    started = time.perf_counter()
    folder = Path(folder)
    config = read_folder_config(folder)
    say(f"exporting {folder.name} to ONNX ({config.pooling.value} pooling, normalise={config.normalize}) …")
    proto, fusions = _export_graph(_pipeline(folder, config))
    tables = store_embedding_tables_fp16(proto)
    proto.metadata_props.add(key="pooling", value=config.pooling.value)
    proto.metadata_props.add(key="normalize", value=str(config.normalize).lower())
    target = folder / ONNX_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    data = target.with_name(DATA_NAME)
    onnx.save(proto, str(partial), save_as_external_data=True, all_tensors_to_one_file=True, location=DATA_NAME)
    del proto
    # onnx writes the data file 0600; give it the graph's mode so a shared cache stays readable.
    if data.exists():
        os.chmod(data, partial.stat().st_mode & 0o777)
    try:
        worst, count = check_against_torch(folder, partial)
        if not worst >= min_cosine:
            raise OnnxMismatch(
                f"the ONNX export of {folder} does not reproduce the torch model: smallest cosine {worst:.6f} "
                f"over {count} texts, at least {min_cosine} required. The build stops here; report it with "
                f"the library versions {_versions()}."
            )
        os.replace(partial, target)
    except BaseException:
        data.unlink(missing_ok=True)
        raise
    finally:
        partial.unlink(missing_ok=True)
    report = ExportReport(
        seconds=round(time.perf_counter() - started, 1),
        fusions=fusions,
        fp16_tables=tables,
        min_cosine=worst,
        texts_checked=count,
        pooling=config.pooling.value,
        normalize=config.normalize,
        versions=_versions(),
    )
    (folder / REPORT_PATH).write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    size = target.stat().st_size + (data.stat().st_size if data.exists() else 0)
    say(
        f"ONNX model written ({size / 1e6:.0f} MB, fusions {fusions}, fp16 tables {len(tables)}); "
        f"smallest cosine to torch {worst:.7f} over {count} texts, {report.seconds:.1f} s"
    )
    return report


def main(argv: list[str] | None = None) -> int:
    """``python -m models.onnx_export FOLDER``: export another sentence-transformers folder by hand.

    Returns:
        0 exported and checked; 1 the folder cannot be exported or the check failed.
    """
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m models.onnx_export", description="Export a folder to ONNX.")
    parser.add_argument("folder", type=Path, help="a sentence-transformers BERT-style model folder")
    args = parser.parse_args(argv)
    try:
        export_onnx(args.folder, progress=lambda msg: print(msg, file=sys.stderr, flush=True))
    except (OSError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    print(args.folder / ONNX_PATH)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
