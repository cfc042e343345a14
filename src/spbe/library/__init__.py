"""The framework library: the official frameworks as cited, versioned data files.

Pure Python (pydantic, no Django): the files in ``frameworks/`` are validated by
:mod:`spbe.library.schema` and turned into the scoring engine's plain data by
:func:`spbe.library.convert.scoring_framework`.
"""
