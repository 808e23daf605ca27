//! Comparing names the way people type them: case, accents, spacing and punctuation do not count.
//!
//! "Weerbare overheid/weerbaar bestuur", "weerbare overheid / weerbaar bestuur" and
//! "WEERBARE OVERHEID WEERBAAR BESTUUR" are the same name. The comparison runs over iterators, so a
//! lookup by name allocates nothing.

/// The characters of `s` as compared: lowercase, accents folded, every run of characters that
/// are neither letters nor digits reduced to one space, no space at either end.
pub(crate) fn genormaliseerd(s: &str) -> Genormaliseerd<'_> {
    Genormaliseerd {
        tekens: s.chars(),
        spatie_open: false,
        begonnen: false,
        wachtend: None,
    }
}

/// Iterator returned by [`genormaliseerd`].
#[derive(Debug, Clone)]
pub(crate) struct Genormaliseerd<'a> {
    tekens: core::str::Chars<'a>,
    spatie_open: bool,
    begonnen: bool,
    wachtend: Option<char>,
}

impl Iterator for Genormaliseerd<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.wachtend.take() {
            return Some(c);
        }
        for c in self.tekens.by_ref() {
            if c.is_alphanumeric() {
                let c = vouw(c);
                if self.spatie_open && self.begonnen {
                    self.spatie_open = false;
                    self.wachtend = Some(c);
                    return Some(' ');
                }
                self.spatie_open = false;
                self.begonnen = true;
                return Some(c);
            }
            self.spatie_open = true;
        }
        None
    }
}

/// Lowercase and strip the accents Dutch text uses ("ë" in "casuïstiek", "é" in "méér").
fn vouw(c: char) -> char {
    let c = if c.is_ascii() {
        return c.to_ascii_lowercase();
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        anders => anders,
    }
}

/// Whether two names are the same once case, accents, spacing and punctuation are ignored.
pub(crate) fn gelijk(a: &str, b: &str) -> bool {
    genormaliseerd(a).eq(genormaliseerd(b))
}

/// Longest normalised name that [`sleutel`] handles; longer input matches no name anyway.
pub(crate) const MAX_SLEUTEL: usize = 160;

/// Writes the normalised form of `s` into `buffer` and returns it, without allocating; `None`
/// when it does not fit (no catalogue name is that long).
pub(crate) fn sleutel<'b>(s: &str, buffer: &'b mut [u8; MAX_SLEUTEL]) -> Option<&'b str> {
    let mut lengte = 0;
    for c in genormaliseerd(s) {
        let breedte = c.len_utf8();
        let doel = buffer.get_mut(lengte..lengte + breedte)?;
        c.encode_utf8(doel);
        lengte += breedte;
    }
    core::str::from_utf8(buffer.get(..lengte)?).ok()
}

/// The normalised form as a `String`, for error messages and reports.
pub(crate) fn normaliseer(s: &str) -> String {
    genormaliseerd(s).collect()
}

/// Levenshtein distance between the normalised forms, used to suggest the closest names when
/// input is not recognised (only on the error path, so it may allocate).
pub(crate) fn afstand(a: &str, b: &str) -> usize {
    let a: Vec<char> = genormaliseerd(a).collect();
    let b: Vec<char> = genormaliseerd(b).collect();
    let mut vorige: Vec<usize> = (0..=b.len()).collect();
    let mut huidige = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        huidige[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let vervang = vorige[j] + usize::from(ca != cb);
            huidige[j + 1] = vervang.min(vorige[j + 1] + 1).min(huidige[j] + 1);
        }
        core::mem::swap(&mut vorige, &mut huidige);
    }
    vorige[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn negeert_hoofdletters_accenten_en_leestekens() {
        assert!(gelijk(
            "Weerbare overheid/weerbaar bestuur",
            "  weerbare OVERHEID -- weerbaar bestuur "
        ));
        assert!(gelijk(
            "Zorg- en Veiligheidshuis",
            "zorg en veiligheidshuis"
        ));
        assert!(gelijk("casuïstiek", "casuistiek"));
        assert!(!gelijk("Jeugdoverlast", "Jeugdcriminaliteit"));
        assert_eq!(
            normaliseer(" Informatie-veiligheid! "),
            "informatie veiligheid"
        );
    }

    #[test]
    fn afstand_telt_bewerkingen() {
        assert_eq!(afstand("brandveiligheid", "brandveiligheid"), 0);
        assert_eq!(afstand("brandveilighied", "brandveiligheid"), 2);
        assert_eq!(afstand("", "abc"), 3);
    }

    proptest! {
        #[test]
        fn normaliseren_is_idempotent(s in "\\PC{0,40}") {
            let een = normaliseer(&s);
            prop_assert_eq!(normaliseer(&een), een.clone());
            prop_assert!(!een.starts_with(' ') && !een.ends_with(' ') && !een.contains("  "));
        }

        #[test]
        fn gelijk_is_symmetrisch_en_afstand_nul(a in "[a-zA-Zé .-]{0,12}", b in "[a-zA-Zé .-]{0,12}") {
            prop_assert_eq!(gelijk(&a, &b), gelijk(&b, &a));
            prop_assert_eq!(gelijk(&a, &b), afstand(&a, &b) == 0);
        }
    }
}
