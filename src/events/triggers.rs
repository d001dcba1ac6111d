//! Event triggers: the words (`demo`, `went on strike`, `shot dead`, `detained`) and
//! figures that state events, with the filters for negated, hypothetical and generic
//! mentions and for other senses of the words (`riot police`, `air strike`, `March`).

use super::*;

/// A word for property that a crowd burns (`homes`, `station`, `cars`, `shops`).
fn property_word(w: &str) -> bool {
    matches!(
        w,
        "home" | "homes" | "house" | "houses" | "station" | "stations" | "building" | "buildings" | "car" | "cars"
            | "vehicle" | "vehicles" | "shop" | "shops" | "store" | "stores" | "office" | "offices" | "headquarters"
            | "bus" | "buses" | "businesses" | "banks" | "precinct" | "tyres" | "tires" | "church" | "churches"
            | "mosque" | "mosques" | "temple" | "temples" | "school" | "schools"
            | "van" | "vans" | "minibus" | "truck" | "trucks" | "supermarket" | "supermarkets" | "bank"
    )
}

/// First words of every word trigger, sorted: a quick filter before the full match.
pub(crate) const TRIGGER_WORDS: &[&str] = &[
    "acquitted", "arrest", "arrested", "arrests", "arson", "assaulted", "assembled", "attack", "attacked", "attacks", "banged", "banging",
    "barricaded", "barricades", "battled", "battles", "beanbag", "beat", "beaten", "beating", "beatings", "been", "block", "blockade",
    "blockaded", "blockades", "blocked", "blocking", "boycotted", "boycotting", "bricks", "broke", "called", "calling", "camped", "chanted",
    "clash", "clashed", "clashes", "closed", "closures", "commuted", "converged", "convicted", "crackdown", "crowd", "crowds", "custody",
    "day", "days", "dead", "defied", "defying", "demo", "demonstrated", "demonstration", "demonstrations", "demonstrators", "demos",
    "detain", "detained", "detains", "detention", "detentions", "died", "dies", "disperse", "dispersed", "dispersing", "dissolved",
    "downed", "filled", "fined", "fines", "flooded", "fought", "gather", "gathered", "gathering", "gatherings", "given", "go", "go-slow",
    "go-slows", "going", "gone", "gunfire", "hartal", "hartals", "human", "hunger", "imprisoned", "industrial", "injunction", "injunctions",
    "jailed", "joined", "jump", "jumped", "jumping", "killed", "killing", "killings", "laid", "left", "liquidated", "looted", "looters",
    "looting", "march", "marched", "marchers", "marches", "marching", "massacre", "massacred", "massed", "monument", "monuments",
    "murdered", "occupation", "occupied", "occupying", "open", "opened", "opening", "ordered", "overturned", "overturning", "packed",
    "parked", "picket", "picketing", "pickets", "poured", "protest", "protested", "protesters", "protesting", "protestors", "protests",
    "push", "pushed", "pushing", "quashed", "rallied", "rallies", "rally", "reduced", "refuse", "refused", "refuses", "refusing",
    "rejected", "rejects", "remained", "revolt", "riot", "rioted", "rioters", "rioting", "riots", "rocks", "rounded", "rubber", "sentenced",
    "set", "setting", "shooting", "shot", "shut", "shuttered", "shutters", "sit-in", "sit-ins", "stabbed", "stabbing", "stabbings",
    "statue", "statues", "stay", "stayed", "staying", "stays", "stones", "stood", "stop", "stoppage", "stoppages", "stopped", "stopping",
    "storm", "stormed", "storming", "strike", "strikers", "strikes", "striking", "struck", "switched", "switching", "take", "taken",
    "taking", "tear", "thronged", "took", "torched", "turned", "turning", "unrest", "upheld", "uprising", "uprisings", "vigil", "vigils",
    "violent", "walk", "walk-out", "walk-outs", "walked", "walking", "walkout", "walkouts", "walks", "water", "went",
];

/// The words that make a trigger up to three words after them negated, hypothetical or
/// generic (`no protests`, `threatened to strike`, `plans to rally`): see [`Cx::negated`],
/// which reads them as the shared lexicon's [`crate::lexicon::EVENT_NEGATION`] flag.
pub(crate) const NEGATION_WORDS: &[&str] = &[
    "no", "not", "never", "without", "unlike", "threatened", "threatening", "threatens",
    "threaten", "vowed", "vow", "vows", "plan", "plans", "planned", "planning",
    "will", "would", "could", "might", "should", "if", "ban",
    "banned", "banning", "bans", "prevent", "prevented", "avoid", "avoided",
    "possible", "potential", "future", "allow", "allowed", "n't", "cannot",
    "against", "anti", "urged", "urging", "warned", "announce", "risk", "risking",
    "face", "faces", "facing", "avert", "averted", "called-off", "expected", "likely",
    "scheduled", "due", "unless", "whether", "called", "calling", "calls", "call",
    // (Contractions are one token: `I'll march every day`, `we won't strike`.)
    "i'll", "we'll", "they'll", "you'll", "i’ll", "we’ll", "they’ll", "you’ll", "won't", "won’t", "don't", "don’t",
    "didn't", "didn’t", "wouldn't", "wouldn’t", "can't", "can’t",
];

/// Every other word [`Cx::negated`] asks of (`voted for`, `the next strike`, `the right
/// to`, `may`, `calls for`, `charged with`, `sentenced … for taking part in`, `in favour
/// of`), read as the shared lexicon's [`crate::lexicon::EVENT_NEGATION_CUE`] flag: a word
/// before a trigger with neither flag is passed at once.
pub(crate) const NEGATION_CUES: &[&str] = &[
    "voted", "vote", "votes", "voting", "balloted", "balloting", "next", "upcoming", "forthcoming", "right", "rights",
    "may", "for", "of", "with", "backed", "endorsed", "approved", "supported", "part",
    "including", "authorize", "authorise", "authorizing", "authorising", "authorized", "authorised", "favor", "favour",
];

/// Every word [`Cx::announced`] asks of after a trigger, read as the shared lexicon's
/// [`crate::lexicon::EVENT_PLAN`] flag: a trigger followed by none is no plan.
pub(crate) const PLAN_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "been", "being", "now", "also", "will", "would", "could", "might",
    "may", "should", "expected", "planned", "scheduled", "set", "due", "likely", "threatened", "called", "slated",
];

/// The cues of [`Cx::flags`]: words that show a sentence speaks of bodies (`PHYSICAL`),
/// of protesters (`PROTESTERS`) or of what can kill (`DEADLY`), each found anywhere in
/// the lowercase sentence (`rioters` holds `riot`).
const SENTENCE_CUES: &[(u8, &[&str])] = &[
    (
        PHYSICAL,
        &[
            "police", "protester", "protestor", "demonstrator", "troops", "soldier", "forces", "gunmen", "mob",
            "striker", "rioter", "batons", "armed", "officers", "militia", "riot", "crowd", "students", "workers",
            "activists", "journalists",
        ],
    ),
    (PROTESTERS, &["protesters", "protestors", "demonstrators", "rioters", "crowd", "strikers", "students", "miners", "youths", "workers"]),
    (
        DEADLY,
        &[
            "shot", "police", "clash", "protest", "custody", "beaten", "wounds", "injuries", "security forces", "troops",
            "gunfire", "tear gas", "officer",
        ],
    ),
];

/// Every cue of [`SENTENCE_CUES`] in one automaton (a sentence is read once, not once per
/// cue), with the flags of each of its patterns. (`None` only if the automaton could not
/// be built; the cues are then searched one by one.)
fn sentence_cues() -> Option<&'static (aho_corasick::AhoCorasick, Vec<u8>)> {
    cue_automata().0.as_ref()
}

/// [`BLAST_WORDS`] in one automaton: a sentence is read once, not once per word. (`None`
/// only if the automaton could not be built; the words are then searched one by one.)
fn blast_words() -> Option<&'static aho_corasick::AhoCorasick> {
    cue_automata().1.as_ref()
}

/// The automata of [`sentence_cues`] and [`blast_words`].
type CueAutomata = (Option<(aho_corasick::AhoCorasick, Vec<u8>)>, Option<aho_corasick::AhoCorasick>);

/// [`CueAutomata`], built together on first use (the flags of any sentence with a
/// trigger build both, so no later document pays for one of them).
fn cue_automata() -> &'static CueAutomata {
    static M: std::sync::OnceLock<CueAutomata> = std::sync::OnceLock::new();
    M.get_or_init(|| (build_sentence_cues(), aho_corasick::AhoCorasick::new(BLAST_WORDS).ok()))
}

/// The automaton of [`sentence_cues`] and the flags of its patterns.
fn build_sentence_cues() -> Option<(aho_corasick::AhoCorasick, Vec<u8>)> {
    let mut patterns: Vec<&str> = Vec::new();
    let mut bits: Vec<u8> = Vec::new();
    for &(flag, words) in SENTENCE_CUES {
        for &w in words {
            match patterns.iter().position(|p| *p == w).and_then(|i| bits.get_mut(i)) {
                Some(b) => *b |= flag,
                None => {
                    patterns.push(w);
                    bits.push(flag);
                }
            }
        }
    }
    aho_corasick::AhoCorasick::new(&patterns).ok().map(|m| (m, bits))
}

/// The words that tell an attack in [`Cx::blast`], found anywhere in the lowercase
/// sentence (`stabb` in `stabbing`).
const BLAST_WORDS: &[&str] =
    &["bomb", "blast", "explosi", "grenade", "gunfire", "gunmen", "stabb", "shelling", "shooting", "shot", "beaten", "attack", "assault", "ambush"];

/// The words of an arrest whose clause may tell someone's history (see [`Cx::background`]).
fn arrest_word(w: &str) -> bool {
    matches!(w, "detained" | "arrested" | "jailed" | "imprisoned" | "sentenced")
}

/// The people who strike, as named before `struck`: `miners struck on Monday`.
fn workforce(w: &str) -> bool {
    matches!(
        w,
        "workers" | "miners" | "employees" | "staff" | "teachers" | "nurses" | "doctors" | "drivers" | "dockers" | "dockworkers"
            | "cleaners" | "porters" | "guards" | "pilots" | "controllers" | "firefighters" | "lecturers" | "midwives" | "paramedics"
            | "conductors" | "crews" | "writers" | "actors" | "janitors" | "workforce" | "truckers"
    )
}

impl<'a> Cx<'a> {
    /// Whether the verb at token `i` (`struck`, `remained underground`, `turned off their
    /// engines`) has workers or a labour group for its subject, told within ten words
    /// before it in its clause: `miners struck`, `cleaners at the hospital struck`, `train
    /// drivers from Aslef struck`, `port workers also struck`, `nurses, who struck`, `the
    /// union struck`, `the drivers began turning off their engines`. Not a passive or a
    /// negation (`a nurse was struck`, `nurses have not struck`), and not past a verb or a
    /// clause word between (`workers said a bomb struck`, `miners fled when a quake struck`).
    fn workers_subject(&self, i: usize, s: usize) -> bool {
        // (Past a relative clause between commas: `The miners, who work at the Nurly
        // shaft near the town of Satbayev, stayed below ground`.)
        let i = if i > 0 && self.ws(i - 1, s) == "," {
            (i.saturating_sub(30)..i - 1).rev().find(|&j| self.ws(j, s) == "," && matches!(self.ws(j + 1, s), "who" | "whose")).unwrap_or(i)
        } else {
            i
        };
        for j in (i.saturating_sub(10)..i).rev() {
            let w = self.ws(j, s);
            if workforce(w) || matches!(w, "union" | "unions" | "strikers" | "members") {
                return true;
            }
            if matches!(w, "was" | "were" | "been" | "be" | "being" | "is" | "are" | "not" | "never" | "n't" | "no" | "got" | "get") {
                return false;
            }
            let between = matches!(
                w,
                "from" | "of" | "at" | "in" | "on" | "across" | "and" | "the" | "a" | "its" | "their" | "also" | "had" | "have" | "has"
                    | "last" | "again" | "then" | "all" | "both" | "first" | "finally" | "reportedly" | "briefly" | "who" | "-"
            ) || w == "," && self.ws(j + 1, s) == "who"
                || !w.ends_with("ed")
                    && !matches!(w, "said" | "says" | "when" | "after" | "as" | "that" | "which" | "while" | "before" | "until" | "where")
                    && w.chars().next().is_some_and(|c| c.is_alphanumeric());
            if !between {
                return false;
            }
        }
        false
    }

