//! The category lists of the downloads ("soort misdrijf", "soort overlast") and how a cell is
//! recognised against them: by key, by published title, or by the code in front of a title.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Serialize};
use strum::VariantArray;

/// Which list a category belongs to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Classificatie {
    /// The police's "soort misdrijf" (47013NED, 47022NED): codes such as `1.1.1`.
    Politie,
    /// CBS's "soort misdrijf" of 83648NED: keys such as `CRI1100`, titles such as
    /// `1.1 Diefstal/verduistering en inbraak`.
    Cbs,
    /// The police's "overlast" categories (47021NED, 47024NED); only the total's title is known
    /// here, the rest is recognised by keyword.
    Overlast,
    /// The measures (columns) of the Veiligheidsmonitor, 85146NED.
    Veiligheidsmonitor,
}

impl Classificatie {
    /// The word used in a mapping file (`bron = "politie"`).
    #[must_use]
    pub const fn woord(self) -> &'static str {
        match self {
            Classificatie::Politie => "politie",
            Classificatie::Cbs => "cbs",
            Classificatie::Overlast => "overlast",
            Classificatie::Veiligheidsmonitor => "veiligheidsmonitor",
        }
    }

    /// The categories known here. Complete for [`Classificatie::Politie`] and
    /// [`Classificatie::Cbs`] as far as `shared/cijfers` lists them; for
    /// [`Classificatie::Overlast`] only the total; empty for the Veiligheidsmonitor, whose
    /// measures are columns.
    #[must_use]
    pub const fn soorten(self) -> &'static [Soort] {
        match self {
            Classificatie::Politie => &POLITIE_SOORTEN,
            Classificatie::Cbs => &CBS_SOORTEN,
            Classificatie::Overlast => &OVERLAST_SOORTEN,
            Classificatie::Veiligheidsmonitor => &[],
        }
    }

    /// Whether [`Classificatie::soorten`] is the whole list, so that a mapping may name only
    /// categories from it.
    #[must_use]
    pub const fn is_volledig(self) -> bool {
        matches!(self, Classificatie::Politie | Classificatie::Cbs)
    }

    /// Looks a category up by key, code, title, or code and title, the way a cell is recognised.
    #[must_use]
    pub fn zoek(self, invoer: &str) -> Option<(&'static Soort, Herkenning)> {
        let invoer = invoer.trim();
        if invoer.is_empty() {
            return None;
        }
        let soorten = self.soorten();
        if let Some(s) = soorten.iter().find(|s| {
            s.sleutel.is_some_and(|k| k.eq_ignore_ascii_case(invoer))
                || s.code.is_some_and(|c| c == invoer)
        }) {
            return Some((s, Herkenning::Sleutel));
        }
        let kort = compact(invoer);
        if let Some(s) = soorten.iter().find(|s| compact(s.titel) == kort) {
            return Some((s, Herkenning::Titel));
        }
        let (code, rest) = invoer.split_once(' ')?;
        if !code.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return None;
        }
        let s = soorten.iter().find(|s| s.code == Some(code))?;
        let titel_zonder_code = s.titel.strip_prefix(code).unwrap_or(s.titel);
        if compact(titel_zonder_code) == compact(rest) {
            Some((s, Herkenning::Titel))
        } else {
            Some((s, Herkenning::Code))
        }
    }
}

impl fmt::Display for Classificatie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.woord())
    }
}

/// The input named none of the four classifications.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("onbekende bron \"{0}\": verwacht politie, cbs, overlast of veiligheidsmonitor")]
pub struct OnbekendeClassificatie(pub String);

impl FromStr for Classificatie {
    type Err = OnbekendeClassificatie;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let kort = compact(s);
        Classificatie::VARIANTS
            .iter()
            .copied()
            .find(|c| c.woord() == kort)
            .ok_or_else(|| OnbekendeClassificatie(s.to_owned()))
    }
}

