"""The codes a dossier is known by: the dossier code (mã hồ sơ) and the lookup code (mã tra cứu)."""

from __future__ import annotations

import re
from typing import Final

# `XXX.YY.ZZ.Hnn-YYMMDD-NNNN`: agency identifier, receipt date, daily sequence. ASCII digits only.
DOSSIER_CODE_PATTERN: Final = re.compile(r"\d{3}\.[0-9A-Z]{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}", re.ASCII)
LOOKUP_CODE_PATTERN: Final = re.compile(r"[A-Z2-9]{6}", re.ASCII)


def is_dossier_code(text: str) -> bool:
    """True for a dossier code in the official shape, e.g. `000.00.01.H26-260930-0012`."""
    return DOSSIER_CODE_PATTERN.fullmatch(text) is not None


def is_lookup_code(text: str) -> bool:
    """True for a lookup code: six characters from A-Z and 2-9 (no 0/O, 1/I to misread)."""
    return LOOKUP_CODE_PATTERN.fullmatch(text) is not None
