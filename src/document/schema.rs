//! JSON Schemas of the documents, for tools not written in Rust.
//!
//! The schema is output a person reads (in an editor that completes a plan from it, in a form
//! built from it), so its descriptions are Dutch, like all other output of the crate. They live
//! in one table here, [`BESCHRIJVINGEN`], keyed by definition and place; the descriptions
//! schemars takes from the (English) rustdoc are replaced by them, and the tests fail when a
//! definition or property of any of the four documents has no Dutch description, or when an
//! entry of the table is no longer used.

use serde_json::{Map, Value};

use super::analyse::Veiligheidsanalyse;
use super::ivp::Ivp;
use super::soort::DocumentSoort;
use super::uitvoeringsplan::Uitvoeringsplan;
use super::voortgang::Voortgangsrapportage;

/// The description of `ongeplaatst`, a key of every document an import writes.
/// `eigen_namen`, in each type that names its themes.
const EIGEN_NAMEN: &str = "De eigen namen van het plan voor de thema's, elk met de codes en \
                           waarom. Een eigen naam in `themas` die de catalogus eenduidig \
                           herkent, wordt als code gelezen en hier bewaard.";

const ONGEPLAATST: &str = "Tekst van een ingelezen plan (`kbv importeer`) die geen plaats in een \
    veld vond, in de volgorde van het plan onder de kop waaronder ze stond: er gaat niets \
    verloren. Verplaats ze naar het juiste veld, of laat ze staan.";

impl DocumentSoort {
    /// The JSON Schema (draft 2020-12) of this kind of document, as a JSON value.
    ///
    /// The schema describes what the reader accepts: required keys, `additionalProperties:
    /// false` on every table, themes as codes (a name is accepted too), placeholders
    /// `{ "in_te_vullen": "..." }` where a field may be left open. Its descriptions are Dutch
    /// and written for whoever fills in a plan: what to write in each field, in the handbook's
    /// words where it has them.
    ///
    /// Available with the crate feature `schema`.
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::document::DocumentSoort;
    ///
    /// let schema = DocumentSoort::Ivp.schema();
    /// assert_eq!(schema["title"], "Ivp");
    /// assert_eq!(schema["required"], serde_json::json!(["gemeenten", "periode"]));
    /// assert_eq!(schema["properties"]["periode"]["description"], "De jaren die het plan beslaat.");
    /// ```
    #[must_use]
    pub fn schema(self) -> Value {
        let mut waarde = self.schema_met_rustdoc();
        vertaal(&mut waarde);
        waarde
    }

    /// The schema as schemars derives it, with the rustdoc as descriptions.
    fn schema_met_rustdoc(self) -> Value {
        let schema = match self {
            DocumentSoort::Ivp => schemars::schema_for!(Ivp),
            DocumentSoort::Uitvoeringsplan => schemars::schema_for!(Uitvoeringsplan),
            DocumentSoort::Analyse => schemars::schema_for!(Veiligheidsanalyse),
            DocumentSoort::Voortgang => schemars::schema_for!(Voortgangsrapportage),
        };
        schema.to_value()
    }
}

