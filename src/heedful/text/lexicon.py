"""Word lists the rule compiler reads: general English and geography, nothing collection-specific."""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "CONTINENTS_REGIONS",
    "COUNTRIES",
    "COUNTRY_ALIASES",
    "COUNTRY_PARTS",
    "DEMONYMS",
    "DOC_DATE_PARTICIPLES",
    "DOC_NOUNS",
    "EVENT_PARTICIPLES",
    "INDUSTRY_WORDS",
    "KIND_MEMBERS",
    "LANGUAGES",
    "META_VERBS",
    "MONTHS",
    "NON_BINDING",
    "NORTH_AMERICAN",
    "NOT_STATES",
    "NUMBER_WORDS",
    "ORDINALS",
    "PLACES",
    "PLACE_CUES",
    "PROVINCES",
    "PUBLICATION_NOUNS",
    "REGION_COUNTRIES",
    "REGION_FORMS",
    "SCALES",
    "STATE_FORMS",
    "STOPWORDS",
    "UNITS",
    "UNIT_OF",
    "UNIT_SIZE",
    "US_STATES",
    "words",
]


def words(text: str) -> list[str]:
    """Whitespace-separated words; keeps long word lists readable in source."""
    return text.split()


MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozen": 12, "single": 1, "a dozen": 12, "a hundred": 100,
    "a thousand": 1000, "a million": 1_000_000, "a billion": 1_000_000_000,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
SCALES: dict[str, int] = {
    "thousand": 1000, "k": 1000, "million": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
}

# canonical unit -> surface forms (lower case)
UNITS: dict[str, tuple[str, ...]] = {
    "m": ("m", "metre", "metres", "meter", "meters"),
    "km": ("km", "kilometre", "kilometres", "kilometer", "kilometers"),
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "ft": ("ft", "feet", "foot"),
    "in": ("inches", "inch"),
    "mi": ("mi", "mile", "miles"),
    "kg": ("kg", "kilogram", "kilograms", "kilos"),
    "g": ("grams", "gram"),
    "lb": ("lb", "lbs", "pound", "pounds"),
    "t": ("tonnes", "tons", "tonne", "ton"),
    "%": ("%", "percent", "per cent"),
    "km2": ("km2", "km²", "square kilometres", "square kilometers", "sq km"),
    "mi2": ("square miles", "sq mi"),
    "ha": ("hectares", "hectare", "ha"),
    "acres": ("acres", "acre"),
    "mph": ("mph",),
    "km/h": ("km/h", "kph"),
    "MW": ("mw", "megawatts", "megawatt"),
    "years": ("years", "year", "yrs"),
    "months": ("months", "month"),
    "days": ("days", "day"),
    "hours": ("hours", "hour"),
    "minutes": ("minutes", "minute", "min"),
    "seconds": ("seconds", "second", "sec"),
    "USD": ("dollars", "dollar", "usd", "us dollars"),
    "EUR": ("euros", "euro", "eur"),
    "GBP": ("pounds sterling", "gbp"),
}
UNIT_OF: dict[str, str] = {form: canon for canon, forms in UNITS.items() for form in forms}
# canonical unit -> (dimension, size in that dimension's base unit): a length in miles compares with
# one in kilometres
UNIT_SIZE: dict[str, tuple[str, float]] = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
    "ft": ("length", 0.3048), "in": ("length", 0.0254), "mi": ("length", 1609.344),
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "lb": ("mass", 0.45359237), "t": ("mass", 1000.0),
    "km2": ("area", 1e6), "mi2": ("area", 2589988.110336), "ha": ("area", 1e4), "acres": ("area", 4046.8564224),
    "mph": ("speed", 0.44704), "km/h": ("speed", 1 / 3.6),
    "years": ("time", 365.25 * 86400), "months": ("time", 365.25 * 86400 / 12), "days": ("time", 86400.0),
    "hours": ("time", 3600.0), "minutes": ("time", 60.0), "seconds": ("time", 1.0),
}

STOPWORDS = frozenset(
    words(
        "a an the and or nor but if of to in on at by for from with without into onto about over "
        "under as is are was were be been being am do does did done has have had having it its it's "
        "this that these those there their they them he she his her him i me my we our us you your "
        "which who whom whose what when where why how than then so such not no only also any some all "
        "each every either neither both other others another more most less least much many very just "
        "even still too can could may might must shall should will would own same one s t"
    )
)

