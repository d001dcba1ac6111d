//! Map geometry and data: the embedded Natural Earth outlines (`data/map.bin`), the Equal
//! Earth projection, the zoomable [`View`], place resolution by document context
//! (`Georgia` the country or the US state), per-place aggregates for the map, and the
//! GeoJSON export of events. Pure; `ui::map` draws what this computes.

use crate::extract::{Analysis, EntityKind, EventType, FigureKind};
use crate::gazetteer::{self, FastMap, Place, PlaceKind};
use crate::query::{type_name, EVENT_TYPES};
use crate::state::Library;
use std::collections::HashMap;
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------
// Projection

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
const SQRT3: f64 = 1.732_050_807_568_877_2;

/// Half the width and height of the projected world (Equal Earth, unit sphere).
pub const HALF_W: f64 = 2.706_629_6;
pub const HALF_H: f64 = 1.317_362_7;

/// Equal Earth projection (Šavrič, Patterson, Jenny 2018) of a longitude and latitude in
/// degrees, on the unit sphere, with y pointing down as in SVG.
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let lam = lon.clamp(-180.0, 180.0).to_radians();
    let phi = lat.clamp(-90.0, 90.0).to_radians();
    let t = (SQRT3 / 2.0 * phi.sin()).asin();
    let (t2, t6) = (t * t, t.powi(6));
    let x = 2.0 * SQRT3 * lam * t.cos() / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, -y)
}

/// The longitude and latitude projected to `(x, y)`; `None` outside the world's outline.
pub fn unproject(x: f64, y: f64) -> Option<(f64, f64)> {
    let y = -y;
    if !x.is_finite() || !y.is_finite() || y.abs() > HALF_H + 1e-9 {
        return None;
    }
    // Newton's method on t, as in the reference implementation.
    let mut t = y;
    for _ in 0..12 {
        let (t2, t6) = (t * t, t.powi(6));
        let fy = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
        let fpy = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        let dt = fy / fpy;
        t -= dt;
        if dt.abs() < 1e-12 {
            break;
        }
    }
    let (t2, t6) = (t * t, t.powi(6));
    let lam = 3.0 * x * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)) / (2.0 * SQRT3 * t.cos());
    let phi = (2.0 * t.sin() / SQRT3).clamp(-1.0, 1.0).asin();
    let (lon, lat) = (lam.to_degrees(), phi.to_degrees());
    (lon.abs() <= 180.0 + 1e-6).then_some((lon.clamp(-180.0, 180.0), lat))
}

// ---------------------------------------------------------------------------------------
// The view

/// Largest zoom: a town and its surroundings.
pub const MAX_ZOOM: f64 = 400.0;
/// Largest zoom when fitting places: one town still shows its region.
pub const MAX_FIT_ZOOM: f64 = 40.0;

/// What the map shows: the projected point at the centre and the zoom (1 = the whole
/// world fits the viewport).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub cx: f64,
    pub cy: f64,
    pub zoom: f64,
}

impl Default for View {
    fn default() -> Self {
        View::WORLD
    }
}

impl View {
    pub const WORLD: View = View { cx: 0.0, cy: 0.0, zoom: 1.0 };

    /// Screen pixels per projected unit in a `w` × `h` viewport.
    pub fn scale(&self, w: f64, h: f64) -> f64 {
        self.zoom * (w / (2.0 * HALF_W)).min(h / (2.0 * HALF_H)).max(1e-9)
    }

    pub fn to_screen(&self, (x, y): (f64, f64), w: f64, h: f64) -> (f64, f64) {
        let s = self.scale(w, h);
        (w / 2.0 + (x - self.cx) * s, h / 2.0 + (y - self.cy) * s)
    }

    pub fn from_screen(&self, (sx, sy): (f64, f64), w: f64, h: f64) -> (f64, f64) {
        let s = self.scale(w, h);
        (self.cx + (sx - w / 2.0) / s, self.cy + (sy - h / 2.0) / s)
    }

    /// Zoom by `factor` (> 1 zooms in), keeping the point under the screen point `at` still.
    pub fn zoom_at(&self, factor: f64, at: (f64, f64), w: f64, h: f64) -> View {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let zoom = (self.zoom * factor).clamp(1.0, MAX_ZOOM);
        let before = self.from_screen(at, w, h);
        let z = View { zoom, ..*self };
        let after = z.from_screen(at, w, h);
        View { cx: self.cx + before.0 - after.0, cy: self.cy + before.1 - after.1, zoom }.clamped()
    }

    /// Move the map by a drag of `(dx, dy)` screen pixels.
    pub fn pan(&self, dx: f64, dy: f64, w: f64, h: f64) -> View {
        let s = self.scale(w, h);
        View { cx: self.cx - dx / s, cy: self.cy - dy / s, ..*self }.clamped()
    }

