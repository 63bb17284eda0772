"""Addresses in today's units (34 provinces, 3,321 communes since 1 July 2025), from vietnam-provinces.

- `provinces()`, `communes(code)`: the pickers' lists, sorted the Vietnamese way, with a folded search key.
- `search(units, query)`: type-to-filter without diacritics, words in any order, prefix matches first.
- `parse_address(value)`: an `Address` from a picker's mapping or the text `Address.text()` writes.
- `from_legacy_text(text)`: the pre-2025 address printed on a CCCD card ("…, Phường Điện Biên, Quận Ba
  Đình, Hà Nội") turned into today's province + commune, with the candidates when the old ward was split.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from kiosk.domain.phrases import phrase
from kiosk.domain.text import fold, nfc

__all__ = [
    "MAX_STREET_LENGTH",
    "Address",
    "AddressProblem",
    "LegacyMatch",
    "Unit",
    "commune",
    "communes",
    "from_legacy_text",
    "parse_address",
    "province",
    "provinces",
    "search",
]

MAX_STREET_LENGTH = 200

MSG_NO_PROVINCE = phrase("Vui lòng chọn tỉnh, thành phố.")
MSG_UNKNOWN_PROVINCE = phrase("Không có tỉnh, thành phố này trong danh mục hiện hành. Vui lòng chọn lại.")
MSG_NO_COMMUNE = phrase("Vui lòng chọn xã, phường.")
MSG_UNKNOWN_COMMUNE = phrase("Không có xã, phường này trong danh mục hiện hành. Vui lòng chọn lại.")
MSG_NO_STREET = phrase("Vui lòng nhập số nhà, tên đường hoặc thôn, xóm, tổ dân phố.")
MSG_STREET_TOO_LONG = phrase("Số nhà, đường phố quá dài: tối đa {limit} ký tự.", limit=MAX_STREET_LENGTH)
MSG_UNREADABLE = phrase(
    "Vui lòng chọn tỉnh, thành phố và xã, phường trong danh sách, rồi nhập số nhà, đường phố."
)


class AddressProblem(ValueError):
    """An address that cannot be accepted; str() is a Vietnamese message for the person (a Phrase)."""

    def __str__(self) -> str:
        message = self.args[0] if self.args else ""
        return message if isinstance(message, str) else super().__str__()


@dataclass(frozen=True)
class Unit:
    """A province or a commune of today, ready for a picker."""

    code: int
    name: str  # full name: "Phường Ba Đình", "Thành phố Hà Nội"
    short_name: str  # without the kind of unit: "Ba Đình", "Hà Nội"
    key: str  # folded full name, for search: "phuong ba dinh"
    province_code: int  # for a province, its own code


@dataclass(frozen=True)
class Address:
    province_code: int
    commune_code: int
    street: str

    def text(self) -> str:
        """ "Số 12 ngõ 34, Phường Ba Đình, Thành phố Hà Nội" (names looked up; a stale code shows as is)."""
        parts = [self.street.strip()]
        parts.append(_name_or_code(_communes_by_code(), self.commune_code))
        parts.append(_name_or_code(_provinces_by_code(), self.province_code))
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class LegacyMatch:
    """What a pre-2025 address text became: today's commune(s) and the street part left over.

    `candidates` are today's addresses the old ward now belongs to, most likely first; `certain` is True
    only when there is exactly one. When only the province was recognised, `candidates` is empty and
    `province_code` still says where to start the picker. `recognised` names the old units that were
    read ("Phường Điện Biên, Quận Ba Đình, Thành phố Hà Nội"), for the confirmation screen.
    """

    province_code: int
    candidates: tuple[Address, ...]
    street: str
    certain: bool
    recognised: str

    @property
    def address(self) -> Address | None:
        """The best guess, or None when no commune could be found."""
        return self.candidates[0] if self.candidates else None


# -- keys and names -------------------------------------------------------------------------------------

_KIND = re.compile(r"^(thành phố|tỉnh|phường|xã|đặc khu|thị trấn|thị xã|quận|huyện)\s+", re.IGNORECASE)
_STUCK_NUMBER = re.compile(r"\b(q|p|quan|phuong)(\d)")

_PROVINCE_PREFIXES = ("thanh pho", "tinh", "tp", "t")
_DISTRICT_PREFIXES = ("thanh pho", "thi xa", "quan", "huyen", "tp", "tx", "q", "h")
_WARD_PREFIXES = ("thi tran", "phuong", "xa", "tt", "p", "x")
_COMMUNE_PREFIXES = ("phuong", "xa", "dac khu", "p", "x")
_PROVINCE_ALIASES = {
    "hcm": "ho chi minh",
    "tphcm": "ho chi minh",
    "thua thien hue": "hue",
    "sai gon": "ho chi minh",
}
_COUNTRY = frozenset({"viet nam", "vietnam", "vn"})


def _key(text: str) -> str:
    """Folded, punctuation to spaces, numbers without leading zeros: "P.01" and "Phường 1" key alike."""
    folded = fold(re.sub(r"[-.,;'’_/()]", " ", text))
    folded = _STUCK_NUMBER.sub(r"\1 \2", folded)
    return " ".join((w.lstrip("0") or "0") if w.isdigit() else w for w in folded.split())


def _short(name: str) -> str:
    return _KIND.sub("", name, count=1).strip()


def _display_name(name: str) -> str:
    name = " ".join(nfc(name).split())
    return name[:1].upper() + name[1:]  # the data has one "xã Bắc Sơn"


def _variants(key: str, prefixes: Sequence[str]) -> set[str]:
    """The key as written and without one leading kind-of-unit word ("quan ba dinh" -> "ba dinh")."""
    result = {key}
    for prefix in prefixes:
        if key.startswith(prefix + " "):
            result.add(key.removeprefix(prefix + " "))
    return result


_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (the order dictionaries use)


def _sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Vietnamese dictionary order: a ă â b c d đ e ê …, then tones; code points would put Đ after Z."""
    letters: list[int] = []
    tones: list[int] = []
    for ch in nfc(text).lower():
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        tone = next((_TONES.index(m) + 1 for m in marks if m in _TONES), 0)
        shaped = base
        for mark in marks:
            if mark in ("\u0306", "\u0302", "\u031b"):
                shaped = unicodedata.normalize("NFC", base + mark)
        if shaped in _LETTERS:
            letters.append(_LETTERS.index(shaped))
        else:  # a space sorts first ("Hà Nội" before "Hải Phòng"), then digits and others by code point
            letters.append(-1 if shaped.isspace() else 100 + ord(shaped))
        tones.append(tone)
    return tuple(letters), tuple(tones), text


