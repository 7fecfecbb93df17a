//! Closed word classes of general news English that no package ships:
//! titles, honorifics, role and organisation nouns, name suffixes, function
//! words, number words, units and hedges. They describe how news copy is
//! written, not any particular article, and are kept short on purpose.
//! Places, demonyms and currencies come from the generated gazetteers.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Honorifics: a following capitalised word is a person's name.
#[rustfmt::skip]
pub const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
    "Rev", "Reverend", "Fr", "Father", "Sister", "Brother", "Sheikh", "Rabbi", "Imam",
];

/// Titles and offices written before a name (`President Putin`,
/// `Foreign Minister Ri`). Abbreviated military/political ranks included.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "President", "Vice", "Premier", "Prime", "Minister", "Secretary", "Chancellor", "Governor",
    "Mayor", "Gov", "Lt-Gov", "Senator", "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Speaker",
    "Ambassador", "Envoy", "Commissioner", "Councillor", "Councilor", "Coun", "Cllr", "Judge",
    "Justice", "Magistrate", "Prosecutor", "Attorney", "King", "Queen", "Prince", "Princess",
    "Emperor", "Empress", "Pope", "Cardinal", "Archbishop", "Bishop", "Ayatollah", "Chairman",
    "Chairwoman", "Chairperson", "Chair", "Chief", "Director", "Executive", "CEO", "CFO", "COO",
    "Officer", "Head", "Leader", "Spokesman", "Spokeswoman", "Spokesperson", "Deputy", "Acting",
    "Assistant", "Associate", "General", "Gen", "Lieutenant", "Lt", "Colonel", "Col", "Major",
    "Maj", "Captain", "Capt", "Sergeant", "Sgt", "Corporal", "Cpl", "Private", "Pte", "Admiral",
    "Adm", "Commander", "Cmdr", "Marshal", "Brigadier", "Inspector", "Detective", "Superintendent",
    "Constable", "Sheriff", "Officer", "Coach", "Manager", "Founder", "Co-founder",
    "President-elect", "Mayor-elect", "Chief-of-staff", "Cabinet", "State", "Foreign", "Defence",
    "Defense", "Interior", "Finance", "Health", "Justice", "Trade", "Transport", "Education",
    "Energy", "Environment", "Economy", "Labour", "Labor", "Home", "Agriculture", "Federal",
    "Regional", "Provincial", "National", "Supreme", "Grand", "Crown", "Police", "Fire", "District",
    "County", "City", "Operations", "Communications", "Technology", "Financial", "Operating",
    "Managing", "Senior", "Junior", "First", "Lady", "Sheikh", "Party", "Opposition", "Mr", "Prof",
    "Dr", "Clerk", "Treasurer", "Auditor", "Comptroller", "Councilman", "Councilwoman", "Alderman",
    // Sports positions written before a player's name (`Saints RB Pierre Thomas`).
    "QB", "RB", "WR", "TE", "LB", "CB", "NT", "DT", "FB", "GM", "Quarterback", "Pitcher",
    "Goalkeeper", "Striker", "Midfielder", "Defender",
];

/// Title words that are offices on their own (as opposed to modifiers such
/// as `Foreign` or `Deputy`): one must be present for a title prefix.
#[rustfmt::skip]
pub const TITLE_HEADS: &[&str] = &[
    "President", "Premier", "Minister", "Secretary", "Chancellor", "Governor", "Mayor", "Senator",
    "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Speaker", "Ambassador",
    "Envoy", "Commissioner", "Councillor", "Councilor", "Coun", "Cllr", "Judge", "Justice",
    "Magistrate", "Prosecutor", "Attorney", "King", "Queen", "Prince", "Princess", "Emperor",
    "Empress", "Pope", "Cardinal", "Archbishop", "Bishop", "Ayatollah", "Chairman", "Chairwoman",
    "Chairperson", "Director", "Executive", "CEO", "CFO", "COO", "Officer", "Spokesman",
    "Spokeswoman", "Spokesperson", "General", "Gen", "Lieutenant", "Lt", "Colonel", "Col", "Major",
    "Maj", "Captain", "Capt", "Sergeant", "Sgt", "Corporal", "Cpl", "Admiral", "Adm", "Commander",
    "Cmdr", "Marshal", "Brigadier", "Inspector", "Detective", "Superintendent", "Constable",
    "Sheriff", "Coach", "Manager", "Founder", "Co-founder", "President-elect", "Mayor-elect",
    "Leader", "Head", "Chief", "Gov", "Deputy", "Clerk", "Treasurer", "Auditor", "Comptroller",
    "Councilman", "Councilwoman", "Alderman", "QB", "RB", "WR", "TE", "LB", "CB", "NT", "DT", "FB",
    "GM", "Quarterback", "Pitcher", "Goalkeeper", "Striker", "Midfielder", "Defender",
];

/// Second words of ministries and offices inside a title
/// (`Minister of Foreign Affairs`), and title modifiers (`Former`).
#[rustfmt::skip]
pub const DEPARTMENT_WORDS: &[&str] = &[
    "Affairs", "Security", "Development", "Services", "Relations", "Commerce", "Industry",
    "Culture", "Tourism", "Sports", "Welfare", "Infrastructure", "Works", "Planning", "Housing",
    "Information", "Immigration", "Fisheries", "Resources", "Public", "Social", "Homeland",
    "Treasury", "Veterans", "External", "Former", "Ex", "Elect", "General", "Staff",
];

