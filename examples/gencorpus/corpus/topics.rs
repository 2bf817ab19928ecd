//! The story kinds of the synthetic corpus: for each, headlines, the facts every outlet may
//! report (each in two or three wordings), quotes, background sentences, the roles of its
//! people (with the synonyms outlets use) and its figures. Written for this generator; slots
//! in braces are filled per story (`{A}` a person's full name, `{As}` the surname, `{Ar}` the
//! role, `{C1}`/`{C1a}` a country and its adjective, `{N1}` a count, `{M1}` money, `{P1}` a
//! percentage, `{D1}` the event's date as a phrase such as `on Sunday`, `{D2}` a later date).

/// How a figure is drawn and written.
#[derive(Debug, Clone, Copy)]
pub enum Figure {
    /// A count from `lo` to `hi` in steps of `step`, written with thousands separators.
    Count(u64, u64, u64),
    /// Money in millions of dollars, from `lo` to `hi`.
    Money(u64, u64),
    /// A whole percentage from `lo` to `hi`.
    Percent(u64, u64),
    /// A year from `lo` to `hi`.
    Year(u64, u64),
}

/// One kind of story.
#[derive(Debug)]
pub struct Topic {
    /// Headline templates (no final period).
    pub headlines: &'static [&'static str],
    /// Facts, the lead first; each in several wordings.
    pub facts: &'static [&'static [&'static str]],
    /// Quotes (without quotation marks) the story's people may say.
    pub quotes: &'static [&'static str],
    /// Background sentences any outlet may add.
    pub background: &'static [&'static str],
    /// Role synonyms for person A, then person B: one list of synonyms per role.
    pub roles: [&'static [&'static [&'static str]]; 2],
    /// The figure slots and how each is drawn.
    pub figures: &'static [(&'static str, Figure)],
}