# Words about the retrieval unit itself; stripped from criterion texts.
DOC_NOUNS = frozenset(
    words(
        "paragraph paragraphs passage passages document documents doc docs article articles page "
        "pages text texts result results hit hits entry entries item items snippet "
        "snippets post posts story stories report reports piece pieces source sources content "
        "contents news chunk chunks section sections answer answers"
    )
)
# Nouns that name the published unit; "articles from CNN" points at a source, not a place.
PUBLICATION_NOUNS = frozenset(
    words(
        "article articles document documents page pages post posts story stories report reports news "
        "coverage piece pieces item items result results source sources paper papers blog blogs tweet "
        "tweets"
    )
)
META_VERBS = {
    "says": "", "say": "", "said": "", "states": "", "state": "", "stated": "", "reports": "",
    "report": "", "reported": "", "claims": "", "indicates": "", "notes": "", "mentions": "",
    "identifies": "identified", "identify": "identified", "describes": "described",
    "describe": "described", "names": "named", "name": "named", "dates": "dated", "date": "dated",
    "places": "placed", "place": "placed", "lists": "listed", "list": "listed", "calls": "called",
    "call": "called", "labels": "labelled", "classifies": "classified", "shows": "shown",
    "presents": "presented", "characterizes": "characterized", "characterises": "characterised",
    "refers": "referred", "credits": "credited", "attributes": "attributed", "gives": "",
    "give": "", "provides": "", "specifies": "",
}

# Nouns naming an event a year or date belongs to ("birth year", "release date", "year of founding").
EVENT_NOUNS = frozenset(
    words(
        "birth death release founding foundation establishment formation publication completion "
        "construction opening closure closing premiere debut launch election retirement marriage "
        "discovery recording incorporation demolition dissolution inauguration"
    )
)
# Participles that bind a time expression to an event of the entity ("born before 1920").
EVENT_PARTICIPLES = frozenset(
    words(
        "born died killed released built founded formed established opened closed created made "
        "written produced recorded launched introduced constructed elected appointed won married "
        "signed issued published posted dated updated filed aired broadcast premiered debuted "
        "discovered described named completed demolished destroyed started begun began ended finished "
        "designed developed invented manufactured merged acquired sold bought renamed abolished "
        "dissolved disbanded retired drafted hired fired inaugurated enacted passed adopted ratified "
        "occurred happened held fought signed serialized serialised discontinued ceased defunct "
        "dating dates date incorporated registered listed certified awarded nominated released "
        "recorded erected rebuilt restored excavated first"
    )
)
# Participles about the document's own date: these can map to a date field of the collection.
DOC_DATE_PARTICIPLES = frozenset(
    words(
        "published posted dated updated filed uploaded written issued released created modified"
    )
)
# -ed adjectives that do not bind a time expression ("interested in 1990").
NON_BINDING = frozenset(
    words(
        "interested focused focussed concerned limited restricted related devoted dedicated confined"
    )
)

# Verbs/prepositions whose object is a place.
PLACE_CUES = (
    "based in", "based out of", "located in", "located at", "situated in", "headquartered in",
    "born in", "raised in", "native to", "endemic to", "indigenous to", "found in", "grown in",
    "grow in", "grows in", "growing in", "lives in", "live in", "living in", "resident in",
    "residing in", "set in", "filmed in", "formed in", "founded in", "built in", "held in",
    "played in", "from", "in the state of", "in the province of", "in the country of",
    "in the city of", "in the region of", "within", "in", "across", "throughout",
)

CONTINENTS_REGIONS = (
    "Africa", "Asia", "Europe", "North America", "South America", "Central America",
    "Latin America", "Oceania", "Antarctica", "Australasia", "the Middle East", "Middle East",
    "Scandinavia", "the Caribbean", "Caribbean", "the Balkans", "Balkans", "the Baltics",
    "Southeast Asia", "East Asia", "South Asia", "Central Asia", "Western Europe",
    "Eastern Europe", "Northern Europe", "Southern Europe", "Central Europe", "West Africa",
    "East Africa", "North Africa", "Southern Africa", "the Pacific", "Polynesia", "Micronesia",
    "Melanesia", "Siberia", "Patagonia", "New England", "the Midwest", "Midwest",
    "the Pacific Northwest", "Pacific Northwest", "the Deep South", "Iberia", "the Andes",
    "the Himalayas", "the Alps", "the Arctic", "Arctic", "Mainland China", "Hong Kong", "Macau",
)
NORTH_AMERICAN = {"North America": ("North American",), "South America": ("South American",),
                  "Central America": ("Central American",), "Latin America": ("Latin American",),
                  "Europe": ("European",), "Asia": ("Asian",), "Africa": ("African",),
                  "Scandinavia": ("Scandinavian",), "Middle East": ("Middle Eastern",),
                  "Caribbean": ("Caribbean",), "Oceania": ("Oceanian",)}

