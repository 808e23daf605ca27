//! The Dutch gemeenten: the 342 of 1 January 2025 with their CBS codes, the gemeenten that ended
//! since 2015 with the gemeenten they went to, and the words a plan uses for them.
//!
//! **Source.** CBS, "Gemeentelijke indeling op 1 januari 2025", as carried by the open-data
//! repository nlextract/NLExtract (`bag/db/data/gemeentelijke-indeling.xml`, updated for 2025 on
//! 17 October 2024): every gemeente per year with its CBS number, province and start and end
//! dates. From it come the current list (342 gemeenten) and the 84 gemeenten that ended on or
//! after 1 January 2015 (a 2017 plan names gemeenten that no longer exist). Added by hand: which
//! gemeente(n) each former gemeente went to (the CBS list gives only the end date), common other
//! names ("Den Haag" for 's-Gravenhage, "Hengelo" for "Hengelo (O.)") and adjectives
//! ("Haagse", "Bossche", "Zwolse"). The woonplaatsen per gemeente are not included: the only
//! list found (Kadaster, 2012) predates most of the mergers.
//!
//! A [`Gemeente`] is a `Copy` key into the static list; looking one up by code is a binary
//! search, by name ([`Gemeente::zoek`], [`zoek`]) a binary search over the normalised names
//! ([`naam::normaliseer`]).
//!
//! [`vermeldingen`] finds the gemeenten a text names: by name, adjective or former name, not
//! inside an organisation's name ("Veiligheidsregio Utrecht"), and an ordinary Dutch word
//! ("Best", "Buren", "Houten") only where it is capitalised inside a sentence.
//!
//! This module imports nothing of the crate but [`naam`].
//!
//! # Example
//!
//! ```
//! use kernbeleid::gemeenten::{self, Gemeente};
//!
//! let utrecht = Gemeente::zoek("Utrecht").ok_or("Utrecht")?;
//! assert_eq!(utrecht.cbs_code(), "GM0344");
//! assert_eq!(Gemeente::uit_code("GM0344"), Some(utrecht));
//! assert_eq!(Gemeente::zoek("Den Haag").map(Gemeente::naam), Some("'s-Gravenhage"));
//!
//! // A former gemeente names the gemeente it went to.
//! let vianen = gemeenten::zoek("Vianen").ok_or("Vianen")?;
//! assert_eq!(vianen.gemeenten()[0].naam(), "Vijfheerenlanden");
//! # Ok::<(), &str>(())
//! ```

mod lijst;
mod vermelding;

use core::fmt;

use crate::naam;

pub use vermelding::{
    in_document, in_document_behalve, vermeldingen, EigenGemeenten, Vermelding, Vondst, Vorm,
};

/// The date of the list: the gemeentelijke indeling of 1 January 2025.
pub const PEILDATUM: &str = "2025-01-01";

/// A province, as CBS lists the gemeenten under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Provincie {
    /// Groningen (PV20).
    Groningen,
    /// Fryslân (PV21).
    Fryslan,
    /// Drenthe (PV22).
    Drenthe,
    /// Overijssel (PV23).
    Overijssel,
    /// Flevoland (PV24).
    Flevoland,
    /// Gelderland (PV25).
    Gelderland,
    /// Utrecht (PV26).
    Utrecht,
    /// Noord-Holland (PV27).
    NoordHolland,
    /// Zuid-Holland (PV28).
    ZuidHolland,
    /// Zeeland (PV29).
    Zeeland,
    /// Noord-Brabant (PV30).
    NoordBrabant,
    /// Limburg (PV31).
    Limburg,
}

impl Provincie {
    /// The name, as CBS writes it.
    #[must_use]
    pub const fn naam(self) -> &'static str {
        match self {
            Provincie::Groningen => "Groningen",
            Provincie::Fryslan => "Fryslân",
            Provincie::Drenthe => "Drenthe",
            Provincie::Overijssel => "Overijssel",
            Provincie::Flevoland => "Flevoland",
            Provincie::Gelderland => "Gelderland",
            Provincie::Utrecht => "Utrecht",
            Provincie::NoordHolland => "Noord-Holland",
            Provincie::ZuidHolland => "Zuid-Holland",
            Provincie::Zeeland => "Zeeland",
            Provincie::NoordBrabant => "Noord-Brabant",
            Provincie::Limburg => "Limburg",
        }
    }
}

impl fmt::Display for Provincie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