def _name_or_code(units: Mapping[int, Unit], code: int) -> str:
    unit = units.get(code)
    return unit.name if unit else str(code)


# -- today's units --------------------------------------------------------------------------------------


@cache
def provinces() -> list[Unit]:
    """The 34 provinces and centrally-run cities, in Vietnamese alphabetical order of their short names."""
    from vietnam_provinces import Province

    units = []
    for p in Province.iter_all():
        name = _display_name(p.name)
        units.append(Unit(int(p.code), name, _short(name), _key(name), int(p.code)))
    return sorted(units, key=lambda u: _sort_key(u.short_name))


@cache
def _all_communes() -> dict[int, list[Unit]]:
    from vietnam_provinces import Ward

    by_province: dict[int, list[Unit]] = {}
    for w in Ward.iter_all():
        name = _display_name(w.name)
        unit = Unit(int(w.code), name, _short(name), _key(name), int(w.province_code))
        by_province.setdefault(unit.province_code, []).append(unit)
    for units in by_province.values():
        units.sort(key=lambda u: (_sort_key(u.short_name), _sort_key(u.name)))
    return by_province


def communes(province_code: int) -> list[Unit]:
    """The communes (xã, phường, đặc khu) of a province, alphabetically; empty for an unknown code."""
    return list(_all_communes().get(province_code, ()))


@cache
def _provinces_by_code() -> dict[int, Unit]:
    return {u.code: u for u in provinces()}


@cache
def _communes_by_code() -> dict[int, Unit]:
    return {u.code: u for units in _all_communes().values() for u in units}


def province(code: int) -> Unit | None:
    return _provinces_by_code().get(code)


def commune(code: int) -> Unit | None:
    return _communes_by_code().get(code)


