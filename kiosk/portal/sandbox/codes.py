"""Dossier codes in the official shape, lookup codes, OTPs, and password hashing."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import date

AGENCY_ID = "000.00.01.H26"
AGENCY_NAME = "UBND phường Ba Đình (thử nghiệm)"
AGENCY_ID_PATTERN = re.compile(r"^\d{3}\.[0-9A-Z]{2}\.\d{2}\.[A-Z]\d{2}$")

# No 0/O, 1/I (and no L): easy to read aloud and to type from a paper receipt.
LOOKUP_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LOOKUP_LENGTH = 6


def dossier_code(agency_id: str, received_on: date, sequence: int) -> str:
    """`XXX.YY.ZZ.Hnn-YYMMDD-NNNN`, e.g. `000.00.01.H26-260930-0012`."""
    if not AGENCY_ID_PATTERN.fullmatch(agency_id):
        raise ValueError("agency identifier must look like 000.00.01.H26")
    if not 1 <= sequence <= 9999:
        raise ValueError("daily sequence out of range 1..9999")
    return f"{agency_id}-{received_on:%y%m%d}-{sequence:04d}"


def lookup_code() -> str:
    return "".join(secrets.choice(LOOKUP_ALPHABET) for _ in range(LOOKUP_LENGTH))


def normalize_lookup_code(text: str) -> str:
    """What a person types from the receipt: case and spaces do not matter."""
    return "".join(text.split()).upper()


def otp() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def hash_password(password: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return salt, digest


def check_password(password: str, salt: bytes, digest: bytes) -> bool:
    return hmac.compare_digest(hash_password(password, salt)[1], digest)


def token_digest(token: str) -> str:
    """Tokens are stored as digests: a copied database does not hand out sessions."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)
