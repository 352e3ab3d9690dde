"""Helpers every app's demo loader uses: the data files, idempotent page creation, generated
images, progress."""

from __future__ import annotations

import datetime
import io
import json
import zlib
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from tqdm import tqdm
from wagtail.images import get_image_model
from wagtail.models import Page


def demo_data(name: str) -> dict:
    """The content of `demo/<name>.json`: what the demo says, apart from how it is loaded."""
    return json.loads((Path(settings.BASE_DIR) / "demo" / f"{name}.json").read_text("utf-8"))


def demo_day(text: str, today: datetime.date) -> datetime.date:
    """A day in a data file: `2019-12-05`, or `today+18` / `today-4` for dates that must stay
    ahead of (or just behind) the day the demo is loaded."""
    if text.startswith("today"):
        return today + datetime.timedelta(days=int(text.removeprefix("today") or 0))
    return datetime.date.fromisoformat(text)


def demo_wall_clock(text: str, today: datetime.date) -> datetime.datetime:
    """A day and an optional `HH:MM` (midnight otherwise), as a clock on the wall shows it."""
    day, _, time = text.partition(" ")
    return datetime.datetime.combine(
        demo_day(day, today), datetime.time.fromisoformat(time or "00:00")
    )


def progress(items: Iterable, desc: str, total: int | None = None):
    """A progress bar on stderr, so the command's summary on stdout stays readable."""
    return tqdm(items, desc=desc, total=total, unit="item", leave=False, dynamic_ncols=True)


def upsert_page(parent: Page, model: type[Page], slug: str, **fields) -> Page:
    """Create or update the published child `slug` of `parent`: running the loader twice is safe."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    m2m = {k: fields.pop(k) for k in list(fields) if _is_m2m(model, k)}
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    for name, values in m2m.items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    return page


def _is_m2m(model: type[Page], name: str) -> bool:
    try:
        field = model._meta.get_field(name)
    except Exception:
        return False
    return field.many_to_many or (field.one_to_many and name != "documents")


def demo_image(title: str, width: int = 1600, height: int = 900):
    """A generated, deterministic picture (a colour band and the title): no files to ship."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    hue = zlib.crc32(title.encode()) % 360
    picture = PILImage.new("HSV", (width, height), (int(hue * 255 / 360), 120, 200)).convert("RGB")
    draw = ImageDraw.Draw(picture)
    draw.rectangle([0, height * 2 // 3, width, height], fill=(20, 30, 60))
    draw.text((40, height * 2 // 3 + 40), title, fill=(255, 255, 255))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=80)
    filename = f"{zlib.crc32(title.encode()):08x}.jpg"
    return Image.objects.create(title=title, file=ImageFile(buffer, name=filename))


def paragraph(*sentences: str) -> tuple:
    """A rich-text paragraph block for a StreamField body, one <p> per sentence group."""
    from wagtail.rich_text import RichText

    return ("paragraph", RichText("".join(f"<p>{s}</p>" for s in sentences)))


def linked_body(pages: list[Page], document, image) -> list[tuple]:
    """A realistic body: a paragraph whose rich text links two pages and a document, then an
    image block. Query counts and benchmarks are measured on bodies of this shape."""
    from wagtail.rich_text import RichText

    first, second = pages[0], pages[-1]
    text = (
        f'<p>Read <a linktype="page" id="{first.pk}">{first.title}</a>, then '
        f'<a linktype="page" id="{second.pk}">{second.title}</a> and '
        f'<a linktype="document" id="{document.pk}">{document.title}</a>.</p>'
    )
    return [
        ("paragraph", RichText(text)),
        ("image", {"image": image, "caption": image.title, "credit": ""}),
    ]


def upsert_index(home: Page, model: type[Page], data: dict) -> Page:
    """A section's index page under home, in the menus, from a data file's `index` record."""
    return upsert_page(
        home,
        model,
        data["slug"],
        title=data["title"],
        summary=data["summary"],
        show_in_menus=True,
        intro=[paragraph(data["intro"])],
    )


def by_key(queryset, attribute: str) -> dict:
    """Objects by `attribute`; the oldest wins where several share a value (translations)."""
    found: dict = {}
    for obj in queryset:
        found.setdefault(getattr(obj, attribute), obj)
    return found


def stream(model: type[Page], name: str, raw: list[dict]) -> list[tuple]:
    """A data file's StreamField content (`{"type", "value"}` as Wagtail stores it) as the
    (block type, value) pairs an editor's form gives: saved like them, with block ids for every
    list item, so wagtail-localize segments and translates them the same way."""
    blocks = model._meta.get_field(name).stream_block.child_blocks
    return [(block["type"], blocks[block["type"]].to_python(block["value"])) for block in raw]