/// Every kind of story.
pub const TOPICS: &[Topic] = &[
    Topic {
        headlines: &[
            "{C1a} and {C2a} negotiators meet in {CITY} for new round of talks",
            "{As} leads {C1a} delegation to {CITY} talks",
            "Talks in {CITY} test fragile truce between {C1} and {C2}",
        ],
        facts: &[
            &[
                "{C1a} and {C2a} delegations met in {CITY} {D1} for a new round of talks aimed at ending the conflict over {REG}.",
                "Negotiators from {C1} and {C2} held talks in {CITY} {D1}, seeking an end to the fighting over {REG}.",
                "A new round of negotiations between {C1} and {C2} opened in {CITY} {D1}, with the future of {REG} at stake.",
            ],
            &[
                "The {C1a} delegation is led by {A}, the country's {Ar}.",
                "{A}, {C1}'s {Ar}, heads the {C1a} team.",
                "{C1}'s team is headed by {Ar} {A}.",
            ],
            &[
                "{B}, {C2}'s {Br}, leads the other side.",
                "The {C2a} side is represented by {Br} {B}.",
            ],
            &[
                "The draft framework would cap the {C1a} army at {N1} troops.",
                "Under the proposal, {C1}'s armed forces would be limited to {N1} soldiers.",
                "The plan sets a ceiling of {N1} troops on the military of {C1}.",
            ],
            &[
                "The document contains {N2} points, according to officials familiar with the text.",
                "Officials familiar with the text said the framework runs to {N2} points.",
            ],
            &[
                "{As} said after the meeting that progress had been made on prisoner exchanges.",
                "According to {As}, the two sides moved forward on the exchange of prisoners.",
            ],
            &[
                "The fighting has displaced about {N3} people since the spring.",
                "Some {N3} people have fled their homes since fighting resumed in the spring.",
            ],
            &[
                "A further meeting is planned for {D2} in {CITY2}.",
                "The delegations are expected to meet again in {CITY2} on {D2}.",
            ],
            &[
                "{Bs} is due to brief the parliament of {C2} on the outcome.",
                "{Bs} will report to lawmakers in {C2} on the results of the talks.",
            ],
            &[
                "Mediators from {C3} have offered to host the next round.",
                "{C3} has offered to mediate further talks between the two sides.",
            ],
        ],
        quotes: &[
            "We came here to find a solution, not to repeat old positions",
            "Every point of this document must respect the sovereignty of our country",
            "The coming days will show whether our partners are serious",
            "We are ready to continue the work for as long as it takes",
        ],
        background: &[
            "The conflict over {REG} has strained relations in the region for more than a decade.",
            "Previous rounds of talks ended without agreement.",
            "Diplomats cautioned that any deal would still need the approval of both parliaments.",
            "Neither side has commented publicly on the details of the draft.",
        ],
        roles: [
            &[
                &[
                    "foreign minister",
                    "top diplomat",
                    "minister of foreign affairs",
                ],
                &[
                    "chief negotiator",
                    "lead negotiator",
                    "head of the delegation",
                ],
                &["national security adviser", "security adviser"],
            ],
            &[
                &["deputy foreign minister", "vice foreign minister"],
                &["special envoy", "envoy"],
            ],
        ],
        figures: &[
            ("N1", Figure::Count(100_000, 900_000, 50_000)),
            ("N2", Figure::Count(12, 40, 1)),
            ("N3", Figure::Count(20_000, 400_000, 10_000)),
        ],
    },
    Topic {
        headlines: &[
            "{C1} and {C2} agree to cut tariffs on {GOOD}",
            "Trade deal lowers duties on {GOOD} between {C1} and {C2}",
            "{As} signs trade pact with {C2}",
        ],
        facts: &[
            &[
                "{C1} and {C2} agreed {D1} to cut tariffs on {GOOD} under a new trade deal.",
                "Trade ministers from {C1} and {C2} struck a deal {D1} to lower duties on {GOOD}.",
                "A trade agreement reached {D1} will reduce tariffs on {GOOD} traded between {C1} and {C2}.",
            ],
            &[
                "The agreement covers goods worth {M1} a year.",
                "Trade covered by the deal is worth about {M1} annually.",
            ],
            &[
                "Tariffs on {GOOD} will fall from {P1} to {P2}.",
                "Duties on {GOOD} are set to drop to {P2} from {P1}.",
            ],
            &[
                "{A}, {C1}'s {Ar}, signed the deal in {CITY}.",
                "The deal was signed in {CITY} by {Ar} {A}.",
            ],
            &[
                "{B}, the {C2a} {Br}, said exporters would feel the benefit within months.",
                "Exporters will benefit within months, said {B}, the {Br} of {C2}.",
            ],
            &[
                "The deal must still be ratified by the parliament of {C2} by {D2}.",
                "Lawmakers in {C2} have until {D2} to ratify the agreement.",
            ],
            &[
                "Exports from {C1} to {C2} rose {P3} last year.",
                "Last year exports from {C1} to {C2} grew by {P3}.",
            ],
            &[
                "Business groups in {C1} welcomed the agreement, while farmers warned of cheaper imports.",
                "Farmers in {C1} warned of cheaper imports, though business groups welcomed the deal.",
            ],
            &[
                "About {N1} jobs depend on the sector, according to government figures.",
                "Government figures show that some {N1} jobs depend on the industry.",
            ],
        ],
        quotes: &[
            "This agreement opens doors for our companies that were closed for years",
            "Nobody loses from fair rules and open markets",
            "We will watch closely that our farmers are protected",
            "It is a good day for workers on both sides",
        ],
        background: &[
            "Negotiations on the agreement began three years ago.",
            "Both governments have sought new export markets as global demand slowed.",
            "Critics say earlier trade deals favoured large companies over small producers.",
            "The two economies are closely linked through shipping routes.",
        ],
        roles: [
            &[
                &["trade minister", "minister of trade", "trade secretary"],
                &["economy minister", "minister of the economy"],
            ],
            &[
                &["commerce minister", "minister of commerce"],
                &["trade representative", "chief trade negotiator"],
            ],
        ],
        figures: &[
            ("M1", Figure::Money(800, 60_000)),
            ("P1", Figure::Percent(15, 40)),
            ("P2", Figure::Percent(2, 12)),
            ("P3", Figure::Percent(3, 30)),
            ("N1", Figure::Count(10_000, 250_000, 5_000)),
        ],
    },
    Topic {
        headlines: &[
            "{EVENTU} in {REG} kills at least {N1}",
            "Death toll rises after {EVENTL} in {C1}",
            "Thousands evacuated as {EVENTL} hits {REG}",
        ],
        facts: &[
            &[
                "{EVENTU} struck the {REG} region of {C1} {D1}, killing at least {N1} people.",
                "At least {N1} people were killed when {EVENTA} hit the {REG} region of {C1} {D1}.",
                "{EVENTU} killed at least {N1} people in the {REG} region of {C1} {D1}, officials said.",
            ],
            &[
                "More than {N2} people have been evacuated from their homes.",
                "Authorities evacuated over {N2} residents.",
            ],
            &[
                "{A}, the {Ar}, visited {TOWN} and promised funds for reconstruction.",
                "{Ar} {A} travelled to {TOWN} and pledged money to rebuild.",
            ],
            &[
                "The government has set aside {M1} for emergency aid.",
                "Emergency aid worth {M1} was approved by the cabinet.",
            ],
            &[
                "Rescue teams were still searching for {N3} missing people.",
                "{N3} people remain missing, and rescue teams are still searching.",
            ],
            &[
                "Power was cut to about {N4} homes in {TOWN}.",
                "About {N4} homes in {TOWN} were left without electricity.",
            ],
            &[
                "Neighbouring {C2} sent rescue teams and two field hospitals.",
                "{C2} dispatched rescuers and two field hospitals to help.",
            ],
            &[
                "{B}, the {Br}, said the death toll could rise.",
                "The death toll could still rise, warned {B}, the {Br}.",
            ],
            &[
                "Schools in the region will stay closed until {D2}.",
                "Classes across the region have been suspended until {D2}.",
            ],
        ],
        quotes: &[
            "We will not leave a single family without a roof",
            "The priority now is to reach the villages cut off by the water",
            "Our teams are working day and night",
            "Nobody expected damage on this scale",
        ],
        background: &[
            "The region has been hit by similar disasters in recent years.",
            "Scientists say extreme weather is becoming more frequent in the area.",
            "Aid organisations appealed for donations of blankets and drinking water.",
            "Roads into the area were blocked by debris, slowing the arrival of help.",
        ],
        roles: [
            &[
                &["prime minister", "head of government", "premier"],
                &["interior minister", "minister of the interior"],
            ],
            &[
                &[
                    "head of the national emergency service",
                    "emergency services chief",
                ],
                &["regional governor", "governor of the region"],
            ],
        ],
        figures: &[
            ("N1", Figure::Count(12, 400, 1)),
            ("N2", Figure::Count(2_000, 90_000, 500)),
            ("N3", Figure::Count(5, 120, 1)),
            ("N4", Figure::Count(10_000, 300_000, 1_000)),
            ("M1", Figure::Money(20, 2_000)),
        ],
    },
    Topic {
        headlines: &[
            "{As} wins presidential election in {C1}",
            "{C1} elects {A} as president",
            "Voters in {C1} hand victory to {As}",
        ],
        facts: &[
            &[
                "{A} won the presidential election in {C1} {D1} with {P1} of the vote.",
                "{Ar} {A} won the presidential vote held in {C1} {D1}, taking {P1}.",
                "With {P1} of the vote, {A} won the presidential election held in {C1} {D1}.",
            ],
            &[
                "Turnout was {P2}, the central election commission said.",
                "The central election commission put turnout at {P2}.",
            ],
            &[
                "{B}, the incumbent {Br}, received {P3} and conceded defeat.",
                "The incumbent, {Br} {B}, conceded after winning {P3}.",
            ],
            &[
                "{As} is due to be sworn in on {D2}.",
                "The inauguration of {As} is scheduled for {D2}.",
            ],
            &[
                "About {N1} observers monitored the vote.",
                "Some {N1} election observers watched the polls.",
            ],
            &[
                "{As} has promised to raise the minimum wage and fight corruption.",
                "During the campaign, {As} pledged to fight corruption and raise the minimum wage.",
            ],
            &[
                "{Bs} had led the country since {Y1}.",
                "{Bs} has been in power since {Y1}.",
            ],
            &[
                "Observers from {C3} said the vote was largely free, though they noted problems with voter lists.",
                "The vote was largely free, observers from {C3} said, but voter lists had problems.",
            ],
        ],
        quotes: &[
            "Tonight the people of this country chose change",
            "I will be the president of all citizens, including those who did not vote for me",
            "I accept the result and wish the new president success",
            "The real work begins tomorrow morning",
        ],
        background: &[
            "The campaign was dominated by rising prices and corruption scandals.",
            "Opinion polls had predicted a close race.",
            "The new president will face a divided parliament.",
            "Several candidates withdrew in the final weeks of the campaign.",
        ],
        roles: [
            &[
                &["opposition leader", "leader of the opposition"],
                &["former prime minister", "ex-prime minister"],
                &["mayor of the capital", "capital's mayor"],
            ],
            &[&["president", "head of state"]],
        ],
        figures: &[
            ("P1", Figure::Percent(48, 72)),
            ("P2", Figure::Percent(38, 81)),
            ("P3", Figure::Percent(20, 45)),
            ("N1", Figure::Count(300, 6_000, 100)),
            ("Y1", Figure::Year(1998, 2020)),
        ],
    },
    Topic {
        headlines: &[
            "{C1} to buy {WEAPON} in deal with {CO}",
            "{As} announces purchase of {WEAPON}",
            "{CO} wins contract to supply {WEAPON} to {C1}",
        ],
        facts: &[
            &[
                "{C1} will buy {N1} {WEAPON} from {CO} under a contract worth {M1}, {A} announced {D1}.",
                "{A} announced {D1} that {C1} would purchase {N1} {WEAPON} from {CO} for {M1}.",
                "Under a contract worth {M1} announced {D1} by {A}, {C1} will acquire {N1} {WEAPON} from {CO}.",
            ],
            &[
                "The first deliveries are expected by {D2}.",
                "Deliveries should begin by {D2}.",
            ],
            &[
                "{A}, the {Ar} of {C1}, said the purchase would modernise the armed forces.",
                "The purchase will modernise the armed forces, said {Ar} {A}.",
            ],
            &[
                "The army of {C1} currently numbers about {N2} troops.",
                "{C1} has an army of roughly {N2} soldiers.",
            ],
            &[
                "The deal also includes training for {N3} personnel.",
                "Training for {N3} personnel is part of the package.",
            ],
            &[
                "{B}, the {Br} of {CO}, said part of the production would take place in {C1}.",
                "Some of the production will be located in {C1}, according to {B}, the {Br} of {CO}.",
            ],
            &[
                "Opposition lawmakers criticised the cost of the contract.",
                "The cost of the contract drew criticism from opposition lawmakers.",
            ],
            &[
                "Defence spending in {C1} will reach {P1} of economic output next year.",
                "Next year {C1} plans to spend {P1} of economic output on defence.",
            ],
        ],
        quotes: &[
            "Our soldiers deserve the best equipment we can give them",
            "This contract strengthens our industry as much as our army",
            "Security has a price, and we are ready to pay it",
            "The first units will be in service before the end of next year",
        ],
        background: &[
            "Military spending across the region has risen sharply in recent years.",
            "The government has been under pressure to replace ageing equipment.",
            "Rival bidders included companies from three other countries.",
            "Parliament approved the defence budget earlier this year.",
        ],
        roles: [
            &[
                &[
                    "defence minister",
                    "minister of defence",
                    "defence secretary",
                ],
                &[
                    "chief of the general staff",
                    "head of the armed forces",
                    "army chief",
                ],
            ],
            &[&["chief executive", "CEO", "boss"], &["chairman", "chair"]],
        ],
        figures: &[
            ("N1", Figure::Count(4, 250, 1)),
            ("M1", Figure::Money(150, 12_000)),
            ("N2", Figure::Count(20_000, 600_000, 5_000)),
            ("N3", Figure::Count(100, 3_000, 50)),
            ("P1", Figure::Percent(2, 5)),
        ],
    },
    Topic {
        headlines: &[
            "{CO} to buy {CO2} for {M1}",
            "{CO} agrees takeover of rival {CO2}",
            "{CO2} shares jump on {CO} bid",
        ],
        facts: &[
            &[
                "{CO} agreed {D1} to buy {CO2} for {M1}.",
                "{CO} will acquire rival {CO2} in a deal worth {M1}, the companies said {D1}.",
                "The companies said {D1} that {CO} would take over {CO2} for {M1}.",
            ],
            &[
                "The combined company will employ about {N1} people in {N2} countries.",
                "Together the firms will have some {N1} employees across {N2} countries.",
            ],
            &[
                "{A}, the {Ar} of {CO}, said the deal would create the largest {IND} group in {C1}.",
                "The deal will create the largest {IND} group in {C1}, said {A}, the {Ar} of {CO}.",
            ],
            &[
                "Shares in {CO2} rose {P1} after the announcement.",
                "{CO2} shares jumped {P1} following the news.",
            ],
            &[
                "Regulators in {C1} and {C2} must still approve the takeover.",
                "The takeover still needs approval from regulators in {C1} and {C2}.",
            ],
            &[
                "{B}, who founded {CO2} in {Y1}, will join the board.",
                "The founder of {CO2}, {B}, will take a seat on the board.",
            ],
            &[
                "The companies expect the deal to close by {D2}.",
                "The deal is expected to be completed by {D2}.",
            ],
            &[
                "Unions warned that up to {N3} jobs could be cut.",
                "As many as {N3} jobs could go, unions warned.",
            ],
        ],
        quotes: &[
            "Together we will be stronger than either of us could be alone",
            "Our customers will not notice any change in the coming months",
            "This is the right moment for our industry to consolidate",
            "We will protect jobs wherever we can",
        ],
        background: &[
            "The industry has seen a wave of mergers as costs rise.",
            "Analysts had expected a rival bid that did not materialise.",
            "Both companies reported falling profits last year.",
            "Competition authorities have blocked similar deals in the past.",
        ],
        roles: [
            &[&["chief executive", "CEO", "boss"], &["chairman", "chair"]],
            &[&["founder", "co-founder"]],
        ],
        figures: &[
            ("M1", Figure::Money(300, 40_000)),
            ("N1", Figure::Count(2_000, 150_000, 500)),
            ("N2", Figure::Count(3, 60, 1)),
            ("P1", Figure::Percent(4, 35)),
            ("N3", Figure::Count(200, 9_000, 100)),
            ("Y1", Figure::Year(1975, 2015)),
        ],
    },
    Topic {
        headlines: &[
            "Former {Ar} {A} jailed for corruption",
            "Court in {CITY} sentences {As} to {N1} years",
            "{As} found guilty of taking bribes",
        ],
        facts: &[
            &[
                "A court in {CITY} sentenced {A}, a former {Ar}, to {N1} years in prison {D1} for corruption.",
                "{A}, a former {Ar}, was sentenced {D1} by a court in {CITY} to {N1} years in prison for corruption.",
                "A former {Ar}, {A}, was jailed for {N1} years {D1} after being convicted of corruption by a court in {CITY}.",
            ],
            &[
                "Prosecutors said {As} took bribes worth {M1} in exchange for state contracts.",
                "According to prosecutors, {As} accepted bribes worth {M1} for awarding state contracts.",
            ],
            &[
                "Lawyers for {As} said they would appeal.",
                "The defence team of {As} said it would appeal the verdict.",
            ],
            &[
                "Judge {B} said the evidence left no doubt.",
                "The evidence left no doubt, said judge {B}.",
            ],
            &[
                "The case involved {N2} contracts signed between {Y1} and {Y2}.",
                "Prosecutors examined {N2} contracts signed from {Y1} to {Y2}.",
            ],
            &[
                "Assets worth {M2} have been frozen, the prosecutor's office said.",
                "The prosecutor's office said it had frozen assets worth {M2}.",
            ],
            &[
                "An appeal hearing has been scheduled for {D2}.",
                "The appeal will be heard on {D2}.",
            ],
        ],
        quotes: &[
            "Nobody is above the law, whatever office they held",
            "My client has been convicted for political reasons",
            "The money was returned to the people it was taken from",
            "This verdict sends a clear message to every official",
        ],
        background: &[
            "The trial lasted more than a year.",
            "Anti-corruption campaigners welcomed the verdict.",
            "The case has been closely watched by foreign investors.",
            "Several other officials are under investigation in related cases.",
        ],
        roles: [
            &[
                &["deputy minister", "vice-minister"],
                &["regional governor", "governor"],
                &["customs chief", "head of the customs service"],
            ],
            &[&["judge"]],
        ],
        figures: &[
            ("N1", Figure::Count(3, 15, 1)),
            ("M1", Figure::Money(2, 90)),
            ("N2", Figure::Count(6, 80, 1)),
            ("M2", Figure::Money(1, 60)),
            ("Y1", Figure::Year(2008, 2014)),
            ("Y2", Figure::Year(2016, 2022)),
        ],
    },
];

