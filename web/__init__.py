"""The web front end: Gradio chat and task browser, HTTP API, embedding headers.

The web layer only formats what :mod:`qa` returns; it never parses or ranks.
"""
