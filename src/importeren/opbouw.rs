//! From blocks to a draft: sections by their headings, each chapter to its place by the words
//! plans use, priorities and sub-themes with their parts, and what finds no place kept under
//! its heading.

use crate::catalogus::herkenning::{herken, Onderwerp};
use crate::catalogus::Veld;
use crate::document::{
    Deelthema, Effectindicator, EigenNaam, Invulbaar, Meting, OngeplaatsteTekst, Tekst,
    ThemaVerwijzing, Themauitwerking,
};
use crate::uitvoer::opmaak::ongeplaatst;

use super::blok::{Blok, Kop};
use super::verslag::{Verslag, Zekerheid};

/// A heading with what stands under it up to the next heading.
#[derive(Debug, Clone)]
pub(crate) struct Sectie {
    pub(crate) kop: Option<Kop>,
    pub(crate) niveau: usize,
    pub(crate) inhoud: Vec<Blok>,
    pub(crate) rol: Rol,
}

impl Sectie {
    /// The heading as the plan writes it.
    pub(crate) fn kopnaam(&self) -> String {
        self.kop
            .as_ref()
            .map_or_else(|| "(begin)".to_owned(), |k| k.origineel.clone())
    }
}

/// What a chapter is, by its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rol {
    Voorwerk,
    Uitgangssituatie,
    Verbindingen,
    Visie,
    Uitgangspunten,
    Prioriteiten,
    Overige,
    Coordinatie,
    Beleidscyclus,
    Begroting,
    Slot,
    /// The chapter of text a previous import could not place, as the crate writes it
    /// ([`KOP`](crate::uitvoer::opmaak::ongeplaatst::KOP)), and everything after it.
    Ongeplaatst,
    Geen,
}

/// The heading's words, lowercase, without number and punctuation at the ends.
fn genormaliseerd(titel: &str) -> String {
    titel
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

fn bevat_een(tekst: &str, woorden: &[&str]) -> bool {
    woorden.iter().any(|w| tekst.contains(w))
}

/// The role of a chapter by the words of its heading.
pub(crate) fn rol(titel: &str) -> Rol {
    let t = genormaliseerd(titel);
    if t == genormaliseerd(ongeplaatst::KOP) {
        return Rol::Ongeplaatst;
    }
    if bevat_een(
        &t,
        &[
            "ondertekening",
            "bijlage",
            "colofon",
            "literatuur",
            "begrippenlijst",
            "afkortingen",
        ],
    ) {
        return Rol::Slot;
    }
    if bevat_een(
        &t,
        &[
            "overige thema",
            "overige veiligheidsthema",
            "going concern",
            "reguliere taken",
            "overige onderwerpen",
            "brede veiligheidsthema",
            "andere thema",
            "overige strategische",
            "basisaanpak",
            "reguliere thema",
            "niet-prioritaire",
        ],
    ) {
        return Rol::Overige;
    }
    if bevat_een(
        &t,
        &[
            "prioriteiten",
            "speerpunten",
            "accenten",
            "prioritaire thema",
            "prioriteit",
            "focusthema",
            "kernthema",
        ],
    ) {
        return Rol::Prioriteiten;
    }
    if bevat_een(
        &t,
        &[
            "voorwoord",
            "inleiding",
            "samenvatting",
            "intitulé",
            "inhoudsopgave",
            "leeswijzer",
            "aanleiding",
            "wettelijk",
            "totstandkoming",
            "permanente link",
            "inhoud",
            "proces",
        ],
    ) {
        return Rol::Voorwerk;
    }
    if bevat_een(
        &t,
        &[
            "financiën",
            "financien",
            "begroting",
            "middelen",
            "financi",
            "kosten",
            "budget",
        ],
    ) {
        return Rol::Begroting;
    }
    if bevat_een(
        &t,
        &[
            "monitoring",
            "evaluatie",
            "beleidscyclus",
            "verantwoording",
            "voortgang",
            "rapportage",
            "uitvoeringsprogramma",
            "uitvoeringsplan",
            "jaarplan",
            "meten en",
        ],
    ) {
        return Rol::Beleidscyclus;
    }
    if bevat_een(
        &t,
        &[
            "organisatie",
            "regie",
            "coördinatie",
            "coordinatie",
            "sturing",
            "rolverdeling",
            "rollen",
            "governance",
            "overlegstructuur",
            "driehoek",
        ],
    ) {
        return Rol::Coordinatie;
    }
    if bevat_een(
        &t,
        &[
            "uitgangssituatie",
            "analyse",
            "veiligheidsbeeld",
            "huidige situatie",
            "terugblik",
            "cijfers",
            "trends",
            "ontwikkelingen",
            "enquête",
            "veiligheidsmonitor",
            "stand van zaken",
            "waar staan we",
            "veiligheidsbeleving",
            "context",
        ],
    ) {
        return Rol::Uitgangssituatie;
    }
    if bevat_een(
        &t,
        &[
            "landelijke",
            "regionale",
            "regionaal",
            "coalitieakkoord",
            "collegeprogramma",
            "relatie met",
            "verbinding",
            "samenhang met",
        ],
    ) {
        return Rol::Verbindingen;
    }
    if bevat_een(
        &t,
        &[
            "visie",
            "missie",
            "ambitie",
            "strategische doel",
            "hoofddoel",
            "doelstelling",
        ],
    ) {
        return Rol::Visie;
    }
    if bevat_een(
        &t,
        &[
            "uitgangspunten",
            "werkwijze",
            "principes",
            "pijlers",
            "strategie",
            "aanpak in hoofdlijnen",
        ],
    ) {
        return Rol::Uitgangspunten;
    }
    Rol::Geen
}

/// Headings that are always a chapter, whatever stands before them.
fn is_altijd_hoofdstuk(titel: &str) -> bool {
    let t = genormaliseerd(titel);
    [
        "voorwoord",
        "ondertekening",
        "bijlage",
        "bijlagen",
        "colofon",
        "inhoud",
        "inhoudsopgave",
        "samenvatting",
        "intitulé",
        "literatuur",
        "bronnen",
    ]
    .iter()
    .any(|w| t == *w || t.starts_with(&format!("{w} ")))
}

/// The blocks as sections, each heading's level settled: a heading without level gets one
/// below the last numbered heading (a short line under "3.2.3" is part of it).
pub(crate) fn secties(blokken: Vec<Blok>) -> Vec<Sectie> {
    let mut uit = vec![Sectie {
        kop: None,
        niveau: 0,
        inhoud: Vec::new(),
        rol: Rol::Voorwerk,
    }];
    let mut laatst_genummerd = 0usize;
    // The chapter of unplaced text is the last the crate writes: what follows it is its own.
    let mut ongeplaatst = false;
    for b in blokken {
        match b {
            Blok::Kop(mut k) => {
                if k.niveau == 0 {
                    k.niveau = if is_altijd_hoofdstuk(&k.titel) {
                        1
                    } else {
                        laatst_genummerd + 1
                    };
                } else if k.nummer.is_some() {
                    laatst_genummerd = k.niveau;
                }
                if is_altijd_hoofdstuk(&k.titel) || k.niveau == 1 && k.nummer.is_none() {
                    laatst_genummerd = 0;
                }
                let mut r = rol(&k.titel);
                ongeplaatst |= r == Rol::Ongeplaatst;
                if ongeplaatst {
                    r = Rol::Ongeplaatst;
                }
                uit.push(Sectie {
                    niveau: k.niveau,
                    kop: Some(k),
                    inhoud: Vec::new(),
                    rol: r,
                });
            }
            ander => {
                if let Some(s) = uit.last_mut() {
                    s.inhoud.push(ander);
                }
            }
        }
    }
    uit
}

/// Where a paragraph of a priority goes, by the sub-heading or label before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Deel {
    Toelichting,
    Doel,
    Aanpak,
    Indicatoren,
    Partners,
    Flankerend,
}

