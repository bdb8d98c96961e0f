"""The QR code printed on each handout: the handout's page address, as SVG.

segno writes SVG with no other dependency, and the same address always gives
the same bytes. Imported on first use, so only an export with ``site.url``
and a handout pays for it.
"""

from __future__ import annotations

import io

QR_FOLDER = "qr/"  # under the handout assets: assets/qr/<handout id>.svg


def qr_name(handout_id: str) -> str:
    """The asset name of a handout's QR code."""
    return f"{QR_FOLDER}{handout_id}.svg"


def qr_svg(address: str, title: str) -> bytes:
    """A QR code of ``address`` as an SVG document whose title is ``title``.

    Error correction level M (15 %) survives a crease or a coffee ring; the
    quiet zone of four modules is the standard's.
    """
    import segno

    code = segno.make(address, error="m", micro=False, boost_error=False)
    out = io.BytesIO()
    code.save(
        out,
        kind="svg",
        scale=4,
        border=4,
        dark="#000",
        light="#fff",
        title=title,
        xmldecl=True,
        svgns=True,
        nl=True,
    )
    return out.getvalue()
