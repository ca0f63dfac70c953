"""The scam check: explainable red flags in a message a person pastes or describes.

flags.py holds the rules (each flag has a short reason), skill.py the dialogue
(`/check <text>`, and pasted or described messages that show at least one flag).
"""