/// Background sentences any story may carry.
pub const GENERIC_BACKGROUND: &[&str] = &[
    "{E}, an analyst at the {EI}, said the coming weeks would be decisive.",
    "{E} of the {EI} said the outcome would be watched closely abroad.",
    "Officials in {C2} declined to comment when contacted on the matter.",
    "The government in {C1} has faced mounting criticism at home over its handling of the economy.",
    "Markets in {C1} reacted calmly to the news, with the main index little changed by the close.",
    "The announcement came after weeks of speculation in local media.",
    "Details of the arrangement have not been made public.",
    "The issue is expected to dominate the agenda of next month's regional summit.",
    "Opposition parties in {C1} demanded an urgent debate in parliament.",
    "Independent experts said it was too early to judge the impact.",
    "{Ss}, a spokesperson for the government, said more information would follow in the coming days.",
    "Asked about the timing, {Ss} said the decision had been taken some time ago.",
    "{Es} noted that public opinion in {C1} remained deeply divided on the question.",
    "Relations between {C1} and {C2} have improved since a change of government two years ago.",
    "The European Union and the United Nations have both called for restraint and transparency.",
    "Local newspapers in {C1} devoted their front pages to the story on the following morning.",
    "A survey published last month found that most voters considered the economy their main concern.",
    "Critics accused the authorities of acting too slowly and of keeping the public in the dark.",
    "Supporters of the government described the move as long overdue.",
    "The finance ministry in {C1} is expected to publish revised forecasts later this month.",
    "Journalists were not allowed to attend the meeting, and only a short statement was released.",
    "{Es} said the decision reflected pressure from business groups and regional governors.",
    "Diplomats from several embassies in {CITY} followed the developments closely.",
    "Inflation in {C1} has eased in recent months but remains above the central bank's target.",
    "The country's currency weakened slightly against the dollar after the announcement.",
    "Several ministers are expected to travel to {C2} before the end of the year.",
    "Civil society groups said they had not been consulted before the decision was taken.",
    "The story was first reported by a local radio station on the previous evening.",
];