/// One gemeente of the list.
#[derive(Debug)]
struct Record {
    code: u16,
    naam: &'static str,
    provincie: Provincie,
    andere_namen: &'static [&'static str],
    bijvoeglijk: &'static [&'static str],
}

/// A gemeente that ended.
#[derive(Debug)]
struct Voormalig {
    code: u16,
    naam: &'static str,
    opgeheven: &'static str,
    /// Indices into [`lijst::GEMEENTEN`].
    opgegaan_in: &'static [u16],
}

/// What a name in [`lijst::NAMEN`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Naam {
    Gemeente(u16),
    Voormalig(u16),
}

/// A gemeente of 1 January 2025: a key into the static list.
///
/// Ordered by CBS code.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Gemeente(u16);

impl Gemeente {
    /// The number of gemeenten on 1 January 2025: 342.
    pub const AANTAL: usize = lijst::GEMEENTEN.len();

    fn record(self) -> &'static Record {
        // The index comes from the list itself, so it is in range; the fallback is the first.
        lijst::GEMEENTEN
            .get(usize::from(self.0))
            .unwrap_or(&lijst::GEMEENTEN[0])
    }

    /// Every gemeente, by CBS code.
    pub fn alle() -> impl Iterator<Item = Gemeente> + Clone {
        (0u16..).take(Self::AANTAL).map(Gemeente)
    }

    /// The name as CBS writes it: "'s-Gravenhage", "Hengelo (O.)".
    #[must_use]
    pub fn naam(self) -> &'static str {
        self.record().naam
    }

    /// The CBS number (363 for Amsterdam).
    #[must_use]
    pub fn nummer(self) -> u16 {
        self.record().code
    }

    /// The CBS region code: "GM0363".
    #[must_use]
    pub fn cbs_code(self) -> String {
        format!("GM{:04}", self.nummer())
    }

    /// The province.
    #[must_use]
    pub fn provincie(self) -> Provincie {
        self.record().provincie
    }

    /// Other names in common use: "Den Haag", "Den Bosch", "Hengelo" (without CBS's "(O.)").
    #[must_use]
    pub fn andere_namen(self) -> &'static [&'static str] {
        self.record().andere_namen
    }

    /// Adjectives in common use that are not simply the name and "-se": "Haagse", "Bossche",
    /// "Zwolse", "Groninger". [`vermeldingen`] also recognises the regular form ("Utrechtse").
    #[must_use]
    pub fn bijvoeglijk(self) -> &'static [&'static str] {
        self.record().bijvoeglijk
    }

    /// The gemeente with this CBS code: "GM0363", "gm0363", "0363" or "363".
    #[must_use]
    pub fn uit_code(code: &str) -> Option<Gemeente> {
        let code = code.trim();
        let cijfers = match code.get(..2) {
            Some(gm) if gm.eq_ignore_ascii_case("GM") => code.get(2..)?,
            _ => code,
        };
        if cijfers.is_empty() || cijfers.len() > 4 || !cijfers.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let nummer: u16 = cijfers.parse().ok()?;
        let i = lijst::GEMEENTEN
            .binary_search_by_key(&nummer, |r| r.code)
            .ok()?;
        u16::try_from(i).ok().map(Gemeente)
    }

    /// The current gemeente named `naam` (case, accents and punctuation do not count), by its
    /// CBS name or another name; `None` for a former gemeente (see [`zoek`]) or an unknown name.
    #[must_use]
    pub fn zoek(naam: &str) -> Option<Gemeente> {
        match zoek(naam)? {
            Benoemd::Gemeente(g) => Some(g),
            Benoemd::Voormalig(_) => None,
        }
    }
}

impl fmt::Debug for Gemeente {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Gemeente({} {})", self.cbs_code(), self.naam())
    }
}

impl fmt::Display for Gemeente {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

/// A gemeente that ended on or after 1 January 2015.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VoormaligeGemeente(u16);

impl VoormaligeGemeente {
    /// The number of former gemeenten in the list.
    pub const AANTAL: usize = lijst::VOORMALIG.len();

    fn record(self) -> &'static Voormalig {
        lijst::VOORMALIG
            .get(usize::from(self.0))
            .unwrap_or(&lijst::VOORMALIG[0])
    }

    /// Every former gemeente, by CBS code.
    pub fn alle() -> impl Iterator<Item = VoormaligeGemeente> + Clone {
        (0u16..).take(Self::AANTAL).map(VoormaligeGemeente)
    }

