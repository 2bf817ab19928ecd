//! Name material for the synthetic corpus: people and places built from segments, each segment
//! a list of spellings of one sound (the first is the canonical romanisation, the others are
//! variants an outlet might use). A variant changes exactly one segment, the way real outlets
//! differ on one sound (`kh`/`h`, `u`/`o`, `ff`/`v`, `ya`/`ia`), or a whole name follows another
//! romanisation system (pinyin and Wade-Giles). Written for this generator from general
//! knowledge of romanisation conventions; no name here comes from the sample articles.

use super::rng::Rng;

/// One sound and its spellings; the first is canonical.
pub type Segment = &'static [&'static str];

/// A name word as a sequence of segments, with the chosen spelling of each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    segments: Vec<Segment>,
    choice: Vec<usize>,
    /// A hyphen between the two syllables (`Min-jun`); `Some(false)` when only the second
    /// romanisation system writes one (`Xiaoming`, `Hsiao-ming`).
    hyphen: Option<bool>,
}

impl Word {
    fn new(segments: Vec<Segment>) -> Self {
        let n = segments.len();
        Word {
            segments,
            choice: vec![0; n],
            hyphen: None,
        }
    }

    /// The spelling, capitalised (after a lower-case prefix such as `al-`).
    pub fn spelling(&self) -> String {
        let second_system = self.choice.iter().any(|&c| c > 0);
        let mut out = String::new();
        for (i, (seg, &c)) in self.segments.iter().zip(&self.choice).enumerate() {
            if i == 1
                && (self.hyphen == Some(true) || (self.hyphen == Some(false) && second_system))
            {
                out.push('-');
            }
            out.push_str(seg[c]);
        }
        match out.find('-') {
            Some(p) if p <= 3 && self.segments[0].iter().any(|s| s.ends_with('-')) => {
                format!("{}{}", &out[..=p], capitalise(&out[p + 1..]))
            }
            _ => capitalise(&out),
        }
    }

    /// True when some segment has another spelling.
    pub fn can_vary(&self) -> bool {
        self.segments.iter().any(|s| s.len() > 1)
    }

    /// The same word with one varying segment spelled differently; a word whose segments are
    /// the syllables of one romanisation system against another (`hyphen` is `Some(false)`)
    /// changes system as a whole, since no outlet mixes pinyin and Wade-Giles in one name.
    pub fn variant(&self, rng: &mut Rng) -> Word {
        if self.hyphen == Some(false) {
            return self.system_variant();
        }
        let varying: Vec<usize> = (0..self.segments.len())
            .filter(|&i| self.segments[i].len() > 1)
            .collect();
        let mut out = self.clone();
        if varying.is_empty() {
            return out;
        }
        let i = varying[rng.below(varying.len())];
        out.choice[i] = 1 + rng.below(self.segments[i].len() - 1);
        out
    }