def search(units: Iterable[Unit], query: str) -> list[Unit]:
    """The units matching what a person typed, best first; all of them for an empty query.

    Diacritics and case do not matter ("ha noi", "HÀ NỘI"); each typed word must begin a word of the name,
    in any order ("thap dong" finds Đồng Tháp). Names beginning with the query come first, then other
    word matches, then the query typed without spaces ("hanoi"). Ties keep the list's order.
    """
    pool = list(units)
    wanted = _key(query)
    if not wanted:
        return pool
    words = wanted.split()
    compact = wanted.replace(" ", "")
    ranked: list[tuple[int, int, Unit]] = []
    for index, unit in enumerate(pool):
        short_key = _key(unit.short_name)
        name_words = unit.key.split()
        if wanted in (short_key, unit.key):
            rank = 0
        elif short_key.startswith(wanted) or unit.key.startswith(wanted):
            rank = 1
        elif all(any(w.startswith(word) for w in name_words) for word in words):
            rank = 2
        elif any("".join(name_words[i:]).startswith(compact) for i in range(len(name_words))):
            rank = 3
        else:
            continue
        ranked.append((rank, index, unit))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [unit for _, _, unit in ranked]


# -- reading an address ---------------------------------------------------------------------------------


def _code(raw: object) -> int | None:
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, int):
        return raw
    text = str(raw).strip()
    if text.isascii() and text.isdigit() and len(text) <= 9:
        return int(text)
    return None


def _is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _clean_street(raw: object) -> str:
    street = " ".join(nfc(str(raw)).split()).strip(" ,")
    if not street:
        raise AddressProblem(MSG_NO_STREET)
    if len(street) > MAX_STREET_LENGTH:
        raise AddressProblem(MSG_STREET_TOO_LONG)
    return street


def _checked(province_raw: object, commune_raw: object, street_raw: object) -> Address:
    if _is_blank(province_raw):
        raise AddressProblem(MSG_NO_PROVINCE)
    province_code = _code(province_raw)
    if province_code is None or province_code not in _provinces_by_code():
        raise AddressProblem(MSG_UNKNOWN_PROVINCE)
    if _is_blank(commune_raw):
        raise AddressProblem(MSG_NO_COMMUNE)
    commune_code = _code(commune_raw)
    found = _communes_by_code().get(commune_code) if commune_code is not None else None
    if found is None or commune_code is None:
        raise AddressProblem(MSG_UNKNOWN_COMMUNE)
    if found.province_code != province_code:
        where = _provinces_by_code()[province_code].name
        raise AddressProblem(
            phrase(
                "{commune} không thuộc {province}. Vui lòng chọn lại xã, phường.",
                commune=found.name,
                province=where,
            )
        )
    return Address(province_code, commune_code, _clean_street("" if street_raw is None else street_raw))


def _split(text: str) -> list[str]:
    parts = [" ".join(p.split()).strip(" .") for p in re.split(r"[,;\n]", nfc(text))]
    parts = [p for p in parts if p]
    while parts and _key(parts[-1]) in _COUNTRY:
        parts.pop()
    return parts


# "hoà" and "hòa" (old and new tone placement) are one spelling: compare them as one.
_ONE_TONE_PLACE = {
    nfc(pair[0] + pair[1] + tone): nfc(pair[0] + tone + pair[1])
    for pair in ("oa", "oe", "uy")
    for tone in "\u0300\u0301\u0309\u0303\u0323"
}


def _accented(text: str) -> str:
    """Lower case with diacritics kept, one tone placement: tells "Tân Thạnh" from "Tân Thành"."""
    result = " ".join(nfc(text).lower().split())
    for old, new in _ONE_TONE_PLACE.items():
        result = result.replace(old, new)
    return result


def _best[T](part: str, units: Iterable[tuple[str, str, str, T]], prefixes: Sequence[str]) -> list[T]:
    """Units whose name matches `part` without diacritics; the full name exactly beats the short name
    ("Thị xã Kỳ Anh" over "Huyện Kỳ Anh"), and where diacritics tell names apart ("Xã Tân Thạnh",
    "Xã Tân Thành"), the one written with the same diacritics wins."""
    key = _key(part)
    forms = _variants(key, prefixes)
    if prefixes is _PROVINCE_PREFIXES:
        forms |= {_PROVINCE_ALIASES[form] for form in forms if form in _PROVINCE_ALIASES}
    exact: list[tuple[str, T]] = []
    loose: list[tuple[str, T]] = []
    for name, full_key, short_key, unit in units:
        if key == full_key:
            exact.append((name, unit))
        elif short_key in forms or full_key in forms:
            loose.append((name, unit))
    found = exact or loose
    if len(found) > 1:
        written = _accented(part)
        same = [
            (n, u)
            for n, u in found
            if written == _accented(n) or written.endswith(" " + _accented(_short(n)))
        ]
        same = same or [(n, u) for n, u in found if written == _accented(_short(n))]
        found = same or found
    return [unit for _, unit in found]