impl Deel {
    pub(crate) fn veld(self) -> &'static str {
        match self {
            Deel::Toelichting => "toelichting",
            Deel::Doel => "doelstelling_kwalitatief",
            Deel::Aanpak => "hoofdlijnen_aanpak",
            Deel::Indicatoren => "effectindicatoren",
            Deel::Partners => "partners",
            Deel::Flankerend => "flankerend_beleid",
        }
    }
}

/// The part a label ("Dit willen we bereiken door:") or a short sub-heading ("Wat gaan we
/// doen?") announces, in the words plans use.
pub(crate) fn deel_van(tekst: &str, is_kop: bool) -> Option<Deel> {
    let t = genormaliseerd(tekst);
    let woorden = t.split_whitespace().count();
    let vraag = tekst.trim_end().ends_with('?');
    if woorden > 8 || is_kop && woorden > 4 && !vraag {
        return None;
    }
    // A heading names a part in its first words ("Concrete afspraken en acties", "Onze
    // aanpak"), not further on ("Lokale persoonsgerichte aanpak" is a sub-theme).
    let t = if is_kop && !vraag {
        t.split_whitespace().take(2).collect::<Vec<_>>().join(" ")
    } else {
        t
    };
    let begint = |ws: &[&str]| ws.iter().any(|w| t.starts_with(w));
    if bevat_een(&t, &["flankerend"]) {
        return Some(Deel::Flankerend);
    }
    if bevat_een(
        &t,
        &[
            "indicator",
            "streefwaarde",
            "kpi",
            "meetbare",
            "hoe meten",
            "wat meten",
            "prestatie",
        ],
    ) {
        return Some(Deel::Indicatoren);
    }
    if bevat_een(
        &t,
        &[
            "willen we bereiken",
            "wat willen we",
            "doelstelling",
            "doelen",
            "ambitie",
            "beoogd",
            "resultaat",
            "missie",
            "wat is ons doel",
        ],
    ) || begint(&["doel"])
    {
        return Some(Deel::Doel);
    }
    if bevat_een(
        &t,
        &[
            "afspraken",
            "afspraak",
            "acties",
            "wat gaan we",
            "wat doen we",
            "hoe gaan we",
            "maatregelen",
            "activiteiten",
            "interventies",
            "onze inzet",
            "wat we doen",
            "aanpak",
        ],
    ) {
        return Some(Deel::Aanpak);
    }
    if begint(&[
        "partners",
        "samenwerkingspartners",
        "ketenpartners",
        "betrokken partijen",
    ]) {
        return Some(Deel::Partners);
    }
    if bevat_een(
        &t,
        &[
            "aanleiding",
            "huidige situatie",
            "achtergrond",
            "probleemanalyse",
            "waarom",
            "toelichting",
            "situatie",
            "context",
            "wat speelt",
        ],
    ) {
        return Some(Deel::Toelichting);
    }
    None
}