    /// The view showing the projected box `(x0, y0, x1, y1)` with `pad` pixels around it;
    /// a single point (or a tiny box) is shown at [`MAX_FIT_ZOOM`].
    pub fn fit(bbox: (f64, f64, f64, f64), w: f64, h: f64, pad: f64) -> View {
        let (x0, y0, x1, y1) = bbox;
        let base = View::WORLD.scale(w, h);
        let (bw, bh) = ((x1 - x0).abs().max(1e-9), (y1 - y0).abs().max(1e-9));
        let fit = ((w - 2.0 * pad).max(1.0) / bw).min((h - 2.0 * pad).max(1.0) / bh);
        let zoom = (fit / base).clamp(1.0, MAX_FIT_ZOOM);
        View { cx: (x0 + x1) / 2.0, cy: (y0 + y1) / 2.0, zoom }.clamped()
    }

    /// Keeps the centre on the world and the zoom in range (and every number finite).
    pub fn clamped(self) -> View {
        let ok = |v: f64, d: f64| if v.is_finite() { v } else { d };
        View {
            cx: ok(self.cx, 0.0).clamp(-HALF_W, HALF_W),
            cy: ok(self.cy, 0.0).clamp(-HALF_H, HALF_H),
            zoom: ok(self.zoom, 1.0).clamp(1.0, MAX_ZOOM),
        }
    }

    /// The SVG `transform` that draws outlines made by [`Outlines`] (projected units times
    /// [`PATH_SCALE`]) in this view.
    pub fn transform(&self, w: f64, h: f64) -> String {
        let s = self.scale(w, h);
        let (tx, ty) = (w / 2.0 - self.cx * s, h / 2.0 - self.cy * s);
        format!("translate({tx:.2} {ty:.2}) scale({:.6})", s / PATH_SCALE)
    }
}

/// The smallest projected box holding these longitude/latitude points.
pub fn bbox(points: impl IntoIterator<Item = (f64, f64)>) -> Option<(f64, f64, f64, f64)> {
    points.into_iter().map(|(lon, lat)| project(lon, lat)).fold(None, |b, (x, y)| {
        Some(match b {
            None => (x, y, x, y),
            Some((x0, y0, x1, y1)) => (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
        })
    })
}

// ---------------------------------------------------------------------------------------
// Outlines

static MAP_DATA: &[u8] = include_bytes!("../data/map.bin");

/// Outline coordinates in SVG paths are projected units times this.
pub const PATH_SCALE: f64 = 1000.0;

/// One country's fill.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    /// ISO alpha-2 code (`KZ`), `--` where unknown.
    pub code: String,
    pub name: String,
    /// SVG path data (projected units × [`PATH_SCALE`]).
    pub path: String,
}

/// The decoded map: country fills, every border and coast once, the borders between regions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outlines {
    pub countries: Vec<CountryShape>,
    /// Coasts and borders between countries, each drawn once.
    pub borders: String,
    /// Borders between first-level regions (Mangystau, Atyrau, …).
    pub regions: String,
}

/// A reader over the varint-encoded map data that stops (returns `None`) at any defect.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.data.get(self.pos)?;
            self.pos += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    fn signed(&mut self) -> Option<i64> {
        let v = self.varint()?;
        Some((v >> 1) as i64 ^ -((v & 1) as i64))
    }
    /// A count, bounded by the bytes left (each item takes at least one byte).
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.data.len().saturating_sub(self.pos)).then_some(n)
    }
    fn bytes(&mut self, n: usize) -> Option<&[u8]> {
        let b = self.data.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(b)
    }
    /// Points as projected coordinates × [`PATH_SCALE`].
    fn points(&mut self, scale: f64) -> Option<Vec<(f64, f64)>> {
        let n = self.count()?;
        let (mut x, mut y) = (0i64, 0i64);
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            x = x.checked_add(self.signed()?)?;
            y = y.checked_add(self.signed()?)?;
            let (px, py) = project(x as f64 / scale, y as f64 / scale);
            out.push((px * PATH_SCALE, py * PATH_SCALE));
        }
        Some(out)
    }
}

/// Appends `M x,y L …` for the points (optionally reversed, skipping the first point when
/// continuing a ring).
fn push_path(d: &mut String, pts: impl Iterator<Item = (f64, f64)>, mut move_to: bool) {
    use std::fmt::Write;
    for (x, y) in pts {
        let _ = write!(d, "{}{:.1} {:.1}", if move_to { "M" } else { "L" }, x, y);
        move_to = false;
    }
}

/// Decodes map data in the format written by `data/gen_mapdata.py`; a damaged file gives
/// whatever decoded before the damage.
pub fn decode(data: &[u8]) -> Outlines {
    let mut out = Outlines::default();
    let Some(rest) = data.strip_prefix(b"CHMAP1") else {
        return out;
    };
    let mut r = Reader { data: rest, pos: 0 };
    let _ = decode_into(&mut r, &mut out);
    out
}

