"""Raw PDFs written object by object: for inputs no PDF library would make (hidden text layers, odd content)."""

from __future__ import annotations

import io


def write_pdf(objects: list[bytes], version: bytes = b"1.7") -> bytes:
    """`objects` are the bodies of objects 1..n (object 1 the catalog); the cross-reference table is computed."""
    out = io.BytesIO()
    out.write(b"%PDF-" + version + b"\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()