/// How a cell was recognised as a known category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Herkenning {
    /// By its key (`1.1.1`, `CRI1100`, `T001161`), padding ignored.
    Sleutel,
    /// By its published title, case, accents, spacing and punctuation ignored (with or without
    /// the code in front).
    Titel,
    /// By the code in front of a title that otherwise differs (a renamed category).
    Code,
}

/// A known category of one of the lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Soort {
    /// The list.
    pub classificatie: Classificatie,
    /// The code in the list's numbering (`1.1.1`), where it has one.
    pub code: Option<&'static str>,
    /// The key in the downloads, where known (for the police the code; for CBS only the keys
    /// `shared/cijfers` lists).
    pub sleutel: Option<&'static str>,
    /// The published title.
    pub titel: &'static str,
    /// Whether this is the total of all categories ("Totaal misdrijven", "Misdrijven, totaal").
    pub totaal: bool,
}

impl Soort {
    const fn politie(code: &'static str, titel: &'static str, totaal: bool) -> Soort {
        Soort {
            classificatie: Classificatie::Politie,
            code: Some(code),
            sleutel: Some(code),
            titel,
            totaal,
        }
    }

    const fn cbs(
        code: Option<&'static str>,
        sleutel: Option<&'static str>,
        titel: &'static str,
        totaal: bool,
    ) -> Soort {
        Soort {
            classificatie: Classificatie::Cbs,
            code,
            sleutel,
            titel,
            totaal,
        }
    }

    /// The nearest category above this one in the list's numbering (`1.1` for `1.1.1`), for the
    /// hierarchical CBS list; `None` for a main group, a total, or the flat police list.
    #[must_use]
    pub fn ouder(&self) -> Option<&'static Soort> {
        if self.classificatie != Classificatie::Cbs {
            return None;
        }
        let mut code = self.code?;
        while let Some((kop, _)) = code.rsplit_once('.') {
            if let Some(s) = CBS_SOORTEN.iter().find(|s| s.code == Some(kop)) {
                return Some(s);
            }
            code = kop;
        }
        None
    }
}

impl fmt::Display for Soort {
    /// `1.1.1 Diefstal/inbraak woning` for the police (code and title), the title for CBS (it
    /// starts with the code already).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.classificatie, self.code) {
            (Classificatie::Politie, Some(code)) if !self.totaal => {
                write!(f, "{code} {}", self.titel)
            }
            _ => f.write_str(self.titel),
        }
    }
}

