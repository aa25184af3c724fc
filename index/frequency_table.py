"""jieba's prefix dictionary as a memory-mapped file, so a fresh process does not load it.

jieba keeps its dictionary in ``Tokenizer.FREQ`` (word -> frequency, 0 for a prefix that is not a
word; ~580k entries) and its sum in ``Tokenizer.total``; ``initialize()`` builds or unmarshals
that dict, ~1.5 s of every fresh ``qa ask``. Cutting a text only ever looks up substrings of it
(``in``, ``[]``, ``.get``), and ``add_word`` writes a few entries. :class:`FrequencyTable` answers
those look-ups from an open-addressing hash table in a file written once from jieba's own
``FREQ``/``total`` (so the values are jieba's, not a re-parse), with an in-memory overlay for
words the project adds and for entries already looked up.

The file is keyed by jieba's version and the dictionary file's size and modification time;
:func:`frozen_frequencies` returns None (plain jieba is used) for a jieba version whose internals
this was not checked against.
"""

from __future__ import annotations

import mmap
import os
import struct
import tempfile
import zlib
from collections.abc import Mapping
from pathlib import Path

# The jieba releases whose Tokenizer reads FREQ only through ``in``, ``[]``, ``.get`` and writes it
# only through ``[]=`` (checked by reading jieba/__init__.py); any other falls back to jieba's own load.
SUPPORTED_JIEBA = frozenset({"0.42.1"})

_MAGIC = b"QAJIEBA1"
_HEADER = struct.Struct("<8sQQQ")  # magic, slot count (a power of two), entry count, total
_SLOT = struct.Struct("<III")  # crc32 of the key, key offset in the blob (0: empty slot), frequency
_KEY_LENGTH = struct.Struct("<H")
_MISSING = object()