    /// The name.
    #[must_use]
    pub fn naam(self) -> &'static str {
        self.record().naam
    }

    /// The CBS region code it had: "GM0620" for Vianen.
    #[must_use]
    pub fn cbs_code(self) -> String {
        format!("GM{:04}", self.record().code)
    }

    /// The date it ended, "2019-01-01".
    #[must_use]
    pub fn opgeheven(self) -> &'static str {
        self.record().opgeheven
    }

    /// The gemeenten its territory went to, the main one first (one for a merger, several for a
    /// gemeente that was divided, as Haaren in 2021).
    #[must_use]
    pub fn gemeenten(self) -> Vec<Gemeente> {
        self.record()
            .opgegaan_in
            .iter()
            .map(|&i| Gemeente(i))
            .collect()
    }

    /// Whether its territory went (in part) to `gemeente`.
    #[must_use]
    pub fn opgegaan_in(self, gemeente: Gemeente) -> bool {
        self.record().opgegaan_in.contains(&gemeente.0)
    }
}

impl fmt::Debug for VoormaligeGemeente {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "VoormaligeGemeente({} {})", self.cbs_code(), self.naam())
    }
}

impl fmt::Display for VoormaligeGemeente {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.naam())
    }
}

/// What a name names: a current or a former gemeente.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Benoemd {
    /// A gemeente of 1 January 2025.
    Gemeente(Gemeente),
    /// A gemeente that ended since 2015.
    Voormalig(VoormaligeGemeente),
}

impl Benoemd {
    /// Whether this is `gemeente` or (for a former gemeente) went (in part) to it.
    #[must_use]
    pub fn hoort_bij(self, gemeente: Gemeente) -> bool {
        match self {
            Benoemd::Gemeente(g) => g == gemeente,
            Benoemd::Voormalig(v) => v.opgegaan_in(gemeente),
        }
    }

    /// The current gemeenten: the gemeente itself, or those a former one went to.
    #[must_use]
    pub fn gemeenten(self) -> Vec<Gemeente> {
        match self {
            Benoemd::Gemeente(g) => vec![g],
            Benoemd::Voormalig(v) => v.gemeenten(),
        }
    }
}

/// The current or former gemeente named `naam`: its CBS name, another name or its former name;
/// case, accents and punctuation do not count ("den haag", "Súdwest Fryslan").
///
/// # Example
///
/// ```
/// use kernbeleid::gemeenten::{zoek, Benoemd, Gemeente};
///
/// assert_eq!(zoek("den bosch"), Gemeente::zoek("'s-Hertogenbosch").map(Benoemd::Gemeente));
/// assert!(matches!(zoek("Haren"), Some(Benoemd::Voormalig(_))));
/// assert_eq!(zoek("Atlantis"), None);
/// ```
#[must_use]
pub fn zoek(naam: &str) -> Option<Benoemd> {
    let mut buffer = [0u8; naam::MAX_SLEUTEL];
    let sleutel = naam::sleutel(naam, &mut buffer)?;
    zoek_sleutel(sleutel)
}