/// The police's "soort misdrijf" (`shared/cijfers/politie-soort-misdrijf.tsv`).
pub static POLITIE_SOORTEN: [Soort; 59] = [
    Soort::politie("0.0.0", "Totaal misdrijven", true),
    Soort::politie("1.1.1", "Diefstal/inbraak woning", false),
    Soort::politie("1.1.2", "Diefstal/inbraak box/garage/schuur", false),
    Soort::politie("1.2.1", "Diefstal uit/vanaf motorvoertuigen", false),
    Soort::politie("1.2.2", "Diefstal van motorvoertuigen", false),
    Soort::politie("1.2.3", "Diefstal van brom-, snor-, fietsen", false),
    Soort::politie("1.2.4", "Zakkenrollerij", false),
    Soort::politie("1.2.5", "Diefstal af/uit/van ov. voertuigen", false),
    Soort::politie("1.3.1", "Ongevallen (weg)", false),
    Soort::politie("1.4.1", "Zedenmisdrijf", false),
    Soort::politie("1.4.2", "Moord, doodslag", false),
    Soort::politie("1.4.3", "Openlijk geweld (persoon)", false),
    Soort::politie("1.4.4", "Bedreiging", false),
    Soort::politie("1.4.5", "Mishandeling", false),
    Soort::politie("1.4.6", "Straatroof", false),
    Soort::politie("1.4.7", "Overval", false),
    Soort::politie("1.5.2", "Diefstallen (water)", false),
    Soort::politie("1.6.1", "Brand/ontploffing", false),
    Soort::politie("1.6.2", "Overige vermogensdelicten", false),
    Soort::politie("1.6.3", "Mensenhandel", false),
    Soort::politie("2.1.1", "Drugs/drankoverlast", false),
    Soort::politie("2.2.1", "Vernieling cq. zaakbeschadiging", false),
    Soort::politie("2.4.1", "Burengerucht (relatieproblemen)", false),
    Soort::politie("2.4.2", "Huisvredebreuk", false),
    Soort::politie("2.5.1", "Diefstal/inbraak bedrijven enz.", false),
    Soort::politie("2.5.2", "Winkeldiefstal", false),
    Soort::politie("2.6.1", "Inrichting Wet Milieubeheer", false),
    Soort::politie("2.6.2", "Bodem", false),
    Soort::politie("2.6.3", "Water", false),
    Soort::politie("2.6.4", "Afval", false),
    Soort::politie("2.6.5", "Bouwstoffen", false),
    Soort::politie("2.6.7", "Mest", false),
    Soort::politie("2.6.8", "Transport gevaarlijke stoffen", false),
    Soort::politie("2.6.9", "Vuurwerk", false),
    Soort::politie("2.6.10", "Bestrijdingsmiddelen", false),
    Soort::politie("2.6.11", "Natuur en landschap", false),
    Soort::politie("2.6.12", "Ruimtelijke ordening", false),
    Soort::politie("2.6.13", "Dieren", false),
    Soort::politie("2.6.14", "Voedselveiligheid", false),
    Soort::politie("2.7.2", "Bijzondere wetten", false),
    Soort::politie("2.7.3", "Leefbaarheid (overig)", false),
    Soort::politie("3.1.1", "Drugshandel", false),
    Soort::politie("3.1.2", "Mensensmokkel", false),
    Soort::politie("3.1.3", "Wapenhandel", false),
    Soort::politie("3.2.1", "Kinderporno", false),
    Soort::politie("3.2.2", "Kinderprostitutie", false),
    Soort::politie("3.3.2", "Onder invloed (lucht)", false),
    Soort::politie("3.3.5", "Lucht (overig)", false),
    Soort::politie("3.4.2", "Onder invloed (water)", false),
    Soort::politie("3.5.2", "Onder invloed (weg)", false),
    Soort::politie("3.5.5", "Weg (overig)", false),
    Soort::politie("3.6.4", "Aantasting openbare orde", false),
    Soort::politie("3.7.1", "Discriminatie", false),
    Soort::politie("3.7.2", "Vreemdelingenzorg", false),
    Soort::politie("3.7.3", "Maatsch. integriteit (overig)", false),
    Soort::politie("3.7.4", "Cybercrime", false),
    Soort::politie("3.9.1", "Horizontale fraude", false),
    Soort::politie("3.9.2", "Verticale fraude", false),
    Soort::politie("3.9.3", "Fraude (overig)", false),
];

