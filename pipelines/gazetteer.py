"""Administrative units of Vietnam before and after 1 July 2025, from `vietnamadminunits`.

The package (maintained, MIT) ships the 63-province dataset with districts and
communes, the 34-province dataset, and the mapping between them; it is read here
straight from its data files (its own importers pull in geocoding libraries the
corpus does not need). Units carry their validity: the district level and the 63
provinces end on 30 June 2025; the 34 provinces begin on 1 July 2025.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from pipelines.normalize import apply_tone_style

REFORM = date(2025, 7, 1)  # two-tier local government: districts abolished, 34 provinces
OLD_END = date(2025, 6, 30)


@dataclass(frozen=True)
class Unit:
    name: str  # short name as used in body names: "Long An", "Thạnh Hóa"
    full: str  # "Tỉnh Long An", "Huyện Thạnh Hóa"
    level: str  # "tỉnh" | "huyện" | "xã"
    province: str  # short name of the province it belongs to (itself for provinces)
    valid_from: date | None
    valid_to: date | None
    successor: str | None = None  # for a pre-2025 province or district: the new province


def _key(name: str) -> str:
    """Names compare without regard to case or tone placement (Hóa/Hoá)."""
    return apply_tone_style(name, "old").casefold()


@dataclass(frozen=True)
class Gazetteer:
    units: tuple[Unit, ...]

    def __post_init__(self) -> None:
        # Built once: hashing ten thousand units on every lookup made recognition crawl.
        index: dict[str, dict[str, list[Unit]]] = {}
        for u in self.units:
            index.setdefault(u.level, {}).setdefault(_key(u.name), []).append(u)
        object.__setattr__(self, "_by_level", index)

    def find(self, name: str, level: str, when: date | None = None, province: str | None = None) -> list[Unit]:
        """Units of that level and name (valid at `when`, inside `province`, when given)."""
        found = self._by_level.get(level, {}).get(_key(name), [])
        if province:
            found = [u for u in found if _key(u.province) == _key(province) or _key(u.successor or "") == _key(province)]
        if when:
            found = [u for u in found if (u.valid_from is None or u.valid_from <= when)
                     and (u.valid_to is None or when <= u.valid_to)]
        return found

    def is_place(self, name: str, level: str | None = None) -> bool:
        levels = [level] if level else ["tỉnh", "huyện", "xã"]
        return any(self._by_level.get(lv, {}).get(_key(name)) for lv in levels)

    def successor_province(self, province: str) -> str | None:
        """The post-2025 province a pre-2025 province (or a new one itself) belongs to."""
        for u in self.find(province, "tỉnh"):
            if u.successor:
                return u.successor
            if u.valid_from == REFORM:
                return u.name
        return None

    def names(self, *levels: str) -> set[str]:
        return {u.name for u in self.units if u.level in levels}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Every province, district and commune, before and after the 2025 reform."""
    return _load(communes=True)


@lru_cache(maxsize=1)
def provinces() -> Gazetteer:
    """The provinces only, before and after the reform: what a province's successor needs,
    read in a tenth of the time (no districts and communes)."""
    return _load(communes=False)


def _load(*, communes: bool) -> Gazetteer:
    # Located, not imported: the package's __init__ loads its parsers and their libraries
    # (seconds), and only its data files are read here.
    spec = find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vietnamadminunits is not installed (pip install -e .)")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    db = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
    try:
        lower = "districtShort, district, wardShort, ward" if communes else "NULL, NULL, NULL, NULL"
        legacy = db.execute(
            f"SELECT DISTINCT provinceShort, province, provinceKey, {lower} FROM admin_units_legacy").fetchall()
        current = db.execute("SELECT DISTINCT provinceShort, province, provinceKey FROM admin_units").fetchall()
    finally:
        db.close()
    mapping = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    new_by_key = {key: short for short, _, key in current}
    old_key_to_new = {old: new_by_key[new] for new, olds in mapping.items() if new in new_by_key for old in olds}

    units: dict[tuple[str, str, str], Unit] = {}
    for p_short, p_full, p_key, d_short, d_full, w_short, w_full in legacy:
        successor = old_key_to_new.get(p_key)
        units.setdefault(("tỉnh", p_short, "old"), Unit(p_short, p_full, "tỉnh", p_short, None, OLD_END, successor))
        if d_short:
            units.setdefault(("huyện", f"{p_short}/{d_short}", "old"),
                             Unit(d_short, d_full, "huyện", p_short, None, OLD_END, successor))
        if w_short:
            units.setdefault(("xã", f"{p_short}/{d_short}/{w_short}", "old"),
                             Unit(w_short, w_full, "xã", p_short, None, OLD_END, successor))
    for p_short, p_full, _ in current:
        units[("tỉnh", p_short, "new")] = Unit(p_short, p_full, "tỉnh", p_short, REFORM, None)
    return Gazetteer(tuple(units.values()))