fn decode_into(r: &mut Reader, out: &mut Outlines) -> Option<()> {
    let scale = r.varint()? as f64;
    if scale <= 0.0 {
        return None;
    }
    let n_arcs = r.count()?;
    let mut arcs = Vec::with_capacity(n_arcs);
    for _ in 0..n_arcs {
        let a = r.points(scale)?;
        push_path(&mut out.borders, a.iter().copied(), true);
        arcs.push(a);
    }
    for _ in 0..r.count()? {
        let code = String::from_utf8_lossy(r.bytes(2)?).into_owned();
        let len = r.count()?;
        let name = String::from_utf8_lossy(r.bytes(len)?).into_owned();
        let mut path = String::new();
        for _ in 0..r.count()? {
            for _ in 0..r.count()? {
                let mut first = true;
                for _ in 0..r.count()? {
                    let i = r.signed()?;
                    let (idx, rev) = if i < 0 { (!i, true) } else { (i, false) };
                    let arc = arcs.get(usize::try_from(idx).ok()?)?;
                    // Consecutive arcs share their end point: skip it after the first arc.
                    let skip = usize::from(!first);
                    if rev {
                        push_path(&mut path, arc.iter().rev().skip(skip).copied(), first);
                    } else {
                        push_path(&mut path, arc.iter().skip(skip).copied(), first);
                    }
                    first = false;
                }
                if !first {
                    path.push('Z');
                }
            }
        }
        out.countries.push(CountryShape { code, name, path });
    }
    for _ in 0..r.count()? {
        r.bytes(2)?;
        let line = r.points(scale)?;
        push_path(&mut out.regions, line.into_iter(), true);
    }
    Some(())
}

/// The bundled outlines, decoded once.
pub fn outlines() -> &'static Outlines {
    static O: OnceLock<Outlines> = OnceLock::new();
    O.get_or_init(|| decode(MAP_DATA))
}

/// Size in bytes of the embedded map data.
pub fn data_size() -> usize {
    MAP_DATA.len()
}

// ---------------------------------------------------------------------------------------
// Place resolution

/// The countries a document is about, weighted by how often its places name them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    weights: FastMap<&'static str, usize>,
}

impl Context {
    /// The context of one analysed document: every place mention's country, except
    /// mentions of `skip` (the name being resolved must not vote for itself).
    pub fn of(analysis: &Analysis, skip: &str) -> Context {
        let mut c = Context::default();
        for m in analysis.mentions.iter().filter(|m| m.kind == EntityKind::Place && m.canonical != skip) {
            if let Some(p) = gazetteer::lookup(&m.canonical).filter(|p| !p.country.is_empty()) {
                *c.weights.entry(p.country).or_default() += 1;
            }
        }
        c
    }

    /// A context from explicit country codes (tests, and callers without an analysis).
    pub fn from_countries(codes: &[&'static str]) -> Context {
        let mut c = Context::default();
        for code in codes {
            *c.weights.entry(code).or_default() += 1;
        }
        c
    }

    pub fn weight(&self, country: &str) -> usize {
        self.weights.get(country).copied().unwrap_or(0)
    }

    /// The weight of the country the document names most often (0 for none).
    pub fn strongest(&self) -> usize {
        self.weights.values().copied().max().unwrap_or(0)
    }
}

/// A document is firmly about a country when it names this many places in it (the
/// country itself counts).
const FIRMLY: usize = 3;

/// Why a place was chosen for a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The gazetteer knows one place by this name.
    Only,
    /// Several places share the name; the document's places are in this country.
    Context(&'static str),
    /// Several share it and the document does not tell them apart: the most important one.
    MostImportant,
}

/// A name resolved to one place of the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    pub place: &'static Place,
    /// The other places with the same name.
    pub others: Vec<&'static Place>,
    pub reason: Reason,
}

impl Resolved {
    /// What the tooltip says about the choice, when there was one to make:
    /// `Georgia, a region of United States (the document's places are there), not Georgia, a country`.
    pub fn note(&self) -> Option<String> {
        if self.others.is_empty() {
            return None;
        }
        let others: Vec<String> = self.others.iter().map(|p| describe(p)).collect();
        let why = match self.reason {
            Reason::Context(c) => format!(" (the document's other places are in {})", country_name(c)),
            _ => " (the document does not say which; the best-known)".to_string(),
        };
        Some(format!("Read as {}{why}, not {}", describe(self.place), others.join(" or ")))
    }
}

/// `Georgia, a country`; `Georgia, a region of United States`; `Aktau, Mangystau, Kazakhstan`.
pub fn describe(p: &Place) -> String {
    let country = country_name(p.country);
    match p.kind {
        PlaceKind::Country => format!("{}, a country", p.name),
        PlaceKind::Region => format!("{}, a region of {country}", p.name),
        _ => [p.name, p.admin1, country].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", "),
    }
}

/// The name of a country from its ISO alpha-2 code (the code itself when unknown).
pub fn country_name(code: &str) -> &str {
    gazetteer::country_named(code).unwrap_or(code)
}

/// The place a name means in a document with this context: among the places sharing the
/// name, the one in the country the document's other places are most often in; else the
/// most important. `None` when the gazetteer does not know the name, or knows it only as
/// towns or districts of countries the document names nothing in while it is firmly about
/// another ([`FIRMLY`]), none of them a capital: a square, a station or a suburb of the
/// same name, most likely (`San Pablo`, a Santiago metro station, is no town in the
/// Philippines in a story about Chile; Glasgow's `Central` station is no district of Hong
/// Kong). Such a place is listed as not drawn rather than pinned far away.
pub fn resolve(name: &str, context: &Context) -> Option<Resolved> {
    let mut all = gazetteer::candidates(name);
    if all.is_empty() {
        return None;
    }
    if context.strongest() >= FIRMLY && all.iter().all(|p| matches!(p.kind, PlaceKind::City | PlaceKind::Feature) && context.weight(p.country) == 0 && !gazetteer::is_capital(p)) {
        return None;
    }
    // Several rows may describe one place (a region and a homonymous town in it are two).
    let best = (0..all.len()).max_by(|&a, &b| {
        let (wa, wb) = (context.weight(all[a].country), context.weight(all[b].country));
        wa.cmp(&wb).then(b.cmp(&a))
    })?;
    let place = all.remove(best);
    let weight = context.weight(place.country);
    let reason = match () {
        _ if all.is_empty() => Reason::Only,
        _ if weight > 0 && all.iter().all(|p| context.weight(p.country) < weight) => Reason::Context(place.country),
        _ => Reason::MostImportant,
    };
    Some(Resolved { place, others: all, reason })
}