_Row = tuple[str, str, str, Unit]  # name, folded key, folded short name, unit: what _best matches


@cache
def _province_rows() -> tuple[_Row, ...]:
    return tuple((u.name, u.key, _key(u.short_name), u) for u in provinces())


@cache
def _commune_rows(province_code: int) -> tuple[_Row, ...]:
    return tuple((u.name, u.key, _key(u.short_name), u) for u in _all_communes().get(province_code, ()))


def _parse_current_text(text: str) -> Address:
    """ "street, Commune, Province" in today's units (what Address.text() writes); nothing is guessed."""
    parts = _split(text)
    if len(parts) < 2:
        raise AddressProblem(MSG_UNREADABLE)
    found_provinces = _best(parts[-1], _province_rows(), _PROVINCE_PREFIXES)
    if len(found_provinces) != 1:
        raise AddressProblem(MSG_UNREADABLE)
    prov = found_provinces[0]
    found = _best(parts[-2], _commune_rows(prov.code), _COMMUNE_PREFIXES)
    if len(found) != 1:
        raise AddressProblem(MSG_UNREADABLE)
    return _checked(prov.code, found[0].code, ", ".join(parts[:-2]))


def parse_address(value: object) -> Address:
    """An Address from an Address, a mapping {"province": code, "commune": code, "street": text}, or the
    text `Address.text()` writes. Raises AddressProblem with a Vietnamese message."""
    if isinstance(value, Address):
        return _checked(value.province_code, value.commune_code, value.street)
    if isinstance(value, Mapping):
        return _checked(value.get("province"), value.get("commune"), value.get("street"))
    if isinstance(value, str):
        return _parse_current_text(value)
    raise AddressProblem(MSG_UNREADABLE)


# -- pre-2025 addresses ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Legacy:
    code: int
    name: str
    key: str
    short_key: str
    parent: int  # district of a ward, province of a district


@dataclass(frozen=True)
class _LegacyTables:
    provinces: tuple[_Legacy, ...]
    districts: dict[int, tuple[_Legacy, ...]]  # by legacy province code
    wards: dict[int, tuple[_Legacy, ...]]  # by legacy district code


def _legacy(code: int, name: str, parent: int) -> _Legacy:
    name = _display_name(name)
    return _Legacy(code, name, _key(name), _key(_short(name)), parent)


@cache
def _legacy_tables() -> _LegacyTables:
    from vietnam_provinces import legacy

    districts: dict[int, list[_Legacy]] = {}
    for d in legacy.District.iter_all():
        districts.setdefault(int(d.province_code), []).append(
            _legacy(int(d.code), d.name, int(d.province_code))
        )
    wards: dict[int, list[_Legacy]] = {}
    for w in legacy.Ward.iter_all():
        wards.setdefault(int(w.district_code), []).append(_legacy(int(w.code), w.name, int(w.district_code)))
    return _LegacyTables(
        tuple(_legacy(int(p.code), p.name, 0) for p in legacy.Province.iter_all()),
        {k: tuple(v) for k, v in districts.items()},
        {k: tuple(v) for k, v in wards.items()},
    )


def _new_communes(old_ward: int) -> list[Unit]:
    from vietnam_provinces import Ward

    found = (_communes_by_code().get(int(hit.ward.code)) for hit in Ward.search_from_legacy(code=old_ward))
    return [unit for unit in found if unit is not None]


def _new_provinces(old_province: int) -> list[int]:
    from vietnam_provinces import Province

    return [int(hit.province.code) for hit in Province.search_from_legacy(code=old_province)]


def _match(items: Iterable[_Legacy], part: str, prefixes: Sequence[str]) -> list[_Legacy]:
    return _best(part, ((i.name, i.key, i.short_key, i) for i in items), prefixes)