/// A label: a short paragraph ending with ':' that announces what follows.
fn is_label(tekst: &str) -> bool {
    let t = tekst.trim();
    t.ends_with(':') && t.split_whitespace().count() <= 10
        || (t.split_whitespace().count() <= 6
            && !t.ends_with(['.', ';', ','])
            && deel_van(t, false).is_some())
}

/// Whether a label announces a list of sub-themes ("De thema's binnen Zorg & Veiligheid
/// zijn:").
fn kondigt_deelthemas_aan(tekst: &str) -> bool {
    let t = genormaliseerd(tekst);
    tekst.trim_end().ends_with(':')
        && bevat_een(
            &t,
            &[
                "thema's",
                "themas",
                "onderwerpen",
                "deelthema",
                "omvat",
                "bestaat uit",
                "speerpunten",
                "prioriteiten",
                "aandachtsgebieden",
            ],
        )
}

/// The text of a table row.
fn rijtekst(rij: &[String]) -> String {
    rij.join(" | ")
}

/// Indicators from a table whose head names them (indicator, nulmeting, streefwaarde).
pub(crate) fn indicatoren_uit_tabel(rijen: &[Vec<String>]) -> Option<Vec<Effectindicator>> {
    let kop = rijen.first()?;
    let kolommen: Vec<String> = kop.iter().map(|c| c.to_lowercase()).collect();
    let zoek = |ws: &[&str]| {
        kolommen
            .iter()
            .position(|c| ws.iter().any(|w| c.contains(w)))
    };
    let nul = zoek(&["nulmeting", "basis", "uitgangswaarde", "startwaarde"]);
    let streef = zoek(&["streefwaarde", "doel", "ambitie", "streven"]);
    if nul.is_none() && streef.is_none() {
        return None;
    }
    let naam = zoek(&["indicator", "omschrijving", "wat", "meten"]).unwrap_or(0);
    let bron = zoek(&["bron"]);
    let mut uit = Vec::new();
    for rij in rijen.iter().skip(1) {
        let cel = |i: Option<usize>| {
            i.and_then(|i| rij.get(i))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
        };
        let Some(n) = cel(Some(naam)) else {
            continue;
        };
        let mut ind = Effectindicator::new(n);
        let mut rest = Vec::new();
        if let Some(c) = cel(nul) {
            match meting(c) {
                Some(m) => ind.nulmeting = Some(Invulbaar::Waarde(m)),
                None => rest.push(format!("nulmeting: {c}")),
            }
        }
        if let Some(c) = cel(streef) {
            match meting(c) {
                Some(m) => ind.streefwaarde = Some(Invulbaar::Waarde(m)),
                None => rest.push(format!("streefwaarde: {c}")),
            }
        }
        if let Some(c) = cel(bron) {
            rest.push(format!("bron: {c}"));
        }
        // Every other cell is kept in the toelichting: nothing of the row is lost.
        for (i, c) in rij.iter().enumerate() {
            let gebruikt =
                Some(i) == Some(naam) || Some(i) == nul || Some(i) == streef || Some(i) == bron;
            if !gebruikt && !c.trim().is_empty() {
                let kolom = kop.get(i).map_or("", String::as_str);
                rest.push(format!("{kolom}: {}", c.trim()));
            }
        }
        if !rest.is_empty() {
            ind.toelichting = Some(Invulbaar::Waarde(rest.join("; ")));
        }
        uit.push(ind);
    }
    Some(uit)
}