/// Lowercase role nouns: before a name they mark a person (`coach Renato
/// Ferraro`); as a descriptor head after `the` they refer to a person.
#[rustfmt::skip]
pub const PERSON_ROLES: &[&str] = &[
    "president", "minister", "secretary", "chancellor", "premier", "governor", "mayor", "senator",
    "lawmaker", "legislator", "congressman", "congresswoman", "ambassador", "envoy", "diplomat",
    "commissioner", "councillor", "councilor", "judge", "justice", "prosecutor", "lawyer",
    "attorney", "king", "queen", "prince", "princess", "pope", "bishop", "priest", "chairman",
    "chairwoman", "chair", "chief", "director", "executive", "ceo", "officer", "official",
    "spokesman", "spokeswoman", "spokesperson", "general", "colonel", "captain", "commander",
    "inspector", "detective", "sheriff", "coach", "manager", "founder", "leader", "head", "actor",
    "actress", "singer", "rapper", "musician", "star", "player", "striker", "goalkeeper",
    "champion", "athlete", "author", "writer", "novelist", "journalist", "reporter",
    "correspondent", "editor", "analyst", "economist", "professor", "scientist", "researcher",
    "expert", "doctor", "surgeon", "nurse", "paramedic", "teacher", "student", "suspect",
    "defendant", "victim", "witness", "survivor", "driver", "pilot", "engineer", "candidate",
    "incumbent", "challenger", "winner", "runner-up", "opponent", "rival", "businessman",
    "businesswoman", "billionaire", "entrepreneur", "investor", "tycoon", "activist", "campaigner",
    "volunteer", "resident", "farmer", "worker", "employee", "owner", "curator", "director-general",
    "vice-president", "deputy", "aide", "adviser", "advisor", "negotiator", "mediator", "boss",
    "chief executive", "man", "woman", "boy", "girl", "mother", "father", "son", "daughter",
    "husband", "wife", "widow", "veteran", "prisoner", "soldier", "policeman", "officer", "guard",
    "president-elect", "mayor-elect", "premier-elect", "spokesman", "prime minister", "manager",
    "grandmother", "grandfather", "teenager", "couple", "pianist", "artist", "painter", "designer",
    "producer", "filmmaker", "comedian", "model", "dancer", "presenter", "host", "chef",
    // People in crime, accident and disaster copy, usually unnamed.
    "gunman", "shooter", "attacker", "assailant", "thief", "robber", "burglar", "pirate",
    "kidnapper", "hostage", "bomber", "militant", "rebel", "insurgent", "protester", "protestor",
    "demonstrator", "rioter", "inmate", "escapee", "fugitive", "convict", "passenger", "pedestrian",
    "cyclist", "motorist", "bystander", "firefighter", "rescuer", "sailor", "fisherman", "patient",
    "tourist", "visitor", "customer", "cop", "trooper", "agent", "investigator", "juror",
    "plaintiff", "child", "baby", "person", "relative", "friend", "neighbour", "neighbor",
    "colleague", "co-worker", "coworker", "staffer", "contractor", "member", "fan", "voter",
    "sister", "brother", "mom", "dad", "grandson", "granddaughter", "niece", "nephew", "aunt",
    "uncle", "cousin", "girlfriend", "boyfriend", "fiance", "fiancee", "mobster",
    // Occupations and standing.
    "accountant", "technician", "receptionist", "publicist", "coroner", "climber", "swimmer",
    "boxer", "fighter", "runner", "golfer", "skater", "quarterback", "rookie", "teammate",
    "referee", "celebrity", "personality", "heir", "nominee", "appointee", "mathematician",
    "loser", "underdog", "source", "rep", "emcee", "scorer", "mum", "receiver", "client", "criminal", "ex-girlfriend",
    "ex-boyfriend", "ex-wife", "ex-husband", "second-in-command", "stepfather", "stepmother",
    "stepson", "stepdaughter", "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law",
    "teen", "youth", "killer", "murderer", "offender", "molester", "trustee", "villager",
    "organizer", "organiser", "godfather", "mafioso", "robber", "raider", "looter", "smuggler",
];

/// Nationality nouns that differ from the adjective the gazetteer lists
/// (`a Swede` but `Swedish`), with their country.
#[rustfmt::skip]
const DEMONYM_NOUNS: &[(&str, &str)] = &[
    ("Swede", "Sweden"), ("Dane", "Denmark"), ("Finn", "Finland"), ("Pole", "Poland"),
    ("Turk", "Turkey"), ("Briton", "United Kingdom"), ("Brit", "United Kingdom"),
    ("Scot", "United Kingdom"), ("Englishman", "United Kingdom"), ("Englishwoman", "United Kingdom"),
    ("Welshman", "United Kingdom"), ("Irishman", "Ireland"), ("Irishwoman", "Ireland"),
    ("Frenchman", "France"), ("Frenchwoman", "France"), ("Dutchman", "Netherlands"),
    ("Dutchwoman", "Netherlands"), ("Spaniard", "Spain"), ("Icelander", "Iceland"),
    ("Luxembourger", "Luxembourg"), ("New Zealander", "New Zealand"), ("Kiwi", "New Zealand"),
    ("Filipino", "Philippines"), ("Filipina", "Philippines"), ("Thai", "Thailand"),
];

