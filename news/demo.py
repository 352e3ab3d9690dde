"""Demo news: a "News" index under home and a dozen articles on the alliance's work.

Written from the facts in the seeds. Themes are looked up by slug and cities by name; a theme or
city that another loader did not create is simply left out, so this loader never fails on them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from cities.models import CityProfilePage
from cms.demo_utils import demo_image, paragraph, progress, upsert_page
from cms.models import Theme

from .models import NewsArticle, NewsIndexPage


@dataclass
class Article:
    slug: str
    title: str
    date: datetime.date
    summary: str
    body: list[str]
    themes: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def articles(today: datetime.date) -> list[Article]:
    return [
        Article(
            "registration-open-next-mayoral-forum",
            "Registration opens for the next forum of mayors",
            today - datetime.timedelta(days=4),
            "Mayors and city teams can now sign up for the alliance's next forum, in Quito.",
            [
                "The secretariat has opened registration for the next forum of mayors. Member "
                "cities are invited to send their mayor or a senior official together with the "
                "staff who run their poverty programmes.",
                "As at every forum since Lyon, the programme leaves most of the time to cities "
                "presenting what they tried, what worked and what did not, so that others can "
                "pick up the solutions that fit their own neighbourhoods.",
            ],
            ["city-to-city-cooperation", "local-governance"],
            ["Quito"],
            ["mayoral-forum", "registration"],
        ),
        Article(
            "from-action-plan-to-global-target",
            "From an action plan to a global target: cities without slums",
            datetime.date(2019, 12, 5),
            "How a 1999 plan of action became the urban target of the Millennium Development "
            "Goals.",
            [
                "In 1999 one of the first acts of the newly created Cities Alliance was a plan "
                "of action for cities without slums: concrete steps and figures rather than "
                "general promises. About 150 heads of state endorsed it.",
                "The plan then became the basis of the Millennium Development Goals' target on "
                "the lives of slum dwellers, the first global target aimed squarely at urban "
                "poverty. Our members still use it as a yardstick for their upgrading work.",
            ],
            ["housing"],
            ["Brussels"],
            ["slum-upgrading", "mdgs"],
        ),
        Article(
            "future-cities-africa",
            "Future Cities Africa: tools for a continent's urban transition",
            datetime.date(2019, 7, 1),
            "Twenty-one cities in four countries are testing new tools to plan for fast urban "
            "growth.",
            [
                "Most of Africa's urban growth is still to come. Future Cities Africa works with "
                "21 cities in four countries to understand that transition in detail and to give "
                "city governments practical tools to plan for it.",
                "Members of the alliance follow the project closely: its lessons on planning "
                "ahead of growth, rather than catching up with it, travel well between cities.",
            ],
            ["local-governance", "urban-resilience"],
            ["Dakar"],
            ["africa", "planning"],
        ),
        Article(
            "community-savings-groups",
            "Community savings groups at the heart of 172 neighbourhood projects",
            datetime.date(2019, 2, 14),
            "A programme in one Asian and four African countries shows what residents can "
            "build when they organise.",
            [
                "The Land, Services and Citizenship programme worked in one Asian and four "
                "African countries. It helped prepare some 600 million dollars of World Bank "
                "investment and funded 172 infrastructure projects chosen and run by the "
                "communities themselves.",
                "Along the way, 386 savings groups formed in poor urban neighbourhoods. Pooling "
                "small amounts, residents gained a voice with their city government and a way "
                "to co-finance water points, drains and paved lanes.",
            ],
            ["housing", "water-sanitation", "financing"],
            [],
            ["community-driven", "savings-groups"],
        ),
        Article(
            "housing-practitioners-hub",
            "A meeting place for housing practitioners in Latin America and the Caribbean",
            datetime.date(2018, 6, 20),
            "A new hub links the people who plan housing policy with those who build on the "
            "ground.",
            [
                "Launched in June 2018, the Urban Housing Practitioners' Hub is open to every "
                "organisation working to improve housing for the urban poor in Latin America and "
                "the Caribbean. It combines an online space with regular meetings in person.",
                "The hub has become the housing pillar of a wider urban platform set up by the "
                "UN's regional economic commission, ECLAC, and gives practitioners quick access "
                "to technical expertise from across the region.",
            ],
            ["housing", "city-to-city-cooperation"],
            ["Quito"],
            ["housing", "latin-america"],
        ),
        Article(
            "scientists-and-cities-on-climate-change",
            "Scientists and city leaders meet on climate change",
            datetime.date(2018, 3, 9),
            "For the first time, climate scientists, city representatives and urban "
            "practitioners set a research agenda together.",
            [
                "In March 2018 scientists, city representatives and practitioners met at the "
                "Cities and Climate Change Science Conference, co-organised by Cities Alliance, "
                "to discuss what cities need from research.",
                "Informal settlements were a thread through every plenary: any plan for a city's "
                "climate must include the neighbourhoods that official maps leave out. The "
                "conference ended with a research and action agenda on cities and climate "
                "change.",
            ],
            ["urban-resilience", "housing"],
            ["Edmonton"],
            ["climate", "informal-settlements"],
        ),
        Article(
            "why-secondary-cities-matter",
            "Why secondary cities matter for ending urban poverty",
            datetime.date(2017, 9, 12),
            "Most urban growth now happens in secondary cities, which have the fewest means to "
            "plan for it.",
            [
                "Capital cities attract the attention; secondary cities absorb most of the "
                "growth. Two studies commissioned by Cities Alliance looked at how these cities "
                "work as systems, and how roads, services and institutions connect them to "
                "each other and to the large metropolises.",
                "Their message for our members is clear: stronger, better connected secondary "
                "cities drive economic growth and take pressure off overcrowded megacities. A "
                "toolkit for their planners is in preparation.",
            ],
            ["local-governance"],
            [],
            ["secondary-cities", "research"],
        ),
        Article(
            "south-south-and-triangular-cooperation",
            "Renewed focus on South-South and triangular cooperation",
            datetime.date(2016, 3, 15),
            "The alliance puts cooperation among cities of the Global South at the centre of "
            "its work.",
            [
                "The alliance has always matched cities that want to learn from each other. It "
                "now gives priority to exchanges between cities of the Global South, and to "
                "triangular arrangements in which traditional donors, emerging donors and cities "
                "work on one programme.",
                "Everyone in such a partnership learns: the city that shares a solution sees it "
                "through new eyes, and the one that adopts it saves years of trial and error.",
            ],
            ["city-to-city-cooperation"],
            ["Dakar", "Geneva"],
            ["south-south", "triangular-cooperation"],
        ),
        Article(
            "a-global-goal-for-cities",
            "A global goal for cities: how local voices shaped SDG 11",
            datetime.date(2015, 9, 28),
            "Joint advocacy helped give cities their own Sustainable Development Goal.",
            [
                "In 2014 Cities Alliance members set up their first joint work programme on "
                "advocacy, with one set of messages for the negotiations on the next global "
                "goals.",
                "The campaign succeeded: the 2030 Agenda includes a goal dedicated to cities, "
                "Goal 11, and recognises that the goals will be met or missed at the local "
                "level. For our members this turns local action plans into part of a shared "
                "global effort.",
            ],
            ["local-governance", "social-inclusion"],
            ["Brussels"],
            ["sdgs", "advocacy"],
        ),
        Article(
            "new-institutional-home-unossc",
            "South-South cooperation office becomes the alliance's home",
            datetime.date(2014, 1, 31),
            "The Executive Steering Committee accepts UNOSSC's offer to host the alliance.",
            [
                "Meeting in January 2014, the Executive Steering Committee approved the proposal "
                "of the UN Office for South-South Cooperation to become the alliance's "
                "institutional home.",
                "The secretariat stays in Geneva and keeps running the alliance day to day. The "
                "move matches a mission that increasingly centres on cooperation between cities "
                "of the South.",
            ],
            ["city-to-city-cooperation", "local-governance"],
            ["Geneva"],
            ["governance", "south-south"],
        ),
        Article(
            "partnerships-for-basic-services",
            "Paying for basic services: partnerships with the private sector",
            datetime.date(2012, 5, 10),
            "Innovative financing is how developing cities can offer water, energy and "
            "sanitation to all.",
            [
                "Since the Rotterdam forum, financing has been one of the alliance's two main "
                "lines of work. Public-private partnerships, designed with care, let a "
                "developing city extend water, sanitation and energy to neighbourhoods its "
                "budget alone could not reach.",
                "The secretariat collects the arrangements that worked, and the conditions that "
                "made them work, so that members can adapt them rather than start from scratch.",
            ],
            ["financing", "water-sanitation"],
            ["Rotterdam"],
            ["public-private-partnerships", "basic-services"],
        ),
        Article(
            "rotterdam-forum-social-inclusion",
            "Rotterdam forum widens the fight against poverty to social inclusion",
            datetime.date(2010, 11, 5),
            "Mayors agree that everyone should have access to food, water, energy, education "
            "and health care.",
            [
                "At the alliance's forum in Rotterdam, members redefined their goal. Reducing "
                "poverty is not enough: the aim is lasting social inclusion, meaning that every "
                "resident can count on basic provisions such as food, water, energy, education "
                "and health care.",
                "The forum also gave the private sector a larger role and asked the alliance to "
                "design financing that helps developing cities reach universal access to basic "
                "services.",
            ],
            ["social-inclusion", "financing"],
            ["Rotterdam"],
            ["mayoral-forum", "private-sector"],
        ),
        Article(
            "looking-back-lyon-first-forum",
            "Looking back: Lyon and the first forum of mayors",
            datetime.date(2008, 10, 17),
            "Ten years after the first forum, a network of cities that began with a "
            "conversation now spans five continents.",
            [
                "The idea of an alliance of cities against poverty came up at the Habitat II "
                "conference in Istanbul in 1996. UNDP launched it on 17 October 1997, and in "
                "1998 mayors met as an alliance for the first time, in Lyon.",
                "Since then the network has grown to hundreds of cities that raise awareness of "
                "urban poverty and exclusion, cooperate city to city and exchange what works.",
            ],
            ["city-to-city-cooperation"],
            ["Lyon", "Istanbul"],
            ["mayoral-forum", "history"],
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
        NewsIndexPage,
        "news",
        title="News",
        summary="What the alliance and its member cities are doing against urban poverty.",
        show_in_menus=True,
        intro=[
            paragraph(
                "Stories from the alliance's forums, programmes and member cities, and from the "
                "partners we work with."
            )
        ],
    )
    items = articles(timezone.localdate())
    themes = by_key(Theme.objects.order_by("pk"), "slug")
    names = {name for item in items for name in item.cities}
    cities = by_key(CityProfilePage.objects.filter(city_name__in=names).order_by("pk"), "city_name")
    for item in progress(items, "News articles", len(items)):
        upsert_page(
            index,
            NewsArticle,
            item.slug,
            title=item.title,
            date=item.date,
            summary=item.summary,
            lead_image=demo_image(item.title, 1280, 720),
            body=[paragraph(*item.body)],
            themes=[themes[slug] for slug in item.themes if slug in themes],
            related_cities=[cities[name] for name in item.cities if name in cities],
            tags=item.tags,
        )
    return f"news index with {len(items)} articles"