#: region -> the countries (keys of COUNTRIES) in it, for tables that store countries: "European
#: companies" is a country column IN these. Transcontinental countries are listed where they are
#: usually counted (Russia and Turkey in Europe and in Asia).
_EUROPE = (
    "Albania", "Andorra", "Austria", "Belarus", "Belgium", "Bosnia and Herzegovina", "Bulgaria", "Croatia",
    "Cyprus", "Czech Republic", "Czechia", "Denmark", "England", "Estonia", "Finland", "France", "Germany",
    "Great Britain", "Greece", "Holland", "Hungary", "Iceland", "Ireland", "Italy", "Kosovo", "Latvia",
    "Liechtenstein", "Lithuania", "Luxembourg", "Malta", "Moldova", "Monaco", "Montenegro", "Netherlands",
    "North Macedonia", "Northern Ireland", "Norway", "Poland", "Portugal", "Romania", "Russia", "Scotland",
    "Serbia", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland", "Turkey", "Ukraine",
    "United Kingdom", "Wales",
)
_ASIA = (
    "Afghanistan", "Armenia", "Azerbaijan", "Bahrain", "Bangladesh", "Bhutan", "Brunei", "Burma", "Cambodia",
    "China", "Georgia", "India", "Indonesia", "Iran", "Iraq", "Israel", "Japan", "Jordan", "Kazakhstan",
    "Korea", "Kuwait", "Kyrgyzstan", "Laos", "Lebanon", "Malaysia", "Maldives", "Mongolia", "Myanmar",
    "Nepal", "North Korea", "Oman", "Pakistan", "Palestine", "Philippines", "Qatar", "Russia",
    "Saudi Arabia", "Singapore", "South Korea", "Sri Lanka", "Syria", "Taiwan", "Tajikistan", "Thailand",
    "Turkey", "Turkmenistan", "United Arab Emirates", "Uzbekistan", "Vietnam", "Yemen",
)
_AFRICA = (
    "Algeria", "Angola", "Benin", "Botswana", "Burkina Faso", "Burundi", "Cameroon", "Chad", "Congo", "Egypt",
    "Eritrea", "Ethiopia", "Gabon", "Gambia", "Ghana", "Guinea", "Ivory Coast", "Kenya", "Liberia", "Libya",
    "Madagascar", "Malawi", "Mali", "Mauritania", "Mauritius", "Morocco", "Mozambique", "Namibia", "Niger",
    "Nigeria", "Rwanda", "Senegal", "Sierra Leone", "Somalia", "South Africa", "Sudan", "Tanzania", "Togo",
    "Tunisia", "Uganda", "Zambia", "Zimbabwe",
)
_NORTH_AMERICA = (
    "Bahamas", "Barbados", "Belize", "Canada", "Costa Rica", "Cuba", "Dominican Republic", "El Salvador",
    "Guatemala", "Haiti", "Honduras", "Jamaica", "Mexico", "Nicaragua", "Panama", "Puerto Rico",
    "Trinidad and Tobago", "United States",
)
_SOUTH_AMERICA = ("Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Ecuador", "Guyana", "Paraguay", "Peru",
                  "Suriname", "Uruguay", "Venezuela")