pub fn demonym_noun(w: &str) -> Option<&'static str> {
    static M: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| DEMONYM_NOUNS.iter().copied().collect())
        .get(w)
        .copied()
}

/// Role nouns that state a sex (`the actress`, `the chairman`).
#[rustfmt::skip]
const FEMALE_ROLES: &[&str] = &[
    "actress", "woman", "girl", "mother", "daughter", "wife", "widow", "chairwoman", "spokeswoman",
    "businesswoman", "congresswoman", "queen", "princess", "empress", "grandmother", "sister",
    "niece", "aunt", "heiress", "waitress", "hostess", "policewoman", "sportswoman", "Frenchwoman",
];
#[rustfmt::skip]
const MALE_ROLES: &[&str] = &[
    "actor", "man", "boy", "father", "son", "husband", "widower", "chairman", "spokesman",
    "businessman", "congressman", "king", "prince", "emperor", "grandfather", "brother", "nephew",
    "uncle", "policeman", "sportsman", "Frenchman", "Englishman", "Irishman", "Dutchman", "Welshman",
];

/// `m` or `f` for a role noun that states a sex.
pub fn role_gender(w: &str) -> Option<char> {
    static F: OnceLock<HashMap<&'static str, ()>> = OnceLock::new();
    static M: OnceLock<HashMap<&'static str, ()>> = OnceLock::new();
    if F.get_or_init(|| set(FEMALE_ROLES)).contains_key(w) {
        Some('f')
    } else if M.get_or_init(|| set(MALE_ROLES)).contains_key(w) {
        Some('m')
    } else {
        None
    }
}

/// Person nouns that often refer to someone the article never names (`the
/// man`, `the victim`): a description with one of these heads is linked
/// only on explicit evidence (apposition, a title, an age), never by
/// salience.
#[rustfmt::skip]
pub const ANONYMOUS_ROLES: &[&str] = &[
    "man", "woman", "boy", "girl", "couple", "teenager", "resident", "worker", "employee", "victim",
    "suspect", "witness", "survivor", "prisoner", "soldier", "guard", "volunteer", "official",
    "officer", "policeman", "driver", "passenger", "student", "child", "mother", "father", "son",
    "daughter", "husband", "wife", "widow", "brother", "sister", "source", "spokesman",
    "spokeswoman", "spokesperson", "aide", "gunman", "attacker", "defendant", "owner", "farmer",
    "nurse", "doctor", "pilot", "engineer", "expert", "analyst", "reporter", "journalist",
    "shooter", "attacker", "assailant", "thief", "robber", "burglar", "pirate", "kidnapper",
    "hostage", "bomber", "militant", "protester", "protestor", "demonstrator", "rioter", "inmate",
    "fugitive", "passenger", "pedestrian", "cyclist", "motorist", "bystander", "firefighter",
    "rescuer", "patient", "tourist", "visitor", "customer", "cop", "trooper", "agent",
    "investigator", "juror", "child", "baby", "person", "relative", "friend", "neighbour",
    "neighbor", "colleague", "co-worker", "coworker", "staffer", "contractor", "member", "fan",
    "voter", "mom", "dad", "accountant", "technician", "receptionist", "teen", "youth", "killer",
    "murderer", "offender", "villager", "raider", "looter", "smuggler",
    // Roles relative to someone else in the story: the other side.
    "challenger", "opponent", "rival", "runner-up", "loser", "underdog",
];

/// People who comment on a story rather than take part in it (`a source`,
/// `the spokesman`): never the one named participant by default.
#[rustfmt::skip]
pub const COMMENTATOR_ROLES: &[&str] = &[
    "source", "spokesman", "spokeswoman", "spokesperson", "official", "expert", "analyst",
    "reporter", "journalist", "witness", "neighbour", "neighbor", "friend", "relative", "colleague",
    "aide", "agent", "investigator", "rep", "representative", "publicist", "lawyer", "attorney",
];

/// Facility nouns general enough to stand for the article's main facility
/// (`the facility`, `the centre`); `the hospital` needs its word in the name.
#[rustfmt::skip]
pub const GENERIC_FAC_NOUNS: &[&str] = &[
    "facility", "center", "centre", "rehab", "site", "building", "compound", "venue", "premises",
];

/// Words a care or treatment facility's name may drop or add without
/// naming another place: `Betty Ford`, `Betty Ford Center`, `Betty Ford
/// Treatment Center`; `Morningside`, `Morningside Recovery`.
#[rustfmt::skip]
pub const FACILITY_NAME_WORDS: &[&str] = &[
    "center", "centre", "clinic", "treatment", "recovery", "rehab", "rehabilitation", "facility",
];

/// Nouns a place name before them says where someone lives or comes from
/// (`a Schenectady man`, `a California native`).
#[rustfmt::skip]
pub const RESIDENT_NOUNS: &[&str] = &[
    "man", "woman", "boy", "girl", "teen", "teenager", "resident", "residents", "native", "couple",
    "family", "mother", "father", "grandmother", "grandfather", "men", "women",
];