/// Sentences about the story's people and places that an outlet may add.
pub const DETAILS: &[&str] = &[
    "{As} has held senior posts in {C1} for most of the past decade.",
    "Before taking up the current post, {As} worked for several years in the private sector.",
    "{As} and {Bs} last met in {CITY2} earlier this year, according to officials.",
    "{Bs} arrived in {CITY} late on the previous evening and left without speaking to journalists.",
    "People close to {As} described the atmosphere as businesslike.",
    "{Bs} is seen in {C2} as a cautious and experienced negotiator.",
    "The office of {As} released photographs of the meeting on social media.",
    "In a short statement, the government of {C2} said it took note of the decision.",
    "{As} is expected to travel to {C3} next week for meetings with officials there.",
    "Critics of {As} in {C1} said the move was intended mainly for a domestic audience.",
    "{Bs} told a news conference in {CITY} that further steps would depend on the other side.",
    "Officials in {C3} said they were following the situation in {C1} with great attention.",
    "A senior official in {C2}, speaking on condition of anonymity, said the talks had been difficult.",
    "{As} thanked the authorities in {CITY} for their hospitality.",
    "The visit by {Bs} was the first by such a senior official from {C2} in several years.",
    "Residents of {CITY} said they had noticed heavy security around the venue.",
    "{Es}, who has written widely on the region, said both sides needed a success.",
    "Television channels in {C1} broadcast the statement by {As} in full.",
];