/// A measurement in a cell: "95 (2022)", "2022: 95", "7,2 in 2023", "80". Without a year it
/// is not a measurement.
fn meting(cel: &str) -> Option<Meting> {
    let mut jaar = None;
    let mut waarde = None;
    for w in cel.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ':' | ';' | '%')) {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit() && c != ',' && c != '.');
        if w.is_empty() {
            continue;
        }
        if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && jaar.is_none() {
            let j: i32 = w.parse().ok()?;
            if (1990..=2099).contains(&j) {
                jaar = Some(j);
                continue;
            }
        }
        if waarde.is_none() {
            waarde = w
                .replace('.', "")
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite());
            if w.contains('.') && !w.contains(',') {
                waarde = w.parse::<f64>().ok().filter(|v| v.is_finite());
            }
        }
    }
    Some(Meting {
        jaar: jaar?,
        waarde: waarde?,
    })
}

/// The themes a plan's own name stands for, by the catalogue's recognition, how sure, and why.
pub(crate) fn themas_van(naam: &str, tekst: &str) -> (Vec<ThemaVerwijzing>, Zekerheid, String) {
    let verwijzing = |o: Onderwerp| match o {
        Onderwerp::Thema(t) => Some(ThemaVerwijzing::Kbv(t)),
        Onderwerp::Strategisch(s) => Some(ThemaVerwijzing::Strategisch(s)),
        Onderwerp::Aspect(_) => None,
    };
    let h = herken(naam);
    if let Some(k) = h.eenduidig() {
        if let Some(v) = verwijzing(k.onderwerp) {
            return (vec![v], Zekerheid::Hoog, k.reden.clone());
        }
    }
    if h.is_meervoudig() {
        let beste = h.kandidaten().first().map_or(0.0, |k| k.score);
        let themas: Vec<ThemaVerwijzing> = h
            .kandidaten()
            .iter()
            .filter(|k| k.score >= beste - 0.05 && k.score >= 0.8)
            .filter_map(|k| verwijzing(k.onderwerp))
            .collect();
        if !themas.is_empty() {
            let codes: Vec<&str> = themas.iter().map(|t| t.code()).collect();
            return (
                themas.clone(),
                Zekerheid::Middel,
                format!("de naam noemt meer thema's: {}", codes.join(", ")),
            );
        }
    }
    // The name alone names nothing for sure: the themes its text names, sentence by sentence,
    // decide among the name's candidates (or stand alone when the name has none).
    let uit_tekst = themas_in_tekst(tekst);
    let mut naamkandidaten: Vec<(ThemaVerwijzing, f64)> = h
        .kandidaten()
        .iter()
        .filter_map(|k| verwijzing(k.onderwerp).map(|v| (v, k.score)))
        .collect();
    // The six aspects are the approach of veld 1 ("De aanpak van veld 1 per aspect"): a name
    // that reads best as one of them ("Veilige wijken" as "infrastructuur") is about the
    // themes of veld 1, whatever other themes' texts share a word with it.
    let aspect_eerst = matches!(
        h.kandidaten().first().map(|k| k.onderwerp),
        Some(Onderwerp::Aspect(_))
    );
    if aspect_eerst {
        naamkandidaten.sort_by_key(|(v, _)| {
            !matches!(v, ThemaVerwijzing::Kbv(t) if t.veld() == Veld::VeiligeWoonEnLeefomgeving)
        });
    }
    let lijst: Vec<String> = naamkandidaten
        .iter()
        .take(3)
        .map(|(v, s)| format!("{v:#} ({s:.2})"))
        .collect();
    let gekozen = uit_tekst
        .iter()
        .find(|(v, _)| naamkandidaten.iter().any(|(n, _)| n == v))
        .or_else(|| uit_tekst.first())
        .map(|&(v, n)| (v, format!("in {n} zinnen van de tekst herkend")))
        .or_else(|| {
            naamkandidaten
                .first()
                .map(|&(v, s)| (v, format!("zwakke kandidaat van de naam ({s:.2})")))
        });
    match gekozen {
        Some((v, hoe)) => (
            vec![v],
            Zekerheid::Laag,
            format!(
                "niet eenduidig: {hoe}; kandidaten van de naam: {}",
                if lijst.is_empty() {
                    "geen".to_owned()
                } else {
                    lijst.join("; ")
                }
            ),
        ),
        None => (Vec::new(), Zekerheid::Geen, "geen thema herkend".to_owned()),
    }
}

/// The themes the sentences of `tekst` name unambiguously, most often named first.
fn themas_in_tekst(tekst: &str) -> Vec<(ThemaVerwijzing, usize)> {
    let mut tel: Vec<(ThemaVerwijzing, usize)> = Vec::new();
    for zin in super::kenmerken::zinnen(tekst).into_iter().take(200) {
        let h = herken(zin);
        let v = match h.eenduidig().map(|k| k.onderwerp) {
            Some(Onderwerp::Thema(t)) => ThemaVerwijzing::Kbv(t),
            Some(Onderwerp::Strategisch(s)) => ThemaVerwijzing::Strategisch(s),
            _ => continue,
        };
        match tel.iter_mut().find(|(t, _)| *t == v) {
            Some((_, n)) => *n += 1,
            None => tel.push((v, 1)),
        }
    }
    tel.sort_by_key(|t| std::cmp::Reverse(t.1));
    tel
}

