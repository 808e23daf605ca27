//! Open figures per theme: the police's and CBS's CSV downloads read, mapped onto the themes and
//! effectindicatoren of the handbook, and turned into series per gemeente, theme, indicator and
//! year (step 2 of the method, the veiligheidsanalyse).
//!
//! ```text
//! lees(bytes) ──> Bestand ──┐
//! lees(bytes) ──> Bestand ──┼─ bereken(&bestanden, &Koppeling, Option<&Inwoners>) ──> Cijfers
//!                           │                                          reeksen, totalen, zonder_thema
//! Koppeling::standaard() or Koppeling::uit_toml(eigen bestand)
//! ```
//!
//! A typed download carries region keys only (`GM0344`); [`Regionamen::lees`] reads CBS's
//! dimension file and [`Bestand::benoem`] names the regions, so that a gemeente is found by the
//! name its IVP uses.
//!
//! [`Cijfers::reeks_voor`] gives, for a gemeente, theme and effect indicator, the measured series;
//! [`Reeks::nulmeting`] its latest complete year (for a skeleton's nulmeting) and
//! [`Reeks::jaarreeks`] the complete years (an effect indicator's `reeks`, which the controle
//! compares a streefwaarde and its direction with).
//!
//! # Tables
//!
//! | table | publisher | what | region column | category column | value columns |
//! | --- | --- | --- | --- | --- | --- |
//! | 47013NED | police | crimes per month, per gemeente | `RegioS` | `SoortMisdrijf` | `GeregistreerdeMisdrijven_1` |
//! | 47022NED | police | the same per wijk and buurt | `WijkenEnBuurten` | `SoortMisdrijf` | `GeregistreerdeMisdrijven_1` |
//! | 47021NED | police | overlast per month, per gemeente | `RegioS` | `Overlast` | `GeregistreerdeOverlast_1` |
//! | 47024NED | police | overlast per wijk and buurt | `WijkenEnBuurten` | `Overlast` | `GeregistreerdeOverlast_1` |
//! | 83648NED | CBS | crime per year, per regio | `RegioS` | `SoortMisdrijf` | `TotaalGeregistreerdeMisdrijven_1`, optional `GeregistreerdeMisdrijvenPer1000Inw_3` |
//! | 85146NED | CBS | Veiligheidsmonitor, every two years | `RegioS` | (`Marges`) | every other column is a measure |
//!
//! # Shapes accepted
//!
//! - **Bytes.** UTF-8, with or without a byte order mark; lines ending in CRLF or LF; a blank
//!   last line is fine. Fields are separated by `;`, `,` or a tab, whichever the header uses
//!   most outside quotes (only the header decides, because titles such as "Misdrijven, totaal"
//!   carry commas); fields may be quoted (`"GM0363    "`), with `""` for a quote inside.
//! - **Header.** The first line names the columns, in any order. A name is compared without a
//!   `_1` suffix, without a unit in parentheses at its end (`(aantal)`), and without case,
//!   accents, spaces and punctuation; a title with its group in front (`Geregistreerde
//!   misdrijven/Totaal geregistreerde misdrijven (aantal)`) counts by its last part. So
//!   `GeregistreerdeMisdrijven_1`, `Geregistreerde misdrijven (aantal)` and
//!   `geregistreerde_misdrijven` are the same column. Recognised: `ID`; `SoortMisdrijf`;
//!   `Overlast` or `SoortOverlast`; `RegioS`, `Regio's`, `Regio`, `Gemeente(n)` or
//!   `WijkenEnBuurten`; `Perioden` or `Periode`; `Marges`; the value columns of the table above;
//!   `Gemeentenaam` and `SoortRegio` (used for the region's name and level). Other columns are
//!   not read, except in 85146NED where each is a measure. A column playing a part twice is an
//!   error. A header that fits no table is an error naming the columns each table needs, and,
//!   where the header comes close to one, which columns it lacks.
//! - **Keys and titles.** Padding is ignored. A category cell is recognised by its key
//!   (`1.1.1`, `CRI1100`, `T001161`), by its published title (case, accents, spacing and
//!   punctuation ignored, with or without the code in front: `1.1.1 Diefstal/inbraak woning`),
//!   or by the code in front of a title that changed; anything else is kept as found and
//!   reported as not classified (see [`Classificatie::zoek`]). A region cell is a key
//!   (`GM0363`, `WK036305`, `BU03630001`, `PV27`, `NL01`) or a title (see [`Regio::lees`]).
//! - **Periods.** `2023JJ00`, `2023KW01` to `KW04`, `2026MM01` to `MM12`, and the titles
//!   `2023`, `2023 1e kwartaal`, `2026 juli`; a trailing `*` or `**` marks a provisional figure
//!   (see [`Periode::lees`]). The Veiligheidsmonitor has years only.
//! - **Values.** A number with a decimal point or comma and no thousands separator; `.`, `x`
//!   and an empty cell are *not published* (never zero); `-` is *nihil*, zero (see
//!   [`Cel::lees`]). Counts cannot be negative. In 85146NED the `Marges` column says whether a
//!   row holds the value (`MW00000`), the lower (`MOG0095`) or the upper bound (`MBG0095`) of
//!   the 95% confidence interval.
//!
//! Every error names the line, the column (number and name) and what was expected, in Dutch;
//! no input makes the reader panic (a property test feeds it arbitrary bytes).
//!
//! # Incomplete and unpublished
//!
//! The police publish the latest month while registrations still come in: the latest month of
//! a download, and so its year, is incomplete (`volledig: false`), as is a year with months
//! missing. A value that is not published makes every sum it is part of unknown
//! (`waarde: null`), never zero. Nulmeting and trend use complete, published years only.
//!
//! # The mapping
//!
//! [`STANDAARDKOPPELING`] is the crate's own, open mapping of every police and CBS category to
//! themes and effectindicatoren, each line justified with words quoted from the handbook. It
//! is **not** the VNG/INP-model the handbook refers to, which is closed and runs at the police.
//! A user's own mapping file replaces it ([`Koppeling::uit_toml`]);
//! [`Koppeling::naar_toml`] writes the crate's as a starting point.