class FrequencyTable:
    """A read-only word -> frequency table in a file, behind a writable overlay (jieba's ``FREQ`` protocol)."""

    def __init__(self, path: Path) -> None:
        """Map the table written by :meth:`write` at ``path``.

        Raises:
            ValueError: if the file is not such a table.
        """
        with open(path, "rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        if len(self._map) < _HEADER.size:
            raise ValueError(f"{path} is not a frequency table (too short: {len(self._map)} bytes)")
        magic, slots, self.entries, self.total = _HEADER.unpack_from(self._map, 0)
        if magic != _MAGIC or slots & (slots - 1) or len(self._map) < _HEADER.size + slots * _SLOT.size:
            raise ValueError(f"{path} is not a frequency table (bad header)")
        self._mask = slots - 1
        self._blob = _HEADER.size + slots * _SLOT.size
        # Words written by add_word, and look-ups already answered (None: not in the table).
        self._known: dict[str, int | None] = {}

    def overlay(self) -> FrequencyTable:
        """A view sharing this file with its own empty overlay (one per jieba tokenizer: add_word writes to it)."""
        view = object.__new__(FrequencyTable)
        view._map, view.entries, view.total = self._map, self.entries, self.total
        view._mask, view._blob, view._known = self._mask, self._blob, {}
        return view

    # jieba's FREQ protocol ------------------------------------------------------------------
    def get(self, word: str, default: int | None = None) -> int | None:
        """The frequency of ``word`` (0 for a prefix that is not a word), or ``default`` when absent."""
        value = self._known.get(word, _MISSING)
        if value is _MISSING:
            value = self._known[word] = self._read(word)
        return default if value is None else value

    # Written out rather than through get(): jieba's get_DAG calls these for every prefix it walks.
    def __contains__(self, word: object) -> bool:
        value = self._known.get(word, _MISSING)  # type: ignore[call-overload]
        if value is _MISSING:
            if not isinstance(word, str):
                return False
            value = self._known[word] = self._read(word)
        return value is not None

    def __getitem__(self, word: str) -> int:
        value = self._known.get(word, _MISSING)
        if value is _MISSING:
            value = self._known[word] = self._read(word)
        if value is None:
            raise KeyError(word)
        return value

    def __setitem__(self, word: str, frequency: int) -> None:
        self._known[word] = frequency

    # Inside ----------------------------------------------------------------------------------
    def _read(self, word: str) -> int | None:
        key = word.encode("utf-8", "surrogatepass")
        digest = zlib.crc32(key)
        slot = digest & self._mask
        data = self._map
        while True:
            stored, offset, frequency = _SLOT.unpack_from(data, _HEADER.size + slot * _SLOT.size)
            if offset == 0:
                return None
            if stored == digest:
                start = self._blob + offset
                (length,) = _KEY_LENGTH.unpack_from(data, start)
                if data[start + _KEY_LENGTH.size : start + _KEY_LENGTH.size + length] == key:
                    return frequency
            slot = (slot + 1) & self._mask

    @staticmethod
    def write(path: Path, frequencies: Mapping[str, int], total: int) -> None:
        """Write ``frequencies`` and ``total`` as a table file, atomically (a reader never sees half a file).

        Raises:
            ValueError: if a frequency is outside 0..2**32-1 or a word is longer than 65535 bytes.
        """
        slots = 1 << max(4, (len(frequencies) * 2 - 1).bit_length())  # load factor <= 1/2
        mask = slots - 1
        table = bytearray(slots * _SLOT.size)
        blob = bytearray(b"\0")  # offset 0 marks an empty slot
        for word, frequency in frequencies.items():
            if not 0 <= frequency < 2**32:
                raise ValueError(f"frequency of {word!r} must be in 0..{2**32 - 1}, got {frequency}")
            key = word.encode("utf-8", "surrogatepass")
            if len(key) >= 2**16:
                raise ValueError(f"a word must be shorter than 65536 bytes, got {len(key)} for {word[:20]!r}…")
            digest = zlib.crc32(key)
            slot = digest & mask
            while _SLOT.unpack_from(table, slot * _SLOT.size)[1]:
                slot = (slot + 1) & mask
            _SLOT.pack_into(table, slot * _SLOT.size, digest, len(blob), frequency)
            blob += _KEY_LENGTH.pack(len(key)) + key
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_HEADER.pack(_MAGIC, slots, len(frequencies), total))
                out.write(table)
                out.write(blob)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


_opened: dict[Path, FrequencyTable] = {}


def frozen_frequencies(cache_dir: Path) -> FrequencyTable | None:
    """jieba's default prefix dictionary as a :class:`FrequencyTable` under ``cache_dir``, written on first use.

    The first call for a dictionary builds jieba's ``FREQ`` the usual way (jieba's own load) and
    writes the file; later processes map it. Each call returns a fresh overlay over a shared mapping.

    Returns:
        None when this jieba version is not one the table was checked against (use plain jieba).
    """
    import jieba

    if jieba.__version__ not in SUPPORTED_JIEBA:
        return None
    source = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME  # where get_dict_file() reads it
    stat = source.stat()
    path = Path(cache_dir) / f"jieba-{jieba.__version__}-{stat.st_size}-{stat.st_mtime_ns}.freq"
    table = _opened.get(path)
    if table is None:
        if not path.is_file():
            loaded = jieba.Tokenizer()
            loaded.initialize()
            FrequencyTable.write(path, loaded.FREQ, loaded.total)
        table = _opened[path] = FrequencyTable(path)
    return table.overlay()


def jieba_tokenizer(cache_dir: Path | None) -> object:
    """A private, initialised ``jieba.Tokenizer`` on the default dictionary (its FREQ mapped from ``cache_dir``)."""
    import jieba

    tokenizer = jieba.Tokenizer()
    table = frozen_frequencies(cache_dir) if cache_dir is not None else None
    if table is None:
        tokenizer.initialize()
    else:
        # What initialize() would have set, without loading anything.
        tokenizer.FREQ, tokenizer.total, tokenizer.initialized = table, table.total, True
    return tokenizer