/// A name without the prefix plans put before it ("Prioriteit 1:", "Thema 2 -").
pub(crate) fn kale_naam(titel: &str) -> String {
    let t = titel.trim();
    let klein = t.to_lowercase();
    for voor in ["prioriteit ", "thema ", "speerpunt ", "focuspunt "] {
        if let Some(rest) = klein.strip_prefix(voor) {
            let cijfers = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if cijfers > 0 {
                let begin = t.len() - rest.len() + cijfers;
                let naam = t[begin..]
                    .trim_start_matches([':', '.', '-', '–', ' '])
                    .trim();
                if !naam.is_empty() {
                    return naam.to_owned();
                }
            }
        }
    }
    t.to_owned()
}

/// A list item's name: up to a '(' or ':' and without closing punctuation.
fn itemnaam(tekst: &str) -> String {
    let t = tekst.trim().trim_end_matches(['.', ';', ',', '*']).trim();
    let kort = t.find(" (").filter(|&p| p > 2).map_or(t, |p| &t[..p]);
    let kort = kort
        .find(": ")
        .filter(|&p| p > 2)
        .map_or(kort, |p| &kort[..p]);
    kort.trim().to_owned()
}

/// Collects the parts of one priority or sub-theme as its blocks are read.
#[derive(Default)]
struct Delen {
    toelichting: Vec<String>,
    doel: Vec<String>,
    aanpak: Vec<String>,
    indicatoren: Vec<Effectindicator>,
    partners: Vec<String>,
    flankerend: Vec<String>,
    /// List items announced as sub-themes, with the label.
    deelthemas_lijst: Vec<String>,
    /// Which part was found under which heading or label.
    gevonden: Vec<(Deel, String)>,
}

impl Delen {
    fn voeg_toe(&mut self, deel: Deel, tekst: String, opsomming: bool) {
        match deel {
            Deel::Toelichting => self.toelichting.push(if opsomming {
                format!("- {tekst}")
            } else {
                tekst
            }),
            Deel::Doel => self.doel.push(tekst),
            Deel::Aanpak => self.aanpak.push(tekst),
            Deel::Indicatoren => self.indicatoren.push(Effectindicator::new(tekst)),
            Deel::Partners => self.partners.push(tekst),
            Deel::Flankerend => self.flankerend.push(tekst),
        }
    }

    /// Reads the blocks of one section, starting in part `begin`; what is no part (a table
    /// that holds no indicators) goes to `rest`. At a label of `terug` (the labels the plan
    /// repeats for every priority) it stops and returns that label and what follows: in a
    /// sub-theme, such a label belongs to the priority.
    fn lees(
        &mut self,
        blokken: Vec<Blok>,
        begin: Deel,
        waar: &str,
        rest: &mut Vec<String>,
        terug: &[String],
    ) -> Vec<Blok> {
        let mut deel = begin;
        let mut in_lijst_deelthemas = false;
        let mut blokken = blokken.into_iter();
        while let Some(b) = blokken.next() {
            match b {
                Blok::Alinea { tekst, opsomming } => {
                    if !opsomming && terug.contains(&labelvorm(&tekst)) {
                        let mut over = vec![Blok::Alinea { tekst, opsomming }];
                        over.extend(blokken);
                        return over;
                    }
                    if !opsomming && is_label(&tekst) {
                        if let Some(d) = deel_van(&tekst, false) {
                            deel = d;
                            in_lijst_deelthemas = false;
                            self.gevonden
                                .push((d, format!("{waar}' onder '{}", tekst.trim())));
                            // The label is a heading in a sentence: it names the part, and
                            // the report keeps it.
                            continue;
                        }
                        if kondigt_deelthemas_aan(&tekst) {
                            in_lijst_deelthemas = true;
                            self.toelichting.push(tekst);
                            continue;
                        }
                    }
                    if opsomming && in_lijst_deelthemas {
                        self.deelthemas_lijst.push(tekst);
                        continue;
                    }
                    in_lijst_deelthemas = false;
                    if deel != Deel::Toelichting && !self.gevonden.iter().any(|(d, _)| *d == deel) {
                        self.gevonden.push((deel, waar.to_owned()));
                    }
                    self.voeg_toe(deel, tekst, opsomming);
                }
                Blok::Tabel(rijen) => match indicatoren_uit_tabel(&rijen) {
                    Some(ind) => {
                        self.gevonden.push((
                            Deel::Indicatoren,
                            format!("{waar}' (tabel met nulmeting/streefwaarde)"),
                        ));
                        self.indicatoren.extend(ind);
                        // The head row is the table's own words: kept beside.
                        if let Some(kop) = rijen.first() {
                            rest.push(rijtekst(kop));
                        }
                    }
                    None => rest.extend(rijen.iter().map(|r| rijtekst(r))),
                },
                Blok::Kop(k) => rest.push(k.origineel),
            }
        }
        Vec::new()
    }
}