    /// A word trigger at token `i`: the type and the index of its last token. (`arrest`:
    /// the last token before `i` flagged a trigger that is an [`arrest_word`], if any.)
    fn trigger_at(&self, i: usize, arrest: Option<usize>) -> Option<(EventType, usize)> {
        use EventType::*;
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let s = t.sentence;
        let w = self.w(i);
        if self.lex.get(i).is_none_or(|f| f & crate::lexicon::EVENT_TRIGGER == 0) {
            return None;
        }
        // (Two common words are triggers only before a few words: `been off the job`,
        // `left the warehouse`; the rest of the tests are spared the others.)
        match w {
            "been" if self.ws(i + 1, s) != "off" => return None,
            "given" if crate::timex::lexicon::number_word(self.ws(i + 1, s)).is_none() && !self.ws(i + 1, s).starts_with(|c: char| c.is_ascii_digit()) => return None,
            "left" if !matches!(self.ws(i + 1, s), "the" | "their") => return None,
            _ => {}
        }
        // A word alone in quotes is someone's label, not an event: `blamed Israel for the "riots"`.
        // (A byte test first: the last byte of each of those quotation marks.)
        let quote = |c: Option<char>| matches!(c, Some('"' | '“' | '”' | '«' | '»' | '\'' | '‘' | '’'));
        let quote_byte = |b: Option<&u8>| matches!(b, Some(b'"' | b'\'' | 0x98 | 0x99 | 0x9C | 0x9D | 0xAB | 0xBB));
        if quote_byte(t.span.start.checked_sub(1).and_then(|k| self.text.as_bytes().get(k)))
            && quote(self.text.get(..t.span.start).unwrap_or("").chars().next_back())
            && quote(self.text.get(t.span.end..).unwrap_or("").chars().next())
        {
            return None;
        }
        let next = self.ws(i + 1, s);
        let prev = if i > 0 { self.ws(i - 1, s) } else { "" };
        // `… mark anniversary of January killings` in a headline: a name of past events,
        // not an event. (A headline is the first sentence, with no full stop.)
        if s == 0
            && matches!(w, "killings" | "protests" | "riots" | "strikes" | "massacre" | "uprising" | "unrest" | "demonstrations" | "clashes")
            && !self.sentence_text(0).ends_with('.')
            && crate::timex::lexicon::month(prev).is_some_and(|(_, short)| !short)
            && i > 0
            && self.toks.get(i - 1).is_some_and(|p| p.is_capitalized(self.text))
        {
            return None;
        }
        // A short quoted label or slogan inside the sentence: `take part in "illegal
        // protests"`, `banners reading "when the looting starts, the shooting starts"`.
        if self.quoted_label(t.span, s) {
            return None;
        }
        // `Arrests by province`, `deaths by city`: a breakdown of a tally, no event.
        if next == "by"
            && matches!(self.ws(i + 2, s), "province" | "provinces" | "city" | "cities" | "region" | "regions" | "district" | "districts" | "month" | "year" | "age" | "gender" | "country" | "state")
            && w.ends_with('s')
        {
            return None;
        }
        // `When there is a strike they send us home`: whenever one happens, no event.
        {
            let k = if matches!(prev, "a" | "an") { i.saturating_sub(1) } else { i };
            if k >= 3 && matches!(self.ws(k - 1, s), "is" | "are") && self.ws(k - 2, s) == "there" && matches!(self.ws(k - 3, s), "when" | "whenever") {
                return None;
            }
        }
        let (kind, end) = match w {
            "protest" | "protests" | "protested" | "demo" | "demos" | "demonstration" | "demonstrations"
            | "rally" | "rallies" | "sit-in" | "sit-ins" | "picket" | "pickets" | "picketing" | "unrest"
            | "uprising" | "uprisings" | "revolt" | "vigil" | "vigils" | "blockade" | "blockades" => {
                if self.ranked_or_tallied(i, s) {
                    return None;
                }
                if matches!(w, "rally" | "protest" | "picket") && prev == "to" {
                    // `gathered to protest` happened; `plans to protest` is an intention.
                    let before = if i >= 2 { self.ws(i - 2, s) } else { "" };
                    if !matches!(
                        before,
                        "gathered" | "assembled" | "rallied" | "came" | "out" | "converged" | "streets" | "marched"
                            | "met" | "massed" | "flocked" | "poured"
                    ) {
                        return None;
                    }
                }
                // (`the protest movement has demanded …`, `protest leaders said`: people,
                // not an event)
                if w == "protest" && matches!(next, "song" | "songs" | "vote" | "votes" | "movement" | "movements" | "leader" | "leaders" | "organisers" | "organizers") {
                    return None;
                }
                if matches!(w, "rally" | "rallies")
                    && matches!(prev, "campaign" | "election" | "electoral" | "pre-election" | "market" | "stock" | "stocks" | "relief" | "bear" | "bull" | "price")
                {
                    return None;
                }
                // `a demonstration of strength`
                if matches!(w, "demonstration" | "demonstrations") && next == "of" {
                    return None;
                }
                if matches!(w, "picket" | "pickets" | "picketing") {
                    // `relatives held a silent picket outside the prosecutor's office`: a
                    // picket that is no picket line, in a sentence that names no strike, is
                    // a protest.
                    let kind = if w == "picket" && !matches!(next, "line" | "lines") && !self.strike_told(s) { Protest } else { Strike };
                    return Some((kind, i)).filter(|_| !self.negated(i, s));
                }
                (Protest, i)
            }
            "march" | "marches" | "marched" => {
                // Lower-case only: `March` is a month.
                if !t.text(self.text).starts_with('m') {
                    return None;
                }
                (Protest, i)
            }
            "took" | "take" | "taking" | "taken" if next == "to" && self.ws(i + 2, s) == "the" && self.ws(i + 3, s) == "streets" => {
                (Protest, i + 3)
            }
            "hunger" if matches!(next, "strike" | "strikes") => (Protest, i + 1),
            // `thousands of people banged pots and pans in the streets`: the cacerolazo
            "banged" | "banging" if matches!(next, "pots" | "pans" | "saucepans") => (Protest, i + 1),
            // `residents chanted from rooftops at night`, `crowds chanted slogans outside
            // the court` (not `chanted by`, a slogan that was chanted)
            "chanted" if next != "by" && !matches!(prev, "was" | "were" | "been" | "being") => (Protest, i),
            // `people filled the streets of Minsk`, `poured into the square`
            "filled" | "flooded" | "thronged" | "packed" | "poured" => (Protest, i + crate::figures::crowd_phrase(|k| self.ws(i + k, s))?),
            // (`unions staged a one-day hartal`: South Asia's general stoppage, a strike)
            "strike" | "strikes" | "walkout" | "walkouts" | "walk-out" | "walk-outs" | "stoppage" | "stoppages" | "hartal" | "hartals" => {
                if self.ranked_or_tallied(i, s) {
                    return None;
                }
                if matches!(prev, "air" | "drone" | "missile" | "military" | "nuclear" | "pre-emptive" | "lightning" | "hunger" | "to")
                    || w == "strike" && matches!(next, "a" | "deal" | "balance" | "back" | "out" | "down")
                    || matches!(next, "price" | "prices" | "rate" | "force" | "capability" | "aircraft" | "group" | "package" | "mission" | "zone")
                    // (the people and papers of a strike: `strike representatives met the
                    // employers`, `a strike ballot`, not a stoppage itself; nor `strike
                    // activity`, strikes in general)
                    || matches!(
                        next,
                        "representatives" | "committee" | "committees" | "leader" | "leaders" | "fund" | "funds"
                            | "pay" | "ballot" | "ballots" | "notice" | "notices" | "mandate" | "organisers"
                            | "organizers" | "breaker" | "breakers" | "activity" | "activities"
                    )
                    // (`on strike days, a fifth of trains run`, `within 14 days of each strike
                    // day`: any day of a strike, no strike)
                    || matches!(prev, "on" | "each" | "per") && matches!(next, "day" | "days" | "dates")
                {
                    return None;
                }
                (Strike, i)
            }
            "striking" if matches!(next, "workers" | "miners" | "employees" | "staff" | "teachers" | "nurses" | "doctors" | "drivers" | "dockers") => {
                (Strike, i + 1)
            }
            "went" | "go" | "going" | "gone" if next == "on" && matches!(self.ws(i + 2, s), "strike" | "strikes") => {
                (Strike, i + 2)
            }
            // `staff began a go-slow`: work slowed on purpose, a strike; `a go-slow convoy
            // of lorries crawled along the motorway`: traffic slowed on purpose, a protest.
            "go-slow" | "go-slows" => {
                if self.ranked_or_tallied(i, s) {
                    return None;
                }
                match next {
                    "convoy" | "convoys" | "drive" | "drives" | "protest" | "protests" => (Protest, i + 1),
                    _ => (Strike, i),
                }
            }
            // (`students walked out of classes`: a protest; `walked out of the talks`, of
            // a meeting or a hearing: no event.)
            // (`to walk out`: what someone plans or votes for, no event.)
            "walk" | "walks" | "walking" if prev == "to" => return None,
            "walked" | "walk" | "walks" | "walking" if next == "out" && self.ws(i + 2, s) == "of" => {
                let j = if matches!(self.ws(i + 3, s), "the" | "their" | "a") { i + 4 } else { i + 3 };
                match self.ws(j, s) {
                    "class" | "classes" | "school" | "schools" | "lectures" | "lessons" => (Protest, i + 1),
                    "talks" | "meeting" | "meetings" | "negotiations" | "parliament" | "session" | "hearing" | "court" | "courtroom"
                    | "chamber" | "room" | "studio" | "interview" | "debate" | "conference" => return None,
                    _ => (Strike, i + 1),
                }
            }
            // (`Dockers walk out at Velmora port`: a headline's or a list item's present.)
            "walked" | "walk" | "walks" | "walking" if next == "out" || next == "off" => (Strike, i + 1),
            // `a handful of miners remained underground`, `copper miners stay below
            // ground`: workers who stay down the mine hold a sit-in strike there (not
            // miners trapped below by an accident)
            "stayed" | "remained" | "stay" | "stays" | "staying"
                if (next == "underground" || next == "below" && self.ws(i + 2, s) == "ground")
                    && self.workers_subject(i, s)
                    && !["trapped", "collaps", "rescue", "flood", "explosion", "blast", "missing"].iter().any(|a| holds(self.sentence_text(s), a)) =>
            {
                (Strike, if next == "below" { i + 2 } else { i + 1 })
            }
            // `dockers stayed out for a second day`: workers out on strike
            "stayed" | "stay" | "stays" | "staying" if next == "out" && self.workers_subject(i, s) => (Strike, i + 1),
            // `dockers stayed off the job`, `stayed away from work`, `from the fields`;
            // `400 workers have been off the job since Monday`
            "stayed" | "stay" | "staying" => (Strike, self.stayed_off_work(i + 1, s)?),
            "been" if next == "off" => (Strike, self.stayed_off_work(i + 1, s)?),
            // `the loaders left the warehouse at the start of the 5am shift`: workers who
            // leave their workplace as their shift begins stop work (not those who leave
            // it when the shift ends)
            "left" => (Strike, self.left_at_shift_start(i, s)?),
            // `tens of thousands of teachers called in sick`: a sick-out, a strike
            "called" | "calling" if next == "in" && self.ws(i + 2, s) == "sick" && self.workers_subject(i, s) => (Strike, i + 2),
            // `the drivers began turning off their engines`, `truckers kept their rigs
            // parked`: those who drive for a living leave their vehicles idle, a strike
            // (not a car's engine turned off at a stop)
            "turned" | "turning" | "switched" | "switching"
                if next == "off" && matches!(self.ws(i + 2, s), "their" | "the") && vehicle(self.ws(i + 3, s)) && self.workers_subject(i, s) =>
            {
                (Strike, i + 3)
            }
            "parked"
                if i >= 3
                    && vehicle(prev)
                    && matches!(self.ws(i - 2, s), "their" | "the")
                    && matches!(self.ws(i - 3, s), "kept" | "keep" | "keeping" | "left" | "leave")
                    && self.workers_subject(i - 3, s) =>
            {
                (Strike, i)
            }
            // `miners refused to go underground`, `refused to work`, `refusing to start
            // their shifts`
            "refused" | "refusing" | "refuse" | "refuses" if next == "to" => (Strike, self.refusal_to_work(i + 2, s)?),
            // `miners struck on Monday`, not `an earthquake struck`, `struck a deal`, `struck by`
            "struck"
                if self.workers_subject(i, s)
                    && !matches!(
                        next,
                        "a" | "an" | "the" | "by" | "down" | "off" | "out" | "back" | "deal" | "deals" | "up" | "it" | "him" | "her"
                            | "them" | "me" | "us" | "gold" | "oil" | "fear" | "home"
                    ) =>
            {
                (Strike, i)
            }
            // `students boycotted classes`: a protest; `boycotted their shifts`: a strike
            "boycotted" | "boycotting" => {
                let o = if matches!(next, "the" | "their" | "all") { i + 2 } else { i + 1 };
                match self.ws(o, s) {
                    "classes" | "lectures" | "exams" | "lessons" | "school" | "university" => (Protest, o),
                    "work" | "shifts" => (Strike, o),
                    _ => return None,
                }
            }
            // (`stopped work`, not `the lifts stopped working`)
            "stopped" | "stop" | "stopping" if next == "work" => (Strike, i + 1),
            // `postal workers held their 18th day of action`: a strike when workers or a
            // union hold it, else a protest
            "day" | "days" if next == "of" && self.ws(i + 2, s) == "action" => {
                // (looking back through its clause only: `postal workers struck, while
                // students staged a day of action`)
                let labour = (i.saturating_sub(24)..i)
                    .rev()
                    .map(|k| self.ws(k, s))
                    .take_while(|w| !matches!(*w, "," | ";" | "while" | "but" | "whereas"))
                    .any(|w| workforce(w) || matches!(w, "union" | "unions" | "strikers"));
                (if labour { Strike } else { Protest }, i + 2)
            }
            // (`working days lost to industrial action` counts, it is no event)
            "industrial" if next == "action" && !(prev == "to" && i >= 2 && self.ws(i - 2, s) == "lost") => (Strike, i + 1),
            "riot" | "riots" | "rioted" | "rioting" | "rioters" | "looting" | "looted" | "looters" | "torched" | "arson" => {
                if matches!(next, "police" | "gear" | "squad" | "squads" | "shields" | "control" | "officers" | "troops" | "unit" | "units") {
                    return None;
                }
                (Riot, i)
            }
            // `demonstrations over the killing turned violent`: a protest became a riot.
            "violent"
                if matches!(prev, "turned" | "turn" | "turning" | "turns" | "became" | "become" | "becoming" | "grew")
                    && (2..=12).filter_map(|k| i.checked_sub(k)).any(|j| {
                        matches!(
                            self.ws(j, s),
                            "protest" | "protests" | "demonstration" | "demonstrations" | "march" | "marches" | "rally" | "rallies"
                                | "protesters" | "demonstrators" | "crowd" | "crowds" | "gathering" | "vigil"
                        )
                    }) =>
            {
                (Riot, i)
            }
            // `protesters pulled down a statue of the former president`, `toppled the
            // monument`: property destroyed by a crowd, a riot.
            "statue" | "statues" | "monument" | "monuments"
                if (1..=3).filter_map(|k| i.checked_sub(k)).any(|j| {
                    matches!(self.ws(j, s), "toppled" | "toppling" | "defaced" | "vandalised" | "vandalized" | "smashed")
                        || matches!(self.ws(j, s), "down") && j >= 1 && matches!(self.ws(j - 1, s), "pulled" | "pulling" | "tore" | "tearing" | "torn" | "knocked" | "brought")
                }) =>
            {
                (Riot, i)
            }
            "set" | "setting" if matches!(next, "fire" | "fires") => (Riot, i + 1),
            // (`fires were set at two stations`: arson, a riot)
            "set" if matches!(prev, "were" | "was") && i >= 2 && matches!(self.ws(i - 2, s), "fires" | "fire") => (Riot, i),
            // `set one alight`, `set a police van on fire`: property burned, a riot.
            "set" | "setting" if self.set_alight(i, s).is_some() => (Riot, self.set_alight(i, s).unwrap_or(i)),
            // `built barricades`, `burning barricades`: a street fight, a riot.
            // (Not `set up barricades` in an occupation, a protest.)
            "barricades" if matches!(prev, "built" | "build" | "building" | "erected" | "erecting" | "burning" | "burned" | "burnt" | "torched") => (Riot, i),
            // `a group of young men overturned a police minibus`: a vehicle wrecked by a
            // crowd, a riot
            "overturned" | "overturning"
                if (i + 1..=i + 4).any(|j| matches!(self.ws(j, s), "car" | "cars" | "van" | "vans" | "minibus" | "bus" | "buses" | "vehicle" | "vehicles" | "truck" | "trucks" | "jeep")) =>
            {
                (Riot, i)
            }
            // `a crowd … surrounded the bungalow, and stones were thrown at a jeep`,
            // `protesters hurled rocks at police`: a crowd that throws stones has turned
            // violent, a riot (a few at the edge of a gathering, `a group of hooded youths
            // threw stones`, `some drivers threw stones`, leave it what it was)
            "stones" | "rocks" | "bricks"
                if matches!(prev, "threw" | "throwing" | "hurled" | "hurling")
                    || matches!(next, "were" | "was") && matches!(self.ws(i + 2, s), "thrown" | "hurled") =>
            {
                let few = (i.saturating_sub(8)..i).any(|j| self.ws(j, s) == "some" || self.ws(j, s) == "a" && matches!(self.ws(j + 1, s), "group" | "few" | "handful"));
                if few {
                    return None;
                }
                (Riot, if matches!(next, "were" | "was") { i + 2 } else { i })
            }
            // `set it on fire`, `set cars ablaze`
            "set" | "setting"
                if matches!(next, "it" | "them" | "cars" | "vehicles" | "buildings" | "buses" | "tyres" | "tires" | "shops" | "banks")
                    && (matches!(self.ws(i + 2, s), "ablaze" | "alight")
                        || self.ws(i + 2, s) == "on" && self.ws(i + 3, s) == "fire") =>
            {
                (Riot, if self.ws(i + 2, s) == "on" { i + 3 } else { i + 2 })
            }
            // (`the homes of dozens of politicians were set on fire`, `the police station
            // was set on fire`: property burned by a crowd is a riot; a person set on fire
            // stays violence.)
            "set" if next == "on" && self.ws(i + 2, s) == "fire" => (if self.property_burned(i, s) { Riot } else { Violence }, i + 2),
            // (`several metro stations were set alight`, `… set ablaze`: the same)
            "set" if matches!(next, "alight" | "ablaze") && i >= 1 && matches!(self.ws(i - 1, s), "was" | "were" | "been" | "being") => {
                (if self.property_burned(i, s) { Riot } else { Violence }, i + 1)
            }
            "shot" if next == "dead" => (Killing, i + 1),
            "shot" if !matches!(next, "down" | "up" | "to" | "at" | "through" | "back") || next == "at" && self.ws(i + 2, s) != "the" => {
                (Violence, i)
            }
            "rallied" | "demonstrated"
                if !matches!(prev, "stocks" | "shares" | "markets" | "prices" | "currency" | "it" | "has" | "have" | "study" | "research")
                    && !matches!(next, "that" | "how" | "its" | "his" | "her" | "their" | "a" | "an" | "the" | "behind" | "support") =>
            {
                (Protest, i)
            }
            "occupied" | "occupying" | "occupation" | "barricades" | "barricaded"
                if self.flags(s) & PHYSICAL != 0 && !matches!(prev, "the" | "israeli" | "military" | "soviet" | "german" | "foreign") =>
            {
                (Protest, i)
            }
            "blocked" | "blocking" | "blockaded" | "block"
                if matches!(
                    next,
                    "roads" | "road" | "highways" | "highway" | "streets" | "street" | "bridges" | "bridge" | "railway"
                        | "railways" | "traffic" | "junctions" | "intersections" | "motorway" | "motorways" | "access"
                        | "entrances" | "ports" | "refineries" | "depots" | "terminals" | "gates" | "the" | "a"
                ) && (!matches!(next, "the" | "a")
                    // (`the main road`, `the Dhaka-Mymensingh highway`, `a road`, `the
                    // gates of the terminal`, `the port entrance`; `the Colombo–Galle road`,
                    // whose en dash is a word of its own)
                    || (i + 2..=i + 5).any(|k| {
                        matches!(
                            self.ws(k, s),
                            "road" | "roads" | "highway" | "main" | "bridge" | "railway" | "street" | "motorway" | "gate" | "gates"
                                | "entrance" | "entrances" | "terminal" | "depot" | "refinery"
                        )
                    })) =>
            {
                (Protest, i)
            }
            // `residents of Mirihana gathered outside his house to demand his resignation`,
            // `workers assembled at the gates chanting slogans`: a gathering with a protest's
            // purpose (not `mourners gathered at the cemetery`)
            // (`thousands of people walked to her grave in Saqqez, chanting "…"`: a march)
            // (`they stood every day on the main square with banners`, `stood in silence
            // on the square, holding photographs of the dead and a banner`: a standing protest)
            // (Standing takes a longer clause: `stood every day in blue overalls on the main
            // square opposite the akimat, the town administration, with banners`.)
            "gathered" | "assembled" | "massed" | "converged" | "walked" | "went" | "stood"
                if (!going(w) || matches!(next, "to" | "towards" | "toward" | "through"))
                    && (i + 1..i + if w == "stood" { 21 } else { 15 }).any(|k| {
                        matches!(
                            self.ws(k, s),
                            "demand" | "demanding" | "chanting" | "chanted" | "denounce" | "denouncing" | "condemn" | "condemning"
                                | "slogans" | "placards" | "banners"
                        ) || w == "stood" && self.ws(k, s) == "banner"
                    }) =>
            {
                (Protest, i)
            }
            // `people began to gather near the akimat`, `crowds gathered outside
            // parliament`: a crowd at a seat of power (not `mourners gathered at the
            // cemetery`)
            // (A wire photo's caption tells its moment in the present: `FILE - Miners
            // gather outside the company's office in Zhezkazgan on Jan. 6, 2022.`; see
            // [`crate::layout::FILE_CAPTION`].)
            "gather" | "gathered" | "assembled"
                if (w != "gather" || i >= 2 && self.ws(i - 1, s) == "to" && matches!(self.ws(i - 2, s), "began" | "started" | "continued" | "begin" | "start") || self.layout.sentence(s) & crate::layout::FILE_CAPTION != 0)
                    && !matches!(prev, "mourners" | "relatives" | "families" | "worshippers" | "fans" | "guests")
                    && matches!(next, "near" | "outside" | "at" | "in" | "on" | "before" | "around")
                    && (i + 2..i + 9).any(|k| {
                        matches!(
                            self.ws(k, s),
                            "akimat" | "parliament" | "government" | "administration" | "ministry" | "embassy" | "palace" | "residence"
                                | "governor's" | "mayor's" | "headquarters" | "legislature" | "square" | "courthouse" | "court" | "office"
                                | "offices"
                        )
                    }) =>
            {
                (Protest, i)
            }
            // `students tried to push through a barricade`, `pushed past police lines`: a
            // crowd pressing on the police's lines, a protest
            "push" | "pushed" | "pushing"
                if matches!(next, "through" | "past" | "against")
                    && (i + 2..=i + 4).any(|k| matches!(self.ws(k, s), "barricade" | "barricades" | "cordon" | "cordons" | "lines")) =>
            {
                (Protest, i)
            }
            // `students have camped on the road leading to parliament since Thursday`, `camped
            // outside the ministry`: a camp held as a protest, in a sentence of protesters or
            // of bodies (not `refugees camped in the park`, `campers camped by the lake`)
            "camped"
                if matches!(next, "on" | "outside" | "in" | "at" | "near" | "opposite")
                    && self.flags(s) & (PROTESTERS | PHYSICAL) != 0
                    && !matches!(prev, "refugees" | "families" | "migrants" | "tourists" | "campers" | "fans" | "pilgrims") =>
            {
                (Protest, i)
            }
            // `the Supreme Court ordered the State to protect the residents`, `the court
            // ordered their release`: a court's order, a ruling
            "ordered" if (i.saturating_sub(2)..i).any(|j| matches!(self.ws(j, s), "court" | "courts" | "judge" | "judges" | "tribunal")) => (Other, i),
            // `the authority obtained an interim injunction from the High Court`: a court's
            // order, a ruling (not `sought an injunction`, which is not granted yet)
            "injunction" | "injunctions"
                if (i.saturating_sub(4)..i).any(|j| matches!(self.ws(j, s), "obtained" | "granted" | "won" | "secured" | "issued" | "imposed"))
                    && (i + 1..=i + 6).chain(i.saturating_sub(8)..i).any(|j| matches!(self.ws(j, s), "court" | "judge" | "tribunal")) =>
            {
                (Other, i)
            }
            // `a crowd broke into the akimat building`: a building stormed, by a crowd
            // a riot
            "broke" if next == "into" && matches!(prev, "police" | "officers" | "troops" | "soldiers" | "agents") => (Violence, i + 1),
            "broke" if next == "into" && (self.flags(s) & (PROTESTERS | PHYSICAL) != 0 || matches!(prev, "looters" | "mob" | "men" | "youths")) => (Riot, i + 1),
            // `gunfire erupted near the square`, `shooting continued in the city centre`,
            // `heavy gunfire`: shots fired (not gunfire only heard, nor `the third fatal
            // police shooting this year`, a count)
            "gunfire" | "shooting"
                if matches!(next, "continued" | "erupted" | "broke" | "began" | "started" | "resumed" | "raged" | "intensified")
                    || matches!(prev, "heavy" | "sporadic" | "indiscriminate" | "intense" | "automatic" | "exchanged" | "exchange") =>
            {
                (Violence, i)
            }
            // `a large gathering in Saqqez`, `mass gatherings`: a crowd that met (not `a
            // gathering of ministers`, `intelligence gathering`)
            "gathering" | "gatherings" if matches!(prev, "large" | "mass" | "huge" | "big" | "massive" | "vast") && next != "of" => (Protest, i),
            "protesting" | "marching" if t.text(self.text).starts_with(|c: char| c.is_lowercase())
                && !matches!(next, "innocence" | "his" | "her" | "their") =>
            {
                (Protest, i)
            }
            // `students jumped turnstiles`, `started jumping the turnstiles`: a fare-evasion
            // protest
            "jump" | "jumped" | "jumping" if next == "turnstiles" || next == "the" && self.ws(i + 2, s) == "turnstiles" => {
                (Protest, if next == "the" { i + 2 } else { i + 1 })
            }
            "downed" if next == "tools" => (Strike, i + 1),
            // `laid down tools`, `laid down their tools`
            "laid" if next == "down" && (self.ws(i + 2, s) == "tools" || self.ws(i + 3, s) == "tools" && matches!(self.ws(i + 2, s), "their" | "its")) => {
                (Strike, if self.ws(i + 2, s) == "tools" { i + 2 } else { i + 3 })
            }
            // `shopkeepers kept their shutters down`, `merchants closed their stores`,
            // `rows of closed shops`, `videos showed shuttered shops`, `traders … closed
            // for two days in solidarity`: a strike of the bazaar (not `police closed the
            // shops`, `the mall shut`)
            "closed" | "shut" | "shuttered" | "shutters" => {
                let end = self.shop_closure(i, s)?;
                (Strike, end)
            }
            // `shop closures in the bazaars of Tehran and Tabriz`: a strike of the bazaar
            "closures" if matches!(prev, "shop" | "store" | "bazaar" | "market" | "business") => (Strike, i),
            "custody" if prev == "into" => (Arrest, i),
            "dispersed" | "disperse" | "dispersing"
                if matches!(next, "protesters" | "protestors" | "demonstrators" | "the" | "a" | "crowds" | "marchers" | "students")
                    && self.flags(s) & PROTESTERS != 0 || matches!(next, "protesters" | "protestors" | "demonstrators" | "crowds" | "marchers") =>
            {
                (Protest, i)
            }
            "protesters" | "protestors" | "demonstrators" | "marchers" | "crowds" | "crowd"
                // (`demonstrators had also gathered in Atyrau`: past up to two such words)
                if crowd_verb(self.ws(i + 1 + self.auxiliaries_after(i, s), s)) && !self.standing_demand(i + 1 + self.auxiliaries_after(i, s), s)
                    // `crowds in Almaty began gathering`
                    || next == "in"
                        && (i + 3..=i + 4).any(|j| matches!(self.ws(j, s), "began" | "started" | "gathering") || crowd_verb(self.ws(j, s)) && !self.standing_demand(j, s)) =>
            {
                (Protest, i)
            }
            // (`relatives of those killed`: the dead, not a killing of that day.)
            "killed" if prev == "those" => return None,
            // (`I want the man who killed him in handcuffs`, `the officer who shot
            // Deloach`: someone named by what is already told)
            "killed" | "shot" | "murdered"
                if prev == "who"
                    && i >= 3
                    && self.ws(i - 3, s) == "the"
                    && matches!(self.ws(i - 2, s), "man" | "men" | "officer" | "officers" | "policeman" | "policemen" | "soldier" | "soldiers" | "gunman" | "gunmen" | "person" | "killer") =>
            {
                return None
            }
            "killed" | "killing" | "killings" | "massacre" | "massacred" | "murdered" => (Killing, i),
            // (`a militia member was stabbed to death`, `beaten to death in custody`)
            "stabbed" | "beaten" if next == "to" && self.ws(i + 2, s) == "death" => (Killing, i + 2),
            "stabbed" | "stabbing" | "stabbings" => (Violence, i),
            // `a group tried to storm a fuel depot`: an attempt made by a crowd is a riot
            // (by the police, violence).
            "storm"
                if prev == "to"
                    && i >= 2
                    && matches!(self.ws(i - 2, s), "tried" | "attempted" | "sought" | "trying" | "attempting")
                    // (not `killed dozens of attackers who tried to storm police stations`,
                    // which tells who they were)
                    && !(i >= 3 && self.ws(i - 3, s) == "who") =>
            {
                let police = (3..=8).filter_map(|k| i.checked_sub(k)).any(|j| {
                    matches!(self.ws(j, s), "police" | "troops" | "soldiers" | "forces" | "officers" | "army" | "guards")
                });
                (if police { Violence } else { Riot }, i)
            }
            "attack" | "attacks" | "attacked" | "assaulted" | "beaten" | "beating" | "beatings" | "crackdown" | "stormed" | "storming"
            | "clashes" | "clashed" | "clash" | "battles" | "battled" | "fought" => {
                // (`fought for control of the airport`, `fought with police`; not `fought for
                // higher wages`)
                if w == "fought" && !(matches!(next, "with" | "against" | "running" | "pitched" | "police" | "troops") || next == "for" && self.ws(i + 2, s) == "control") {
                    return None;
                }
                // (`running battles with police`, `battled riot police`; not `legal battles`)
                if matches!(w, "battles" | "battled") && !matches!(prev, "running" | "pitched" | "street" | "fought" | "fierce") && !matches!(next, "with" | "police" | "riot" | "security" | "troops") {
                    return None;
                }
                // (`three people were killed in clashes`: the clash is the killing's, told
                // by it.)
                if matches!(w, "clashes" | "clash") && matches!(prev, "in" | "during") && i >= 2 && matches!(self.ws(i - 2, s), "killed" | "died" | "dead") {
                    return None;
                }
                // Physical only: not `the opposition attacked the plan`. (A camp, a crowd
                // or a building attacked is a body attacked: `supporters of the mayor
                // attacked the camp`.)
                if prev == "heart" || !(self.physical(s) || matches!(w, "attacked" | "assaulted") && self.bodily_target(i + 1, s)) {
                    return None;
                }
                // `demanding an end to the crackdown`: what they want stopped, no event
                if w == "crackdown" && i >= 3 && matches!((self.ws(i - 3, s), self.ws(i - 2, s)), ("end", "to") | ("halt", "to") | ("stop", "the") | ("end", "the")) {
                    return None;
                }
                (Violence, i) // riot when protesters took part; see `triggers`
            }
            "died" | "dies" | "dead" if w == "died" || w == "dies" || prev == "found" => {
                // (`over the death of George Floyd, a Black man who died after …`: the death
                // the story is about, restated in passing; it is told where it happened.)
                let restated = prev == "who" && (2..=12).any(|k| i.checked_sub(k).is_some_and(|j| self.ws(j, s) == "death" && self.ws(j + 1, s) == "of"));
                if self.flags(s) & DEADLY == 0 || restated || self.benign_death(i + 1, s) {
                    return None;
                }
                (Killing, i)
            }
            "opened" | "opening" | "open" if next == "fire" => (Violence, i + 1),
            "tear" if next == "gas" => (Violence, i + 1),
            // (`struck in the leg by a rubber bullet`, `hit by a beanbag round`: see
            // `crowd_control` and `harm_told`)
            "rubber" if matches!(next, "bullets" | "bullet") => (Violence, i + 1),
            "beanbag" if matches!(next, "round" | "rounds") => (Violence, i + 1),
            "water" if next == "cannon" || next == "cannons" => (Violence, i + 1),
            // Court rulings, type `other` (no arrest of their day: `was sentenced to seven
            // years` is a verdict on someone held long before; still a word of someone's
            // history, see `arrest_word`): `the regional court sentenced …`, `who was
            // convicted in October 2023`, `had already been fined in 2021`, `upheld the
            // 10-year sentence`, `reduced the term to two years`, `the union was dissolved by
            // the Supreme Court`, `was given three years of restricted freedom`, `was jailed
            // for 30 months` (else `jailed` is an arrest, below). Not an administrative
            // sanction (`sentenced to 15 days of administrative arrest`), which punishes a
            // detention told as an arrest; nor a tally over years (`Since 2020, more than a
            // hundred workers have been convicted`).
            "sentenced" | "convicted" | "acquitted" | "fined" | "upheld" | "reduced" | "quashed" | "commuted" | "dissolved" | "liquidated" | "given" => {
                if !self.ruling(i, s) {
                    return None;
                }
                (Other, i)
            }
            "jailed" | "imprisoned" if self.ruling(i, s) => (Other, i),
            // `the town court fines Mr X 150 indices` (a chronology's present), `the regional
            // court rejected the appeals`: rulings.
            "fines" if (i.saturating_sub(4)..i).any(|j| matches!(self.ws(j, s), "court" | "courts" | "judge" | "tribunal")) => (Other, i),
            "rejected" | "rejects"
                if (i + 1..=i + 3).any(|j| matches!(self.ws(j, s), "appeal" | "appeals"))
                    && (i.saturating_sub(6)..i).any(|j| matches!(self.ws(j, s), "court" | "judge" | "judges" | "tribunal")) =>
            {
                (Other, i)
            }
            "arrested" | "arrest" | "arrests" | "detained" | "detain" | "detains" | "detention" | "detentions" | "jailed" | "imprisoned" => {
                // `Police detain 12 pickets`: a headline's or a list item's present; not
                // `powers to detain`.
                if matches!(w, "detain" | "detains") && prev == "to" {
                    return None;
                }
                if matches!(next, "warrant" | "warrants" | "centre" | "center" | "centres" | "centers" | "facility" | "facilities" | "camp" | "camps") {
                    return None;
                }
                // `tortured in pretrial detention`, `held in detention`: where someone
                // was kept, not an arrest.
                // (So is `10 days of administrative arrest`, a sentence served, and `gave 31
                // people administrative arrests`.)
                if matches!(w, "arrest" | "arrests") && prev == "administrative" {
                    return None;
                }
                if matches!(w, "detention" | "detentions") && (matches!(prev, "pretrial" | "pre-trial" | "administrative" | "preventive" | "immigration") || prev == "in" && i >= 2 && matches!(self.ws(i - 2, s), "held" | "kept" | "remain" | "remained" | "remains" | "died" | "tortured" | "beaten" | "abused")) {
                    return None;
                }
                // `those detained`, `the arrested`: people, not an arrest.
                if matches!(w, "detained" | "arrested" | "jailed" | "imprisoned") && matches!(prev, "those" | "the" | "all") {
                    return None;
                }
                // `pictures of detained relatives`, `for jailed activists`: a word that
                // describes people, not an arrest.
                if matches!(w, "detained" | "arrested" | "jailed" | "imprisoned")
                    && matches!(prev, "of" | "for" | "their" | "his" | "her" | "its" | "our" | "free" | "freeing" | "release" | "releasing" | "with")
                    && next.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(next, "" | "by" | "in" | "on" | "at" | "for" | "after" | "during" | "since" | "and" | "or" | "over" | "under" | "while" | "when" | "as" | "without" | "from" | "near" | "outside" | "inside" | "last" | "this" | "yesterday" | "today" | "earlier")
                {
                    return None;
                }
                // `The activist, jailed in May, has been on hunger strike`, `her lawyer, who
                // was arrested last year, said`: someone's history, not an event of the story.
                if matches!(w, "detained" | "arrested" | "jailed" | "imprisoned" | "sentenced") && self.background(i, s) {
                    return None;
                }
                (Arrest, i)
            }
            "rounded" if next == "up" => (Arrest, i + 1),
            // `defied a curfew`, `defying the ban on rallies`
            "defied" | "defying" if matches!(self.ws(i + 2, s), "curfew" | "ban" | "curfews" | "bans") => (Protest, i + 2),
            // `riot police beat protesters` (not `beat the deadline`)
            "beat" if matches!(next, "protesters" | "demonstrators" | "students" | "marchers" | "strikers" | "people" | "women" | "journalists" | "them") => {
                (Violence, i + 1)
            }
            // `formed a human chain`
            "human" if matches!(next, "chain" | "chains") => (Protest, i + 1),
            _ => return None,
        };
        if self.negated(i, s) || self.announced(end, s) {
            return None;
        }
        // `jailed in May for organising a sit-in`, `who was arrested last year during a
        // march`: what a clause of someone's history names is no event of the story either.
        // (Back to the clause's comma, the lexicon flag asked before the word.)
        // (Only when the last arrest word before it is among the ten words before it.)
        let lo = i.saturating_sub(10);
        for k in (lo..if arrest.is_some_and(|a| a >= lo) { i } else { lo }).rev() {
            let Some(tk) = self.toks.get(k).filter(|tk| tk.sentence == s) else { break };
            if tk.kind == TokenKind::Punct && matches!(tk.text(self.text), "," | ";") {
                break;
            }
            if self.lex.get(k).is_some_and(|f| f & crate::lexicon::EVENT_TRIGGER != 0)
                && arrest_word(self.w(k))
                && self.background(k, s)
            {
                return None;
            }
        }
        // `a teacher who has marched every weekend`, `I've marched every day since`: one
        // person's habit, not an event.
        if self.habit(i, end, s) {
            return None;
        }
        // `Strikes at state enterprises have lost some of their momentum`, `protests have
        // waned`: a trend, not an event.
        if self.waning(end, s) {
            return None;
        }
        // `months of unrest`: the background of the story, not an event of it.
        if prev == "of" && i >= 2 && matches!(self.ws(i - 2, s), "days" | "weeks" | "months" | "years" | "decades") {
            return None;
        }
        Some((kind, end))
    }