/// The "soort misdrijf" of CBS table 83648NED (`shared/cijfers/cbs-83648-soort-misdrijf.txt`);
/// keys only where that file gives them.
pub static CBS_SOORTEN: [Soort; 75] = [
    Soort::cbs(None, Some("T001161"), "Misdrijven, totaal", true),
    Soort::cbs(Some("1"), Some("CRI1000"), "1 Vermogensmisdrijven", false),
    Soort::cbs(
        Some("1.1"),
        Some("CRI1100"),
        "1.1 Diefstal/verduistering en inbraak",
        false,
    ),
    Soort::cbs(
        Some("1.1.1"),
        None,
        "1.1.1 Diefstal en inbraak met geweld",
        false,
    ),
    Soort::cbs(
        Some("1.1.2"),
        None,
        "1.1.2 Diefstal en inbraak zonder geweld",
        false,
    ),
    Soort::cbs(Some("1.2"), None, "1.2 Bedrog", false),
    Soort::cbs(Some("1.2.1"), None, "1.2.1 Oplichting", false),
    Soort::cbs(Some("1.2.2"), None, "1.2.2 Flessentrekkerij", false),
    Soort::cbs(Some("1.2.3"), None, "1.2.3 Bedrog (overig)", false),
    Soort::cbs(Some("1.3"), None, "1.3 Valsheidsmisdrijven", false),
    Soort::cbs(Some("1.3.1"), None, "1.3.1 Muntmisdrijf", false),
    Soort::cbs(
        Some("1.3.2"),
        None,
        "1.3.2 Valsheid in zegels en merken",
        false,
    ),
    Soort::cbs(Some("1.3.3"), None, "1.3.3 Valsheid in geschriften", false),
    Soort::cbs(Some("1.4"), None, "1.4 Heling", false),
    Soort::cbs(Some("1.5"), None, "1.5 Afpersing en afdreiging", false),
    Soort::cbs(Some("1.6"), None, "1.6 Bankbreuk", false),
    Soort::cbs(Some("1.7"), None, "1.7 Witwassen", false),
    Soort::cbs(Some("1.8"), None, "1.8 Vermogensmisdrijf (overig)", false),
    Soort::cbs(
        Some("2"),
        Some("CRI2000"),
        "2 Vernielingen, misdr. openb. orde/gezag",
        false,
    ),
    Soort::cbs(
        Some("2.1"),
        Some("CRI2100"),
        "2.1 Vernieling en beschadiging",
        false,
    ),
    Soort::cbs(Some("2.1.1"), None, "2.1.1 Vernieling aan auto", false),
    Soort::cbs(
        Some("2.1.2"),
        None,
        "2.1.2 Vernieling aan openbaar gebouw",
        false,
    ),
    Soort::cbs(
        Some("2.1.3"),
        None,
        "2.1.3 Vernieling middel openb vervoer",
        false,
    ),
    Soort::cbs(
        Some("2.1.5"),
        None,
        "2.1.5 Vernieling, beschadiging (overig)",
        false,
    ),
    Soort::cbs(
        Some("2.2"),
        Some("CRI2200"),
        "2.2 Openbare orde misdrijf",
        false,
    ),
    Soort::cbs(Some("2.2.1"), None, "2.2.1 Openlijke geweldpleging", false),
    Soort::cbs(
        Some("2.2.1.1"),
        None,
        "2.2.1.1 Openlijk geweld tegen persoon",
        false,
    ),
    Soort::cbs(
        Some("2.2.1.2"),
        None,
        "2.2.1.2 Openlijk geweld tegen goed",
        false,
    ),
    Soort::cbs(Some("2.2.2"), None, "2.2.2 Huisvredebreuk", false),
    Soort::cbs(Some("2.2.3"), None, "2.2.3 Lokaalvredebreuk", false),
    Soort::cbs(Some("2.2.4"), None, "2.2.4 Computervredebreuk", false),
    Soort::cbs(Some("2.2.5"), None, "2.2.5 Discriminatie", false),
    Soort::cbs(
        Some("2.2.6"),
        None,
        "2.2.6 Openbare orde misdrijf (overig)",
        false,
    ),
    Soort::cbs(Some("2.3"), None, "2.3 Brandstichting / ontploffing", false),
    Soort::cbs(Some("2.4"), None, "2.4 Openbaar gezag misdrijf", false),
    Soort::cbs(
        Some("2.4.1"),
        None,
        "2.4.1 Niet opvolgen van ambtelijk bevel",
        false,
    ),
    Soort::cbs(Some("2.4.2"), None, "2.4.2 Wederspannigheid", false),
    Soort::cbs(Some("2.4.3"), None, "2.4.3 Valse aangifte", false),
    Soort::cbs(
        Some("2.4.5"),
        None,
        "2.4.5 Verblijf ongewenste vreemdeling",
        false,
    ),
    Soort::cbs(
        Some("2.4.6"),
        None,
        "2.4.6 Openbaar gezag misdrijf (overig)",
        false,
    ),
    Soort::cbs(
        Some("3"),
        Some("CRI3000"),
        "3 Gewelds- en seksuele misdrijven",
        false,
    ),
    Soort::cbs(Some("3.1"), Some("CRI3100"), "3.1 Mishandeling", false),
    Soort::cbs(Some("3.2"), None, "3.2 Bedreiging en stalking", false),
    Soort::cbs(Some("3.2.1"), None, "3.2.1 Bedreiging", false),
    Soort::cbs(Some("3.2.2"), None, "3.2.2 Stalking", false),
    Soort::cbs(Some("3.3"), None, "3.3 Seksueel misdrijf", false),
    Soort::cbs(Some("3.3.1"), None, "3.3.1 Aanranding", false),
    Soort::cbs(Some("3.3.2"), None, "3.3.2 Verkrachting", false),
    Soort::cbs(Some("3.3.3"), None, "3.3.3 Schennis der eerbaarheid", false),
    Soort::cbs(Some("3.3.4"), None, "3.3.4 Ontucht met minderjarige", false),
    Soort::cbs(Some("3.3.5"), None, "3.3.5 Pornografie", false),
    Soort::cbs(
        Some("3.3.6"),
        None,
        "3.3.6 Ontucht met misbruik van gezag",
        false,
    ),
    Soort::cbs(
        Some("3.3.7"),
        None,
        "3.3.7 Seksueel misdrijf (overig)",
        false,
    ),
    Soort::cbs(Some("3.4"), None, "3.4 Levensmisdrijf", false),
    Soort::cbs(Some("3.5"), None, "3.5 Vrijheidsbeneming/gijzeling", false),
    Soort::cbs(
        Some("3.6"),
        None,
        "3.6 Mensenhandel (en 2.4.4 mensensmokkel)",
        false,
    ),
    Soort::cbs(Some("3.7"), None, "3.7 Geweldsmisdrijf (overig)", false),
    Soort::cbs(Some("4"), None, "4 Misdrijven WvSr (overig)", false),
    Soort::cbs(Some("5"), None, "5 Verkeersmisdrijven", false),
    Soort::cbs(Some("5.1"), None, "5.1 Verlaten plaats ongeval", false),
    Soort::cbs(Some("5.2"), None, "5.2 Rijden onder invloed", false),
    Soort::cbs(
        Some("5.3"),
        None,
        "5.3 Rijden tijdens ontzegging besturen",
        false,
    ),
    Soort::cbs(Some("5.4"), None, "5.4 Rijden tijdens rijverbod", false),
    Soort::cbs(Some("5.5"), None, "5.5 Voeren vals kenteken", false),
    Soort::cbs(Some("5.6"), None, "5.6 Joyriding", false),
    Soort::cbs(
        Some("5.7"),
        None,
        "5.7 Weigeren blaastest/bloedonderzoek ed",
        false,
    ),
    Soort::cbs(Some("5.8"), None, "5.8 Verkeersmisdrijf (overig)", false),
    Soort::cbs(Some("6"), Some("CRI6000"), "6 Drugsmisdrijven", false),
    Soort::cbs(Some("6.1"), Some("CRI6100"), "6.1 Harddrugs", false),
    Soort::cbs(Some("6.2"), Some("CRI6200"), "6.2 Softdrugs", false),
    Soort::cbs(Some("6.3"), None, "6.3 Drugsmisdrijf (overig)", false),
    Soort::cbs(Some("7"), None, "7 Vuurwapenmisdrijven", false),
    Soort::cbs(Some("9"), None, "9 Misdrijven overige wetten", false),
    Soort::cbs(Some("9.1"), None, "9.1 Militaire misdrijven", false),
    Soort::cbs(Some("9.2"), None, "9.2 Misdrijven (overig)", false),
];

