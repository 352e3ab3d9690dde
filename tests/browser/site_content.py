"""Content the reference-site tests read, made inside the demo server's database.

Run by `manage.py shell` in the demo server's environment (tests reach the server only over
HTTP), the way an editor's work would land there: a news article whose body holds every block
type, translated into Arabic, and a published page for an editor to change.
"""

from __future__ import annotations

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from home.models import ContentPage
from news.models import NewsArticle, NewsIndexPage

ARTICLE_SLUG = "every-block"


def body(video_url: str) -> list[tuple[str, object]]:
    contact = Page.objects.get(slug="contact", locale__language_code="en")
    image = Image.objects.order_by("pk").first()
    document = Document.objects.filter(collection__depth=1).order_by("pk").first()
    return [
        ("heading", {"text": "What the programme changed", "level": "h2"}),
        (
            "paragraph",
            f'<p>Residents kept their homes. <a linktype="page" id="{contact.pk}">Write to us'
            "</a> to visit.</p>",
        ),
        ("image", {"image": image, "caption": "The upgraded hillside", "credit": "City archive"}),
        ("quote", {"quote": "Nobody had to leave.", "attribution": "Ana Costa", "role": "Mayor"}),
        ("embed", video_url),
        ("document", {"document": document, "title": "The programme's report"}),
        ("call_to_action", {"text": "Contact the secretariat", "page": contact, "url": ""}),
        (
            "key_figures",
            {
                "title": "In figures",
                "figures": [
                    {"figure": "3", "caption": "settlements"},
                    {"figure": "0", "caption": "evictions"},
                ],
            },
        ),
        (
            "table",
            {"data": [["Year", "Homes"], ["2024", "120"]], "first_row_is_table_header": True},
        ),
    ]


def every_block_article(video_url: str) -> None:
    """/news/every-block/ and its Arabic translation /ar/news/every-block/."""
    # The demo's news index: other browser tests on the same server may add a second one.
    news = NewsIndexPage.objects.filter(locale__language_code="en").order_by("pk").first()
    article = NewsArticle(title="Upgrading without evictions", slug=ARTICLE_SLUG, summary="How.")
    article.body = body(video_url)
    news.add_child(instance=article)
    article.save_revision().publish()
    arabic = article.copy_for_translation(Locale.objects.get(language_code="ar"), copy_parents=True)
    arabic.title = "تحسين الأحياء دون إخلاء"
    arabic.save_revision().publish()


def published_page(slug: str) -> None:
    """A published page under /about/ for an editor to change; prints its id."""
    parent = Page.objects.get(slug="about", locale__language_code="en")
    page = ContentPage(title="Published title", slug=slug)
    parent.add_child(instance=page)
    page.save_revision().publish()
    print(page.pk)
