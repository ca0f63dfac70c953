"""Whether the place in a court's name exists: PRC provinces, cities and county-level divisions
from a generated gazetteer (places.tsv, built by make_places.py from a pinned PyPI package).

A court is named for the place it sits in (广东省深圳市南山区人民法院), so a district that is not
in that city ("上海市朝阳区", "广州市浦东新区") or a place that is nowhere ("东华市") names no court.
Development zones (苏州工业园区, 东湖新技术开发区) have courts but are not divisions: an unknown name
ending like one is given the benefit of the doubt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.scamcheck.make_places import bare
from bot.text import to_simplified

DATA = Path(__file__).with_name("places.tsv")
_ZONE_RE = re.compile(
    r"(?:开发区|园区|新区|高新区|保税区|港区|林区|矿区|示范区|管理区|试验区|合作区)$"
)


@dataclass
class Gazetteer:
    provinces: dict[str, str] = field(default_factory=dict)  # full or bare name → full
    cities: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # name → (province, city)
    districts: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    anywhere: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # district → where
    pinyin: dict[str, set[str]] = field(default_factory=dict)  # city pinyin → district pinyin

    @staticmethod
    def _prefixes(names: Iterable[str], s: str) -> list[str]:
        return [n for n in names if s.startswith(n)]

    def exists(self, place: str) -> bool:
        """Whether `place` (e.g. 广东省深圳市南山区, 北京市, 昆山市) is a real chain of divisions."""
        for prov in [None, *self._prefixes(self.provinces, place)]:
            rest = place[len(prov) :] if prov else place
            province = self.provinces[prov] if prov else None
            city_options: list[tuple[tuple[str, str] | None, str]] = [(None, rest)]
            for name in self._prefixes(self.cities, rest):
                for where in self.cities[name]:
                    if province is None or where[0] == province:
                        city_options.append((where, rest[len(name) :]))
            for city, tail in city_options:
                if not tail:
                    if city or province:
                        return True
                    continue
                if city is not None:
                    if tail in self.districts.get(city, ()):
                        return True
                elif any(province is None or w[0] == province for w in self.anywhere.get(tail, ())):
                    return True
        # Nowhere in the gazetteer: a development zone's court, or a made-up place.
        return bool(_ZONE_RE.search(place)) and not self._known_elsewhere(place)

    def basic_seat(self, place: str) -> bool:
        """Whether `place` can seat a basic court: a district, a county or a county-level city, a
        city without districts (东莞市, 嘉峪关市), or a development zone; not a province or a city
        with districts (昆明市)."""
        for prov in [None, *self._prefixes(self.provinces, place)]:
            rest = place[len(prov) :] if prov else place
            province = self.provinces[prov] if prov else None
            if not rest:
                continue  # a province alone
            for name in self._prefixes(self.cities, rest):
                for where in self.cities[name]:
                    if province is not None and where[0] != province:
                        continue
                    tail = rest[len(name) :]
                    if tail or not self.districts.get(where):
                        return True
            if rest in self.anywhere or _ZONE_RE.search(rest):
                return True
        return False

    @property
    def _bare_cities(self) -> dict[str, set[tuple[str, str]]]:
        if not hasattr(self, "_bare_city_cache"):
            table: dict[str, set[tuple[str, str]]] = {}
            for name, where in self.cities.items():
                for key in {name, bare(name)}:
                    table.setdefault(key, set()).update(where)
            self._bare_city_cache = table
        return self._bare_city_cache

    def with_city_suffix(self, place: str) -> str | None:
        """A city written without its suffix before one of its own districts or counties
        ("沈阳和平区" → "沈阳市和平区"), as court texts often name it; None for anything else."""
        cities = self._bare_cities
        for name in [n for n in cities if place.startswith(n) and n == bare(n)]:
            tail = place[len(name) :]
            for where in cities[name]:
                if tail in self.districts.get(where, set()):
                    return where[1] + tail
        return None

    def spoken_exists(self, place: str) -> bool:
        """Whether `place` is a city and a district said without their suffixes, as people name
        a court (广州天河 → 广州市天河区, 深圳南山, 天河): every part a real division, the
        district in that city. A city alone is not one (a city with districts seats no basic
        court: real_court_name decides those)."""
        cities = self._bare_cities
        for name in [n for n in cities if place.startswith(n)]:
            tail = place[len(name) :]
            for where in cities[name]:
                districts = self.districts.get(where, set())
                if tail and (tail in districts or any(bare(d) == tail for d in districts)):
                    return True
        return len(place) >= 2 and any(
            d == place or bare(d) == place for d in self.anywhere if d.startswith(place[:2])
        )

    def spoken_city(self, place: str) -> bool:
        """Whether `place` is a city with or without its suffix (杭州, 杭州市)."""
        return place in self._bare_cities

    def _known_elsewhere(self, place: str) -> bool:
        return any(place.endswith(d) for d in self.anywhere if len(d) >= 3)

    def english_exists(self, city: str, district: str) -> bool | None:
        """Whether `district` (pinyin, no suffix) is in `city`; None when the city is unknown."""
        key = re.sub(r"[^a-z]", "", city.lower())
        known = self.pinyin.get(key)
        if known is None:
            return None
        return re.sub(r"[^a-z]", "", district.lower()) in known


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        province, city, district, city_py, district_py = line.split("\t")
        # as the text is read: simplified by the same table (乾县 is folded to 干县 there)
        province, city, district = (to_simplified(x) for x in (province, city, district))
        g.provinces[province] = province
        g.provinces.setdefault(bare(province), province)
        g.cities.setdefault(city, set()).add((province, city))
        g.districts.setdefault((province, city), set())
        if district:
            g.districts[(province, city)].add(district)
            g.anywhere.setdefault(district, set()).add((province, city))
            for city_reading in city_py.split("|"):
                g.pinyin.setdefault(city_reading, set()).update(district_py.split("|"))
        else:
            for city_reading in city_py.split("|"):
                g.pinyin.setdefault(city_reading, set())
    return g


def place_exists(place: str) -> bool:
    return gazetteer().exists(place)


def spoken_place_exists(place: str) -> bool:
    return gazetteer().spoken_exists(place)


def basic_court_seat(place: str) -> bool:
    return gazetteer().basic_seat(place)
