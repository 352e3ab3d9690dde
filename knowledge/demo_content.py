"""The demo knowledge products: what each one is, who wrote it, and the text it contains.

Written for the demo in our own words from the public facts about two city alliances (a
worldwide alliance of cities against poverty and the Cities Alliance partnership). Every PDF
says it is demonstration content.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

# (slug, name, description): looked up by slug, then name, and created when missing.
THEMES = {
    "urban-poverty": ("Urban poverty", "Poverty and exclusion in growing cities."),
    "basic-services": ("Basic services", "Water, energy, health care and education for all."),
    "city-to-city-cooperation": (
        "City-to-city cooperation",
        "Cities learning from each other, South-South and triangular.",
    ),
    "innovative-financing": (
        "Innovative financing",
        "Public-private partnerships and new ways to pay for services.",
    ),
    "social-inclusion": ("Social inclusion", "Cities where everyone takes part."),
    "housing": ("Housing and informal settlements", "Better homes for the urban poor."),
    "secondary-cities": ("Secondary cities", "Where most urban growth now happens."),
    "resilience": ("Resilience and climate change", "Cities that withstand shocks."),
    "equitable-economic-growth": (
        "Equitable economic growth",
        "Growth whose benefits reach every resident.",
    ),
    "migration": ("Migration and the inclusive city", "Cities that welcome newcomers."),
    "global-goals": ("Global goals", "From the Millennium to the Sustainable Development Goals."),
}

# (name, acronym, kind, country)
ORGANISATIONS = {
    "WACAP": ("World Alliance of Cities Against Poverty", "WACAP", "network", "CH"),
    "Cities Alliance": ("Cities Alliance", "", "network", "BE"),
    "UNDP": ("United Nations Development Programme", "UNDP", "un_agency", ""),
    "UNOSSC": ("United Nations Office for South-South Cooperation", "UNOSSC", "un_agency", ""),
}

# (name, role, organisation key): fictional staff, plus the author the facts name.
PEOPLE = {
    "Brian H. Roberts": ("Urban planning professor, author of the secondary cities studies", ""),
    "Amina Diallo": ("Programme officer, alliance secretariat", "WACAP"),
    "Lucas Moreau": ("Knowledge manager, alliance secretariat", "WACAP"),
    "Sofía Ramírez": ("Housing specialist", "Cities Alliance"),
    "Nadia Haddad": ("Policy analyst", "Cities Alliance"),
    "Kwame Mensah": ("Urban finance adviser", "WACAP"),
    "Mei Lin Tan": ("Data officer, alliance secretariat", "WACAP"),
}


@dataclass
class ProductSpec:
    slug: str
    title: str
    product_type: str
    date: datetime.date
    publisher: str
    authors: list[str]
    themes: list[str]
    summary: str
    paragraphs: list[str]
    key_points: list[str]
    regions: list[str] = field(default_factory=list)
    cities: list[tuple[str, str]] = field(default_factory=list)  # (name, ISO country)
    language: str = "en"
    dataset: bool = False


ALLIANCE_CONTEXT = [
    "The idea of a worldwide alliance of cities against poverty took shape at the Habitat II "
    "conference on human settlements in Istanbul in 1996, the year the United Nations "
    "dedicated to the eradication of poverty. UNDP prepared the project and launched it on "
    "17 October 1997. The first forum of mayors met in Lyon in 1998; by the 2010s the network "
    "counted more than 900 cities on five continents.",
    "Members work together in a few simple ways: they connect municipal leaders with UN "
    "agencies, civil society, universities and business; they organise exchanges between "
    "cities so that a programme that works in one place can be adapted in another; and they "
    "help translate international development targets into local action plans.",
    "Since 2014 the alliance has its institutional home at the UN Office for South-South "
    "Cooperation, with a secretariat in Geneva running daily work. Its focus has moved towards "
    "cooperation among cities of the Global South and triangular arrangements in which a "
    "northern city, a southern city and a funder work on the same problem.",
    "Throughout, the alliance has argued for innovative financing, including partnerships "
    "between public authorities and private companies, so that developing cities can offer "
    "everyone water, energy, education and health care.",
]

CITIES_ALLIANCE_CONTEXT = [
    "Cities Alliance is a global partnership for reducing urban poverty and promoting the role "
    "of cities in sustainable development. It was launched in 1999 and its secretariat, based "
    "in Brussels, is hosted by the UN Office for Project Services.",
    "Its members include national governments, multilateral organisations, associations of "
    "local governments, international NGOs, foundations, the private sector and universities. "
    "They meet every year in an Assembly, and a twelve-member Management Board oversees the "
    "work programme.",
    "The partnership works through country programmes, a competitive grant facility for "
    "innovation, joint work programmes on major policy questions led by members, and "
    "communication and advocacy for inclusive, sustainable cities.",
]

DEMO_NOTE = (
    "Demonstration content: this document was generated for the Alliance CMS demo site. Its "
    "text was written for the demo from public facts about city alliances; it is not an "
    "official publication."
)

PRODUCTS: list[ProductSpec] = [
    ProductSpec(
        slug="managing-systems-of-secondary-cities",
        title="Managing Systems of Secondary Cities",
        product_type="report",
        date=datetime.date(2014, 6, 2),
        publisher="Cities Alliance",
        authors=["Brian H. Roberts"],
        themes=["secondary-cities", "equitable-economic-growth", "urban-poverty"],
        regions=["asia-pacific", "africa"],
        summary="Secondary cities are where most urban growth now takes place, yet they have "
        "the least data and planning capacity. This study gathers evidence on how they change "
        "and on the part they can play in national and regional development.",
        paragraphs=[
            "Attention to urbanisation has long gone to capitals and megacities. The study "
            "argues that this leaves out the places where most new urban residents arrive: "
            "secondary cities, which link rural regions with national markets and often grow "
            "faster than the largest cities.",
            "Collecting what data exists, it shows that secondary cities frequently lack "
            "strategic plans, reliable revenues and trained staff, so their rapid growth turns "
            "into informal settlements and deepening urban poverty.",
            "The study describes how secondary cities can act as the economic backbone of "
            "larger cities when they are well connected to them, and why national policy "
            "should treat them as a system rather than one at a time.",
        ],
        key_points=[
            "Plan secondary cities as systems of connected places, not in isolation.",
            "Give them the data, revenues and staff that strategic planning needs.",
            "Treat their growth as an opportunity to take pressure off megacities.",
        ],
    ),
    ProductSpec(
        slug="connecting-systems-of-secondary-cities",
        title="Connecting Systems of Secondary Cities",
        product_type="report",
        date=datetime.date(2019, 3, 18),
        publisher="Cities Alliance",
        authors=["Brian H. Roberts"],
        themes=["secondary-cities", "equitable-economic-growth"],
        regions=["asia-pacific", "africa", "latin-america-caribbean"],
        summary="The follow-up study looks at what holds back equitable growth in secondary "
        "cities and at the hard and soft infrastructure that connects them to each other.",
        paragraphs=[
            "Where the first study described secondary cities, this one asks how they can be "
            "better linked. Roads, rail and digital networks matter, but so do institutions "
            "that let cities cooperate across administrative borders.",
            "The report distinguishes hard infrastructure, such as transport corridors and "
            "logistics hubs, from soft infrastructure: shared services, trade agreements, "
            "skills and the exchange of information between municipalities.",
            "Its conclusion is that interlinked secondary cities drive growth that reaches "
            "more people, and relieve the chaotic, overstretched largest cities.",
        ],
        key_points=[
            "Connectivity between cities is as important as connectivity to the capital.",
            "Soft infrastructure (institutions, skills, shared services) needs investment too.",
            "Regional cooperation between municipalities spreads the benefits of growth.",
        ],
    ),
    ProductSpec(
        slug="secondary-cities-toolkit",
        title="Secondary Cities Toolkit",
        product_type="toolkit",
        date=datetime.date(2020, 9, 7),
        publisher="Cities Alliance",
        authors=["Amina Diallo", "Lucas Moreau"],
        themes=["secondary-cities", "urban-poverty"],
        regions=["africa", "asia-pacific"],
        summary="Practical tools that turn the secondary cities studies into steps a city "
        "administration can take: diagnosing the local economy, planning, and financing.",
        paragraphs=[
            "The toolkit is written for municipal planners and their partners. Each tool "
            "starts with a question a city faces, such as where growth will happen in the "
            "next ten years, and walks through the data and decisions needed to answer it.",
            "Tools cover a rapid diagnosis of the local economy, mapping of informal areas, "
            "a simple strategic planning cycle, and options for raising local revenues.",
            "Worked examples show how small teams with limited budgets can use the tools, and "
            "where to ask national governments or partners for support.",
        ],
        key_points=[
            "Start with a rapid diagnosis before commissioning large studies.",
            "Map informal settlements early: that is where growth is happening.",
            "Link every plan to a realistic source of funding.",
        ],
    ),
    ProductSpec(
        slug="cities-without-slums-action-plan",
        title="Cities Without Slums: the action plan behind a global target",
        product_type="policy_brief",
        date=datetime.date(1999, 12, 1),
        publisher="Cities Alliance",
        authors=["Nadia Haddad"],
        themes=["housing", "urban-poverty", "global-goals"],
        summary="The first global plan with concrete actions and targets against urban "
        "poverty, endorsed by 150 heads of state, became the basis of the Millennium "
        "Development Goals target on slums.",
        paragraphs=[
            "One of the first things the newly created Cities Alliance did in 1999 was to draw "
            "up an action plan for cities without slums. It was the first global initiative "
            "to set out specific actions and measurable targets against urban poverty.",
            "The plan was endorsed by 150 heads of state. Its goal of improving the lives of "
            "slum dwellers was taken up in the Millennium Development Goals, and in 2000 the "
            "partnership contributed the first global target focused on urban poverty.",
            "This brief explains the plan's approach: upgrading existing settlements rather "
            "than clearing them, secure tenure, and involving residents in decisions.",
        ],
        key_points=[
            "Upgrade informal settlements in place, with their residents.",
            "Secure tenure is the foundation for investment by families.",
            "Set measurable targets so that progress can be tracked.",
        ],
    ),
    ProductSpec(
        slug="a-goal-for-cities",
        title="A goal for cities: the case for an urban Sustainable Development Goal",
        product_type="policy_brief",
        date=datetime.date(2015, 4, 20),
        publisher="Cities Alliance",
        authors=["Nadia Haddad"],
        themes=["global-goals", "city-to-city-cooperation"],
        summary="How a joint work programme of members argued, successfully, for a "
        "dedicated Sustainable Development Goal on cities and for the role of local "
        "government in reaching all the goals.",
        paragraphs=[
            "In 2014 Cities Alliance set up its first joint work programme, devoted to "
            "advocacy. Members agreed on a common set of messages for the negotiations on the "
            "goals that would follow the Millennium Development Goals.",
            "Speaking as one group, they argued that cities decide much of what sustainable "
            "development means in practice. The campaign they joined led to Goal 11 on "
            "inclusive, safe, resilient and sustainable cities.",
            "The brief also sets out why implementation depends on local governments, which "
            "deliver many of the services the goals are about.",
        ],
        key_points=[
            "A dedicated urban goal makes cities visible in national plans.",
            "Local governments deliver many of the services the goals measure.",
            "A common message from diverse members carries weight in negotiations.",
        ],
    ),
    ProductSpec(
        slug="land-services-and-citizenship",
        title="Land, Services and Citizenship: community-driven infrastructure",
        product_type="case_study",
        date=datetime.date(2017, 11, 13),
        publisher="Cities Alliance",
        authors=["Amina Diallo"],
        themes=["basic-services", "urban-poverty", "housing"],
        regions=["africa", "asia-pacific"],
        summary="A programme in one Asian and four African countries supported $600 million "
        "of World Bank investment, 172 community-driven infrastructure projects and 386 "
        "savings groups of urban poor residents.",
        paragraphs=[
            "The programme worked on three things at once: access to land, basic services, "
            "and the voice of residents in how their city is run. It ran in one country in "
            "Asia and four in Africa.",
            "Communities chose and built 172 infrastructure projects themselves, from "
            "drainage to footpaths and water points, with the municipality as partner.",
            "Savings groups were central: 386 were mobilised among urban poor communities, "
            "giving residents a way to contribute, to borrow, and to negotiate with the city.",
            "The programme also helped prepare about $600 million of World Bank investment, "
            "showing how small community projects can shape large public programmes.",
        ],
        key_points=[
            "Community savings groups give residents a seat at the table.",
            "Small projects chosen by residents build trust for larger investments.",
            "Land, services and citizenship must be tackled together.",
        ],
    ),
    ProductSpec(
        slug="future-cities-africa",
        title="Future Cities Africa: tools for the urban transition",
        product_type="report",
        date=datetime.date(2018, 5, 14),
        publisher="Cities Alliance",
        authors=["Lucas Moreau"],
        themes=["resilience", "equitable-economic-growth", "secondary-cities"],
        regions=["africa"],
        summary="Lessons from 21 cities in four countries on preparing for Africa's rapid "
        "urban growth: resilience, inclusive growth and better planning.",
        paragraphs=[
            "Africa's cities are growing faster than those of any other region. The project "
            "worked in 21 cities in four countries to understand what that growth demands "
            "and to test tools for managing it.",
            "It looked at how cities can become resilient to climate, economic and social "
            "shocks, and how growth can create jobs for the many rather than the few.",
            "The report brings together the tools and insights the cities found most useful, "
            "with notes on adapting them to other national contexts.",
        ],
        key_points=[
            "Plan for growth before it happens, not after.",
            "Resilience and inclusive growth reinforce each other.",
            "National and local governments need a shared picture of the urban transition.",
        ],
    ),
    ProductSpec(
        slug="hub-vivienda-america-latina",
        title="Hub de Vivienda: una plataforma para América Latina y el Caribe",
        product_type="case_study",
        date=datetime.date(2018, 6, 29),
        publisher="Cities Alliance",
        authors=["Sofía Ramírez"],
        themes=["housing", "urban-poverty"],
        regions=["latin-america-caribbean"],
        language="es",
        summary="El Hub de Profesionales de Vivienda Urbana, lanzado en junio de 2018, reúne a "
        "organizaciones que trabajan por mejores viviendas para la población urbana pobre de "
        "América Latina y el Caribe.",
        paragraphs=[
            "El Hub es una plataforma abierta que combina un espacio digital con encuentros "
            "presenciales. Allí, profesionales y organizaciones encuentran información sobre "
            "vivienda en la región y se conectan entre sí.",
            "Su objetivo es unir las políticas y la planificación con quienes trabajan sobre "
            "el terreno, y aprovechar el conocimiento acumulado en la región sobre vivienda "
            "urbana.",
            "Cities Alliance ayudó a crear el Hub y a ponerlo en marcha. Hoy sirve como pilar "
            "de vivienda de una plataforma urbana regional impulsada por la CEPAL.",
        ],
        key_points=[
            "Compartir el conocimiento regional sobre vivienda urbana.",
            "Vincular políticas públicas y práctica sobre el terreno.",
            "Facilitar el acceso a experiencia técnica de alto nivel.",
        ],
    ),
    ProductSpec(
        slug="cities-and-climate-change-research-agenda",
        title="Research and Action Agenda on Cities and Climate Change",
        product_type="report",
        date=datetime.date(2018, 3, 30),
        publisher="Cities Alliance",
        authors=["Nadia Haddad", "Lucas Moreau"],
        themes=["resilience", "housing"],
        summary="After the first conference that brought scientists, city representatives and "
        "practitioners together on cities and climate change, this agenda sets out what to "
        "research and what to do next, with informal settlements at its centre.",
        paragraphs=[
            "In March 2018 scientists, city representatives and urban practitioners met for "
            "the first time to discuss cities and climate change together and to inspire new "
            "research. Cities Alliance co-organised the conference.",
            "A message heard throughout the plenary sessions was that informality and informal "
            "settlements must be part of both research and action: they house a large share "
            "of urban residents and are often the most exposed to climate risks.",
            "The agenda that came out of the conference lists the knowledge gaps to close and "
            "the actions cities can take while research continues.",
        ],
        key_points=[
            "Include informal settlements in climate research and plans.",
            "Bring scientists and city practitioners together regularly.",
            "Act on what is known while closing the knowledge gaps.",
        ],
    ),
    ProductSpec(
        slug="forum-de-lyon-1998",
        title="Forum de Lyon 1998 : actes du premier forum des maires",
        product_type="proceedings",
        date=datetime.date(1998, 10, 16),
        publisher="WACAP",
        authors=["Lucas Moreau"],
        themes=["urban-poverty", "social-inclusion", "city-to-city-cooperation"],
        regions=["europe"],
        cities=[("Lyon", "FR"), ("Geneva", "CH")],
        language="fr",
        summary="Les actes du premier forum de l'alliance, réuni à Lyon un an après son "
        "lancement : les maires y ont posé les bases de la coopération entre villes contre "
        "la pauvreté urbaine.",
        paragraphs=[
            "Un an après le lancement de l'alliance par le PNUD, les maires se sont retrouvés "
            "à Lyon pour leur premier forum. Venus de plusieurs continents, ils ont échangé "
            "sur la pauvreté urbaine et l'exclusion sociale dans leurs villes.",
            "Les débats ont porté sur la façon de relier les municipalités entre elles et "
            "avec les agences des Nations unies, la société civile et le secteur privé.",
            "Le forum a adopté l'idée d'une coopération directe de ville à ville : une ville "
            "qui a réussi un programme le partage avec une autre qui l'adapte à sa situation.",
        ],
        key_points=[
            "La pauvreté urbaine se combat au niveau local, avec les habitants.",
            "Les villes apprennent le plus les unes des autres.",
            "Les Nations unies jouent un rôle de catalyseur des partenariats.",
        ],
    ),
    ProductSpec(
        slug="rotterdam-forum-2010",
        title="Rotterdam 2010: from poverty reduction to sustainable social inclusion",
        product_type="proceedings",
        date=datetime.date(2010, 11, 5),
        publisher="WACAP",
        authors=["Amina Diallo", "Kwame Mensah"],
        themes=["social-inclusion", "innovative-financing", "basic-services"],
        regions=["europe"],
        cities=[("Rotterdam", "NL"), ("Lyon", "FR")],
        summary="At the Rotterdam forum members broadened their goal from reducing poverty to "
        "sustainable social inclusion, and gave the private sector a larger role.",
        paragraphs=[
            "The 2010 forum in Rotterdam marked a change of emphasis. Members agreed that "
            "reducing poverty means more than raising incomes: everyone should have access to "
            "food, water, energy, education and health care.",
            "Speakers from business and finance joined mayors and UN agencies. The forum "
            "emphasised the role of the private sector and of partnerships between public "
            "authorities and companies in paying for services.",
            "The alliance left Rotterdam with a direction it kept in the following years: "
            "designing innovative financing so that developing cities can offer universal "
            "access to basic services.",
        ],
        key_points=[
            "Sustainable social inclusion: basic services for everyone.",
            "The private sector as a partner in financing services.",
            "Universal access as the measure of success.",
        ],
    ),
    ProductSpec(
        slug="financing-basic-services-ppp-toolkit",
        title="Financing basic services through public-private partnerships",
        product_type="toolkit",
        date=datetime.date(2012, 5, 21),
        publisher="WACAP",
        authors=["Kwame Mensah"],
        themes=["innovative-financing", "basic-services"],
        regions=["africa", "asia-pacific", "latin-america-caribbean"],
        cities=[("Dakar", "SN"), ("Rotterdam", "NL")],
        summary="A step-by-step toolkit for city officials who want to finance water, energy "
        "or waste services with private partners while keeping them affordable for the poor.",
        paragraphs=[
            "Many developing cities cannot pay for new services from their own budgets. "
            "Partnerships with private companies can bring investment, but only if the city "
            "keeps control of prices, quality and coverage.",
            "The toolkit walks through the stages of a partnership: deciding whether one is "
            "appropriate, choosing a model, preparing the tender, negotiating the contract "
            "and monitoring results with residents.",
            "Checklists help officials protect poor households, for example through social "
            "tariffs and coverage targets in informal neighbourhoods.",
        ],
        key_points=[
            "Decide what the city must keep control of before talking to investors.",
            "Write coverage of poor neighbourhoods into the contract.",
            "Monitor results publicly, with residents.",
        ],
    ),
    ProductSpec(
        slug="city-to-city-cooperation-guide",
        title="City-to-city cooperation: a practical guide to South-South and triangular "
        "partnerships",
        product_type="guide",
        date=datetime.date(2015, 2, 9),
        publisher="UNOSSC",
        authors=["Amina Diallo"],
        themes=["city-to-city-cooperation", "global-goals"],
        regions=["africa", "arab-states", "asia-pacific", "latin-america-caribbean"],
        cities=[("Geneva", "CH"), ("Dakar", "SN"), ("Quito", "EC")],
        summary="How two or three cities set up a cooperation that lasts: finding a partner, "
        "agreeing on a topic, exchanging staff, and involving a funder in triangular set-ups.",
        paragraphs=[
            "Cooperation between cities works best when both sides bring something and both "
            "learn. This guide follows a partnership from the first contact to evaluation.",
            "It gives particular attention to South-South cooperation, where cities facing "
            "similar challenges share solutions, and to triangular cooperation, where a "
            "traditional donor, an emerging donor and a beneficiary city work together.",
            "Short examples show exchanges of municipal engineers, joint applications for "
            "funding, and programmes adapted from one city to another.",
        ],
        key_points=[
            "Choose a precise topic and a small team on each side.",
            "Plan staff exchanges in both directions.",
            "Involve funders early in triangular partnerships.",
        ],
    ),
    ProductSpec(
        slug="member-cities-open-dataset",
        title="Member cities of the alliance: open dataset",
        product_type="dataset",
        date=datetime.date(2025, 1, 15),
        publisher="WACAP",
        authors=["Mei Lin Tan"],
        themes=["city-to-city-cooperation"],
        summary="Every member city with its country, region, population, coordinates and "
        "membership status, as a CSV file, with a codebook explaining each column.",
        paragraphs=[
            "The dataset lists the member cities of the alliance at the date of publication. "
            "It is meant for researchers and for partners planning cooperation between "
            "cities.",
            "Populations and coordinates come from the open geonames gazetteer; membership "
            "status and year of joining come from the secretariat's records.",
            "The CSV file uses UTF-8 and one row per city. The codebook in this document "
            "describes each column and its possible values.",
        ],
        key_points=[
            "name, country (ISO 3166-1 alpha-2) and region of each city",
            "population and latitude/longitude (WGS 84)",
            "membership status (member, founding, observer, former) and year of joining",
        ],
        dataset=True,
    ),
    ProductSpec(
        slug="from-global-goals-to-local-action",
        title="From global goals to local action plans",
        product_type="policy_brief",
        date=datetime.date(2008, 10, 17),
        publisher="UNDP",
        authors=["Lucas Moreau"],
        themes=["global-goals", "urban-poverty"],
        cities=[("Geneva", "CH")],
        summary="Why the Millennium Development Goals are reached or missed in cities, and "
        "how municipalities can turn national targets into local plans.",
        paragraphs=[
            "The alliance supports national policies and local development processes that "
            "countries set themselves to reach the Millennium Development Goals. Cities are "
            "where many of these goals are won or lost.",
            "The brief describes how a city can translate a national target, such as access "
            "to safe water, into a local plan with indicators, a budget and partners.",
            "It draws on UNDP's presence in 177 countries and territories, which links local "
            "efforts with national programmes.",
        ],
        key_points=[
            "Translate each national target into local indicators.",
            "Give every local target a budget line and a responsible office.",
            "Report progress to residents as well as to national government.",
        ],
    ),
    ProductSpec(
        slug="habitat-ii-to-habitat-iii",
        title="From Habitat II to Habitat III: twenty years of cities against poverty",
        product_type="report",
        date=datetime.date(2016, 10, 17),
        publisher="WACAP",
        authors=["Amina Diallo", "Lucas Moreau"],
        themes=["city-to-city-cooperation", "urban-poverty", "global-goals"],
        regions=["europe", "latin-america-caribbean"],
        cities=[("Istanbul", "TR"), ("Quito", "EC"), ("Lyon", "FR"), ("Rotterdam", "NL")],
        summary="Looking back from the New Urban Agenda adopted in Quito to the Istanbul "
        "conference where the alliance was first discussed: what two decades of city "
        "cooperation have achieved.",
        paragraphs=[
            "In 1996 cities at the Habitat II conference in Istanbul began networking with "
            "new enthusiasm; the idea of an alliance against poverty was born there. Twenty "
            "years later Habitat III in Quito adopted the New Urban Agenda.",
            "Between the two, the alliance held forums in Lyon and Rotterdam, grew past 900 "
            "member cities and moved its focus towards cooperation among cities of the South.",
            "The report argues that the power of connecting cities is proven, and that the "
            "New Urban Agenda will be implemented only through such collective action.",
        ],
        key_points=[
            "City networks turn global agendas into local practice.",
            "South-South cooperation has become the alliance's core.",
            "Implementing the New Urban Agenda needs collective action.",
        ],
    ),
    ProductSpec(
        slug="migration-and-the-inclusive-city",
        title="Migration and the inclusive city",
        product_type="policy_brief",
        date=datetime.date(2017, 12, 18),
        publisher="Cities Alliance",
        authors=["Sofía Ramírez", "Nadia Haddad"],
        themes=["migration", "social-inclusion"],
        regions=["africa", "latin-america-caribbean"],
        summary="Cities receive most migrants, whether they come from the countryside or "
        "from abroad. This brief sets out what municipalities can do to include them.",
        paragraphs=[
            "Migration and the inclusive city is one of the new focus areas of Cities "
            "Alliance, alongside knowing your city and youth. Projects on these themes run in "
            "more than 30 countries.",
            "Newcomers often settle in informal areas with few services. The brief argues "
            "that counting them, giving them access to services and involving them in local "
            "decisions benefits the whole city.",
            "It proposes first steps for municipalities with little money: reliable data on "
            "who lives where, one-stop service points, and partnerships with organisations "
            "that migrants already trust.",
        ],
        key_points=[
            "Count newcomers: services cannot be planned for people who are invisible.",
            "Open basic services to all residents, whatever their origin.",
            "Work with organisations migrants already trust.",
        ],
    ),
]
