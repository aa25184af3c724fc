"""Retrieval over the notice's tasks: BM25, dense vectors, their fusion and the on-disk cache."""