/// Dutch descriptions: per definition (the root under its `title`, the others under their name
/// in `$defs`; every `Invulbaar_T` under `Invulbaar`), per place within it.
///
/// A place is `""` for the definition itself, a property name (`"titel"`), a path through nested
/// properties (`"voorzieningen/informatiepositie"`), the `const` of a variant of an enum
/// (`"raad"`), or the index of an `anyOf` alternative (`"1"`).
const BESCHRIJVINGEN: &[(&str, &[(&str, &str)])] = &[
    // The voortgangsrapportage (part 1, "Sturing").
    (
        "Voortgangsrapportage",
        &[
            (
                "",
                "Periodieke voortgangsrapportage Integrale Veiligheid (deel 1, 'Sturing'): de \
                 stand van de maatregelen van het uitvoeringsplan en wat de effectindicatoren \
                 van het IVP sinds de nulmeting hebben gemeten; over een heel jaar het \
                 'jaarbeeld' als basis voor het nieuwe uitvoeringsplan. Verplicht: \
                 `gemeenten`, `peildatum`.",
            ),
            (
                "gemeenten",
                "De gemeente, of de gemeenten van een gezamenlijk plan, bij naam.",
            ),
            ("titel", "De titel van de rapportage."),
            (
                "plan",
                "Het IVP waarover de rapportage gaat: titel en periode.",
            ),
            (
                "uitvoeringsplan",
                "Het uitvoeringsplan waarvan de maatregelen worden gevolgd.",
            ),
            (
                "peildatum",
                "De dag waarop cijfers en stand van de maatregelen betrekking hebben.",
            ),
            (
                "rapportageperiode",
                "De periode waarover gerapporteerd wordt: kwartaal, halfjaar of jaar.",
            ),
            (
                "samenvatting",
                "De ontwikkeling van veiligheidsbeeld en aanpak, 'beknopt gekarakteriseerd'.",
            ),
            (
                "maatregelen",
                "Per maatregel van het uitvoeringsplan de stand.",
            ),
            (
                "indicatoren",
                "Per effectindicator de waarden die sinds de nulmeting zijn gemeten.",
            ),
        ],
    ),
    (
        "UitvoeringsplanVerwijzing",
        &[
            ("", "Het uitvoeringsplan waarover gerapporteerd wordt."),
            ("jaar", "Het jaar van het uitvoeringsplan."),
            ("titel", "De titel van het uitvoeringsplan."),
        ],
    ),
    (
        "Rapportageperiode",
        &[
            (
                "",
                "De periode van de rapportage; elke begindag mag, ook een jaar van maart tot \
                 maart.",
            ),
            ("soort", "Kwartaal, halfjaar of jaar."),
            ("van", "De eerste dag, als JJJJ-MM-DD."),
            ("tot", "De laatste dag (inbegrepen), als JJJJ-MM-DD."),
        ],
    ),
    (
        "PeriodeSoort",
        &[
            ("", "Hoe lang de rapportageperiode is."),
            ("kwartaal", "Drie maanden: het kwartaaloverleg."),
            (
                "halfjaar",
                "Zes maanden, zoals de halfjaarcijfers van de politie.",
            ),
            ("jaar", "Een jaar: het jaarbeeld."),
        ],
    ),
    (
        "MaatregelVoortgang",
        &[
            ("", "De stand van één maatregel van het uitvoeringsplan."),
            (
                "maatregel",
                "De maatregel, met de omschrijving die het uitvoeringsplan gebruikt.",
            ),
            (
                "prioriteit",
                "De prioriteit of het overige thema waaronder de maatregel staat, bij naam.",
            ),
            (
                "status",
                "Niet gestart, loopt, vertraagd, afgerond of vervallen.",
            ),
            (
                "toelichting",
                "Een korte toelichting: wat er gedaan is, waarom het later wordt, waarom de \
                 maatregel vervalt.",
            ),
        ],
    ),
    (
        "MaatregelStatus",
        &[
            ("", "De stand van een maatregel."),
            ("niet_gestart", "Nog niet begonnen."),
            ("loopt", "Loopt volgens planning."),
            ("vertraagd", "Loopt, later dan gepland."),
            ("afgerond", "Klaar."),
            ("vervallen", "Gaat niet meer door."),
        ],
    ),
    (
        "IndicatorVoortgang",
        &[
            (
                "",
                "De waarden van één effectindicator van het IVP, gemeten sinds de nulmeting.",
            ),
            ("naam", "De indicator, met de naam die het IVP gebruikt."),
            (
                "prioriteit",
                "De prioriteit van het IVP waar de indicator bij hoort, als de naam alleen niet \
                 uniek is.",
            ),
            ("metingen", "De gemeten waarden, elk met datum en bron."),
            ("toelichting", "Wat de cijfers betekenen, in eigen woorden."),
        ],
    ),
    (
        "GemetenWaarde",
        &[
            (
                "",
                "Eén gemeten waarde met datum en bron; bij een enquête de marge, bij een \
                 gewijzigde meetwijze de breuk.",
            ),
            (
                "datum",
                "De dag waarop de waarde betrekking heeft (bij een jaarcijfer de laatste dag), \
                 als JJJJ-MM-DD.",
            ),
            ("waarde", "De waarde, als getal."),
            (
                "bron",
                "Waar de waarde vandaan komt: politieregistratie, veiligheidsmonitor, gemeente \
                 of een andere bron.",
            ),
            (
                "marge",
                "Bij een enquête (Veiligheidsmonitor): de halve breedte van het 95%-\
                 betrouwbaarheidsinterval, in de eenheid van de waarde.",
            ),
            (
                "eenheid",
                "De eenheid, als die afwijkt van het IVP of verandert (\"per 1.000 \
                 inwoners\").",
            ),
            (
                "breuk",
                "Een breuk in de reeks vóór deze waarde: waarom ze niet te vergelijken is met \
                 de eerdere (\"registratiewijziging politie\").",
            ),
        ],
    ),
    // The IVP (step 4).
    (
        "Ivp",
        &[
            (
                "",
                "Integraal Veiligheidsplan (stap 4 van Kernbeleid Veiligheid): de zeven \
                 hoofdstukken uitgangssituatie, strategische doelstelling, strategische \
                 uitgangspunten, prioriteiten, overige strategische thema's, coördinatie en \
                 beleidscyclus, begroting. Een IVP van meer gemeenten noemt ze allemaal in \
                 `gemeenten` en zet wat per gemeente verschilt in `lokale_paragrafen`. \
                 Verplicht: `gemeenten`, `periode`, en `naam` en `themas` van elke prioriteit en \
                 elk overig thema.",
            ),
            (
                "titel",
                "De titel van het plan, zoals het plan die zelf geeft.",
            ),
            (
                "gemeenten",
                "De gemeente, of de gemeenten van een gezamenlijk IVP, bij naam.",
            ),
            ("periode", "De jaren die het plan beslaat."),
            (
                "vaststelling",
                "Wanneer en door wie het plan is vastgesteld: \"De Gemeenteraad stelt het IVP \
                 vast\", bij meer gemeenten de raad van elke gemeente.",
            ),
            (
                "vindplaats",
                "Waar het vastgestelde plan gepubliceerd is, bijvoorbeeld het adres in het CVDR.",
            ),
            (
                "partners",
                "De partners met wie het plan als geheel is gemaakt en wordt uitgevoerd; de \
                 partners per thema staan bij dat thema.",
            ),
            (
                "analyse",
                "De veiligheidsanalyse waarop het plan rust, met haar jaar (van vóór de \
                 periode) en titel.",
            ),
            (
                "inleiding_prioriteiten",
                "De inleiding op hoofdstuk 4: waarom juist deze prioriteiten, de keuze uit de \
                 veiligheidsanalyse.",
            ),
            (
                "going_concern",
                "Hoofdstuk 5: de verklaring dat elk thema dat het plan niet noemt doorloopt als \
                 going concern, \"de niet-prioritaire hoofdthema's (zgn. 'overige strategische \
                 thema's', going concernthema's)\".",
            ),
            (
                "uitgangssituatie",
                "Hoofdstuk 1, Uitgangssituatie: een korte schets van de veiligheidssituatie en \
                 lopende aanpak op de vijf veiligheidsvelden.",
            ),
            (
                "strategische_doelstelling",
                "Hoofdstuk 2, Strategische doelstelling: waar wil de gemeente aan het eind van de \
                 periode 'staan' met de veiligheid?",
            ),
            (
                "strategische_uitgangspunten",
                "Hoofdstuk 3, Strategische uitgangspunten: de hoofdlijnen van het 'hoe', de rode \
                 draden door de aanpak heen.",
            ),
            (
                "prioriteiten",
                "Hoofdstuk 4, Prioriteiten: de uitwerking van elk prioritair thema (het handboek \
                 raadt drie à vier prioriteiten aan).",
            ),
            (
                "overige_themas",
                "Hoofdstuk 5, Overige strategische thema's: thema's die aandacht houden zonder \
                 prioriteit te zijn ('going concern'), in hetzelfde format als de prioriteiten.",
            ),
            (
                "coordinatie",
                "Hoofdstuk 6, Coördinatie, beleidscyclus: ambtelijke en bestuurlijke coördinatie, \
                 beleidscyclus, sturing en voortgangsbewaking.",
            ),
            (
                "begroting",
                "Hoofdstuk 7, Begroting: de financiële basis van het plan.",
            ),
            (
                "buiten_beschouwing",
                "Thema's die het plan bewust buiten beschouwing laat, elk met de reden.",
            ),
            (
                "lokale_paragrafen",
                "Bij een IVP van meer gemeenten: per gemeente de lokaal-specifieke paragraaf met \
                 eigen prioriteiten en overige thema's.",
            ),
            ("ongeplaatst", ONGEPLAATST),
        ],
    ),
    // The uitvoeringsplan (step 5).
    (
        "Uitvoeringsplan",
        &[
            (
                "",
                "Uitvoeringsplan Integrale Veiligheid (stap 5), de 'operationele doorslag' van \
                 het IVP, in de regel voor één jaar: hoofdlijn IVP en beleidscyclus, terugblik, \
                 uitwerking van de prioriteiten en van de overige strategische thema's in \
                 actiepunten en maatregelen, begroting. Verplicht: `gemeenten`, `jaar`, en \
                 `naam` en `themas` van elk item; `ivp.periode` als het plan een IVP uitvoert.",
            ),
            (
                "titel",
                "De titel van het plan, zoals het plan die zelf geeft.",
            ),
            (
                "gemeenten",
                "De gemeente, of de gemeenten van een gezamenlijk uitvoeringsplan, bij naam.",
            ),
            ("jaar", "Het jaar waarvoor het uitvoeringsplan geldt."),
            (
                "ivp",
                "Het IVP dat dit plan uitvoert; weg bij een plan dat geen IVP uitvoert (een \
                 jaarplan met afspraken).",
            ),
            (
                "vaststelling",
                "Wanneer en door wie het plan is vastgesteld: \"Het College stelt het \
                 uitvoeringsplan vast\", bij meer gemeenten het college van elke gemeente.",
            ),
            (
                "hoofdlijn_ivp",
                "Hoofdstuk 1: de hoofdlijn van het IVP en de (effect)doelstellingen ervan.",
            ),
            (
                "beleidscyclus",
                "Hoofdstuk 1: een schets van de beleidscyclus.",
            ),
            (
                "terugblik",
                "Hoofdstuk 2, Terugblik: hoe het veiligheidsbeeld en de aanpak zich de afgelopen \
                 periode hebben ontwikkeld; vooral in vervolgplannen.",
            ),
            (
                "prioriteiten",
                "Hoofdstuk 3: de prioriteiten van het IVP, uitgewerkt in actiepunten en \
                 maatregelen.",
            ),
            (
                "overige_themas",
                "Hoofdstuk 4: de overige strategische thema's van het IVP, uitgewerkt in \
                 actiepunten en maatregelen.",
            ),
            (
                "begroting",
                "Hoofdstuk 5, Begroting: de financiële basis van het plan.",
            ),
            (
                "lokale_paragrafen",
                "Bij een gezamenlijk plan: per gemeente de maatregelen voor haar lokale thema's.",
            ),
            ("ongeplaatst", ONGEPLAATST),
        ],
    ),
    // The veiligheidsanalyse (step 2).
    (
        "Veiligheidsanalyse",
        &[
            (
                "",
                "Veiligheidsanalyse (stap 2): per thema van de vijf veiligheidsvelden de drieslag \
                 problematiek, huidige aanpak en extra acties of beleidsversterkingen; daarna \
                 per veld een voorstel voor prioriteiten. Verplicht: `gemeenten`, `jaar`, \
                 `themas`.",
            ),
            ("titel", "De titel van het rapport."),
            (
                "gemeenten",
                "De gemeente, of de gemeenten die samen analyseren, bij naam.",
            ),
            ("jaar", "Het jaar van de analyse."),
            ("themas", "De drieslag per veiligheidsthema."),
            (
                "aspecten",
                "Veld 1: per aanpak-aspect de huidige aanpak en mogelijke versterkingen.",
            ),
            (
                "voorstel_prioriteiten",
                "Per veld de thema's die de analyse als prioriteit voorstelt.",
            ),
            ("ongeplaatst", ONGEPLAATST),
        ],
    ),
    // The parts of the IVP.
    (
        "Uitgangssituatie",
        &[
            (
                "",
                "Hoofdstuk 1, Uitgangssituatie: \"een korte schets van de veiligheidssituatie en \
                 lopende aanpak op de vijf veiligheidsvelden\", in feite een samenvatting van de \
                 veiligheidsanalyse.",
            ),
            (
                "algemeen",
                "De veiligheidssituatie als geheel, als het plan die (ook) in één tekst schetst.",
            ),
            ("velden", "Per veiligheidsveld een korte samenvatting."),
            (
                "bronnen",
                "De bronnen van de analyse (veiligheidsmonitor, politiecijfers, een \
                 bewonersenquête), zoals het plan ze noemt.",
            ),
        ],
    ),
    (
        "VeldSamenvatting",
        &[
            (
                "",
                "De veiligheidssituatie en lopende aanpak in één veiligheidsveld.",
            ),
            ("veld", "Het veiligheidsveld, als nummer 1 tot en met 5."),
            (
                "samenvatting",
                "Korte schets van de veiligheidssituatie en de lopende aanpak in dit veld.",
            ),
        ],
    ),
    (
        "StrategischeDoelstelling",
        &[
            (
                "",
                "Hoofdstuk 2, Strategische doelstelling: \"waar willen we 'staan' in het jaar \
                 20.. met de veiligheid?\", met een kwalitatief en een kwantitatief deel.",
            ),
            (
                "kwalitatief",
                "Het kwalitatieve deel: de visie van het bestuur op veiligheid en leefbaarheid.",
            ),
            (
                "kwantitatief",
                "Het kwantitatieve deel: streefwaarden op overkoepelende indicatoren, zoals de \
                 totale geregistreerde criminaliteit of het veiligheidsgevoel van inwoners.",
            ),
            (
                "verbindingen",
                "De verbindingen met ander beleid en het Collegeprogramma, en met regionale en \
                 landelijke agenda's.",
            ),
        ],
    ),
    (
        "Themauitwerking",
        &[
            (
                "",
                "De uitwerking van een prioriteit (hoofdstuk 4) of van een overig strategisch \
                 thema (hoofdstuk 5), in hetzelfde format: toelichting, hoofdlijnen van de \
                 aanpak, flankerend beleid en doelstelling, kwalitatief en kwantitatief \
                 (effectindicatoren). Verplicht: `naam` en `themas`.",
            ),
            (
                "naam",
                "De eigen naam van het plan voor het thema, bijvoorbeeld \"Zorg & Veiligheid\".",
            ),
            (
                "andere_namen",
                "Andere namen die het plan voor hetzelfde thema gebruikt (een prioriteit die in \
                 het ene hoofdstuk \"Ondermijning\" heet en in het andere \"Georganiseerde \
                 criminaliteit\").",
            ),
            (
                "themas",
                "De thema's die het omvat: veiligheidsthema's als code (\"1.3\"), en strategische \
                 thema's (\"S1\") als het plan er een thema van maakt. Een naam mag ook.",
            ),
            ("eigen_namen", EIGEN_NAMEN),
            (
                "toelichting",
                "Toelichting: waar het thema lokaal over gaat en waarom het een prioriteit is.",
            ),
            (
                "hoofdlijnen_aanpak",
                "De hoofdlijnen van de aanpak in de komende jaren; het uitvoeringsplan maakt ze \
                 concreet.",
            ),
            (
                "flankerend_beleid",
                "Flankerend beleid, meestal van de gemeente zelf: zorg en welzijn, participatie, \
                 gebiedsgericht werken.",
            ),
            (
                "doelstelling_kwalitatief",
                "De kwalitatieve doelstellingen ('missie'): wat de gemeente met dit thema wil \
                 bereiken.",
            ),
            (
                "effectindicatoren",
                "De kwantitatieve doelstellingen: effectindicatoren met streefwaarden, twee à \
                 drie per prioriteit.",
            ),
            (
                "digitale_component",
                "De digitale kant van het thema: hoe de aanpak gedigitaliseerde criminaliteit \
                 meeneemt.",
            ),
            (
                "raakvlakken",
                "Thema's die raakvlakken hebben met dit thema en aandacht vragen.",
            ),
            (
                "partners",
                "Betrokken partners, intern en extern (een skelet stelt ze voor uit het \
                 handboek).",
            ),
            (
                "wet_en_regelgeving",
                "Wet- en regelgeving die voor dit thema van belang is.",
            ),
            (
                "maatregelen",
                "Mogelijke maatregelen (een skelet stelt ze voor uit het handboek).",
            ),
            (
                "deelthemas",
                "Deelthema's die het plan binnen dit thema onderscheidt, elk met eigen tekst.",
            ),
        ],
    ),
    (
        "Deelthema",
        &[
            (
                "",
                "Een deelthema binnen een prioriteit of overig thema, zoals plannen ze \
                 onderscheiden (bijvoorbeeld \"Jonge Aanwas\" binnen \"Jeugd & Veiligheid\").",
            ),
            ("naam", "De naam van het deelthema in het plan."),
            (
                "themas",
                "De thema's die het deelthema omvat, voor zover ze bij die van het thema komen.",
            ),
            ("eigen_namen", EIGEN_NAMEN),
            ("toelichting", "Toelichting op het deelthema."),
            ("hoofdlijnen_aanpak", "De eigen hoofdlijnen van de aanpak."),
            (
                "doelstelling_kwalitatief",
                "De eigen kwalitatieve doelstellingen.",
            ),
        ],
    ),
    (
        "Effectindicator",
        &[
            (
                "",
                "Een effectindicator: wat gemeten wordt, uit welke bron, de nulmeting en de \
                 streefwaarde. Het handboek vraagt er twee à drie per prioriteit, een mix van \
                 objectieve (bijvoorbeeld uit de politieregistratie) en subjectieve \
                 (bijvoorbeeld uit de Veiligheidsmonitor), met streefwaarden die realisme en \
                 ambitie in balans brengen. Verplicht: `naam`.",
            ),
            ("naam", "Wat gemeten wordt."),
            (
                "soort",
                "Objectief (registraties) of subjectief (enquêtes, beleving).",
            ),
            (
                "bron",
                "Waar de cijfers vandaan komen: politieregistratie, veiligheidsmonitor, gemeente, \
                 of een andere bron in eigen woorden.",
            ),
            (
                "eenheid",
                "De eenheid, bijvoorbeeld \"aantal per jaar\" of \"percentage inwoners\".",
            ),
            (
                "nulmeting",
                "De nulmeting: de waarde bij de start, met het jaar.",
            ),
            (
                "streefwaarde",
                "De streefwaarde en het jaar waarin die bereikt moet zijn.",
            ),
            (
                "richting",
                "De gewenste richting, als het plan die noemt in plaats van (of naast) een getal.",
            ),
            (
                "reeks",
                "Gemeten waarden per jaar, als lijst van `{ jaar, waarde }`; elk jaar hooguit \
                 één keer.",
            ),
            (
                "toelichting",
                "Toelichting in de woorden van het plan: waarom deze indicator, wat de \
                 streefwaarde betekent.",
            ),
        ],
    ),
    (
        "IndicatorSoort",
        &[
            ("", "Objectieve of subjectieve indicator (handboek p. 14)."),
            (
                "objectief",
                "Geregistreerde feiten, bijvoorbeeld uit de politieregistratie.",
            ),
            (
                "subjectief",
                "Beleving, bijvoorbeeld uit de Veiligheidsmonitor.",
            ),
        ],
    ),
    (
        "IndicatorBron",
        &[(
            "",
            "Waar de cijfers vandaan komen: `politieregistratie`, `veiligheidsmonitor`, \
             `gemeente`, of een andere bron in eigen woorden.",
        )],
    ),
    (
        "Richting",
        &[
            ("", "De richting waarin de indicator moet bewegen."),
            ("dalen", "Moet dalen (criminaliteit, overlast)."),
            (
                "stijgen",
                "Moet stijgen (veiligheidsgevoel, aangiftebereidheid).",
            ),
            (
                "gelijk",
                "Moet gelijk blijven (\"dat willen we zo houden\").",
            ),
        ],
    ),
    (
        "Meting",
        &[
            ("", "Een gemeten waarde of streefwaarde in een jaar."),
            ("jaar", "Het jaar."),
            ("waarde", "De waarde, als getal."),
        ],
    ),
    (
        "Coordinatie",
        &[
            (
                "",
                "Hoofdstuk 6, Coördinatie, beleidscyclus: \"de karakteristieken van de ambtelijke \
                 en bestuurlijke coördinatie over het beleid, de beleidscyclus, sturing en \
                 voortgangsbewaking, informatiepositie\", met de drie voorzieningen voor sturing \
                 van stap 6.",
            ),
            ("ambtelijk", "Hoe de ambtelijke coördinatie is geregeld."),
            (
                "bestuurlijk",
                "Hoe de bestuurlijke coördinatie is geregeld (college, driehoek).",
            ),
            (
                "beleidscyclus",
                "De beleidscyclus: uitvoeringsplannen, evaluatie, bijstelling.",
            ),
            (
                "voorzieningen",
                "Hoe elk van de drie voorzieningen voor sturing in de uitvoeringsfase is \
                 geregeld.",
            ),
            (
                "voorzieningen/voortgangsoverleg",
                "Het voortgangsoverleg: wie met wie, hoe vaak, over de voortgang van de aanpak.",
            ),
            (
                "voorzieningen/voortgangsrapportage",
                "De voortgangsrapportage: wat wanneer aan wie wordt gerapporteerd.",
            ),
            (
                "voorzieningen/informatiepositie",
                "De informatiepositie: welke informatie de gemeente verzamelt en deelt om te \
                 kunnen sturen.",
            ),
        ],
    ),
    (
        "BuitenBeschouwing",
        &[
            (
                "",
                "Een thema dat het plan bewust buiten beschouwing laat, met de reden.",
            ),
            ("thema", "Het thema, als code of naam."),
            (
                "reden",
                "Waarom het buiten beschouwing blijft (bijvoorbeeld: het hoort bij ander beleid).",
            ),
        ],
    ),
    (
        "LokaleParagraaf",
        &[
            (
                "",
                "De lokaal-specifieke paragraaf van één gemeente in een IVP van meer gemeenten: \
                 haar eigen prioriteiten en overige thema's, met haar eigen aanpak.",
            ),
            (
                "gemeente",
                "De gemeente; een van de `gemeenten` van het IVP.",
            ),
            ("toelichting", "Toelichting op de lokale paragraaf."),
            ("prioriteiten", "De lokale prioriteiten."),
            ("overige_themas", "De lokale overige thema's."),
        ],
    ),
    (
        "AnalyseVerwijzing",
        &[
            (
                "",
                "De veiligheidsanalyse (stap 2) waarop het plan rust: \"Verankering in een \
                 gedegen veiligheidsanalyse is een voorwaarde\".",
            ),
            ("jaar", "Het jaar van de analyse."),
            ("titel", "De titel van de analyserapportage."),
        ],
    ),
    // The parts of the uitvoeringsplan.
    (
        "IvpVerwijzing",
        &[
            ("", "Het IVP dat het uitvoeringsplan uitvoert."),
            ("titel", "De titel van het IVP."),
            ("periode", "De periode van het IVP."),
        ],
    ),
    (
        "Terugblik",
        &[
            (
                "",
                "Hoofdstuk 2, Terugblik: de ontwikkelingen in het veiligheidsbeeld en in de \
                 aanpak in de afgelopen periode; zo hebben vervolgplannen ook een evaluerende \
                 functie.",
            ),
            (
                "veiligheidsbeeld",
                "Hoe het veiligheidsbeeld zich heeft ontwikkeld.",
            ),
            (
                "aanpak",
                "Hoe de aanpak is verlopen: maatregelen uitgevoerd zoals gepland, bijstellingen.",
            ),
        ],
    ),
    (
        "UitvoeringsItem",
        &[
            (
                "",
                "Een prioriteit of overig thema van het IVP, uitgewerkt voor het jaar in \
                 items/actiepunten die elk concrete maatregelen bundelen.",
            ),
            ("naam", "De naam, zoals in het IVP."),
            ("themas", "De thema's die het omvat, zoals in het IVP."),
            ("eigen_namen", EIGEN_NAMEN),
            (
                "doelen",
                "De (effect)doelstellingen van het IVP voor dit thema, kort herhaald.",
            ),
            ("actiepunten", "De items/actiepunten."),
        ],
    ),
    (
        "Actiepunt",
        &[
            (
                "",
                "Een item/actiepunt: \"logische clusterings van de concretere maatregelen\", \
                 eventueel gekoppeld aan een hoofdlijn van de aanpak in het IVP.",
            ),
            ("naam", "De naam van het cluster."),
            (
                "toelichting",
                "Toelichting, bijvoorbeeld de hoofdlijn van het IVP die het uitvoert.",
            ),
            ("maatregelen", "De maatregelen/activiteiten."),
        ],
    ),
    (
        "Maatregel",
        &[
            (
                "",
                "Een maatregel/activiteit, \"concreet en meetbaar\" beschreven: wie trekt, wie \
                 doet mee, wanneer, en met welke prestatie-indicator.",
            ),
            ("omschrijving", "Wat er gedaan wordt."),
            (
                "bestuurlijk_trekker",
                "De bestuurlijk trekker (portefeuillehouder).",
            ),
            ("ambtelijk_trekker", "De ambtelijk trekker."),
            ("betrokken_partijen", "De betrokken partijen."),
            (
                "planning",
                "Wanneer de maatregel loopt, zoals het plan het schrijft (\"Q2 2026\") of met \
                 start- en einddatum.",
            ),
            (
                "gereed_voor",
                "De uiterste datum (JJJJ-MM-DD), als het plan alleen die noemt: \"Voor 1 juni \
                 2017 hebben de gemeenten ...\".",
            ),
            (
                "prestatie_indicator",
                "Hoe het resultaat gemeten wordt (de prestatie-indicator).",
            ),
        ],
    ),
    (
        "Planning",
        &[
            (
                "",
                "Wanneer een maatregel loopt: de tekst zoals het plan die schrijft (\"Q2 2026\", \
                 \"doorlopend\", \"maart-juni 2026\"), die ongewijzigd bewaard blijft, of een \
                 tabel met `start` en `eind`.",
            ),
            ("start", "Eerste dag (JJJJ-MM-DD)."),
            ("eind", "Laatste dag, inbegrepen (JJJJ-MM-DD)."),
        ],
    ),
    (
        "LokaleUitvoering",
        &[
            (
                "",
                "De maatregelen voor de lokale thema's van één gemeente in een gezamenlijk \
                 uitvoeringsplan.",
            ),
            ("gemeente", "De gemeente."),
            ("prioriteiten", "Haar lokale prioriteiten."),
            ("overige_themas", "Haar lokale overige thema's."),
        ],
    ),
    // The parts of the veiligheidsanalyse.
    (
        "ThemaAnalyse",
        &[
            ("", "De drieslag voor één veiligheidsthema."),
            ("thema", "Het veiligheidsthema, als code (\"2.1\") of naam."),
            (
                "problematiek",
                "(1) 'Problematiek?': waar inwoners last van hebben, in cijfers en kwalitatief.",
            ),
            (
                "huidige_aanpak",
                "(2) 'Huidige aanpak?': beleidskaders, maatregelen, projecten, knelpunten. Voor \
                 de thema's van veld 1 hoort dit bij de aspecten (`aspecten`).",
            ),
            (
                "beleidsversterkingen",
                "(3) 'Extra?': aanvullende, nieuwe onderdelen van de aanpak. Voor veld 1: per \
                 aspect.",
            ),
            ("cijfers", "De cijfers achter de problematiek."),
        ],
    ),
    (
        "AspectAnalyse",
        &[
            (
                "",
                "Veld 1: de huidige aanpak en mogelijke versterkingen voor één van de zes \
                 aanpak-aspecten.",
            ),
            ("aspect", "Het aspect, als code 1.1 tot en met 1.6 of naam."),
            ("huidige_aanpak", "'Huidige aanpak?' voor dit aspect."),
            ("beleidsversterkingen", "'Extra?' voor dit aspect."),
        ],
    ),
    (
        "Cijfer",
        &[
            ("", "Een cijfer in de analyse."),
            ("omschrijving", "Wat geteld of gemeten is."),
            ("waarde", "De waarde, als getal."),
            ("eenheid", "De eenheid."),
            ("jaar", "Het jaar."),
            ("bron", "Waar het cijfer vandaan komt."),
        ],
    ),
    (
        "VoorstelVeld",
        &[
            (
                "",
                "De thema's die de analyse in één veiligheidsveld als prioriteit voorstelt.",
            ),
            ("veld", "Het veiligheidsveld, als nummer 1 tot en met 5."),
            ("themas", "De voorgestelde prioritaire thema's."),
            ("toelichting", "Waarom deze thema's."),
        ],
    ),
    // Shared by the documents.
    (
        "Periode",
        &[
            (
                "",
                "De periode van een IVP: van `van` tot en met `tot`, in de regel hele jaren. \
                 Mag ook als tekst: \"2027-2030\" (hele jaren) of \"2027-03-01 t/m \
                 2030-12-31\"; geschreven wordt de tabel.",
            ),
            ("van", "Eerste dag (JJJJ-MM-DD)."),
            ("tot", "Laatste dag, inbegrepen (JJJJ-MM-DD)."),
        ],
    ),
    (
        "EigenNaam",
        &[
            (
                "",
                "Een eigen naam van het plan voor een of meer thema's (\"Ondermijning\" voor \
                 5.2), bewaard naast de codes.",
            ),
            ("naam", "Het eigen woord van het plan, zoals geschreven."),
            ("themas", "De thema's waarvoor de naam staat, als code."),
            (
                "toelichting",
                "Waarom het plan deze naam aan deze thema's koppelt.",
            ),
        ],
    ),
    (
        "Vaststelling",
        &[
            (
                "",
                "De vaststelling van een document door de raad of het college van één gemeente; \
                 een IVP van meer gemeenten wordt \"in elke gemeente vastgesteld door de Raad\".",
            ),
            (
                "gemeente",
                "De gemeente; mag weg als het document één gemeente heeft.",
            ),
            ("door", "Het orgaan dat vaststelde."),
            (
                "datum",
                "De datum van het besluit, als die bekend is: JJJJ-MM-DD, of dag en maand \
                 (\"12 maart\") als het plan het jaar niet noemt.",
            ),
        ],
    ),
    (
        "Besluitdatum",
        &[
            (
                "",
                "De datum van een besluit: JJJJ-MM-DD (\"2017-03-12\"), of dag en maand zonder \
                 jaar (\"12 maart\").",
            ),
            ("0", "Een volledige datum, JJJJ-MM-DD."),
            ("1", "Dag en maand, bijvoorbeeld \"12 maart\"."),
        ],
    ),
    (
        "Orgaan",
        &[
            (
                "",
                "Wie een document heeft vastgesteld. `gemeenteraad` wordt als `raad` gelezen.",
            ),
            ("raad", "De gemeenteraad: stelt het IVP vast (stap 4)."),
            (
                "college",
                "Het college van B&W: stelt het uitvoeringsplan vast (stap 5).",
            ),
            ("burgemeester", "De burgemeester."),
            (
                "driehoek",
                "De lokale driehoek (burgemeester, politie, Openbaar Ministerie): \"In de \
                 driehoek kan dan ... een bijstelling plaatsvinden\".",
            ),
        ],
    ),
    (
        "OngeplaatsteTekst",
        &[
            (
                "",
                "Tekst die bij het inlezen van een plan geen plaats vond, onder haar kop.",
            ),
            (
                "kop",
                "De kop waaronder de tekst in het plan stond, zoals het plan die schrijft.",
            ),
            ("alineas", "De alinea's, in de volgorde van het plan."),
        ],
    ),
    (
        "Begroting",
        &[
            (
                "",
                "De financiële basis van het plan: hoofdstuk 7 van het IVP, hoofdstuk 5 van het \
                 uitvoeringsplan.",
            ),
            ("toelichting", "Toelichting op de begroting."),
            ("posten", "De begrotingsposten."),
        ],
    ),
    (
        "Post",
        &[
            ("", "Eén post van de begroting."),
            ("omschrijving", "Waar het geld voor is."),
            ("bedrag_euro", "Het bedrag in euro, op de cent nauwkeurig."),
        ],
    ),
    (
        "Bedrag",
        &[(
            "",
            "Een bedrag in euro met hooguit twee decimalen (centen).",
        )],
    ),
    (
        "Invulbaar",
        &[
            (
                "",
                "Een waarde, of een open plek die zegt wat nog in te vullen is. Een skelet laat \
                 open wat alleen de gemeente kan schrijven, als `{ \"in_te_vullen\": \"...\" }`; \
                 vervang die door de waarde zelf.",
            ),
            ("0", "De waarde zelf."),
            ("1", "Nog in te vullen."),
            (
                "1/in_te_vullen",
                "Wat er in te vullen is: de vraag om te beantwoorden, waar in het handboek te \
                 kijken.",
            ),
        ],
    ),
    (
        "ThemaVerwijzing",
        &[
            (
                "",
                "Een thema, als code: een veiligheidsthema 1.1 tot en met 5.5 of een strategisch \
                 thema S1 tot en met S3. De naam of een oudere naam mag ook.",
            ),
            ("1", "De naam of een oudere naam van een thema."),
        ],
    ),
    (
        "Thema",
        &[
            (
                "",
                "Een veiligheidsthema, als code 1.1 tot en met 5.5. De naam of een oudere naam \
                 mag ook.",
            ),
            ("1", "De naam of een oudere naam van een veiligheidsthema."),
        ],
    ),
    (
        "Veld",
        &[
            (
                "",
                "Een veiligheidsveld, als nummer 1 tot en met 5. De naam mag ook.",
            ),
            ("1", "De naam van een veiligheidsveld."),
        ],
    ),
    (
        "Aspect",
        &[
            (
                "",
                "Een aanpak-aspect van veld 1, als code 1.1 tot en met 1.6. De naam mag ook.",
            ),
            ("1", "De naam van een aanpak-aspect."),
        ],
    ),
];