/// Nouns for a work or its makers that a quoted title stands beside (`the
/// “Twilight” sequel`, `“Mean Girls” star`).
#[rustfmt::skip]
pub const WORK_NOUNS: &[&str] = &[
    "film", "films", "movie", "movies", "sequel", "sequels", "prequel", "series", "show", "shows",
    "book", "books", "novel", "novels", "album", "albums", "song", "songs", "single", "play",
    "musical", "franchise", "saga", "trilogy", "episode", "documentary", "opera", "programme",
    "program", "author", "star", "stars", "director", "host", "actress", "actor", "creator",
    "producer", "novelist", "singer",
];

/// Last words of a news outlet's name (`MW News`, `The Herald`): outlets
/// are credited first in copy without being what it is about.
#[rustfmt::skip]
pub const OUTLET_WORDS: &[&str] = &[
    "news", "times", "post", "journal", "press", "herald", "tribune", "gazette", "radio",
    "television", "tv", "daily", "telegraph", "guardian", "observer", "chronicle", "wire",
    "reuters", "ap", "afp", "bbc", "cnn",
];

/// Organisation nouns that may stand for the article's main company or
/// team (`the company`, `the carrier`, `the side`); other organisation
/// nouns (`the police`, `the government`) usually mean an institution the
/// article does not name.
#[rustfmt::skip]
pub const GENERIC_ORG_NOUNS: &[&str] = &[
    "company", "firm", "carrier", "airline", "operator", "group", "lender", "insurer", "maker",
    "manufacturer", "retailer", "chain", "conglomerate", "startup", "broadcaster", "publisher",
    "utility", "club", "team", "side", "squad", "organisation", "organization", "railway", "network",
    "brand", "bank", "charity", "giant", "wholesaler",
];

/// Nouns heading a definite description of an organisation (`the company`).
#[rustfmt::skip]
pub const ORG_NOUNS: &[&str] = &[
    "company", "firm", "carrier", "airline", "operator", "group", "government", "administration",
    "ministry", "department", "agency", "office", "authority", "regulator", "court", "tribunal",
    "police", "army", "military", "navy", "party", "council", "committee", "commission", "board",
    "bank", "lender", "insurer", "university", "college", "school", "club", "team", "side", "squad",
    "union", "league", "federation", "association", "organisation", "organization", "institute",
    "observatory", "foundation", "charity", "network", "broadcaster", "newspaper", "publisher",
    "manufacturer", "maker", "retailer", "chain", "conglomerate", "startup", "unit", "regime",
    "parliament", "legislature", "senate", "cabinet", "coalition", "alliance", "bloc", "consortium",
    "prosecution", "railway", "utility", "watchdog", "brand", "studio", "authorities", "magazine",
    "website", "channel", "giant", "wholesaler", "congress",
];

/// Nouns heading a definite description of a place.
#[rustfmt::skip]
pub const GPE_NOUNS: &[&str] = &[
    "city", "country", "town", "capital", "village", "province", "state", "nation", "county",
    "municipality", "republic", "kingdom", "island nation", "port city", "district",
];

/// Nouns heading a definite description of a facility.
#[rustfmt::skip]
pub const FAC_NOUNS: &[&str] = &[
    "hospital", "museum", "airport", "station", "stadium", "arena", "prison", "jail", "building",
    "bridge", "plant", "factory", "mine", "hotel", "clinic", "gallery", "school", "embassy",
    "palace", "venue", "facility", "site", "compound", "base", "rehab", "center", "centre",
    "store", "shop", "restaurant", "church", "mosque", "temple", "home", "house", "apartment",
    "residence", "courthouse", "warehouse", "bar", "nightclub", "camp", "supermarket", "mall",
    "boutique", "showroom", "dealership", "hut", "cabin", "cell", "headquarters", "branch",
    "terminal", "port", "harbour", "harbor", "dam", "tower", "tunnel", "barracks", "shelter",
    // Parts of a building where something happens (`fired from a rooftop`).
    "room", "rooftop", "roof", "window", "lobby", "basement", "hallway", "garage", "resort",
];

/// Nouns heading a description of a natural place or a stretch of ground
/// (`the island`, `the scene`, `the streets`).
#[rustfmt::skip]
pub const LOC_NOUNS: &[&str] = &[
    "island", "region", "area", "mountain", "peak", "ridge", "valley", "coast", "sea", "ocean",
    "river", "lake", "street", "avenue", "road", "highway", "freeway", "motorway", "neighbourhood",
    "neighborhood", "scene", "border", "desert", "forest", "beach", "glacier", "volcano", "gulf",
    "bay", "strait", "peninsula", "territory", "zone",
];