REGION_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Europe": _EUROPE, "Asia": _ASIA, "Africa": _AFRICA, "North America": _NORTH_AMERICA,
    "South America": _SOUTH_AMERICA,
    "Latin America": (*_SOUTH_AMERICA, "Mexico", "Guatemala", "Honduras", "El Salvador", "Nicaragua",
                      "Costa Rica", "Panama", "Cuba", "Dominican Republic", "Puerto Rico"),
    "Central America": ("Belize", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama"),
    "Oceania": ("Australia", "New Zealand", "Fiji", "Papua New Guinea"),
    "Scandinavia": ("Denmark", "Norway", "Sweden"),
    "Middle East": ("Bahrain", "Egypt", "Iran", "Iraq", "Israel", "Jordan", "Kuwait", "Lebanon", "Oman",
                    "Palestine", "Qatar", "Saudi Arabia", "Syria", "Turkey", "United Arab Emirates", "Yemen"),
    "Nordic countries": ("Denmark", "Finland", "Iceland", "Norway", "Sweden"),
    # the member states since 2020 (the United Kingdom left that year)
    "European Union": ("Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czech Republic", "Czechia",
                       "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Holland", "Hungary",
                       "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Poland",
                       "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden"),
}
#: an industry, as a one-word category may store it -> other words for the same firms ("banks" for
#: finance); words that also mean something else ("power", "store", "chain", "game") are left out
INDUSTRY_WORDS: dict[str, tuple[str, ...]] = {
    "finance": ("bank", "banks", "banking", "lender", "lenders", "insurer", "insurers", "fintech", "fintechs"),
    "retail": ("retailer", "retailers", "shops", "supermarkets", "supermarket"),
    "energy": ("utilities", "oil", "renewables"),
    "health": ("healthcare", "pharma", "pharmaceutical", "pharmaceuticals", "hospitals", "medical", "biotech"),
    "software": ("saas",),
    "logistics": ("shipping", "freight", "couriers", "haulage", "haulier", "hauliers"),
    "food": ("foods", "grocery", "groceries", "beverages"),
    "robotics": ("robot", "robots", "automation"),
    "gaming": ("videogames",),
    "telecom": ("telecoms", "telecommunications"),
    "automotive": ("carmaker", "carmakers", "automaker", "automakers"),
}
#: region -> the other words for it ("European", "the Nordics")
REGION_FORMS: dict[str, tuple[str, ...]] = {**NORTH_AMERICAN, "Nordic countries": ("Nordics", "Nordic"),
                                             "European Union": ("EU",)}