    /// The same word with every segment in its second spelling (another romanisation system).
    pub fn system_variant(&self) -> Word {
        let mut out = self.clone();
        for (i, seg) in self.segments.iter().enumerate() {
            if seg.len() > 1 {
                out.choice[i] = 1;
            }
        }
        out
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A person: given name and surname, each a word that may vary.
#[derive(Debug, Clone)]
pub struct Person {
    /// Given name.
    pub given: Word,
    /// Surname.
    pub surname: Word,
    /// Surname written first (`Zhang Wei`), as for Chinese and Korean names.
    pub surname_first: bool,
}

impl Person {
    /// Full name as written.
    pub fn full(&self) -> String {
        if self.surname_first {
            format!("{} {}", self.surname.spelling(), self.given.spelling())
        } else {
            format!("{} {}", self.given.spelling(), self.surname.spelling())
        }
    }
}

// East Slavic-style sounds.
const SL_ONSET: &[Segment] = &[
    &["b"],
    &["d"],
    &["k"],
    &["l"],
    &["m"],
    &["n"],
    &["p"],
    &["r"],
    &["s"],
    &["t"],
    &["z"],
    &["v", "w"],
    &["kh", "h"],
    &["h", "g"],
    &["ts", "tz"],
    &["zh", "j"],
    &["sh"],
    &["ch"],
    &["hr", "gr"],
    &["kr"],
    &["st"],
];
const SL_VOWEL: &[Segment] = &[
    &["a"],
    &["o"],
    &["e"],
    &["u", "o"],
    &["e", "a"],
    &["y", "i"],
    &["ya", "ia"],
    &["yu", "iu"],
    &["i"],
];
const SL_FIRST_VOWEL: &[Segment] = &[&["u", "o"], &["ye", "e"], &["o"], &["a"], &["i", "y"]];
const SL_ENDING: &[Segment] = &[
    &["ov", "off"],
    &["ev", "yev"],
    &["enko"],
    &["uk"],
    &["chuk"],
    &["sky", "skyy", "ski"],
    &["in"],
    &["yak", "iak"],
    &["ets"],
    &["ych", "ich"],
];
const SL_GIVEN: &[&[Segment]] = &[
    &[&["oleks"], &["andr", "ander"]],
    &[&["myk"], &["ola"]],
    &[&["dmy", "dmi"], &["tro"]],
    &[&["yu", "iu"], &["liia", "lia"]],
    &[&["o", "e"], &["lena"]],
    &[&["bo"], &["hdan", "gdan"]],
    &[&["va"], &["syl", "sil"]],
    &[&["yev", "ev"], &["hen", "gen"]],
    &[&["ana"], &["toliy", "tolii", "toly"]],
    &[&["ta"], &["ras"]],
    &[&["ok"], &["sana"]],
    &[&["ka"], &["teryna", "terina"]],
    &[&["pet"], &["ro"]],
    &[&["vik"], &["tor"]],
    &[&["hen", "gen"], &["nadiy", "nadii", "nady"]],
    &[&["ir"], &["yna", "ina"]],
    &[&["lyud", "liud"], &["myla", "mila"]],
    &[&["mak"], &["sym", "sim"]],
    &[&["ar"], &["tem", "tyom"]],
    &[&["nat"], &["aliya", "alia"]],
];

// Arabic-style sounds.
const AR_ONSET: &[Segment] = &[
    &["q", "k"],
    &["kh", "h"],
    &["sh"],
    &["d"],
    &["j", "g"],
    &["z"],
    &["m"],
    &["n"],
    &["r"],
    &["s"],
    &["t"],
    &["b"],
    &["f"],
    &["h"],
    &["w"],
];
const AR_VOWEL: &[Segment] = &[
    &["a"],
    &["i", "e"],
    &["ou", "u"],
    &["ee", "i"],
    &["ai", "ay", "ei"],
    &["aa", "a"],
];
const AR_ENDING: &[Segment] = &[&["i"], &["ani"], &["awi"], &["ah", "a"], &["un"]];
const AR_GIVEN: &[&[Segment]] = &[
    &[&["mo", "mu"], &["ham"], &["med", "mad"]],
    &[&["ah"], &["med", "mad"]],
    &[&["you", "yu"], &["sef", "suf"]],
    &[&["kha"], &["lid", "led"]],
    &[&["hus"], &["sein", "sain", "ayn"]],
    &[&["abd"], &["ul", "al"], &["lah"]],
    &[&["fat"], &["ima", "ma"]],
    &[&["lay", "lei"], &["la"]],
    &[&["nou", "noo", "nu"], &["r"]],
    &[&["ta"], &["riq", "rek", "req"]],
    &[&["sa"], &["eed", "id"]],
    &[&["ka"], &["rim", "reem"]],
    &[&["has"], &["san"]],
    &[&["mus", "mos"], &["tafa"]],
    &[&["ra"], &["shid", "sheed"]],
    &[&["ja", "ga"], &["mal"]],
    &[&["sa"], &["mir", "meer"]],
    &[&["a"], &["mira", "meera"]],
];
const AR_PREFIX: Segment = &["al-", "el-"];

// Chinese sounds: pinyin first, Wade-Giles second.
const ZH_SURNAME: &[Segment] = &[
    &["zhang", "chang"],
    &["wang"],
    &["zhou", "chou"],
    &["xu", "hsu"],
    &["zhao", "chao"],
    &["qian", "chien"],
    &["xie", "hsieh"],
    &["jiang", "chiang"],
    &["cai", "tsai"],
    &["guo", "kuo"],
    &["song", "sung"],
    &["deng", "teng"],
    &["zheng", "cheng"],
    &["liang"],
    &["gao", "kao"],
    &["cao", "tsao"],
];
const ZH_SYLLABLE: &[Segment] = &[
    &["xiao", "hsiao"],
    &["jian", "chien"],
    &["zhi", "chih"],
    &["qing", "ching"],
    &["wei"],
    &["ming"],
    &["hua"],
    &["yong", "yung"],
    &["dong", "tung"],
    &["guo", "kuo"],
    &["jun", "chun"],
    &["xin", "hsin"],
    &["hong", "hung"],
    &["ping"],
    &["lin"],
    &["feng"],
    &["yan", "yen"],
    &["zhen", "chen"],
];

// Korean sounds: revised romanisation first, older spellings after.
const KO_SURNAME: &[Segment] = &[
    &["lee", "yi", "rhee"],
    &["park", "pak"],
    &["kim", "gim"],
    &["choi", "choe"],
    &["jung", "chung", "jeong"],
    &["kang"],
    &["cho", "jo"],
    &["yoon", "yun"],
    &["lim", "im"],
    &["han"],
    &["shin", "sin"],
    &["seo", "suh"],
    &["kwon", "gwon"],
    &["hwang"],
    &["ahn", "an"],
    &["ryu", "yoo"],
];
const KO_SYLLABLE: &[Segment] = &[
    &["min"],
    &["seo", "suh"],
    &["jun", "joon"],
    &["ji"],
    &["hye"],
    &["young", "yeong"],
    &["sung", "seong"],
    &["hyun", "hyeon"],
    &["woo"],
    &["ho"],
    &["eun"],
    &["jae"],
    &["kyung", "gyeong"],
    &["soo", "su"],
];

// English-style names: mostly one spelling, some with the doublings outlets confuse.
const EN_GIVEN: &[Segment] = &[
    &["Daniel"],
    &["Laura"],
    &["Michael"],
    &["Sarah"],
    &["Thomas"],
    &["Emma"],
    &["James"],
    &["Claire"],
    &["Peter"],
    &["Anna"],
    &["Robert"],
    &["Julia"],
    &["David"],
    &["Helen"],
    &["Mark"],
    &["Sophie"],
    &["Paul"],
    &["Maria"],
    &["Richard"],
    &["Karen"],
    &["Stefan"],
    &["Ingrid"],
    &["Lars"],
    &["Marta"],
    &["Pierre"],
    &["Camille"],
    &["Luca"],
    &["Giulia"],
    &["Jan"],
    &["Eva"],
    &["Owen"],
    &["Grace"],
    &["Simon"],
    &["Alice"],
    &["Hugo"],
    &["Nina"],
    &["Felix"],
    &["Rosa"],
    &["Adrian"],
    &["Leah"],
];
const EN_ROOT: &[Segment] = &[
    &["hart"],
    &["bren"],
    &["cal"],
    &["dun"],
    &["fair"],
    &["gold"],
    &["hal"],
    &["kes"],
    &["lind"],
    &["mor"],
    &["pen"],
    &["rid"],
    &["stan"],
    &["thorn"],
    &["wal"],
    &["whit", "wit"],
    &["ash"],
    &["brad"],
    &["carr"],
    &["eld"],
    &["gar"],
    &["hol"],
    &["mil"],
    &["nor"],
    &["ross"],
    &["sel"],
    &["tal"],
    &["wes"],
];
const EN_ENDING: &[Segment] = &[
    &["ley"],
    &["ton"],
    &["wood"],
    &["field"],
    &["man", "mann"],
    &["er"],
    &["son", "sen"],
    &["berg"],
    &["ford"],
    &["ridge"],
    &["ell", "el"],
    &["ings"],
    &["worth"],
    &["koff", "kov", "kopf"],
    &["stein", "stine"],
];

/// Which naming tradition a generated name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tradition {
    /// East Slavic (`Oleksandr Khudoyev`).
    Slavic,
    /// Arabic (`Khalid al-Qasimi`).
    Arabic,
    /// Chinese, surname first (`Zhou Xiaoming`).
    Chinese,
    /// Korean, surname first (`Park Min-jun`).
    Korean,
    /// English-speaking (`Laura Hartley`).
    English,
}

fn pick_segment(rng: &mut Rng, set: &[Segment]) -> Segment {
    set[rng.below(set.len())]
}

fn slavic_surname(rng: &mut Rng) -> Word {
    let mut segs = vec![];
    if rng.chance(0.35) {
        segs.push(pick_segment(rng, SL_FIRST_VOWEL));
    }
    let syllables = 1 + rng.below(2);
    for _ in 0..syllables {
        segs.push(pick_segment(rng, SL_ONSET));
        segs.push(pick_segment(rng, SL_VOWEL));
    }
    segs.push(pick_segment(rng, SL_ONSET));
    segs.push(pick_segment(rng, SL_ENDING));
    Word::new(segs)
}

fn arabic_surname(rng: &mut Rng) -> Word {
    let mut segs = vec![];
    if rng.chance(0.5) {
        segs.push(AR_PREFIX);
    }
    segs.push(pick_segment(rng, AR_ONSET));
    segs.push(pick_segment(rng, AR_VOWEL));
    segs.push(pick_segment(rng, AR_ONSET));
    if rng.chance(0.5) {
        segs.push(pick_segment(rng, AR_VOWEL));
        segs.push(pick_segment(rng, AR_ONSET));
    }
    segs.push(pick_segment(rng, AR_ENDING));
    Word::new(segs)
}

fn two_syllables(rng: &mut Rng, set: &[Segment], hyphen: bool) -> Word {
    let a = pick_segment(rng, set);
    let mut b = pick_segment(rng, set);
    while b == a {
        b = pick_segment(rng, set);
    }
    let mut w = Word::new(vec![a, b]);
    w.hyphen = Some(hyphen);
    w
}

fn english_surname(rng: &mut Rng) -> Word {
    Word::new(vec![
        pick_segment(rng, EN_ROOT),
        pick_segment(rng, EN_ENDING),
    ])
}

/// A new person of `tradition`.
pub fn person(rng: &mut Rng, tradition: Tradition) -> Person {
    match tradition {
        Tradition::Slavic => Person {
            given: Word::new(SL_GIVEN[rng.below(SL_GIVEN.len())].to_vec()),
            surname: slavic_surname(rng),
            surname_first: false,
        },
        Tradition::Arabic => Person {
            given: Word::new(AR_GIVEN[rng.below(AR_GIVEN.len())].to_vec()),
            surname: arabic_surname(rng),
            surname_first: false,
        },
        Tradition::Chinese => Person {
            given: two_syllables(rng, ZH_SYLLABLE, false),
            surname: Word::new(vec![pick_segment(rng, ZH_SURNAME)]),
            surname_first: true,
        },
        Tradition::Korean => Person {
            given: two_syllables(rng, KO_SYLLABLE, true),
            surname: Word::new(vec![pick_segment(rng, KO_SURNAME)]),
            surname_first: true,
        },
        Tradition::English => Person {
            given: Word::new(vec![pick_segment(rng, EN_GIVEN)]),
            surname: english_surname(rng),
            surname_first: false,
        },
    }
}

/// A place name in the Slavic style (`Kharkivka`, `Zhytomyrsk`), which may vary.
pub fn place(rng: &mut Rng) -> Word {
    const SUFFIX: &[Segment] = &[
        &["iv", "ov"],
        &["hrad", "grad"],
        &["opil", "opol"],
        &["ivka", "ovka"],
        &["ytsia", "itsa"],
        &["ansk"],
        &["omyr", "omir"],
    ];
    let mut segs = vec![pick_segment(rng, SL_ONSET), pick_segment(rng, SL_VOWEL)];
    if rng.chance(0.5) {
        segs.push(pick_segment(rng, SL_ONSET));
        segs.push(pick_segment(rng, SL_VOWEL));
    }
    segs.push(pick_segment(rng, SL_ONSET));
    segs.push(pick_segment(rng, SUFFIX));
    Word::new(segs)
}

/// A company or brand name (`Norvexa`), one spelling.
pub fn brand(rng: &mut Rng) -> String {
    const HEADS: &[&str] = &[
        "nor", "cal", "vel", "tri", "ast", "lum", "ver", "oct", "zen", "pax", "hel", "kor", "sol",
        "mar", "quin", "dex", "arc", "bel", "cor", "fin",
    ];
    const MIDS: &[&str] = &["", "v", "d", "r", "l", "t", "n", "x"];
    const TAILS: &[&str] = &[
        "ex", "ia", "on", "ara", "ix", "ora", "um", "is", "eon", "ant",
    ];
    let s = format!(
        "{}{}{}",
        HEADS[rng.below(HEADS.len())],
        MIDS[rng.below(MIDS.len())],
        TAILS[rng.below(TAILS.len())]
    );
    capitalise(&s)
}
