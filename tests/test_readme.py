"""The README's two commands are the ones CI and newcomers run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section, flags=re.S)


def test_the_readme_has_exactly_two_commands_install_and_run_then_test():
    run, test = readme_commands()
    assert run.endswith("app_gradio.py") and "pip install -r requirements.txt" in run
    assert test.endswith("-m pytest") and "pip install -r requirements.txt" in test


def test_ci_runs_the_readme_test_command_verbatim():
    _, test = readme_commands()
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_no_path_of_this_machine_is_committed():
    for path in list(ROOT.glob("*.md")) + list(ROOT.glob("*.txt")) + [ROOT / ".ci" / "run"]:
        assert "/work/" not in path.read_text(encoding="utf-8"), path