# country -> demonyms
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",), "Albania": ("Albanian",), "Algeria": ("Algerian",),
    "Andorra": ("Andorran",), "Angola": ("Angolan",), "Argentina": ("Argentine", "Argentinian"),
    "Armenia": ("Armenian",), "Australia": ("Australian",), "Austria": ("Austrian",),
    "Azerbaijan": ("Azerbaijani",), "Bahamas": ("Bahamian",), "Bahrain": ("Bahraini",),
    "Bangladesh": ("Bangladeshi",), "Barbados": ("Barbadian",), "Belarus": ("Belarusian",),
    "Belgium": ("Belgian",), "Belize": ("Belizean",), "Benin": ("Beninese",), "Bhutan": ("Bhutanese",),
    "Bolivia": ("Bolivian",), "Bosnia and Herzegovina": ("Bosnian",), "Botswana": ("Botswanan",),
    "Brazil": ("Brazilian",), "Brunei": ("Bruneian",), "Bulgaria": ("Bulgarian",),
    "Burkina Faso": ("Burkinabe",), "Burundi": ("Burundian",), "Cambodia": ("Cambodian",),
    "Cameroon": ("Cameroonian",), "Canada": ("Canadian",), "Chad": ("Chadian",), "Chile": ("Chilean",),
    "China": ("Chinese",), "Colombia": ("Colombian",), "Congo": ("Congolese",),
    "Costa Rica": ("Costa Rican",), "Croatia": ("Croatian",), "Cuba": ("Cuban",),
    "Cyprus": ("Cypriot",), "Czech Republic": ("Czech",), "Czechia": ("Czech",),
    "Czechoslovakia": ("Czechoslovak",), "Denmark": ("Danish",),
    "Dominican Republic": ("Dominican",), "Ecuador": ("Ecuadorian",), "Egypt": ("Egyptian",),
    "El Salvador": ("Salvadoran",), "England": ("English",), "Eritrea": ("Eritrean",),
    "Estonia": ("Estonian",), "Ethiopia": ("Ethiopian",), "Fiji": ("Fijian",),
    "Finland": ("Finnish",), "France": ("French",), "Gabon": ("Gabonese",), "Gambia": ("Gambian",),
    "Georgia": ("Georgian",), "Germany": ("German",), "Ghana": ("Ghanaian",),
    "Great Britain": ("British",), "Greece": ("Greek",), "Guatemala": ("Guatemalan",),
    "Guinea": ("Guinean",), "Guyana": ("Guyanese",), "Haiti": ("Haitian",),
    "Honduras": ("Honduran",), "Hungary": ("Hungarian",), "Iceland": ("Icelandic",),
    "India": ("Indian",), "Indonesia": ("Indonesian",), "Iran": ("Iranian",), "Iraq": ("Iraqi",),
    "Ireland": ("Irish",), "Israel": ("Israeli",), "Italy": ("Italian",), "Ivory Coast": ("Ivorian",),
    "Jamaica": ("Jamaican",), "Japan": ("Japanese",), "Jordan": ("Jordanian",),
    "Kazakhstan": ("Kazakh",), "Kenya": ("Kenyan",), "Korea": ("Korean",), "Kosovo": ("Kosovar",),
    "Kuwait": ("Kuwaiti",), "Kyrgyzstan": ("Kyrgyz",), "Laos": ("Laotian",), "Latvia": ("Latvian",),
    "Lebanon": ("Lebanese",), "Liberia": ("Liberian",), "Libya": ("Libyan",),
    "Liechtenstein": ("Liechtensteiner",), "Lithuania": ("Lithuanian",),
    "Luxembourg": ("Luxembourgish",), "Madagascar": ("Malagasy",), "Malawi": ("Malawian",),
    "Malaysia": ("Malaysian",), "Maldives": ("Maldivian",), "Mali": ("Malian",), "Malta": ("Maltese",),
    "Mauritania": ("Mauritanian",), "Mauritius": ("Mauritian",), "Mexico": ("Mexican",),
    "Moldova": ("Moldovan",), "Monaco": ("Monegasque",), "Mongolia": ("Mongolian",),
    "Montenegro": ("Montenegrin",), "Morocco": ("Moroccan",), "Mozambique": ("Mozambican",),
    "Myanmar": ("Burmese",), "Burma": ("Burmese",), "Namibia": ("Namibian",), "Nepal": ("Nepali", "Nepalese"),
    "Netherlands": ("Dutch",), "Holland": ("Dutch",), "New Zealand": ("New Zealander",),
    "Nicaragua": ("Nicaraguan",), "Niger": ("Nigerien",), "Nigeria": ("Nigerian",),
    "North Korea": ("North Korean",), "North Macedonia": ("Macedonian",), "Norway": ("Norwegian",),
    "Oman": ("Omani",), "Pakistan": ("Pakistani",), "Palestine": ("Palestinian",),
    "Panama": ("Panamanian",), "Papua New Guinea": ("Papua New Guinean",), "Paraguay": ("Paraguayan",),
    "Peru": ("Peruvian",), "Philippines": ("Filipino", "Philippine"), "Poland": ("Polish",),
    "Portugal": ("Portuguese",), "Puerto Rico": ("Puerto Rican",), "Qatar": ("Qatari",),
    "Romania": ("Romanian",), "Russia": ("Russian",), "Rwanda": ("Rwandan",),
    "Saudi Arabia": ("Saudi",), "Scotland": ("Scottish", "Scots"), "Senegal": ("Senegalese",),
    "Serbia": ("Serbian",), "Sierra Leone": ("Sierra Leonean",), "Singapore": ("Singaporean",),
    "Slovakia": ("Slovak",), "Slovenia": ("Slovenian", "Slovene"), "Somalia": ("Somali",),
    "South Africa": ("South African",), "South Korea": ("South Korean",), "Soviet Union": ("Soviet",),
    "Spain": ("Spanish",), "Sri Lanka": ("Sri Lankan",), "Sudan": ("Sudanese",),
    "Suriname": ("Surinamese",), "Sweden": ("Swedish",), "Switzerland": ("Swiss",),
    "Syria": ("Syrian",), "Taiwan": ("Taiwanese",), "Tajikistan": ("Tajik",),
    "Tanzania": ("Tanzanian",), "Thailand": ("Thai",), "Tibet": ("Tibetan",), "Togo": ("Togolese",),
    "Trinidad and Tobago": ("Trinidadian",), "Tunisia": ("Tunisian",), "Turkey": ("Turkish",),
    "Turkmenistan": ("Turkmen",), "Uganda": ("Ugandan",), "Ukraine": ("Ukrainian",),
    "United Arab Emirates": ("Emirati",), "United Kingdom": ("British",),
    "United States": ("American",), "Uruguay": ("Uruguayan",), "Uzbekistan": ("Uzbek",),
    "Venezuela": ("Venezuelan",), "Vietnam": ("Vietnamese",), "Wales": ("Welsh",),
    "Yemen": ("Yemeni",), "Yugoslavia": ("Yugoslav",), "Zambia": ("Zambian",),
    "Zimbabwe": ("Zimbabwean",), "Northern Ireland": ("Northern Irish",),
    "Prussia": ("Prussian",), "Persia": ("Persian",), "Ottoman Empire": ("Ottoman",),
    "Quebec": ("Quebecer", "Quebecois"), "Texas": ("Texan",), "California": ("Californian",),
    "Hawaii": ("Hawaiian",), "Bavaria": ("Bavarian",), "Catalonia": ("Catalan",),
    "Flanders": ("Flemish",), "Sicily": ("Sicilian",), "Sardinia": ("Sardinian",),
    "Corsica": ("Corsican",), "Crimea": ("Crimean",), "Brittany": ("Breton",),
}
COUNTRY_ALIASES: dict[str, str] = {
    "USA": "United States", "U.S.": "United States", "U.S.A.": "United States", "US": "United States",
    "the United States": "United States", "the US": "United States", "the USA": "United States",
    "America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "the United Kingdom": "United Kingdom", "the UK": "United Kingdom", "Britain": "Great Britain",
    "the Netherlands": "Netherlands", "the Philippines": "Philippines", "the Czech Republic": "Czech Republic",
    "the Soviet Union": "Soviet Union", "USSR": "Soviet Union", "the USSR": "Soviet Union",
    "the former Czechoslovakia": "Czechoslovakia", "the Bahamas": "Bahamas",
    "the Dominican Republic": "Dominican Republic", "the Gambia": "Gambia",
    "the Maldives": "Maldives", "the UAE": "United Arab Emirates", "UAE": "United Arab Emirates",
}