def _ranked(votes: Sequence[Unit], hints: Sequence[str]) -> list[Unit]:
    """Distinct communes: one named like the old ward/district first, then by how many old wards went in."""
    counts: dict[int, int] = {}
    first: dict[int, int] = {}
    units: dict[int, Unit] = {}
    for index, unit in enumerate(votes):
        counts[unit.code] = counts.get(unit.code, 0) + 1
        first.setdefault(unit.code, index)
        units[unit.code] = unit

    def order(unit: Unit) -> tuple[int, int, int]:
        short_key = _key(unit.short_name)
        named = next((i for i, hint in enumerate(hints) if hint == short_key), len(hints))
        return named, -counts[unit.code], first[unit.code]

    return sorted(units.values(), key=order)


def _result(
    province_code: int, found: Sequence[Unit], street_parts: Sequence[str], recognised: Sequence[str]
) -> LegacyMatch:
    street = ", ".join(street_parts)
    candidates = tuple(Address(u.province_code, u.code, street) for u in found)
    if candidates:
        province_code = candidates[0].province_code
    return LegacyMatch(province_code, candidates, street, len(candidates) == 1, ", ".join(recognised))


def _current_commune(part: str, province_codes: Sequence[int]) -> list[Unit]:
    return _best(part, (row for code in province_codes for row in _commune_rows(code)), _COMMUNE_PREFIXES)


def from_legacy_text(text: str) -> LegacyMatch | None:
    """Today's province + commune for an address as printed on a CCCD card, or None when even the
    province cannot be read.

    The text is read from the end: province, then (pre-2025) district and ward, and what is left is the
    street. An old ward that went whole into one new commune gives a certain match; a ward split between
    several communes, a ward not found (only the district read) or a name that fits several units gives
    all the candidates, most likely first, for the person to pick. An address already written in today's
    units ("…, Phường Ba Đình, Thành phố Hà Nội") is read as such.
    """
    parts = _split(text)
    if not parts:
        return None
    tables = _legacy_tables()
    old_provinces = _match(tables.provinces, parts[-1], _PROVINCE_PREFIXES)
    new_codes: list[int] = []
    for old in old_provinces:
        new_codes += [c for c in _new_provinces(old.code) if c not in new_codes]
    for unit in _best(parts[-1], _province_rows(), _PROVINCE_PREFIXES):
        if unit.code not in new_codes:
            new_codes.append(unit.code)
    if not new_codes:
        return None
    province_name = old_provinces[0].name if old_provinces else _provinces_by_code()[new_codes[0]].name

    if len(parts) >= 2:
        districts = _match(
            (d for p in old_provinces for d in tables.districts.get(p.code, ())),
            parts[-2],
            _DISTRICT_PREFIXES,
        )
        if districts:
            district_hints = [d.short_key for d in districts]
            if len(parts) >= 3:
                wards = _match(
                    (w for d in districts for w in tables.wards.get(d.code, ())), parts[-3], _WARD_PREFIXES
                )
                votes = [u for w in wards for u in _new_communes(w.code)]
                if votes:
                    hints = [w.short_key for w in wards] + district_hints
                    named = [wards[0].name, next(d.name for d in districts if d.code == wards[0].parent)]
                    return _result(new_codes[0], _ranked(votes, hints), parts[:-3], [*named, province_name])
            # The ward is not in the table (or not written): every commune the district went into.
            votes = [
                u for d in districts for w in tables.wards.get(d.code, ()) for u in _new_communes(w.code)
            ]
            return _result(
                new_codes[0], _ranked(votes, district_hints), parts[:-2], [districts[0].name, province_name]
            )
        # No district: today's format, or an old ward written without its district.
        found = _current_commune(parts[-2], new_codes)
        if found:
            today_province = _provinces_by_code()[found[0].province_code].name
            return _result(new_codes[0], found, parts[:-2], [found[0].name, today_province])
        wards = _match(
            (
                w
                for p in old_provinces
                for d in tables.districts.get(p.code, ())
                for w in tables.wards.get(d.code, ())
            ),
            parts[-2],
            _WARD_PREFIXES,
        )
        votes = [u for w in wards for u in _new_communes(w.code)]
        if votes:
            return _result(
                new_codes[0],
                _ranked(votes, [w.short_key for w in wards]),
                parts[:-2],
                [wards[0].name, province_name],
            )
    return _result(new_codes[0], [], parts[:-1], [province_name])