// ---------------------------------------------------------------------------------------
// Per-place aggregates

/// What a map circle stands for: one place and the matching events there.
#[derive(Clone, Debug, PartialEq)]
pub struct MapPlace {
    /// The event place as the filters know it (`Zhanaozen`).
    pub name: String,
    pub lon: f64,
    pub lat: f64,
    /// `Mangystau, Kazakhstan`; `Kazakhstan` for a country.
    pub region: String,
    pub events: usize,
    /// Killed, summed over the events (the lower bound of each figure).
    pub fatalities: f64,
    /// Events per type, in `query::EVENT_TYPES` order.
    pub by_type: [usize; 7],
    pub dominant: EventType,
    /// How an ambiguous name was read, for the tooltip.
    pub note: Option<String>,
    pub kind: PlaceKind,
    /// ISO alpha-2 code of the place's country (`KZ`).
    pub country: &'static str,
}

/// The places of the matching events, and the place names that cannot be drawn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapSummary {
    /// Most events first.
    pub places: Vec<MapPlace>,
    /// `(name, events)` of places the gazetteer cannot locate, most events first.
    pub unlocated: Vec<(String, usize)>,
}

/// Resolves event places per document, remembering each `(document, name)` choice.
/// Killed in an event: the lower bound of each `killed` figure, summed.
fn killed(e: &crate::extract::Event) -> f64 {
    e.figures.iter().filter(|f| f.kind == FigureKind::Killed).filter_map(|f| f.min.or(f.max)).sum()
}

/// One place name as read in its documents: a point of the gazetteer, or none.
#[derive(Debug)]
struct Site {
    name: String,
    place: Option<&'static Place>,
    note: Option<String>,
}

/// Builds [`Located`] a document at a time (as a large corpus arrives in parts): adding
/// every document's analysis in order gives `Located::new` of their library, whose event
/// rows follow the documents and their events in order.
#[derive(Default)]
pub struct LocatedBuilder {
    /// Keyed by name and resolved place: `Georgia` may be two places in two documents.
    ids: HashMap<(String, Option<*const Place>), u32>,
    located: Located,
}

impl LocatedBuilder {
    /// Adds the events of the next document.
    pub fn add(&mut self, a: &Analysis) {
        let mut memo: HashMap<&str, Option<Resolved>> = HashMap::new();
        let Located { sites, rows } = &mut self.located;
        for e in &a.events {
            let row = e.place.as_deref().map(|name| {
                let resolved = memo
                    .entry(name)
                    .or_insert_with(|| {
                        resolve(name, &Context::of(a, name)).filter(|r| r.place.lat.is_finite() && r.place.lon.is_finite())
                    })
                    .as_ref();
                let place = resolved.map(|r| r.place);
                let id = *self.ids.entry((name.to_string(), place.map(|p| p as *const Place))).or_insert_with(|| {
                    sites.push(Site { name: name.to_string(), place, note: resolved.and_then(Resolved::note) });
                    (sites.len() - 1) as u32
                });
                (id, killed(e))
            });
            rows.push(row);
        }
    }

    pub fn finish(self) -> Located {
        self.located
    }
}

/// Where every event of a library is, resolved once per library (resolution depends only
/// on the documents, not on the filter), so that [`Located::summarize`] only counts.
#[derive(Debug, Default)]
pub struct Located {
    sites: Vec<Site>,
    /// Per row of `lib.index.events`: its site, and the people it killed.
    rows: Vec<Option<(u32, f64)>>,
}

impl Located {
    pub fn new(lib: &Library) -> Located {
        let mut b = LocatedBuilder::default();
        for a in &lib.analyses {
            b.add(a);
        }
        b.finish()
    }

