"""Translations of the demo home page and "About" section, written for the demo in our own words.

Keys are the English strings exactly as wagtail-localize segments the pages of `home/demo.py`
(a title, a summary, one paragraph or list item of rich text); values give the text per locale.
Slugs are keys too: French and Spanish get their own, the other scripts keep the English slug.
The home page and the about section's index are also in Chinese and Russian.
"""

# Path of each page below the home page ("" is the home page itself) -> English -> locale -> text.
PAGES: dict[str, dict[str, dict[str, str]]] = {
    "": {
        "Home": {
            "fr": "Accueil",
            "es": "Inicio",
            "ar": "الصفحة الرئيسية",
            "zh-hans": "首页",
            "ru": "Главная",
        },
        "home": {"fr": "accueil", "es": "inicio"},
        "A worldwide network of more than 900 cities sharing what works against poverty and "
        "exclusion.": {
            "fr": "Un réseau mondial de plus de 900 villes qui partagent ce qui fonctionne contre "
            "la pauvreté et l'exclusion.",
            "es": "Una red mundial de más de 900 ciudades que comparten lo que funciona contra la "
            "pobreza y la exclusión.",
            "ar": "شبكة عالمية تضم أكثر من 900 مدينة تتبادل ما ينجح في مواجهة الفقر والإقصاء.",
            "zh-hans": "一个由900多个城市组成的全球网络，分享应对贫困与排斥的有效做法。",
            "ru": "Всемирная сеть из более чем 900 городов, которые делятся тем, что помогает "
            "бороться с бедностью и изоляцией.",
        },
        "Cities working together against urban poverty": {
            "fr": "Des villes unies contre la pauvreté urbaine",
            "es": "Ciudades que trabajan juntas contra la pobreza urbana",
            "ar": "مدن تعمل معًا لمكافحة الفقر الحضري",
            "zh-hans": "城市携手应对城市贫困",
            "ru": "Города вместе против городской бедности",
        },
        "More than half of humanity lives in cities, and many more people are on their way. The "
        "alliance links mayors, municipal teams and their partners so that a solution found in "
        "one city can help another: safe water, decent housing, fair ways to pay for basic "
        "services.": {
            "fr": "Plus de la moitié de l'humanité vit en ville, et bien d'autres personnes y "
            "arrivent. L'alliance relie les maires, les équipes municipales et leurs partenaires "
            "pour qu'une solution trouvée dans une ville puisse en aider une autre : eau potable, "
            "logement décent, façons équitables de financer les services de base.",
            "es": "Más de la mitad de la humanidad vive en ciudades, y muchas más personas están "
            "en camino. La alianza conecta a alcaldes, equipos municipales y sus socios para que "
            "una solución encontrada en una ciudad pueda ayudar a otra: agua segura, vivienda "
            "digna y formas justas de pagar los servicios básicos.",
            "ar": "يعيش أكثر من نصف البشر في المدن، وكثيرون غيرهم في طريقهم إليها. يربط التحالف "
            "بين رؤساء البلديات والفرق البلدية وشركائهم حتى يفيد حلٌّ وُجد في مدينة مدينةً "
            "أخرى: مياه مأمونة، ومسكن لائق، وطرق عادلة لتمويل الخدمات الأساسية.",
            "zh-hans": "全世界一半以上的人口生活在城市，而且还有更多人正在涌入。联盟把市长、"
            "市政团队及其合作伙伴联系在一起，让一个城市找到的办法也能帮助另一个城市："
            "安全的饮用水、体面的住房，以及公平地为基本服务筹资的方式。",
            "ru": "Более половины человечества живёт в городах, и ещё многие люди в пути. Альянс "
            "связывает мэров, муниципальные команды и их партнёров, чтобы решение, найденное в "
            "одном городе, помогло другому: чистая вода, достойное жильё, справедливые способы "
            "оплаты базовых услуг.",
        },
        "The alliance in figures": {
            "fr": "L'alliance en chiffres",
            "es": "La alianza en cifras",
            "ar": "التحالف بالأرقام",
            "zh-hans": "联盟数据一览",
            "ru": "Альянс в цифрах",
        },
        "member cities": {
            "fr": "villes membres",
            "es": "ciudades miembro",
            "ar": "مدينة عضوًا",
            "zh-hans": "个成员城市",
            "ru": "городов-членов",
        },
        "continents": {
            "fr": "continents",
            "es": "continentes",
            "ar": "قارات",
            "zh-hans": "大洲",
            "ru": "континентов",
        },
        "the idea is born at Habitat II": {
            "fr": "l'idée naît à Habitat II",
            "es": "la idea nace en Hábitat II",
            "ar": "ولادة الفكرة في مؤتمر الموئل الثاني",
            "zh-hans": "构想诞生于第二届人居大会",
            "ru": "идея рождается на конференции Хабитат II",
        },
        "first forum of mayors, in Lyon": {
            "fr": "premier forum des maires, à Lyon",
            "es": "primer foro de alcaldes, en Lyon",
            "ar": "أول منتدى لرؤساء البلديات، في ليون",
            "zh-hans": "首届市长论坛在里昂举行",
            "ru": "первый форум мэров, в Лионе",
        },
        "What members do together": {
            "fr": "Ce que les membres font ensemble",
            "es": "Lo que los miembros hacen juntos",
            "ar": "ما يقوم به الأعضاء معًا",
            "zh-hans": "成员共同开展的工作",
            "ru": "Что члены альянса делают вместе",
        },
        "Connect municipal leaders with UN agencies, civil society, universities and business.": {
            "fr": "Mettre les élus municipaux en relation avec les agences de l'ONU, la société "
            "civile, les universités et les entreprises.",
            "es": "Conectar a los líderes municipales con las agencias de la ONU, la sociedad "
            "civil, las universidades y las empresas.",
            "ar": "ربط القيادات البلدية بوكالات الأمم المتحدة والمجتمع المدني والجامعات وقطاع "
            "الأعمال.",
            "zh-hans": "将市政领导人与联合国机构、民间社会、高校和企业联系起来。",
            "ru": "Связывать руководителей городов с агентствами ООН, гражданским обществом, "
            "университетами и бизнесом.",
        },
        "Organise exchanges so that a programme that works in one city is adapted in another.": {
            "fr": "Organiser des échanges pour qu'un programme qui réussit dans une ville soit "
            "adapté dans une autre.",
            "es": "Organizar intercambios para que un programa que funciona en una ciudad se "
            "adapte en otra.",
            "ar": "تنظيم تبادلات كي يُكيَّف برنامج ناجح في مدينة ما ليُطبَّق في مدينة أخرى.",
            "zh-hans": "组织交流，使在一个城市行之有效的项目能在另一个城市因地制宜地推广。",
            "ru": "Организовывать обмены, чтобы программа, успешная в одном городе, "
            "адаптировалась в другом.",
        },
        "Turn international development goals into local action plans.": {
            "fr": "Traduire les objectifs internationaux de développement en plans d'action "
            "locaux.",
            "es": "Convertir los objetivos internacionales de desarrollo en planes de acción "
            "locales.",
            "ar": "تحويل أهداف التنمية الدولية إلى خطط عمل محلية.",
            "zh-hans": "把国际发展目标转化为地方行动计划。",
            "ru": "Превращать международные цели развития в местные планы действий.",
        },
        "Build local skills and community-owned solutions.": {
            "fr": "Renforcer les compétences locales et les solutions portées par les communautés.",
            "es": "Desarrollar capacidades locales y soluciones propias de las comunidades.",
            "ar": "بناء المهارات المحلية والحلول التي تملكها المجتمعات المحلية.",
            "zh-hans": "培养本地能力，发展由社区主导的解决方案。",
            "ru": "Развивать местные навыки и решения, которыми владеют сами сообщества.",
        },
        "Argue for triangular cooperation and innovative financing of services.": {
            "fr": "Plaider pour la coopération triangulaire et le financement innovant des "
            "services.",
            "es": "Abogar por la cooperación triangular y la financiación innovadora de los "
            "servicios.",
            "ar": "الدعوة إلى التعاون الثلاثي والتمويل المبتكر للخدمات.",
            "zh-hans": "倡导三方合作和服务的创新融资。",
            "ru": "Выступать за трёхстороннее сотрудничество и инновационное финансирование услуг.",
        },
        "Learn about the alliance": {
            "fr": "Découvrir l'alliance",
            "es": "Conozca la alianza",
            "ar": "تعرّف على التحالف",
            "zh-hans": "了解联盟",
            "ru": "Узнать об альянсе",
        },
    },
    "about/": {
        "About the alliance": {
            "fr": "À propos de l'alliance",
            "es": "Acerca de la alianza",
            "ar": "عن التحالف",
            "zh-hans": "关于联盟",
            "ru": "Об альянсе",
        },
        "about": {"fr": "a-propos", "es": "acerca-de"},
        "Who we are, what we aim for and how the alliance is run.": {
            "fr": "Qui nous sommes, ce que nous visons et comment l'alliance est dirigée.",
            "es": "Quiénes somos, qué buscamos y cómo se dirige la alianza.",
            "ar": "من نحن، وما الذي نسعى إليه، وكيف يُدار التحالف.",
            "zh-hans": "我们是谁、我们的目标以及联盟如何运作。",
            "ru": "Кто мы, к чему стремимся и как устроено управление альянсом.",
        },
        "A worldwide alliance of cities against poverty: where it comes from, what it works "
        "for and who keeps it running.": {
            "fr": "Une alliance mondiale de villes contre la pauvreté : d'où elle vient, pour "
            "quoi elle travaille et qui la fait vivre.",
            "es": "Una alianza mundial de ciudades contra la pobreza: de dónde viene, por qué "
            "trabaja y quién la mantiene en marcha.",
            "ar": "تحالف عالمي للمدن ضد الفقر: من أين جاء، ومن أجل ماذا يعمل، ومن يتولى تسييره.",
            "zh-hans": "一个全球城市反贫困联盟：它从何而来、为何而努力、由谁维持运转。",
            "ru": "Всемирный альянс городов против бедности: откуда он возник, ради чего "
            "работает и кто обеспечивает его работу.",
        },
    },
    "about/mission/": {
        "Our mission": {"fr": "Notre mission", "es": "Nuestra misión", "ar": "رسالتنا"},
        "mission": {"fr": "notre-mission", "es": "nuestra-mision"},
        "Helping cities give every resident a decent, healthy place to live and a fair chance.": {
            "fr": "Aider les villes à offrir à chaque habitant un lieu de vie décent et sain, et "
            "une vraie chance.",
            "es": "Ayudar a las ciudades a ofrecer a cada habitante un lugar digno y saludable "
            "donde vivir y una oportunidad justa.",
            "ar": "مساعدة المدن على توفير مكان لائق وصحي للعيش وفرصة عادلة لكل ساكن.",
        },
        "Over half of the world's people live in cities, and more arrive every year in search "
        "of safer, more productive lives. That growth stretches services, infrastructure and "
        "budgets that were already thin.": {
            "fr": "Plus de la moitié de la population mondiale vit en ville, et de nouveaux "
            "habitants arrivent chaque année en quête d'une vie plus sûre et plus prospère. "
            "Cette croissance met à rude épreuve des services, des infrastructures et des "
            "budgets déjà limités.",
            "es": "Más de la mitad de la población mundial vive en ciudades, y cada año llegan "
            "más personas en busca de una vida más segura y productiva. Ese crecimiento pone a "
            "prueba servicios, infraestructuras y presupuestos que ya eran escasos.",
            "ar": "يعيش أكثر من نصف سكان العالم في المدن، ويصل إليها المزيد كل عام بحثًا عن "
            "حياة أكثر أمانًا وإنتاجية. ويُثقل هذا النمو كاهل خدمات وبنى تحتية وميزانيات "
            "كانت محدودة أصلًا.",
        },
        "The alliance exists so that no city faces this alone. By connecting local authorities "
        "and encouraging them to work with one another, it helps them find and share answers "
        "to hard development problems and meet the basic needs of their poorest "
        "residents.": {
            "fr": "L'alliance existe pour qu'aucune ville n'affronte seule ce défi. En reliant "
            "les autorités locales et en les incitant à travailler ensemble, elle les aide à "
            "trouver et à partager des réponses à des problèmes de développement difficiles, et "
            "à satisfaire les besoins essentiels de leurs habitants les plus pauvres.",
            "es": "La alianza existe para que ninguna ciudad enfrente esto sola. Al conectar a "
            "las autoridades locales y animarlas a trabajar juntas, les ayuda a encontrar y "
            "compartir respuestas a problemas de desarrollo difíciles y a cubrir las "
            "necesidades básicas de sus habitantes más pobres.",
            "ar": "وُجد التحالف كي لا تواجه أي مدينة هذا التحدي وحدها. فمن خلال الربط بين "
            "السلطات المحلية وتشجيعها على العمل معًا، يساعدها على إيجاد حلول لمشكلات التنمية "
            "الصعبة وتبادلها، وعلى تلبية الاحتياجات الأساسية لأفقر سكانها.",
        },
        "Two ways of working": {
            "fr": "Deux façons d'agir",
            "es": "Dos formas de trabajar",
            "ar": "طريقتان في العمل",
        },
        "Strengthen what cities can deliver: better public services through proven practice "
        "and partnerships with other cities.": {
            "fr": "Renforcer ce que les villes peuvent offrir : de meilleurs services publics "
            "grâce à des pratiques éprouvées et à des partenariats avec d'autres villes.",
            "es": "Reforzar lo que las ciudades pueden ofrecer: mejores servicios públicos "
            "gracias a prácticas probadas y a alianzas con otras ciudades.",
            "ar": "تعزيز ما تستطيع المدن تقديمه: خدمات عامة أفضل بفضل ممارسات مجرَّبة "
            "وشراكات مع مدن أخرى.",
        },
        "Open new ways to pay for it: innovative financing and partnerships with the private "
        "sector, so developing cities can offer basic services to everyone.": {
            "fr": "Ouvrir de nouvelles voies pour les financer : financement innovant et "
            "partenariats avec le secteur privé, afin que les villes en développement puissent "
            "offrir les services de base à tous.",
            "es": "Abrir nuevas formas de pagarlo: financiación innovadora y alianzas con el "
            "sector privado, para que las ciudades en desarrollo puedan ofrecer servicios "
            "básicos a todos.",
            "ar": "فتح سبل جديدة لتمويل ذلك: تمويل مبتكر وشراكات مع القطاع الخاص، كي تتمكن "
            "المدن النامية من تقديم الخدمات الأساسية للجميع.",
        },
        "Behind both lies one idea of sustainable development with three sides, economic, "
        "environmental and social, best served when government, business and civil society "
        "share the responsibility. Today the alliance puts special weight on cooperation among "
        "cities of the Global South and on triangular arrangements that bring in traditional "
        "and emerging donors.": {
            "fr": "Derrière les deux se trouve une même idée du développement durable, à trois "
            "dimensions, économique, environnementale et sociale, qui progresse le mieux quand "
            "pouvoirs publics, entreprises et société civile en partagent la responsabilité. "
            "Aujourd'hui, l'alliance met l'accent sur la coopération entre villes du Sud global "
            "et sur des dispositifs triangulaires associant donateurs traditionnels et "
            "émergents.",
            "es": "Detrás de ambas hay una misma idea del desarrollo sostenible, con tres "
            "dimensiones, económica, ambiental y social, que avanza mejor cuando el gobierno, "
            "las empresas y la sociedad civil comparten la responsabilidad. Hoy la alianza da "
            "especial peso a la cooperación entre ciudades del Sur Global y a los acuerdos "
            "triangulares que suman a donantes tradicionales y emergentes.",
            "ar": "وتقف وراء الطريقتين فكرة واحدة عن التنمية المستدامة بأبعادها الثلاثة، "
            "الاقتصادي والبيئي والاجتماعي، وهي تتحقق على أفضل وجه حين تتقاسم الحكومة وقطاع "
            "الأعمال والمجتمع المدني المسؤولية. ويولي التحالف اليوم أهمية خاصة للتعاون بين "
            "مدن الجنوب العالمي وللترتيبات الثلاثية التي تشرك المانحين التقليديين والناشئين.",
        },
    },
    "about/history/": {
        "History": {"fr": "Histoire", "es": "Historia", "ar": "تاريخنا"},
        "history": {"fr": "histoire", "es": "historia"},
        "From a conversation in Istanbul in 1996 to a network of more than 900 cities.": {
            "fr": "D'une conversation à Istanbul en 1996 à un réseau de plus de 900 villes.",
            "es": "De una conversación en Estambul en 1996 a una red de más de 900 ciudades.",
            "ar": "من حديث في إسطنبول عام 1996 إلى شبكة تضم أكثر من 900 مدينة.",
        },
        "The idea was first discussed at Habitat II, the UN conference on human settlements "
        "held in Istanbul in 1996, a year the United Nations had dedicated to the eradication "
        "of poverty. Cities there began to network with new energy, and UNDP set about turning "
        "the idea into a global project, launched on 17 October 1997.": {
            "fr": "L'idée a été évoquée pour la première fois à Habitat II, la conférence des "
            "Nations unies sur les établissements humains tenue à Istanbul en 1996, année que "
            "l'ONU avait consacrée à l'élimination de la pauvreté. Les villes présentes y ont "
            "commencé à se mettre en réseau avec une énergie nouvelle, et le PNUD a entrepris "
            "de faire de l'idée un projet mondial, lancé le 17 octobre 1997.",
            "es": "La idea se planteó por primera vez en Hábitat II, la conferencia de las "
            "Naciones Unidas sobre los asentamientos humanos celebrada en Estambul en 1996, año "
            "que la ONU había dedicado a la erradicación de la pobreza. Allí las ciudades "
            "empezaron a trabajar en red con nuevo impulso, y el PNUD se propuso convertir la "
            "idea en un proyecto mundial, lanzado el 17 de octubre de 1997.",
            "ar": "طُرحت الفكرة أول مرة في مؤتمر الموئل الثاني، مؤتمر الأمم المتحدة "
            "للمستوطنات البشرية الذي عُقد في إسطنبول عام 1996، وهو عام خصصته الأمم المتحدة "
            "للقضاء على الفقر. وهناك بدأت المدن تتشابك بحيوية جديدة، وشرع برنامج الأمم المتحدة "
            "الإنمائي في تحويل الفكرة إلى مشروع عالمي أُطلق في 17 أكتوبر 1997.",
        },
        "Milestones": {"fr": "Jalons", "es": "Hitos", "ar": "محطات بارزة"},
        "the idea takes shape at Habitat II": {
            "fr": "l'idée prend forme à Habitat II",
            "es": "la idea toma forma en Hábitat II",
            "ar": "الفكرة تتبلور في مؤتمر الموئل الثاني",
        },
        "first forum of mayors, Lyon": {
            "fr": "premier forum des maires, Lyon",
            "es": "primer foro de alcaldes, Lyon",
            "ar": "أول منتدى لرؤساء البلديات، ليون",
        },
        "forum in Rotterdam": {
            "fr": "forum de Rotterdam",
            "es": "foro de Róterdam",
            "ar": "منتدى روتردام",
        },
        "new institutional home at UNOSSC": {
            "fr": "nouvel ancrage institutionnel au sein de l'UNOSSC",
            "es": "nueva sede institucional en la UNOSSC",
            "ar": "مقر مؤسسي جديد لدى مكتب الأمم المتحدة للتعاون فيما بين بلدان الجنوب",
        },
        "Mayors first met as an alliance in Lyon, France, in 1998. At the Rotterdam forum of "
        "2010 members gave the private sector a larger role and widened their goal from "
        "reducing poverty to lasting social inclusion: food, water, energy, education and "
        "health care within everyone's reach.": {
            "fr": "Les maires se sont réunis pour la première fois en tant qu'alliance à Lyon, "
            "en France, en 1998. Au forum de Rotterdam de 2010, les membres ont donné un plus "
            "grand rôle au secteur privé et élargi leur objectif, de la réduction de la "
            "pauvreté à une inclusion sociale durable : alimentation, eau, énergie, éducation "
            "et soins de santé à la portée de tous.",
            "es": "Los alcaldes se reunieron por primera vez como alianza en Lyon, Francia, en "
            "1998. En el foro de Róterdam de 2010, los miembros dieron un papel mayor al sector "
            "privado y ampliaron su objetivo, de reducir la pobreza a lograr una inclusión "
            "social duradera: alimentación, agua, energía, educación y atención sanitaria al "
            "alcance de todos.",
            "ar": "اجتمع رؤساء البلديات بوصفهم تحالفًا لأول مرة في ليون بفرنسا عام 1998. وفي "
            "منتدى روتردام عام 2010 منح الأعضاء القطاع الخاص دورًا أكبر ووسّعوا هدفهم من الحد "
            "من الفقر إلى إدماج اجتماعي دائم: الغذاء والماء والطاقة والتعليم والرعاية الصحية "
            "في متناول الجميع.",
        },
        "In 2014 the alliance moved its institutional home to the UN Office for South-South "
        "Cooperation. It now counts more than 900 member cities on five continents.": {
            "fr": "En 2014, l'alliance a transféré son ancrage institutionnel au Bureau des "
            "Nations unies pour la coopération Sud-Sud. Elle compte aujourd'hui plus de 900 "
            "villes membres sur cinq continents.",
            "es": "En 2014 la alianza trasladó su sede institucional a la Oficina de las "
            "Naciones Unidas para la Cooperación Sur-Sur. Hoy cuenta con más de 900 ciudades "
            "miembro en cinco continentes.",
            "ar": "في عام 2014 نقل التحالف مقره المؤسسي إلى مكتب الأمم المتحدة للتعاون فيما "
            "بين بلدان الجنوب. ويضم اليوم أكثر من 900 مدينة عضو في خمس قارات.",
        },
    },
    "about/governance/": {
        "Governance": {"fr": "Gouvernance", "es": "Gobernanza", "ar": "الحوكمة"},
        "governance": {"fr": "gouvernance", "es": "gobernanza"},
        "An executive steering committee of UN bodies and member cities sets the course.": {
            "fr": "Un comité exécutif de pilotage, composé d'organismes de l'ONU et de villes "
            "membres, fixe le cap.",
            "es": "Un comité ejecutivo de dirección, formado por organismos de la ONU y "
            "ciudades miembro, marca el rumbo.",
            "ar": "لجنة توجيهية تنفيذية تضم هيئات من الأمم المتحدة ومدنًا أعضاء تحدد المسار.",
        },
        "The alliance is steered by an Executive Steering Committee in which representatives "
        "of United Nations organisations sit alongside member cities that take turns on the "
        "committee.": {
            "fr": "L'alliance est pilotée par un Comité exécutif de pilotage où des "
            "représentants d'organisations des Nations unies siègent aux côtés de villes "
            "membres qui s'y succèdent à tour de rôle.",
            "es": "La alianza está dirigida por un Comité Ejecutivo de Dirección en el que "
            "representantes de organizaciones de las Naciones Unidas se sientan junto a "
            "ciudades miembro que se turnan en el comité.",
            "ar": "يتولى توجيه التحالف لجنة توجيهية تنفيذية يجلس فيها ممثلو منظمات الأمم "
            "المتحدة إلى جانب مدن أعضاء تتناوب على عضوية اللجنة.",
        },
        "In January 2014 the committee accepted the proposal of the UN Office for South-South "
        "Cooperation (UNOSSC) to become the alliance's institutional home, a choice that "
        "matches its growing focus on cooperation among cities of the South.": {
            "fr": "En janvier 2014, le comité a accepté la proposition du Bureau des Nations "
            "unies pour la coopération Sud-Sud (UNOSSC) de devenir l'ancrage institutionnel de "
            "l'alliance, un choix cohérent avec l'attention croissante qu'elle porte à la "
            "coopération entre villes du Sud.",
            "es": "En enero de 2014 el comité aceptó la propuesta de la Oficina de las Naciones "
            "Unidas para la Cooperación Sur-Sur (UNOSSC) de convertirse en la sede "
            "institucional de la alianza, una elección acorde con su creciente atención a la "
            "cooperación entre ciudades del Sur.",
            "ar": "في يناير 2014 قبلت اللجنة اقتراح مكتب الأمم المتحدة للتعاون فيما بين بلدان "
            "الجنوب بأن يصبح المقر المؤسسي للتحالف، وهو خيار يتسق مع تركيزه المتزايد على "
            "التعاون بين مدن الجنوب.",
        },
        "Cities learn fastest from other cities that faced the same problem last year.": {
            "fr": "Les villes apprennent le plus vite auprès d'autres villes qui ont affronté "
            "le même problème l'an dernier.",
            "es": "Las ciudades aprenden más rápido de otras ciudades que enfrentaron el mismo "
            "problema el año pasado.",
            "ar": "تتعلم المدن أسرع ما تتعلم من مدن أخرى واجهت المشكلة نفسها في العام الماضي.",
        },
        "Amina Diallo": {"fr": "Amina Diallo", "es": "Amina Diallo", "ar": "أمينة ديالو"},
        "Programme officer, alliance secretariat": {
            "fr": "Chargée de programme, secrétariat de l'alliance",
            "es": "Oficial de programas, secretaría de la alianza",
            "ar": "مسؤولة برامج، أمانة التحالف",
        },
    },
    "about/secretariat/": {
        "Secretariat": {"fr": "Secrétariat", "es": "Secretaría", "ar": "الأمانة"},
        "secretariat": {"fr": "secretariat", "es": "secretaria"},
        "A small team in Geneva runs the alliance day to day.": {
            "fr": "Une petite équipe à Genève assure la marche quotidienne de l'alliance.",
            "es": "Un pequeño equipo en Ginebra gestiona la alianza en el día a día.",
            "ar": "فريق صغير في جنيف يدير شؤون التحالف اليومية.",
        },
        "Day-to-day management is the job of a secretariat based in Geneva. It prepares the "
        "forums of mayors, matches cities that want to learn from each other, follows up on "
        "their exchanges and keeps members informed.": {
            "fr": "La gestion quotidienne revient à un secrétariat basé à Genève. Il prépare "
            "les forums des maires, met en relation les villes qui veulent apprendre les unes "
            "des autres, assure le suivi de leurs échanges et tient les membres informés.",
            "es": "La gestión diaria corresponde a una secretaría con sede en Ginebra. Prepara "
            "los foros de alcaldes, pone en contacto a las ciudades que quieren aprender unas "
            "de otras, da seguimiento a sus intercambios y mantiene informados a los "
            "miembros.",
            "ar": "تتولى الإدارة اليومية أمانةٌ مقرها جنيف. فهي تُعدّ منتديات رؤساء البلديات، "
            "وتربط بين المدن الراغبة في التعلم بعضها من بعض، وتتابع تبادلاتها، وتُطلع الأعضاء "
            "على المستجدات.",
        },
        "Members and partners can reach the team through the contact page; programme officers "
        "look after each region and theme.": {
            "fr": "Membres et partenaires peuvent joindre l'équipe via la page de contact ; des "
            "chargés de programme suivent chaque région et chaque thème.",
            "es": "Miembros y socios pueden comunicarse con el equipo a través de la página de "
            "contacto; oficiales de programas se ocupan de cada región y cada tema.",
            "ar": "يمكن للأعضاء والشركاء التواصل مع الفريق عبر صفحة الاتصال، ويتولى مسؤولو "
            "البرامج متابعة كل منطقة وكل موضوع.",
        },
    },
}

