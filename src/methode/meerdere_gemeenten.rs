//! "Een IVP met meerdere gemeenten" (p. 13): a joint IVP, its pros and cons, and how the six
//! steps change.

use serde::Serialize;

use super::{Opsomming, Stap};
use crate::Bron;

const BRON: Bron = Bron::new("Een IVP met meerdere gemeenten", Some(13));

/// How one or more steps of the stappenplan look for an IVP of several gemeenten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StapBijMeerdereGemeenten {
    /// The bold lead as printed, for example `"Stap 2 en 3: Veiligheidsanalyse en prioritering"`.
    pub kop: &'static str,
    /// The steps the item covers.
    pub stappen: &'static [Stap],
    /// The explanation after the lead, as printed.
    pub tekst: &'static str,
    /// Where it stands: "Een IVP met meerdere gemeenten", p. 13.
    pub bron: Bron,
}

/// What the handbook says about an IVP of several gemeenten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GezamenlijkIvp {
    /// The introduction (about 25% of IVP's are joint).
    pub inleiding: &'static str,
    /// The voordelen (advantages), each item one bullet.
    pub voordelen: Opsomming,
    /// The nadelen (disadvantages), each item one bullet.
    pub nadelen: Opsomming,
    /// The paragraph introducing the adapted steps.
    pub stappen_inleiding: &'static str,
    /// The adapted steps, in order (steps 2 and 3 form one item).
    pub stappen: &'static [StapBijMeerdereGemeenten],
    /// The guidance on common versus local parts of a joint IVP, quoted from the item for
    /// step 4: joint prioriteiten with a joint aanpak, plus lokaal-specifieke paragrafen.
    pub gezamenlijk_en_lokaal: &'static str,
    /// Where it stands: "Een IVP met meerdere gemeenten", p. 13.
    pub bron: Bron,
}

