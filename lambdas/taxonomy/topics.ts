/**
 * Partnership taxonomy v1 as data (ids from taxonomy.md). Strong terms name the
 * subject unambiguously; medium terms are topical but common; weak terms only
 * support a topic that other terms already point to. See schema.ts for notation.
 */
import type { TaxonomyData } from './schema';

export const TAXONOMY: TaxonomyData = {
  version: '2.8.0',
  tierWeights: { strong: 1, medium: 0.5, weak: 0.25 },
  topics: [
    {
      id: 'critical-minerals',
      label: 'Critical minerals and mining',
      terms: {
        en: {
          strong: ['critical mineral*', 'rare earth*', 'rare-earth*', 'lithium', 'tungsten', 'molybdenum', 'uranium', 'mining', 'mineral resource*', 'ore deposit*', 'geological exploration', 'rare metal*', 'mining and metallurgical', 'mining compan*', 'copper mine*', 'gold mining', 'almalyk', 'navoiyuran', 'rare earth element*'],
          medium: ['mineral*', 'copper', 'deposits', 'geolog*', 'ore', 'metallurg*', 'gold mine*', 'resource extraction', 'deep processing', 'titanium', 'chromium', 'cobalt', 'graphite', 'nickel', 'smelter*', 'refinery', 'mines', 'exploration', 'precious metals', 'concentrate plant*'],
          weak: ['gold', 'silver', 'zinc', 'metals', 'raw material*', 'resource base', 'mine', 'concentrate'],
        },
        ru: {
          strong: ['критически важн* минерал*', 'критических минерал*', 'редкоземельн*', 'лити*', 'вольфрам*', 'молибден*', 'уран', 'урана', 'урановы*', 'горнодобыва*', 'геологоразведк*', 'полезных ископаемых', 'полезные ископаемые', 'месторождени*', 'редких металл*', 'редкие металл*', 'горно-металлургическ*', 'рудник*', 'горнорудн*', 'горно-обогатительн*', 'обогатительн* фабрик*', 'геологоразведочн*', 'алмалыкск*', 'навоийуран*', 'медеплавильн*'],
          medium: ['минерал*', 'медь', 'меди', 'медн*', 'геологическ*', 'металлург*', 'добыч*', 'глубок* переработк*', 'титан*', 'хром', 'кобальт*', 'графит*', 'никел*', 'драгоценн* металл*', 'полиметалл*', 'геолог', 'геологи', 'геологов', 'геологами', 'геология', 'геологии', 'геологию', 'руда', 'руды', 'руду', 'рудой', 'рудные', 'рудных', 'рудный', 'рудное'],
          weak: ['золот*', 'серебр*', 'цинк*', 'сырь*', 'концентрат*', 'металл', 'металла', 'металлов', 'металлы', 'металлами', 'металлическ*'],
        },
        'uz-latn': {
          strong: ['muhim minerallar*', 'noyob yer metall*', 'nodir metall*', 'noyob metall*', 'litiy*', 'volfram*', 'molibden*', 'uran+', 'uran qazib*', 'kon-metallurgiya*', 'geologiya-qidiruv*', 'foydali qazilma*', 'kon sanoati*', 'konchilik*', 'kon-boyitish*', 'boyitish fabrika*', 'olmaliq*', 'navoiyuran*', 'rudnik*', 'geologik qidiruv*', 'geologik qidir*', 'geologik razvedka*'],
          medium: ['mineral*', 'mis+', 'geologi*', 'ruda*', "ma'dan*", 'metallurgiya*', 'qazib olish*', 'chuqur qayta ishlash*', 'titan*', 'kon+', 'qazilma*', 'qimmatbaho metall*', 'geologiya-razvedka*'],
          weak: ['oltin+', 'kumush+', 'rux+', 'xomashyo*'],
        },
        'uz-cyrl': {
          strong: ['муҳим минераллар*', 'ноёб ер металл*', 'нодир металл*', 'ноёб металл*', 'литий*', 'вольфрамни', 'молибденни', 'кон-металлургия*', 'геология-қидирув*', 'фойдали қазилма*', 'кон саноати*', 'кончилик*', 'кон-бойитиш*', 'бойитиш фабрика*', 'олмалиқ*', 'вольфрам*', 'молибден*', 'геологик қидирув*', 'геологик қидир*'],
          medium: ['минераллар*', 'мис+', 'геология*', 'руда', 'маъдан*', 'металлургия*', 'қазиб олиш*', 'чуқур қайта ишлаш*', 'кон+', 'қазилма*', 'қимматбаҳо металл*'],
          weak: ['олтин+', 'кумуш+', 'хомашё*'],
        },
        ko: {
          strong: ['핵심광물', '핵심 광물', '희토류', '리튬', '텅스텐', '몰리브덴', '우라늄', '광물 공급망', '광물자원', '광물 자원', '광산 개발', '광업', '광물 탐사', '희소금속', '희유금속', '광해광업'],
          medium: ['광물', '광산', '채굴', '제련', '티타늄', '코발트', '흑연', '니켈', '매장량', '정련'],
          weak: ['탐사', '구리', '크롬', '금속', '원자재', '자원 확보'],
        },
      },
    },
    {
      id: 'semiconductors-electronics',
      label: 'Semiconductors and electronics',
      terms: {
        en: {
          strong: ['semiconductor*', 'microchip*', 'chipmaker*', 'secondary batter*', 'battery manufactur*', 'battery plant*', 'battery production', 'electronics plant*', 'electronics manufactur*', 'home appliance*', 'household appliance*', 'printed circuit*', 'wafer*', 'chip packaging', 'chip plant*', 'chip factor*', 'chip manufactur*', 'consumer electronics', 'microelectronics', 'integrated circuit*', 'lithium-ion batter*', 'semiconductor products', 'semiconductor cluster*', 'semiconductor industry', 'semiconductor production', 'semiconductor manufactur*'],
          medium: ['electronics', 'electronic components', 'chips', 'batteries', 'electrical engineering', 'televisions', 'refrigerators', 'washing machines', 'smartphone*', 'display panel*', 'electrotechnical', 'battery cell*', 'electronic devices', 'electronic products', 'air conditioner*'],
          weak: ['battery', 'electronic', 'samsung', 'lg electronics', 'appliances'],
        },
        ru: {
          strong: ['полупроводник*', 'микросхем*', 'микрочип*', 'аккумуляторн* батаре*', 'производств* аккумулятор*', 'бытов* техник*', 'электронн* промышленност*', 'радиоэлектрон*', 'электротехническ*', 'чипов', 'печатных плат*', 'микроэлектроник*', 'бытов* электроник*', 'интегральн* схем*', 'литий-ионн*', 'полупроводников* продукци*', 'полупроводников* кластер*', 'полупроводников* промышленност*', 'производств* полупроводник*'],
          medium: ['электроник*', 'электронн* компонент*', 'аккумулятор*', 'телевизор*', 'холодильник*', 'стиральн* машин*', 'смартфон*', 'дисплеев', 'чип', 'чипы', 'элемент* питания', 'кондиционер*'],
          weak: ['батаре*', 'электронн*'],
        },
        'uz-latn': {
          strong: ['yarimo\'tkazgich*', 'yarim o\'tkazgich*', 'mikrochip*', 'elektronika sanoati*', 'maishiy texnika*', 'elektrotexnika*', 'akkumulyator ishlab*', 'mikroelektronika*', 'maishiy elektronika*', 'mikrosxema*'],
          medium: ['elektronika*', 'akkumulyator*', 'televizor*', 'muzlatgich*', 'kir yuvish mashina*', 'smartfon*', 'chiplar*', 'elektron komponent*', 'chip', 'chiplari*', 'displey*', 'elektron mahsulot*', 'konditsioner*'],
          weak: ['batareya*', 'elektron qurilma*'],
        },
        'uz-cyrl': {
          strong: ['яримўтказгич*', 'ярим ўтказгич*', 'микрочип*', 'электроника саноати*', 'маиший техника*', 'электротехника*', 'аккумулятор ишлаб*', 'микроэлектроника*', 'маиший электроника*'],
          medium: ['электроника*', 'аккумуляторлар*', 'телевизорлар*', 'совутгич*', 'кир ювиш машина*', 'смартфонлар*', 'чиплар*', 'электрон компонент*'],
          weak: ['батарея*', 'электрон қурилма*'],
        },
        ko: {
          strong: ['반도체', '이차전지', '2차전지', '배터리 공장', '전자산업', '전자 산업', '가전제품', '가전 공장', '웨이퍼', '칩 패키징', '인쇄회로기판', '이차 전지', '전지 공장', '배터리셀'],
          medium: ['전자제품', '전자 부품', '전자부품', '배터리', '디스플레이', '스마트폰', '냉장고', '세탁기', '텔레비전', '전기전자', '전자기기', '전자 기기', '에어컨'],
          weak: ['가전', '전자 기업', '삼성전자', 'lg전자'],
        },
      },
    },
    {
      id: 'chemicals-hydrogen',
      label: 'Chemicals, petrochemicals and hydrogen',
      terms: {
        en: {
          strong: ['hydrogen', 'petrochemical*', 'gas chemical*', 'gas-chemical*', 'chemical industry', 'chemical plant*', 'chemical complex*', 'fertilizer*', 'fertiliser*', 'ammonia', 'rubber products', 'polyethylene', 'polypropylene', 'synthetic fuel*', 'methanol', 'electrolyzer*', 'electrolyser*', 'gas-to-liquid*', 'agrochemical*', 'polyvinyl chloride', 'chemical products'],
          medium: ['chemical*', 'chemistry', 'rubber', 'plastics', 'polymer*', 'urea', 'nitrogen fertil*', 'soda ash', 'sulfuric acid', 'caustic soda', 'tyre*', 'tire plant*', 'pvc', 'gtl'],
          weak: ['plastic', 'cosmetics', 'paints', 'dyes', 'nitrogen'],
        },
        ru: {
          strong: ['водород*', 'нефтехими*', 'газохими*', 'химическ* промышленност*', 'химическ* завод*', 'химическ* комплекс*', 'удобрени*', 'аммиак*', 'резинотехническ*', 'полиэтилен*', 'полипропилен*', 'метанол*', 'синтетическ* топлив*', 'электролизер*', 'поливинилхлорид*', 'химпром*'],
          medium: ['химическ*', 'химии', 'химия', 'пластмасс*', 'полимер*', 'карбамид*', 'кальцинированн* сод*', 'серн* кислот*', 'шин', 'шинн*', 'пвх', 'резина', 'резины', 'резину', 'резиной', 'резинов*'],
          weak: ['пластик*', 'косметик*', 'красител*', 'азот*'],
        },
        'uz-latn': {
          strong: ['vodorod*', 'neft-kimyo*', 'neftkimyo*', 'gaz-kimyo*', 'kimyo sanoati*', 'kimyo zavodi*', 'kimyo majmua*', "o'g'it*", 'ammiak*', 'rezina-texnika*', 'polietilen*', 'polipropilen*', 'metanol*', 'sintetik yoqilg\'i*', 'elektrolizer*', 'navoiyazot*', 'maxam-chirchiq*', "o'zkimyosanoat*", 'polivinilxlorid*'],
          medium: ['kimyo*', 'kimyoviy*', 'rezina*', 'plastmassa*', 'polimer*', 'karbamid*', 'shina*'],
          weak: ['plastik*', 'kosmetika*', "bo'yoq*", 'azot*'],
        },
        'uz-cyrl': {
          strong: ['водород*', 'нефть-кимё*', 'нефткимё*', 'газ-кимё*', 'кимё саноати*', 'кимё заводи*', 'кимё мажмуа*', 'ўғит*', 'аммиак+', 'резина-техника*', 'синтетик ёқилғи*', 'навоийазот*', 'максам-чирчиқ*', 'ўзкимёсаноат*'],
          medium: ['кимё+', 'кимёвий*', 'резина*', 'пластмасса*', 'полимерлар*', 'карбамид+', 'кимёвий маҳсулот*'],
          weak: ['пластик+', 'косметика*', 'бўёқ*'],
        },
        ko: {
          strong: ['수소', '석유화학', '가스화학', '화학산업', '화학 산업', '화학공장', '화학 공장', '화학단지', '비료', '암모니아', '고무제품', '폴리에틸렌', '폴리프로필렌', '메탄올', '합성연료', '전해조', '그린수소', '질소비료', '화학제품'],
          medium: ['화학', '플라스틱', '폴리머', '타이어', 'pvc'],
          weak: ['화장품', '염료', '도료'],
        },
      },
    },
    {
      id: 'energy',
      label: 'Energy',
      terms: {
        en: {
          strong: ['power plant*', 'power station*', 'power generation', 'power-generation', 'power grid*', 'electricity', 'renewable energy', 'renewables', 'solar power', 'solar plant*', 'solar park*', 'solar panel*', 'wind farm*', 'wind power', 'hydropower', 'hydroelectric', 'nuclear power', 'energy efficiency', 'district heating', 'oil and gas', 'natural gas', 'thermal power', 'energy sector', 'energy projects', 'generating energy', 'generate energy', 'energy generation', 'waste-to-energy', 'energy cooperation', 'green energy', 'clean energy', 'photovoltaic*', 'energy storage', 'combined-cycle', 'heat supply', 'electricity generation', 'power lines', 'kilowatt-hour*', 'gas supply', 'renewable sources', 'cogeneration'],
          medium: ['energy', 'power supply', 'electric power', 'megawatt*', 'gigawatt*', 'mw', 'gw', 'kwh', 'solar', 'wind turbine*', 'pipeline*', 'oil', 'gas field*', 'transmission line*', 'heating', 'substation*', 'nuclear', 'renewable', 'kilowatt*', 'gas-fired', 'boiler house*', 'electric grid*', 'oil refinery', 'grid', 'lng'],
          weak: ['fuel', 'power', 'gas', 'coal', 'utilities'],
        },
        ru: {
          strong: ['электростанци*', 'электроэнерги*', 'энергосистем*', 'электросет*', 'возобновляем* источник* энерги*', 'возобновляем* энергетик*', 'солнечн* электростанц*', 'солнечн* энергетик*', 'солнечн* панел*', 'ветров* электростанц*', 'ветроэнергетик*', 'гидроэлектростанц*', 'гидроэнергетик*', 'атомн* электростанц*', 'аэс', 'энергоэффективност*', 'энергосбережени*', 'теплоснабжени*', 'теплоэлектроцентрал*', 'тэс', 'тэц', 'гэс', 'нефтегаз*', 'природн* газ*', 'зелен* энергетик*', 'энергетическ* сектор*', 'энергетическ* проект*', 'электроснабжени*', 'энергоснабжени*', 'газоснабжени*', 'энергоблок*', 'солнечн* станц*', 'ветров* станц*', 'ветроэлектростанц*', 'ветроустановк*', 'фотоэлектрическ*', 'накопител* энерги*', 'выработк* электр*', 'киловатт-час*', 'когенерац*'],
          medium: ['энергетик*', 'энергетическ*', 'энерги*', 'мегаватт*', 'гигаватт*', 'мвт', 'гвт', 'квт', 'солнечн*', 'газопровод*', 'газов* месторожден*', 'линии электропередач*', 'подстанц*', 'атомн*', 'электричеств*', 'теплов* станц*', 'котельн*', 'киловатт*', 'нефтеперерабатывающ*', 'нпз', 'возобновляем*', 'нефть', 'нефти', 'нефтью', 'нефтян*', 'нефтедобыч*', 'нефтепровод*', 'нефтепереработк*'],
          weak: ['топлив*', 'уголь', 'угля', 'газа', 'газ', 'газом'],
        },
        'uz-latn': {
          strong: ['elektr stansiya*', 'elektr energiya*', 'elektr tarmoq*', 'energetika tizimi*', 'qayta tiklanuvchi energiya*', 'muqobil energiya*', 'quyosh elektr*', 'quyosh panel*', 'shamol elektr*', 'gidroelektr*', 'atom elektr*', 'energiya samaradorlig*', 'issiqlik ta\'minot*', 'issiqlik elektr*', 'neft-gaz*', 'neft va gaz*', 'tabiiy gaz*', 'yashil energetika*', '"yashil" energetika*', 'energetika sohasi*', "elektr ta'minot*", "energiya ta'minot*", "gaz ta'minot*", 'quyosh stansiya*', 'shamol stansiya*', 'fotoelektr*', 'energiya saqlash*', 'elektr uzatish*', 'kilovatt-soat*', 'elektr stantsiya*', 'quyosh stantsiya*', 'shamol stantsiya*', 'shamol generator*', 'shamol energiya*', 'issiqlik stantsiya*', 'kogeneratsiya*', 'ges', 'aes'],
          medium: ['energetika*', 'energiya*', 'megavatt*', 'gigavatt*', 'mvt', 'quyosh energiya*', 'gaz quvur*', 'podstansiya*', 'atom energiya*', 'kilovatt*', 'qozonxona*', 'qayta tiklanuvchi', 'neftni qayta ishlash*', 'neft+', 'energoblok*'],
          weak: ["yoqilg'i*", "ko'mir*", 'issiqlik+', 'gaz+'],
        },
        'uz-cyrl': {
          strong: ['электр станция*', 'электр энергия*', 'электр тармоқ*', 'энергетика тизими*', 'қайта тикланувчи энергия*', 'муқобил энергия*', 'қуёш электр*', 'қуёш панел*', 'шамол электр*', 'гидроэлектр*', 'атом электр*', 'энергия самарадорлиг*', 'иссиқлик таъминот*', 'иссиқлик электр*', 'нефть-газ*', 'нефть ва газ*', 'табиий газ*', 'яшил энергетика*', '“яшил” энергетика*', 'энергетика соҳаси*', 'электр таъминот*', 'энергия таъминот*', 'газ таъминот*', 'қуёш станция*', 'шамол станция*', 'энергия сақлаш*', 'электр узатиш*', 'киловатт-соат*', 'шамол генератор*', 'шамол энергия*', 'электр стансия*'],
          medium: ['энергетика+', 'энергия+', 'мегаватт', 'қуёш энергия*', 'нефть+', 'газ қувур*', 'атом энергия*', 'қозонхона*', 'қайта тикланувчи'],
          weak: ['ёқилғи*', 'кўмир*', 'иссиқлик+'],
        },
        ko: {
          strong: ['발전소', '재생에너지', '재생 에너지', '신재생', '태양광', '풍력', '수력발전', '원자력발전', '원전', '에너지 효율', '에너지효율', '지역난방', '전력망', '송전망', '전력산업', '전력 산업', '석유가스', '천연가스', '화력발전', '에너지 인프라', '에너지 협력', '에너지저장', '에너지 저장', '복합화력', '열병합', '송배전', '전기 생산', '전력 생산'],
          medium: ['에너지', '전력', '메가와트', '기가와트', '석유', '가스관', '송전', '원자력', '전기 공급', '수력', '정유공장', '킬로와트', 'lng', '액화천연가스'],
          weak: ['연료', '석탄', '가스'],
        },
      },
    },
    {
      id: 'agriculture-food',
      label: 'Agriculture and food',
      terms: {
        en: {
          strong: ['agricultur*', 'agro-industr*', 'agroindustr*', 'agribusiness*', 'agritech*', 'agrotech*', 'greenhouse complex*', 'greenhouses', 'irrigation', 'food processing', 'food security', 'livestock', 'cotton harvest*', 'cotton growing', 'cotton producer*', 'cotton production', 'farming', 'horticulture', 'fruit and vegetable*', 'agrarian', 'smart farm*', 'agronomist*', 'farmland', 'crop production', 'food production'],
          medium: ['farmer*', 'farms', 'crops', 'harvest*', 'cotton', 'wheat', 'grain', 'dairy', 'poultry', 'fisheries', 'orchards', 'garden complex*', 'seeds', 'food products', 'food industry', 'veterinary', 'cattle', 'meat', 'orchard', 'cold storage', 'fishery', 'fertile land'],
          weak: ['food', 'fruit*', 'vegetables', 'rural', 'farm', 'hectares', 'tomatoes', 'cherries', 'grapes'],
        },
        ru: {
          strong: ['сельск* хозяйств*', 'сельскохозяйствен*', 'агропромышлен*', 'агробизнес*', 'агротехнолог*', 'агрокомплекс*', 'аграрн*', 'теплиц*', 'тепличн*', 'орошени*', 'ирригац*', 'переработк* сельхоз*', 'продовольственн* безопасност*', 'животноводств*', 'хлопководств*', 'сбор* хлопка', 'плодоовощ*', 'садоводств*', 'сельхоз*', 'птицеводств*', 'земледели*', 'растениеводств*', 'фермерск* хозяйств*', 'овощеводств*', 'виноградарств*', 'рыбн* хозяйств*', 'посевн* площад*'],
          medium: ['фермер*', 'урожа*', 'хлопок', 'хлопка', 'пшениц*', 'зерн*', 'молочн*', 'рыбоводств*', 'семян', 'пищев* промышленност*', 'пищев* продукц*', 'ветеринар*', 'скот*', 'мясн*', 'посев*', 'хлопкороб*', 'холодильн* склад*', 'плодоовощн*', 'агро', 'агрохолдинг*', 'агрофирм*', 'агрокластер*'],
          weak: ['продовольств*', 'продукт* питани*', 'фрукт*', 'гектар*', 'ягод*', 'томат*', 'черешн*', 'овощи', 'овощей', 'овощам', 'овощн*', 'сельской', 'сельских', 'сельские', 'сельская', 'сельское', 'сельском', 'сельскую'],
        },
        'uz-latn': {
          strong: ["qishloq xo'jalig*", 'agrosanoat*', 'agrobiznes*', 'agrotexnolog*', 'agrar*', 'issiqxona*', "sug'orish*", 'oziq-ovqat xavfsizlig*', 'chorvachilik*', 'paxtachilik*', "bog'dorchilik*", 'meva-sabzavot*', 'paxta hosil*', "paxta yig'im*", 'parrandachilik*', 'dehqonchilik*', "fermer xo'jalig*", 'ekin maydon*', 'uzumchilik*', 'sabzavotchilik*', "o'simlikchilik*", 'agroklaster*', 'agronom*', 'issiqxonalar*'],
          medium: ['fermer*', 'hosil*', 'paxta+', 'bug\'doy*', "g'alla*", 'sut mahsulot*', 'baliqchilik*', "bog'lar*", 'urug\'lik*', 'oziq-ovqat*', 'veterinariya*', 'qoramol*', "go'sht*", 'ekin*', 'sovutish ombor*', 'hosildorlik*'],
          weak: ['meva*', 'gektar*', 'yetishtir*', 'pomidor*', 'sabzavot+', 'dehqon+'],
        },
        'uz-cyrl': {
          strong: ['қишлоқ хўжалиг*', 'агросаноат*', 'агробизнес*', 'агротехнолог*', 'аграр*', 'иссиқхона*', 'суғориш*', 'озиқ-овқат хавфсизлиг*', 'чорвачилик*', 'пахтачилик*', 'боғдорчилик*', 'мева-сабзавот*', 'пахта ҳосил*', 'пахта йиғим*', 'паррандачилик*', 'деҳқончилик*', 'фермер хўжалиг*', 'экин майдон*', 'узумчилик*', 'сабзавотчилик*', 'ўсимликчилик*', 'иссиқхоналар*'],
          medium: ['фермерлар*', 'ҳосил*', 'пахта+', 'буғдой*', 'ғалла*', 'сут маҳсулот*', 'балиқчилик*', 'боғлар*', 'уруғлик*', 'озиқ-овқат*', 'ветеринария*', 'қорамол*', 'гўшт*', 'экин*', 'совутиш омбор*'],
          weak: ['мева*', 'гектар*', 'етиштир*', 'помидор*', 'сабзавот+', 'деҳқон+'],
        },
        ko: {
          strong: ['농업', '스마트팜', '스마트 팜', '농산업', '애그테크', '스마트 온실', '온실 단지', '비닐하우스', '관개', '식품가공', '식품 가공', '식량안보', '식량 안보', '축산', '목화 수확', '면화 생산', '면 생산', '원예', '농산물', '농기계', '농촌진흥', '유리온실', '농식품', '농림', '농작물', '온실에서', '온실 재배'],
          medium: ['농가', '농민', '수확', '면화', '밀 생산', '곡물', '낙농', '가금', '수산', '과수원', '종자', '식품산업', '식품 산업', '가축', '육류', '영농', '목축', '재배 기술'],
          weak: ['식품', '과일', '채소', '농촌', '토마토', '딸기'],
        },
      },
    },
    {
      id: 'transport-infrastructure',
      label: 'Transport, logistics, infrastructure and construction',
      terms: {
        en: {
          strong: ['railway*', 'railroad*', 'high-speed train*', 'high-speed rail*', 'transport infrastructure', 'transport corridor*', 'logistics corridor*', 'transport route*', 'logistics', 'airport*', 'highway*', 'motorway*', 'metro line*', 'public-private partnership*', 'real estate', 'urban infrastructure', 'infrastructure projects', 'cargo transport*', 'freight', 'rail line*', 'freight terminal*', 'railway station*', 'high-speed line*', 'passenger traffic'],
          medium: ['transport', 'transportation', 'rail', 'trains', 'aviation', 'airline*', 'roads', 'road construction', 'bridges', 'tunnel*', 'cargo', 'transit', 'residential', 'housing', 'construction projects', 'connectivity', 'ppp', 'port', 'seaport*', 'dry port*', 'urban planning', 'subway', 'metro', 'passenger transport*', 'direct flights', 'tram', 'trams', 'tramway*', 'residential complex*', 'apartment block*', 'housing construction', 'containers', 'container terminal*'],
          weak: ['construction', 'route*', 'buildings', 'building materials', 'passengers', 'terminal*', 'flights', 'high-speed', 'bridge', 'infrastructure'],
        },
        ru: {
          strong: ['железн* дорог*', 'железнодорожн*', 'высокоскоростн* поезд*', 'высокоскоростн* магистрал*', 'транспортн* инфраструктур*', 'транспортн* коридор*', 'транспортно-логистическ*', 'логистик*', 'логистическ*', 'аэропорт*', 'автомагистрал*', 'автомобильн* дорог*', 'метрополитен*', 'государственно-частн* партнерств*', 'гчп', 'недвижимост*', 'жилищн* строительств*', 'грузоперевоз*', 'грузопоток*', 'скоростн* поезд*', 'скоростн* магистрал*', 'контейнерн* перевоз*', 'пассажирск* перевоз*', 'пассажиропоток*', 'строительств* дорог*'],
          medium: ['инфраструктур*', 'транспорт*', 'авиаци*', 'авиакомпани*', 'авиасообщени*', 'автодорог*', 'дорожн*', 'мост*', 'тоннел*', 'груз', 'груза', 'грузы', 'транзит*', 'жил* комплекс*', 'жиль*', 'градостроительств*', 'порт', 'порта', 'связанност*', 'вокзал*', 'авиарейс*', 'магистрал*', 'метро', 'трамва*', 'перевозк*', 'прям* рейс*', 'поезд', 'поезда', 'поездов', 'поездами', 'поезде', 'поездом', 'грузов', 'грузовые', 'грузовых', 'грузовой', 'грузового', 'многоэтажн*', 'контейнер*'],
          weak: ['строительств*', 'маршрут*', 'стройматериал*', 'строительн* материал*', 'рейс*', 'терминал*', 'пассажиры', 'пассажиров', 'пассажирам'],
        },
        'uz-latn': {
          strong: ['temir yo\'l*', 'temiryo\'l*', 'tezyurar poyezd*', 'yuqori tezlikdagi poyezd*', 'transport infratuzilma*', 'transport yo\'lak*', 'transport-logistika*', 'logistika*', 'aeroport*', 'avtomagistral*', 'avtomobil yo\'l*', 'metropoliten*', 'davlat-xususiy sheriklik*', "ko'chmas mulk*", 'uy-joy qurilish*', 'yuk tashish*', "yo'lovchi tashish*", 'tezyurar*', "yo'l qurilish*", "temir yo'llar*"],
          medium: ['transport*', 'aviatsiya*', 'aviakompaniya*', "yo'llar*", "ko'prik*", 'tunnel*', 'yuk+', 'tranzit*', 'uy-joy*', 'shaharsozlik*', 'port+', 'poyezd*', 'vokzal*', "yo'lovchi*", 'aviareys*', 'metro+', 'tramvay*', 'magistral*', "to'g'ridan-to'g'ri reys*", 'ko\'p qavatli*', 'turar-joy*', 'turar joy*', 'tijorat bino*', 'qurilish kompaniya*', 'bunyodkorlik*', 'konteyner*', "havo yo'l*", 'aviaqatnov*'],
          weak: ['qurilish*', 'marshrut*', 'qurilish material*', 'reys*', 'terminal*', 'infratuzilma*'],
        },
        'uz-cyrl': {
          strong: ['темир йўл*', 'темирйўл*', 'тезюрар поезд*', 'транспорт инфратузилма*', 'транспорт йўлак*', 'транспорт-логистика*', 'логистика+', 'аэропорт*', 'автомагистрал*', 'автомобиль йўл*', 'метрополитен*', 'давлат-хусусий шериклик*', 'кўчмас мулк*', 'уй-жой қурилиш*', 'юк ташиш*', 'йўловчи ташиш*', 'тезюрар*', 'йўл қурилиш*'],
          medium: ['инфратузилма*', 'транспорт+', 'авиация*', 'авиакомпания*', 'йўллар*', 'кўприк*', 'юк+', 'транзит+', 'уй-жой*', 'шаҳарсозлик*', 'вокзал*', 'йўловчи*', 'авиарейс*', 'метро+', 'трамвай*', 'магистрал*', 'поезд+', 'кўп қаватли*', 'турар-жой*', 'турар жой*', 'тижорат бино*', 'қурилиш компания*', 'бунёдкорлик*'],
          weak: ['қурилиш*', 'маршрут+', 'рейс*'],
        },
        ko: {
          strong: ['철도', '고속철', '고속열차', '교통 인프라', '교통인프라', '운송 회랑', '물류 회랑', '물류', '공항', '고속도로', '지하철', '민관협력', '민관 협력', '부동산', '도시 인프라', '인프라 사업', '인프라 건설', '화물 운송', '고속철도', '철도역', '여객 수송'],
          medium: ['인프라', '교통', '운송', '항공', '도로', '교량', '터널', '화물', '환승', '주택', '도시계획', '항만', '연결성', '열차', '항공편', '직항', '여객', '신도시', '역사 신축', '컨테이너'],
          weak: ['건설', '노선', '건축자재'],
        },
      },
    },
    {
      id: 'automotive',
      label: 'Automotive',
      terms: {
        en: {
          strong: ['automotive', 'automobile*', 'carmaker*', 'car manufactur*', 'car assembly', 'car plant*', 'car production', 'vehicle production', 'vehicle manufactur*', 'assembly line for', 'auto parts', 'auto components', 'electric vehicle*', 'passenger vehicle*', 'passenger car*', 'sedan*', 'automaker*', 'uzavtosanoat', 'gm uzbekistan', 'car factor*', 'electric car*', 'auto plant*', 'vehicle assembly', 'motor vehicle*', 'car market'],
          medium: ['electric bus*', 'electric-bus*', 'vehicles', 'cars', 'kia', 'hyundai', 'chevrolet', 'byd', 'isuzu', 'trucks', 'buses', 'hybrids', 'ev', 'evs', 'assembly line*', 'auto', 'automakers', 'car models', 'localization of components'],
          weak: ['car', 'vehicle', 'truck', 'engines'],
        },
        ru: {
          strong: ['автомобилестроени*', 'автопром*', 'автомобильн* завод*', 'автомобильн* промышленност*', 'автозавод*', 'автосборочн*', 'сборк* автомобил*', 'производств* автомобил*', 'автокомпонент*', 'автозапчаст*', 'электромобил*', 'легков* автомобил*', 'седан*', 'узавтосаноат*', 'автопроизводител*', 'автопроизводств*', 'автомобильн* рын*', 'электрокар*', 'автомобильн* компани*'],
          medium: ['электробус*', 'электроавтобус*', 'машин', 'kia', 'hyundai', 'chevrolet', 'byd', 'isuzu', 'киа', 'хендэ', 'хендай', 'шевроле', 'грузовик*', 'автобус*', 'гибрид*', 'сборочн* лини*', 'автомашин*', 'конвейер*', 'автосалон*', 'автомобильн*'],
          weak: ['авто', 'машина', 'машины', 'автомобиль', 'автомобиля', 'автомобилей', 'автомобили', 'автомобилям', 'автомобилями', 'автомобилях', 'автомобилю', 'автомобилем'],
        },
        'uz-latn': {
          strong: ['avtomobilsozlik*', 'avtosanoat*', 'avtomobil zavodi*', 'avtomobil ishlab*', 'avtozavod*', "avtomobillar yig'*", 'avtokomponent*', 'avtomobil ehtiyot qism*', 'elektromobil*', 'yengil avtomobil*', 'sedan*', "o'zavtosanoat*", 'uzavtosanoat*', 'elektr avtomobil*', 'avtomobil bozor*', 'avtomobil zavod*'],
          medium: ['elektroavtobus*', 'elektrobus*', 'mashinasozlik*', 'kia', 'hyundai', 'chevrolet', 'byd', 'isuzu', 'yuk mashina*', 'avtobus*', 'gibrid*', "yig'uv liniya*", 'avtomashina*', 'konveyer*', 'avtosalon*', 'yuk avtomobil*'],
          weak: ['avto', 'mashina+', 'avtomobil+'],
        },
        'uz-cyrl': {
          strong: ['автомобилсозлик*', 'автосаноат*', 'автомобиль заводи*', 'автомобиль ишлаб*', 'автомобилларни ишлаб*', 'автозавод+', 'автомобиллар йиғ*', 'автокомпонент+', 'автомобиль эҳтиёт қисм*', 'электромобиль+', 'енгил автомобил*', 'седан+', 'ўзавтосаноат*', 'электр автомобил*', 'автомобиль бозор*', 'автомобиль завод*'],
          medium: ['электроавтобус*', 'электробус*', 'машинасозлик*', 'юк машина*', 'автобуслар*', 'гибрид+', 'йиғув линия*', 'автомашина*', 'конвейер*'],
          weak: ['машина+', 'автомобиль+'],
        },
        ko: {
          strong: ['완성차', '전기차', '자동차 부품', '차량 생산', '조립 라인', '조립라인', '세단', '현대차', '기아차', '자동차산업', '자동차 산업', '전기자동차'],
          medium: ['전기버스', '전기 버스', '차량', '현대자동차', '쉐보레', '트럭', '버스 생산', '하이브리드', '부품 공장', '차량용', '자동차', 'ev'],
          weak: ['기아', '승용차', '모빌리티'],
        },
      },
    },
    {
      id: 'healthcare-pharma',
      label: 'Healthcare and pharmaceuticals',
      terms: {
        en: {
          strong: ['medical city', 'medical cities', 'hospital', 'hospitals', 'clinic', 'clinics', 'oncology', 'pharmaceutical*', 'pharma', 'medical cluster*', 'medical center*', 'medical centre*', 'healthcare', 'health care', 'public health', 'medicines', 'vaccine*', 'medical equipment', 'diagnostic center*', 'diagnostic centre*', 'cardiology', 'surgery', 'intensive care', 'cancer treatment', 'polyclinic*', 'telemedicine', 'health system', 'medical institution*', 'maternity hospital*'],
          medium: ['medical', 'medicine', 'drugs', 'doctors', 'nurses', 'patients', 'treatment', 'disease*', 'generics', 'health', 'pharmacy', 'pediatric', "children's clinic", 'cancer', 'antibiotics', 'epidemic*', 'physicians', 'surgeon*', 'medical staff', 'health ministry', 'ministry of health'],
          weak: ['tablets', 'capsules', 'laboratory', 'diagnostic*', 'beds'],
        },
        ru: {
          strong: ['медицинск* город*', 'медгородок*', 'больниц*', 'клиник*', 'онколог*', 'фармацевт*', 'фармакластер*', 'медицинск* кластер*', 'медицинск* центр*', 'здравоохранени*', 'лекарствен*', 'лекарств*', 'вакцин*', 'медицинск* оборудовани*', 'диагностическ* центр*', 'кардиолог*', 'хирург*', 'госпитал*', 'поликлиник*', 'медицинск* учреждени*', 'медучреждени*', 'реанимац*', 'роддом*', 'перинатальн*', 'телемедицин*', 'онкологическ* центр*', 'фармзавод*', 'фармкомпани*', 'фармотрасл*', 'фармпроизвод*', 'фармпарк*', 'фармпредприят*'],
          medium: ['медицин*', 'медик*', 'врач*', 'медсест*', 'пациент*', 'лечени*', 'заболевани*', 'дженерик*', 'здоровь*', 'аптек*', 'педиатр*', 'минздрав*', 'антибиотик*', 'препарат*', 'эпидеми*', 'фарма'],
          weak: ['таблет*', 'диагностик*', 'койк*', 'стационар*'],
        },
        'uz-latn': {
          strong: ['tibbiyot shahar*', 'tibbiyot shahr*', 'shifoxona*', 'kasalxona*', 'klinika*', 'onkologi*', 'farmatsevtika*', 'farmatsevtik*', 'tibbiyot klaster*', 'tibbiyot markaz*', "sog'liqni saqlash*", 'dori-darmon*', 'dori vosita*', 'vaksina*', 'tibbiy asbob-uskuna*', 'diagnostika markaz*', 'kardiologi*', 'jarrohlik*', 'poliklinika*', 'tibbiyot muassasa*', 'reanimatsiya*', "tug'ruqxona*", 'perinatal*', 'telemeditsina*', 'jarrohlig*'],
          medium: ['tibbiyot*', 'tibbiy*', 'shifokor*', 'hamshira*', 'bemor*', 'davolash*', 'kasallik*', "sog'liq*", 'dorixona*', 'pediatri*', 'dori+', 'antibiotik*', 'epidemiya*', 'emlash*', 'preparatlar*', 'jarrohlar*'],
          weak: ['laboratoriya*', 'diagnostika*'],
        },
        'uz-cyrl': {
          strong: ['тиббиёт шаҳар*', 'тиббиёт шаҳр*', 'шифохона*', 'касалхона*', 'клиника*', 'онкологи*', 'фармацевтика*', 'фармацевтик*', 'тиббиёт кластер*', 'тиббиёт марказ*', 'соғлиқни сақлаш*', 'дори-дармон*', 'дори восита*', 'вакцина*', 'тиббий асбоб-ускуна*', 'диагностика марказ*', 'кардиологи*', 'жарроҳлик*', 'тиббиёт муассаса*', 'туғруқхона*', 'перинатал*', 'поликлиника*', 'жарроҳлиг*'],
          medium: ['тиббиёт*', 'тиббий*', 'шифокор*', 'ҳамшира*', 'бемор*', 'даволаш*', 'касаллик*', 'соғлиқ*', 'дорихона*', 'дори+', 'эмлаш*', 'жарроҳлар*'],
          weak: ['диагностика'],
        },
        ko: {
          strong: ['의료 도시', '의료도시', '메디컬 시티', '메디컬시티', '병원', '의료', '클리닉', '종합병원', '암센터', '종양', '제약사', '제약회사', '제약 산업', '제약산업', '제약공장', '제약 클러스터', '의약품', '보건의료', '보건', '백신', '의료기기', '의료 클러스터', '의료클러스터', '진단센터', '제약 회사', '제약 기업', '제약기업', '의약품 생산'],
          medium: ['수술', '의학', '의사', '간호', '환자', '치료', '질병', '약국', '소아', '건강', '항생제', '주사제', '병상', '감염병', '약품'],
          weak: ['진단', '실험실'],
        },
      },
    },
    {
      id: 'education-science',
      label: 'Education and science',
      terms: {
        en: {
          strong: ['university', 'universities', 'education', 'educational', 'school*', 'training center*', 'training centre*', 'scholarship*', 'research institute*', 'scientific research', 'vocational', 'language learning', 'students', 'academy of sciences', 'higher education', 'capacity building', 'training programs', 'training programmes', 'science and technology park*', 'technology park*', 'sejong institute', 'exchange students', "master's program*", "master's degree*", 'distance learning', 'training of specialists', 'vocational training', 'higher education institution*', 'professional education', 'qualified personnel'],
          medium: ['research', 'scientific', 'science', 'academic*', 'teachers', 'professors', 'curricul*', 'upskilling', 'qualification*', 'personnel training', 'institute', 'academy', 'laboratories', 'innovation cluster*', 'engineering personnel', 'graduates', 'lecturers', 'internship*', 'tuition', 'classroom*', 'textbook*', 'campus', 'korean language', 'literacy', 'pupils'],
          weak: ['learning', 'courses', 'student', 'specialists', 'branch campus*', 'training'],
        },
        ru: {
          strong: ['университет*', 'образовани*', 'образовательн*', 'школ*', 'учебн* центр*', 'стипенди*', 'научно-исследовательск*', 'научн* исследовани*', 'профессиональн* обучени*', 'подготовк* кадров', 'подготовк* специалист*', 'студент*', 'академи* наук*', 'высш* образовани*', 'вуз*', 'изучени* корейского язык*', 'повышени* квалификаци*', 'технопарк*', 'абитуриент*', 'магистратур*', 'бакалавриат*', 'учебн* заведени*', 'дистанционн* обучени*', 'колледж*', 'подготовк* специалистов', 'подготовк* квалифицированн* кадр*', 'подготовк* высококвалифицированн* кадр*', 'подготовк* инженерн* кадр*', 'подготовк* национальн* кадр*', 'подготовк* научн* кадр*', 'подготовк* медицинск* кадр*', 'профессиональн* образовани*', 'высш* учебн* заведени*'],
          medium: ['обучени*', 'исследовани*', 'научн*', 'наук*', 'академическ*', 'учител*', 'преподавател*', 'профессор*', 'учебн* программ*', 'квалификаци*', 'кадров', 'кадры', 'институт*', 'академи*', 'лаборатори*', 'выпускник*', 'стажировк*', 'учащ*', 'корейск* язык*', 'учебник*', 'кампус*', 'инженерн* специальност*', 'лицей*'],
          weak: ['курс*', 'специалист*', 'филиал*'],
        },
        'uz-latn': {
          strong: ['universitet*', "ta'lim*", 'maktab*', "o'quv markaz*", 'stipendiya*', 'ilmiy-tadqiqot*', 'ilmiy tadqiqot*', 'kadrlar tayyorla*', 'mutaxassislar tayyorla*', 'talaba*', 'fanlar akademiya*', 'oliy ta\'lim*', 'oliygoh*', 'malaka oshirish*', 'koreys tilini o\'rgan*', 'abituriyent*', 'magistratura*', 'bakalavriat*', 'kollej*', "professional ta'lim*", 'kasb-hunar*', "oliy ta'lim muassasa*"],
          medium: ["o'qitish*", 'tadqiqot*', 'ilmiy*', 'fanlar', "o'qituvchi*", 'professor*', "o'quv dastur*", 'malaka*', 'kadrlar*', 'institut+', 'akademiya*', 'bitiruvchi*', 'litsey*', "o'quvchi*", 'koreys tili*', "til o'rgan*", "o'quv yurt*", 'sejong*'],
          weak: ['kurs+', 'mutaxassis*', 'filial*', 'amaliyot*', 'texnopark*'],
        },
        'uz-cyrl': {
          strong: ['университет+', 'таълим*', 'мактаб*', 'ўқув марказ*', 'стипендия*', 'илмий-тадқиқот*', 'илмий тадқиқот*', 'кадрлар тайёрла*', 'мутахассислар тайёрла*', 'талаба*', 'фанлар академия*', 'олий таълим*', 'олийгоҳ*', 'малака ошириш*', 'корейс тилини ўрган*', 'магистратура*', 'бакалавриат*', 'коллеж*', 'сежонг*'],
          medium: ['ўқитиш*', 'тадқиқот*', 'илмий*', 'фан ва техника*', 'фан-техника*', 'фанлар', 'ўқитувчи*', 'профессор+', 'ўқув дастур*', 'малака*', 'кадрлар*', 'институт+', 'академия+', 'битирувчи*', 'лицей*', 'ўқувчи*', 'корейс тили*', 'тил ўрган*', 'ўқув юрт*'],
          weak: ['курслар*', 'мутахассис*', 'филиал+', 'технопарк+'],
        },
        ko: {
          strong: ['대학교', '대학', '교육', '학교', '훈련센터', '연수센터', '교육센터', '장학', '연구소', '연구원', '과학기술', '직업훈련', '한국어 교육', '한국어 학습', '유학생', '학생', '인재 양성', '인재양성', '역량 강화', '역량강화', '세종학당', '직업교육', '직업 교육', '고등교육'],
          medium: ['연수', '훈련', '연구', '과학', '학술', '교사', '교수', '교과', '아카데미', '연구개발', '한국어', '졸업생', '석사', '박사과정', '교원', '진학', '유학'],
          weak: ['자격', '강좌', '전문가', '분교'],
        },
      },
    },
    {
      id: 'digital-ai',
      label: 'Digital, AI and IT',
      terms: {
        en: {
          strong: ['artificial intelligence', 'it park*', 'e-government', 'electronic government', 'digital transformation', 'digitalization', 'digitalisation', 'digital technolog*', 'digital economy', 'telecommunication*', 'telecom*', 'outsourcing', 'fintech', 'it sector', 'it companies', 'it specialists', 'software', 'data center*', 'data centre*', 'blockchain', 'broadband', 'startup*', 'start-up*', 'cybersecurity', 'information technolog*', 'digital uzbekistan', 'digitalize', 'digitalise', 'machine learning', 'data science', 'cloud computing', 'generative ai', 'digital government', 'big data', 'digital services', 'e-services'],
          medium: ['digital', 'ai', 'internet', 'online services', '5g', 'mobile network*', 'cloud', 'incubation', 'programmers', 'bpo', 'e-commerce', 'fiber-optic', 'satellite communication*', 'chatbot*', 'smart city', 'mobile operator*', 'internet access', 'it outsourcing', 'information system*'],
          weak: ['technolog*', 'online', 'innovative', 'innovation*', 'platform*'],
        },
        ru: {
          strong: ['искусственн* интеллект*', 'it-парк*', 'ит-парк*', 'айти-парк*', 'электронн* правительств*', 'цифров* трансформац*', 'цифровизац*', 'цифров* технолог*', 'цифров* экономик*', 'телекоммуникац*', 'аутсорсинг*', 'финтех*', 'it-компани*', 'it-специалист*', 'программн* обеспечени*', 'центр* обработки данных', 'дата-центр*', 'блокчейн*', 'широкополосн*', 'стартап*', 'кибербезопасност*', 'информационн* технолог*', 'мининфоком*', 'машинн* обучени*', 'больш* данн*', 'облачн* вычислени*', 'ит-компани*', 'ит-специалист*', 'ит-сектор*', 'it-сектор*', 'нейросет*', 'сотов* связ*', 'информационно-коммуникационн*', 'икт', 'электронн* государственн* услуг*'],
          medium: ['ии', 'интернет*', 'онлайн-услуг*', 'мобильн* связ*', 'облачн*', 'инкубац*', 'программист*', 'электронн* коммерц*', 'оптоволок*', 'спутник*', 'айти', 'айти-компания*', 'айти-мутахассис*', 'мобильн* оператор*', 'умн* город*', 'электронн* формат*', 'цифровая', 'цифровой', 'цифровые', 'цифровых', 'цифровое', 'цифровую', 'цифровым', 'цифровыми', 'информационн* систем*'],
          weak: ['технолог*', 'онлайн', 'электронн* услуг*', 'инноваци*', 'инновационн*', 'платформ*', 'государственн* услуг*'],
        },
        'uz-latn': {
          strong: ["sun'iy intellekt*", 'it park*', 'it-park*', 'elektron hukumat*', 'raqamli transformatsiya*', 'raqamlashtirish*', 'raqamli texnologiya*', 'raqamli iqtisodiyot*', 'telekommunikatsiya*', 'autsorsing*', 'fintex*', 'dasturiy ta\'minot*', 'dasturchi*', 'ma\'lumotlar markaz*', 'blokcheyn*', 'startap*', 'kiberxavfsizlik*', 'axborot texnologiya*', 'raqamli o\'zbekiston*', 'raqamlashtiril*', "mashinaviy o'qitish*", "katta ma'lumotlar*", 'axborot-kommunikatsiya*', 'elektron davlat xizmat*', 'it kompaniya*', 'it-kompaniya*', 'it mutaxassis*', 'it sohasi*', 'neyrotarmoq*'],
          medium: ['raqamli*', 'internet*', 'mobil aloqa*', 'elektron tijorat*', 'bulutli*', 'dasturlash*', 'mobil operator*', 'aqlli shahar*', 'raqamli xizmat*', 'axborot tizim*'],
          weak: ['texnologiya*', 'onlayn*', 'platforma*', 'innovatsiya*', 'innovatsion*', 'elektron'],
        },
        'uz-cyrl': {
          strong: ['сунъий интеллект*', 'ит парк*', 'ит-парк*', 'электрон ҳукумат*', 'рақамли трансформация*', 'рақамлаштириш*', 'рақамли технология*', 'рақамли иқтисодиёт*', 'телекоммуникация*', 'аутсорсинг+', 'финтех+', 'дастурий таъминот*', 'дастурчи*', 'маълумотлар марказ*', 'блокчейн+', 'стартап+', 'киберхавфсизлик*', 'ахборот технология*', 'рақамли ўзбекистон*', 'рақамлаштирил*', 'машинавий ўқитиш*', 'катта маълумотлар*', 'ахборот-коммуникация*', 'электрон давлат хизмат*', 'ит-компания*', 'ит соҳаси*', 'нейротармоқ*'],
          medium: ['рақамли*', 'интернет+', 'мобил алоқа*', 'электрон тижорат*', 'булутли*', 'дастурлаш*', 'мобил оператор*', 'ақлли шаҳар*', 'рақамли хизмат*'],
          weak: ['технология*', 'онлайн', 'электрон', 'платформа*', 'инновация*', 'инновацион*'],
        },
        ko: {
          strong: ['인공지능', 'it파크', 'it 파크', '전자정부', '디지털 전환', '디지털전환', '디지털화', '디지털 기술', '디지털기술', '디지털 경제', '아웃소싱', '핀테크', '이동통신', '통신망', '소프트웨어', '데이터센터', '데이터 센터', '블록체인', '스타트업', '사이버보안', '정보통신', '정보기술', 'ict', '머신러닝', '빅데이터', '전자 정부', '생성형 ai', '정보통신기술'],
          medium: ['통신', '디지털', 'ai', '인터넷', '5g', '클라우드', '인큐베이팅', '프로그래머', 'it 기업', 'it기업', '전자상거래', '위성', '정보화', '스마트시티', '챗봇', '정보시스템', '정보 시스템'],
          weak: ['기술', '온라인', '전자', '플랫폼', '혁신', '행정 서비스'],
        },
      },
    },
    {
      id: 'textiles-light-industry',
      label: 'Textiles and light industry',
      terms: {
        en: {
          strong: ['textile*', 'garment*', 'apparel', 'clothing', 'yarn', 'leather', 'light industry', 'cotton processing', 'cotton fiber', 'cotton fibre', 'ginner*', 'ginning', 'spinning mill*', 'knitwear', 'footwear', 'silk production', 'fabric', 'fabrics', 'sewing', 'cotton-textile cluster*', 'sewing factor*', 'textile cluster*'],
          medium: ['cotton yarn', 'dyeing', 'weaving', 'fashion', 'shoes', 'carpet*', 'uztekstilprom', 'cotton-textile', 'raw cotton', 'spinning', 'knitting', 'denim', 'tailoring'],
          weak: ['clothes', 'wool', 'silk'],
        },
        ru: {
          strong: ['текстил*', 'швейн*', 'одежд*', 'пряж*', 'кож* изделий', 'кожевен*', 'легк* промышленност*', 'переработк* хлопк*', 'хлопков* волокн*', 'хлопкоочист*', 'прядильн*', 'трикотаж*', 'обув*', 'ткан*', 'хлопково-текстильн*', 'хлопчатобумажн*', 'пошив*'],
          medium: ['крашени*', 'ткацк*', 'шелководств*', 'ковр*', 'узтекстилпром*', 'хлопка-сырца', 'хлопок-сырец', 'вязальн*', 'джинс*'],
          weak: ['шерст*', 'шелк', 'шелка', 'шелком', 'шелковая', 'шелковой', 'шелковые', 'шелковых'],
        },
        'uz-latn': {
          strong: ["to'qimachilik*", 'tekstil*', 'tikuvchilik*', 'kiyim-kechak*', 'kalava*', 'ip-kalava*', 'charm-poyabzal*', 'yengil sanoat*', 'paxtani qayta ishlash*', 'paxta tolasi*', 'paxta tozalash*', 'yigiruv*', 'trikotaj*', 'poyabzal*', 'ipakchilik*', 'gazlama*', 'mato*', 'paxta-to\'qimachilik*', 'tikuv*', 'tayyor kiyim*'],
          medium: ["bo'yash*", "to'quv*", 'moda', 'modani', 'moda sanoati*', 'moda industriya*', 'moda haftalig*', 'gilam*', "o'ztekstilprom*", 'xom paxta*', 'jinsi*'],
          weak: ['kiyim*', 'jun mahsulot*', 'jun ip*', 'junni', 'ipak+'],
        },
        'uz-cyrl': {
          strong: ['тўқимачилик*', 'текстиль*', 'тикувчилик*', 'кийим-кечак*', 'калава*', 'ип-калава*', 'чарм-пойабзал*', 'чарм маҳсулот*', 'чарм саноат*', 'сунъий чарм*', 'чармни', 'енгил саноат*', 'пахтани қайта ишлаш*', 'пахта толаси*', 'пахта тозалаш*', 'йигирув*', 'трикотаж*', 'пойабзал*', 'ипакчилик*', 'газлама*', 'мато+', 'пахта-тўқимачилик*', 'тикув*', 'тайёр кийим*'],
          medium: ['бўяш*', 'тўқув*', 'гилам*', 'ўзтўқимачиликсаноат*', 'хом пахта*', 'жинси*'],
          weak: ['кийим*', 'жун маҳсулот*', 'жун ип*', 'жунни', 'ипак+'],
        },
        ko: {
          strong: ['섬유', '의류', '봉제', '방적', '직물', '가죽', '경공업', '조면', '면방', '니트웨어', '신발', '패션산업', '염색'],
          medium: ['원단', '방직', '카펫', '면 제품', '의복', '봉제공장'],
          weak: ['양모', '실크'],
        },
      },
    },
    {
      id: 'trade-investment',
      label: 'Trade, investment and finance',
      terms: {
        en: {
          strong: ['investment*', 'investor*', 'trade turnover', 'trade volume', 'bilateral trade', 'foreign trade', 'export-import bank', 'eximbank', 'exim bank', 'free economic zone*', 'special economic zone*', 'economic zone*', 'business forum*', 'development assistance', 'grant aid', 'loan agreement*', 'concessional', 'exports', 'exported', 'trading houses', 'investment package*', 'edcf', 'kotra', 'kexim', 'world bank', 'asian development bank', 'trade promotion', 'free trade', 'trade agreement*', 'trade and economic', 'foreign direct investment*', 'agreements worth', 'deals worth', 'ebrd', 'european bank for reconstruction', 'aiib', 'asian infrastructure investment bank', 'islamic development bank', 'fta', 'intergovernmental commission on economic', 'intergovernmental commission on trade', 'intergovernmental commission for economic', 'intergovernmental commission for trade', 'intergovernmental commission on trade and economic'],
          medium: ['invest', 'invested', 'invests', 'investing', 'imports', 'import', 'imported', 'importing', 'importer*', 'trade', 'trading', 'loan', 'loans', 'credit line*', 'financing', 'funding', 'grants', 'banks', 'bank', 'market entry', 'commerce', 'tariff*', 'customs', 'memorandum of understanding', 'business mission', 'oda', 'development finance', 'business council', 'chamber of commerce', 'economic cooperation', 'trade mission*', 'stock exchange', 'capital market*', 'export', 'exporter*', 'exporting', 'jica', 'jbic', 'kfw', 'joint venture*'],
          weak: ['billion', 'market', 'companies', 'business', 'finance', 'economic', 'deals'],
        },
        ru: {
          strong: ['инвестиц*', 'инвестор*', 'инвестир*', 'товарооборот*', 'внешнеторгов*', 'внешн* торговл*', 'эксимбанк*', 'экспортно-импортн* банк*', 'свободн* экономическ* зон*', 'особ* экономическ* зон*', 'экономическ* зон*', 'бизнес-форум*', 'деловой форум*', 'займ*', 'льготн* кредит*', 'экспорт*', 'торгов* дом*', 'пакет* соглашений', 'всемирн* банк*', 'азиатск* банк* развития', 'инвестиционн*', 'капиталовложени*', 'кредитн* лини*', 'свободн* торговл*', 'торгово-промышленн* палат*', 'иностранн* капитал*', 'соглашени* на сумму', 'ебрр', 'европейск* банк* реконструкци*', 'аабии', 'исламск* банк* развития', 'межправительственн* комисси* по экономическ*', 'межправительственн* комисси* по торгово-экономическ*', 'межправительственн* комисси* по торговл*'],
          medium: ['торгово-экономическ*', 'торговл*', 'импорт*', 'финансировани*', 'финансов* ресурс*', 'грант*', 'банк', 'банка', 'банков', 'банки', 'банку', 'банком', 'банками', 'банках', 'банковск*', 'млрд', 'миллиард*', 'рын*', 'таможен*', 'тариф*', 'меморандум*', 'сделк*', 'вложи*', 'вложени*', 'на сумму', 'деловы* круг*', 'фондов* бирж*', 'кредит', 'кредита', 'кредиты', 'кредитов', 'кредитам', 'кредитами', 'кредитн*', 'кредитовани*', 'совместн* предприяти*'],
          weak: ['компани*', 'бизнес*', 'экономическ*', 'миллион*', 'млн', 'долларов', 'финансов*', 'финансы', 'финансам'],
        },
        'uz-latn': {
          strong: ['investitsiya*', 'investor*', 'sarmoya*', 'tovar aylanma*', 'savdo aylanma*', 'tashqi savdo*', 'eksimbank*', 'erkin iqtisodiy zona*', 'maxsus iqtisodiy zona*', 'iqtisodiy zona*', 'biznes-forum*', 'biznes forum*', 'kredit*', 'qarz*', 'eksport*', 'savdo uylari*', 'jahon banki*', 'osiyo taraqqiyot banki*', 'savdo hajmi*', 'erkin savdo*', 'savdo-sanoat palata*', 'kredit liniya*', 'yttb', 'yevropa tiklanish va taraqqiyot banki*', 'osiyo infratuzilma investitsiyalari banki*', 'islom taraqqiyot banki*', 'investitsion*'],
          medium: ['savdo-iqtisodiy*', 'savdo*', 'import+', 'moliyalashtirish*', 'grantlar*', 'granti*', 'bank+', 'milliard*', 'bozor+', 'bojxona*', 'tarif*', 'memorandum*', 'bitim*', 'portfel*', 'ishbilarmon*', 'birja*', "qimmatli qog'oz*", 'millard*', 'iqtisodiy hamkorlik*', 'tovar ayirboshlash*', 'savdo missiya*', 'kapital bozor*', "qo'shma korxona*"],
          weak: ['kompaniya*', 'biznes*', 'iqtisodiy*', 'mlrd', 'mln', 'dollar*', 'tadbirkor*', 'moliya+', 'moliyaviy*'],
        },
        'uz-cyrl': {
          strong: ['инвестиция*', 'инвестициявий*', 'инвестор+', 'сармоя*', 'товар айланма*', 'савдо айланма*', 'ташқи савдо*', 'эксимбанк+', 'эркин иқтисодий зона*', 'махсус иқтисодий зона*', 'иқтисодий зона*', 'бизнес-форум', 'кредит+', 'қарз*', 'экспорт+', 'савдо уйлари*', 'жаҳон банки*', 'осиё тараққиёт банки*', 'савдо ҳажми*', 'эркин савдо*', 'савдо-саноат палата*', 'еттб', 'европа тикланиш ва тараққиёт банки*', 'ислом тараққиёт банки*'],
          medium: ['савдо-иқтисодий*', 'савдо*', 'импорт+', 'молиялаштириш*', 'грант ажрат*', 'грантлар*', 'банк+', 'миллиард*', 'бозор+', 'божхона*', 'меморандум+', 'битим*', 'портфел*', 'ишбилармон*', 'биржа*', 'қўшма корхона*'],
          weak: ['компания*', 'бизнес', 'иқтисодий*', 'доллар*', 'тадбиркор*', 'молия+', 'молиявий*'],
        },
        ko: {
          strong: ['투자', '교역', '무역', '수출', '수출입은행', '경제특구', '경제자유구역', '비즈니스 포럼', '비즈니스포럼', '대출', '공적개발원조', '유상차관', '차관 지원', '차관 협정', 'oda', '대외경제협력기금', 'edcf', '코트라', 'kotra', '세계은행', '아시아개발은행', '무역진흥', '수주', '자유무역', '투자협약', '투자 협약', '유럽부흥개발은행', '아시아인프라투자은행', '이슬람개발은행', 'fta'],
          medium: ['수입', '금융지원', '금융 지원', '자금', '보조금', '은행', '억 달러', '억달러', '시장 진출', '관세', '통관', '양해각서', 'mou', '업무협약', '경제협력', '경제 협력', '상공회의소', '합작'],
          weak: ['기업', '비즈니스', '금융', '경제', '협약이 체결'],
        },
      },
    },
    {
      id: 'culture-tourism',
      label: 'Culture, tourism and exchanges',
      terms: {
        en: {
          strong: ['art exhibition*', 'exhibition of paintings', 'photo exhibition*', 'exhibition of works', 'tourism', 'tourist*', 'cultural exchange*', 'humanitarian exchange*', 'cultural cooperation', 'cultural heritage', 'festival*', 'museum*', 'k-pop', 'hallyu', 'k-culture', 'diaspora', 'people-to-people', 'year of mutual exchange*', 'cultural events', 'cultural sector', 'exchange of people', 'visitors to', 'koryo-saram', 'sports cooperation', 'tour operator*', 'world heritage', 'cultural center*', 'cultural centre*', 'film festival*'],
          medium: ['exhibition*', 'cultural', 'culture', 'culturally', 'cross-cultural', 'humanitarian', 'visitors', 'travel', 'film*', 'concert*', 'artists', 'theatre*', 'theater*', 'libraries', 'heritage', 'hotels', 'ethnic koreans', 'sports organizations', 'travelers', 'travellers', 'holidaymakers', 'sightseeing', 'handicraft*', 'artisans', 'pilgrimage', 'unesco', 'orchestra*', 'painters', 'painting*', 'calligraphy', 'amusement park*', 'theme park*'],
          weak: ['media', 'art', 'arts', 'music', 'exchanges', 'hotel', 'sports', 'destinations', 'cuisine', 'crafts', 'performances'],
        },
        ru: {
          strong: ['художественн* выставк*', 'выставк* произведени*', 'выставк* картин*', 'фотовыставк*', 'недел* кино', 'туризм*', 'турист*', 'культурн* обмен*', 'гуманитарн* обмен*', 'культурно-гуманитарн*', 'культурн* сотрудничеств*', 'культурн* наследи*', 'фестивал*', 'музе*', 'к-поп', 'халлю', 'диаспор*', 'межлюдск*', 'год* взаимных обменов', 'корё сарам', 'корейц* узбекистана', 'спортивн* сотрудничеств*', 'турпоток*', 'туроператор*', 'турфирм*', 'культурн* центр*', 'корейск* культур*', 'дни культуры'],
          medium: ['выставк*', 'межличностн* обмен*', 'культур*', 'гуманитарн*', 'посетител*', 'путешестви*', 'фильм*', 'кино*', 'концерт*', 'художник*', 'театр*', 'библиотек*', 'наследи*', 'гостиниц*', 'отел*', 'искусств*', 'экспозици*', 'путешественник*', 'ремесл*', 'юнеско', 'гастрол*', 'спектакл*', 'паломни*', 'живопис*', 'каллиграф*', 'парк* развлечений', 'тематическ* парк*', 'парк* аттракционов'],
          weak: ['сми', 'музык*', 'спорт*', 'зрител*'],
        },
        'uz-latn': {
          strong: ["badiiy ko'rgazma*", "asarlar* ko'rgazma*", "san'at ko'rgazma*", "fotoko'rgazma*", 'kino anjuman*', 'filmlar* anjuman*', 'filmlari anjuman*', 'turizm*', 'sayyoh*', 'turist*', 'madaniy almashinuv*', 'gumanitar almashinuv*', 'madaniy-gumanitar*', 'madaniy hamkorlik*', 'madaniy meros*', 'festival*', 'muzey*', 'k-pop', 'diaspora*', "o'zaro almashinuv yili*", 'koreys madaniyat*', 'sport hamkorlig*', 'turoperator*', 'madaniyat markaz*', 'filmlar hafta*'],
          medium: ["ko'rgazma*", 'madaniy*', 'madaniyat*', 'gumanitar*', 'tashrif buyuruvchi*', 'sayohat*', 'film*', 'kino*', 'konsert*', 'rassom*', 'teatr*', 'kutubxona*', 'meros*', 'mehmonxona*', "ommaviy axborot vosita*", "san'at*", 'hunarmand*', "san'atkor*", 'yunesko*', 'ziyorat*', 'spektakl*', 'gastrol*', 'rassomlar*', 'husnixat*', "ko'ngilochar bog'*", "ko'ngilochar park*"],
          weak: ['musiqa*', 'almashinuv*', 'sport*', 'tomoshabin*'],
        },
        'uz-cyrl': {
          strong: ['бадиий кўргазма*', 'асарлар* кўргазма*', 'санъат кўргазма*', 'фотокўргазма*', 'кино анжуман*', 'филмлар* анжуман*', 'филмлари анжуман*', 'туризм+', 'сайёҳ*', 'турист+', 'маданий алмашинув*', 'гуманитар алмашинув*', 'маданий-гуманитар*', 'маданий ҳамкорлик*', 'маданий мерос*', 'фестиваль+', 'музей+', 'диаспора+', 'ўзаро алмашинув йили*', 'корейс маданият*', 'спорт ҳамкорлиг*', 'маданият марказ*', 'филмлар ҳафта*'],
          medium: ['кўргазма*', 'маданий*', 'маданият*', 'гуманитар*', 'ташриф буюрувчи*', 'саёҳат*', 'фильм+', 'кино+', 'концерт+', 'рассом*', 'театр+', 'кутубхона*', 'мерос*', 'меҳмонхона*', 'оммавий ахборот восита*', 'санъат*', 'ҳунарманд*', 'санъаткор*', 'зиёрат*', 'филм*'],
          weak: ['мусиқа*', 'алмашинув*', 'спорт+', 'томошабин*'],
        },
        ko: {
          strong: ['미술 전시', '미술전', '사진전', '작품 전시', '영화 주간', '관광', '여행객', '문화교류', '문화 교류', '인적교류', '인적 교류', '문화협력', '문화 협력', '문화유산', '축제', '박물관', 'k팝', 'k-pop', '케이팝', '한류', 'k-컬처', '상호교류의 해', '문화 행사', '스포츠 교류', '체육 교류', '영화제', '관광객'],
          medium: ['전시회', '고려인 동포', '고려인', '동포', '문화', '인문', '방문객', '영화', '공연', '예술가', '극장', '도서관', '유산', '미디어', '관객', '유네스코', '여행', '서예', '테마파크', '놀이공원'],
          weak: ['호텔', '언론', '예술', '음악', '교류', '스포츠', '드라마'],
        },
      },
    },
    {
      id: 'labor-migration',
      label: 'Labour migration',
      terms: {
        en: {
          strong: ['labor migration', 'labour migration', 'labor migrant*', 'labour migrant*', 'migrant worker*', 'work permit*', 'employment permit*', 'eps', 'e-9', 'remittance*', 'seasonal worker*', 'foreign workers', 'migration agency', 'guest worker*', 'recruitment of workers', 'employment abroad', 'overseas employment', 'work visa*', 'working abroad', 'work abroad', 'seasonal work', 'migrant labor', 'migrant labour'],
          medium: ['migrants', 'migration', 'migrant', 'workers', 'labor market', 'labour market', 'employers', 'recruit*', 'employment program*', 'visa', 'jobs abroad', 'pre-departure', 'undocumented', 'overstay*'],
          weak: ['employment', 'jobs', 'workforce', 'labor', 'labour'],
        },
        ru: {
          strong: ['трудов* миграц*', 'трудов* мигрант*', 'трудящихся-мигрант*', 'разрешени* на работу', 'систем* разрешения на работу', 'денежн* перевод*', 'сезонн* работник*', 'иностранн* работник*', 'агентств* по миграции', 'агентств* внешней трудовой миграции', 'гастарбайтер*', 'трудоустройств* за рубежом', 'трудоустройств* за границ*', 'патент* на работу', 'на заработк*', 'работ* за рубежом', 'работ* за границ*', 'рабоч* виз*', 'выехавш* на работу'],
          medium: ['мигрант*', 'миграц*', 'работник*', 'рын* труда', 'работодател*', 'трудоустройств*', 'виза', 'визы', 'визу', 'визов*', 'трудоустроен*', 'сезонн* работ*'],
          weak: ['занятост*', 'рабоч* мест*', 'рабоч* сил*', 'депорт*'],
        },
        'uz-latn': {
          strong: ['mehnat migratsiya*', 'mehnat migrant*', 'ishlash uchun ruxsat*', 'pul o\'tkazma*', "mavsumiy ishchi*", 'xorijiy ishchi*', 'migratsiya agentlig*', 'tashqi mehnat migratsiya*', 'xorijda ishla*', 'xorijga ishga*', 'chet elda ishla*', 'muhojir*', 'ishlash uchun ket*', 'ish vizasi*', 'mavsumiy ish*', 'xorijga ishlash*'],
          medium: ['migrant*', 'migratsiya*', 'ishchi*', 'mehnat bozor*', 'ish beruvchi*', 'ishga joylash*', 'viza*', 'ishga joylashtiril*'],
          weak: ['bandlik*', "ish o'rin*", 'ishchi kuchi*', 'yurtdosh*', 'kvota*'],
        },
        'uz-cyrl': {
          strong: ['меҳнат миграция*', 'меҳнат мигрант*', 'ишлаш учун рухсат*', 'пул ўтказма*', 'мавсумий ишчи*', 'хорижий ишчи*', 'миграция агентлиг*', 'ташқи меҳнат миграция*', 'хорижда ишла*', 'хорижга ишга*', 'чет элда ишла*', 'муҳожир*', 'ишлаш учун кет*', 'иш визаси*', 'мавсумий иш*'],
          medium: ['мигрантлар*', 'миграция+', 'ишчилар*', 'меҳнат бозор*', 'иш берувчи*', 'ишга жойлаш*', 'виза*'],
          weak: ['бандлик*', 'иш ўрин*', 'ишчи кучи*', 'юртдош*', 'квота*'],
        },
        ko: {
          strong: ['고용허가제', '노동 이주', '노동이주', '이주노동자', '이주 노동자', '외국인 근로자', '외국인근로자', '외국인 노동자', '계절근로자', '계절 근로자', '취업 비자', '해외 취업', '해외취업', '인력 송출', '해외 근로', '취업비자', '외국인력', '외국 인력', '계절노동자'],
          medium: ['송금', '이주민', '이주', '근로자', '노동시장', '노동 시장', '고용주', '비자', '불법체류', '산업연수', '인력난'],
          weak: ['채용', '고용', '일자리', '인력'],
        },
      },
    },
    {
      id: 'diplomacy',
      label: 'Diplomacy and political dialogue',
      terms: {
        en: {
          strong: ['state visit*', 'official visit*', 'summit*', 'strategic partnership', 'joint statement', 'joint declaration', 'intergovernmental', 'heads of state', 'bilateral relations', 'political dialogue', 'talks between', 'cooperation forum', 'bilateral talks', 'two presidents', 'two leaders', 'heads of government'],
          medium: ['negotiations', 'foreign minister*', 'minister of foreign affairs', 'secretary of state', 'ministerial meeting', 'talks', 'head of state', 'treaty', 'diplomacy', 'consultations', 'foreign ministry', 'foreign affairs', 'diplomats', 'partnership agreement', 'held talks', 'head of government', 'working visit*', 'inter-parliamentary', 'interparliamentary'],
          weak: ['visit', 'delegation*', 'bilateral', 'president', 'presidents', 'prime minister', 'partnership', 'leaders', 'relations', 'ties', 'ambassador*', 'embassy', 'visited', 'diplomatic'],
        },
        ru: {
          strong: ['государственн* визит*', 'официальн* визит*', 'саммит*', 'встреч* на высшем уровне', 'стратегическ* партнерств*', 'совместн* заявлени*', 'совместн* декларац*', 'межправительственн*', 'глав* государств*', 'двусторонн* отношени*', 'политическ* диалог*', 'президент* двух стран', 'глав* двух государств', 'лидер* двух стран', 'в узком формате', 'двусторонн* переговор*', 'переговор* на высшем уровне', 'глав* правительств*'],
          medium: ['дипломатическ*', 'переговор*', 'министр* иностранных дел', 'мид', 'меморандум о взаимопонимании', 'договор', 'договора', 'договоров', 'договоре', 'консультаци*', 'дипломат*', 'внешнеполитическ*', 'переговоров президентов', 'межгосударственн*', 'в расширенном составе', 'рабоч* визит*', 'межпарламентск*'],
          weak: ['делегац*', 'двусторонн*', 'президент*', 'премьер-министр*', 'партнерств*', 'лидер*', 'отношени*', 'визит*', 'посетит', 'посетил*', 'посол*', 'посольств*'],
        },
        'uz-latn': {
          strong: ['davlat tashrifi*', 'rasmiy tashrif*', 'sammit*', 'oliy darajadagi uchrashuv*', 'strategik sheriklik*', 'qo\'shma bayonot*', 'qo\'shma deklaratsiya*', 'hukumatlararo*', 'davlat rahbarlari*', 'ikki tomonlama munosabat*', 'siyosiy muloqot*', 'ikki davlat rahbar*', 'ikki mamlakat prezident*', 'oliy darajadagi muzokara*', 'prezidentlar muzokara*', 'hukumat rahbarlari*'],
          medium: ['diplomatik*', 'tashqi ishlar vazir*', 'davlat rahbari*', 'maslahatlashuv*', 'tor doirada*', 'kengaytirilgan tarkib*', 'diplomat*', 'tashqi siyosat*', 'davlatlararo*', 'hukumat rahbari*', 'amaliy tashrif*', 'ishchi tashrif*', 'parlamentlararo*'],
          weak: ['delegatsiya*', 'ikki tomonlama*', 'prezident*', 'bosh vazir*', 'sheriklik*', 'yetakchi*', 'munosabat*', 'muzokara*', 'tashrif*', 'uchrashuv*', 'muloqot*', 'elchi*', 'elchixona*', 'shartnoma*'],
        },
        'uz-cyrl': {
          strong: ['давлат ташрифи*', 'расмий ташриф*', 'саммит+', 'олий даражадаги учрашув*', 'стратегик шериклик*', 'қўшма баёнот*', 'қўшма декларация*', 'ҳукуматлараро*', 'давлат раҳбарлари*', 'икки томонлама муносабат*', 'сиёсий мулоқот*', 'икки давлат раҳбар*', 'икки мамлакат президент*', 'олий даражадаги музокара*', 'президентлар музокара*'],
          medium: ['дипломатик*', 'ташқи ишлар вазир*', 'давлат раҳбари*', 'маслаҳатлашув*', 'тор доирада*', 'кенгайтирилган таркиб*', 'дипломат*', 'ташқи сиёсат*', 'давлатлараро*'],
          weak: ['делегация*', 'икки томонлама*', 'президенти*', 'бош вазир*', 'шериклик*', 'етакчи*', 'муносабат*', 'музокара*', 'ташриф*', 'учрашув*', 'мулоқот*', 'элчи*', 'элчихона*', 'шартнома*'],
        },
        ko: {
          strong: ['국빈 방문', '국빈방문', '공식 방문', '공식방문', '정상회담', '정상회의', '전략적 동반자', '전략적동반자', '공동성명', '공동 성명', '공동선언', '정부간', '정부 간', '정치 대화', '최고위급', '전략협력회의', '양국 정상', '정상 간'],
          medium: ['외교관계', '외교 관계', '외교장관', '외무장관', '순방', '조약', '외교', '회담', '국빈', '수교', '양국 관계', '공동 기자회견', '외교부', '실무 방문', '실무방문', '정부 수반', '의원친선'],
          weak: ['방문', '대사', '협의회', '대표단', '대통령', '총리', '양자', '동반자', '정상', '관계', '대사관'],
        },
      },
    },
    {
      id: 'environment-climate',
      label: 'Environment and climate',
      terms: {
        en: {
          strong: ['climate change', 'emissions', 'greenhouse gas*', 'carbon credit*', 'carbon neutral*', 'decarboni*', 'aral sea', 'waste recycling', 'waste management', 'waste processing', 'recycling', 'landfill*', 'environmental protection', 'water management', 'water resources', 'ecology', 'protected areas', 'biodiversity', 'desertification', 'afforestation', 'air pollution', 'circular economy', 'zero waste', 'waste incineration', 'household waste', 'solid waste', 'saxaul', 'reforestation', 'dust storm*', 'water scarcity', 'water shortage*', 'net zero', 'paris agreement', 'carbon dioxide', 'water-saving', 'water quality', 'wetland*', 'ecological situation', 'ecological problem*', 'environmental problem*', 'environmental issues', 'ecological disaster', 'environmental disaster', 'environmental pollution', 'ecological safety', 'environmental safety', 'ecological crisis', 'environmental impact'],
          medium: ['climate', 'pollution', 'waste', 'carbon', 'green growth', 'wildlife', 'forests', 'water supply', 'wastewater', 'sanitation', 'endangered', 'conservation', 'drought*', 'salinity', 'salinization', 'methane', 'garbage', 'tree planting', 'glacier*', 'emission', 'co2', 'fauna', 'flora', 'animal world', 'nature protection', 'ecological', 'environmental'],
          weak: ['environment', 'sustainable', 'green', 'water', 'nature', 'ecosystem*'],
        },
        ru: {
          strong: ['изменени* климата', 'выбросов', 'выбросы', 'выбросами', 'выбросам', 'парников* газ*', 'углеродн* кредит*', 'углеродн* нейтрал*', 'декарбонизац*', 'аральск* мор*', 'приаралье', 'приаралья', 'переработк* отходов', 'утилизац* отходов', 'обращени* с отходами', 'полигон* отходов', 'охран* окружающей среды', 'водн* ресурс*', 'водопользовани*', 'охраняем* природн* территор*', 'биоразнообрази*', 'опустынивани*', 'лесовосстановлени*', 'загрязнени* воздуха', 'циркулярн* экономик*', 'мусороперерабатыва*', 'тверд* бытов* отход*', 'саксаул*', 'лесопосад*', 'дефицит* воды', 'нехватк* воды', 'водосбережени*', 'пылев* бур*', 'парижск* соглашени*', 'водосберега*', 'углекисл* газ*', 'животн* мир*', 'растительн* мир*', 'охран* природ*', 'качеств* воды', 'водно-болотн* угод*', 'экология', 'экологии', 'экологию', 'экологией', 'экологическ* безопасност*', 'экологическ* проблем*', 'экологическ* ситуаци*', 'экологическ* катастроф*', 'экологическ* обстановк*', 'экологическ* кризис*'],
          medium: ['климат*', 'окружающ* сред*', 'загрязнени*', 'отходов', 'отходы', 'отходами', 'отходам', 'углерод*', 'устойчив* развити*', 'зелен* рост*', 'лесн*', 'водоснабжени*', 'сточн* вод*', 'санитар*', 'исчезающ*', 'свалк*', 'засух*', 'засолен*', 'метана', 'озеленени*', 'посадк* деревьев', 'ледник*', 'мусор', 'мусора', 'мусором', 'мусорн*', 'лесов', 'лесовод*', 'ветланд*', 'экологическ*', 'экологически'],
          weak: ['зелен*', 'вода', 'воды', 'водой', 'природ*', 'экосистем*'],
        },
        'uz-latn': {
          strong: ["iqlim o'zgarish*", 'chiqindilar*', 'issiqxona gaz*', 'karbon kredit*', 'uglerod*', 'orol dengiz*', 'orolbo\'yi*', 'chiqindilarni qayta ishlash*', 'atrof-muhitni muhofaza*', 'suv resurs*', 'suv xo\'jalig*', 'muhofaza etiladigan hudud*', 'biologik xilma-xillik*', "cho'llanish*", "o'rmonzorlashtirish*", 'havoning ifloslan*', 'aylanma iqtisodiyot*', 'saksovul*', 'maishiy chiqindi*', 'yashil makon*', 'suv tanqisligi*', 'suvni tejash*', "chang bo'ron*", 'parij kelishuv*', 'suv tejovchi*', 'suvni tejaydigan*', 'karbonat angidrid*', 'chiqindini qayta ishlash*', 'chiqindi yoqish*', 'hayvonot dunyosi*', 'o\'simlik dunyosi*', 'tabiatni muhofaza*', 'suv sifati*', 'ekologiya*', 'ekologik muammo*', 'ekologik vaziyat*', 'ekologik xavfsizlik*', 'ekologik holat*', 'ekologik falokat*', 'ekologik inqiroz*'],
          medium: ['iqlim+', 'atrof-muhit*', 'ifloslan*', 'barqaror rivojlanish*', 'yashil o\'sish*', 'suv ta\'minot*', 'oqova suv*', "qurg'oqchilik*", "sho'rlan*", 'axlat*', 'daraxt ekish*', "ko'kalamzorlashtir*", 'muzlik*', 'chiqindi+', "o'rmon+", 'suv-botqoq*', 'ekologik*'],
          weak: ['yashil', 'suv+', 'tabiat*', 'metan', 'ekotizim*'],
        },
        'uz-cyrl': {
          strong: ['иқлим ўзгариш*', 'чиқиндилар*', 'иссиқхона газ*', 'карбон кредит*', 'углерод', 'орол денгиз*', 'оролбўйи*', 'чиқиндиларни қайта ишлаш*', 'атроф-муҳитни муҳофаза*', 'сув ресурс*', 'сув хўжалиг*', 'экология+', 'муҳофаза этиладиган ҳудуд*', 'биологик хилма-хиллик*', 'чўлланиш*', 'ўрмонзорлаштириш*', 'ҳавонинг ифлослан*', 'айланма иқтисодиёт*', 'саксовул*', 'маиший чиқинди*', 'яшил макон*', 'сув танқислиги*', 'сувни тежаш*', 'чанг бўрон*', 'париж келишув*', 'сув тежовчи*', 'сувни тежайдиган*', 'карбонат ангидрид*', 'чиқиндини қайта ишлаш*', 'чиқинди ёқиш*', 'ҳайвонот дунёси*', 'ўсимлик дунёси*', 'табиатни муҳофаза*'],
          medium: ['иқлим+', 'атроф-муҳит*', 'ифлослан*', 'барқарор ривожланиш*', 'яшил ўсиш*', 'сув таъминот*', 'оқова сув*', 'қурғоқчилик*', 'шўрлан*', 'ахлат*', 'дарахт экиш*', 'кўкаламзорлаштир*', 'музлик*', 'чиқинди+', 'ўрмон+', 'экологик*'],
          weak: ['яшил', 'сув+', 'табиат*', 'экотизим*'],
        },
        ko: {
          strong: ['기후변화', '기후 변화', '온실가스', '탄소배출권', '탄소 배출권', '탄소중립', '탄소 중립', '아랄해', '폐기물 재활용', '폐기물 처리', '재활용', '매립지', '환경보호', '환경 보호', '수자원', '물관리', '물 관리', '보호구역', '생물다양성', '사막화', '대기오염', '순환경제', '미세먼지', '물 부족', '파리협정', '생활폐기물', '이산화탄소', '야생동물 보호', '자연보호', '동식물 보호', '생태계 보호', '생태계 복원', '생태 보전', '수질', '습지'],
          medium: ['배출', '조림 사업', '기후', '오염', '폐기물', '탄소', '녹색성장', '야생', '산림', '상수도', '하수', '쓰레기', '매립', '가뭄', '나무 심기', '식림', '물 절약', '생태'],
          weak: ['환경', '지속가능', '녹색', '자연'],
        },
      },
    },
  ],
  cues: {
    negative: {
      en: ['scored', 'goalkeeper*', 'striker*', 'midfielder*', 'half-time', 'penalty kick*', 'league table', 'final whistle', 'semifinal*', 'quarterfinal*', 'defeated', 'police', 'arrested', 'detained', 'suspect*', 'murder*', 'robbery', 'fraud', 'sentenced', 'prison', 'criminal case', 'investigators', 'smuggling', 'weather forecast*', 'forecasters', 'temperature*', 'rainfall', 'snowfall', 'heavy rain*', 'degrees celsius', 'accident*', 'crash*', 'injured', 'killed', 'died', 'casualties', 'fire broke'],
      ru: ['забил*', 'вратар*', 'нападающ*', 'полузащитник*', 'матч*', 'турнирн* таблиц*', 'полуфинал*', 'четвертьфинал*', 'обыграл*', 'проиграл*', 'со счетом', 'полиция', 'полиции', 'милиции', 'задержан*', 'арестован*', 'подозреваем*', 'убийств*', 'мошенничеств*', 'приговорил*', 'приговор*', 'лишени* свободы', 'уголовн* дел*', 'контрабанд*', 'прогноз погоды', 'синоптик*', 'температур* воздуха', 'осадк*', 'снегопад*', 'ливн*', 'градус* тепла', 'градус* мороза', 'дтп', 'авари*', 'пострадавш*', 'погибл*', 'погиб', 'погибли', 'пожар*'],
      'uz-latn': ['gol', 'gollar*', 'darvozabon*', 'hujumchi*', "o'yinda", 'hisobida', "mag'lub*", 'yarim final*', 'chorak final*', 'politsiya*', 'militsiya*', 'hibsga*', 'ushlandi', 'gumonlanuvchi*', 'qotillik*', 'firibgarlik*', 'jinoyat ishi*', 'jinoiy ish*', 'jinoiy guruh*', 'qamoq*', 'jabrlanuvchi*', 'sud qarori*', 'sudlan*', 'fosh etil*', 'ozodlikdan mahrum*', 'kontrabanda*', 'ob-havo*', 'sinoptik*', 'havo harorati*', "yog'ingarchilik*", "qor yog'*", "yomg'ir*", 'daraja issiq*', 'daraja sovuq*', "yo'l-transport hodisasi*", 'avtohalokat*', 'halok bo\'l*', 'jarohatlan*', "yong'in*"],
      'uz-cyrl': ['гол', 'голлар*', 'дарвозабон*', 'ҳужумчи*', 'ўйинда', 'ҳисобида', 'мағлуб*', 'ярим финал*', 'чорак финал*', 'полиция*', 'милиция*', 'ҳибсга*', 'ушланди', 'гумонланувчи*', 'қотиллик*', 'фирибгарлик*', 'жиноят иши*', 'жиноий иш*', 'жиноий гуруҳ*', 'қамоқ*', 'жабрланувчи*', 'суд қарори*', 'судлан*', 'фош этил*', 'озодликдан маҳрум*', 'контрабанда*', 'об-ҳаво*', 'синоптик*', 'ҳаво ҳарорати*', 'ёғингарчилик*', 'қор ёғ*', 'ёмғир*', 'даража иссиқ*', 'даража совуқ*', 'йўл-транспорт ҳодисаси*', 'автоҳалокат*', 'ҳалок бўл*', 'жароҳатлан*', 'ёнғин*'],
      ko: ['득점', '골키퍼', '공격수', '미드필더', '결승골', '동점골', '준결승', '8강', '경찰', '체포', '구속', '검찰', '피의자', '용의자', '살인', '사기 혐의', '징역', '기소', '밀수', '일기예보', '기상청', '기온', '강수량', '폭우', '폭설', '영하', '교통사고', '부상자', '사망자', '숨졌', '화재'],
    },
    background: {
      en: ['earlier', 'previously', 'recall that', 'last year', 'in recent years', 'for reference', 'over the years', 'since then', 'in the past', 'to date', 'so far', 'historically'],
      ru: ['ранее', 'напомним', 'как сообщалось', 'в прошлом году', 'для справки', 'за годы', 'за последние годы', 'с тех пор', 'в прошлом', 'на сегодняшний день', 'к настоящему времени', 'в свое время'],
      'uz-latn': ['avvalroq', 'eslatib o\'tamiz', 'ma\'lumot uchun', "o'tgan yili", 'xabar berilgandi', 'qayd etilgandi', 'yillar davomida', "so'nggi yillarda", 'shu vaqtga qadar', 'bugungi kunga qadar', 'ilgari'],
      'uz-cyrl': ['аввалроқ', 'эслатиб ўтамиз', 'маълумот учун', 'ўтган йили', 'хабар берилганди', 'қайд этилганди', 'йиллар давомида', 'сўнгги йилларда', 'шу вақтга қадар', 'бугунги кунга қадар', 'илгари'],
      ko: ['앞서', '지난해', '한편', '참고로', '그동안', '지금까지', '이전에', '과거'],
    },
    event: {
      en: ['signed', 'sign', 'signing', 'agreed', 'agreement*', 'memorandum', 'memorandums', 'launch*', 'build', 'building', 'built', 'construct*', 'established', 'establish', 'opened', 'open', 'will open', 'implement*', 'project*', 'cooperat*', 'joint', 'jointly', 'develop', 'developing', 'plans', 'planned', 'produce*', 'supply', 'expand*', 'commissioned', 'discussed'],
      ru: ['подписал*', 'подписан*', 'подписани*', 'соглашени*', 'меморандум*', 'договорил*', 'запуст*', 'построит*', 'постро*', 'строительств*', 'создани*', 'созда*', 'открыт*', 'открыл*', 'реализ*', 'проект*', 'сотрудничеств*', 'совместн*', 'развити*', 'планиру*', 'производств*', 'поставк*', 'расшир*', 'обсудил*', 'обсуждал*', 'введ*'],
      'uz-latn': ['imzola*', 'kelishuv*', 'kelishib*', 'memorandum*', 'ishga tushir*', 'qurish*', 'quriladi', 'qurilishi*', 'barpo*', 'tashkil et*', 'tashkil qil*', 'ochil*', 'amalga oshir*', 'loyiha*', 'hamkorlik*', 'birgalikda', "qo'shma", 'rivojlantir*', 'rejalashtir*', 'ishlab chiqar*', 'yetkazib ber*', 'kengaytir*', 'muhokama*', "yo'lga qo'y*", "faoliyat yurit*", "faoliyat ko'rsat*", "o'tkazil*"],
      'uz-cyrl': ['имзола*', 'келишув*', 'келишиб*', 'меморандум*', 'ишга тушир*', 'қуриш*', 'қурилади', 'қурилиши*', 'барпо*', 'ташкил эт*', 'ташкил қил*', 'очил*', 'амалга ошир*', 'лойиҳа*', 'ҳамкорлик*', 'биргаликда', 'қўшма', 'ривожлантир*', 'режалаштир*', 'ишлаб чиқар*', 'етказиб бер*', 'кенгайтир*', 'муҳокама*', 'йўлга қўй*', 'фаолият юрит*', 'фаолият кўрсат*', 'ўтказил*'],
      ko: ['체결', '서명', '합의', '협약', '양해각서', '협력', '추진', '건설', '설립', '착공', '준공', '가동', '개최', '출범', '공동', '개발', '생산', '공급', '확대', '논의', '구축', '지원'],
    },
  },
};
