"""Helpers every app's demo loader uses: idempotent page creation, generated images, progress."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterable

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from tqdm import tqdm
from wagtail.images import get_image_model
from wagtail.models import Page


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