    /// Whether the event noun at `i` is no event of its own: an apposition that ranks the
    /// event just told (`Teachers walked off the job Monday morning, the first strike in
    /// the district since 1987`: a trigger word before it in the sentence), or a tally of
    /// ten events or more (`there were at least 40 strikes in the country in the first
    /// eight months`; not a year or a day, `the 2019 protests`, `the October 18 protests`).
    fn ranked_or_tallied(&self, i: usize, s: usize) -> bool {
        let prev = if i > 0 { self.ws(i - 1, s) } else { "" };
        if prev.len() >= 2 && prev.bytes().all(|b| b.is_ascii_digit() || b == b',') {
            let year = prev.len() == 4 && (prev.starts_with("19") || prev.starts_with("20"));
            // (nor a day: `the October 18 protests`)
            let day = i >= 2 && crate::timex::lexicon::month(self.ws(i - 2, s)).is_some();
            return self.w(i).ends_with('s') && !year && !day;
        }
        i >= 3
            && (superlative(prev) || prev == "first")
            && self.ws(i - 2, s) == "the"
            && self.ws(i - 3, s) == ","
            && (self.sent_tok.get(s).copied().unwrap_or(i)..i - 3).any(|j| self.lex.get(j).is_some_and(|f| f & crate::lexicon::EVENT_TRIGGER != 0))
    }

