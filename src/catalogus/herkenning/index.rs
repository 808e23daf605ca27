//! The precomputed index the recognition searches: every name and every passage of the
//! catalogue, as stems, built once on first use.

use std::collections::HashMap;
use std::sync::LazyLock;

use strum::VariantArray;

use super::aliassen::{Alias, ALIASSEN};
use super::tekst::{self, Token};
use super::Onderwerp;
use crate::catalogus::{Aanpak, Aspect, StrategischThema, Thema, Uitwerking, Veld, OUDERE_NAMEN};
use crate::methode::Opsomming;
use crate::naam;
use crate::Bron;

/// The number of things recognised: 22 themes, 3 strategic themes, 6 aspects.
pub(super) const AANTAL: usize =
    Thema::VARIANTS.len() + StrategischThema::VARIANTS.len() + Aspect::VARIANTS.len();

/// A set of [`Onderwerp`]s by [`Onderwerp::index`].
pub(super) type Set = u32;

/// What kind of name a [`Naam`] is, which decides how much it weighs and how the reason says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NaamSoort {
    /// The official 2021 name of a theme or aspect, or the name of a strategic theme.
    Officieel,
    /// Another spelling the handbook itself uses (overview table, raakvlakken rows).
    Schrijfwijze,
    /// A name from before 2021 ([`OUDERE_NAMEN`]).
    Ouder,
    /// The title of a strategic theme, or "Informatiepositie".
    Titel,
    /// An [`Alias`].
    Alias(&'static Alias),
    /// The name of a veld: all its themes.
    Veld(Veld),
}

impl NaamSoort {
    /// How strongly the name, standing whole in the input, names its targets.
    pub(super) fn kwaliteit(self) -> f32 {
        match self {
            NaamSoort::Officieel | NaamSoort::Titel => 0.97,
            NaamSoort::Schrijfwijze | NaamSoort::Ouder => 0.95,
            NaamSoort::Alias(_) => 0.92,
            NaamSoort::Veld(_) => 0.85,
        }
    }

    /// The score when the input is this name and nothing else.
    pub(super) fn exact(self) -> f32 {
        match self {
            NaamSoort::Officieel | NaamSoort::Titel => 1.0,
            NaamSoort::Schrijfwijze | NaamSoort::Ouder => 0.98,
            NaamSoort::Alias(_) => 0.95,
            NaamSoort::Veld(_) => 0.9,
        }
    }
}

/// A name of one or more [`Onderwerp`]s, as stems.
#[derive(Debug)]
pub(super) struct Naam {
    pub tekst: &'static str,
    pub onderwerpen: Vec<Onderwerp>,
    pub soort: NaamSoort,
    /// The stems with meaning, in order, as word ids.
    pub woorden: Vec<u32>,
    /// Per word: whether it must stand in the input for the name to count as present (not one
    /// of the generic words, unless the name has nothing else).
    pub kern: Vec<bool>,
    /// [`naam::normaliseer`] of the text, for typing errors.
    pub genormaliseerd: String,
}

/// One passage of the catalogue: a list item, a sentence of an explanation.
#[derive(Debug)]
pub(super) struct Passage {
    /// Where in the record, with its article: "de uitleg", "de maatregelen".
    pub waar: &'static str,
    /// How much a word in this part says about the subject.
    pub gewicht: f32,
    pub tekst: &'static str,
    pub bron: Bron,
    /// The words: id, begin and end in [`tekst`](Self::tekst).
    pub woorden: Vec<(u32, u32, u32)>,
}

/// A word in the texts of one [`Onderwerp`].
#[derive(Debug, Clone, Copy)]
pub(super) struct Treffer {
    pub onderwerp: u8,
    /// The weight of the heaviest part it stands in.
    pub gewicht: f32,
    /// In how many different parts it stands.
    pub delen: u8,
    /// In how many passages.
    pub passages: u8,
}