/// The name with this normalised key.
fn zoek_sleutel(sleutel: &str) -> Option<Benoemd> {
    let i = lijst::NAMEN
        .binary_search_by(|(k, _)| (*k).cmp(sleutel))
        .ok()?;
    Some(match lijst::NAMEN.get(i)?.1 {
        Naam::Gemeente(g) => Benoemd::Gemeente(Gemeente(g)),
        Naam::Voormalig(v) => Benoemd::Voormalig(VoormaligeGemeente(v)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn de_lijst_van_2025_telt_342_gemeenten() {
        assert_eq!(Gemeente::AANTAL, 342);
        assert_eq!(Gemeente::alle().count(), 342);
        // Codes unique and sorted (the binary search relies on it).
        assert!(lijst::GEMEENTEN.windows(2).all(|w| w[0].code < w[1].code));
        assert!(lijst::VOORMALIG.windows(2).all(|w| w[0].code < w[1].code));
        let namen: HashSet<&str> = Gemeente::alle().map(Gemeente::naam).collect();
        assert_eq!(namen.len(), 342);
    }

    #[test]
    fn bekende_codes() {
        for (code, naam) in [
            ("GM0363", "Amsterdam"),
            ("GM0344", "Utrecht"),
            ("GM0599", "Rotterdam"),
            ("GM0518", "'s-Gravenhage"),
            ("GM0388", "Enkhuizen"),
            ("GM1961", "Vijfheerenlanden"),
            ("GM1992", "Voorne aan Zee"),
            ("GM0166", "Kampen"),
            ("GM1708", "Steenwijkerland"),
            ("GM1896", "Zwartewaterland"),
            ("GM0180", "Staphorst"),
        ] {
            let g = Gemeente::uit_code(code).unwrap_or_else(|| panic!("{code}"));
            assert_eq!(g.naam(), naam);
            assert_eq!(g.cbs_code(), code);
            assert_eq!(Gemeente::zoek(naam), Some(g));
        }
        assert_eq!(
            Gemeente::uit_code("363").map(Gemeente::naam),
            Some("Amsterdam")
        );
        assert_eq!(
            Gemeente::uit_code("gm0363").map(Gemeente::naam),
            Some("Amsterdam")
        );
        assert_eq!(Gemeente::uit_code("GM0620"), None); // Vianen, ended 2019
        assert_eq!(Gemeente::uit_code("GM"), None);
        assert_eq!(Gemeente::uit_code("GM12345"), None);
        assert_eq!(
            Gemeente::uit_code("GM0344").map(Gemeente::provincie),
            Some(Provincie::Utrecht)
        );
    }

    #[test]
    fn voormalige_gemeenten_sinds_2015() {
        assert_eq!(VoormaligeGemeente::AANTAL, 84);
        let haaren = VoormaligeGemeente::alle()
            .find(|v| v.naam() == "Haaren")
            .expect("Haaren");
        let namen: Vec<&str> = haaren.gemeenten().iter().map(|g| g.naam()).collect();
        assert_eq!(namen, ["Boxtel", "Oisterwijk", "Tilburg", "Vught"]);
        assert_eq!(haaren.opgeheven(), "2021-01-01");
        for v in VoormaligeGemeente::alle() {
            assert!(!v.gemeenten().is_empty(), "{v:?} zonder opvolger");
            assert!(v.opgeheven() >= "2015-01-01", "{v:?}");
        }
        match zoek("Leerdam") {
            Some(Benoemd::Voormalig(v)) => {
                assert_eq!(v.cbs_code(), "GM0545");
                assert!(Benoemd::Voormalig(v)
                    .hoort_bij(Gemeente::zoek("Vijfheerenlanden").expect("VHL")));
            }
            anders => panic!("{anders:?}"),
        }
    }

    #[test]
    fn namen_genormaliseerd_gesorteerd_en_uniek() {
        assert!(lijst::NAMEN.windows(2).all(|w| w[0].0 < w[1].0));
        let verwacht: HashSet<String> = lijst::GEMEENTEN
            .iter()
            .flat_map(|r| core::iter::once(r.naam).chain(r.andere_namen.iter().copied()))
            .chain(lijst::VOORMALIG.iter().map(|v| v.naam))
            .map(naam::normaliseer)
            .collect();
        let gevonden: HashSet<String> = lijst::NAMEN.iter().map(|(k, _)| (*k).to_owned()).collect();
        assert_eq!(gevonden, verwacht);
        for g in Gemeente::alle() {
            assert_eq!(zoek(g.naam()), Some(Benoemd::Gemeente(g)), "{g:?}");
            for andere in g.andere_namen() {
                assert_eq!(Gemeente::zoek(andere), Some(g), "{andere}");
            }
        }
        for v in VoormaligeGemeente::alle() {
            assert_eq!(zoek(v.naam()), Some(Benoemd::Voormalig(v)), "{v:?}");
        }
    }

    #[test]
    fn andere_namen() {
        assert_eq!(Gemeente::zoek("Den Haag").map(Gemeente::nummer), Some(518));
        assert_eq!(Gemeente::zoek("den bosch").map(Gemeente::nummer), Some(796));
        assert_eq!(
            Gemeente::zoek("Hengelo").map(Gemeente::naam),
            Some("Hengelo (O.)")
        );
        assert_eq!(
            Gemeente::zoek("Sudwest Fryslan").map(Gemeente::nummer),
            Some(1900)
        );
        // Two gemeenten are called Bergen: only with CBS's addition.
        assert_eq!(Gemeente::zoek("Bergen"), None);
        assert_eq!(
            Gemeente::zoek("Bergen (NH.)").map(Gemeente::nummer),
            Some(373)
        );
        assert_eq!(Gemeente::zoek(&"x".repeat(10_000)), None);
    }
}
