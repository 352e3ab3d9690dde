"""Names and descriptions of the demo themes in every other content language.

Keyed by theme slug (the slug itself stays the same in every locale: filters and facets use
it). The themes come from `cms/demo.py` and `knowledge/demo_content.py`; the English text is
whatever those loaders stored, so these follow it in meaning.
"""

# slug -> locale -> (name, description)
THEMES: dict[str, dict[str, tuple[str, str]]] = {
    "housing": {
        "fr": (
            "Logement et quartiers informels",
            "Des logements sûrs et décents pour les citadins pauvres, et l'amélioration des "
            "quartiers informels.",
        ),
        "es": (
            "Vivienda y asentamientos informales",
            "Viviendas seguras y dignas para la población urbana pobre y mejoramiento de los "
            "barrios informales.",
        ),
        "ar": (
            "السكن والمستوطنات غير الرسمية",
            "مساكن آمنة ولائقة لفقراء المدن، وتحسين الأحياء غير الرسمية.",
        ),
        "zh-hans": ("住房与非正规住区", "为城市贫困人口提供安全、体面的住房，并改造非正规社区。"),
        "ru": (
            "Жильё и неформальные поселения",
            "Надёжное, достойное жильё для городской бедноты и благоустройство неформальных "
            "кварталов.",
        ),
    },
    "water-sanitation": {
        "fr": (
            "Eau et assainissement",
            "L'eau potable, les toilettes et le drainage, des services de base sur lesquels "
            "chaque habitant peut compter.",
        ),
        "es": (
            "Agua y saneamiento",
            "Agua segura, baños y drenaje como servicios básicos con los que cada habitante "
            "puede contar.",
        ),
        "ar": (
            "المياه والصرف الصحي",
            "مياه مأمونة ومراحيض وتصريف للمياه، خدمات أساسية يمكن لكل ساكن الاعتماد عليها.",
        ),
        "zh-hans": ("供水与环境卫生", "安全饮水、厕所和排水，是每位居民都能依靠的基本服务。"),
        "ru": (
            "Водоснабжение и санитария",
            "Чистая вода, туалеты и водоотвод как базовые услуги, на которые может "
            "рассчитывать каждый житель.",
        ),
    },
    "local-governance": {
        "fr": (
            "Gouvernance locale",
            "Des municipalités responsables, dotées de moyens, qui planifient avec leurs citoyens.",
        ),
        "es": (
            "Gobernanza local",
            "Gobiernos municipales responsables y con recursos, que planifican con su ciudadanía.",
        ),
        "ar": (
            "الحوكمة المحلية",
            "حكومات مدن خاضعة للمساءلة وتتوفر لها الموارد، تخطط مع مواطنيها.",
        ),
        "zh-hans": ("地方治理", "负责任、资源充足、与市民共同规划的城市政府。"),
        "ru": (
            "Местное управление",
            "Подотчётные городские власти с достаточными ресурсами, которые планируют вместе "
            "с жителями.",
        ),
    },
    "financing": {
        "fr": (
            "Financement innovant",
            "Partenariats public-privé et nouveaux modèles de financement pour payer les "
            "services de base.",
        ),
        "es": (
            "Financiación innovadora",
            "Alianzas público-privadas y nuevos modelos de financiación que pagan los "
            "servicios básicos.",
        ),
        "ar": (
            "التمويل المبتكر",
            "شراكات بين القطاعين العام والخاص ونماذج تمويل جديدة تغطي كلفة الخدمات الأساسية.",
        ),
        "zh-hans": ("创新融资", "以公私合作和新的融资模式为基本服务筹措资金。"),
        "ru": (
            "Инновационное финансирование",
            "Государственно-частное партнёрство и новые модели финансирования базовых услуг.",
        ),
    },
    "social-inclusion": {
        "fr": (
            "Inclusion sociale",
            "Des villes où l'alimentation, l'eau, l'énergie, l'école et les soins de santé "
            "atteignent tout le monde.",
        ),
        "es": (
            "Inclusión social",
            "Ciudades donde la alimentación, el agua, la energía, la escuela y la atención "
            "sanitaria llegan a todos.",
        ),
        "ar": (
            "الإدماج الاجتماعي",
            "مدن يصل فيها الغذاء والماء والطاقة والتعليم والرعاية الصحية إلى الجميع.",
        ),
        "zh-hans": ("社会包容", "让食物、饮水、能源、教育和医疗惠及每个人的城市。"),
        "ru": (
            "Социальная интеграция",
            "Города, где питание, вода, энергия, образование и здравоохранение доступны каждому.",
        ),
    },
    "city-to-city-cooperation": {
        "fr": (
            "Coopération entre villes",
            "Des municipalités qui partagent ce qui fonctionne : Sud-Sud, Nord-Sud et "
            "triangulaire.",
        ),
        "es": (
            "Cooperación entre ciudades",
            "Municipios que comparten lo que funciona: Sur-Sur, Norte-Sur y triangular.",
        ),
        "ar": (
            "التعاون بين المدن",
            "بلديات تتبادل ما ينجح: تعاون بين بلدان الجنوب، وبين الشمال والجنوب، وتعاون ثلاثي.",
        ),
        "zh-hans": ("城市间合作", "各城市分享有效经验：南南合作、南北合作与三方合作。"),
        "ru": (
            "Сотрудничество между городами",
            "Муниципалитеты делятся тем, что работает: Юг–Юг, Север–Юг и в трёхстороннем формате.",
        ),
    },
    "urban-resilience": {
        "fr": (
            "Résilience et changement climatique",
            "Préparer les villes et leurs quartiers les plus pauvres aux chocs, aux "
            "inondations et à la chaleur.",
        ),
        "es": (
            "Resiliencia y cambio climático",
            "Preparar a las ciudades y a sus barrios más pobres frente a crisis, inundaciones "
            "y olas de calor.",
        ),
        "ar": (
            "الصمود وتغير المناخ",
            "تهيئة المدن وأفقر أحيائها لمواجهة الصدمات والفيضانات والحر.",
        ),
        "zh-hans": ("韧性与气候变化", "帮助城市及其最贫困的街区应对冲击、洪水和高温。"),
        "ru": (
            "Устойчивость и изменение климата",
            "Подготовка городов и их беднейших районов к потрясениям, наводнениям и жаре.",
        ),
    },
    "employment-livelihoods": {
        "fr": (
            "Emploi et moyens de subsistance",
            "Un travail décent et des revenus pour les habitants, y compris dans l'économie "
            "informelle.",
        ),
        "es": (
            "Empleo y medios de vida",
            "Trabajo digno e ingresos para los habitantes, también en la economía informal.",
        ),
        "ar": (
            "العمل وسبل العيش",
            "عمل لائق ودخل للسكان، بما في ذلك في الاقتصاد غير الرسمي.",
        ),
        "zh-hans": ("就业与生计", "为居民提供体面的工作和收入，包括在非正规经济中。"),
        "ru": (
            "Занятость и средства к существованию",
            "Достойная работа и доход для жителей, в том числе в неформальной экономике.",
        ),
    },
    "urban-poverty": {
        "fr": ("Pauvreté urbaine", "La pauvreté et l'exclusion dans des villes en croissance."),
        "es": ("Pobreza urbana", "Pobreza y exclusión en ciudades que crecen."),
        "ar": ("الفقر الحضري", "الفقر والإقصاء في مدن متنامية."),
        "zh-hans": ("城市贫困", "不断发展的城市中的贫困与排斥。"),
        "ru": ("Городская бедность", "Бедность и изоляция в растущих городах."),
    },
    "basic-services": {
        "fr": ("Services de base", "L'eau, l'énergie, la santé et l'éducation pour tous."),
        "es": ("Servicios básicos", "Agua, energía, salud y educación para todos."),
        "ar": ("الخدمات الأساسية", "المياه والطاقة والرعاية الصحية والتعليم للجميع."),
        "zh-hans": ("基本服务", "人人享有饮水、能源、医疗和教育。"),
        "ru": ("Базовые услуги", "Вода, энергия, здравоохранение и образование для всех."),
    },
    "secondary-cities": {
        "fr": (
            "Villes secondaires",
            "Là où se concentre désormais l'essentiel de la croissance urbaine.",
        ),
        "es": (
            "Ciudades intermedias",
            "Donde ahora se concentra la mayor parte del crecimiento urbano.",
        ),
        "ar": ("المدن الثانوية", "حيث يحدث معظم النمو الحضري اليوم."),
        "zh-hans": ("次级城市", "当今大部分城市增长发生的地方。"),
        "ru": ("Второстепенные города", "Здесь сегодня происходит основная часть роста городов."),
    },
    "equitable-economic-growth": {
        "fr": (
            "Croissance économique équitable",
            "Une croissance dont les bénéfices atteignent chaque habitant.",
        ),
        "es": (
            "Crecimiento económico equitativo",
            "Un crecimiento cuyos beneficios llegan a cada habitante.",
        ),
        "ar": ("النمو الاقتصادي المنصف", "نمو تصل فوائده إلى كل ساكن."),
        "zh-hans": ("公平的经济增长", "让每位居民都能分享成果的增长。"),
        "ru": (
            "Справедливый экономический рост",
            "Рост, плоды которого доходят до каждого жителя.",
        ),
    },
    "migration": {
        "fr": (
            "Migrations et ville inclusive",
            "Des villes qui accueillent les nouveaux arrivants.",
        ),
        "es": ("Migración y ciudad inclusiva", "Ciudades que acogen a quienes llegan."),
        "ar": ("الهجرة والمدينة الشاملة", "مدن ترحب بالقادمين الجدد."),
        "zh-hans": ("移民与包容性城市", "欢迎新来者的城市。"),
        "ru": ("Миграция и инклюзивный город", "Города, которые принимают новых жителей."),
    },
    "global-goals": {
        "fr": (
            "Objectifs mondiaux",
            "Des objectifs du Millénaire aux objectifs de développement durable.",
        ),
        "es": (
            "Objetivos mundiales",
            "De los Objetivos del Milenio a los Objetivos de Desarrollo Sostenible.",
        ),
        "ar": ("الأهداف العالمية", "من الأهداف الإنمائية للألفية إلى أهداف التنمية المستدامة."),
        "zh-hans": ("全球目标", "从千年发展目标到可持续发展目标。"),
        "ru": ("Глобальные цели", "От Целей развития тысячелетия к Целям устойчивого развития."),
    },
}