/// The index.
#[derive(Debug)]
pub(super) struct Index {
    woorden: HashMap<String, u32>,
    /// Per word id: the subjects whose texts hold it.
    pub treffers: Vec<Vec<Treffer>>,
    /// Per word id: the subjects whose names or texts hold it.
    pub in_onderwerpen: Vec<Set>,
    /// Per word id: the passages that hold it, in order.
    pub voorkomens: Vec<Vec<u32>>,
    /// Starts (at least 4 characters) and ends (at least 5) of longer words: the words they
    /// are part of, and whether as the end (the head of a compound: "inbraak" of
    /// "woninginbraak").
    delen: HashMap<String, Vec<(u32, bool)>>,
    pub passages: Vec<Passage>,
    /// Per subject ([`Onderwerp::index`]): its passages, which stand together.
    bereik: Vec<core::ops::Range<usize>>,
    pub namen: Vec<Naam>,
}

/// The index, built on first use.
pub(super) static INDEX: LazyLock<Index> = LazyLock::new(Index::bouw);

const MIN_BEGIN: usize = 4;
const MIN_EIND: usize = 5;

impl Index {
    /// The id of a stem.
    pub(super) fn id(&self, stam: &str) -> Option<u32> {
        self.woorden.get(stam).copied()
    }

    /// The words `stam` is the start or end of, and whether the end.
    pub(super) fn langere(&self, stam: &str) -> &[(u32, bool)] {
        self.delen.get(stam).map_or(&[], Vec::as_slice)
    }

    /// The passages of one subject.
    #[cfg(test)]
    pub(super) fn passages_van(&self, o: Onderwerp) -> &[Passage] {
        self.bereik
            .get(o.index())
            .and_then(|r| self.passages.get(r.clone()))
            .unwrap_or_default()
    }

    /// The numbers of the passages of one subject that hold word `id`, and the passages.
    pub(super) fn voorkomens_bij(
        &self,
        id: u32,
        o: Onderwerp,
    ) -> impl Iterator<Item = (u32, &Passage)> {
        let bereik = self.bereik.get(o.index()).cloned().unwrap_or(0..0);
        let lijst = self
            .voorkomens
            .get(id as usize)
            .map_or(&[][..], Vec::as_slice);
        let begin = lijst.partition_point(|&p| (p as usize) < bereik.start);
        lijst[begin..]
            .iter()
            .take_while(move |&&p| (p as usize) < bereik.end)
            .filter_map(|&p| Some((p, self.passages.get(p as usize)?)))
    }