US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
)
PROVINCES = (
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Labrador",
    "Nova Scotia", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon", "Nunavut",
    "Northwest Territories", "New South Wales", "Victoria", "Queensland", "Tasmania",
    "Western Australia", "South Australia", "Northern Territory", "England", "Scotland", "Wales",
    "Northern Ireland", "Bavaria", "Catalonia", "Andalusia", "Lombardy", "Tuscany", "Sicily",
)

# A country -> its states, provinces and constituent countries, read as "in the country" ("a
# festival in Ohio" is in the United States). Names that are often something else (Georgia,
# Washington, Virginia, Victoria) are left out: a mention of them proves nothing.
_AMBIGUOUS_PARTS = frozenset(("Georgia", "Washington", "Virginia", "Victoria"))
COUNTRY_PARTS: dict[str, tuple[str, ...]] = {
    "United States": tuple(p for p in US_STATES if p not in _AMBIGUOUS_PARTS) + ("Washington, D.C.", "New York City"),
    "Canada": PROVINCES[:14],
    "Australia": tuple(p for p in PROVINCES[14:21] if p not in _AMBIGUOUS_PARTS),
    "United Kingdom": ("England", "Scotland", "Wales", "Northern Ireland"),
    "Germany": ("Bavaria",),
    "Spain": ("Catalonia", "Andalusia"),
    "Italy": ("Lombardy", "Tuscany", "Sicily"),
}

# An umbrella kind -> the kinds a lead may call its subject instead ("Skip places" covers "X is a
# village"); general English, for the words instructions use to rule out whole families of pages.
KIND_MEMBERS: dict[str, frozenset[str]] = {
    "place": frozenset(words(
        "city town village hamlet county district municipality region province state country island suburb "
        "neighbourhood neighborhood commune parish settlement borough prefecture township capital")),
    "company": frozenset(words(
        "company corporation firm conglomerate manufacturer retailer chain subsidiary carrier airline bank "
        "publisher label studio brand")),
    "organization": frozenset(words(
        "organization organisation association society union agency company corporation club party charity "
        "foundation institute federation league council")),
    "building": frozenset(words(
        "building skyscraper tower house mansion church cathedral chapel temple mosque hotel station stadium "
        "arena museum castle palace hall theatre theater hospital school library")),
    "event": frozenset(words(
        "event battle war festival tournament race championship election ceremony conference concert match "
        "competition siege campaign")),
    "work": frozenset(words(
        "work film album song single book novel play opera painting poem series episode sculpture")),
    "aircraft": frozenset(words(
        "aircraft airplane aeroplane biplane monoplane triplane airliner bomber glider seaplane floatplane "
        "helicopter airship")),
    # the units a state is divided into ("an administrative division", "only the country's divisions")
    "administrative division": frozenset(words(
        "division subdivision county district municipality prefecture province region state township town "
        "city village commune parish borough canton banner subdistrict oblast raion")),
}
KIND_MEMBERS["organisation"] = KIND_MEMBERS["organization"]