/// A label as compared across the plan: lowercase, without closing punctuation.
pub(crate) fn labelvorm(tekst: &str) -> String {
    genormaliseerd(tekst)
}

/// The labels the plan repeats (a part such as "Dit willen we bereiken door:" under several
/// headings): the plan's own template for a priority.
pub(crate) fn terugkerende_labels(secties: &[Sectie]) -> Vec<String> {
    let mut tel: Vec<(String, usize)> = Vec::new();
    for s in secties {
        for b in &s.inhoud {
            if let Blok::Alinea {
                tekst,
                opsomming: false,
            } = b
            {
                if is_label(tekst) && deel_van(tekst, false).is_some() {
                    let v = labelvorm(tekst);
                    match tel.iter_mut().find(|(t, _)| *t == v) {
                        Some((_, n)) => *n += 1,
                        None => tel.push((v, 1)),
                    }
                }
            }
        }
    }
    tel.into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(t, _)| t)
        .collect()
}

fn tekst_of_niets(delen: &[String]) -> Option<Tekst> {
    (!delen.is_empty()).then(|| Invulbaar::Waarde(delen.join("\n\n")))
}

fn teksten(delen: Vec<String>) -> Vec<Tekst> {
    delen.into_iter().map(Invulbaar::Waarde).collect()
}

/// One priority or other theme read from a section and the sections under it.
pub(crate) struct Gelezen {
    pub(crate) uitwerking: Themauitwerking,
    /// Text that is no part, with the heading it stood under.
    pub(crate) rest: Vec<OngeplaatsteTekst>,
}

