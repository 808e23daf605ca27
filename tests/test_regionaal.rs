//! The regional view: counts per theme and veld, joint IVPs, CSV.

use kernbeleid::catalogus::{Thema, Veld};
use kernbeleid::document::Ivp;
use kernbeleid::regionaal::{Overzicht, Status};
use kernbeleid::VariantArray;
use proptest::prelude::*;

fn ivp(toml: &str) -> Ivp {
    Ivp::uit_toml(toml).expect("ivp")
}

fn drie() -> Vec<Ivp> {
    vec![
        ivp(r#"
            gemeenten = ["Lopik", "Montfoort"]
            periode = { van = "2027-01-01", tot = "2030-12-31" }
            prioriteiten = [{ naam = "Ondermijning", themas = ["5.2", "2.5"] }]
            overige_themas = [{ naam = "Jeugd", themas = ["3.1", "3.2"] }]
            buiten_beschouwing = [{ thema = "2.2", reden = "geen bedrijventerreinen" }]
            [[lokale_paragrafen]]
            gemeente = "Lopik"
            prioriteiten = [{ naam = "Jeugd, lokaal", themas = ["3.1"] }]
        "#),
        ivp(r#"
            gemeenten = ["Utrecht"]
            periode = { van = "2027-01-01", tot = "2030-12-31" }
            prioriteiten = [{ naam = "HIC", themas = ["1.3"] }, { naam = "Ondermijning", themas = ["Georganiseerde criminaliteit"] }]
            overige_themas = [{ naam = "Digitaal", themas = ["S1", "5.4"] }]
        "#),
    ]
}

#[test]
fn telling_per_thema_en_gezamenlijk_ivp() {
    let ivps = drie();
    let o = Overzicht::van(&ivps);
    let namen: Vec<&str> = o.gemeenten.iter().map(|g| g.naam.as_str()).collect();
    assert_eq!(namen, ["Lopik", "Montfoort", "Utrecht"]);
    let t = o.telling(Thema::OndermijnendeCriminaliteit);
    assert_eq!(
        (t.prioriteit, t.overig, t.buiten_beschouwing, t.niet_genoemd),
        (3, 0, 0, 0)
    );
    // Lopik makes 3.1 a priority in its local paragraph; for Montfoort it stays overig.
    assert_eq!(
        o.gemeenten[0].status(Thema::Jeugdoverlast),
        Status::Prioriteit
    );
    assert_eq!(o.gemeenten[1].status(Thema::Jeugdoverlast), Status::Overig);
    let t = o.telling(Thema::Jeugdoverlast);
    assert_eq!((t.prioriteit, t.overig, t.niet_genoemd), (1, 1, 1));
    assert_eq!(
        o.telling(Thema::VeiligeBedrijventerreinen)
            .buiten_beschouwing,
        2
    );
    assert_eq!(o.telling(Thema::Informatieveiligheid).overig, 1);
    let v = o.telling_veld(Veld::JeugdEnVeiligheid);
    assert_eq!((v.prioriteit, v.overig, v.niet_genoemd), (1, 1, 1));
}

#[test]
fn csv_een_rij_per_thema() {
    let csv = Overzicht::van(&drie()).naar_csv();
    let regels: Vec<&str> = csv.lines().collect();
    assert_eq!(regels.len(), 23);
    assert_eq!(
        regels[0],
        "code,naam,prioriteit,overig,buiten_beschouwing,niet_genoemd,Lopik,Montfoort,Utrecht"
    );
    assert_eq!(regels[10], "3.1,Jeugdoverlast,1,1,0,1,prioriteit,overig,");
    assert_eq!(
        regels[11],
        "3.2,\"Jeugdcriminaliteit, individuele probleemjongeren\",0,2,0,1,overig,overig,"
    );
    assert_eq!(
        regels[19],
        "5.2,Georganiseerde/ondermijnende criminaliteit,3,0,0,0,prioriteit,prioriteit,prioriteit"
    );
}

#[test]
fn markdown_en_json() {
    let o = Overzicht::van(&drie());
    let md = o.naar_markdown();
    assert!(
        md.contains("| 5.2 Georganiseerde/ondermijnende criminaliteit | 3 | 0 | 0 | 0 |"),
        "{md}"
    );
    assert!(md.contains("| 3 Jeugd en veiligheid | 1 | 1 | 0 | 1 |"));
    let json = serde_json::to_value(&o).expect("json");
    assert_eq!(json["themas"][18]["code"], "5.2");
    assert_eq!(json["themas"][18]["prioriteit"], 3);
    assert_eq!(
        json["gemeenten"][2]["prioriteiten"],
        serde_json::json!(["1.3", "5.2"])
    );
}

proptest! {
    #[test]
    fn elke_gemeente_telt_per_thema_precies_een_keer(keuzes in prop::collection::vec((0usize..22, 0usize..22, 0usize..22), 1..12)) {
        let ivps: Vec<Ivp> = keuzes
            .iter()
            .enumerate()
            .map(|(i, (p, o, b))| ivp(&format!(
                "gemeenten = [\"G{i}\"]\nperiode = {{ van = \"2027-01-01\", tot = \"2030-12-31\" }}\n\
                 prioriteiten = [{{ naam = \"p\", themas = [\"{}\"] }}]\n\
                 overige_themas = [{{ naam = \"o\", themas = [\"{}\"] }}]\n\
                 buiten_beschouwing = [{{ thema = \"{}\" }}]\n",
                Thema::VARIANTS[*p].code(), Thema::VARIANTS[*o].code(), Thema::VARIANTS[*b].code()
            )))
            .collect();
        let o = Overzicht::van(&ivps);
        for &thema in Thema::VARIANTS {
            let t = o.telling(thema);
            prop_assert_eq!(t.prioriteit + t.overig + t.buiten_beschouwing + t.niet_genoemd, ivps.len());
        }
        for &veld in Veld::VARIANTS {
            let t = o.telling_veld(veld);
            prop_assert_eq!(t.prioriteit + t.overig + t.buiten_beschouwing + t.niet_genoemd, ivps.len());
        }
        let prioriteiten: usize = Thema::VARIANTS.iter().map(|t| o.telling(*t).prioriteit).sum();
        prop_assert_eq!(prioriteiten, ivps.len(), "één prioriteit per gemeente");
    }
}