    fn bouw() -> Index {
        let ruw = ruwe_passages();
        let ruwe_namen = ruwe_namen();
        // Pass 1: the plain vocabulary, so that pass 2 can complete elided compounds.
        let mut bekend: std::collections::HashSet<String> = std::collections::HashSet::new();
        for tekst in ruw
            .iter()
            .map(|p| p.tekst)
            .chain(ruwe_namen.iter().map(|n| n.0))
        {
            for t in tekst::tokens(tekst, &|_| false, true) {
                bekend.insert(t.stam);
            }
        }
        let is_bekend = |s: &str| bekend.contains(s);
        let mut index = Index {
            woorden: HashMap::new(),
            treffers: Vec::new(),
            in_onderwerpen: Vec::new(),
            voorkomens: Vec::new(),
            delen: HashMap::new(),
            passages: Vec::with_capacity(ruw.len()),
            bereik: vec![0..0; AANTAL],
            namen: Vec::with_capacity(ruwe_namen.len()),
        };
        // Per word and subject: heaviest part and the parts seen.
        let mut per_onderwerp: HashMap<(u32, u8), (f32, Vec<&'static str>, u8)> = HashMap::new();
        for p in ruw {
            let nummer = index.passages.len();
            let bereik = &mut index.bereik[p.onderwerp.index()];
            if bereik.start == bereik.end {
                *bereik = nummer..nummer;
            }
            bereik.end = nummer + 1;
            let tokens = tekst::tokens(p.tekst, &is_bekend, true);
            let mut woorden = Vec::with_capacity(tokens.len());
            let mut gezien: Vec<u32> = Vec::new();
            for Token { stam, begin, eind } in tokens {
                let id = index.woord(stam);
                let o = p.onderwerp.index();
                index.in_onderwerpen[id as usize] |= 1 << o;
                let e = per_onderwerp
                    .entry((id, o as u8))
                    .or_insert((0.0, Vec::new(), 0));
                e.0 = e.0.max(p.gewicht);
                if !e.1.contains(&p.waar) {
                    e.1.push(p.waar);
                }
                if !gezien.contains(&id) {
                    gezien.push(id);
                    e.2 = e.2.saturating_add(1);
                    index.voorkomens[id as usize].push(as_u32(nummer));
                }
                woorden.push((id, as_u32(begin), as_u32(eind)));
            }
            index.passages.push(Passage {
                waar: p.waar,
                gewicht: p.gewicht,
                tekst: p.tekst,
                bron: p.bron,
                woorden,
            });
        }
        for (tekst, onderwerpen, soort) in ruwe_namen {
            let stammen: Vec<String> = tekst::tokens(tekst, &is_bekend, false)
                .into_iter()
                .map(|t| t.stam)
                .collect();
            let kern: Vec<bool> = stammen.iter().map(|s| !tekst::is_generiek(s)).collect();
            let woorden: Vec<u32> = stammen.into_iter().map(|s| index.woord(s)).collect();
            for &id in &woorden {
                for o in &onderwerpen {
                    index.in_onderwerpen[id as usize] |= 1 << o.index();
                }
            }
            let kern = if kern.iter().any(|&k| k) {
                kern
            } else {
                vec![true; woorden.len()]
            };
            index.namen.push(Naam {
                tekst,
                onderwerpen,
                soort,
                woorden,
                kern,
                genormaliseerd: naam::normaliseer(tekst),
            });
        }
        // Treffers in a fixed order: by word, then by subject.
        let mut sleutels: Vec<(u32, u8)> = per_onderwerp.keys().copied().collect();
        sleutels.sort_unstable();
        for (id, o) in sleutels {
            let (gewicht, delen, passages) = &per_onderwerp[&(id, o)];
            index.treffers[id as usize].push(Treffer {
                onderwerp: o,
                gewicht: *gewicht,
                delen: u8::try_from(delen.len()).unwrap_or(u8::MAX),
                passages: *passages,
            });
        }
        // Starts and ends of words, for compounds ("inbraak" in "woninginbraak").
        let mut stammen: Vec<(&String, &u32)> = index.woorden.iter().collect();
        stammen.sort_unstable_by_key(|&(_, &id)| id);
        let mut delen: HashMap<String, Vec<(u32, bool)>> = HashMap::new();
        for (stam, &id) in stammen {
            if !stam.is_ascii() {
                continue;
            }
            let n = stam.len();
            for i in MIN_BEGIN..n.saturating_sub(1) {
                delen
                    .entry(stam[..i].to_owned())
                    .or_default()
                    .push((id, false));
            }
            for i in 2..=n.saturating_sub(MIN_EIND) {
                delen
                    .entry(stam[i..].to_owned())
                    .or_default()
                    .push((id, true));
            }
        }
        index.delen = delen;
        index
    }

    fn woord(&mut self, stam: String) -> u32 {
        let volgende = as_u32(self.treffers.len());
        let id = *self.woorden.entry(stam).or_insert(volgende);
        if id == volgende {
            self.treffers.push(Vec::new());
            self.in_onderwerpen.push(0);
            self.voorkomens.push(Vec::new());
        }
        id
    }
}

fn as_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A passage before indexing.
struct Ruw {
    onderwerp: Onderwerp,
    waar: &'static str,
    gewicht: f32,
    tekst: &'static str,
    bron: Bron,
}

/// Weights of the parts of a record: how much a word there says about the subject.
const UITLEG: f32 = 0.8;
const KERN: f32 = 0.6;
const INDICATOR: f32 = 0.55;
const ONTWIKKELING: f32 = 0.5;
const BIJZAAK: f32 = 0.45;
const VERWIJZING: f32 = 0.45;
const PARTNER: f32 = 0.35;

fn ruwe_passages() -> Vec<Ruw> {
    let mut uit = Vec::new();
    for &t in Thema::VARIANTS {
        let g = t.gegevens();
        let o = Onderwerp::Thema(t);
        voeg(&mut uit, o, "de uitleg", UITLEG, &[g.uitleg], g.bron);
        voeg(
            &mut uit,
            o,
            "de effectindicatoren",
            INDICATOR,
            g.effectindicatoren,
            g.bron,
        );
        voeg(
            &mut uit,
            o,
            "de effectinformatie",
            BIJZAAK,
            g.effectinformatie,
            g.bron,
        );
        if let Some(a) = &g.aanpak {
            aanpak(&mut uit, o, a, g.bron);
        }
    }
    for &a in Aspect::VARIANTS {
        let g = a.gegevens();
        let o = Onderwerp::Aspect(a);
        voeg(&mut uit, o, "de uitleg", UITLEG, &[g.uitleg], g.bron);
        aanpak(&mut uit, o, &g.aanpak, g.bron);
    }
    for &s in StrategischThema::VARIANTS {
        let g = s.gegevens();
        let o = Onderwerp::Strategisch(s);
        let uit = &mut uit;
        voeg(uit, o, "de inleiding", UITLEG, g.inleiding, g.bron);
        match g.uitwerking {
            Uitwerking::GedigitaliseerdeCriminaliteit(u) => {
                for m in u.modaliteiten {
                    voeg(uit, o, "de vormen", UITLEG, &[m.naam, m.tekst], u.bron);
                }
                lijst(uit, o, "de beleidsdoelen", KERN, &u.beleidsdoelen);
                voeg(
                    uit,
                    o,
                    "de rol van de gemeente",
                    KERN,
                    &[u.rol_gemeente],
                    u.bron,
                );
            }
            Uitwerking::ZorgEnVeiligheid(u) => {
                lijst(uit, o, "de thema's", UITLEG, &u.themas);
                voeg(
                    uit,
                    o,
                    "de rol van de gemeente",
                    KERN,
                    &[u.rol_gemeente],
                    u.bron,
                );
                lijst(uit, o, "de verbindingspunten", KERN, &u.verbindingspunten);
            }
            Uitwerking::Informatiemanagement(u) => {
                lijst(uit, o, "de redenen", UITLEG, &u.redenen);
                voeg(uit, o, "de toelichting", UITLEG, u.toelichting, u.bron);
                lijst(uit, o, "de bestanddelen", KERN, &u.bestanddelen);
                lijst(uit, o, "de voorbeelden van tools", BIJZAAK, &u.tools);
            }
        }
        voeg(
            uit,
            o,
            "Het IVP",
            VERWIJZING,
            g.het_ivp.inleiding,
            g.het_ivp.bron,
        );
        for onderdeel in g.het_ivp.onderdelen {
            voeg(
                uit,
                o,
                "Het IVP",
                VERWIJZING,
                &[onderdeel.tekst],
                g.het_ivp.bron,
            );
        }
        lijst(uit, o, "meer informatie", VERWIJZING, &g.meer_informatie);
    }
    uit
}

/// Adds the sentences of `teksten` as passages.
fn voeg(
    uit: &mut Vec<Ruw>,
    onderwerp: Onderwerp,
    waar: &'static str,
    gewicht: f32,
    teksten: &[&'static str],
    bron: Bron,
) {
    for &tekst in teksten {
        for zin in zinnen(tekst) {
            uit.push(Ruw {
                onderwerp,
                waar,
                gewicht,
                tekst: zin,
                bron,
            });
        }
    }
}

/// Adds a list with its introduction.
fn lijst(uit: &mut Vec<Ruw>, o: Onderwerp, waar: &'static str, gewicht: f32, l: &Opsomming) {
    voeg(uit, o, waar, gewicht, l.inleiding.as_slice(), l.bron);
    voeg(uit, o, waar, gewicht, l.items, l.bron);
}

/// The aanpak parts b to e, h and j of a theme or aspect.
fn aanpak(uit: &mut Vec<Ruw>, o: Onderwerp, a: &Aanpak, bron: Bron) {
    voeg(uit, o, "de rol van de gemeente", KERN, a.rol_gemeente, bron);
    voeg(uit, o, "de maatregelen", KERN, a.maatregelen, bron);
    voeg(
        uit,
        o,
        "de belangrijke ontwikkelingen",
        ONTWIKKELING,
        a.ontwikkelingen,
        bron,
    );
    voeg(
        uit,
        o,
        "de wet- en regelgeving",
        BIJZAAK,
        a.wet_en_regelgeving,
        bron,
    );
    voeg(uit, o, "de instrumenten", VERWIJZING, a.instrumenten, bron);
    voeg(uit, o, "de partners", PARTNER, a.partners.intern, bron);
    voeg(uit, o, "de partners", PARTNER, a.partners.r#extern, bron);
}

/// The sentences of a text: a quote is a sentence, not a paragraph. Splits after ". ", "? "
/// and "! " where a capital follows, and at blank lines.
fn zinnen(tekst: &'static str) -> Vec<&'static str> {
    let mut uit = Vec::new();
    let mut begin = 0;
    let bytes = tekst.as_bytes();
    for (i, c) in tekst.char_indices() {
        let einde = matches!(c, '.' | '?' | '!')
            && bytes.get(i + 1) == Some(&b' ')
            && tekst[i + 2..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        let witregel = c == '\n' && bytes.get(i + 1) == Some(&b'\n');
        if einde || witregel {
            let zin = tekst[begin..=i].trim();
            if !zin.is_empty() {
                uit.push(zin);
            }
            begin = i + 1;
        }
    }
    let rest = tekst[begin..].trim();
    if !rest.is_empty() {
        uit.push(rest);
    }
    uit
}

/// Every name: of themes, aspects, strategic themes, velden, and the aliases.
fn ruwe_namen() -> Vec<(&'static str, Vec<Onderwerp>, NaamSoort)> {
    let mut uit = Vec::new();
    for &t in Thema::VARIANTS {
        let g = t.gegevens();
        uit.push((g.naam, vec![Onderwerp::Thema(t)], NaamSoort::Officieel));
        for &n in g.andere_namen {
            uit.push((n, vec![Onderwerp::Thema(t)], NaamSoort::Schrijfwijze));
        }
        for v in g.raakvlakken {
            if !uit.iter().any(|(n, _, _)| naam::gelijk(n, v.genoemd_als)) {
                uit.push((
                    v.genoemd_als,
                    vec![Onderwerp::Thema(v.thema)],
                    NaamSoort::Schrijfwijze,
                ));
            }
        }
    }
    for &(n, t) in &OUDERE_NAMEN {
        uit.push((n, vec![Onderwerp::Thema(t)], NaamSoort::Ouder));
    }
    for &a in Aspect::VARIANTS {
        uit.push((a.naam(), vec![Onderwerp::Aspect(a)], NaamSoort::Officieel));
    }
    for &s in StrategischThema::VARIANTS {
        let o = vec![Onderwerp::Strategisch(s)];
        uit.push((s.naam(), o.clone(), NaamSoort::Officieel));
        if s.titel() != s.naam() {
            uit.push((s.titel(), o.clone(), NaamSoort::Titel));
        }
        if s == StrategischThema::Informatiemanagement {
            uit.push(("Informatiepositie", o, NaamSoort::Titel));
        }
    }
    for &v in Veld::VARIANTS {
        let themas = v.themas().iter().map(|&t| Onderwerp::Thema(t)).collect();
        uit.push((v.naam(), themas, NaamSoort::Veld(v)));
    }
    for alias in ALIASSEN {
        uit.push((
            alias.naam,
            alias.onderwerpen.to_vec(),
            NaamSoort::Alias(alias),
        ));
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zinnen_splitsen_na_een_punt_met_hoofdletter() {
        assert_eq!(
            zinnen("Een zin. Nog een, o.m. met afkorting. Laatste"),
            ["Een zin.", "Nog een, o.m. met afkorting.", "Laatste"]
        );
    }

    #[test]
    fn het_index_kent_namen_en_delen() {
        let i = &*INDEX;
        assert!(i.id("woninginbrak").is_some());
        let woninginbraak = i.id("woninginbrak").unwrap_or(u32::MAX);
        assert!(i.langere("inbrak").contains(&(woninginbraak, true)));
        assert!(i.namen.iter().any(|n| n.tekst == "Ondermijning"));
        assert!(i.passages.len() > 500, "{}", i.passages.len());
        assert_eq!(AANTAL, 31);
        // The passages of a subject stand together: the ranges cover all, each once.
        let mut totaal = 0;
        for o in Onderwerp::alle() {
            assert!(!i.passages_van(o).is_empty(), "{o}");
            totaal += i.passages_van(o).len();
        }
        assert_eq!(totaal, i.passages.len());
    }
}
