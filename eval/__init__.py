"""Evaluation harness: labelled questions, retrieval and answer metrics, reports and benchmarks."""
