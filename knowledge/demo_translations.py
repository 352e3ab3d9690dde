"""French, Spanish and Arabic versions of the knowledge index and four demo products.

Keys are the English strings of `knowledge/demo_content.py` as wagtail-localize segments the
pages (title, slug, summary, each paragraph, the "Key points" heading and each key point).
The attached PDFs stay the English originals: a product's `language` says so.
"""

KEY_POINTS = {"fr": "Points clés", "es": "Puntos clave", "ar": "النقاط الرئيسية"}

# Path of each page below the home page -> English -> locale -> text.
PAGES: dict[str, dict[str, dict[str, str]]] = {
    "knowledge/": {
        "Knowledge": {"fr": "Ressources", "es": "Conocimiento", "ar": "المعرفة"},
        "knowledge": {"fr": "ressources", "es": "conocimiento"},
        "Reports, toolkits, policy briefs, case studies and data from member cities and "
        "partners.": {
            "fr": "Rapports, boîtes à outils, notes d'orientation, études de cas et données des "
            "villes membres et des partenaires.",
            "es": "Informes, guías de herramientas, notas de política, estudios de caso y datos "
            "de las ciudades miembro y los socios.",
            "ar": "تقارير وأدلة أدوات وموجزات سياسات ودراسات حالة وبيانات من المدن الأعضاء "
            "والشركاء.",
        },
        "What member cities and partners have learnt about fighting urban poverty, to read, "
        "download and reuse.": {
            "fr": "Ce que les villes membres et les partenaires ont appris de la lutte contre la "
            "pauvreté urbaine, à lire, télécharger et réutiliser.",
            "es": "Lo que las ciudades miembro y los socios han aprendido sobre la lucha contra "
            "la pobreza urbana, para leer, descargar y reutilizar.",
            "ar": "ما تعلمته المدن الأعضاء والشركاء عن مكافحة الفقر الحضري، للقراءة والتنزيل "
            "وإعادة الاستخدام.",
        },
    },
    "knowledge/cities-without-slums-action-plan/": {
        "Cities Without Slums: the action plan behind a global target": {
            "fr": "Des villes sans bidonvilles : le plan d'action derrière un objectif mondial",
            "es": "Ciudades sin tugurios: el plan de acción detrás de una meta mundial",
            "ar": "مدن بلا أحياء فقيرة: خطة العمل التي قامت عليها غاية عالمية",
        },
        "cities-without-slums-action-plan": {
            "fr": "plan-d-action-villes-sans-bidonvilles",
            "es": "plan-de-accion-ciudades-sin-tugurios",
        },
        "The first global plan with concrete actions and targets against urban poverty, "
        "endorsed by 150 heads of state, became the basis of the Millennium Development Goals "
        "target on slums.": {
            "fr": "Premier plan mondial assorti d'actions et de cibles concrètes contre la "
            "pauvreté urbaine, approuvé par 150 chefs d'État, il a servi de base à la cible des "
            "objectifs du Millénaire pour le développement sur les bidonvilles.",
            "es": "El primer plan mundial con acciones y metas concretas contra la pobreza "
            "urbana, respaldado por 150 jefes de Estado, se convirtió en la base de la meta de "
            "los Objetivos de Desarrollo del Milenio sobre los tugurios.",
            "ar": "أول خطة عالمية تتضمن إجراءات وغايات ملموسة لمكافحة الفقر الحضري، أيدها 150 "
            "رئيس دولة، وأصبحت أساس غاية الأهداف الإنمائية للألفية المتعلقة بالأحياء الفقيرة.",
        },
        "One of the first things the newly created Cities Alliance did in 1999 was to draw up "
        "an action plan for cities without slums. It was the first global initiative to set "
        "out specific actions and measurable targets against urban poverty.": {
            "fr": "L'un des premiers actes de Cities Alliance, tout juste créée en 1999, a été "
            "d'élaborer un plan d'action pour des villes sans bidonvilles. C'était la première "
            "initiative mondiale à fixer des actions précises et des cibles mesurables contre "
            "la pauvreté urbaine.",
            "es": "Una de las primeras cosas que hizo Cities Alliance, recién creada en 1999, "
            "fue elaborar un plan de acción para ciudades sin tugurios. Fue la primera "
            "iniciativa mundial que fijó acciones concretas y metas medibles contra la pobreza "
            "urbana.",
            "ar": "كان من أوائل ما قام به تحالف المدن بعد إنشائه عام 1999 وضع خطة عمل من أجل "
            "مدن بلا أحياء فقيرة. وكانت أول مبادرة عالمية تحدد إجراءات محددة وغايات قابلة "
            "للقياس لمكافحة الفقر الحضري.",
        },
        "The plan was endorsed by 150 heads of state. Its goal of improving the lives of slum "
        "dwellers was taken up in the Millennium Development Goals, and in 2000 the "
        "partnership contributed the first global target focused on urban poverty.": {
            "fr": "Le plan a été approuvé par 150 chefs d'État. Son but, améliorer la vie des "
            "habitants des bidonvilles, a été repris dans les objectifs du Millénaire pour le "
            "développement, et en 2000 le partenariat a apporté la première cible mondiale "
            "consacrée à la pauvreté urbaine.",
            "es": "El plan fue respaldado por 150 jefes de Estado. Su objetivo de mejorar la "
            "vida de los habitantes de tugurios se incorporó a los Objetivos de Desarrollo del "
            "Milenio, y en 2000 la alianza aportó la primera meta mundial centrada en la "
            "pobreza urbana.",
            "ar": "أيد الخطةَ 150 رئيس دولة. وتبنّت الأهداف الإنمائية للألفية هدفها المتمثل في "
            "تحسين حياة سكان الأحياء الفقيرة، وفي عام 2000 أسهمت الشراكة بأول غاية عالمية تركز "
            "على الفقر الحضري.",
        },
        "This brief explains the plan's approach: upgrading existing settlements rather than "
        "clearing them, secure tenure, and involving residents in decisions.": {
            "fr": "Cette note explique l'approche du plan : améliorer les quartiers existants "
            "plutôt que les raser, sécuriser l'occupation foncière et associer les habitants "
            "aux décisions.",
            "es": "Esta nota explica el enfoque del plan: mejorar los asentamientos existentes "
            "en lugar de desalojarlos, garantizar la seguridad de la tenencia e involucrar a "
            "los habitantes en las decisiones.",
            "ar": "يشرح هذا الموجز نهج الخطة: تحسين المستوطنات القائمة بدلًا من إزالتها، "
            "وتأمين الحيازة، وإشراك السكان في اتخاذ القرارات.",
        },
        "Key points": KEY_POINTS,
        "Upgrade informal settlements in place, with their residents.": {
            "fr": "Améliorer les quartiers informels sur place, avec leurs habitants.",
            "es": "Mejorar los asentamientos informales en su lugar, con sus habitantes.",
            "ar": "تحسين المستوطنات غير الرسمية في مكانها، مع سكانها.",
        },
        "Secure tenure is the foundation for investment by families.": {
            "fr": "La sécurité foncière est le socle de l'investissement des familles.",
            "es": "La seguridad de la tenencia es la base de la inversión de las familias.",
            "ar": "الحيازة الآمنة هي الأساس الذي تبني عليه الأسر استثماراتها.",
        },
        "Set measurable targets so that progress can be tracked.": {
            "fr": "Fixer des cibles mesurables pour pouvoir suivre les progrès.",
            "es": "Fijar metas medibles para poder seguir los avances.",
            "ar": "وضع غايات قابلة للقياس حتى يمكن تتبع التقدم.",
        },
    },
    "knowledge/a-goal-for-cities/": {
        "A goal for cities: the case for an urban Sustainable Development Goal": {
            "fr": "Un objectif pour les villes : plaidoyer pour un objectif de développement "
            "durable urbain",
            "es": "Un objetivo para las ciudades: argumentos a favor de un Objetivo de "
            "Desarrollo Sostenible urbano",
            "ar": "هدف للمدن: حجج لصالح هدف حضري من أهداف التنمية المستدامة",
        },
        "a-goal-for-cities": {
            "fr": "un-objectif-pour-les-villes",
            "es": "un-objetivo-para-las-ciudades",
        },
        "How a joint work programme of members argued, successfully, for a dedicated "
        "Sustainable Development Goal on cities and for the role of local government in "
        "reaching all the goals.": {
            "fr": "Comment un programme de travail conjoint des membres a plaidé, avec succès, "
            "pour un objectif de développement durable consacré aux villes et pour le rôle des "
            "collectivités locales dans l'atteinte de tous les objectifs.",
            "es": "Cómo un programa de trabajo conjunto de los miembros defendió, con éxito, un "
            "Objetivo de Desarrollo Sostenible dedicado a las ciudades y el papel de los "
            "gobiernos locales en el logro de todos los objetivos.",
            "ar": "كيف دافع برنامج عمل مشترك للأعضاء، بنجاح، عن هدف من أهداف التنمية "
            "المستدامة مخصص للمدن وعن دور الحكومات المحلية في بلوغ جميع الأهداف.",
        },
        "In 2014 Cities Alliance set up its first joint work programme, devoted to advocacy. "
        "Members agreed on a common set of messages for the negotiations on the goals that "
        "would follow the Millennium Development Goals.": {
            "fr": "En 2014, Cities Alliance a lancé son premier programme de travail conjoint, "
            "consacré au plaidoyer. Les membres se sont accordés sur un ensemble commun de "
            "messages pour les négociations sur les objectifs appelés à succéder aux objectifs "
            "du Millénaire pour le développement.",
            "es": "En 2014 Cities Alliance puso en marcha su primer programa de trabajo "
            "conjunto, dedicado a la incidencia. Los miembros acordaron un conjunto común de "
            "mensajes para las negociaciones sobre los objetivos que sucederían a los "
            "Objetivos de Desarrollo del Milenio.",
            "ar": "في عام 2014 أطلق تحالف المدن أول برنامج عمل مشترك له، وخصصه للمناصرة. واتفق "
            "الأعضاء على مجموعة مشتركة من الرسائل للمفاوضات بشأن الأهداف التي ستخلف الأهداف "
            "الإنمائية للألفية.",
        },
        "Speaking as one group, they argued that cities decide much of what sustainable "
        "development means in practice. The campaign they joined led to Goal 11 on inclusive, "
        "safe, resilient and sustainable cities.": {
            "fr": "Parlant d'une seule voix, ils ont fait valoir que les villes décident pour "
            "beaucoup de ce que le développement durable signifie en pratique. La campagne "
            "qu'ils ont rejointe a abouti à l'objectif 11, sur des villes inclusives, sûres, "
            "résilientes et durables.",
            "es": "Hablando como un solo grupo, sostuvieron que las ciudades deciden buena parte "
            "de lo que el desarrollo sostenible significa en la práctica. La campaña a la que "
            "se sumaron dio lugar al Objetivo 11, sobre ciudades inclusivas, seguras, "
            "resilientes y sostenibles.",
            "ar": "وبصوت واحد، أكدوا أن المدن تحدد الكثير مما تعنيه التنمية المستدامة على أرض "
            "الواقع. وأفضت الحملة التي انضموا إليها إلى الهدف 11 بشأن المدن الشاملة للجميع "
            "والآمنة والقادرة على الصمود والمستدامة.",
        },
        "The brief also sets out why implementation depends on local governments, which "
        "deliver many of the services the goals are about.": {
            "fr": "La note explique aussi pourquoi la mise en œuvre dépend des collectivités "
            "locales, qui assurent bon nombre des services visés par les objectifs.",
            "es": "La nota también explica por qué la aplicación depende de los gobiernos "
            "locales, que prestan muchos de los servicios a los que se refieren los "
            "objetivos.",
            "ar": "ويبيّن الموجز أيضًا لماذا يتوقف التنفيذ على الحكومات المحلية التي تقدم "
            "كثيرًا من الخدمات التي تتناولها الأهداف.",
        },
        "Key points": KEY_POINTS,
        "A dedicated urban goal makes cities visible in national plans.": {
            "fr": "Un objectif urbain à part entière rend les villes visibles dans les plans "
            "nationaux.",
            "es": "Un objetivo urbano propio hace visibles a las ciudades en los planes "
            "nacionales.",
            "ar": "هدف حضري مخصص يجعل المدن حاضرة في الخطط الوطنية.",
        },
        "Local governments deliver many of the services the goals measure.": {
            "fr": "Les collectivités locales assurent bon nombre des services que mesurent les "
            "objectifs.",
            "es": "Los gobiernos locales prestan muchos de los servicios que miden los objetivos.",
            "ar": "تقدم الحكومات المحلية كثيرًا من الخدمات التي تقيسها الأهداف.",
        },
        "A common message from diverse members carries weight in negotiations.": {
            "fr": "Un message commun porté par des membres divers pèse dans les négociations.",
            "es": "Un mensaje común de miembros diversos tiene peso en las negociaciones.",
            "ar": "الرسالة المشتركة الصادرة عن أعضاء متنوعين لها وزن في المفاوضات.",
        },
    },
    "knowledge/secondary-cities-toolkit/": {
        "Secondary Cities Toolkit": {
            "fr": "Boîte à outils pour les villes secondaires",
            "es": "Caja de herramientas para ciudades intermedias",
            "ar": "مجموعة أدوات المدن الثانوية",
        },
        "secondary-cities-toolkit": {
            "fr": "boite-a-outils-villes-secondaires",
            "es": "herramientas-ciudades-intermedias",
        },
        "Practical tools that turn the secondary cities studies into steps a city "
        "administration can take: diagnosing the local economy, planning, and financing.": {
            "fr": "Des outils pratiques qui traduisent les études sur les villes secondaires en "
            "mesures à la portée d'une administration municipale : diagnostic de l'économie "
            "locale, planification et financement.",
            "es": "Herramientas prácticas que convierten los estudios sobre ciudades intermedias "
            "en pasos que una administración municipal puede dar: diagnóstico de la economía "
            "local, planificación y financiación.",
            "ar": "أدوات عملية تحوّل دراسات المدن الثانوية إلى خطوات تستطيع إدارة المدينة "
            "اتخاذها: تشخيص الاقتصاد المحلي، والتخطيط، والتمويل.",
        },
        "The toolkit is written for municipal planners and their partners. Each tool starts "
        "with a question a city faces, such as where growth will happen in the next ten years, "
        "and walks through the data and decisions needed to answer it.": {
            "fr": "La boîte à outils s'adresse aux urbanistes municipaux et à leurs "
            "partenaires. Chaque outil part d'une question que se pose une ville, par exemple "
            "où se fera la croissance dans les dix prochaines années, et passe en revue les "
            "données et les décisions nécessaires pour y répondre.",
            "es": "La caja de herramientas está escrita para planificadores municipales y sus "
            "socios. Cada herramienta parte de una pregunta que enfrenta una ciudad, como "
            "dónde se producirá el crecimiento en los próximos diez años, y recorre los datos "
            "y las decisiones necesarios para responderla.",
            "ar": "كُتبت مجموعة الأدوات لمخططي البلديات وشركائهم. وتنطلق كل أداة من سؤال "
            "تواجهه المدينة، مثل أين سيحدث النمو في السنوات العشر المقبلة، ثم تستعرض البيانات "
            "والقرارات اللازمة للإجابة عنه.",
        },
        "Tools cover a rapid diagnosis of the local economy, mapping of informal areas, a "
        "simple strategic planning cycle, and options for raising local revenues.": {
            "fr": "Les outils couvrent un diagnostic rapide de l'économie locale, la "
            "cartographie des zones informelles, un cycle simple de planification stratégique "
            "et des pistes pour accroître les recettes locales.",
            "es": "Las herramientas abarcan un diagnóstico rápido de la economía local, el mapeo "
            "de las zonas informales, un ciclo sencillo de planificación estratégica y "
            "opciones para aumentar los ingresos locales.",
            "ar": "تشمل الأدوات تشخيصًا سريعًا للاقتصاد المحلي، ورسم خرائط المناطق غير "
            "الرسمية، ودورة تخطيط استراتيجي بسيطة، وخيارات لزيادة الإيرادات المحلية.",
        },
        "Worked examples show how small teams with limited budgets can use the tools, and "
        "where to ask national governments or partners for support.": {
            "fr": "Des exemples détaillés montrent comment de petites équipes aux budgets "
            "limités peuvent utiliser les outils, et où solliciter l'appui des gouvernements "
            "nationaux ou des partenaires.",
            "es": "Ejemplos prácticos muestran cómo equipos pequeños con presupuestos limitados "
            "pueden usar las herramientas, y dónde pedir apoyo a los gobiernos nacionales o a "
            "los socios.",
            "ar": "وتوضح أمثلة تطبيقية كيف يمكن لفرق صغيرة بميزانيات محدودة استخدام الأدوات، "
            "ومتى تطلب الدعم من الحكومات الوطنية أو الشركاء.",
        },
        "Key points": KEY_POINTS,
        "Start with a rapid diagnosis before commissioning large studies.": {
            "fr": "Commencer par un diagnostic rapide avant de commander de grandes études.",
            "es": "Empezar con un diagnóstico rápido antes de encargar grandes estudios.",
            "ar": "البدء بتشخيص سريع قبل التكليف بدراسات كبيرة.",
        },
        "Map informal settlements early: that is where growth is happening.": {
            "fr": "Cartographier tôt les quartiers informels : c'est là que se fait la croissance.",
            "es": "Mapear pronto los asentamientos informales: allí es donde ocurre el "
            "crecimiento.",
            "ar": "رسم خرائط المستوطنات غير الرسمية مبكرًا، فهناك يحدث النمو.",
        },
        "Link every plan to a realistic source of funding.": {
            "fr": "Adosser chaque plan à une source de financement réaliste.",
            "es": "Vincular cada plan a una fuente de financiación realista.",
            "ar": "ربط كل خطة بمصدر تمويل واقعي.",
        },
    },
    "knowledge/managing-systems-of-secondary-cities/": {
        "Managing Systems of Secondary Cities": {
            "fr": "Gérer les systèmes de villes secondaires",
            "es": "Gestionar los sistemas de ciudades intermedias",
            "ar": "إدارة منظومات المدن الثانوية",
        },
        "managing-systems-of-secondary-cities": {
            "fr": "gerer-les-systemes-de-villes-secondaires",
            "es": "gestionar-sistemas-de-ciudades-intermedias",
        },
        "Secondary cities are where most urban growth now takes place, yet they have the least "
        "data and planning capacity. This study gathers evidence on how they change and on the "
        "part they can play in national and regional development.": {
            "fr": "C'est dans les villes secondaires que se produit désormais l'essentiel de la "
            "croissance urbaine, alors qu'elles disposent du moins de données et de capacités "
            "de planification. Cette étude rassemble des éléments sur leur évolution et sur le "
            "rôle qu'elles peuvent jouer dans le développement national et régional.",
            "es": "Las ciudades intermedias concentran hoy la mayor parte del crecimiento "
            "urbano, pero son las que menos datos y capacidad de planificación tienen. Este "
            "estudio reúne evidencia sobre cómo cambian y sobre el papel que pueden desempeñar "
            "en el desarrollo nacional y regional.",
            "ar": "تشهد المدن الثانوية اليوم معظم النمو الحضري، لكنها الأقل امتلاكًا للبيانات "
            "وقدرات التخطيط. وتجمع هذه الدراسة الأدلة على كيفية تغيرها وعلى الدور الذي يمكن "
            "أن تؤديه في التنمية الوطنية والإقليمية.",
        },
        "Attention to urbanisation has long gone to capitals and megacities. The study argues "
        "that this leaves out the places where most new urban residents arrive: secondary "
        "cities, which link rural regions with national markets and often grow faster than the "
        "largest cities.": {
            "fr": "L'attention portée à l'urbanisation s'est longtemps concentrée sur les "
            "capitales et les mégapoles. L'étude soutient que l'on oublie ainsi les lieux où "
            "arrivent la plupart des nouveaux citadins : les villes secondaires, qui relient "
            "les régions rurales aux marchés nationaux et croissent souvent plus vite que les "
            "plus grandes villes.",
            "es": "La atención a la urbanización se ha centrado durante mucho tiempo en las "
            "capitales y las megaciudades. El estudio sostiene que así se deja fuera a los "
            "lugares adonde llega la mayoría de los nuevos habitantes urbanos: las ciudades "
            "intermedias, que conectan las regiones rurales con los mercados nacionales y a "
            "menudo crecen más rápido que las mayores ciudades.",
            "ar": "ظل الاهتمام بالتحضر منصبًّا طويلًا على العواصم والمدن الكبرى. وترى الدراسة "
            "أن ذلك يُغفل الأماكن التي يصل إليها معظم سكان المدن الجدد: المدن الثانوية التي "
            "تربط المناطق الريفية بالأسواق الوطنية وكثيرًا ما تنمو أسرع من أكبر المدن.",
        },
        "Collecting what data exists, it shows that secondary cities frequently lack strategic "
        "plans, reliable revenues and trained staff, so their rapid growth turns into informal "
        "settlements and deepening urban poverty.": {
            "fr": "En rassemblant les données existantes, elle montre que les villes "
            "secondaires manquent souvent de plans stratégiques, de recettes fiables et de "
            "personnel formé, si bien que leur croissance rapide se traduit par des quartiers "
            "informels et une pauvreté urbaine qui s'aggrave.",
            "es": "Reuniendo los datos disponibles, muestra que las ciudades intermedias a "
            "menudo carecen de planes estratégicos, ingresos fiables y personal capacitado, "
            "por lo que su rápido crecimiento se traduce en asentamientos informales y en una "
            "pobreza urbana cada vez más profunda.",
            "ar": "ومن خلال جمع البيانات المتاحة، تبيّن أن المدن الثانوية كثيرًا ما تفتقر إلى "
            "خطط استراتيجية وإيرادات موثوقة وموظفين مدرَّبين، فيتحول نموها السريع إلى "
            "مستوطنات غير رسمية وفقر حضري متفاقم.",
        },
        "The study describes how secondary cities can act as the economic backbone of larger "
        "cities when they are well connected to them, and why national policy should treat "
        "them as a system rather than one at a time.": {
            "fr": "L'étude décrit comment les villes secondaires peuvent servir de colonne "
            "vertébrale économique aux grandes villes lorsqu'elles y sont bien reliées, et "
            "pourquoi la politique nationale devrait les traiter comme un système plutôt qu'une "
            "à une.",
            "es": "El estudio describe cómo las ciudades intermedias pueden ser la columna "
            "vertebral económica de las grandes ciudades cuando están bien conectadas con "
            "ellas, y por qué la política nacional debería tratarlas como un sistema y no una "
            "por una.",
            "ar": "وتصف الدراسة كيف يمكن للمدن الثانوية أن تكون العمود الفقري الاقتصادي للمدن "
            "الكبرى حين تكون متصلة بها اتصالًا جيدًا، ولماذا ينبغي للسياسة الوطنية أن تتعامل "
            "معها بوصفها منظومة لا كلًّا منها على حدة.",
        },
        "Key points": KEY_POINTS,
        "Plan secondary cities as systems of connected places, not in isolation.": {
            "fr": "Planifier les villes secondaires comme des systèmes de lieux reliés, et non "
            "isolément.",
            "es": "Planificar las ciudades intermedias como sistemas de lugares conectados, no "
            "de forma aislada.",
            "ar": "التخطيط للمدن الثانوية بوصفها منظومات من الأماكن المترابطة، لا بمعزل عن بعضها.",
        },
        "Give them the data, revenues and staff that strategic planning needs.": {
            "fr": "Leur donner les données, les recettes et le personnel qu'exige la "
            "planification stratégique.",
            "es": "Darles los datos, los ingresos y el personal que requiere la planificación "
            "estratégica.",
            "ar": "تزويدها بالبيانات والإيرادات والموظفين التي يتطلبها التخطيط الاستراتيجي.",
        },
        "Treat their growth as an opportunity to take pressure off megacities.": {
            "fr": "Voir leur croissance comme une occasion de soulager les mégapoles.",
            "es": "Ver su crecimiento como una oportunidad para aliviar la presión sobre las "
            "megaciudades.",
            "ar": "النظر إلى نموها بوصفه فرصة لتخفيف الضغط عن المدن الكبرى.",
        },
    },
}
