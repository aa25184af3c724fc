"""Dense retrieval: passage vectors in a faiss inner-product index, aggregated to tasks."""

from __future__ import annotations

from collections.abc import Sequence

import faiss
import numpy as np

from corpus.records import Phrasing, Task
from index.encoder import Encoder
from index.hit import Hit, check_k, top_k
from index.passages import Passage, make_passages


class DenseIndex:
    """Cosine similarity between a question and every passage; a task scores its best passage."""

    def __init__(
        self,
        tasks: Sequence[Task],
        *,
        encoder: Encoder,
        passages: Sequence[Passage] | None = None,
        vectors: np.ndarray | None = None,
        faiss_index: faiss.Index | None = None,
        phrasings: Sequence[Phrasing] = (),
    ) -> None:
        """Encode (or take from the cache) the passages of ``tasks``.

        Args:
            tasks: the tasks to index.
            encoder: encodes questions (and passages when ``vectors`` is None).
            passages, vectors: a cached build; both or neither.
            faiss_index: the cached faiss index over ``vectors`` (rebuilt from them when None).
            phrasings: everyday phrasings indexed as extra passages of their tasks (ignored for a
                cached build, whose passages already include them).

        Raises:
            ValueError: if only one of passages/vectors is given or their shapes disagree.
        """
        if (passages is None) != (vectors is None):
            raise ValueError("pass both passages and vectors (a cached build) or neither")
        self.encoder = encoder
        self.task_numbers = [t.number for t in tasks]
        if passages is None or vectors is None:
            passages = make_passages(
                tasks, count_tokens=encoder.count_tokens, max_tokens=encoder.max_tokens, phrasings=phrasings
            )
            vectors = encoder.encode_documents([p.text for p in passages])
        if len(passages) != vectors.shape[0]:
            raise ValueError(f"{len(passages)} passages but {vectors.shape[0]} vectors")
        self.passages = list(passages)
        # True for passages holding the notice's own words, False for everyday phrasings.
        self.sentence_mask = np.fromiter((p.is_sentence for p in self.passages), dtype=bool, count=len(self.passages))
        # Each task's own sentences as (passage index, sentence index): quoting looks at these alone.
        sentences: dict[int, list[tuple[int, int]]] = {}
        for index, passage in enumerate(self.passages):
            if passage.is_sentence:
                sentences.setdefault(passage.task, []).append((index, passage.sentence))
        self._sentences = {task: tuple(pairs) for task, pairs in sentences.items()}
        # Passage → position of its task in ``_passage_tasks``, for a vectorised best-passage-per-task.
        self._passage_tasks = list(dict.fromkeys(p.task for p in self.passages))
        position = {task: i for i, task in enumerate(self._passage_tasks)}
        self._task_of_passage = np.fromiter(
            (position[p.task] for p in self.passages), dtype=np.intp, count=len(self.passages)
        )
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if faiss_index is not None and faiss_index.ntotal != len(self.passages):
            raise ValueError(f"faiss index holds {faiss_index.ntotal} vectors for {len(self.passages)} passages")
        if faiss_index is None:
            faiss_index = faiss.IndexFlatIP(self.vectors.shape[1])
            faiss_index.add(self.vectors)
        self.faiss_index = faiss_index

    def passage_scores(self, query: str) -> np.ndarray:
        """Cosine similarity of ``query`` to every passage (in passage order)."""
        return self.passage_scores_for(self.encoder.encode_queries([query]))

    def passage_scores_for(self, query_vector: np.ndarray) -> np.ndarray:
        """Like :meth:`passage_scores` for an already encoded question (shape (1, d))."""
        n = len(self.passages)
        sims, ids = self.faiss_index.search(np.ascontiguousarray(query_vector, dtype=np.float32), n)
        scores = np.empty(n, dtype=np.float32)
        scores[ids[0]] = sims[0]
        return scores

    def task_scores(self, passage_scores: np.ndarray) -> dict[int, float]:
        """Each task's best passage score."""
        if len(passage_scores) != len(self.passages):
            raise ValueError(f"got {len(passage_scores)} passage scores for {len(self.passages)} passages")
        best = np.full(len(self._passage_tasks), -np.inf, dtype=np.float64)
        np.maximum.at(best, self._task_of_passage, passage_scores)
        return {task: float(score) for task, score in zip(self._passage_tasks, best.tolist(), strict=True)}

    def sentence_scores(self, task: int, passage_scores: np.ndarray) -> dict[int, float]:
        """Dense similarity of each of ``task``'s own sentences, by sentence index (phrasings left out)."""
        return {sentence: float(passage_scores[index]) for index, sentence in self._sentences.get(task, ())}

    def search(self, query: str, k: int) -> list[Hit]:
        """Return the ``k`` best tasks, best first.

        Raises:
            ValueError: if ``k`` < 1.
        """
        check_k(k)
        return top_k(self.task_scores(self.passage_scores(query)), k)