/// "Een IVP met meerdere gemeenten".
///
/// # Example
///
/// ```
/// use kernbeleid::methode::{bij_meerdere_gemeenten, Stap, GEZAMENLIJK_IVP};
///
/// assert_eq!(GEZAMENLIJK_IVP.voordelen.len(), 3);
/// assert_eq!(GEZAMENLIJK_IVP.nadelen.len(), 4);
/// assert_eq!(
///     bij_meerdere_gemeenten(Stap::Prioritering).kop,
///     "Stap 2 en 3: Veiligheidsanalyse en prioritering"
/// );
/// ```
pub const GEZAMENLIJK_IVP: GezamenlijkIvp = GezamenlijkIvp {
    inleiding: "Het aantal 'gezamenlijke' IVP's – van meerdere gemeenten – neemt toe. In de meeste gevallen gaat om een IVP op het niveau van het basisteam van de politie. Naar schatting 25% van de IVP's is een gezamenlijk IVP.",
    voordelen: Opsomming {
        kop: None,
        inleiding: Some("Een gezamenlijk IVP heeft zeker voordelen:"),
        items: &[
            "de deelnemende gemeenten hebben dezelfde visie op en aanpak van belangrijke veiligheidsthema's en kunnen elkaar dan ook goed versterken",
            "zij kunnen gemakkelijker taken/thema's verdelen",
            "de aansturing van de politie is robuust – er is één bestuurlijk geluid.",
        ],
        bron: BRON,
    },
    nadelen: Opsomming {
        kop: None,
        inleiding: Some("Een gezamenlijk IVP heeft ook nadelen:"),
        items: &[
            "het risico bestaat dat gemeenten op elkaar moeten 'wachten' in de uitvoeringsfase – de aanpak rond thema's zal vaker een collectieve inspanning vergen",
            "de beleidsontwikkeling en -vaststelling zijn complexer, kunnen stroperig worden",
            "de samenwerkende afdelingen OOV zijn in zo'n gezamenlijk beleidsproces vrij sterk naar buiten, op bovenlokale samenwerking gericht – dit kant en koste kan gaan van de zo noodzakelijke interne integrale samenwerking rond het IVP",
            "lokale prioriteiten en mogelijkheden in de aanpak krijgen mogelijk minder ruimte en aandacht dan wenselijk is.",
        ],
        bron: BRON,
    },
    stappen_inleiding: "Het zes-stappenplan zoals hiervoor beschreven gaat primair uit van een IVP voor één gemeente. Voor een IVP van meerdere gemeenten moeten globaal dezelfde stappen worden gezet, echter in een iets andere vorm. Hieronder wordt kort belicht hoe de stappen er dan uit kunnen zien.",
    stappen: &[
        StapBijMeerdereGemeenten {
            kop: "Stap 1: Opstart",
            stappen: &[Stap::Opstart],
            tekst: "Deze stap wordt in afstemming tussen de gemeenten gezet. Voor de hand ligt het dat er een identieke startnotitie (Plan van Aanpak) is die lokaal door de Colleges en mogelijk de Raden wordt vastgesteld.",
            bron: BRON,
        },
        StapBijMeerdereGemeenten {
            kop: "Stap 2 en 3: Veiligheidsanalyse en prioritering",
            stappen: &[Stap::Veiligheidsanalyse, Stap::Prioritering],
            tekst: "Deze twee stappen worden vooral lokaal, in elke gemeente afzonderlijk gezet. Waarbij wel dezelfde methodiek wordt gevolgd. Wat resulteert is een verzameling van lokale prioriteiten en overige strategische thema's van de deelnemende gemeenten. De keuzes in de verschillende gemeenten zullen onderling de nodige overlap hebben. In een tussenstap (Stap 3a) op weg naar het opstellen van het IVP kan een passende set bovenlokale (gezamenlijke) en lokaal-specifieke prioriteiten en overige thema's worden bepaald, waarbij ook rekening wordt gehouden met de prioriteiten op eenheidsniveau.",
            bron: BRON,
        },
        StapBijMeerdereGemeenten {
            kop: "Stap 4: Opstellen IVP",
            stappen: &[Stap::OpstellenIvp],
            tekst: "Deze stap wordt gezamenlijk gezet door de gemeenten. Er wordt toegewerkt naar een IVP met een set gezamenlijke prioriteiten en overige thema's (inclusief een identieke, gezamenlijke aanpak) én lokaal-specifieke paragrafen met lokale prioriteiten en overige thema's (plus lokale aanpak). Het IVP wordt vervolgens in elke gemeente vastgesteld door de Raad. Waarbij eventueel alleen de voor betreffende gemeente relevante lokaal-specifieke paragrafen in het IVP worden opgenomen (- maatwerk-IVP's wat betreft het lokale deel).",
            bron: BRON,
        },
        StapBijMeerdereGemeenten {
            kop: "Stap 5: Opstellen Uitvoeringsplan",
            stappen: &[Stap::OpstellenUitvoeringsplan],
            tekst: "Ook deze stap wordt gezamenlijk gezet, in elk geval wat betreft de gezamenlijke prioriteiten en overige strategische thema's. De lokale thema's worden per gemeente van een passende set maatregelen voorzien, waarbij wel de onderlinge aansluiting bewaakt wordt. Het Uitvoeringsplan wordt in elke gemeente door het College vastgesteld.",
            bron: BRON,
        },
        StapBijMeerdereGemeenten {
            kop: "Stap 6: Van beleid naar uitvoering",
            stappen: &[Stap::VanBeleidNaarUitvoering],
            tekst: "De sturing op IVP en Uitvoeringsplan wordt in nauwe onderlinge afstemming en samenwerking gedaan. Er zijn gezamenlijke voortgangsrapportages en ambtelijke en bestuurlijke sturings- en regiementen/-overleggen op het basisteamniveau.",
            bron: BRON,
        },
    ],
    gezamenlijk_en_lokaal: "Er wordt toegewerkt naar een IVP met een set gezamenlijke prioriteiten en overige thema's (inclusief een identieke, gezamenlijke aanpak) én lokaal-specifieke paragrafen met lokale prioriteiten en overige thema's (plus lokale aanpak). Het IVP wordt vervolgens in elke gemeente vastgesteld door de Raad. Waarbij eventueel alleen de voor betreffende gemeente relevante lokaal-specifieke paragrafen in het IVP worden opgenomen (- maatwerk-IVP's wat betreft het lokale deel).",
    bron: BRON,
};

/// How `stap` looks for an IVP of several gemeenten (steps 2 and 3 share one item).
#[must_use]
pub fn bij_meerdere_gemeenten(stap: Stap) -> &'static StapBijMeerdereGemeenten {
    let index = match stap {
        Stap::Opstart => 0,
        Stap::Veiligheidsanalyse | Stap::Prioritering => 1,
        Stap::OpstellenIvp => 2,
        Stap::OpstellenUitvoeringsplan => 3,
        Stap::VanBeleidNaarUitvoering => 4,
    };
    &GEZAMENLIJK_IVP.stappen[index]
}
