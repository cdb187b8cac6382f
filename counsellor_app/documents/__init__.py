"""Printed documents: bilingual A4 pages drawn with ReportLab, without Qt.

``render`` turns a template's data snapshot into PDF bytes; the same snapshot always gives the
same bytes, which is how the register of issued documents re-prints a document identically.
"""
