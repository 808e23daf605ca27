//! The crate's own open mapping from the categories of the downloads to the KBV themes and their
//! effectindicatoren, each line with its ground in the handbook.
//!
//! This is **not** the VNG/INP-model. That model, which the handbook names in several
//! effectindicatoren ("(VNG/INP-model ...)"), is closed and runs at the police; it can use
//! location and incident details that the open data do not carry. This mapping uses only the
//! open tables' categories and gemeente totals, and says for every line which words of the
//! handbook it rests on: the theme's uitleg, effectinformatie or effectindicatoren. A category
//! no theme names is listed as "geen thema" with the reason, not forced into one.
//!
//! A user replaces it with a mapping file of their own: see [`Koppeling::uit_toml`].

use std::borrow::Cow;

use serde::Serialize;

use super::categorie::{compact, Classificatie, Soort};
use super::lezen::maatstam;
use crate::catalogus::{Onderdeel, Thema};

/// Where a line of the mapping rests in the handbook: words quoted from one part of the theme's
/// table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Onderbouwing {
    /// The part of the theme's table quoted: uitleg, effectinformatie or effectindicatoren
    /// (optional in a user's file).
    pub onderdeel: Option<Onderdeel>,
    /// The quoted words, verbatim.
    pub citaat: Cow<'static, str>,
}

/// Where a category goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Doel {
    /// Into a theme, and into one of its effectindicatoren where the handbook names one for
    /// this kind of registration.
    Thema {
        /// The theme.
        thema: Thema,
        /// The position of the effectindicator in the theme's list (see
        /// [`Regel::indicator`] for its text); `None` when the registration belongs to the
        /// theme (by its uitleg) but none of its indicators names it.
        indicator: Option<usize>,
        /// The handbook's words this rests on.
        onderbouwing: Option<Onderbouwing>,
    },
    /// Into no theme, with the reason.
    GeenThema {
        /// Why not, in Dutch.
        reden: Cow<'static, str>,
    },
}

/// One line of a mapping: a category (or a keyword of category titles) and where it goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Regel {
    /// The category list.
    pub bron: Classificatie,
    /// The category: key, code or title for police and CBS; title or column name for overlast
    /// and the Veiligheidsmonitor; a keyword when `trefwoord` is set.
    pub categorie: Cow<'static, str>,
    /// Whether `categorie` is a keyword: every category whose title contains it (case, accents,
    /// spacing and punctuation ignored) goes where this line says.
    pub trefwoord: bool,
    /// Where it goes.
    pub doel: Doel,
}

impl Regel {
    /// The text of the effectindicator this line feeds, exactly as the handbook's table gives it.
    #[must_use]
    pub fn indicator(&self) -> Option<&'static str> {
        match &self.doel {
            Doel::Thema {
                thema,
                indicator: Some(i),
                ..
            } => thema.gegevens().effectindicatoren.get(*i).copied(),
            _ => None,
        }
    }

    /// The theme this line feeds, if any.
    #[must_use]
    pub fn thema(&self) -> Option<Thema> {
        match &self.doel {
            Doel::Thema { thema, .. } => Some(*thema),
            Doel::GeenThema { .. } => None,
        }
    }
}

const fn thema(
    bron: Classificatie,
    categorie: &'static str,
    thema: Thema,
    indicator: Option<usize>,
    onderdeel: Onderdeel,
    citaat: &'static str,
) -> Regel {
    Regel {
        bron,
        categorie: Cow::Borrowed(categorie),
        trefwoord: false,
        doel: Doel::Thema {
            thema,
            indicator,
            onderbouwing: Some(Onderbouwing {
                onderdeel: Some(onderdeel),
                citaat: Cow::Borrowed(citaat),
            }),
        },
    }
}

const fn trefwoord(
    bron: Classificatie,
    woord: &'static str,
    doel_thema: Thema,
    indicator: Option<usize>,
    onderdeel: Onderdeel,
    citaat: &'static str,
) -> Regel {
    let mut regel = thema(bron, woord, doel_thema, indicator, onderdeel, citaat);
    regel.trefwoord = true;
    regel
}

const fn geen(bron: Classificatie, categorie: &'static str, reden: &'static str) -> Regel {
    Regel {
        bron,
        categorie: Cow::Borrowed(categorie),
        trefwoord: false,
        doel: Doel::GeenThema {
            reden: Cow::Borrowed(reden),
        },
    }
}