# Demonym -> place; built from the tables above.
DEMONYMS: dict[str, str] = {}
for _country, _dems in COUNTRIES.items():
    for _d in _dems:
        DEMONYMS.setdefault(_d, _country)
for _region, _dems in NORTH_AMERICAN.items():
    for _d in _dems:
        DEMONYMS.setdefault(_d, _region)

PLACES: frozenset[str] = frozenset(
    [*COUNTRIES, *COUNTRY_ALIASES, *US_STATES, *PROVINCES, *CONTINENTS_REGIONS]
)

LANGUAGES = frozenset(
    words(
        "English French German Spanish Italian Portuguese Dutch Russian Chinese Japanese Korean "
        "Arabic Hindi Swedish Norwegian Danish Finnish Polish Czech Greek Turkish Hebrew Persian "
        "Latin"
    )
)

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    words(
        "e.g i.e etc vs cf al approx ca c mr mrs ms dr prof st mt ft jr sr inc ltd co corp bros no "
        "nos fig figs gen col lt sgt capt rev hon gov sen rep pres jan feb mar apr jun jul aug sep "
        "sept oct nov dec est dept univ assn ave blvd vol vols ed eds pp p op ch sec incl excl resp "
        "viz"
    )
)

# Words for the state of a thing ("abandoned", "closed", "filled in", "defunct") -> other forms a
# passage may use for the same state ("closure"). A passage saying any of them says the state.
STATE_FORMS: dict[str, tuple[str, ...]] = {
    "abandoned": ("abandonment",), "closed": ("closure",), "closed down": ("closure",),
    "shut": ("shutdown",), "shut down": ("shutdown",), "demolished": ("demolition",),
    "dissolved": ("dissolution",), "disbanded": ("disbandment",), "discontinued": ("discontinuation",),
    "decommissioned": ("decommissioning",), "cancelled": ("canceled", "cancellation"),
    "canceled": ("cancelled", "cancellation"), "destroyed": ("destruction",), "filled in": ("infilled",),
    "extinct": ("extinction",), "bankrupt": ("bankruptcy",), "retired": ("retirement",),
    "merged": ("merger",), "acquired": ("acquisition",), "relocated": ("relocation",),
    "suspended": ("suspension",), "withdrawn": ("withdrawal",), "replaced": ("replacement",),
    "defunct": (), "derelict": (), "disused": (), "dormant": (), "inactive": (), "obsolete": (),
    "ruined": (), "razed": (), "folded": (), "ceased": (), "sunk": (), "scrapped": (), "flooded": (),
    "drained": (), "torn down": (), "broken up": ("broke up", "breakup", "break-up", "breaking up"),
    "broke up": ("broken up", "breakup", "break-up", "breaking up"), "split up": ("splitting up", "breakup", "break-up"),
    "split": ("split up", "splitting up", "breakup", "break-up"), "vacant": (), "unused": (), "closed off": (),
    "filled": (), "buried": (), "renamed": (), "sold": (), "banned": (), "deprecated": (),
    "rebuilt": (), "burnt": ("burned",), "burned": ("burnt",), "burned down": (), "burnt down": (),
    "sold off": (), "wound up": (), "taken over": ("takeover",), "bought out": ("buyout",),
    "overgrown": (), "struck off": (), "laid up": (), "mothballed": (),
}
# -ed words that are not a state of the thing itself ("based in", "called", "used as").
NOT_STATES = frozenset(
    words(
        "based located situated called named known considered described listed interested related "
        "involved concerned focused dedicated devoted aimed intended used needed required wanted "
        "included excluded allowed accepted supposed expected scheduled rated ranked credited "
        "attributed published released featured mentioned dated recorded reported stated noted "
        "presented defined classified designated regarded referred labelled labeled tagged placed "
        "associated connected linked composed comprised formed created founded built made produced "
        "developed written directed owned operated run managed led followed preceded"
    )
)