    /// Whether the trigger at `i..=end` tells of a person's habit: a person (`who`, `I`,
    /// `we`, `she`, perhaps with `has`, `had`, `'ve`) right before it and `every` or
    /// `each` and a time (`every weekend`, `almost every Friday`) within three words after
    /// it. (Not a group's: `medical staff formed human chains every morning since …`.)
    fn habit(&self, i: usize, end: usize, s: usize) -> bool {
        let person = |w: &str| {
            matches!(w, "who" | "i" | "we" | "she" | "he" | "i've" | "we've" | "i’ve" | "we’ve" | "i'd" | "i’d")
        };
        let before = (1..=2).filter_map(|k| i.checked_sub(k)).map(|j| self.ws(j, s)).find(|w| !matches!(*w, "has" | "have" | "had" | "also" | "already"));
        if !before.is_some_and(person) {
            return false;
        }
        (end + 1..=end + 3).any(|j| {
            matches!(self.ws(j, s), "every" | "each")
                && matches!(
                    self.ws(j + 1, s),
                    "day" | "night" | "week" | "weekend" | "morning" | "evening" | "afternoon" | "monday" | "tuesday" | "wednesday"
                        | "thursday" | "friday" | "saturday" | "sunday" | "month" | "year"
                )
        })
    }

    /// Whether `joined them` at `i` (`joined` then `them`) tells of people who joined
    /// others: a crowd or a workforce within eight words before it (`600 workers had
    /// joined them`), and no negation or plan (`threatened to`, `will`).
    fn joined_them(&self, i: usize, s: usize) -> bool {
        self.w(i) == "joined"
            && self.ws(i + 1, s) == "them"
            && (1..=8).filter_map(|k| i.checked_sub(k)).any(|j| {
                let w = self.ws(j, s);
                workforce(w) || matches!(w, "people" | "others" | "students" | "residents" | "protesters" | "hundreds" | "thousands" | "colleagues")
            })
            && !self.negated(i, s)
    }

    /// Whether the words after the trigger ending at `end` say it waned (within six words,
    /// after `has`/`have`): `have lost some of their momentum`, `have lost steam`, `had
    /// waned`, `have petered out`.
    fn waning(&self, end: usize, s: usize) -> bool {
        (end + 1..=end + 6).any(|j| {
            matches!(self.ws(j - 1, s), "has" | "have" | "had")
                && match self.ws(j, s) {
                    "lost" => (j + 1..=j + 5).any(|k| matches!(self.ws(k, s), "momentum" | "steam")),
                    w => matches!(w, "waned" | "faded" | "subsided" | "petered" | "fizzled" | "dwindled"),
                }
        })
    }