/// The largest download [`lees`] takes: 2 GiB. A police download of every gemeente and month
/// is some hundreds of megabytes; the reader streams it (its memory grows with the rows kept,
/// not with the text) and refuses a larger file with [`CijferFout::TeGroot`].
pub const GROOTSTE_DOWNLOAD: u64 = 2 << 30;

/// The longest line any CSV reader here takes: 1 MiB (a download's header is well under a
/// kilobyte; a row tens of bytes). A longer line is [`CijferFout::RegelTeLang`].
pub const GROOTSTE_REGEL: u64 = 1 << 20;

/// The largest small CSV file beside a download ([`Inwoners::lees`], [`Regionamen::lees`]),
/// which is read whole: 64 MiB (CBS's region file of every wijk and buurt is a few MB).
pub const GROOTSTE_BIJLAGE: u64 = 64 << 20;

mod bereken;
mod categorie;
mod cel;
mod fout;
mod inwoners;
mod klein;
mod koppeling;
mod koppeling_toml;
mod lezen;
mod namen;
mod periode;
mod reeks;
mod regio;
mod tabel;
mod uitvoer;

pub use bereken::bereken;
pub use categorie::{
    Classificatie, Herkenning, OnbekendeClassificatie, Soort, CBS_SOORTEN, OVERLAST_SOORTEN,
    POLITIE_SOORTEN,
};
pub use cel::Cel;
pub use fout::{CijferFout, Plaats, Tegenstrijdigheid};
pub use inwoners::Inwoners;
pub use koppeling::{
    Doel, Koppeling, Onderbouwing, Regel, Toewijzing, STANDAARDKOPPELING, STANDAARDNAAM,
};
pub use koppeling_toml::KoppelingFout;
pub use lezen::{lees, Bestand, Categorie, Marge, Registratie, Uitkomst};
pub use namen::Regionamen;
pub use periode::{Deel, Periode};
pub use reeks::{
    Apart, Categoriereeks, Cijfers, NietGebruikt, Nulmeting, Punt, Reeks, Trend, TrendRichting,
};
pub use regio::{Niveau, Regio};
pub use tabel::Tabel;