/// Reads a priority (or other theme) named `naam` from its own blocks and its sub-sections.
pub(crate) fn uitwerking(
    naam: &str,
    kop: &str,
    eigen: Vec<Blok>,
    onder: Vec<Sectie>,
    pad: &str,
    terug: &[String],
    verslag: &mut Verslag,
) -> Gelezen {
    let mut delen = Delen::default();
    let mut rest_eigen = Vec::new();
    delen.lees(eigen, Deel::Toelichting, kop, &mut rest_eigen, &[]);
    let mut rest = Vec::new();
    if !rest_eigen.is_empty() {
        rest.push(OngeplaatsteTekst {
            kop: Some(kop.to_owned()),
            alineas: rest_eigen,
        });
    }
    let mut deelthemas: Vec<Deelthema> = Vec::new();
    // Sub-sections: a part by its heading, else a sub-theme.
    let mut huidig_deelthema: Option<(usize, Delen)> = None;
    let sluit = |dt: &mut Vec<Deelthema>, h: Option<(usize, Delen)>, delen: &mut Delen| {
        if let Some((i, d)) = h {
            if let Some(t) = dt.get_mut(i) {
                t.toelichting = tekst_of_niets(&d.toelichting);
                t.doelstelling_kwalitatief = teksten(d.doel);
                t.hoofdlijnen_aanpak = teksten(d.aanpak);
                delen.indicatoren.extend(d.indicatoren);
                delen.partners.extend(d.partners);
                delen.flankerend.extend(d.flankerend);
                for naam in d.deelthemas_lijst {
                    dt.push(Deelthema {
                        naam: itemnaam(&naam),
                        themas: Vec::new(),
                        eigen_namen: Vec::new(),
                        toelichting: (itemnaam(&naam) != naam.trim())
                            .then_some(Invulbaar::Waarde(naam)),
                        doelstelling_kwalitatief: Vec::new(),
                        hoofdlijnen_aanpak: Vec::new(),
                    });
                }
            }
        }
    };
    for s in onder {
        let titel = s.kop.as_ref().map_or(String::new(), |k| k.titel.clone());
        let waar = s.kopnaam();
        let mut r = Vec::new();
        if let Some(d) = deel_van(&titel, true) {
            match huidig_deelthema.as_mut() {
                Some((_, dd)) => {
                    dd.gevonden.push((d, waar.clone()));
                    let over = dd.lees(s.inhoud, d, &waar, &mut r, terug);
                    if !over.is_empty() {
                        sluit(&mut deelthemas, huidig_deelthema.take(), &mut delen);
                        delen.lees(over, Deel::Toelichting, &waar, &mut r, &[]);
                    }
                }
                None => {
                    delen.gevonden.push((d, waar.clone()));
                    delen.lees(s.inhoud, d, &waar, &mut r, &[]);
                }
            }
        } else {
            sluit(&mut deelthemas, huidig_deelthema.take(), &mut delen);
            let naam = kale_naam(&titel);
            let (themas, _, _) = themas_van(&naam, "");
            deelthemas.push(Deelthema {
                naam: naam.clone(),
                themas: Vec::new(),
                eigen_namen: Vec::new(),
                toelichting: None,
                doelstelling_kwalitatief: Vec::new(),
                hoofdlijnen_aanpak: Vec::new(),
            });
            let i = deelthemas.len() - 1;
            if let (Some(t), true) = (deelthemas.get_mut(i), herken(&naam).is_eenduidig()) {
                t.themas.clone_from(&themas);
                t.eigen_namen = vec![EigenNaam::new(naam.clone(), themas)];
            }
            let mut d = Delen::default();
            let over = d.lees(s.inhoud, Deel::Toelichting, &waar, &mut r, terug);
            huidig_deelthema = Some((i, d));
            if !over.is_empty() {
                // The plan's template label: what follows is the priority's again.
                sluit(&mut deelthemas, huidig_deelthema.take(), &mut delen);
                delen.lees(over, Deel::Toelichting, &waar, &mut r, &[]);
            }
        }
        if !r.is_empty() {
            rest.push(OngeplaatsteTekst {
                kop: Some(waar),
                alineas: r,
            });
        }
    }
    sluit(&mut deelthemas, huidig_deelthema.take(), &mut delen);
    // Sub-themes from a list in the text, where there are no sub-headings.
    let lijst = std::mem::take(&mut delen.deelthemas_lijst);
    if deelthemas.is_empty() {
        for item in lijst {
            let naam = itemnaam(&item);
            deelthemas.push(Deelthema {
                toelichting: (naam != item.trim()).then(|| Invulbaar::Waarde(item.clone())),
                naam,
                themas: Vec::new(),
                eigen_namen: Vec::new(),
                doelstelling_kwalitatief: Vec::new(),
                hoofdlijnen_aanpak: Vec::new(),
            });
        }
        if !deelthemas.is_empty() {
            verslag.vond(
                format!("{pad}/deelthemas"),
                format!("{} deelthema's", deelthemas.len()),
                kop,
                Zekerheid::Middel,
                "uit een opsomming in de tekst",
            );
        }
    } else {
        // Sub-headings make the sub-themes; the list stays in the toelichting.
        delen
            .toelichting
            .extend(lijst.into_iter().map(|i| format!("- {i}")));
        verslag.vond(
            format!("{pad}/deelthemas"),
            deelthemas
                .iter()
                .map(|d| d.naam.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            kop,
            Zekerheid::Middel,
            "uit de koppen eronder",
        );
    }
    for d in &mut deelthemas {
        if d.themas.is_empty() {
            let h = herken(&d.naam);
            if let Some(t) = h.thema() {
                d.themas = vec![ThemaVerwijzing::Kbv(t)];
                d.eigen_namen = vec![EigenNaam::new(d.naam.clone(), d.themas.clone())];
            }
        }
    }
    let toelichting_tekst = delen
        .toelichting
        .iter()
        .chain(&delen.doel)
        .chain(&delen.aanpak)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let (themas, zekerheid, reden) = themas_van(naam, &toelichting_tekst);
    let codes: Vec<&str> = themas.iter().map(|t| t.code()).collect();
    if themas.is_empty() {
        verslag.niet(
            format!("{pad}/themas"),
            format!("geen thema herkend voor '{naam}' (uit '{kop}'): kies het thema zelf"),
        );
    } else {
        verslag.vond(
            format!("{pad}/themas"),
            codes.join(", "),
            kop,
            zekerheid,
            &reden,
        );
    }
    for (d, waar) in &delen.gevonden {
        verslag.vond(
            format!("{pad}/{}", d.veld()),
            String::new(),
            waar,
            Zekerheid::Middel,
            "naar de kop of aanloopzin",
        );
    }
    let eigen_namen = if themas.is_empty() {
        Vec::new()
    } else {
        vec![EigenNaam::new(naam.to_owned(), themas.clone())]
    };
    let mut u = Themauitwerking::new(naam.to_owned(), themas);
    u.eigen_namen = eigen_namen;
    u.toelichting = tekst_of_niets(&delen.toelichting);
    u.doelstelling_kwalitatief = teksten(delen.doel);
    u.hoofdlijnen_aanpak = teksten(delen.aanpak);
    u.effectindicatoren = delen.indicatoren;
    u.partners = delen.partners;
    u.flankerend_beleid = teksten(delen.flankerend);
    u.deelthemas = deelthemas;
    Gelezen {
        uitwerking: u,
        rest,
    }
}

/// The names of an enumeration in a sentence that names the plan's priorities: "De prioriteiten
/// zijn: ondermijning, sociale kwaliteit, zorg en veiligheid en high impact crimes.", "... zijn
/// onze prioriteiten 'Jeugd en veiligheid', ... en 'Digitale veiligheid'", "extra stap als het
/// gaat om ondermijning, risicojongeren en digitale criminaliteit".
pub(crate) fn opsomming_in_zin(zin: &str) -> Option<Vec<String>> {
    let klein = zin.to_lowercase();
    let triggers = [
        "prioriteiten",
        "speerpunten",
        "accenten",
        "extra aandacht",
        "extra stap",
        "centraal",
        "prioriteit",
    ];
    // The earliest trigger, the longest at that place ("prioriteiten", not "prioriteit").
    let (_, pos) = triggers
        .iter()
        .filter_map(|t| klein.find(t).map(|p| (p, p + t.len())))
        .min_by_key(|&(begin, eind)| (begin, std::cmp::Reverse(eind)))?;
    let na = zin.get(pos..)?;
    // Where the enumeration starts: after a colon, else after the last marker before the
    // first comma.
    let begin = if let Some(p) = na.find(':') {
        p + 1
    } else {
        let komma = na.find(',')?;
        let voor = &na[..komma].to_lowercase();
        let markers = [
            " zijn ",
            " is ",
            " thema's ",
            " themas ",
            " gaat om ",
            " op ",
            " voor ",
        ];
        let m = markers
            .iter()
            .filter_map(|m| voor.rfind(m).map(|p| p + m.len()))
            .max()
            .unwrap_or(0);
        // The marker's own text must leave a short first item.
        if voor[m..].split_whitespace().count() > 6 {
            return None;
        }
        m
    };
    let lijst = na.get(begin..)?;
    let lijst = lijst
        .split(". ")
        .next()
        .unwrap_or(lijst)
        .trim()
        .trim_end_matches('.');
    let mut delen: Vec<String> = lijst.split(", ").map(str::to_owned).collect();
    if let Some(laatste) = delen.pop() {
        match laatste.rfind(" en ") {
            Some(p) => {
                delen.push(laatste[..p].to_owned());
                delen.push(laatste[p + 4..].to_owned());
            }
            None => delen.push(laatste),
        }
    }
    let namen: Vec<String> = delen
        .into_iter()
        .map(|d| {
            d.trim()
                .trim_matches(|c: char| matches!(c, '\'' | '"' | '‘' | '’' | '“' | '”'))
                .trim()
                .to_owned()
        })
        .map(|d| d.strip_prefix("de ").map(str::to_owned).unwrap_or(d))
        .filter(|d| !d.is_empty())
        .collect();
    let kort = namen.iter().all(|n| n.split_whitespace().count() <= 6);
    let herkend = namen.iter().filter(|n| !herken(n).is_empty()).count();
    (namen.len() >= 2 && kort && herkend * 2 >= namen.len()).then_some(namen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rollen_van_koppen() {
        assert_eq!(rol("Aanpak overige thema's"), Rol::Overige);
        assert_eq!(
            rol("Beschrijving activiteiten van de prioriteiten"),
            Rol::Prioriteiten
        );
        assert_eq!(rol("Financiën"), Rol::Begroting);
        assert_eq!(rol("Ondermijning"), Rol::Geen);
        assert_eq!(rol("Monitoring en evaluatie"), Rol::Beleidscyclus);
    }

    #[test]
    fn delen_naar_de_woorden_van_plannen() {
        assert_eq!(
            deel_van("Dit willen we bereiken door:", false),
            Some(Deel::Doel)
        );
        assert_eq!(
            deel_van("Concrete afspraken en acties:", false),
            Some(Deel::Aanpak)
        );
        assert_eq!(deel_van("Wat gaan we doen?", true), Some(Deel::Aanpak));
        assert_eq!(
            deel_van(
                "Aanpak personen met onbegrepen gedrag en gevaarsrisico",
                true
            ),
            None
        );
    }

    #[test]
    fn opsomming_van_prioriteiten() {
        let n = opsomming_in_zin("De prioriteiten van het nieuwe beleid zijn: ondermijning, sociale kwaliteit, zorg en veiligheid en high impact crimes.");
        assert_eq!(
            n,
            Some(vec![
                "ondermijning".into(),
                "sociale kwaliteit".into(),
                "zorg en veiligheid".into(),
                "high impact crimes".into()
            ])
        );
        let n = opsomming_in_zin("De komende vier jaar zijn onze prioriteiten 'Jeugd en veiligheid', 'Georganiseerde ondermijnende criminaliteit', 'Zorg en veiligheid' en 'Digitale veiligheid'.");
        assert_eq!(n.map(|n| n.len()), Some(4));
        assert_eq!(opsomming_in_zin("Het plan noemt geen prioriteiten."), None);
    }

    #[test]
    fn tabel_met_nulmeting_en_streefwaarde() {
        let rijen = vec![
            vec![
                "Indicator".into(),
                "Nulmeting".into(),
                "Streefwaarde".into(),
            ],
            vec![
                "Woninginbraken".into(),
                "120 (2022)".into(),
                "100 (2026)".into(),
            ],
        ];
        let ind = indicatoren_uit_tabel(&rijen).unwrap_or_default();
        assert_eq!(ind.len(), 1);
        assert_eq!(
            ind[0].nulmeting,
            Some(Invulbaar::Waarde(Meting {
                jaar: 2022,
                waarde: 120.0
            }))
        );
    }
}
