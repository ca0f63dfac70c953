"""The evidence log: contacts a person logs in their own words, tagged against the rules.

extract.py turns a message into when/kind/what/who, rules.py tags entries with the
rule each one may break, store.py keeps them per chat, export.py writes the report
and CSV, skill.py is the dialogue around it.
"""