/// The crate's own mapping, one line per category and theme (see the module documentation).
///
/// Every police category and every CBS category of `shared/cijfers` has at least one line; a
/// test checks that, that each quoted justification occurs verbatim in the handbook in the
/// part it names, and that each indicator exists.
pub static STANDAARDKOPPELING: [Regel; 180] = [
    // Politie, soort misdrijf (47013NED, 47022NED).
    geen(Classificatie::Politie, "0.0.0", "het totaal van alle soorten; het staat bij de totalen, niet bij een thema"),
    thema(Classificatie::Politie, "1.1.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "woninginbraak"),
    thema(Classificatie::Politie, "1.1.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "kelderboxinbraak"),
    thema(Classificatie::Politie, "1.2.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "auto-inbraak"),
    thema(Classificatie::Politie, "1.2.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "diefstal motorvoertuigen"),
    thema(Classificatie::Politie, "1.2.3", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "fietsendiefstal"),
    thema(Classificatie::Politie, "1.2.4", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "zakkenrollerij en straatroof"),
    thema(Classificatie::Politie, "1.2.4", Thema::VeiligWinkelgebied, None, Onderdeel::Uitleg, "winkeldiefstal, zakkenrollerij en overvallen"),
    thema(Classificatie::Politie, "1.2.5", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Politie, "1.3.1", Thema::Verkeersveiligheid, Some(1), Onderdeel::Effectindicatoren, "incidenten ongevallen dodelijke afloop, letsel"),
    geen(Classificatie::Politie, "1.4.1", "geen thema noemt zedenmisdrijven in uitleg, effectinformatie of effectindicatoren"),
    thema(Classificatie::Politie, "1.4.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "geweldscriminaliteit"),
    thema(Classificatie::Politie, "1.4.3", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "openlijke geweldpleging"),
    thema(Classificatie::Politie, "1.4.4", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "Geweldscriminaliteit: o.m. bedreiging"),
    thema(Classificatie::Politie, "1.4.5", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "mishandeling"),
    thema(Classificatie::Politie, "1.4.6", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "zakkenrollerij en straatroof"),
    thema(Classificatie::Politie, "1.4.7", Thema::VeiligeBedrijventerreinen, Some(0), Onderdeel::Effectindicatoren, "incidenten overvallen (VNG/INP)"),
    thema(Classificatie::Politie, "1.4.7", Thema::VeiligWinkelgebied, None, Onderdeel::Uitleg, "winkeldiefstal, zakkenrollerij en overvallen"),
    thema(Classificatie::Politie, "1.5.2", Thema::VeiligToerisme, Some(0), Onderdeel::Effectindicatoren, "incidenten watergerelateerde criminaliteit"),
    geen(Classificatie::Politie, "1.6.1", "geen thema noemt brandstichting; de effectindicatoren van 4.2 Brandveiligheid komen van de brandweer, niet van de politie"),
    thema(Classificatie::Politie, "1.6.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Politie, "1.6.3", Thema::OndermijnendeCriminaliteit, Some(2), Onderdeel::Uitleg, "mensenhandel"),
    thema(Classificatie::Politie, "2.1.1", Thema::SocialeKwaliteit, Some(1), Onderdeel::Uitleg, "drank- en drugsoverlast"),
    thema(Classificatie::Politie, "2.1.1", Thema::JeugdAlcoholEnDrugs, Some(1), Onderdeel::Effectindicatoren, "incidenten alcohol- en drugsoverlast"),
    thema(Classificatie::Politie, "2.2.1", Thema::FysiekeKwaliteit, Some(1), Onderdeel::Effectindicatoren, "incidenten vernieling"),
    thema(Classificatie::Politie, "2.2.1", Thema::Jeugdoverlast, Some(1), Onderdeel::Effectindicatoren, "incidenten vandalisme/baldadigheid"),
    thema(Classificatie::Politie, "2.4.1", Thema::SocialeKwaliteit, Some(1), Onderdeel::Uitleg, "woonoverlast en burengerucht"),
    geen(Classificatie::Politie, "2.4.2", "geen thema noemt huisvredebreuk"),
    thema(Classificatie::Politie, "2.5.1", Thema::VeiligeBedrijventerreinen, Some(0), Onderdeel::Effectindicatoren, "incidenten diefstal/inbraak in bedrijven en kantoren"),
    thema(Classificatie::Politie, "2.5.2", Thema::VeiligWinkelgebied, Some(1), Onderdeel::Effectindicatoren, "winkeldiefstal en inbraak winkel"),
    geen(Classificatie::Politie, "2.6.1", "milieudelict; geen thema noemt het (de risico's van gevaarlijke stoffen staan bij 4.3, zie 2.6.8)"),
    geen(Classificatie::Politie, "2.6.2", "milieudelict; geen thema noemt het (de risico's van gevaarlijke stoffen staan bij 4.3, zie 2.6.8)"),
    geen(Classificatie::Politie, "2.6.3", "milieudelict; geen thema noemt het (de risico's van gevaarlijke stoffen staan bij 4.3, zie 2.6.8)"),
    geen(Classificatie::Politie, "2.6.4", "milieudelict; geen thema noemt het (de risico's van gevaarlijke stoffen staan bij 4.3, zie 2.6.8)"),
    geen(Classificatie::Politie, "2.6.5", "milieudelict; geen thema noemt het (de risico's van gevaarlijke stoffen staan bij 4.3, zie 2.6.8)"),
    geen(Classificatie::Politie, "2.6.7", "milieudelict; geen thema noemt het (de risico's van gevaarlijke stoffen staan bij 4.3, zie 2.6.8)"),
    thema(Classificatie::Politie, "2.6.8", Thema::Omgevingsveiligheid, None, Onderdeel::Uitleg, "vervoerd via weg, water, spoor, lucht en buisleidingen"),
    geen(Classificatie::Politie, "2.6.9", "geen thema noemt vuurwerk"),
    geen(Classificatie::Politie, "2.6.10", "milieudelict; geen thema noemt het (de risico's van gevaarlijke stoffen staan bij 4.3, zie 2.6.8)"),
    geen(Classificatie::Politie, "2.6.11", "milieudelict; geen thema noemt het (de risico's van gevaarlijke stoffen staan bij 4.3, zie 2.6.8)"),
    geen(Classificatie::Politie, "2.6.12", "geen thema noemt overtredingen van de ruimtelijke ordening"),
    geen(Classificatie::Politie, "2.6.13", "geen thema noemt misdrijven tegen dieren"),
    geen(Classificatie::Politie, "2.6.14", "geen thema noemt voedselveiligheid"),
    geen(Classificatie::Politie, "2.7.2", "een verzamelcategorie van bijzondere wetten; geen thema noemt ze"),
    geen(Classificatie::Politie, "2.7.3", "een verzamelcategorie; te algemeen om aan één thema toe te wijzen"),
    thema(Classificatie::Politie, "3.1.1", Thema::OndermijnendeCriminaliteit, Some(2), Onderdeel::Uitleg, "drugsgerelateerde criminaliteit"),
    thema(Classificatie::Politie, "3.1.2", Thema::OndermijnendeCriminaliteit, Some(2), Onderdeel::Effectindicatoren, "incidenten verschillende vormen van georganiseerde criminaliteit"),
    thema(Classificatie::Politie, "3.1.3", Thema::OndermijnendeCriminaliteit, Some(2), Onderdeel::Effectindicatoren, "incidenten verschillende vormen van georganiseerde criminaliteit"),
    geen(Classificatie::Politie, "3.2.1", "geen thema noemt kinderporno"),
    geen(Classificatie::Politie, "3.2.2", "geen thema noemt kinderprostitutie"),
    geen(Classificatie::Politie, "3.3.2", "geen thema noemt de luchtvaart"),
    geen(Classificatie::Politie, "3.3.5", "geen thema noemt de luchtvaart"),
    thema(Classificatie::Politie, "3.4.2", Thema::VeiligToerisme, Some(0), Onderdeel::Effectindicatoren, "incidenten watergerelateerde criminaliteit"),
    thema(Classificatie::Politie, "3.5.2", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Politie, "3.5.5", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    geen(Classificatie::Politie, "3.6.4", "geen thema noemt de aantasting van de openbare orde"),
    thema(Classificatie::Politie, "3.7.1", Thema::PolarisatieEnRadicalisering, Some(0), Onderdeel::Effectindicatoren, "incidenten discriminatie"),
    geen(Classificatie::Politie, "3.7.2", "geen thema noemt vreemdelingenzorg"),
    geen(Classificatie::Politie, "3.7.3", "een verzamelcategorie; geen thema noemt haar"),
    thema(Classificatie::Politie, "3.7.4", Thema::OndermijnendeCriminaliteit, None, Onderdeel::Effectindicatoren, "slachtofferschap hacken"),
    geen(Classificatie::Politie, "3.9.1", "de handreiking noemt alleen vastgoedfraude (5.2) en identiteitsfraude (Veiligheidsmonitor); deze categorie is breder"),
    thema(Classificatie::Politie, "3.9.2", Thema::OndermijnendeCriminaliteit, None, Onderdeel::Uitleg, "uitkeringen, zorg en PGB's"),
    geen(Classificatie::Politie, "3.9.3", "de handreiking noemt alleen vastgoedfraude (5.2) en identiteitsfraude (Veiligheidsmonitor); deze categorie is breder"),
    // CBS 83648NED, soort misdrijf. A group counts with what its subcategories in the download leave over.
    geen(Classificatie::Cbs, "T001161", "het totaal van alle soorten; het staat bij de totalen, niet bij een thema"),
    thema(Classificatie::Cbs, "1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.1.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.1.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.2.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.2.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.2.3", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.3", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.3.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.3.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.3.3", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.4", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.5", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.6", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.7", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.8", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "misdrijven vermogenscriminaliteit"),
    thema(Classificatie::Cbs, "1.7", Thema::OndermijnendeCriminaliteit, Some(2), Onderdeel::Uitleg, "witwassen"),
    geen(Classificatie::Cbs, "2", "een gemengde hoofdgroep (vernieling, openbare orde, openbaar gezag); haar subcategorieën zijn ingedeeld"),
    thema(Classificatie::Cbs, "2.1", Thema::FysiekeKwaliteit, Some(1), Onderdeel::Effectindicatoren, "incidenten vernieling"),
    thema(Classificatie::Cbs, "2.1", Thema::Jeugdoverlast, Some(1), Onderdeel::Effectindicatoren, "incidenten vandalisme/baldadigheid"),
    thema(Classificatie::Cbs, "2.1.1", Thema::FysiekeKwaliteit, Some(1), Onderdeel::Effectindicatoren, "incidenten vernieling"),
    thema(Classificatie::Cbs, "2.1.1", Thema::Jeugdoverlast, Some(1), Onderdeel::Effectindicatoren, "incidenten vandalisme/baldadigheid"),
    thema(Classificatie::Cbs, "2.1.2", Thema::FysiekeKwaliteit, Some(1), Onderdeel::Effectindicatoren, "incidenten vernieling"),
    thema(Classificatie::Cbs, "2.1.2", Thema::Jeugdoverlast, Some(1), Onderdeel::Effectindicatoren, "incidenten vandalisme/baldadigheid"),
    thema(Classificatie::Cbs, "2.1.3", Thema::FysiekeKwaliteit, Some(1), Onderdeel::Effectindicatoren, "incidenten vernieling"),
    thema(Classificatie::Cbs, "2.1.3", Thema::Jeugdoverlast, Some(1), Onderdeel::Effectindicatoren, "incidenten vandalisme/baldadigheid"),
    thema(Classificatie::Cbs, "2.1.5", Thema::FysiekeKwaliteit, Some(1), Onderdeel::Effectindicatoren, "incidenten vernieling"),
    thema(Classificatie::Cbs, "2.1.5", Thema::Jeugdoverlast, Some(1), Onderdeel::Effectindicatoren, "incidenten vandalisme/baldadigheid"),
    geen(Classificatie::Cbs, "2.2", "een gemengde groep; haar subcategorieën zijn ingedeeld"),
    thema(Classificatie::Cbs, "2.2.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "openlijke geweldpleging"),
    thema(Classificatie::Cbs, "2.2.1.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "openlijke geweldpleging"),
    thema(Classificatie::Cbs, "2.2.1.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "openlijke geweldpleging"),
    geen(Classificatie::Cbs, "2.2.2", "geen thema noemt huisvredebreuk"),
    geen(Classificatie::Cbs, "2.2.3", "geen thema noemt lokaalvredebreuk"),
    thema(Classificatie::Cbs, "2.2.4", Thema::OndermijnendeCriminaliteit, None, Onderdeel::Effectindicatoren, "slachtofferschap hacken"),
    thema(Classificatie::Cbs, "2.2.5", Thema::PolarisatieEnRadicalisering, Some(0), Onderdeel::Effectindicatoren, "incidenten discriminatie"),
    geen(Classificatie::Cbs, "2.2.6", "een verzamelcategorie; geen thema noemt haar"),
    geen(Classificatie::Cbs, "2.3", "geen thema noemt brandstichting; de effectindicatoren van 4.2 Brandveiligheid komen van de brandweer, niet van de politie"),
    geen(Classificatie::Cbs, "2.4", "een gemengde groep; haar subcategorieën zijn ingedeeld"),
    geen(Classificatie::Cbs, "2.4.1", "geen thema noemt het niet opvolgen van een ambtelijk bevel"),
    thema(Classificatie::Cbs, "2.4.2", Thema::WeerbareOverheid, None, Onderdeel::Uitleg, "geconfronteerd met agressie en geweld bij het uitoefenen van hun taak"),
    geen(Classificatie::Cbs, "2.4.3", "geen thema noemt valse aangifte"),
    geen(Classificatie::Cbs, "2.4.5", "geen thema noemt vreemdelingenzaken"),
    geen(Classificatie::Cbs, "2.4.6", "een verzamelcategorie; geen thema noemt haar"),
    geen(Classificatie::Cbs, "3", "de hoofdgroep bevat ook de seksuele misdrijven, die geen thema noemt; haar subcategorieën zijn ingedeeld"),
    thema(Classificatie::Cbs, "3.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "mishandeling"),
    thema(Classificatie::Cbs, "3.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "Geweldscriminaliteit: o.m. bedreiging"),
    thema(Classificatie::Cbs, "3.2.1", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Uitleg, "Geweldscriminaliteit: o.m. bedreiging"),
    thema(Classificatie::Cbs, "3.2.2", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "geweldscriminaliteit"),
    geen(Classificatie::Cbs, "3.3", "geen thema noemt seksuele misdrijven in uitleg, effectinformatie of effectindicatoren"),
    geen(Classificatie::Cbs, "3.3.1", "geen thema noemt seksuele misdrijven in uitleg, effectinformatie of effectindicatoren"),
    geen(Classificatie::Cbs, "3.3.2", "geen thema noemt seksuele misdrijven in uitleg, effectinformatie of effectindicatoren"),
    geen(Classificatie::Cbs, "3.3.3", "geen thema noemt seksuele misdrijven in uitleg, effectinformatie of effectindicatoren"),
    geen(Classificatie::Cbs, "3.3.4", "geen thema noemt seksuele misdrijven in uitleg, effectinformatie of effectindicatoren"),
    geen(Classificatie::Cbs, "3.3.5", "geen thema noemt seksuele misdrijven in uitleg, effectinformatie of effectindicatoren"),
    geen(Classificatie::Cbs, "3.3.6", "geen thema noemt seksuele misdrijven in uitleg, effectinformatie of effectindicatoren"),
    geen(Classificatie::Cbs, "3.3.7", "geen thema noemt seksuele misdrijven in uitleg, effectinformatie of effectindicatoren"),
    thema(Classificatie::Cbs, "3.4", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "geweldscriminaliteit"),
    thema(Classificatie::Cbs, "3.5", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "geweldscriminaliteit"),
    thema(Classificatie::Cbs, "3.7", Thema::ObjectieveVeiligheid, Some(1), Onderdeel::Effectindicatoren, "geweldscriminaliteit"),
    thema(Classificatie::Cbs, "3.6", Thema::OndermijnendeCriminaliteit, Some(2), Onderdeel::Uitleg, "mensenhandel"),
    geen(Classificatie::Cbs, "4", "een verzamelcategorie van het Wetboek van Strafrecht; geen thema noemt haar"),
    thema(Classificatie::Cbs, "5", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Cbs, "5.1", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Cbs, "5.2", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Cbs, "5.3", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Cbs, "5.4", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Cbs, "5.5", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Cbs, "5.6", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Cbs, "5.7", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Cbs, "5.8", Thema::Verkeersveiligheid, None, Onderdeel::Uitleg, "het rijgedrag van verkeersdeelnemers"),
    thema(Classificatie::Cbs, "6", Thema::OndermijnendeCriminaliteit, None, Onderdeel::Uitleg, "drugsgerelateerde criminaliteit"),
    thema(Classificatie::Cbs, "6.1", Thema::OndermijnendeCriminaliteit, None, Onderdeel::Uitleg, "drugsgerelateerde criminaliteit"),
    thema(Classificatie::Cbs, "6.2", Thema::OndermijnendeCriminaliteit, None, Onderdeel::Uitleg, "drugsgerelateerde criminaliteit"),
    thema(Classificatie::Cbs, "6.3", Thema::OndermijnendeCriminaliteit, None, Onderdeel::Uitleg, "drugsgerelateerde criminaliteit"),
    geen(Classificatie::Cbs, "7", "geen thema noemt vuurwapenmisdrijven"),
    geen(Classificatie::Cbs, "9", "misdrijven uit overige wetten; geen thema noemt ze"),
    geen(Classificatie::Cbs, "9.1", "misdrijven uit overige wetten; geen thema noemt ze"),
    geen(Classificatie::Cbs, "9.2", "misdrijven uit overige wetten; geen thema noemt ze"),
    // Politie, overlast (47021NED, 47024NED): only the total is known by title; the rest by keyword.
    geen(Classificatie::Overlast, "Totaal registraties overlast", "het totaal van alle soorten; het staat bij de totalen, niet bij een thema"),
    trefwoord(Classificatie::Overlast, "jeugd", Thema::Jeugdoverlast, Some(1), Onderdeel::Effectindicatoren, "incidenten overlast jeugd (VNG/INP)"),
    trefwoord(Classificatie::Overlast, "horeca", Thema::VeiligUitgaan, Some(1), Onderdeel::Effectindicatoren, "Incidenten overlast horeca"),
    trefwoord(Classificatie::Overlast, "evenement", Thema::VeiligeEvenementen, Some(0), Onderdeel::Effectindicatoren, "incidenten overlast evenementen"),
    trefwoord(Classificatie::Overlast, "drugs", Thema::SocialeKwaliteit, Some(1), Onderdeel::Uitleg, "drank- en drugsoverlast"),
    trefwoord(Classificatie::Overlast, "drugs", Thema::JeugdAlcoholEnDrugs, Some(1), Onderdeel::Effectindicatoren, "incidenten alcohol- en drugsoverlast"),
    trefwoord(Classificatie::Overlast, "drank", Thema::SocialeKwaliteit, Some(1), Onderdeel::Uitleg, "drank- en drugsoverlast"),
    trefwoord(Classificatie::Overlast, "drank", Thema::JeugdAlcoholEnDrugs, Some(1), Onderdeel::Effectindicatoren, "incidenten alcohol- en drugsoverlast"),
    trefwoord(Classificatie::Overlast, "alcohol", Thema::SocialeKwaliteit, Some(1), Onderdeel::Uitleg, "drank- en drugsoverlast"),
    trefwoord(Classificatie::Overlast, "alcohol", Thema::JeugdAlcoholEnDrugs, Some(1), Onderdeel::Effectindicatoren, "incidenten alcohol- en drugsoverlast"),
    trefwoord(Classificatie::Overlast, "verward", Thema::SocialeKwaliteit, Some(1), Onderdeel::Uitleg, "overlast van personen met verward gedrag"),
    trefwoord(Classificatie::Overlast, "burengerucht", Thema::SocialeKwaliteit, Some(1), Onderdeel::Uitleg, "woonoverlast en burengerucht"),
    trefwoord(Classificatie::Overlast, "parkeer", Thema::Verkeersveiligheid, Some(1), Onderdeel::Effectindicatoren, "incidenten parkeerproblemen"),
    // Veiligheidsmonitor 85146NED: measure columns by stem (the number after _ differs between editions).
    thema(Classificatie::Veiligheidsmonitor, "SocialeCohesieSchaalscore", Thema::SocialeKwaliteit, Some(0), Onderdeel::Effectindicatoren, "schaalscore sociale cohesie"),
    thema(Classificatie::Veiligheidsmonitor, "SocialeCohesieSchaalscore", Thema::PolarisatieEnRadicalisering, Some(2), Onderdeel::Effectindicatoren, "schaalscore sociale cohesie (totaal)"),
    thema(Classificatie::Veiligheidsmonitor, "RapportcijferLeefbaarheidWoonbuurt", Thema::SocialeKwaliteit, Some(0), Onderdeel::Effectindicatoren, "rapportcijfer leefbaarheid van de buurt"),
    thema(Classificatie::Veiligheidsmonitor, "RapportcijferLeefbaarheidWoonbuurt", Thema::FysiekeKwaliteit, Some(0), Onderdeel::Effectindicatoren, "leefbaarheid van de buurt"),
    thema(Classificatie::Veiligheidsmonitor, "EenOfMeerVormenVanSocialeOverlast", Thema::SocialeKwaliteit, Some(0), Onderdeel::Effectindicatoren, "sociale overlast (totaal)"),
    thema(Classificatie::Veiligheidsmonitor, "Drugshandel", Thema::SocialeKwaliteit, Some(0), Onderdeel::Effectindicatoren, "drugsoverlast/-handel"),
    thema(Classificatie::Veiligheidsmonitor, "Drugshandel", Thema::OndermijnendeCriminaliteit, Some(0), Onderdeel::Effectindicatoren, "indicatoren mbt tot drugsoverlast/-handel"),
    thema(Classificatie::Veiligheidsmonitor, "Drugsgebruik", Thema::SocialeKwaliteit, Some(0), Onderdeel::Effectindicatoren, "drugsoverlast/-handel"),
    thema(Classificatie::Veiligheidsmonitor, "Drugsgebruik", Thema::OndermijnendeCriminaliteit, Some(0), Onderdeel::Effectindicatoren, "indicatoren mbt tot drugsoverlast/-handel"),
    thema(Classificatie::Veiligheidsmonitor, "OverlastDoorBuurtbewoners", Thema::SocialeKwaliteit, Some(0), Onderdeel::Effectindicatoren, "overlast buurtbewoners"),
    thema(Classificatie::Veiligheidsmonitor, "EenOfMeerVormenFysiekeVerloedering", Thema::FysiekeKwaliteit, Some(0), Onderdeel::Effectindicatoren, "fysieke verloedering (totaal)"),
    thema(Classificatie::Veiligheidsmonitor, "RapportcijferVeiligheidInBuurt", Thema::SubjectieveVeiligheid, Some(0), Onderdeel::Effectindicatoren, "rapportcijfer veiligheid van de buurt"),
    thema(Classificatie::Veiligheidsmonitor, "VoeltZichWeleensOnveiligInBuurt", Thema::SubjectieveVeiligheid, Some(0), Onderdeel::Effectindicatoren, "veiligheidsgevoel in de eigen buurt"),
    thema(Classificatie::Veiligheidsmonitor, "VoeltZichVaakOnveiligInBuurt", Thema::SubjectieveVeiligheid, Some(0), Onderdeel::Effectindicatoren, "veiligheidsgevoel in de eigen buurt"),
    thema(Classificatie::Veiligheidsmonitor, "RijdtOfLooptOm", Thema::SubjectieveVeiligheid, Some(0), Onderdeel::Effectindicatoren, "vermijdingsgedrag"),
    thema(Classificatie::Veiligheidsmonitor, "DoetSAvondsNietOpen", Thema::SubjectieveVeiligheid, Some(0), Onderdeel::Effectindicatoren, "vermijdingsgedrag"),
    thema(Classificatie::Veiligheidsmonitor, "OverlastVanHorecagelegenheden", Thema::VeiligUitgaan, Some(0), Onderdeel::Effectindicatoren, "hinder van horecagelegenheden zoals cafés, restaurants of snackbars"),
    thema(Classificatie::Veiligheidsmonitor, "RondhangendeJongeren", Thema::Jeugdoverlast, Some(0), Onderdeel::Effectindicatoren, "overlast van rondhangende jongeren"),
    thema(Classificatie::Veiligheidsmonitor, "EenOfMeerVormenVanVerkeersoverlast", Thema::Verkeersveiligheid, Some(0), Onderdeel::Effectindicatoren, "verkeersoverlast"),
    thema(Classificatie::Veiligheidsmonitor, "TeHardRijden", Thema::Verkeersveiligheid, Some(0), Onderdeel::Effectindicatoren, "'te hard rijden'"),
    thema(Classificatie::Veiligheidsmonitor, "Parkeerproblemen", Thema::Verkeersveiligheid, Some(0), Onderdeel::Effectindicatoren, "'parkeerproblemen'"),
    thema(Classificatie::Veiligheidsmonitor, "AgressiefGedragInVerkeer", Thema::Verkeersveiligheid, Some(0), Onderdeel::Effectindicatoren, "'agressief rijgedrag'"),
    thema(Classificatie::Veiligheidsmonitor, "TevredenMetSamenstellingBevolking", Thema::PolarisatieEnRadicalisering, Some(2), Onderdeel::Effectindicatoren, "tevredenheid over bevolkingssamenstelling"),
];

/// The name of the crate's own mapping, as reports cite it.
pub const STANDAARDNAAM: &str = "kernbeleid, eigen open koppeling (niet het VNG/INP-model)";

/// Where a category ends up under a mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Toewijzing<'k> {
    /// Into these themes and indicators (no duplicates, in the mapping's order).
    Themas(Vec<(Thema, Option<usize>)>),
    /// Into no theme, for this reason.
    GeenThema(&'k str),
    /// The mapping has no line for it.
    NietIngedeeld,
}

/// A mapping: the crate's own ([`Koppeling::standaard`]) or a user's ([`Koppeling::uit_toml`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Koppeling {
    naam: Cow<'static, str>,
    regels: Cow<'static, [Regel]>,
    /// Per line: the known category it names (police and CBS), resolved once.
    soorten: Vec<Option<&'static Soort>>,
    /// Per line: `categorie` compacted.
    sleutels: Vec<String>,
}

impl Default for Koppeling {
    fn default() -> Self {
        Koppeling::standaard()
    }
}

impl Koppeling {
    /// The crate's own mapping, [`STANDAARDKOPPELING`].
    #[must_use]
    pub fn standaard() -> Koppeling {
        Koppeling::maak(
            Cow::Borrowed(STANDAARDNAAM),
            Cow::Borrowed(&STANDAARDKOPPELING),
        )
    }

    /// A mapping from lines already checked (the TOML reader checks them).
    pub(crate) fn maak(naam: Cow<'static, str>, regels: Cow<'static, [Regel]>) -> Koppeling {
        let soorten = regels
            .iter()
            .map(|r| {
                if r.trefwoord {
                    None
                } else {
                    r.bron.zoek(&r.categorie).map(|(s, _)| s)
                }
            })
            .collect();
        let sleutels = regels.iter().map(|r| compact(&r.categorie)).collect();
        Koppeling {
            naam,
            regels,
            soorten,
            sleutels,
        }
    }

    /// The mapping's name: [`STANDAARDNAAM`], or the `naam` of a user's file.
    #[must_use]
    pub fn naam(&self) -> &str {
        &self.naam
    }

    /// The lines, in order.
    #[must_use]
    pub fn regels(&self) -> &[Regel] {
        &self.regels
    }

    /// The lines that apply to a category of list `bron`: the lines naming it exactly, or, if
    /// there are none, the keyword lines whose keyword its title contains.
    ///
    /// `cel` is the category cell (or, for the Veiligheidsmonitor, the column name), `soort` the
    /// known category it was recognised as.
    #[must_use]
    pub fn regels_voor<'k>(
        &'k self,
        bron: Classificatie,
        cel: &str,
        soort: Option<&'static Soort>,
    ) -> Vec<&'k Regel> {
        let cel_kort = compact(cel);
        let stam_kort = compact(maatstam(cel));
        let titel_kort = soort.map(|s| compact(s.titel));
        let exact: Vec<&Regel> = self
            .regels
            .iter()
            .zip(&self.soorten)
            .zip(&self.sleutels)
            .filter(|((r, rs), sleutel)| {
                r.bron == bron
                    && !r.trefwoord
                    && match (soort, rs) {
                        (Some(s), Some(rs)) => s == *rs,
                        _ => {
                            **sleutel == cel_kort
                                || **sleutel == stam_kort
                                || titel_kort.as_ref() == Some(*sleutel)
                        }
                    }
            })
            .map(|((r, _), _)| r)
            .collect();
        if !exact.is_empty() {
            return exact;
        }
        self.regels
            .iter()
            .zip(&self.sleutels)
            .filter(|(r, sleutel)| {
                r.bron == bron
                    && r.trefwoord
                    && !sleutel.is_empty()
                    && (cel_kort.contains(sleutel.as_str())
                        || titel_kort
                            .as_ref()
                            .is_some_and(|t| t.contains(sleutel.as_str())))
            })
            .map(|(r, _)| r)
            .collect()
    }

    /// Where a category goes (see [`Koppeling::regels_voor`] for which lines apply).
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::catalogus::Thema;
    /// use kernbeleid::cijfers::{Classificatie, Koppeling, Toewijzing};
    ///
    /// let koppeling = Koppeling::standaard();
    /// let (soort, _) = Classificatie::Politie.zoek("1.1.1").ok_or("onbekend")?;
    /// assert_eq!(
    ///     koppeling.toewijzing(Classificatie::Politie, "1.1.1", Some(soort)),
    ///     Toewijzing::Themas(vec![(Thema::ObjectieveVeiligheid, Some(1))]),
    /// );
    /// // Overlast categories by keyword: any title with "jeugd" in it.
    /// assert_eq!(
    ///     koppeling.toewijzing(Classificatie::Overlast, "Overlast jeugd", None),
    ///     Toewijzing::Themas(vec![(Thema::Jeugdoverlast, Some(1))]),
    /// );
    /// # Ok::<(), &'static str>(())
    /// ```
    #[must_use]
    pub fn toewijzing(
        &self,
        bron: Classificatie,
        cel: &str,
        soort: Option<&'static Soort>,
    ) -> Toewijzing<'_> {
        let regels = self.regels_voor(bron, cel, soort);
        if regels.is_empty() {
            return Toewijzing::NietIngedeeld;
        }
        if let Some(reden) = regels.iter().find_map(|r| match &r.doel {
            Doel::GeenThema { reden } => Some(reden.as_ref()),
            Doel::Thema { .. } => None,
        }) {
            return Toewijzing::GeenThema(reden);
        }
        let mut doelen: Vec<(Thema, Option<usize>)> = Vec::new();
        for r in regels {
            if let Doel::Thema {
                thema, indicator, ..
            } = &r.doel
            {
                if !doelen.contains(&(*thema, *indicator)) {
                    doelen.push((*thema, *indicator));
                }
            }
        }
        Toewijzing::Themas(doelen)
    }
}
