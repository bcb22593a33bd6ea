/**
 * One short synthetic news paragraph per topic and language, written for these
 * tests. Each reports on its topic in ordinary prose.
 */
export type FixtureLanguage = 'en' | 'ru' | 'uz-latn' | 'uz-cyrl' | 'ko';

export const TOPIC_FIXTURES: Record<string, Record<FixtureLanguage, string>> = {
  'critical-minerals': {
    en: 'The state geology committee said the new lithium deposit in the north will be developed together with a tungsten mining company.',
    ru: 'Геологи обнаружили крупное месторождение лития, и компания начнет добычу вольфрама в соседнем районе в следующем году.',
    'uz-latn': 'Viloyatda litiy konlarini oʻzlashtirish boʻyicha geologiya-qidiruv ishlari boshlandi, volfram qazib olish ham rejalashtirilgan.',
    'uz-cyrl': 'Вилоятда литий конларини ўзлаштириш бўйича геология-қидирув ишлари бошланди ва фойдали қазилмалар захираси баҳоланди.',
    ko: '정부는 리튬 광산 개발을 위해 현지 기업과 협력하고, 희토류 공급망을 안정적으로 확보하기로 했다.',
  },
  'semiconductors-electronics': {
    en: 'A new semiconductor packaging line opened this week, and the firm will also assemble home appliances for the regional market.',
    ru: 'Компания запустила производство полупроводниковых компонентов и планирует выпускать бытовую технику для местного рынка.',
    'uz-latn': 'Yangi zavodda yarimoʻtkazgich mahsulotlari va maishiy texnika ishlab chiqarish yoʻlga qoʻyiladi.',
    'uz-cyrl': 'Янги заводда яримўтказгич маҳсулотлари ва маиший техника ишлаб чиқариш йўлга қўйилади.',
    ko: '이 회사는 반도체 후공정 라인을 새로 가동하고 이차전지 생산도 늘릴 계획이다.',
  },
  'chemicals-hydrogen': {
    en: 'The partners will build a green hydrogen plant next to the existing fertilizer factory, which already produces ammonia.',
    ru: 'Партнеры построят завод по производству зеленого водорода рядом с предприятием, выпускающим минеральные удобрения.',
    'uz-latn': 'Hamkorlar yashil vodorod ishlab chiqaradigan zavod quradi, u mineral oʻgʻitlar korxonasi yonida joylashadi.',
    'uz-cyrl': 'Ҳамкорлар яшил водород ишлаб чиқарадиган завод қуради, у минерал ўғитлар корхонаси ёнида жойлашади.',
    ko: '양측은 그린 수소 생산 시설과 암모니아 공장을 함께 건설하기로 합의했다.',
  },
  energy: {
    en: 'The new solar power plant will feed the national power grid and cut electricity losses in rural districts.',
    ru: 'Новая солнечная электростанция будет подключена к энергосистеме страны и снизит потери электроэнергии.',
    'uz-latn': 'Yangi quyosh elektr stansiyasi milliy elektr tarmogʻiga ulanadi va elektr energiyasi yoʻqotishlarini kamaytiradi.',
    'uz-cyrl': 'Янги қуёш электр станцияси миллий электр тармоғига уланади ва электр энергияси йўқотишларини камайтиради.',
    ko: '새 태양광 발전소는 국가 전력망에 연결되어 농촌 지역의 전력 공급을 안정시킬 것이다.',
  },
  'agriculture-food': {
    en: 'Farmers in the valley are switching to drip irrigation, and a greenhouse complex will supply vegetables to local food processing plants.',
    ru: 'Фермеры долины переходят на капельное орошение, а новый тепличный комплекс будет поставлять овощи переработчикам.',
    'uz-latn': 'Vodiy fermerlari tomchilatib sugʻorish usuliga oʻtmoqda, yangi issiqxona majmuasi esa sabzavot yetkazib beradi.',
    'uz-cyrl': 'Водий фермерлари томчилатиб суғориш усулига ўтмоқда, янги иссиқхона мажмуаси эса сабзавот етказиб беради.',
    ko: '농가들은 스마트팜 기술을 도입하고 있으며, 새 농산물 가공 단지가 올해 문을 연다.',
  },
  'transport-infrastructure': {
    en: 'Engineers began laying a new railway line that will link the capital with the border crossing and speed up freight. Passenger trains will use the new station from next year.',
    ru: 'Строители начали прокладку новой железной дороги, которая соединит столицу с пограничным переходом и ускорит грузоперевозки. Пассажирские поезда пойдут через новый вокзал со следующего года.',
    'uz-latn': 'Quruvchilar poytaxtni chegara bilan bogʻlaydigan yangi temir yoʻl liniyasini yotqizishni boshladi, u yuk tashishni tezlashtiradi. Keyingi yildan yoʻlovchi poyezdlari yangi vokzal orqali qatnaydi.',
    'uz-cyrl': 'Қурувчилар пойтахтни чегара билан боғлайдиган янги темир йўл линиясини ётқизишни бошлади, у юк ташишни тезлаштиради. Кейинги йилдан йўловчи поездлари янги вокзал орқали қатнайди.',
    ko: '정부는 수도와 국경을 잇는 새 철도 노선을 건설하고 공항 확장 공사도 시작했다.',
  },
  automotive: {
    en: 'The carmaker will expand its assembly plant to build electric vehicles alongside the sedan it already produces.',
    ru: 'Автопроизводитель расширит сборочный завод и начнет выпуск электромобилей наряду с седанами.',
    'uz-latn': 'Avtomobil zavodi kengaytiriladi va u yerda elektromobillar ishlab chiqarish ham boshlanadi.',
    'uz-cyrl': 'Автомобиль заводи кенгайтирилади ва у ерда электромобиллар ишлаб чиқариш ҳам бошланади.',
    ko: '이 완성차 업체는 조립 공장을 확장해 전기차 생산을 시작할 예정이다.',
  },
  'healthcare-pharma': {
    en: 'A new children’s hospital opened in the city, and a pharmaceutical company will produce generic medicines nearby.',
    ru: 'В городе открылась новая детская больница, а рядом фармацевтическая компания наладит выпуск лекарств.',
    'uz-latn': 'Shaharda yangi bolalar shifoxonasi ochildi, yaqinida farmatsevtika korxonasi dori vositalari ishlab chiqaradi.',
    'uz-cyrl': 'Шаҳарда янги болалар шифохонаси очилди, яқинида фармацевтика корхонаси дори воситалари ишлаб чиқаради.',
    ko: '시내에 새 어린이 병원이 문을 열었고, 인근에서 제약회사가 의약품을 생산할 예정이다.',
  },
  'education-science': {
    en: 'The university will open a training centre for engineers and offer scholarships to students from the regions.',
    ru: 'Университет откроет учебный центр для инженеров и будет выплачивать стипендии студентам из регионов.',
    'uz-latn': 'Universitet muhandislar uchun oʻquv markazi ochadi va viloyatlardan kelgan talabalarga stipendiya beradi.',
    'uz-cyrl': 'Университет муҳандислар учун ўқув маркази очади ва вилоятлардан келган талабаларга стипендия беради.',
    ko: '이 대학교는 기술자를 위한 교육센터를 열고 지방 출신 학생들에게 장학금을 지급한다.',
  },
  'digital-ai': {
    en: 'The ministry will use artificial intelligence in e-government services, and the IT park is hosting twenty new startups.',
    ru: 'Ведомство внедрит искусственный интеллект в электронное правительство, а IT-парк примет двадцать новых стартапов.',
    'uz-latn': 'Idora sunʼiy intellektni elektron hukumat xizmatlariga joriy etadi, IT parkda yigirmata yangi startap ishlaydi.',
    'uz-cyrl': 'Идора сунъий интеллектни электрон ҳукумат хизматларига жорий этади, ИТ паркда йигирмата янги стартап ишлайди.',
    ko: '정부는 전자정부 서비스에 인공지능을 도입하고 스타트업 지원을 늘릴 계획이다.',
  },
  'textiles-light-industry': {
    en: 'The textile cluster will spin cotton yarn and sew garments for export at its new factory.',
    ru: 'Текстильный кластер будет производить пряжу и шить одежду на новой фабрике.',
    'uz-latn': 'Toʻqimachilik klasteri yangi fabrikada ip-kalava va kiyim-kechak ishlab chiqaradi.',
    'uz-cyrl': 'Тўқимачилик кластери янги фабрикада ип-калава ва кийим-кечак ишлаб чиқаради.',
    ko: '이 섬유 공장은 면사를 생산하고 의류 봉제 라인도 새로 갖췄다.',
  },
  'trade-investment': {
    en: 'Bilateral trade turnover grew by a fifth last year, and foreign investors signed new investment agreements worth two billion dollars.',
    ru: 'Товарооборот между странами вырос на пятую часть, а иностранные инвесторы подписали новые инвестиционные соглашения.',
    'uz-latn': 'Mamlakatlar oʻrtasidagi tovar aylanmasi oshdi, xorijiy investorlar yangi investitsiya shartnomalarini imzoladi.',
    'uz-cyrl': 'Мамлакатлар ўртасидаги товар айланмаси ошди, хорижий инвесторлар янги инвестиция шартномаларини имзолади.',
    ko: '양국 간 교역 규모가 크게 늘었고 외국 기업들은 새로운 투자 협약을 체결했다.',
  },
  'culture-tourism': {
    en: 'The festival of national cuisine drew many foreign tourists, and the museum prepared a special exhibition for them.',
    ru: 'Фестиваль национальной кухни привлек многих иностранных туристов, а музей подготовил для них выставку.',
    'uz-latn': 'Milliy taomlar festivali koʻplab xorijiy sayyohlarni jalb qildi, muzey ular uchun koʻrgazma tayyorladi.',
    'uz-cyrl': 'Миллий таомлар фестивали кўплаб хорижий сайёҳларни жалб қилди, музей улар учун кўргазма тайёрлади.',
    ko: '전통 음식 축제에 많은 외국인 관광객이 몰렸고 박물관은 특별 전시회를 열었다.',
  },
  'labor-migration': {
    en: 'More labour migrants found seasonal jobs abroad this year, and their remittances helped many families at home.',
    ru: 'В этом году больше трудовых мигрантов нашли сезонную работу за рубежом, а их денежные переводы поддержали семьи.',
    'uz-latn': 'Bu yil koʻproq mehnat migrantlari xorijda mavsumiy ish topdi, ularning pul oʻtkazmalari oilalarga yordam berdi.',
    'uz-cyrl': 'Бу йил кўпроқ меҳнат мигрантлари хорижда мавсумий иш топди, уларнинг пул ўтказмалари оилаларга ёрдам берди.',
    ko: '올해 고용허가제를 통해 더 많은 외국인 근로자가 입국했고 이들의 송금도 늘었다.',
  },
  diplomacy: {
    en: 'The president arrived on a state visit, and the two leaders signed a joint statement on their strategic partnership.',
    ru: 'Президент прибыл с государственным визитом, и лидеры подписали совместное заявление о стратегическом партнерстве.',
    'uz-latn': 'Prezident davlat tashrifi bilan keldi, yetakchilar strategik sheriklik toʻgʻrisida qoʻshma bayonot imzoladi.',
    'uz-cyrl': 'Президент давлат ташрифи билан келди, етакчилар стратегик шериклик тўғрисида қўшма баёнот имзолади.',
    ko: '대통령은 국빈 방문 중 정상회담을 열고 전략적 동반자 관계를 강화하는 공동성명을 발표했다.',
  },
  'environment-climate': {
    en: 'The city launched a waste recycling programme to cut greenhouse gas emissions and protect water resources.',
    ru: 'Город запустил программу переработки отходов, чтобы сократить выбросы парниковых газов.',
    'uz-latn': 'Shahar chiqindilarni qayta ishlash dasturini boshladi, bu iqlim oʻzgarishiga qarshi kurashga yordam beradi.',
    'uz-cyrl': 'Шаҳар чиқиндиларни қайта ишлаш дастурини бошлади, бу иқлим ўзгаришига қарши курашга ёрдам беради.',
    ko: '시는 온실가스 배출을 줄이기 위해 폐기물 재활용 사업을 시작했다.',
  },
};