    /// The last token of a stay away from work told from `k` (after `stayed`): `off the
    /// job`, `off work`, `away from work`, `away from their …`, `away from the fields` (or
    /// the mines, the plant: where they work).
    fn stayed_off_work(&self, k: usize, s: usize) -> Option<usize> {
        let w = |j: usize| self.ws(k + j, s);
        let job = |x: &str| matches!(x, "work" | "job" | "jobs");
        match (w(0), w(1)) {
            ("off", "work") => Some(k + 1),
            ("off", "the" | "their" | "job" | "jobs") if job(w(2)) => Some(k + 2),
            ("away", "from") if matches!(w(2), "work" | "their") => Some(k + 2),
            ("away", "from") if w(2) == "the" && workplace(w(3)) => Some(k + 3),
            _ => None,
        }
    }

    /// The last token of a walkout told by `left` at `i`: `left the warehouse [in Aurora]
    /// at the start of the 5am shift`, a workplace left as a shift starts (the `shift`).
    fn left_at_shift_start(&self, i: usize, s: usize) -> Option<usize> {
        let w = |k: usize| self.ws(k, s);
        if !matches!(w(i + 1), "the" | "their") || !workplace(w(i + 2)) {
            return None;
        }
        // (Within the clause: a comma may set off where the workplace is.)
        let start = (i + 3..i + 16).take_while(|&k| !matches!(w(k), "." | ";" | "")).find(|&k| w(k) == "start" && w(k + 1) == "of")?;
        (start + 2..start + 6).find(|&k| matches!(w(k), "shift" | "shifts"))
    }

    /// The last token of a refusal to work told from `k` (after `refused to`): `work`,
    /// `start their shifts`, `go underground`, `return to work`.
    fn refusal_to_work(&self, k: usize, s: usize) -> Option<usize> {
        let w = |j: usize| self.ws(k + j, s);
        // `refused to go out to their rigs`, `to return to the mines`
        if matches!(w(0), "go" | "head" | "return") {
            if let Some(j) = workplace_after(&w) {
                return Some(k + j);
            }
        }
        match w(0) {
            "work" => Some(k),
            "start" | "begin" if matches!(w(1), "work" | "shifts" | "shift") => Some(k + 1),
            "start" | "begin" if matches!(w(1), "their" | "the" | "a") && matches!(w(2), "shift" | "shifts" | "work") => Some(k + 2),
            "go" if w(1) == "underground" => Some(k + 1),
            // (`miners refuse to go down at the start of the morning shift`)
            "go" if w(1) == "down" => Some(k + 1),
            // `workers refused to board the buses that take crews to the fields` (not
            // passengers refusing a bus)
            "board" if matches!(w(1), "the" | "their") && vehicle(w(2)) && self.workers_subject(k - 2, s) => Some(k + 2),
            // (miners below: `refused to return to the surface`, `to come up`; not `to
            // come up with an offer`)
            "return" | "come" if w(1) == "to" && w(2) == "the" && w(3) == "surface" => Some(k + 3),
            "come" if w(1) == "up" && !matches!(w(2), "with" | "for") => Some(k + 1),
            "return" | "report" if matches!(w(1), "to" | "for") && matches!(w(2), "work" | "duty") => Some(k + 2),
            // `refused to report for the 7.30 a.m. muster`, `for their shifts`
            "return" | "report" if matches!(w(1), "to" | "for") && matches!(w(2), "the" | "their") => {
                (3..=8).find(|&j| matches!(w(j), "shift" | "shifts" | "muster" | "work")).map(|j| k + j)
            }
            _ => None,
        }
    }

    /// A shop closure that is a strike, at word `i` (`closed`, `shut`, `shuttered` or `shutters`): the index of its last token. The shops are their owners' (`closed
    /// their shops`, `kept their shutters down`, `pulled down their shutters`), are described as closed (`rows of
    /// closed shops`), or merchants close for a time (`traders … closed for two days`);
    /// never when the police or the authorities close them.
    fn shop_closure(&self, i: usize, s: usize) -> Option<usize> {
        let w = |k: usize| self.ws(k, s);
        let shops = |x: &str| matches!(x, "shops" | "stores" | "shutters" | "businesses" | "stalls");
        let merchants = |x: &str| {
            matches!(x, "shopkeepers" | "merchants" | "traders" | "bazaar" | "bazaars" | "bazaaris" | "shopowners" | "stallholders" | "businesses" | "shop" | "store" | "stores" | "shops")
        };
        let before = |n: usize| (i.saturating_sub(n)..i).map(w);
        if before(8).any(|x| matches!(x, "police" | "authorities" | "officials" | "government" | "forces" | "troops" | "order" | "ordered")) {
            return None;
        }
        match w(i) {
            "shutters" => {
                let kept = (matches!(w(i + 1), "down" | "closed" | "shut") && before(3).any(|x| matches!(x, "kept" | "pulled" | "brought" | "had"))).then_some(i + 1);
                // (`merchants pulled down their shutters`)
                let pulled = i >= 3 && matches!(w(i - 1), "their" | "the") && w(i - 2) == "down" && matches!(w(i - 3), "pulled" | "brought" | "rolled");
                kept.or(pulled.then_some(i))
            }
            _ => {
                let next = w(i + 1);
                if matches!(next, "their" | "its") && shops(w(i + 2)) {
                    return Some(i + 2);
                }
                if shops(next) && i > 0 && matches!(w(i - 1), "of" | "with" | "saw" | "showed") {
                    return Some(i + 1);
                }
                // (`traders in the phone market closed for two days this month`)
                if matches!(next, "for" | "in" | "on") && before(12).any(merchants) {
                    return Some(i);
                }
                // (`most shops in the bazaars of Sanandaj and Saqqez were closed`, `the main
                // market was closed`; not `closed by the authorities`, `under the curfew`,
                // nor a market of money, `the stock market was closed`)
                let market = |k: usize| matches!(w(k), "market" | "markets") && k > 0 && !matches!(w(k - 1), "stock" | "financial" | "bond" | "money" | "equity" | "currency" | "oil" | "futures" | "share");
                if i > 0
                    && matches!(w(i - 1), "were" | "was" | "remained" | "stayed")
                    && (before(12).any(merchants) || (i.saturating_sub(4)..i).any(market))
                    && !matches!(next, "by" | "under" | "because" | "due" | "after")
                {
                    return Some(i);
                }
                None
            }
        }
    }

    /// The sentence after `s` opens by telling that the one just shot died: `He died at
    /// a hospital early Monday`, `She later died of her wounds`.
    fn died_next(&self, s: usize) -> bool {
        let Some(&j) = self.sent_tok.get(s + 1) else { return false };
        let n = s + 1;
        let k = if matches!(self.ws(j + 1, n), "later" | "then" | "subsequently") { j + 2 } else { j + 1 };
        matches!(self.ws(j, n), "he" | "she") && matches!(self.ws(k, n), "died" | "succumbed")
    }

    /// What is attacked at token `j` (past an article or a possessive) is a body, a
    /// camp or a building: `the camp`, `a convoy`, `protesters`, `their tents`.
    fn bodily_target(&self, j: usize, s: usize) -> bool {
        let j = if matches!(self.ws(j, s), "the" | "a" | "an" | "their" | "his" | "her" | "its" | "our") { j + 1 } else { j };
        matches!(
            self.ws(j, s),
            "camp" | "camps" | "tent" | "tents" | "protesters" | "protestors" | "demonstrators" | "marchers" | "crowd" | "crowds"
                | "convoy" | "convoys" | "police" | "officers" | "journalists" | "reporters" | "students" | "strikers"
                | "station" | "offices" | "office" | "headquarters" | "homes" | "home" | "house" | "houses" | "shops"
                | "vehicles" | "cars" | "bus" | "buses" | "sit-in" | "picket" | "pickets" | "rally" | "march" | "vigil"
        )
    }

    /// Whether `span` (a trigger of sentence `s`) lies inside a quotation of at most eight
    /// words that a word opens in lower case (`in "illegal protests"`, `reading "when the
    /// looting starts …"`): a label or a slogan, not speech (`said "…"`, `: "…"`) nor a
    /// name after an article (`the "stand-up strike"`).
    /// (Read within 2 KB on either side of the trigger: a sentence of megabytes, one
    /// line with no full stop, is not read again for each of its triggers.)
    fn quoted_label(&self, span: Span, s: usize) -> bool {
        const REACH: usize = 2048;
        let boundary = |mut x: usize, up: bool| {
            while !self.text.is_char_boundary(x) {
                x = if up { x + 1 } else { x - 1 };
            }
            x
        };
        let start = self.sent_tok.get(s).and_then(|&k| self.toks.get(k)).map_or(0, |t| t.span.start);
        let start = start.max(boundary(span.start.saturating_sub(REACH), true));
        // (Most triggers follow no quotation mark in their sentence: the byte `"` and the
        // last bytes of `“` and `”` are asked first.)
        if !self.quote_between(start, span.start) {
            return false;
        }
        let Some(before) = self.text.get(start..span.start) else { return false };
        let end = self.sent_tok.get(s + 1).and_then(|&k| k.checked_sub(1)).and_then(|k| self.toks.get(k)).map_or(span.end, |t| t.span.end);
        let end = end.min(boundary((span.end + REACH).min(self.text.len()), false));
        let Some(after) = self.text.get(span.end..end.max(span.end)) else { return false };
        let is_quote = |c: char| matches!(c, '"' | '“' | '”');
        let Some(open) = before.rfind(is_quote) else { return false };
        let inside = match before.get(open..).and_then(|r| r.chars().next()) {
            Some('“') => true,
            Some('"') => before.matches('"').count() % 2 == 1,
            _ => false,
        };
        if !inside {
            return false;
        }
        let Some(close) = after.find(is_quote) else { return false };
        let words = before.get(open..).unwrap_or("").split_whitespace().count() + after.get(..close).unwrap_or("").split_whitespace().count();
        let lead = before.get(..open).unwrap_or("").trim_end();
        let opener = lead.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        words <= 8
            && opener.starts_with(|c: char| c.is_ascii_lowercase())
            && lead.ends_with(|c: char| c.is_ascii_lowercase())
            // (nor a name given to an event told of: `the "stand-up strike" would expand`)
            && !matches!(opener, "said" | "says" | "saying" | "told" | "added" | "stated" | "asked" | "wrote" | "the" | "a" | "an" | "its" | "their" | "this")
    }

    /// Whether a byte `"` (or a last byte of `“` or `”`, 0x9C or 0x9D) stands in
    /// `a..b` of the text. (Asked in text order, a search from `a` is kept until `a` passes
    /// the byte it found: one search for each quotation mark, not each call.)
    fn quote_between(&self, a: usize, b: usize) -> bool {
        let (from, q) = self.quote_at.get();
        let q = if a < from || a > q {
            let q = self.text.as_bytes().get(a..).and_then(|r| memchr::memchr3(b'"', 0x9C, 0x9D, r)).map_or(usize::MAX, |k| a + k);
            self.quote_at.set((a, q));
            q
        } else {
            q
        };
        q < b
    }

    /// Whether the word at `i` tells a court's ruling (see the `other` triggers of
    /// [`Cx::trigger_at`]): a verdict or a sentence (`sentenced`, `convicted`, `acquitted`,
    /// `fined`; not `a convicted killer`, `for fined colleagues`), a decision on one
    /// (`upheld`, `reduced`, `quashed`, `commuted` before `the sentence`, `the term`), a
    /// body dissolved by a court or a union dissolved (`dissolved by the Supreme Court`,
    /// `liquidated the union`), a term given (`given three years`, `jailed for 30
    /// months`); not an administrative sanction (`sentenced to 15 days of administrative
    /// arrest`) nor a tally since a year (`Since 2020, hundreds have been convicted`).
    fn ruling(&self, i: usize, s: usize) -> bool {
        let w = self.w(i);
        let prev = if i > 0 { self.ws(i - 1, s) } else { "" };
        let next = self.ws(i + 1, s);
        let term = |j: usize| matches!(self.ws(j, s), "year" | "years" | "month" | "months");
        let amount = |j: usize| {
            let n = self.ws(j, s);
            crate::timex::lexicon::number_word(n).is_some_and(|_| !matches!(n, "a" | "an")) || n.starts_with(|c: char| c.is_ascii_digit())
        };
        let told = match w {
            "sentenced" | "convicted" | "acquitted" | "fined" => {
                !matches!(prev, "a" | "an" | "the" | "of" | "for" | "their" | "his" | "her" | "its" | "those" | "newly")
            }
            "upheld" | "reduced" | "quashed" | "commuted" => (i + 1..=i + 5).any(|j| {
                matches!(self.ws(j, s), "sentence" | "sentences" | "verdict" | "verdicts" | "conviction" | "convictions" | "term" | "terms")
            }),
            "dissolved" | "liquidated" => {
                let o = if matches!(next, "the" | "its" | "their" | "an" | "a") { i + 2 } else { i + 1 };
                matches!(self.ws(o, s), "union" | "unions" | "party" | "parties" | "organisation" | "organization" | "association" | "trade")
                    || (i + 1..=i + 6).any(|j| matches!(self.ws(j, s), "court" | "courts"))
            }
            "given" => amount(i + 1) && term(i + 2),
            "jailed" | "imprisoned" => next == "for" && amount(i + 2) && term(i + 3),
            _ => false,
        };
        if !told {
            return false;
        }
        // (`sentenced to 15 days of administrative arrest`, `fined and given 10 days`)
        let administrative = (i + 1..=i + 10).any(|j| self.ws(j, s) == "administrative")
            || next == "to" && matches!(self.ws(i + 3, s), "days" | "day");
        // (`have been convicted` after `since` in the sentence)
        let tally = prev == "been"
            && i >= 2
            && matches!(self.ws(i - 2, s), "have" | "has")
            && (self.sent_tok.get(s).copied().unwrap_or(i)..i).any(|j| self.ws(j, s) == "since");
        !administrative && !tally
    }