/// Names of research institutes for analysts.
pub const INSTITUTES: &[&str] = &[
    "Centre for Strategic Studies",
    "Institute for Regional Affairs",
    "Policy Research Forum",
    "Council on International Economics",
    "Foundation for Security Analysis",
    "School of Public Policy",
];

/// Goods traded.
pub const GOODS: &[&str] = &[
    "steel",
    "grain",
    "electric vehicles",
    "fertiliser",
    "textiles",
    "solar panels",
    "dairy products",
    "timber",
    "semiconductors",
    "rice",
    "wine",
    "machinery",
];

/// Military purchases.
pub const WEAPONS: &[&str] = &[
    "air defence systems",
    "armoured vehicles",
    "patrol boats",
    "helicopters",
    "fighter jets",
    "artillery systems",
    "drones",
    "transport aircraft",
];

/// Disasters: sentence-initial form, then mid-sentence form.
pub const EVENTS: &[(&str, &str)] = &[
    ("A powerful earthquake", "a powerful earthquake"),
    ("Severe flooding", "severe flooding"),
    ("A tropical storm", "a tropical storm"),
    ("A landslide", "a landslide"),
    ("A wildfire", "a wildfire"),
];

/// Industries.
pub const INDUSTRIES: &[&str] = &[
    "telecoms",
    "logistics",
    "food",
    "steel",
    "insurance",
    "chemicals",
    "software",
    "retail",
];

