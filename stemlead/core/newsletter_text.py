"""The newsletter as plain text and as simple HTML, to paste into an email or a school site.

Both come from the same :class:`~stemlead.core.newsletters.Issue` as the PDF, so they hold
the same blocks with the same consents checked. The HTML is one self-contained file: every
piece of text escaped, photos (consented ones only) inside it as ``data:`` images, a few
inline styles, and nothing that loads from anywhere or reports back: no scripts, no
remote images, no links, no tracking pixels.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from datetime import date

from stemlead.core.newsletters import Issue

Photos = Callable[[int], bytes]  # a photo's bytes by its id
_STYLE = (
    "body{font-family:Arial,Helvetica,sans-serif;color:#1d2733;max-width:42em;margin:1em auto;"
    "line-height:1.45}h1{font-size:1.6em;margin-bottom:.1em}h2{color:#1f6f8b;font-size:1.2em;"
    "margin-top:1.4em}.muted{color:#56616f}img{max-width:100%;height:auto}"
)


def _is_bullet(line: str) -> bool:
    return line[:1] in "•*-" and line[1:2] == " "


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


def as_text(issue: Issue, organization: str = "") -> str:
    """Plain text: the title underlined, each block's heading, photo captions in brackets."""
    out = [issue.title, "=" * len(issue.title)]
    out += [line for line in (organization, _period(issue)) if line]
    if issue.audience:
        out.append(f"For {issue.audience}")
    for block in issue.blocks:
        out.append("")
        if block.heading.strip():
            out += [block.heading, "-" * len(block.heading)]
        if block.photo is not None and block.photo.caption:
            out.append(f"[Photo: {block.photo.caption}]")
        out += [
            f"* {line[2:].strip()}" if _is_bullet(line) else line for line in _lines(block.body)
        ]
    if not issue.blocks:
        out += ["", issue.nothing_to_report]
    return "\n".join(out) + "\n"


def as_html(issue: Issue, photos: Photos, organization: str = "") -> str:
    """One self-contained HTML page; ``photos`` gives each consented photo's bytes."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(issue.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{e(issue.title)}</h1>",
    ]
    for line in (organization, _period(issue), f"For {issue.audience}" if issue.audience else ""):
        if line:
            parts.append(f'<p class="muted">{e(line)}</p>')
    for block in issue.blocks:
        if block.heading.strip():
            parts.append(f"<h2>{e(block.heading)}</h2>")
        if block.photo is not None:
            data = base64.b64encode(photos(block.photo.id)).decode("ascii")
            alt = e(block.photo.caption or "Photo")
            parts.append(
                f'<p><img src="data:{e(block.photo.media_type)};base64,{data}" alt="{alt}"></p>'
            )
            if block.photo.caption:
                parts.append(f'<p class="muted">{e(block.photo.caption)}</p>')
        bullets: list[str] = []
        for line in [*_lines(block.body), ""]:
            if _is_bullet(line):
                bullets.append(f"<li>{e(line[2:].strip())}</li>")
                continue
            if bullets:
                parts.append("<ul>" + "".join(bullets) + "</ul>")
                bullets = []
            if line:
                parts.append(f"<p>{e(line)}</p>")
    if not issue.blocks:
        parts.append(f"<p>{e(issue.nothing_to_report)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _period(issue: Issue) -> str:
    start, end = date.fromisoformat(issue.starts_on), date.fromisoformat(issue.ends_on)
    return f"{start:%B} {start.day}, {start.year} – {end:%B} {end.day}, {end.year}"