/// Nouns heading a description of an object an event involves: vehicles,
/// weapons, software, valuables, works and documents (`the SUV`, `the
/// patch`, `the agreement`).
#[rustfmt::skip]
pub const PRODUCT_NOUNS: &[&str] = &[
    "car", "vehicle", "suv", "truck", "lorry", "van", "bus", "taxi", "motorcycle", "train",
    "locomotive", "carriage", "plane", "aircraft", "airliner", "jet", "helicopter", "drone", "ship",
    "boat", "vessel", "ferry", "warship", "frigate", "tanker", "submarine", "yacht", "gun", "rifle",
    "pistol", "handgun", "shotgun", "weapon", "firearm", "bomb", "explosive", "missile", "rocket",
    "knife", "patch", "update", "fix", "flaw", "bug", "vulnerability", "exploit", "malware",
    "software", "browser", "app", "phone", "smartphone", "laptop", "computer", "server", "cable",
    "jewellery", "jewelry", "jewel", "painting", "artwork", "sculpture", "diamond", "film", "movie",
    "sequel", "album", "book", "novel", "song", "law", "bill", "rule", "regulation", "treaty",
    "agreement", "accord", "contract", "deal", "report", "document", "letter",
    // What a contest is for (`retained his titles`, `clinched a playoff berth`).
    "title", "belt", "crown", "trophy", "medal", "berth",
];

/// Nouns that name a particular institution or place without an article:
/// `police said`, `checked into rehab`, `sent to prison`.
#[rustfmt::skip]
pub const BARE_NOUNS: &[&str] = &["police", "authorities", "rehab", "prison", "jail", "parliament", "congress"];

/// Mass nouns for things an event involves, used without an article
/// (`grabbed jewellery`, `stole cash`).
#[rustfmt::skip]
pub const MASS_NOUNS: &[&str] = &["jewellery", "jewelry", "cash", "software", "malware", "equipment"];

/// Last words that make a capitalised name an organisation.
#[rustfmt::skip]
pub const ORG_SUFFIXES: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "Plc", "PLC", "AG", "SA", "NV", "GmbH",
    "Co", "Co.", "Company", "Companies", "Corporation", "Group", "Holdings", "Bank", "Fund",
    "Trust", "University", "College", "Institute", "Academy", "School", "Agency", "Ministry",
    "Department", "Office", "Bureau", "Council", "Committee", "Commission", "Board", "Authority",
    "Party", "Army", "Navy", "Force", "Forces", "Guard", "Police", "Service", "Services", "Court",
    "Union", "Association", "Federation", "Foundation", "Society", "League", "Club", "Team",
    "Airlines", "Airline", "Airways", "Air", "Railways", "Railway", "Rail", "Motors", "Times",
    "News", "Post", "Journal", "Press", "Herald", "Tribune", "Gazette", "Network", "Broadcasting",
    "Television", "Radio", "Media", "Studios", "Records", "Pictures", "Technologies", "Technology",
    "Systems", "Labs", "Laboratories", "Energy", "Oil", "Petroleum", "Pharmaceuticals", "Health",
    "Healthcare", "Insurance", "Capital", "Partners", "Industries", "International", "Organisation",
    "Organization", "Assembly", "Parliament", "Congress", "Senate", "Cabinet", "Administration",
    "Government", "Observatory", "Unit", "Command", "Coalition", "Alliance", "Movement", "Front",
    "Brigade", "Brigades", "Corps", "Directorate", "Secretariat", "Programme", "Program", "Centre",
    "Center", "Exchange", "Reserve", "Bloc", "Association", "Workers", "Network", "Cooperative",
    "Telecom", "Mobile", "Electric", "Steel", "Motor", "Pharma", "Bancorp", "Ventures",
    "Entertainment",
];

/// Words that start an organisation name before `of` (`Bank of England`).
#[rustfmt::skip]
pub const ORG_HEADS: &[&str] = &[
    "Bank", "University", "Ministry", "Department", "Office", "Council", "Commission", "Court",
    "Institute", "Association", "Federation", "Union", "League", "Board", "Organisation",
    "Organization", "College", "Academy", "Church", "Order", "House", "Chamber", "Party", "Bureau",
    "Agency", "Fund", "Society", "Committee", "Federal", "National",
];

/// Last words that make a name a facility.
#[rustfmt::skip]
pub const FAC_SUFFIXES: &[&str] = &[
    "Airport", "Station", "Bridge", "Stadium", "Arena", "Tower", "Towers", "Building", "Hall",
    "Palace", "Museum", "Gallery", "Hospital", "Clinic", "Prison", "Jail", "Penitentiary", "Hotel",
    "Church", "Cathedral", "Mosque", "Temple", "Synagogue", "Street", "St", "Road", "Rd", "Avenue",
    "Ave", "Boulevard", "Highway", "Motorway", "Freeway", "Expressway", "Square", "Plaza", "Mall",
    "Dam", "Port", "Harbour", "Harbor", "Terminal", "Base", "Plant", "Mine", "Theatre", "Theater",
    "Library", "Courthouse", "Embassy", "Consulate", "Centre", "Center", "Field", "Park", "Pier",
    "Tunnel", "Lane", "Drive", "Way",
];

/// Last (or first) words that make a name a natural location.
#[rustfmt::skip]
pub const LOC_SUFFIXES: &[&str] = &[
    "River", "Lake", "Mountain", "Mountains", "Mount", "Mt", "Valley", "Sea", "Ocean", "Gulf",
    "Bay", "Island", "Islands", "Peninsula", "Desert", "Coast", "Strait", "Straits", "Basin",
    "Glacier", "Volcano", "Canyon", "Forest", "Plateau", "Plain", "Plains", "Delta", "Falls",
    "Reef", "Cape", "Hills", "Range", "Ridge", "Fjord", "Region", "Highlands", "Lowlands",
    "Archipelago", "Channel", "Sound", "Creek", "Beach",
];