/**
 * Short synthetic paragraphs in everyday news wording that lean on common
 * vocabulary (inflected stems, plain nouns) rather than the anchor phrases
 * above: they guard the breadth of the term lists, not one phrase per topic.
 */
export interface VocabularyFixture {
  language: FixtureLanguage;
  text: string;
  /** Topics the paragraph reports on; the classifier must label each. */
  topics: string[];
}

export const VOCABULARY_FIXTURES: readonly VocabularyFixture[] = [
  { language: 'en', topics: ['energy'], text: 'Two combined-cycle units came online this winter, and the operator says the photovoltaic farm next door now covers daytime peaks in electricity demand.' },
  { language: 'en', topics: ['environment-climate'], text: 'Volunteers planted saxaul on the dry seabed, as dust storms and water shortages keep getting worse in the region.' },
  { language: 'en', topics: ['healthcare-pharma'], text: 'The new polyclinic has an intensive care ward, and its surgeons will start cancer treatment there in spring.' },
  { language: 'en', topics: ['culture-tourism'], text: 'Tour operators report that holidaymakers from Seoul are booking sightseeing trips to Khiva, a UNESCO world heritage site.' },
  { language: 'ru', topics: ['energy'], text: 'Новый энергоблок обеспечит электроснабжение двух районов, а ветроэлектростанция на плато заработает к лету.' },
  { language: 'ru', topics: ['healthcare-pharma'], text: 'В поликлинике открыли отделение реанимации, а фармзавод по соседству начал выпуск антибиотиков.' },
  { language: 'ru', topics: ['labor-migration'], text: 'Тысячи молодых людей каждую весну уезжают на заработки, и многие оформляют рабочие визы заранее.' },
  { language: 'ru', topics: ['agriculture-food'], text: 'Сельскохозяйственные предприятия области расширили посевные площади, а растениеводство получило новые семена.' },
  { language: 'ru', topics: ['environment-climate'], text: 'Власти внедряют водосберегающие технологии и строят полигоны для твердых бытовых отходов.' },
  { language: 'uz-latn', topics: ['energy'], text: 'Tumanda elektr taʼminoti yaxshilandi: yangi quyosh stansiyasi va elektr uzatish liniyalari ishga tushdi.' },
  { language: 'uz-latn', topics: ['labor-migration'], text: 'Koreyaga ishlash uchun ketayotgan muhojirlar uchun ish vizasi olish tartibi soddalashtirildi.' },
  { language: 'uz-latn', topics: ['environment-climate'], text: 'Orolboʻyida saksovul ekish davom etmoqda, suv tanqisligi va chang boʻronlari bilan kurash kuchaytirildi.' },
  { language: 'uz-latn', topics: ['digital-ai'], text: 'Davlat xizmatlari raqamlashtirildi, IT kompaniyalari esa bulutli xizmatlar va katta maʼlumotlar bilan ishlamoqda.' },
  { language: 'uz-cyrl', topics: ['energy'], text: 'Туманда электр таъминоти яхшиланди: янги қуёш станцияси ва электр узатиш тармоқлари ишга тушди.' },
  { language: 'uz-cyrl', topics: ['environment-climate'], text: 'Маиший чиқиндиларни саралаш йўлга қўйилди, лойиҳа карбонат ангидрид чиқиндиларини камайтиради.' },
  { language: 'uz-cyrl', topics: ['healthcare-pharma'], text: 'Вилоятда янги туғруқхона очилди, жарроҳлари Кореяда малака оширган.' },
  { language: 'ko', topics: ['energy'], text: '새로 지은 복합화력 설비가 가동되면서 겨울철 전기 생산이 크게 늘었다.' },
  { language: 'ko', topics: ['environment-climate'], text: '시는 생활폐기물 처리장을 짓고 미세먼지 저감 대책도 함께 발표했다.' },
  { language: 'ko', topics: ['labor-migration'], text: '농촌 인력난을 해소하기 위해 외국인력 도입 규모를 늘리고 계절노동자 체류 기간도 연장한다.' },
  { language: 'ko', topics: ['education-science'], text: '세종학당 수강생이 크게 늘었고, 졸업생 일부는 한국 대학원 석사 과정에 진학했다.' },
];

/** One stray topical word in unrelated prose: no label may come of it. */
export const PASSING_MENTION_FIXTURES: readonly { language: FixtureLanguage; text: string }[] = [
  { language: 'en', text: 'The mayor thanked residents for their patience during preparations for the holiday parade, which drew large crowds downtown.' },
  { language: 'en', text: 'Analysts said the local ecosystem of cafes grew quickly last year, though preparations for several openings were delayed by rain.' },
  { language: 'ru', text: 'Во время поездки по району глава хокимията встретился с жителями; лица, отвечающие за ремонт стадиона, отчитались о сроках.' },
  { language: 'uz-latn', text: 'Futbol jamoasi mehmonda gʻalaba qozondi, murabbiy oʻyinchilarni tabrikladi.' },
  { language: 'ko', text: '그는 재배치된 부서에서 새 업무를 맡았고 매일 기차를 타고 출근하며 저작물 관련 일을 한다고 말했다.' },
];
