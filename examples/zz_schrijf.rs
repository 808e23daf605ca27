use kernbeleid::document::*;
use serde::Serialize;
#[derive(Serialize)]
struct Sectie<'a> {
    prioriteiten: [&'a Prioriteit; 1],
}
fn main() {
    let t = std::fs::read_to_string("tests/fixtures/vijfheerenlanden-2023-2026.toml").unwrap();
    let ivp = Ivp::uit_toml(&t).unwrap();
    let heel = ivp.naar_toml().unwrap();
    let mut leeg = ivp.clone();
    leeg.prioriteiten.clear();
    let romp = leeg.naar_toml().unwrap().replace("prioriteiten = []\n", "");
    let mut secties = String::new();
    for p in &ivp.prioriteiten {
        secties.push_str(&toml::to_string_pretty(&Sectie { prioriteiten: [p] }).unwrap());
    }
    std::fs::write("/tmp/heel.toml", &heel).unwrap();
    std::fs::write("/tmp/romp.toml", &romp).unwrap();
    std::fs::write("/tmp/secties.toml", &secties).unwrap();
}