/// Last words that make a name a political place.
#[rustfmt::skip]
pub const GPE_SUFFIXES: &[&str] = &[
    "City", "County", "Province", "State", "States", "District", "Republic", "Kingdom", "Emirates",
    "Territory", "Oblast", "Prefecture", "Municipality", "Borough", "Township", "Parish",
    "Governorate",
];

/// Words that make a name an event.
#[rustfmt::skip]
pub const EVENT_WORDS: &[&str] = &[
    "War", "Olympics", "Olympic", "Games", "Cup", "Championship", "Championships", "Open", "Summit",
    "Festival", "Conference", "Election", "Elections", "Revolution", "Crisis", "Hurricane",
    "Typhoon", "Cyclone", "Storm", "Earthquake", "Prix", "Marathon", "Expo", "Forum", "Series",
    "Bowl", "Tournament", "Finals", "Congress", "Uprising", "Massacre", "Genocide", "Pandemic",
    "Awards", "Oscars", "Emmys", "Grammys", "Globes",
];

/// Connectors allowed inside a multi-word name.
#[rustfmt::skip]
pub const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "and", "&", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des",
    "van", "von", "der", "den", "ter", "la", "le", "el", "al", "bin", "ibn", "y", "on", "the",
    "upon",
];

/// Capitalised words that are not names: holidays (dates, not entities) and
/// common nouns house styles capitalise.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "Christmas", "Easter", "Thanksgiving", "Ramadan", "Eid", "Halloween", "Hanukkah", "Diwali",
    "Passover", "Lent", "God", "OK", "TV", "AM", "PM", "Mother's",
];

/// Common nouns house styles capitalise: not a name alone, but the first
/// word of one (`Internet Explorer`, `Web Summit`).
pub const CAPITALISED_COMMON_NOUNS: &[&str] = &["Internet", "Web"];

/// Company legal forms, folded: not part of a company's name
/// (`Microsoft Corp.` is Microsoft). Also among [`ORG_SUFFIXES`].
#[rustfmt::skip]
pub const LEGAL_FORMS: &[&str] = &[
    "inc", "corp", "corporation", "ltd", "limited", "llc", "plc", "ag", "sa", "nv", "gmbh", "co",
    "incorporated",
];

/// Nouns for a dead person's body: after a possessive they are that person
/// (`his body`, `LaRue's remains`).
pub const REMAINS_NOUNS: &[&str] = &["body", "remains", "corpse"];

/// Words that state what someone is or becomes (`DeGeneres as host`,
/// `she became president`), lowercase.
pub const ROLE_LINKS: &[&str] = &["as", "became", "becomes", "become"];

/// AP-style US state abbreviations (`Malibu, Calif.`) → state.
#[rustfmt::skip]
pub const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Ala", "Alabama"), ("Ariz", "Arizona"), ("Ark", "Arkansas"), ("Calif", "California"),
    ("Colo", "Colorado"), ("Conn", "Connecticut"), ("Del", "Delaware"), ("Fla", "Florida"),
    ("Ga", "Georgia"), ("Ill", "Illinois"), ("Ind", "Indiana"), ("Kan", "Kansas"),
    ("Ky", "Kentucky"), ("La", "Louisiana"), ("Md", "Maryland"), ("Mass", "Massachusetts"),
    ("Mich", "Michigan"), ("Minn", "Minnesota"), ("Miss", "Mississippi"), ("Mo", "Missouri"),
    ("Mont", "Montana"), ("Neb", "Nebraska"), ("Nev", "Nevada"), ("N.H", "New Hampshire"),
    ("N.J", "New Jersey"), ("N.M", "New Mexico"), ("N.Y", "New York"), ("N.C", "North Carolina"),
    ("N.D", "North Dakota"), ("Okla", "Oklahoma"), ("Ore", "Oregon"), ("Pa", "Pennsylvania"),
    ("R.I", "Rhode Island"), ("S.C", "South Carolina"), ("S.D", "South Dakota"),
    ("Tenn", "Tennessee"), ("Vt", "Vermont"), ("Va", "Virginia"), ("Wash", "Washington"),
    ("W.Va", "West Virginia"), ("Wis", "Wisconsin"), ("Wyo", "Wyoming"),
    ("D.C", "Washington, D.C."),
];

