"""Two processes starting together on an empty cache build once and agree on the result."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BUILDER = """
import json, sys, time
from pathlib import Path
from corpus import load_notice
from corpus.units import build_alias_table
from index.build import build_indexes
from index.tokenize import Tokenizer, notice_user_words
from tests.fakes import FakeEncoder

class SlowFake(FakeEncoder):
    def encode_documents(self, texts):
        time.sleep(1.5)  # widen the race window
        return super().encode_documents(texts)

notice = load_notice()
tokenizer = Tokenizer(notice_user_words(notice, build_alias_table(notice)))
built = build_indexes(notice, tokenizer=tokenizer, encoder=SlowFake(), cache_root=Path(sys.argv[1]),
                      key_fields={"notice": "x"}, progress=lambda m: None)
print(json.dumps({"source": built.source, "passages": len(built.dense.passages)}))
"""


def test_two_processes_on_an_empty_cache_build_once(tmp_path):
    procs = [
        subprocess.Popen([sys.executable, "-c", BUILDER, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [json.loads(p.communicate(timeout=120)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sorted(r["source"] for r in results) == ["built", "cache"]
    assert results[0]["passages"] == results[1]["passages"]
    folders = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert len(folders) == 1 and (folders[0] / "manifest.json").is_file()