/// The Dutch description of a place in a definition, if the table has one.
fn beschrijving(definitie: &str, plaats: &str) -> Option<&'static str> {
    let definitie = tabelnaam(definitie);
    BESCHRIJVINGEN
        .iter()
        .find(|(naam, _)| *naam == definitie)
        .and_then(|(_, plaatsen)| plaatsen.iter().find(|(p, _)| *p == plaats))
        .map(|(_, tekst)| *tekst)
}

/// The name a definition has in the table: every `Invulbaar_T` is `Invulbaar`.
fn tabelnaam(definitie: &str) -> &str {
    match definitie.split_once('_') {
        Some(("Invulbaar", _)) => "Invulbaar",
        _ => definitie,
    }
}

/// Replaces every description of the schema by the Dutch one of its place, and drops the
/// descriptions the table does not have (so no rustdoc reaches the output).
fn vertaal(schema: &mut Value) {
    bezoek(
        schema,
        &mut |definitie, plaats, map| match beschrijving(definitie, plaats) {
            Some(tekst) => {
                map.insert("description".to_owned(), Value::from(tekst));
            }
            None => {
                map.remove("description");
            }
        },
    );
}

/// Calls `f(definition, place, object)` for the root, every definition in `$defs`, and every
/// schema below them that has a place (see [`BESCHRIJVINGEN`]).
fn bezoek(schema: &mut Value, f: &mut impl FnMut(&str, &str, &mut Map<String, Value>)) {
    let Value::Object(wortel) = schema else {
        return;
    };
    let titel = wortel
        .get("title")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let mut defs = wortel.remove("$defs");
    bezoek_in(schema, &titel, "", f);
    if let Some(Value::Object(lijst)) = &mut defs {
        for (naam, def) in lijst.iter_mut() {
            bezoek_in(def, naam, "", f);
        }
    }
    if let (Some(defs), Value::Object(wortel)) = (defs, schema) {
        wortel.insert("$defs".to_owned(), defs);
    }
}

