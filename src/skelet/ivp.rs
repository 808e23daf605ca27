//! A skeleton IVP pre-filled from the handbook.

use std::collections::BTreeMap;

use super::keuze::PrioriteitKeuze;
use super::{inhoud, open};
use crate::catalogus::{StrategischThema, Veld};
use crate::document::{
    Begroting, Effectindicator, IndicatorBron, IndicatorSoort, Invulbaar, Ivp, LokaleParagraaf,
    Periode, Post, ThemaVerwijzing, Themauitwerking, VeldSamenvatting,
};
use crate::methode::{IvpHoofdstuk, SturingVoorziening};
use crate::raakvlakken::{self, ThemaSet};
use strum::VariantArray;

/// What a skeleton IVP is built from.
#[doc(alias = "skeleton")]
#[doc(alias = "template")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct IvpOpties {
    /// The gemeente or gemeenten (a joint IVP).
    pub gemeenten: Vec<String>,
    /// The plan period.
    pub periode: Periode,
    /// The chosen priorities, in order.
    pub prioriteiten: Vec<PrioriteitKeuze>,
}

impl IvpOpties {
    /// Options for these gemeenten, period and priorities.
    #[must_use]
    pub fn new(
        gemeenten: impl IntoIterator<Item = impl Into<String>>,
        periode: Periode,
        prioriteiten: Vec<PrioriteitKeuze>,
    ) -> Self {
        IvpOpties {
            gemeenten: gemeenten.into_iter().map(Into::into).collect(),
            periode,
            prioriteiten,
        }
    }
}

/// Builds a skeleton IVP: every chapter present, pre-filled with what the handbook offers for
/// the chosen priorities, and every open field an explicit placeholder ("in te vullen").
///
/// The remaining themes become the overige strategische thema's, clustered per veld: the
/// handbook's "kanteling" of step 3.
///
/// # Example
///
/// ```
/// use kernbeleid::controle::controleer_ivp;
/// use kernbeleid::document::Periode;
/// use kernbeleid::skelet::{ivp, IvpOpties, PrioriteitKeuze};
///
/// let opties = IvpOpties::new(
///     ["Utrecht"],
///     "2027-2030".parse::<Periode>()?,
///     PrioriteitKeuze::lijst("1.3,5.2,3.2")?,
/// );
/// let skelet = ivp(&opties);
/// assert_eq!(skelet.prioriteiten.len(), 3);
/// assert_eq!(skelet.prioriteiten[0].effectindicatoren.len(), 2);
/// let rapport = controleer_ivp(&skelet);
/// assert_eq!((rapport.fouten(), rapport.waarschuwingen()), (0, 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "skeleton")]
#[doc(alias = "template")]
#[must_use]
pub fn ivp(opties: &IvpOpties) -> Ivp {
    let mut ivp = Ivp::new(opties.gemeenten.iter().cloned(), opties.periode);
    let wie = opties.gemeenten.join(", ");
    ivp.titel = Some(format!(
        "Integraal Veiligheidsplan {wie} {}",
        opties.periode
    ));

    // Chapter 1: a section per veld with its essence.
    ivp.uitgangssituatie.velden = Veld::VARIANTS
        .iter()
        .copied()
        .map(|veld| VeldSamenvatting {
            veld,
            samenvatting: Some(open(format!(
                "korte schets van de veiligheidssituatie en de lopende aanpak in veld {} ({}), met cijfers uit de veiligheidsanalyse. Het veld omvat: {}",
                veld.nummer(),
                veld.naam(),
                veld.gegevens().essentie
            ))),
        })
        .collect();

    // Chapter 2: the strategic goal, with the handbook's overarching indicators and the two
    // strategic themes it places here.
    let h2 = IvpHoofdstuk::VARIANTS[1].gegevens();
    let d = &mut ivp.strategische_doelstelling;
    d.kwalitatief = vec![
        open(format!(
            "waar wil {wie} in {} staan met de veiligheid? {}",
            opties.periode.tot.format("%Y"),
            h2.inhoud.join(" ")
        )),
        open(format!(
            "gedigitaliseerde criminaliteit ({}) als doorsnijdend, overkoepelend thema: de handreiking beveelt aan het hier te introduceren",
            StrategischThema::GedigitaliseerdeCriminaliteit.code()
        )),
    ];
    d.verbindingen = vec![open(format!(
        "belang en reikwijdte van een effectieve verbinding zorg en veiligheid ({})",
        StrategischThema::ZorgEnVeiligheid.code()
    ))];
    d.kwantitatief = vec![
        overstijgend(
            "Totaalvolume criminaliteit (politieregistratie/misdrijven)",
            IndicatorBron::Politieregistratie,
            IndicatorSoort::Objectief,
        ),
        overstijgend(
            "Veiligheidsgevoel bewoners (Veiligheidsmonitor)",
            IndicatorBron::Veiligheidsmonitor,
            IndicatorSoort::Subjectief,
        ),
    ];

    // Chapter 3.
    ivp.strategische_uitgangspunten = vec![
        open(format!(
            "de overstijgende rode draden van de aanpak; {}",
            IvpHoofdstuk::VARIANTS[2].gegevens().inhoud.join(" ")
        )),
        open(format!(
            "het 'hoe' van de verbinding zorg en veiligheid ({})",
            StrategischThema::ZorgEnVeiligheid.code()
        )),
        open(format!(
            "informatie- en risicogestuurd werken: informatiemanagement ({})",
            StrategischThema::Informatiemanagement.code()
        )),
    ];

    // Chapter 4.
    let gekozen: ThemaSet = opties
        .prioriteiten
        .iter()
        .flat_map(|p| inhoud::alle_kbv(&p.themas))
        .collect();
    ivp.prioriteiten = opties
        .prioriteiten
        .iter()
        .map(|keuze| prioriteit(keuze, &wie))
        .collect();

    // Chapter 5: the rest, clustered per veld.
    ivp.overige_themas = Veld::VARIANTS
        .iter()
        .copied()
        .filter_map(|veld| {
            let rest: Vec<ThemaVerwijzing> = veld
                .themas()
                .iter()
                .filter(|t| !gekozen.contains(**t))
                .map(|t| ThemaVerwijzing::Kbv(*t))
                .collect();
            if rest.is_empty() {
                return None;
            }
            let mut o = Themauitwerking::new(
                format!("Overige thema's van veld {} {}", veld.nummer(), veld.naam()),
                rest,
            );
            o.hoofdlijnen_aanpak = vec![open(
                "de lopende aanpak (going concern) van deze thema's, minder uitgebreid dan bij de prioriteiten",
            )];
            o.digitale_component = Some(open(inhoud::digitaal_aanwijzing("deze thema's")));
            Some(o)
        })
        .collect();

    // A joint IVP: a local-specific paragraph per gemeente ("Een IVP met meerdere gemeenten").
    if opties.gemeenten.len() > 1 {
        ivp.lokale_paragrafen = opties
            .gemeenten
            .iter()
            .map(|g| LokaleParagraaf {
                gemeente: g.clone(),
                toelichting: Some(open(format!(
                    "lokaal-specifieke prioriteiten en overige thema's van {g}, met de lokale aanpak"
                ))),
                prioriteiten: Vec::new(),
                overige_themas: Vec::new(),
            })
            .collect();
    }

    // Chapter 6: the three sturing voorzieningen of step 6 and the beleidscyclus.
    let c = &mut ivp.coordinatie;
    c.ambtelijk = Some(open("ambtelijke coördinatie over het beleid"));
    c.bestuurlijk = Some(open("bestuurlijke coördinatie over het beleid"));
    c.beleidscyclus = Some(open(
        "de beleidscyclus: jaarlijks uitvoeringsplan, tussenevaluatie, voortgangsbewaking",
    ));
    c.voorzieningen = SturingVoorziening::VARIANTS
        .iter()
        .copied()
        .map(|s| (s, open(format!("{}: {}", s.naam(), s.gegevens().tekst))))
        .collect::<BTreeMap<_, _>>();

    // Chapter 7.
    ivp.begroting = Begroting {
        toelichting: Some(open(IvpHoofdstuk::VARIANTS[6].gegevens().inhoud.join(" "))),
        posten: ivp
            .prioriteiten
            .iter()
            .map(|p| Post {
                omschrijving: format!("Prioriteit: {}", p.naam),
                bedrag_euro: Some(Invulbaar::in_te_vullen("bedrag in euro per jaar")),
            })
            .collect(),
    };
    ivp
}