/// The overlast categories known by title: only the total.
pub static OVERLAST_SOORTEN: [Soort; 1] = [Soort {
    classificatie: Classificatie::Overlast,
    code: None,
    sleutel: None,
    titel: "Totaal registraties overlast",
    totaal: true,
}];

/// A name as compared: lowercase, accents folded, only letters and digits.
///
/// Spaces and punctuation do not count at all, so `GeregistreerdeMisdrijven` equals
/// `Geregistreerde misdrijven` and `Vernielingen,misdropenborde/gezag` equals
/// `Vernielingen, misdr. openb. orde/gezag`.
pub(crate) fn compact(s: &str) -> String {
    let mut uit = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            uit.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                uit.push(match l {
                    'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
                    'è' | 'é' | 'ê' | 'ë' => 'e',
                    'ì' | 'í' | 'î' | 'ï' => 'i',
                    'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
                    'ù' | 'ú' | 'û' | 'ü' => 'u',
                    'ý' | 'ÿ' => 'y',
                    'ç' => 'c',
                    'ñ' => 'n',
                    anders => anders,
                });
            }
        }
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn herkennen_op_sleutel_titel_en_code() {
        let p = Classificatie::Politie;
        assert_eq!(
            p.zoek("1.1.1     ").map(|(s, h)| (s.titel, h)),
            Some(("Diefstal/inbraak woning", Herkenning::Sleutel))
        );
        assert_eq!(
            p.zoek("diefstal / inbraak WONING")
                .map(|(s, h)| (s.code, h)),
            Some((Some("1.1.1"), Herkenning::Titel))
        );
        assert_eq!(
            p.zoek("1.1.1 Diefstal/inbraak woning")
                .map(|(s, h)| (s.code, h)),
            Some((Some("1.1.1"), Herkenning::Titel))
        );
        assert_eq!(
            p.zoek("1.1.1 Woninginbraak").map(|(s, h)| (s.code, h)),
            Some((Some("1.1.1"), Herkenning::Code))
        );
        assert_eq!(
            p.zoek("Totaal misdrijven").map(|(s, _)| s.totaal),
            Some(true)
        );
        assert_eq!(p.zoek("9.9.9 Iets"), None);
        let c = Classificatie::Cbs;
        assert_eq!(c.zoek("CRI1100   ").map(|(s, _)| s.code), Some(Some("1.1")));
        assert_eq!(
            c.zoek("2 Vernielingen,misdropenborde/gezag")
                .map(|(s, _)| s.code),
            Some(Some("2"))
        );
        assert_eq!(
            c.zoek("Misdrijven, totaal").map(|(s, _)| s.totaal),
            Some(true)
        );
        assert_eq!(
            c.zoek("2.2.1.1 Openlijk geweld tegen persoon")
                .and_then(|(s, _)| s.ouder())
                .and_then(|s| s.code),
            Some("2.2.1")
        );
        assert_eq!(
            c.zoek("1 Vermogensmisdrijven").and_then(|(s, _)| s.ouder()),
            None
        );
    }

    #[test]
    fn lijsten_zijn_eenduidig() {
        for &c in Classificatie::VARIANTS {
            for (i, a) in c.soorten().iter().enumerate() {
                assert_eq!(c.zoek(a.titel).map(|(s, _)| s), Some(a), "{a}");
                for b in c.soorten().iter().skip(i + 1) {
                    assert_ne!(compact(a.titel), compact(b.titel));
                    assert!(a.code.is_none() || a.code != b.code, "{a} / {b}");
                }
            }
        }
    }

    #[test]
    fn compact_negeert_vorm() {
        assert_eq!(
            compact("GeregistreerdeMisdrijven"),
            compact("Geregistreerde misdrijven")
        );
        assert_eq!(compact("Casuïstiek"), "casuistiek");
    }
}
