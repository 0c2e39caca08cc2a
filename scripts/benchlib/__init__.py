"""Shared code of scripts/make-benchmark and scripts/bench-quality.

- corpus:    reading the shared corpus, cleaning it into gold passages, sampling them
- paperwork: setting corpus text into the forms of official paperwork (คำสั่ง, ประกาศ, บันทึกข้อความ)
- render:    documents as LibreOffice flat ODT and as pango input; the tool runs of each route
- align:     CER, alignments with the gold, and replaying thainorm's edits against them
"""