fn overstijgend(naam: &str, bron: IndicatorBron, soort: IndicatorSoort) -> Effectindicator {
    let mut ind = Effectindicator::new(naam);
    ind.bron = Some(bron);
    ind.soort = Some(soort);
    inhoud::open_metingen(&mut ind);
    ind
}

fn prioriteit(keuze: &PrioriteitKeuze, wie: &str) -> Themauitwerking {
    let mut p = Themauitwerking::new(keuze.naam(), keuze.themas.iter().copied());
    let uitleg: Vec<String> = keuze
        .themas
        .iter()
        .map(|t| format!("{} {}: {}", t.code(), t.naam(), inhoud::uitleg(*t)))
        .collect();
    p.toelichting = Some(open(format!(
        "waarom is dit prioritair in {wie}? Uit de handreiking: {}",
        uitleg.join(" ")
    )));
    p.hoofdlijnen_aanpak = vec![open(
        "de hoofdlijnen van de aanpak in de komende jaren; concretisering volgt in het uitvoeringsplan (zie de kandidaat-maatregelen)",
    )];
    p.flankerend_beleid = vec![open(
        "flankerend beleid, vooral van de gemeente (zorg- en welzijnsbeleid, participatiebeleid, wijkmanagement/gebiedsgericht werken)",
    )];
    p.doelstelling_kwalitatief = vec![open(
        "de kwalitatieve doelstelling ('missie') voor deze prioriteit",
    )];
    p.effectindicatoren = inhoud::indicatoren(&keuze.themas);
    p.digitale_component = Some(open(inhoud::digitaal_aanwijzing("deze prioriteit")));
    let a = inhoud::aanpak(&keuze.themas);
    p.partners = a.partners;
    p.maatregelen = a.maatregelen.into_iter().map(Invulbaar::Waarde).collect();
    p.wet_en_regelgeving = a.wet_en_regelgeving;
    let eigen: ThemaSet = inhoud::alle_kbv(&keuze.themas).collect();
    p.raakvlakken = raakvlakken::onbewaakt(eigen)
        .iter()
        .map(ThemaVerwijzing::Kbv)
        .collect();
    p
}
