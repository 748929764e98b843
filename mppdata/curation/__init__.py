"""Curation layer: the pipeline that adds records (staging format, checks, id assignment, merge).

See docs/contributing-data.md.
"""