# The site's own texts (home.SiteTexts): name, tagline, address and footer link labels.
SITE_TEXTS: dict[str, dict[str, str]] = {
    "World Alliance of Cities Against Poverty": {
        "fr": "Alliance mondiale des villes contre la pauvreté",
        "es": "Alianza Mundial de Ciudades contra la Pobreza",
        "ar": "التحالف العالمي للمدن ضد الفقر",
        "zh-hans": "世界城市反贫困联盟",
        "ru": "Всемирный альянс городов против бедности",
    },
    "Cities working together against urban poverty": {
        "fr": "Des villes unies contre la pauvreté urbaine",
        "es": "Ciudades que trabajan juntas contra la pobreza urbana",
        "ar": "مدن تعمل معًا لمكافحة الفقر الحضري",
        "zh-hans": "城市携手应对城市贫困",
        "ru": "Города вместе против городской бедности",
    },
    # wagtail-localize segments a multi-line text with <br/> where its line breaks were
    "Alliance secretariat<br/>Geneva<br/>Switzerland": {
        "fr": "Secrétariat de l'alliance<br/>Genève<br/>Suisse",
        "es": "Secretaría de la alianza<br/>Ginebra<br/>Suiza",
        "ar": "أمانة التحالف<br/>جنيف<br/>سويسرا",
        "zh-hans": "联盟秘书处<br/>日内瓦<br/>瑞士",
        "ru": "Секретариат альянса<br/>Женева<br/>Швейцария",
    },
    "About": {
        "fr": "À propos",
        "es": "Acerca de",
        "ar": "من نحن",
        "zh-hans": "关于我们",
        "ru": "О нас",
    },
    "Contact": {
        "fr": "Contact",
        "es": "Contacto",
        "ar": "اتصل بنا",
        "zh-hans": "联系我们",
        "ru": "Контакты",
    },
    "Privacy": {
        "fr": "Confidentialité",
        "es": "Privacidad",
        "ar": "الخصوصية",
        "zh-hans": "隐私",
        "ru": "Конфиденциальность",
    },
    "UN Office for South-South Cooperation": {
        "fr": "Bureau des Nations Unies pour la coopération Sud-Sud",
        "es": "Oficina de las Naciones Unidas para la Cooperación Sur-Sur",
        "ar": "مكتب الأمم المتحدة للتعاون فيما بين بلدان الجنوب",
        "zh-hans": "联合国南南合作办公室",
        "ru": "Управление ООН по сотрудничеству Юг — Юг",
    },
}