    /// Whether the participle at `i` opens a clause that tells someone's history: after a
    /// comma, closed by a comma and the verb of the sentence (`X, jailed in May, has …`),
    /// or after `who was` (`who had been`, …) with a time long past (`who was arrested last
    /// year`, `… in 2019`, `… two years ago`).
    fn background(&self, i: usize, s: usize) -> bool {
        let prev = if i > 0 { self.ws(i - 1, s) } else { "" };
        let relative = i >= 2
            && (matches!(prev, "was" | "were") && self.ws(i - 2, s) == "who"
                || prev == "been" && i >= 3 && matches!(self.ws(i - 2, s), "had" | "has" | "have") && self.ws(i - 3, s) == "who");
        if prev != "," && !relative {
            return false;
        }
        // The clause: up to a comma or the sentence's end, within twelve words.
        let mut j = i + 1;
        while j < i + 13 && !matches!(self.ws(j, s), "," | "" | ";" | "." | ")") {
            j += 1;
        }
        if relative {
            return (i + 1..j).any(|k| {
                let (w, n) = (self.ws(k, s), self.ws(k + 1, s));
                w == "last" && matches!(n, "year" | "month" | "summer" | "winter" | "spring" | "autumn")
                    || w == "ago"
                    || w == "in" && n.len() == 4 && n.starts_with(['1', '2']) && n.bytes().all(|b| b.is_ascii_digit())
            });
        }
        self.ws(j, s) == ","
            && matches!(
                self.ws(j + 1, s),
                "has" | "have" | "had" | "is" | "was" | "were" | "remains" | "remained" | "said" | "says" | "told" | "will" | "would"
                    | "went" | "began" | "led" | "spent" | "returned" | "was released" | "denies" | "denied"
            )
    }

    /// `set one alight`, `set a police van on fire` (at `set`, `i`): the last index of the
    /// phrase when one to four words name property burned (see [`property_word`]), not a
    /// person (`set himself alight`).
    fn set_alight(&self, i: usize, s: usize) -> Option<usize> {
        let e = (i + 2..=i + 5).find(|&j| matches!(self.ws(j, s), "alight" | "ablaze") || self.ws(j, s) == "on" && self.ws(j + 1, s) == "fire")?;
        let object = (i + 1..e).map(|j| self.ws(j, s));
        if !object.clone().all(|w| w.bytes().all(|b| b.is_ascii_alphabetic())) {
            return None;
        }
        let mut object = object;
        object.any(|w| property_word(w) || matches!(w, "one" | "it" | "them" | "several" | "two" | "three")).then_some(if self.ws(e, s) == "on" { e + 1 } else { e })
    }

    /// `… were set on fire` (at `set`, `i`) of property: a building, homes, cars or
    /// shops are the subject, within eight words before the auxiliary; or right before
    /// `set` with no auxiliary (`with stores looted and a police car set on fire`).
    fn property_burned(&self, i: usize, s: usize) -> bool {
        let property = |j: usize| property_word(self.ws(j, s));
        i >= 1
            && (matches!(self.ws(i - 1, s), "was" | "were" | "been" | "being") && (2..=9).filter_map(|k| i.checked_sub(k)).any(property)
                || property(i - 1))
    }

    /// Followed by what makes it a plan: `protests are expected to continue`, `a strike
    /// set for Monday`, `the walkout will begin`.
    fn announced(&self, end: usize, s: usize) -> bool {
        if self.modal_after_phrase(end, s) {
            return true;
        }
        let mut j = end + 1;
        // (Most triggers are followed by no word of [`PLAN_WORDS`]: its lexicon flag says so.)
        if !self.may_be(j, crate::lexicon::EVENT_PLAN) {
            return false;
        }
        while matches!(self.ws(j, s), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "been" | "being" | "now" | "also") && j < end + 3 {
            j += 1;
        }
        let w = self.ws(j, s);
        let next = self.ws(j + 1, s);
        matches!(w, "will" | "would" | "could" | "might" | "may" | "should")
            && self.toks.get(j).is_some_and(|t| t.text(self.text) != "May")
            || matches!(w, "expected" | "planned" | "scheduled" | "set" | "due" | "likely" | "threatened" | "called" | "slated")
                && matches!(next, "to" | "for")
    }