/// Function words and common sentence openers: capitalised, they are not names.
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I",
    "You", "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "If",
    "When", "While", "Where", "What", "Which", "Who", "Whom", "Whose", "Why", "How", "In", "On",
    "At", "By", "For", "From", "To", "With", "Without", "Of", "As", "After", "Before", "During",
    "Since", "Until", "Although", "Though", "Because", "However", "Meanwhile", "There", "Here",
    "Then", "Now", "Also", "Still", "Some", "Many", "Most", "All", "Both", "Each", "Every", "Other",
    "Another", "Such", "No", "Not", "Yes", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
    "Eight", "Nine", "Ten", "Is", "Are", "Was", "Were", "Be", "Has", "Have", "Had", "Do",
    "Does", "Did", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Over",
    "Under", "About", "Against", "Between", "Among", "Into", "Through", "Across", "Despite", "Amid",
    "Like", "Unlike", "Once", "Even", "Just", "Only", "Already", "Earlier", "Later", "Last", "Next",
    "First", "Asked", "According", "Read", "Watch", "Photo", "Video", "Updated", "Posted",
    "Published", "Image", "Caption", "File", "Editing", "Reporting", "Writing", "Additional",
    "Sources", "Source", "Note", "Update", "Breaking", "Live", "Exclusive", "Whether", "Whatever",
    "Whenever", "Unless", "Instead", "Perhaps", "Indeed", "Yesterday", "Today", "Tomorrow",
    "Thanks", "Besides", "Nor", "Neither", "Either", "Analysis", "Opinion", "Comment", "Good",
    "Here", "Please", "More", "Less", "Police", "Officials", "Authorities", "Residents", "Rescue",
    "Rescuers", "Investigators", "Witnesses", "Experts", "Critics", "Supporters", "Protesters",
    "Several", "Few", "Two-thirds", "Half", "Nearly", "Almost", "About", "Around", "Roughly",
    "Some", "Up", "Down", "Out", "Off", "Let", "Don't", "It's", "That's", "There's", "We're", "I'm",
    "Oh", "Well",
];

/// Months, and the abbreviations news style uses.
#[rustfmt::skip]
pub const MONTHS: &[(&str, u8)] = &[
    ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6),
    ("July", 7), ("August", 8), ("September", 9), ("October", 10), ("November", 11),
    ("December", 12), ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7),
    ("Aug", 8), ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
];

/// Weekdays, Monday = 0.
#[rustfmt::skip]
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("Monday", 0), ("Tuesday", 1), ("Wednesday", 2), ("Thursday", 3), ("Friday", 4),
    ("Saturday", 5), ("Sunday", 6), ("Mon", 0), ("Tue", 1), ("Tues", 1), ("Wed", 2), ("Thu", 3),
    ("Thur", 3), ("Thurs", 3), ("Fri", 4), ("Sat", 5), ("Sun", 6),
];

/// Abbreviations that keep their dot (compared without the dot).
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
    "Cpl", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Fr", "Coun", "Cllr", "Pres", "Supt", "Insp",
    "Det", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Inc", "Corp", "Ltd",
    "Co", "Bros", "No", "vs", "etc", "approx", "est", "Mt", "Ave", "Rd", "Blvd", "Ft", "Pte",
    "Dept", "Univ", "Assn", "am", "pm", "a.m", "p.m", "U.S", "U.K", "U.N", "E.U", "Ala", "Ariz",
    "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "Md", "Mass", "Mich",
    "Minn", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
    "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "R.I", "S.C", "S.D", "D.C",
];

pub fn state_abbreviation(w: &str) -> Option<&'static str> {
    let b = w.strip_suffix('.')?;
    STATE_ABBREVIATIONS.iter().find(|(a, _)| *a == b).map(|&(_, s)| s)
}

/// Boilerplate line openings (compared case-insensitively).
#[rustfmt::skip]
pub const BOILERPLATE_PREFIXES: &[&str] = &[
    "Click here", "Comments are closed", "Sign up for", "Sign up to", "Subscribe to",
    "Subscribe now", "Advertisement", "ADVERTISEMENT", "Share this", "Share on", "Read more",
    "Read also", "Related:", "Related articles", "Follow us", "Like us on", "All rights reserved",
    "Copyright", "Download our app", "Leave a comment", "Log in to", "Tap here", "This article was",
    "Newsletter", "Skip to content", "Cookie", "Support our journalism",
];

/// Cardinal number words.
#[rustfmt::skip]
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0),
    ("six", 6.0), ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0), ("eleven", 11.0),
    ("twelve", 12.0), ("thirteen", 13.0), ("fourteen", 14.0), ("fifteen", 15.0), ("sixteen", 16.0),
    ("seventeen", 17.0), ("eighteen", 18.0), ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0),
    ("forty", 40.0), ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0),
    ("ninety", 90.0), ("hundred", 100.0), ("dozen", 12.0), ("a", 1.0), ("an", 1.0), ("single", 1.0),
    ("couple", 2.0),
];

/// Scale words multiply the number before them.
#[rustfmt::skip]
pub const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
    ("k", 1e3), ("m", 1e6), ("mn", 1e6), ("bn", 1e9), ("b", 1e9), ("tn", 1e12), ("dozen", 12.0),
];

/// Fraction words.
#[rustfmt::skip]
pub const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5), ("quarter", 0.25), ("quarters", 0.25), ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0), ("fifth", 0.2), ("fifths", 0.2), ("tenth", 0.1),
];

fn set(words: &'static [&'static str]) -> HashMap<&'static str, ()> {
    words.iter().map(|w| (*w, ())).collect()
}

macro_rules! word_set {
    ($fn:ident, $list:expr) => {
        pub fn $fn(w: &str) -> bool {
            static S: OnceLock<HashMap<&'static str, ()>> = OnceLock::new();
            S.get_or_init(|| set($list)).contains_key(w)
        }
    };
}

