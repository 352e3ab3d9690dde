"""French, Spanish and Arabic versions of the news index and four demo articles.

Keys are the English strings of `news/demo.py` as wagtail-localize segments them (title, slug,
summary, one paragraph each); `cms/demo_translations.py` turns them into translations.
"""

# Path of each page below the home page -> English -> locale -> text.
PAGES: dict[str, dict[str, dict[str, str]]] = {
    "news/": {
        "News": {"fr": "Actualités", "es": "Noticias", "ar": "الأخبار"},
        "news": {"fr": "actualites", "es": "noticias"},
        "What the alliance and its member cities are doing against urban poverty.": {
            "fr": "Ce que l'alliance et ses villes membres font contre la pauvreté urbaine.",
            "es": "Lo que la alianza y sus ciudades miembro hacen contra la pobreza urbana.",
            "ar": "ما يقوم به التحالف ومدنه الأعضاء لمكافحة الفقر الحضري.",
        },
        "Stories from the alliance's forums, programmes and member cities, and from the "
        "partners we work with.": {
            "fr": "Des nouvelles des forums, des programmes et des villes membres de "
            "l'alliance, ainsi que des partenaires avec qui nous travaillons.",
            "es": "Historias de los foros, los programas y las ciudades miembro de la alianza, "
            "y de los socios con quienes trabajamos.",
            "ar": "أخبار من منتديات التحالف وبرامجه ومدنه الأعضاء، ومن الشركاء الذين نعمل معهم.",
        },
    },
    "news/registration-open-next-mayoral-forum/": {
        "Registration opens for the next forum of mayors": {
            "fr": "Les inscriptions au prochain forum des maires sont ouvertes",
            "es": "Se abren las inscripciones para el próximo foro de alcaldes",
            "ar": "فتح باب التسجيل في المنتدى المقبل لرؤساء البلديات",
        },
        "registration-open-next-mayoral-forum": {
            "fr": "inscriptions-prochain-forum-des-maires",
            "es": "inscripciones-proximo-foro-de-alcaldes",
        },
        "Mayors and city teams can now sign up for the alliance's next forum, in Quito.": {
            "fr": "Maires et équipes municipales peuvent dès maintenant s'inscrire au prochain "
            "forum de l'alliance, à Quito.",
            "es": "Alcaldes y equipos municipales ya pueden inscribirse en el próximo foro de "
            "la alianza, en Quito.",
            "ar": "يمكن لرؤساء البلديات وفرق المدن التسجيل الآن في المنتدى المقبل للتحالف في كيتو.",
        },
        "The secretariat has opened registration for the next forum of mayors. Member cities "
        "are invited to send their mayor or a senior official together with the staff who run "
        "their poverty programmes.": {
            "fr": "Le secrétariat a ouvert les inscriptions au prochain forum des maires. Les "
            "villes membres sont invitées à envoyer leur maire ou un haut responsable, "
            "accompagné des agents qui conduisent leurs programmes de lutte contre la "
            "pauvreté.",
            "es": "La secretaría ha abierto las inscripciones para el próximo foro de alcaldes. "
            "Se invita a las ciudades miembro a enviar a su alcalde o a un alto funcionario "
            "junto con el personal que dirige sus programas contra la pobreza.",
            "ar": "فتحت الأمانة باب التسجيل في المنتدى المقبل لرؤساء البلديات. والمدن الأعضاء "
            "مدعوة إلى إيفاد رئيس بلديتها أو مسؤول رفيع برفقة الموظفين الذين يديرون برامجها "
            "لمكافحة الفقر.",
        },
        "As at every forum since Lyon, the programme leaves most of the time to cities "
        "presenting what they tried, what worked and what did not, so that others can pick up "
        "the solutions that fit their own neighbourhoods.": {
            "fr": "Comme à chaque forum depuis Lyon, le programme laisse l'essentiel du temps "
            "aux villes qui présentent ce qu'elles ont tenté, ce qui a marché et ce qui n'a pas "
            "marché, afin que d'autres puissent reprendre les solutions adaptées à leurs "
            "propres quartiers.",
            "es": "Como en cada foro desde Lyon, el programa deja la mayor parte del tiempo a "
            "las ciudades para que presenten lo que intentaron, lo que funcionó y lo que no, de "
            "modo que otras puedan adoptar las soluciones que se ajusten a sus propios "
            "barrios.",
            "ar": "وكما في كل منتدى منذ ليون، يخصص البرنامج معظم الوقت للمدن كي تعرض ما "
            "جرّبته وما نجح وما لم ينجح، حتى تتمكن مدن أخرى من اعتماد الحلول التي تلائم "
            "أحياءها.",
        },
    },
    "news/future-cities-africa/": {
        "Future Cities Africa: tools for a continent's urban transition": {
            "fr": "Future Cities Africa : des outils pour la transition urbaine d'un continent",
            "es": "Future Cities Africa: herramientas para la transición urbana de un continente",
            "ar": "مبادرة مدن أفريقيا المستقبلية: أدوات للتحول الحضري في قارة بأكملها",
        },
        "future-cities-africa": {
            "fr": "villes-d-avenir-en-afrique",
            "es": "ciudades-del-futuro-en-africa",
        },
        "Twenty-one cities in four countries are testing new tools to plan for fast urban "
        "growth.": {
            "fr": "Vingt et une villes de quatre pays testent de nouveaux outils pour planifier "
            "une croissance urbaine rapide.",
            "es": "Veintiuna ciudades de cuatro países prueban nuevas herramientas para "
            "planificar un crecimiento urbano acelerado.",
            "ar": "إحدى وعشرون مدينة في أربعة بلدان تختبر أدوات جديدة للتخطيط لنمو حضري سريع.",
        },
        "Most of Africa's urban growth is still to come. Future Cities Africa works with 21 "
        "cities in four countries to understand that transition in detail and to give city "
        "governments practical tools to plan for it.": {
            "fr": "L'essentiel de la croissance urbaine de l'Afrique reste à venir. Future "
            "Cities Africa travaille avec 21 villes de quatre pays pour comprendre cette "
            "transition en détail et donner aux municipalités des outils pratiques pour la "
            "planifier.",
            "es": "La mayor parte del crecimiento urbano de África aún está por llegar. Future "
            "Cities Africa trabaja con 21 ciudades de cuatro países para entender esa "
            "transición en detalle y dar a los gobiernos municipales herramientas prácticas "
            "para planificarla.",
            "ar": "معظم النمو الحضري في أفريقيا لم يأتِ بعد. وتعمل مبادرة مدن أفريقيا "
            "المستقبلية مع 21 مدينة في أربعة بلدان لفهم هذا التحول بالتفصيل وتزويد حكومات "
            "المدن بأدوات عملية للتخطيط له.",
        },
        "Members of the alliance follow the project closely: its lessons on planning ahead of "
        "growth, rather than catching up with it, travel well between cities.": {
            "fr": "Les membres de l'alliance suivent le projet de près : ses enseignements sur "
            "la planification qui anticipe la croissance, au lieu de courir après elle, se "
            "transposent bien d'une ville à l'autre.",
            "es": "Los miembros de la alianza siguen de cerca el proyecto: sus lecciones sobre "
            "planificar antes del crecimiento, en lugar de ir a la zaga, se trasladan bien de "
            "una ciudad a otra.",
            "ar": "ويتابع أعضاء التحالف المشروع عن كثب، إذ إن دروسه في التخطيط استباقًا للنمو "
            "بدلًا من اللحاق به تنتقل بسهولة من مدينة إلى أخرى.",
        },
    },
    "news/community-savings-groups/": {
        "Community savings groups at the heart of 172 neighbourhood projects": {
            "fr": "Des groupes d'épargne communautaires au cœur de 172 projets de quartier",
            "es": "Grupos comunitarios de ahorro en el centro de 172 proyectos barriales",
            "ar": "مجموعات الادخار المجتمعية في صميم 172 مشروعًا في الأحياء",
        },
        "community-savings-groups": {
            "fr": "groupes-d-epargne-communautaires",
            "es": "grupos-comunitarios-de-ahorro",
        },
        "A programme in one Asian and four African countries shows what residents can build "
        "when they organise.": {
            "fr": "Un programme mené dans un pays d'Asie et quatre pays d'Afrique montre ce que "
            "les habitants peuvent bâtir lorsqu'ils s'organisent.",
            "es": "Un programa en un país asiático y cuatro africanos muestra lo que los "
            "vecinos pueden construir cuando se organizan.",
            "ar": "برنامج في بلد آسيوي وأربعة بلدان أفريقية يُظهر ما يستطيع السكان بناءه حين "
            "ينظمون أنفسهم.",
        },
        "The Land, Services and Citizenship programme worked in one Asian and four African "
        "countries. It helped prepare some 600 million dollars of World Bank investment and "
        "funded 172 infrastructure projects chosen and run by the communities "
        "themselves.": {
            "fr": "Le programme Terre, services et citoyenneté a été mené dans un pays d'Asie "
            "et quatre pays d'Afrique. Il a contribué à préparer quelque 600 millions de "
            "dollars d'investissements de la Banque mondiale et financé 172 projets "
            "d'infrastructure choisis et gérés par les communautés elles-mêmes.",
            "es": "El programa Tierra, Servicios y Ciudadanía trabajó en un país asiático y "
            "cuatro africanos. Ayudó a preparar unos 600 millones de dólares de inversión del "
            "Banco Mundial y financió 172 proyectos de infraestructura elegidos y gestionados "
            "por las propias comunidades.",
            "ar": "عمل برنامج الأرض والخدمات والمواطنة في بلد آسيوي وأربعة بلدان أفريقية. "
            "وساعد في إعداد استثمارات للبنك الدولي بنحو 600 مليون دولار، وموّل 172 مشروعًا "
            "للبنية التحتية اختارتها المجتمعات المحلية نفسها وتولت إدارتها.",
        },
        "Along the way, 386 savings groups formed in poor urban neighbourhoods. Pooling small "
        "amounts, residents gained a voice with their city government and a way to co-finance "
        "water points, drains and paved lanes.": {
            "fr": "En chemin, 386 groupes d'épargne se sont formés dans des quartiers urbains "
            "pauvres. En mettant en commun de petites sommes, les habitants ont gagné une voix "
            "auprès de leur municipalité et un moyen de cofinancer des points d'eau, des "
            "caniveaux et des ruelles pavées.",
            "es": "Por el camino se formaron 386 grupos de ahorro en barrios urbanos pobres. Al "
            "reunir pequeñas cantidades, los vecinos ganaron voz ante su gobierno municipal y "
            "una forma de cofinanciar puntos de agua, desagües y calles pavimentadas.",
            "ar": "وخلال ذلك تشكّلت 386 مجموعة ادخار في أحياء حضرية فقيرة. ومن خلال تجميع "
            "مبالغ صغيرة، اكتسب السكان صوتًا لدى حكومة مدينتهم ووسيلة للمشاركة في تمويل نقاط "
            "المياه وقنوات التصريف والأزقة المعبّدة.",
        },
    },
    "news/rotterdam-forum-social-inclusion/": {
        "Rotterdam forum widens the fight against poverty to social inclusion": {
            "fr": "Le forum de Rotterdam élargit la lutte contre la pauvreté à l'inclusion sociale",
            "es": "El foro de Róterdam amplía la lucha contra la pobreza a la inclusión social",
            "ar": "منتدى روتردام يوسّع مكافحة الفقر لتشمل الإدماج الاجتماعي",
        },
        "rotterdam-forum-social-inclusion": {
            "fr": "forum-de-rotterdam-inclusion-sociale",
            "es": "foro-de-roterdam-inclusion-social",
        },
        "Mayors agree that everyone should have access to food, water, energy, education and "
        "health care.": {
            "fr": "Les maires conviennent que chacun doit avoir accès à l'alimentation, à l'eau, "
            "à l'énergie, à l'éducation et aux soins de santé.",
            "es": "Los alcaldes acuerdan que todas las personas deben tener acceso a "
            "alimentación, agua, energía, educación y atención sanitaria.",
            "ar": "رؤساء البلديات يتفقون على حق الجميع في الحصول على الغذاء والماء والطاقة "
            "والتعليم والرعاية الصحية.",
        },
        "At the alliance's forum in Rotterdam, members redefined their goal. Reducing poverty "
        "is not enough: the aim is lasting social inclusion, meaning that every resident can "
        "count on basic provisions such as food, water, energy, education and health "
        "care.": {
            "fr": "Au forum de l'alliance à Rotterdam, les membres ont redéfini leur objectif. "
            "Réduire la pauvreté ne suffit pas : le but est une inclusion sociale durable, où "
            "chaque habitant peut compter sur l'essentiel, comme l'alimentation, l'eau, "
            "l'énergie, l'éducation et les soins de santé.",
            "es": "En el foro de la alianza en Róterdam, los miembros redefinieron su objetivo. "
            "Reducir la pobreza no basta: la meta es una inclusión social duradera, en la que "
            "cada habitante pueda contar con lo básico, como alimentación, agua, energía, "
            "educación y atención sanitaria.",
            "ar": "في منتدى التحالف في روتردام أعاد الأعضاء تعريف هدفهم. فالحد من الفقر لا "
            "يكفي: الغاية إدماج اجتماعي دائم، يستطيع فيه كل ساكن الاعتماد على الأساسيات "
            "كالغذاء والماء والطاقة والتعليم والرعاية الصحية.",
        },
        "The forum also gave the private sector a larger role and asked the alliance to design "
        "financing that helps developing cities reach universal access to basic "
        "services.": {
            "fr": "Le forum a aussi donné un plus grand rôle au secteur privé et demandé à "
            "l'alliance de concevoir des financements qui aident les villes en développement à "
            "garantir l'accès universel aux services de base.",
            "es": "El foro también dio un papel mayor al sector privado y pidió a la alianza "
            "diseñar una financiación que ayude a las ciudades en desarrollo a lograr el "
            "acceso universal a los servicios básicos.",
            "ar": "كما منح المنتدى القطاع الخاص دورًا أكبر، وطلب من التحالف تصميم أشكال تمويل "
            "تساعد المدن النامية على تحقيق الوصول الشامل إلى الخدمات الأساسية.",
        },
    },
}
