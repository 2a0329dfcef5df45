"""Bytes → text, with the encoding detected from the bytes, never from the file name.

Arabic text files in the wild come as UTF-8 (with or without BOM), UTF-16
(Windows "Unicode" exports, with BOM, sometimes without) and Windows-1256
(old Arabic Windows).  We try them in an order that cannot mistake one for
another: BOMs first, then UTF-16 without BOM by its pattern of NUL bytes,
then strict UTF-8 (which random cp1256 bytes almost never pass), then
cp1256 accepted only when the result is mostly Arabic letters.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import InputError

_ARABIC = re.compile(r"[\u0621-\u064A]")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warning: str = ""  # e.g. a truncated last character


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM, recognised by its high bytes: in Arabic or Latin text
    nearly all of them are 0x00 (Latin, spaces, digits) or 0x06 (Arabic)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]

    def high_side(side: bytes) -> bool:
        common = side.count(0) + side.count(6)
        return common >= 0.9 * len(side) and side.count(0) > 0

    if high_side(odd) and not high_side(even):
        return "utf-16-le"
    if high_side(even) and not high_side(odd):
        return "utf-16-be"
    return None


def _looks_textual(text: str) -> bool:
    if not text.strip():
        return False
    controls = len(_CONTROL.findall(text))
    return controls <= max(2, len(text) // 200)


def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode file bytes or raise InputError(source, reason)."""
    if not data or not data.strip():
        raise InputError(source, "empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, enc, source)
    enc16 = _utf16_without_bom(data)
    if enc16:
        return _strict(data, enc16, source)
    if b"\x00" in data:
        raise InputError(source, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
        if not _looks_textual(text):
            raise InputError(source, "binary file (control characters), not text")
        return Decoded(text, "utf-8")
    except UnicodeDecodeError as exc:
        # A file cut in the middle of a multi-byte character: keep what is whole.
        if exc.start >= len(data) - 3 and exc.reason in ("unexpected end of data",):
            text = data[: exc.start].decode("utf-8")
            if text.strip():
                return Decoded(text, "utf-8", f"truncated: incomplete UTF-8 character at byte {exc.start} dropped")
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    letters = _LETTER.findall(text)
    if text and letters and len(_ARABIC.findall(text)) / len(letters) > 0.5 and _looks_textual(text):
        return Decoded(text, "cp1256")
    raise InputError(
        source,
        f"undecodable: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), UTF-16 or Windows-1256 Arabic",
    )


def _strict(data: bytes, enc: str, source: str) -> Decoded:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:
            text = data[: exc.start].decode(enc)
            return Decoded(text, enc, f"truncated: incomplete {enc} character at byte {exc.start} dropped")
        raise InputError(source, f"undecodable as {enc} ({exc.reason} at byte {exc.start})") from None
    if not text.strip():
        raise InputError(source, "empty file")
    if not _looks_textual(text):
        raise InputError(source, "binary file (control characters), not text")
    return Decoded(text, enc.replace("-sig", "").replace("utf-16", "utf-16"))
