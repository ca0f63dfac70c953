"""What pyproject.toml cannot say: `knowledge/` stays at the top of the repository, where
operators edit it, and ships inside the wheel as the package data `bot/knowledge/`."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["bot", "bot.*"]), "bot.knowledge"],
    package_dir={"bot.knowledge": "knowledge"},
    package_data={
        "bot.knowledge": ["**/*"],  # every file: an edit must never be left out
        "bot.safety": ["model.npz"],  # the safety model's weights (python -m bot.safety.train)
        "bot.topicmodel": ["model.npz"],  # the topic model's weights (python -m bot.topicmodel.train)
        "bot.scamcheck": ["places.tsv"],  # the court check's gazetteer (python -m bot.scamcheck.make_places)
        "bot": ["syllables.npz"],  # pypinyin's readings of Chinese characters (python -m bot.syllables)
    },
)