    /// `a prolonged stoppage at the export-oriented plants could cost …`: a modal right
    /// after the trigger's phrase of place (`at`, `in`, `across` and up to six words, none
    /// a verb, a conjunction or a punctuation mark but a hyphen) makes it hypothetical.
    fn modal_after_phrase(&self, end: usize, s: usize) -> bool {
        if !matches!(self.ws(end + 1, s), "at" | "in" | "across") {
            return false;
        }
        for j in end + 2..end + 9 {
            let w = self.ws(j, s);
            let word = self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Word);
            if w.is_empty()
                || !word && w != "-"
                || matches!(w, "and" | "or" | "but" | "that" | "which" | "who" | "was" | "were" | "is" | "are" | "has" | "have" | "had")
            {
                return false;
            }
            if matches!(w, "would" | "could" | "might" | "will" | "should") {
                return true;
            }
        }
        false
    }

    /// A negated, hypothetical or generic mention: `no protests`, `threatened to strike`,
    /// `voted for the strike` or `backed strike action` (a vote, not a stoppage), `the
    /// next strike`, `no reports of new stoppages`.
    fn negated(&self, i: usize, s: usize) -> bool {
        // `it is a strike against a law`: what a stoppage is, in the present, not one held
        // (but `there is a strike at the port`)
        if i >= 2 && matches!(self.ws(i - 1, s), "a" | "an") && matches!(self.ws(i - 2, s), "is" | "'s" | "’s") && !(i >= 3 && self.ws(i - 3, s) == "there") {
            return true;
        }
        // `But a hartal is not a long weekend`, `A strike that half the country ignores is
        // worse than none`: an indefinite one as the subject of a statement in the present,
        // opening its sentence, is any such action, not one held
        if i >= 1
            && matches!(self.ws(i - 1, s), "a" | "an")
            && (i - 1 == self.sent_tok.get(s).copied().unwrap_or(usize::MAX) || i >= 2 && i - 2 == self.sent_tok.get(s).copied().unwrap_or(usize::MAX) && matches!(self.ws(i - 2, s), "but" | "and" | "yet" | "so"))
            && matches!(self.ws(i + 1, s), "is" | "isn't" | "isn’t" | "that" | "which" | "can" | "cannot" | "must")
        {
            return true;
        }
        // (A possessive is no word of its own: `for a women's rally` is three words.)
        let poss = (1..=3).filter_map(|k| i.checked_sub(k)).filter(|&j| self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Possessive)).count();
        for k in 1..=3 + poss {
            let Some(j) = i.checked_sub(k) else { break };
            let w = self.ws(j, s);
            if w.is_empty() {
                break;
            }
            // (Most words are none of those asked below: their lexicon flags say so.)
            if !self.may_be(j, crate::lexicon::EVENT_NEGATION | crate::lexicon::EVENT_NEGATION_CUE) {
                continue;
            }
            // (Not the number sign `No.`: `Miners of Mine No. 3 refuse to go down`.)
            if w == "no" && self.ws(j + 1, s) == "." {
                continue;
            }
            // (A word of [`NEGATION_WORDS`]: one bit of its shared lexicon flags.)
            let neg = self.lex.get(j).is_some_and(|f| f & crate::lexicon::EVENT_NEGATION != 0)
                || (matches!(w, "voted" | "vote" | "votes" | "voting" | "balloted" | "balloting") && matches!(self.ws(j + 1, s), "to" | "for" | "in"))
                // (`has not balloted its members for strike action`)
                || (w == "for" && (1..=3).filter_map(|m| j.checked_sub(m)).any(|h| matches!(self.ws(h, s), "balloted" | "balloting" | "ballot" | "ballots")))
                // (`the next general strike`: one to come)
                || (matches!(w, "next" | "upcoming" | "forthcoming")
                    && (k == 1 || k == 2 && matches!(self.ws(i - 1, s), "general" | "national" | "nationwide" | "major" | "mass")))
                || (matches!(w, "right" | "rights") && self.ws(j + 1, s) == "to")
                // (`members voted 91% in favor of a strike`: a ballot's result or a stance)
                || (matches!(w, "favor" | "favour") && j > 0 && self.ws(j - 1, s) == "in")
                // (`98% of doctors backed strike action`: a ballot's result)
                || (matches!(w, "backed" | "endorsed" | "approved" | "supported") && k <= 2 && self.ws(i + 1, s) == "action")
                // (`members who cast ballots … had backed an indefinite strike`)
                || (matches!(w, "backed" | "endorsed" | "approved" | "supported") && self.ballot_before(j, s))
                // (`vote 94% to authorize a strike`: a mandate, not a stoppage)
                || (matches!(w, "authorize" | "authorise" | "authorizing" | "authorising")
                    || matches!(w, "authorized" | "authorised") && matches!(self.ws(j + 1, s), "a" | "an" | "the" | "further" | "more"))
                || (w == "may" && self.toks.get(j).is_some_and(|t| t.text(self.text) == "may"))
                || (w == "for" && j > 0 && matches!(self.ws(j - 1, s), "call" | "calls" | "called" | "calling"))
                // (`called for a march next Sunday and for a rally on Saturday`: the call
                // holds both)
                || (w == "for" && j > 1 && self.ws(j - 1, s) == "and" && (2..=12).filter_map(|m| j.checked_sub(m)).any(|h| {
                    self.ws(h, s) == "for" && h > 0 && matches!(self.ws(h - 1, s), "call" | "calls" | "called" | "calling")
                }));
            // `against` only blocks right before (`protest against` is fine: it follows).
            // A call that the sentence shows was heeded is the stoppage itself
            // (`had called a general strike on May 6, closing schools`).
            let call = matches!(w, "call" | "calls" | "called" | "calling" | "for");
            if neg && !(w == "against" && k > 1) && !(call && self.heeded(i, s)) {
                return true;
            }
            // `there were no reports of new stoppages`, `no sign of protests`: what was
            // not seen.
            if w == "of"
                && j >= 2
                && self.ws(j - 2, s) == "no"
                && matches!(self.ws(j - 1, s), "reports" | "report" | "sign" | "signs" | "evidence" | "word" | "indication" | "news")
            {
                return true;
            }
            // `convicting a protester of setting fire`, `charged with rioting`: a charge in
            // court, dated by the trial, not an event of that day.
            // (`on charges including rioting`: the same)
            if matches!(w, "of" | "with" | "including") && (1..=4).any(|m| j.checked_sub(m).is_some_and(|h| charged(self.ws(h, s)))) {
                return true;
            }
            // (`sentenced to three years on Monday for taking part in a protest`: the same)
            if w == "part"
                && j >= 2
                && self.ws(j - 1, s) == "taking"
                && self.ws(j - 2, s) == "for"
                && (3..=12).any(|m| j.checked_sub(m).is_some_and(|h| charged(self.ws(h, s)) || matches!(self.ws(h, s), "sentenced" | "jailed" | "fined" | "imprisoned")))
            {
                return true;
            }
        }
        self.charge_scope(i, s)
    }

    /// Whether the trigger at token `i` of sentence `s` names what someone is charged with
    /// further back in its clause (`accused of organising or taking part in mass riots`,
    /// `Charged under Article 241 (mass riots)`, `sentenced … for "participation in mass
    /// riots"`): a charge word, then `of`, `with`, `under` or `for`, then the trigger with no
    /// comma or full stop between. A charge is dated by the court, not by the deed.
    fn charge_scope(&self, i: usize, s: usize) -> bool {
        let mut prep = false;
        for j in (i.saturating_sub(10)..i).rev() {
            let w = self.ws(j, s);
            match w {
                "" | "," | ";" | "." | ":" | "and" | "but" => return false,
                "for" => prep = true,
                // (`charged with`, `accused of`: the word right after; `police charged
                // with batons into the crowd` has none of those nouns before `with`)
                _ if charged(w) => return matches!(self.ws(j + 1, s), "of" | "with" | "under") && !matches!(self.ws(j + 2, s), "batons" | "truncheons" | "horses"),
                _ if prep && matches!(w, "sentenced" | "jailed" | "imprisoned" | "fined" | "convicted") => return true,
                _ => {}
            }
        }
        false
    }

    /// Whether sentence `s` is an item of a list of links to other stories: a heading of
    /// links alone on its line (`More on this story`, `See also`, `RELATED COVERAGE`: see
    /// [`crate::layout::LINK`], [`crate::layout::ALONE`]) comes before it, with only
    /// lines that end with no full stop between (other headlines, their dates and ages:
    /// `Published`, `1 October 2019`, `3 hours ago`). The story's text, in sentences,
    /// ends the list.
    fn under_links_heading(&self, s: usize) -> bool {
        // (The heading first, by the layout's flags alone: most documents have none.)
        let heading = |k: &usize| self.layout.sentence(*k) & (crate::layout::LINK | crate::layout::ALONE) == crate::layout::LINK | crate::layout::ALONE;
        let Some(h) = (s.saturating_sub(24)..s).rev().find(heading) else { return false };
        (h + 1..s).all(|k| {
            let (Some(&a), Some(&b)) = (self.sent_tok.get(k), self.sent_tok.get(k + 1)) else { return false };
            !matches!((a..b).rev().map(|j| self.w(j)).find(|w| !matches!(*w, "\"" | "'" | "”" | "’" | ")")), Some("." | "!"))
        })
    }

    /// A trigger (tokens `i..end`) in sentence `s` that tells no event: a question (`What
    /// strikes are happening this week?`, `Who is walking out`), what has become common
    /// (`Protests have become common`), the clause of a sentence that opens with `If` or
    /// `Unless` (`If your train is cancelled because of a strike, …`), a section heading
    /// (`Detentions`, `Rail strikes`: a sentence alone on its line, see
    /// [`crate::layout::ALONE`]), page furniture (a link to another story, `Read more:
    /// Students form human chains`, or an editor's correction, `This article was amended on
    /// 15 October`: see [`crate::layout::LINK`], [`crate::layout::CORRECTION`]; not a photo
    /// caption, which may be all the text says of an event), or one called off, cancelled
    /// or postponed in its clause (`Strikes at dozens of universities were called off`),
    /// or an item of a list of links ([`Cx::under_links_heading`]) or a row of a table
    /// ([`crate::layout::Layout::table_row`]).
    fn unreal(&self, i: usize, end: usize, s: usize) -> bool {
        let (Some(&a), Some(&b)) = (self.sent_tok.get(s), self.sent_tok.get(s + 1)) else { return false };
        let last = (a..b).rev().map(|k| self.w(k)).find(|w| !matches!(*w, "\"" | "'" | "”" | "’" | ")"));
        let layout = self.layout.sentence(s);
        if last == Some("?")
            || b == a + 1
            || s > 0 && layout & crate::layout::ALONE != 0
            || layout & (crate::layout::LINK | crate::layout::CORRECTION) != 0
            || !matches!(last, Some("." | "!")) && self.under_links_heading(s)
            || self.toks.get(i).is_some_and(|t| self.layout.table_row(t.span.start))
        {
            return true;
        }
        // (A question without its mark, as headlines put it: `Who is walking out this
        // summer`.)
        if matches!(self.w(a), "who" | "what" | "when" | "where" | "which" | "why" | "how")
            && matches!(self.ws(a + 1, s), "is" | "are" | "was" | "were" | "will" | "do" | "does" | "did" | "can" | "could" | "should" | "has" | "have")
        {
            return true;
        }
        if matches!(self.w(a), "if" | "unless") && !(a..i).any(|k| matches!(self.w(k), "," | ";")) {
            return true;
        }
        // `Similar marches in past years have also ended in clashes and dozens of
        // arrests`: what happened year after year, no one event (unless a year or a day
        // is named: `in recent years, notably in 2019`)
        if self.year_after_year(s) {
            return true;
        }
        // `Protests over wages have become common`, `strikes have become more frequent`:
        // what happens often, no one event
        if let Some(j) = (end..(end + 6).min(b)).find(|&j| matches!(self.w(j), "become" | "became" | "becoming")) {
            let j = if matches!(self.w(j + 1), "more" | "less" | "increasingly" | "far" | "much") { j + 2 } else { j + 1 };
            if j < b && matches!(self.w(j), "common" | "commonplace" | "rare" | "routine" | "frequent" | "regular" | "familiar") {
                return true;
            }
        }
        for j in end..(end + 8).min(b) {
            let w = self.w(j);
            // (most words start with none of the letters below: one test passes them)
            if !matches!(w.as_bytes().first(), Some(b',' | b';' | b'a' | b'b' | b'c' | b'p' | b'w')) {
                continue;
            }
            match w {
                // (`A strike by dock workers, set for last weekend, was called off`, `a
                // strike, threatened last month, …`: one planned)
                "," if matches!(self.ws(j + 1, s), "set" | "planned" | "scheduled") && matches!(self.ws(j + 2, s), "for" | "to")
                    || self.ws(j + 1, s) == "threatened" =>
                {
                    return true
                }
                "," | ";" | "but" | "and" | "which" | "who" | "after" | "before" | "when" | "while" => return false,
                "called" | "call" if self.ws(j + 1, s) == "off" => return true,
                "cancelled" | "canceled" | "postponed" | "averted" => return true,
                _ => {}
            }
        }
        false
    }

    /// A vote is told in the twelve words before `j` of sentence `s` (`members who cast
    /// ballots on Tuesday had backed …`, `in a vote, 94% approved …`).
    fn ballot_before(&self, j: usize, s: usize) -> bool {
        (j.saturating_sub(12)..j).any(|h| matches!(self.ws(h, s), "ballot" | "ballots" | "balloted" | "vote" | "votes" | "voted" | "referendum"))
    }

    /// Whether a vote or a meeting is what the words from token `j` on name as what a
    /// count of people took part in: `(participated) in the consultation`, `(took part)
    /// in a ballot`, `(attended) the meeting`.
    fn vote_after(&self, j: usize) -> bool {
        let Some(s) = self.toks.get(j).map(|t| t.sentence) else { return false };
        let j = if matches!(self.ws(j, s), "part" | "in") { j + 1 } else { j };
        let j = if self.ws(j, s) == "in" { j + 1 } else { j };
        let j = if matches!(self.ws(j, s), "the" | "a" | "an" | "its" | "their" | "this" | "that") { j + 1 } else { j };
        matches!(
            self.ws(j, s),
            "vote" | "votes" | "voting" | "ballot" | "ballots" | "balloting" | "consultation" | "election" | "elections" | "referendum"
                | "poll" | "polls" | "survey" | "meeting" | "meetings" | "congress" | "conference" | "talks" | "negotiations"
        )
    }

    /// How many of the (at most two) words right after `i` are auxiliaries or adverbs
    /// of time that may stand between a crowd and its verb (`had also`, `again`).
    fn auxiliaries_after(&self, i: usize, s: usize) -> usize {
        (1..=2).take_while(|&k| matches!(self.ws(i + k, s), "had" | "have" | "also" | "again" | "later" | "then" | "already")).count()
    }

    /// Whether the verb at `j` is `demanded` in the present perfect (`Protesters have
    /// demanded the president's resignation`, `… in Galle have demanded …`): what a movement
    /// has long asked for, not a gathering of a day.
    fn standing_demand(&self, j: usize, s: usize) -> bool {
        self.ws(j, s) == "demanded" && j.checked_sub(1).is_some_and(|k| matches!(self.ws(k, s), "have" | "has"))
    }

    /// The words after the trigger at `i` tell what it did, so it took place: `…, closing
    /// schools`, `…, shutting ports`, `…, paralysing the capital` (within ten words).
    fn heeded(&self, i: usize, s: usize) -> bool {
        (i + 1..i + 11).any(|j| {
            matches!(
                self.ws(j, s),
                "closing" | "shutting" | "paralysing" | "paralyzing" | "halting" | "crippling" | "grounding"
                    | "stranding" | "emptying"
            )
        })
    }

    /// The triggers of the document, in text order, into `out` (cleared first; `keep` is
    /// a working list).
    pub(super) fn triggers(&self, figures: &[Figure], mentions: &[Mention], out: &mut Vec<Trigger>, keep: &mut Vec<bool>) {
        out.clear();
        // (`the Council for Organizing Protests of Oil Contract Workers said`: a word of an
        // organisation's name is no trigger; `mentions` are in text order.)
        let mut orgs = mentions.iter().filter(|m| m.kind == EntityKind::Organization).peekable();
        let mut i = 0;
        // The quick test of `trigger_at` first, without the call: the next word the
        // lexicon flags (only words have flags).
        // (The last arrest word passed, for `trigger_at`: every token flagged a trigger
        // is visited or inside a trigger's words.)
        let mut arrest = None;
        while let Some(k) = self.lex.get(i..).and_then(|l| l.iter().position(|f| f & crate::lexicon::EVENT_TRIGGER != 0)) {
            i += k;
            let last_arrest = arrest;
            if arrest_word(self.w(i)) {
                arrest = Some(i);
            }
            let start = self.toks.get(i).map_or(0, |t| t.span.start);
            while orgs.next_if(|m| m.span.end <= start).is_some() {}
            if orgs.peek().is_some_and(|m| m.span.start < start) {
                i += 1;
                continue;
            }
            if let Some((kind, end)) = self.trigger_at(i, last_arrest) {
                let sentence = self.toks.get(i).map(|t| t.sentence).unwrap_or(0);
                if !self.unreal(i, end + 1, sentence) {
                    out.push(Trigger { kind, span: self.span(i, end), sentence, figure: false });
                }
                for k in i + 1..=end {
                    if self.lex.get(k).is_some_and(|f| f & crate::lexicon::EVENT_TRIGGER != 0) && arrest_word(self.w(k)) {
                        arrest = Some(k);
                    }
                }
                i = end + 1;
            } else {
                // `By Wednesday, around 600 workers had joined them`: more people joined the
                // strike or protest told just before, one of the same kind.
                let s = self.toks.get(i).map_or(0, |t| t.sentence);
                if let Some(kind) = out.last().filter(|u| s.saturating_sub(u.sentence) <= 1 && self.joined_them(i, s)).map(|u| u.kind) {
                    if matches!(kind, EventType::Strike | EventType::Protest) {
                        out.push(Trigger { kind, span: self.span(i, i + 1), sentence: s, figure: false });
                        i += 1;
                    }
                }
                i += 1;
            }
        }
        // Figures state killings, injuries (violence) and arrests.
        for f in figures {
            let kind = match f.kind {
                // (`At least 10 people have died while waiting in fuel queues`: no killing.)
                FigureKind::Killed
                    if self.lower.get(f.span.start..f.span.end).is_some_and(|t| t.ends_with("died") || t.ends_with("dead"))
                        && self.toks.get(self.at(f.span.start)).is_some_and(|t| self.benign_death(self.at(f.span.end), t.sentence)) =>
                {
                    continue
                }
                FigureKind::Killed => EventType::Killing,
                FigureKind::Injured => EventType::Violence,
                // (`Two students were sentenced to three years`: a verdict, not an arrest.)
                FigureKind::Detained if self.lower.get(f.span.start..f.span.end).is_some_and(|t| holds(t, "sentenc")) => continue,
                FigureKind::Detained => EventType::Arrest,
                // (`1,200 members took part in the ballot`, `participated in the
                // consultation`: voters, no crowd.)
                FigureKind::Protesters if self.vote_after(self.at(f.span.end)) => continue,
                FigureKind::Protesters => EventType::Protest,
                // (`Thousands of office workers gathered in Central`: workers who rally)
                FigureKind::Workers
                    if self.at(f.span.end).checked_sub(1).is_some_and(|k| {
                        matches!(self.w(k), "gathered" | "rallied" | "marched" | "demonstrated" | "protested" | "assembled" | "massed")
                    }) =>
                {
                    EventType::Protest
                }
                _ => continue,
            };
            let idx = self.at(f.span.start);
            let Some(t) = self.toks.get(idx) else { continue };
            if self.negated(idx, t.sentence) || self.unreal(idx, idx + 1, t.sentence) {
                continue;
            }
            out.push(Trigger { kind, span: f.span, sentence: t.sentence, figure: true });
        }
        out.sort_by(|a, b| a.span.cmp(&b.span).then(a.kind.cmp(&b.kind)));
        // A trigger inside another of the same type (`detained` in `detained 300 people`) goes.
        // (Among the nine triggers around it: the four before, and those after that
        // start where it does, as `out` is sorted by span and a later one that starts
        // after it holds none of it.)
        keep.clear();
        keep.extend(out.iter().enumerate().map(|(i, t)| {
            let lo = i.saturating_sub(4);
            let before = out.get(lo..i).unwrap_or(&[]);
            let after = out.get(i + 1..(lo + 9).min(out.len())).unwrap_or(&[]);
            let held_before = before.iter().any(|u| u.kind == t.kind && u.span.contains(t.span));
            let held_after = || {
                after.iter().take_while(|u| u.span.start == t.span.start).any(|u| u.kind == t.kind && u.span.end > t.span.end)
            };
            !(held_before || held_after())
        }));
        retain_marked(out, keep);
        // `demonstrators blocked roads`: neighbouring triggers of one type are one.
        // (Joined in place: the first `n` triggers are those kept so far.)
        let mut n: usize = 0;
        for k in 0..out.len() {
            let Some(t) = out.get(k).cloned() else { break };
            if let Some(last) = n.checked_sub(1).and_then(|j| out.get_mut(j)) {
                if last.kind == t.kind && last.sentence == t.sentence && t.span.start >= last.span.end {
                    let a = self.at(last.span.end);
                    let b = self.at(t.span.start);
                    let gap = self.toks.get(a..b).unwrap_or(&[]);
                    if gap.len() <= 1 && gap.iter().all(|g| g.kind == TokenKind::Word) {
                        last.span = Span::new(last.span.start, t.span.end);
                        continue;
                    }
                }
            }
            if let Some(slot) = out.get_mut(n) {
                *slot = t;
            }
            n += 1;
        }
        out.truncate(n);
        // Per sentence: violence becomes a killing with fatalities, a clash with
        // protesters or beside a riot is a riot; a trigger inside another of the same type goes.
        // (The triggers that go are marked in `keep` and taken out at the end, in one pass.)
        keep.clear();
        keep.resize(out.len(), true);
        let mut k = 0;
        while k < out.len() {
            let s = out.get(k).map(|t| t.sentence).unwrap_or(0);
            let end = k + out.get(k..).map(|r| r.iter().take_while(|t| t.sentence == s).count()).unwrap_or(0);
            // (Not by a killing named as the cause of another event: `seven people were
            // shot during a protest over the police killing of X` were wounded.)
            let violence = out.get(k..end).is_some_and(|r| r.iter().any(|t| t.kind == EventType::Violence));
            // (or by the next sentence: `… was shot by an officer. He died at a hospital`)
            let killed = violence
                && (out.get(k..end).is_some_and(|r| r.iter().any(|t| t.kind == EventType::Killing && !self.cause_phrase(t.span))) || self.died_next(s));
            let protesters = violence && self.flags(s) & PROTESTERS != 0;
            // (A clash in a sentence that tells a riot is part of it: `They clashed with
            // police and set fire to a bus`.)
            let rioting = violence && out.get(k..end).is_some_and(|r| r.iter().any(|t| t.kind == EventType::Riot));
            // `Striking workers blocked the road to the mine`: strikers named by what they
            // do in a sentence that tells a protest or a riot are that event's people, not
            // a strike of its own.
            let other = out.get(k..end).is_some_and(|r| r.iter().any(|t| !t.figure && matches!(t.kind, EventType::Protest | EventType::Riot)));
            let strikers = |t: &Trigger| t.kind == EventType::Strike && self.lower.get(t.span.start..t.span.end).is_some_and(|w| w.starts_with("striking "));
            let lone = other && out.get(k..end).is_some_and(|r| r.iter().filter(|t| t.kind == EventType::Strike).all(strikers));
            // `Police fired tear gas at marchers in X`: crowd control alone is how a protest
            // was policed, part of it, not violence of its own (unless the sentence tells of
            // other harm: `tear gas and live rounds`, `chased them with batons`, `…, and 45
            // were taken to hospital`).
            let policed = violence
                && out.get(k..end).is_some_and(|r| {
                    r.iter().all(|t| !matches!(t.kind, EventType::Violence | EventType::Killing) || self.crowd_control(t.span))
                })
                && !self.harm_told(s);
            for t in out.get_mut(k..end).into_iter().flatten() {
                if t.kind == EventType::Violence {
                    let w = self.lower.get(t.span.start..t.span.end).unwrap_or("");
                    if policed {
                        t.kind = EventType::Protest;
                    } else if killed && (holds(w, "fire") || holds(w, "shot")) {
                        t.kind = EventType::Killing;
                    } else if (holds(w, "clash") || holds(w, "battle")) && (protesters || rioting) {
                        t.kind = EventType::Riot;
                    } else if holds(w, "storm") && protesters {
                        // `protesters stormed the residence`: a protest that broke in.
                        t.kind = EventType::Protest;
                    }
                }
            }
            if lone {
                for (t, kept) in out.get(k..end).into_iter().flatten().zip(keep.get_mut(k..end).into_iter().flatten()) {
                    *kept &= !strikers(t);
                }
            }
            k = end.max(k + 1);
        }
        retain_marked(out, keep);
    }

    /// Whether sentence `s` names people who may have rioted: a crowd (the words of
    /// `PROTESTERS`), `they`, `men`, `marchers`, a `mob` or a `group` (`a group of young men
    /// overturned a police minibus`).
    pub(super) fn rioters_named(&self, s: usize) -> bool {
        self.flags(s) & PROTESTERS != 0
            || (self.sent_tok.get(s).copied().unwrap_or(0)..)
                .take_while(|&j| self.toks.get(j).is_some_and(|t| t.sentence == s))
                .any(|j| matches!(self.ws(j, s), "they" | "men" | "marchers" | "mob" | "group"))
    }

    /// Whether the trigger at `span` is a weapon of crowd control alone: `tear gas`,
    /// `water cannon`, `rubber bullets` (or such joined: `tear gas and water cannon`).
    fn crowd_control(&self, span: Span) -> bool {
        let w = self.lower.get(span.start..span.end).unwrap_or("");
        w.starts_with("tear gas") || w.starts_with("water cannon") || w.starts_with("rubber bullet") || w.starts_with("beanbag round")
    }

    /// Whether sentence `s` tells of harm beyond crowd control: someone hurt, in
    /// hospital, beaten, shot, killed or struck, batons or live rounds.
    fn harm_told(&self, s: usize) -> bool {
        let a = self.sent_tok.get(s).copied().unwrap_or(0);
        let b = self.sent_tok.get(s + 1).copied().unwrap_or(a);
        (a..b).any(|j| {
            let w = self.w(j);
            ["injur", "wound", "hospital", "baton", "beat", "blind", "kill", "shot", "shoot", "stab", "bleed", "bled"].iter().any(|p| w.starts_with(p))
                || matches!(w, "hurt" | "dead" | "died" | "struck" | "hit" | "bloodied")
                || w == "live" && matches!(self.w(j + 1), "rounds" | "ammunition" | "fire" | "bullets")
        })
    }

    /// Whether token `j` may be a word of a list whose lexicon flag is among `bits`: false
    /// only for a word token without them (the lexicon flags word tokens alone).
    fn may_be(&self, j: usize, bits: u32) -> bool {
        let word = self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Word);
        !word || self.lex.get(j).is_some_and(|f| f & bits != 0)
    }

    /// The sentence `s` tells of an attack by words that are no triggers: a bomb, a
    /// blast, gunfire, a stabbing, a shooting (`three were injured in a grenade attack`,
    /// `six people were shot`).
    pub(super) fn blast(&self, s: usize) -> bool {
        let t = self.sentence_text(s);
        match blast_words() {
            Some(m) => m.is_match(t),
            None => BLAST_WORDS.iter().any(|w| holds(t, w)),
        }
    }

    /// Whether the words from token `i` on (up to ten, within sentence `s`, before a
    /// semicolon) tell a death that no one caused, before they tell any violence: `died
    /// while waiting in fuel queues`, `died on November 8, four days after falling from a
    /// car park`, `died of a heart attack`, `in a road accident`. Such a death is no
    /// killing.
    fn benign_death(&self, i: usize, s: usize) -> bool {
        for j in i..i + 10 {
            let w = self.ws(j, s);
            match w {
                "" | ";" => return false,
                "shot" | "beaten" | "beating" | "bullet" | "bullets" | "gas" | "stabbed" | "killed" | "tortured" | "wounds" | "custody" | "clashes" => {
                    return false
                }
                "waiting" | "queue" | "queues" | "queueing" | "queuing" | "falling" | "accident" | "crash" | "collapsed"
                | "illness" | "natural" | "cancer" | "covid" | "covid-19" | "exhaustion" | "heatstroke" | "drowned" | "drowning" => return true,
                "heart" if matches!(self.ws(j + 1, s), "attack" | "failure") => return true,
                _ => {}
            }
        }
        false
    }

    /// Whether sentence `s` tells what happened in past (previous, recent, earlier, other)
    /// years and names no year or day: see [`Cx::unreal`]. (Asked once per sentence: the
    /// last answer is kept.)
    fn year_after_year(&self, s: usize) -> bool {
        let (at, answer) = self.years_at.get();
        if at == s + 1 {
            return answer;
        }
        let (a, b) = (self.sent_tok.get(s).copied().unwrap_or(0), self.sent_tok.get(s + 1).copied().unwrap_or(0));
        // (`years` is a temporal anchor: a sentence with none is passed at once.)
        let answer = self.sentence_has(s, crate::lexicon::TIMEX_ANCHOR)
            && (a + 2..b).any(|k| self.w(k) == "years" && self.w(k - 2) == "in" && matches!(self.w(k - 1), "past" | "previous" | "recent" | "earlier" | "other"))
            && !(a..b).any(|k| self.w(k).starts_with(|c: char| c.is_ascii_digit()));
        self.years_at.set((s + 1, answer));
        answer
    }

    /// The sentence speaks of bodies, not words: police, protesters, troops, weapons.
    fn physical(&self, s: usize) -> bool {
        self.flags(s) & PHYSICAL != 0
    }

    /// What a sentence speaks of, computed once per sentence.
    fn flags(&self, s: usize) -> u8 {
        let mut cache = self.flags.borrow_mut();
        if cache.len() <= s {
            cache.resize(s + 1, 0);
        }
        if let Some(&f) = cache.get(s) {
            if f & COMPUTED != 0 {
                return f;
            }
        }
        let t = self.sentence_text(s);
        let mut f = COMPUTED;
        match sentence_cues() {
            Some((matcher, bits)) => {
                for m in matcher.find_overlapping_iter(t) {
                    f |= bits.get(m.pattern().as_usize()).copied().unwrap_or(0);
                    if f == COMPUTED | PHYSICAL | PROTESTERS | DEADLY {
                        break;
                    }
                }
            }
            None => {
                for &(flag, words) in SENTENCE_CUES {
                    if words.iter().any(|w| t.contains(w)) {
                        f |= flag;
                    }
                }
            }
        }
        if let Some(c) = cache.get_mut(s) {
            *c = f;
        }
        f
    }

    /// Whether sentence `s` names a strike or strikers (`strike`, `striking`, `strikers`,
    /// `walkout`, `stoppage`).
    fn strike_told(&self, s: usize) -> bool {
        let a = self.sent_tok.get(s).copied().unwrap_or(0);
        let b = self.sent_tok.get(s + 1).copied().unwrap_or(a);
        (a..b).any(|j| {
            matches!(
                self.w(j),
                "strike" | "strikes" | "striking" | "strikers" | "striker" | "walkout" | "walkouts" | "walk-out" | "stoppage" | "stoppages"
                    | "hartal" | "hartals"
            )
        })
    }

    fn sentence_text(&self, s: usize) -> &'a str {
        let a = self.sent_tok.get(s).copied().unwrap_or(0);
        let b = self.sent_tok.get(s + 1).copied().unwrap_or(a);
        match (self.toks.get(a), b.checked_sub(1).and_then(|b| self.toks.get(b))) {
            (Some(x), Some(y)) if x.sentence == s => self.lower.get(x.span.start..y.span.end).unwrap_or(""),
            _ => "",
        }
    }
}