/// Countries and their adjectives.
pub const COUNTRIES: &[(&str, &str)] = &[
    ("Norway", "Norwegian"),
    ("Chile", "Chilean"),
    ("Kenya", "Kenyan"),
    ("Poland", "Polish"),
    ("Vietnam", "Vietnamese"),
    ("Morocco", "Moroccan"),
    ("Peru", "Peruvian"),
    ("Romania", "Romanian"),
    ("Ghana", "Ghanaian"),
    ("Finland", "Finnish"),
    ("Indonesia", "Indonesian"),
    ("Portugal", "Portuguese"),
    ("Colombia", "Colombian"),
    ("Jordan", "Jordanian"),
    ("Hungary", "Hungarian"),
    ("Malaysia", "Malaysian"),
    ("Senegal", "Senegalese"),
    ("Ireland", "Irish"),
    ("Uruguay", "Uruguayan"),
    ("Tunisia", "Tunisian"),
    ("Georgia", "Georgian"),
    ("Mongolia", "Mongolian"),
    ("Ecuador", "Ecuadorian"),
    ("Slovakia", "Slovak"),
    ("Kazakhstan", "Kazakh"),
    ("Bangladesh", "Bangladeshi"),
    ("Austria", "Austrian"),
    ("Canada", "Canadian"),
    ("Egypt", "Egyptian"),
    ("Nigeria", "Nigerian"),
];

/// Cities where meetings and trials take place.
pub const CITIES: &[&str] = &[
    "Geneva",
    "Vienna",
    "Doha",
    "Istanbul",
    "Oslo",
    "Helsinki",
    "Nairobi",
    "Singapore",
    "Jakarta",
    "Brussels",
    "Warsaw",
    "Prague",
    "Lisbon",
    "Madrid",
    "Rome",
    "Berlin",
    "Ottawa",
    "Cairo",
    "Ankara",
    "Tbilisi",
    "Baku",
    "Astana",
    "Tokyo",
    "Seoul",
    "Manila",
    "Hanoi",
    "Bangkok",
    "Canberra",
    "Wellington",
    "Santiago",
    "Lima",
    "Bogota",
    "Dakar",
    "Accra",
    "Lagos",
    "Kigali",
    "Rabat",
    "Tunis",
    "Amman",
    "Muscat",
];
