"""The calendar of the national evaluation: its stages and the date windows they run in.

Pure Python: no Django imports.
"""