word_set!(is_honorific_bare, HONORIFICS);
word_set!(is_title_bare, TITLES);
word_set!(is_title_head_bare, TITLE_HEADS);
word_set!(is_person_role, PERSON_ROLES);
word_set!(is_org_noun, ORG_NOUNS);
word_set!(is_gpe_noun, GPE_NOUNS);
word_set!(is_fac_noun, FAC_NOUNS);
word_set!(is_loc_noun, LOC_NOUNS);
word_set!(is_mass_noun, MASS_NOUNS);
word_set!(is_anonymous_role, ANONYMOUS_ROLES);
word_set!(is_commentator_role, COMMENTATOR_ROLES);
word_set!(is_generic_fac_noun, GENERIC_FAC_NOUNS);
word_set!(is_facility_name_word, FACILITY_NAME_WORDS);
word_set!(is_outlet_word, OUTLET_WORDS);
word_set!(is_work_noun, WORK_NOUNS);
word_set!(is_resident_noun, RESIDENT_NOUNS);
word_set!(is_generic_org_noun, GENERIC_ORG_NOUNS);
word_set!(is_bare_noun, BARE_NOUNS);
word_set!(is_product_noun, PRODUCT_NOUNS);
word_set!(is_org_suffix, ORG_SUFFIXES);
word_set!(is_org_head, ORG_HEADS);
word_set!(is_fac_suffix, FAC_SUFFIXES);
word_set!(is_loc_suffix, LOC_SUFFIXES);
word_set!(is_gpe_suffix, GPE_SUFFIXES);
word_set!(is_event_word, EVENT_WORDS);
word_set!(is_connector, NAME_CONNECTORS);
word_set!(is_function_word, FUNCTION_WORDS);
word_set!(is_not_name, NOT_NAMES);
word_set!(is_capitalised_common_noun, CAPITALISED_COMMON_NOUNS);
word_set!(is_legal_form, LEGAL_FORMS);
word_set!(is_remains_noun, REMAINS_NOUNS);
word_set!(is_role_link, ROLE_LINKS);
word_set!(is_department, DEPARTMENT_WORDS);
word_set!(is_abbreviation_bare, ABBREVIATIONS);

fn bare(w: &str) -> &str {
    w.strip_suffix('.').unwrap_or(w)
}

pub fn is_abbreviation(w: &str) -> bool {
    is_abbreviation_bare(bare(w))
}
pub fn is_honorific(w: &str) -> bool {
    is_honorific_bare(bare(w))
}
pub fn is_title(w: &str) -> bool {
    is_title_bare(bare(w))
}
pub fn is_title_head(w: &str) -> bool {
    is_title_head_bare(bare(w))
}

/// Abbreviations that precede a name and so never end a sentence.
pub fn is_title_abbreviation(w: &str) -> bool {
    let b = bare(w);
    is_honorific_bare(b) || is_title_bare(b) || month(b).is_some()
}

fn table(list: &'static [(&'static str, u8)]) -> HashMap<&'static str, u8> {
    list.iter().copied().collect()
}

pub fn month(w: &str) -> Option<u8> {
    static M: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    M.get_or_init(|| table(MONTHS)).get(bare(w)).copied()
}

pub fn weekday(w: &str) -> Option<u8> {
    static M: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    M.get_or_init(|| table(WEEKDAYS)).get(bare(w)).copied()
}

/// ASCII-lowercase `w` into `buf` without allocating; `None` if it does
/// not fit (long words are never in the closed classes tested with this).
pub fn lower<'b>(w: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Lowercase words that can begin a value (numbers, fractions, hedges,
/// relative days, clock words, currency words, `a`/`an`): everything else
/// is skipped without further parsing.
#[rustfmt::skip]
pub const VALUE_STARTERS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "dozen", "a", "an", "single", "couple", "half", "quarter", "quarters", "third", "thirds",
    "more", "fewer", "less", "at", "no", "up", "as", "upwards", "just", "close", "nearly", "almost",
    "about", "around", "approximately", "roughly", "some", "approx", "over", "under", "below",
    "above", "yesterday", "today", "tomorrow", "noon", "midday", "midnight",
];

pub fn is_value_starter(lower: &str) -> bool {
    static S: OnceLock<HashMap<&'static str, ()>> = OnceLock::new();
    S.get_or_init(|| set(VALUE_STARTERS)).contains_key(lower)
}

/// The singular of a regular or common irregular English plural noun, or
/// `None` when `w` does not look plural (`officers` → `officer`, `men` →
/// `man`, `thieves` → `thief`, `people` → `person`).
pub fn singular(w: &str) -> Option<String> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("men", "man"),
        ("women", "woman"),
        ("people", "person"),
        ("children", "child"),
        ("policemen", "policeman"),
        ("gunmen", "gunman"),
        ("businessmen", "businessman"),
        ("spokesmen", "spokesman"),
        ("chairmen", "chairman"),
        ("fishermen", "fisherman"),
        ("firemen", "fireman"),
        ("thieves", "thief"),
        ("wives", "wife"),
        ("widows", "widow"),
    ];
    if let Some((_, s)) = IRREGULAR.iter().find(|(p, _)| *p == w) {
        return Some((*s).to_string());
    }
    if w.len() < 4 || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("us") {
        return None;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    if let Some(stem) = w.strip_suffix("es")
        && (stem.ends_with("ch") || stem.ends_with("sh") || stem.ends_with('x') || stem.ends_with("ss"))
    {
        return Some(stem.to_string());
    }
    Some(w[..w.len() - 1].to_string())
}
