"""Demo events: an "Events" index under home with the alliance's past forums and coming dates.

Past events follow the seeds (Habitat II in Istanbul, the launch in 1997, the first forum of
mayors in Lyon in 1998, Rotterdam in 2010...). Upcoming ones are placed a few weeks or months
from the day the demo is loaded, so the site always has something coming up; loading again
moves them along rather than duplicating them. Cities and themes are linked when another loader
created them and left out otherwise.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.utils import timezone

from cities.models import CityProfilePage
from cms.demo_utils import demo_image, paragraph, progress, upsert_page
from cms.models import Theme

from .models import EventIndexPage, EventPage

REGISTRATION_URL = "https://alliance.example/forum/register"
ONLINE_URL = "https://meet.alliance.example/"


@dataclass
class Event:
    slug: str
    title: str
    event_type: str
    time_zone: str
    start: datetime.datetime  # wall-clock time in `time_zone`
    end: datetime.datetime | None
    all_day: bool
    summary: str
    body: list[str]
    venue: str = ""
    city: str = ""
    themes: list[str] = field(default_factory=list)
    online_url: str = ""
    registration_url: str = ""


def wall_clock(day: datetime.date, hour: int = 0, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute))


def events(today: datetime.date) -> list[Event]:
    def ahead(days: int) -> datetime.date:
        return today + datetime.timedelta(days=days)

    return [
        Event(
            "habitat-ii-istanbul-1996",
            "Habitat II, the UN conference on human settlements",
            EventPage.EventType.CONFERENCE,
            "Europe/Istanbul",
            wall_clock(datetime.date(1996, 6, 3)),
            wall_clock(datetime.date(1996, 6, 14)),
            True,
            "Where cities began to network against poverty and the idea of the alliance was "
            "first discussed.",
            [
                "Held in 1996, the year the United Nations dedicated to the eradication of "
                "poverty, the conference brought cities together with new energy to tackle "
                "shared development problems. The alliance grew out of those conversations.",
            ],
            city="Istanbul",
            themes=["housing", "city-to-city-cooperation"],
        ),
        Event(
            "launch-of-the-alliance-1997",
            "Launch of the alliance",
            EventPage.EventType.MEETING,
            "Europe/Zurich",
            wall_clock(datetime.date(1997, 10, 17)),
            None,
            True,
            "UNDP launches the alliance as a global project on 17 October 1997.",
            [
                "After a year of preparation, UNDP launched the alliance on the International "
                "Day for the Eradication of Poverty, inviting cities everywhere to join.",
            ],
            themes=["city-to-city-cooperation"],
        ),
        Event(
            "first-mayoral-forum-lyon-1998",
            "First forum of mayors, Lyon",
            EventPage.EventType.MAYORAL_FORUM,
            "Europe/Paris",
            wall_clock(datetime.date(1998, 10, 5), 9, 30),
            wall_clock(datetime.date(1998, 10, 7), 17, 0),
            False,
            "Mayors meet as an alliance for the first time.",
            [
                "Lyon welcomed the alliance's first forum of mayors. Cities compared how they "
                "fight poverty and exclusion and agreed to keep learning from each other: the "
                "start of the city-to-city cooperation the alliance is known for.",
            ],
            venue="Centre de congrès de Lyon",
            city="Lyon",
            themes=["city-to-city-cooperation", "social-inclusion"],
        ),
        Event(
            "mayoral-forum-rotterdam-2010",
            "Forum of mayors, Rotterdam",
            EventPage.EventType.MAYORAL_FORUM,
            "Europe/Amsterdam",
            wall_clock(datetime.date(2010, 11, 3), 9, 0),
            wall_clock(datetime.date(2010, 11, 5), 16, 30),
            False,
            "Members widen their goal from reducing poverty to sustainable social inclusion.",
            [
                "The Rotterdam forum gave the private sector a larger role and set the course "
                "for the years after it: universal access to basic services, paid for through "
                "innovative financing and public-private partnerships.",
            ],
            venue="World Trade Center Rotterdam",
            city="Rotterdam",
            themes=["social-inclusion", "financing"],
        ),
        Event(
            "executive-steering-committee-2014",
            "Executive Steering Committee, January 2014",
            EventPage.EventType.MEETING,
            "Europe/Zurich",
            wall_clock(datetime.date(2014, 1, 28), 10, 0),
            wall_clock(datetime.date(2014, 1, 28), 17, 0),
            False,
            "The committee accepts UNOSSC's offer to become the alliance's home.",
            [
                "UN organisations and the member cities serving on the committee approved the "
                "move of the alliance to the UN Office for South-South Cooperation.",
            ],
            venue="Palais des Nations",
            city="Geneva",
            themes=["local-governance"],
        ),
        Event(
            "cities-and-climate-change-science-conference-2018",
            "Cities and Climate Change Science Conference",
            EventPage.EventType.CONFERENCE,
            "America/Edmonton",
            wall_clock(datetime.date(2018, 3, 5)),
            wall_clock(datetime.date(2018, 3, 7)),
            True,
            "Scientists, city representatives and practitioners set a research agenda.",
            [
                "Co-organised by Cities Alliance, the conference put informal settlements on "
                "the agenda of climate research and closed with a research and action agenda "
                "on cities and climate change.",
            ],
            city="Edmonton",
            themes=["urban-resilience"],
        ),
        Event(
            "webinar-financing-basic-services",
            "Webinar: financing basic services with private partners",
            EventPage.EventType.WEBINAR,
            "UTC",
            wall_clock(ahead(18), 13, 0),
            wall_clock(ahead(18), 14, 30),
            False,
            "Ninety minutes on public-private partnerships that brought water and sanitation "
            "to poor neighbourhoods.",
            [
                "Finance officers from three member cities explain how they structured their "
                "partnerships, what they would do differently, and take questions.",
            ],
            themes=["financing", "water-sanitation"],
            online_url=ONLINE_URL + "financing",
            registration_url=REGISTRATION_URL,
        ),
        Event(
            "workshop-secondary-cities",
            "Workshop: planning for growth in secondary cities",
            EventPage.EventType.WORKSHOP,
            "Asia/Manila",
            wall_clock(ahead(33), 9, 0),
            wall_clock(ahead(34), 17, 0),
            False,
            "Two days for planners of fast-growing secondary cities in Asia and the Pacific.",
            [
                "Planners work through the secondary cities toolkit with peers who face the "
                "same growth, and leave with a first outline of an action plan.",
            ],
            venue="City hall",
            city="Quezon City",
            themes=["local-governance"],
        ),
        Event(
            "study-visit-dakar-basic-services",
            "Study visit: community-led basic services in Dakar",
            EventPage.EventType.STUDY_VISIT,
            "Africa/Dakar",
            wall_clock(ahead(52)),
            wall_clock(ahead(54)),
            True,
            "Member cities see neighbourhood projects run with community savings groups.",
            [
                "A South-South exchange: visiting teams meet residents, savings groups and "
                "municipal staff, and compare notes on sharing the cost of water points and "
                "drains.",
            ],
            city="Dakar",
            themes=["city-to-city-cooperation", "water-sanitation"],
        ),
        Event(
            "executive-steering-committee-meeting",
            "Executive Steering Committee meeting",
            EventPage.EventType.MEETING,
            "Europe/Zurich",
            wall_clock(ahead(75), 9, 30),
            wall_clock(ahead(75), 16, 0),
            False,
            "The committee reviews the work plan and prepares the next forum.",
            [
                "Members of the committee meet with the secretariat in Geneva; remote "
                "participation is possible for member cities.",
            ],
            venue="Secretariat of the alliance",
            city="Geneva",
            themes=["local-governance"],
            online_url=ONLINE_URL + "committee",
        ),
        Event(
            "next-mayoral-forum-quito",
            "Forum of mayors, Quito",
            EventPage.EventType.MAYORAL_FORUM,
            "America/Guayaquil",
            wall_clock(ahead(160)),
            wall_clock(ahead(162)),
            True,
            "Three days for mayors to share what works against urban poverty.",
            [
                "The next forum looks at how member cities turn the global goals into local "
                "action plans, with sessions on housing, basic services and financing.",
                "Registration is open to member cities and partners.",
            ],
            venue="Centro de Convenciones",
            city="Quito",
            themes=["city-to-city-cooperation", "housing", "financing"],
            registration_url=REGISTRATION_URL,
        ),
    ]


def by_key(queryset, attribute: str) -> dict:
    """Objects by `attribute`; the oldest wins where several share a value (translations)."""
    found: dict = {}
    for obj in queryset:
        found.setdefault(getattr(obj, attribute), obj)
    return found


def load(home) -> str:
    index = upsert_page(
        home,
        EventIndexPage,
        "events",
        title="Events",
        summary="Forums of mayors, meetings, workshops and webinars of the alliance.",
        show_in_menus=True,
        intro=[
            paragraph(
                "Where members meet: the forums of mayors held since 1998, and the workshops, "
                "study visits and webinars in between. Subscribe to the calendar to get them "
                "in your own agenda."
            )
        ],
    )
    items = events(timezone.localdate())
    themes = by_key(Theme.objects.order_by("pk"), "slug")
    names = {item.city for item in items if item.city}
    cities = by_key(CityProfilePage.objects.filter(city_name__in=names).order_by("pk"), "city_name")
    for item in progress(items, "Events", len(items)):
        zone = ZoneInfo(item.time_zone)
        upsert_page(
            index,
            EventPage,
            item.slug,
            title=item.title,
            summary=item.summary,
            event_type=item.event_type,
            time_zone=item.time_zone,
            start=item.start.replace(tzinfo=zone),
            end=item.end.replace(tzinfo=zone) if item.end else None,
            all_day=item.all_day,
            venue=item.venue,
            city=cities.get(item.city),
            online_url=item.online_url,
            registration_url=item.registration_url,
            lead_image=demo_image(item.title, 1280, 720),
            body=[paragraph(*item.body)],
            themes=[themes[slug] for slug in item.themes if slug in themes],
        )
    upcoming = sum(1 for event in EventPage.objects.child_of(index).live() if event.is_upcoming)
    return f"events index with {len(items)} events ({upcoming} upcoming)"