    /// The gazetteer place of an event row, when it has one the map can draw.
    fn place(&self, row: usize) -> Option<&'static Place> {
        let (site, _) = self.rows.get(row).copied().flatten()?;
        self.sites.get(site as usize)?.place
    }

    /// Per-place counts for the map over the matching rows.
    pub fn summarize(&self, lib: &Library, rows: &[usize]) -> MapSummary {
        let mut at: Vec<Option<usize>> = vec![None; self.sites.len()];
        let mut places: Vec<MapPlace> = Vec::new();
        let mut unlocated: Vec<(String, usize)> = Vec::new();
        for &row in rows {
            let (Some((site, dead)), Some(r)) = (self.rows.get(row).copied().flatten(), lib.index.events.get(row)) else {
                continue;
            };
            let s = &self.sites[site as usize];
            let i = *at[site as usize].get_or_insert_with(|| {
                match s.place {
                    Some(p) => places.push(MapPlace::of(s, p)),
                    None => unlocated.push((s.name.clone(), 0)),
                }
                if s.place.is_some() { places.len() - 1 } else { unlocated.len() - 1 }
            });
            if s.place.is_none() {
                unlocated[i].1 += 1;
                continue;
            }
            let m = &mut places[i];
            m.events += 1;
            m.fatalities += dead;
            if let Some(t) = EVENT_TYPES.iter().position(|t| *t == r.kind) {
                m.by_type[t] += 1;
            }
        }
        for m in &mut places {
            let best = (0..7).max_by(|&a, &b| m.by_type[a].cmp(&m.by_type[b]).then(b.cmp(&a))).unwrap_or(6);
            m.dominant = EVENT_TYPES[best];
        }
        places.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.name.cmp(&b.name)));
        unlocated.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        MapSummary { places, unlocated }
    }
}

impl MapPlace {
    /// A place with no events counted yet.
    fn of(s: &Site, p: &'static Place) -> MapPlace {
        // A city-state (`Hong Kong`, `Singapore`) is a country in the gazetteer, but its
        // events are placed in the city: drawn as a town, not as a country's centre.
        let kind = match p.kind {
            PlaceKind::Country if gazetteer::city_state(p.country) == Some(p.name) => PlaceKind::City,
            k => k,
        };
        let region = match kind {
            PlaceKind::City if kind != p.kind => "a city-state".to_string(),
            PlaceKind::Country => country_name(p.country).to_string(),
            PlaceKind::Region => describe(p).split_once(", a region of ").map_or(String::new(), |(_, c)| c.to_string()),
            _ => [p.admin1, country_name(p.country)].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", "),
        };
        MapPlace {
            name: s.name.clone(),
            lon: f64::from(p.lon),
            lat: f64::from(p.lat),
            region,
            events: 0,
            fatalities: 0.0,
            by_type: [0; 7],
            dominant: EventType::Other,
            note: s.note.clone(),
            kind,
            country: p.country,
        }
    }
}

/// What a circle's size stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SizeBy {
    #[default]
    Events,
    Fatalities,
}

impl MapPlace {
    pub fn measure(&self, by: SizeBy) -> f64 {
        match by {
            SizeBy::Events => self.events as f64,
            SizeBy::Fatalities => self.fatalities,
        }
    }
}

/// Circle radius in pixels: area proportional to the value, the largest `max_r`; a zero
/// value still gets a small dot so the place stays visible and clickable.
pub fn radius(value: f64, largest: f64, max_r: f64) -> f64 {
    let min_r = 4.0;
    if value.is_nan() || largest.is_nan() || value <= 0.0 || largest <= 0.0 {
        return min_r;
    }
    (max_r * (value / largest).min(1.0).sqrt()).max(min_r + 1.0)
}

// ---------------------------------------------------------------------------------------
// GeoJSON export

/// The matching events with a known place as a GeoJSON FeatureCollection (RFC 7946, one
/// Point per event) for QGIS and similar tools. Events whose place cannot be located are
/// left out; `unlocated` in [`Located::summarize`] lists them.
pub fn geojson(lib: &Library, located: &Located, rows: &[usize]) -> String {
    let round = |v: f32| (f64::from(v) * 1e5).round() / 1e5;
    let mut features = Vec::new();
    for &row in rows {
        let (Some(r), Some(e)) = (lib.index.events.get(row), lib.event(row)) else { continue };
        let (Some(name), Some(p)) = (e.place.as_deref(), located.place(row)) else { continue };
        let doc = lib.documents.get(r.doc);
        features.push(Feature {
            kind: "Feature",
            geometry: Point { kind: "Point", coordinates: [round(p.lon), round(p.lat)] },
            properties: Properties {
                date: e.date.as_deref(),
                precision: e.precision,
                kind: type_name(e.kind),
                place: name,
                region: p.admin1,
                country: p.country,
                actors: &e.actors,
                fatalities: e.figures.iter().any(|f| f.kind == FigureKind::Killed).then(|| killed(e)),
                document: doc.map(|d| d.name.as_str()),
                evidence: doc.map(|d| d.slice(e.evidence)),
            },
        });
    }
    serde_json::to_string_pretty(&Collection { kind: "FeatureCollection", features }).unwrap_or_default()
}

#[derive(serde::Serialize)]
struct Collection<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    features: Vec<Feature<'a>>,
}

#[derive(serde::Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    geometry: Point,
    properties: Properties<'a>,
}

#[derive(serde::Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    /// `[longitude, latitude]`, as RFC 7946 orders them.
    coordinates: [f64; 2],
}