/// The word (counted from a verb of going, `go`, at 0) that names the workplace gone to,
/// with only `out`, `back`, `to` and a determiner before it: `go out to their rigs`,
/// `return to the mines`.
fn workplace_after<'w>(w: &dyn Fn(usize) -> &'w str) -> Option<usize> {
    let site = |x: &str| matches!(x, "rigs" | "rig" | "wells" | "oilfields" | "mines" | "mine" | "workplaces" | "classrooms" | "depots");
    (1..=4).take_while(|&j| site(w(j)) || matches!(w(j), "out" | "back" | "to" | "their" | "the")).find(|&j| site(w(j)))
}

/// What a crowd does that makes it a protest: `protesters blocked`, `crowds gathered`.
fn crowd_verb(w: &str) -> bool {
    matches!(
        w,
        "blocked" | "gathered" | "marched" | "rallied" | "chanted" | "occupied" | "assembled" | "stormed"
            | "burned" | "burnt" | "threw" | "clashed" | "demanded" | "converged" | "staged" | "shouted"
            | "waved" | "held" | "filled" | "massed" | "poured" | "took" | "defied" | "carried"
            | "set" | "barricaded" | "sat" | "lit" | "hurled"
    )
}

/// A crowd's verbs of going, in the past: `marched`, `walked`, `moved`, `headed`, `went`.
/// Their readers differ on purpose, each saying so where it reads them: where a march set
/// off ([`Cx::places`], `marched from the University of Kelaniya`) takes all but `went`
/// (`went from house to house` names no start); the gathering rule of
/// [`Cx::trigger_at`] takes only the trigger words among them, `walked` and `went`
/// (`marched` has a rule of its own, `moved` and `headed` are no trigger words), and only
/// before `to`, `towards` or `through` (`walked to her grave … chanting`).
pub(super) fn going(w: &str) -> bool {
    matches!(w, "marched" | "walked" | "moved" | "headed" | "went")
}

/// Words of a charge in court: `convicted of`, `charged with`, `acquitted two officers of`.
fn charged(w: &str) -> bool {
    matches!(
        w,
        "convicted" | "convicting" | "convict" | "charged" | "charging" | "charge" | "charges" | "guilty" | "indicted" | "prosecuted"
            | "acquitted" | "acquitting" | "acquittal" | "cleared" | "accused"
    )
}

/// What those who drive for a living leave idle in a strike: `their engines`, `their trucks`.
fn vehicle(w: &str) -> bool {
    matches!(w, "engines" | "trucks" | "lorries" | "rigs" | "vehicles" | "buses" | "taxis" | "cabs" | "tractors")
}

/// A place where people work, which strikers stay away from: `the fields`, `the mines`.
fn workplace(w: &str) -> bool {
    matches!(
        w,
        "fields" | "mines" | "mine" | "pits" | "plant" | "plants" | "factory" | "factories" | "docks" | "depot" | "depots" | "estates" | "wards" | "classrooms" | "yard" | "yards" | "warehouse" | "warehouses"
    )
}

/// Keeps the items of `items` whose flag in `keep` is set (those past its end too).
fn retain_marked<T>(items: &mut Vec<T>, keep: &[bool]) {
    let mut idx = 0;
    items.retain(|_| {
        let k = keep.get(idx).copied().unwrap_or(true);
        idx += 1;
        k
    });
}

#[cfg(test)]
mod filter_tests {
    use super::*;

    #[test]
    fn the_shared_lexicon_flags_every_negation_word_and_only_them() {
        for w in NEGATION_WORDS {
            assert_ne!(crate::lexicon::classify(w) & crate::lexicon::EVENT_NEGATION, 0, "{w}");
        }
        for w in ["", "the", "protest", "nor", "threat", "calling-off", "n", "planners"] {
            let flagged = crate::lexicon::classify(w) & crate::lexicon::EVENT_NEGATION != 0;
            assert_eq!(flagged, NEGATION_WORDS.contains(&w), "{w}");
        }
    }

    #[test]
    fn the_shared_lexicon_flags_every_negation_cue_and_plan_word() {
        for w in NEGATION_CUES {
            assert_ne!(crate::lexicon::classify(w) & crate::lexicon::EVENT_NEGATION_CUE, 0, "{w}");
        }
        for w in PLAN_WORDS {
            assert_ne!(crate::lexicon::classify(w) & crate::lexicon::EVENT_PLAN, 0, "{w}");
        }
        for w in ["", "the", "protest", "voter", "nexts", "isn"] {
            assert_eq!(crate::lexicon::classify(w) & (crate::lexicon::EVENT_NEGATION_CUE | crate::lexicon::EVENT_PLAN), 0, "{w}");
        }
    }

    #[test]
    fn the_shared_lexicon_flags_every_trigger_word_and_only_them() {
        for w in TRIGGER_WORDS {
            assert_ne!(crate::lexicon::classify(w) & crate::lexicon::EVENT_TRIGGER, 0, "{w}");
        }
        for w in ["", "the", "protestor", "strik", "demos2", "arrestee", "x", "went on"] {
            let flagged = crate::lexicon::classify(w) & crate::lexicon::EVENT_TRIGGER != 0;
            assert_eq!(flagged, TRIGGER_WORDS.contains(&w), "{w}");
        }
    }
}