fn bezoek_in(
    waarde: &mut Value,
    definitie: &str,
    plaats: &str,
    f: &mut impl FnMut(&str, &str, &mut Map<String, Value>),
) {
    let Value::Object(map) = waarde else {
        return;
    };
    f(definitie, plaats, map);
    let verder = |deel: &str| {
        if plaats.is_empty() {
            deel.to_owned()
        } else {
            format!("{plaats}/{deel}")
        }
    };
    for (sleutel, kind) in map.iter_mut() {
        match (sleutel.as_str(), kind) {
            ("properties", Value::Object(eigenschappen)) => {
                for (naam, eigenschap) in eigenschappen.iter_mut() {
                    bezoek_in(eigenschap, definitie, &verder(naam), f);
                }
            }
            ("anyOf" | "oneOf", Value::Array(varianten)) => {
                for (i, variant) in varianten.iter_mut().enumerate() {
                    let deel = match variant.get("const").and_then(Value::as_str) {
                        Some(constante) => constante.to_owned(),
                        None => i.to_string(),
                    };
                    bezoek_in(variant, definitie, &verder(&deel), f);
                }
            }
            ("items" | "additionalProperties", kind) => {
                bezoek_in(kind, definitie, &verder(sleutel), f);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use strum::VariantArray;

    /// Every (definition, place) that has a description, with it.
    fn beschrijvingen(schema: &Value) -> Vec<(String, String, String)> {
        let mut schema = schema.clone();
        let mut uit = Vec::new();
        bezoek(&mut schema, &mut |definitie, plaats, map| {
            if let Some(tekst) = map.get("description").and_then(Value::as_str) {
                uit.push((definitie.to_owned(), plaats.to_owned(), tekst.to_owned()));
            }
        });
        uit
    }

    /// Every (definition, place) that must have a description: each definition, each property,
    /// each variant of an enum (`const`).
    fn moeten_beschrijving(schema: &Value) -> Vec<(String, String)> {
        let mut schema = schema.clone();
        let mut uit = Vec::new();
        bezoek(&mut schema, &mut |definitie, plaats, map| {
            let laatste = plaats.rsplit('/').next().unwrap_or_default();
            let is_alternatief = !laatste.is_empty() && laatste.parse::<usize>().is_ok();
            let is_hulp = laatste == "items" || laatste == "additionalProperties";
            if !(is_alternatief || is_hulp) || map.contains_key("const") {
                uit.push((definitie.to_owned(), plaats.to_owned()));
            }
        });
        uit
    }

    #[test]
    fn elke_plaats_heeft_een_nederlandse_beschrijving() {
        for &soort in DocumentSoort::VARIANTS {
            let rustdoc = soort.schema_met_rustdoc();
            let nl = soort.schema();
            let engels = beschrijvingen(&rustdoc);
            let nederlands = beschrijvingen(&nl);
            for (definitie, plaats) in moeten_beschrijving(&nl) {
                assert!(
                    nederlands
                        .iter()
                        .any(|(d, p, _)| *d == definitie && *p == plaats),
                    "{soort}: {definitie} '{plaats}' heeft geen beschrijving"
                );
            }
            for (definitie, plaats, tekst) in &nederlands {
                assert!(
                    !engels.iter().any(|(_, _, e)| e == tekst),
                    "{soort}: {definitie} '{plaats}' is nog de rustdoc: {tekst}"
                );
            }
        }
    }

    #[test]
    fn elke_regel_van_de_tabel_wordt_gebruikt() {
        let mut gebruikt = BTreeSet::new();
        for &soort in DocumentSoort::VARIANTS {
            for (definitie, plaats, _) in beschrijvingen(&soort.schema()) {
                gebruikt.insert((tabelnaam(&definitie).to_owned(), plaats));
            }
        }
        for (definitie, plaatsen) in BESCHRIJVINGEN {
            for (plaats, _) in *plaatsen {
                assert!(
                    gebruikt.contains(&(definitie.to_string(), plaats.to_string())),
                    "{definitie} '{plaats}' staat in de tabel maar niet in een schema"
                );
            }
        }
    }

    #[test]
    fn de_tabel_noemt_elke_plaats_een_keer() {
        let mut gezien = BTreeSet::new();
        for (definitie, plaatsen) in BESCHRIJVINGEN {
            for (plaats, _) in *plaatsen {
                assert!(
                    gezien.insert((*definitie, *plaats)),
                    "{definitie} '{plaats}' dubbel"
                );
            }
        }
    }
}