#[derive(serde::Serialize)]
struct Properties<'a> {
    date: Option<&'a str>,
    precision: Option<crate::extract::Precision>,
    #[serde(rename = "type")]
    kind: &'static str,
    place: &'a str,
    region: &'static str,
    country: &'static str,
    actors: &'a [String],
    fatalities: Option<f64>,
    document: Option<&'a str>,
    evidence: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    fn close(a: (f64, f64), b: (f64, f64), eps: f64) -> bool {
        (a.0 - b.0).abs() < eps && (a.1 - b.1).abs() < eps
    }

    #[test]
    fn equal_earth_puts_known_points_where_expected() {
        assert!(close(project(0.0, 0.0), (0.0, 0.0), 1e-12));
        // The corners of the projected world.
        assert!(close(project(180.0, 0.0), (HALF_W, 0.0), 1e-6), "{:?}", project(180.0, 0.0));
        assert!(close(project(0.0, 90.0), (0.0, -HALF_H), 1e-6), "{:?}", project(0.0, 90.0));
        assert!((project(-180.0, -90.0).1 - HALF_H).abs() < 1e-6);
        // North is up, east is right; the poles are lines, shorter than the equator.
        let (x, y) = project(51.17, 43.65); // Aktau
        assert!(x > 0.0 && y < 0.0);
        assert!(project(180.0, 89.9).0 < 0.6 * HALF_W);
        // Equal area: a 10°×10° cell at 60°N has the area of the sphere's, relative to one
        // at the equator (shoelace over the projected outline, meridians sampled finely).
        let cell = |lat: f64| {
            let mut ring: Vec<(f64, f64)> = (0..=100).map(|i| project(0.0, lat + f64::from(i) / 10.0)).collect();
            ring.extend((0..=100).rev().map(|i| project(10.0, lat + f64::from(i) / 10.0)));
            let n = ring.len();
            (0..n).map(|i| ring[i].0 * ring[(i + 1) % n].1 - ring[(i + 1) % n].0 * ring[i].1).sum::<f64>().abs() / 2.0
        };
        let expected = ((70f64).to_radians().sin() - (60f64).to_radians().sin()) / (10f64).to_radians().sin();
        assert!((cell(60.0) / cell(0.0) - expected).abs() < 1e-4, "{} vs {expected}", cell(60.0) / cell(0.0));
    }

    #[test]
    fn inverse_round_trips() {
        for lon in (-180..=180).step_by(15) {
            for lat in (-85..=85).step_by(5) {
                let (x, y) = project(f64::from(lon), f64::from(lat));
                let back = unproject(x, y).unwrap();
                assert!(close(back, (f64::from(lon), f64::from(lat)), 1e-6), "{lon},{lat} → {back:?}");
            }
        }
        assert_eq!(unproject(0.0, 2.0), None, "below the south pole");
        assert_eq!(unproject(HALF_W * 1.2, 0.0), None, "beyond the antimeridian");
        assert_eq!(unproject(f64::NAN, 0.0), None);
    }

    #[test]
    fn view_zooms_around_the_pointer_pans_and_stays_on_the_world() {
        let (w, h) = (800.0, 400.0);
        let v = View::WORLD;
        assert!(close(v.to_screen((0.0, 0.0), w, h), (400.0, 200.0), 1e-9));
        // The whole world fits: its right edge is inside the viewport.
        let edge = v.to_screen((HALF_W, 0.0), w, h);
        assert!(edge.0 <= w + 1e-9 && edge.0 > w * 0.9, "{edge:?}");
        // The point under the pointer stays put.
        let at = (600.0, 120.0);
        let z = v.zoom_at(4.0, at, w, h);
        assert_eq!(z.zoom, 4.0);
        assert!(close(z.from_screen(at, w, h), v.from_screen(at, w, h), 1e-9));
        assert!(close(z.to_screen(z.from_screen((10.0, 20.0), w, h), w, h), (10.0, 20.0), 1e-9));
        // Zoom stays in range; a drag moves the map with the pointer.
        assert_eq!(v.zoom_at(0.1, at, w, h).zoom, 1.0);
        assert_eq!(z.zoom_at(1e9, at, w, h).zoom, MAX_ZOOM);
        assert_eq!(v.zoom_at(f64::NAN, at, w, h), v);
        let p = z.pan(50.0, -20.0, w, h);
        let q = (0.3, -0.2);
        let (a, b) = (z.to_screen(q, w, h), p.to_screen(q, w, h));
        assert!(close((b.0 - a.0, b.1 - a.1), (50.0, -20.0), 1e-9));
        let far = v.pan(1e6, 1e6, w, h);
        assert_eq!((far.cx, far.cy), (-HALF_W, -HALF_H), "the centre stays on the world");
    }

    #[test]
    fn fitting_shows_every_place_and_stops_at_region_scale() {
        let (w, h) = (900.0, 500.0);
        // Aktau, Zhanaozen and Almaty all land inside the viewport, with the padding.
        let pts = [(51.17, 43.65), (52.86, 43.34), (76.95, 43.25)];
        let v = View::fit(bbox(pts).unwrap(), w, h, 40.0);
        assert!(v.zoom > 5.0, "zoomed in to Kazakhstan: {v:?}");
        for (lon, lat) in pts {
            let (sx, sy) = v.to_screen(project(lon, lat), w, h);
            assert!((39.0..=861.0).contains(&sx) && (39.0..=461.0).contains(&sy), "{sx},{sy}");
        }
        // One place: centred, at the fitting limit.
        let one = View::fit(bbox([(51.17, 43.65)]).unwrap(), w, h, 40.0);
        assert_eq!(one.zoom, MAX_FIT_ZOOM);
        assert!(close(one.to_screen(project(51.17, 43.65), w, h), (450.0, 250.0), 1e-6));
        assert!(bbox([]).is_none());
        // The SVG transform maps outline coordinates the same way.
        let t = v.transform(w, h);
        assert!(t.starts_with("translate(") && t.contains(") scale("), "{t}");
    }

    #[test]
    fn the_embedded_outlines_decode_and_fit_the_budget() {
        let o = outlines();
        assert!(o.countries.len() > 200, "{}", o.countries.len());
        let kz = o.countries.iter().find(|c| c.code == "KZ").unwrap();
        assert_eq!(kz.name, "Kazakhstan");
        assert!(kz.path.starts_with('M') && kz.path.ends_with('Z'));
        assert!(o.countries.iter().any(|c| c.code == "GE") && o.countries.iter().any(|c| c.code == "US"));
        assert!(o.borders.len() > 10_000 && o.regions.len() > 10_000);
        // Every coordinate of a path lies on the projected world.
        for n in kz.path.split(|c: char| c.is_ascii_alphabetic() || c == ' ').filter(|s| !s.is_empty()) {
            let v: f64 = n.parse().unwrap();
            assert!(v.abs() <= HALF_W * PATH_SCALE + 1.0, "{n}");
        }
        assert!(data_size() < 300 * 1024, "{} bytes", data_size());
    }

    #[test]
    fn damaged_map_data_decodes_to_what_precedes_the_damage() {
        assert_eq!(decode(b"nonsense"), Outlines::default());
        let cut = &MAP_DATA[..MAP_DATA.len() / 3];
        let o = decode(cut);
        assert!(o.countries.is_empty() && !o.borders.is_empty());
        for n in 0..64 {
            let mut bad = MAP_DATA[..200 + n * 37].to_vec();
            bad.extend(std::iter::repeat_n(0xff, n));
            let _ = decode(&bad); // never panics
        }
    }

    #[test]
    fn ambiguous_names_follow_the_documents_country() {
        let us = resolve("Georgia", &Context::from_countries(&["US", "US"])).unwrap();
        assert_eq!((us.place.kind, us.place.country, us.reason), (PlaceKind::Region, "US", Reason::Context("US")));
        let note = us.note().unwrap();
        assert!(note.contains("region of United States") && note.contains("not Georgia, a country"), "{note}");
        let ge = resolve("Georgia", &Context::from_countries(&["GE"])).unwrap();
        assert_eq!((ge.place.kind, ge.reason), (PlaceKind::Country, Reason::Context("GE")));
        let none = resolve("Georgia", &Context::default()).unwrap();
        assert_eq!((none.place.kind, none.reason), (PlaceKind::Country, Reason::MostImportant));
        assert!(none.note().unwrap().contains("does not say"));
        let aktau = resolve("Aqtau", &Context::default()).unwrap();
        assert_eq!((aktau.place.name, aktau.reason, aktau.note()), ("Aktau", Reason::Only, None));
        assert!(resolve("Nowhereville", &Context::default()).is_none());
        // A town or a district known only in a country the document names nothing in,
        // while it is firmly about another, is not drawn there; a capital still is.
        let chile = Context::from_countries(&["CL", "CL", "CL"]);
        assert!(resolve("San Pablo", &chile).is_none());
        assert_eq!(resolve("San Pablo", &Context::from_countries(&["CL"])).map(|r| r.place.country), Some("PH"));
        assert_eq!(resolve("San Pablo", &Context::from_countries(&["CL", "CL", "CL", "PH"])).map(|r| r.place.country), Some("PH"));
        assert_eq!(resolve("Manila", &chile).map(|r| r.place.country), Some("PH"));
        let britain = Context::from_countries(&["GB", "GB", "GB"]);
        assert!(resolve("Central", &britain).is_none());
        assert_eq!(resolve("Central", &Context::from_countries(&["GB", "GB", "GB", "HK"])).map(|r| r.place.country), Some("HK"));
    }

    fn library(files: &[(&str, &str)]) -> Library {
        Library::new(Corpus::read(files.iter().map(|(n, t)| (*n, t.as_bytes()))))
    }

    const TBILISI: &str = "date 2023-03-08\nThousands protested in Tbilisi against the foreign agents bill. \
        Police detained 66 protesters in Georgia on 8 March.";
    const ATLANTA: &str = "date 2021-06-01\nHundreds of workers went on strike in Atlanta on 1 June. \
        Nurses also protested in Savannah. Police arrested 12 protesters in Georgia on 2 June.";

    #[test]
    fn documents_resolve_georgia_by_their_other_places() {
        let lib = library(&[("tbilisi.txt", TBILISI), ("atlanta.txt", ATLANTA)]);
        let rows: Vec<usize> = (0..lib.index.events.len()).collect();
        let s = Located::new(&lib).summarize(&lib, &rows);
        let georgias: Vec<&MapPlace> = s.places.iter().filter(|p| p.name == "Georgia").collect();
        assert_eq!(georgias.len(), 2, "{:#?}", s.places);
        let country = georgias.iter().find(|p| p.kind == PlaceKind::Country).unwrap();
        let state = georgias.iter().find(|p| p.kind == PlaceKind::Region).unwrap();
        assert!(country.lon > 40.0 && state.lon < -80.0);
        assert!(country.note.as_deref().unwrap().contains("Georgia, a country"));
        assert!(state.note.as_deref().unwrap().contains("region of United States"), "{:?}", state.note);
        assert_eq!(state.region, "United States");
    }

    const MANGYSTAU: &str = "date 2022-01-05\nOil workers went on strike in Zhanaozen on 2 January. \
        On 4 January protesters rallied in Aktau. On 5 January security forces killed 3 protesters in Zhanaozen. \
        Workers protested in Qaratobe-Kentau on 5 January.";

    #[test]
    fn places_are_counted_sized_and_coloured_by_their_events() {
        let lib = library(&[("m.txt", MANGYSTAU)]);
        let rows: Vec<usize> = (0..lib.index.events.len()).collect();
        let s = Located::new(&lib).summarize(&lib, &rows);
        let z = s.places.iter().find(|p| p.name == "Zhanaozen").unwrap_or_else(|| panic!("{s:#?}"));
        assert_eq!(z.region, "Mangystau, Kazakhstan");
        assert!(z.events >= 2, "{z:?}");
        assert_eq!(z.fatalities, 3.0);
        assert_eq!(z.by_type.iter().sum::<usize>(), z.events);
        assert_eq!(s.places[0].name, "Zhanaozen", "most events first");
        let a = s.places.iter().find(|p| p.name == "Aktau").unwrap();
        assert_eq!((a.events, a.dominant, a.fatalities), (1, EventType::Protest, 0.0));
        // Sizes follow the chosen measure.
        assert!(radius(z.measure(SizeBy::Events), 2.0, 20.0) > radius(a.measure(SizeBy::Events), 2.0, 20.0));
        assert_eq!(radius(a.measure(SizeBy::Fatalities), 3.0, 20.0), 4.0);
        assert_eq!(radius(3.0, 3.0, 20.0), 20.0);
        // Only the filtered rows count.
        let only_first: Vec<usize> = rows.iter().copied().filter(|&r| lib.index.events[r].place.as_deref() == Some("Aktau")).collect();
        assert_eq!(s.unlocated, [("Qaratobe-Kentau".to_string(), 1)], "an invented village is listed, not dropped");
        let s1 = Located::new(&lib).summarize(&lib, &only_first);
        assert_eq!(s1.places.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Aktau"]);
    }

    #[test]
    fn a_city_state_is_drawn_as_a_town() {
        let doc = "date 2019-10-07\nProtesters marched in Mong Kok on Sunday. Police arrested 40 people in Kowloon on Saturday.";
        let lib = library(&[("hk.txt", doc)]);
        let rows: Vec<usize> = (0..lib.index.events.len()).collect();
        let s = Located::new(&lib).summarize(&lib, &rows);
        let hk = s.places.iter().find(|p| p.name == "Hong Kong").unwrap_or_else(|| panic!("{s:#?}"));
        assert_eq!((hk.kind, hk.region.as_str(), hk.events), (PlaceKind::City, "a city-state", 2));
        // A country is still drawn at its centre.
        let lib = library(&[("m.txt", "date 2022-01-05\nProtesters rallied in Kazakhstan on 4 January.")]);
        let s = Located::new(&lib).summarize(&lib, &[0]);
        assert_eq!(s.places.iter().map(|p| p.kind).collect::<Vec<_>>(), [PlaceKind::Country]);
    }

    #[test]
    fn geojson_has_one_point_per_located_event() {
        let lib = library(&[("m.txt", MANGYSTAU)]);
        let rows: Vec<usize> = (0..lib.index.events.len()).collect();
        let text = geojson(&lib, &Located::new(&lib), &rows);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["type"], "FeatureCollection");
        let features = v["features"].as_array().unwrap();
        let located = rows.iter().filter(|&&r| lib.event(r).and_then(|e| e.place.as_deref()).and_then(gazetteer::lookup).is_some()).count();
        assert_eq!(features.len(), located);
        let killing = features.iter().find(|f| f["properties"]["fatalities"] == 3.0).unwrap();
        assert_eq!(killing["geometry"]["type"], "Point");
        let c = killing["geometry"]["coordinates"].as_array().unwrap();
        assert!((c[0].as_f64().unwrap() - 52.86).abs() < 0.2 && (c[1].as_f64().unwrap() - 43.34).abs() < 0.2, "[lon, lat]: {c:?}");
        let p = &killing["properties"];
        assert_eq!((p["place"].as_str(), p["region"].as_str(), p["country"].as_str()), (Some("Zhanaozen"), Some("Mangystau"), Some("KZ")));
        assert_eq!(p["document"], "m.txt");
        assert!(p["evidence"].as_str().unwrap().contains("killed"), "{p}");
        assert_eq!(p["date"], "2022-01-05");
        assert!(p["actors"].is_array() && p["type"].is_string());
        let empty: serde_json::Value = serde_json::from_str(&geojson(&lib, &Located::new(&lib), &[])).unwrap();
        assert_eq!(empty, serde_json::json!({ "type": "FeatureCollection", "features": [] }));
    }
}
