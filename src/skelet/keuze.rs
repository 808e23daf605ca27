//! What a coordinator chooses before a skeleton is built: the priorities.

use core::fmt;
use core::str::FromStr;

use crate::document::{lees_thema, ThemaVerwijzing};

/// What to write instead of an ambiguous name on the command line.
const ADVIES: &str = "geef de code(s), met een eigen naam als \"Jeugd=3.1+3.2\"";

/// One priority as chosen: one theme ("1.3"), or a cluster of themes under a name of the
/// gemeente's own ("Ondermijning=5.2+2.5").
///
/// # Example
///
/// ```
/// use kernbeleid::skelet::PrioriteitKeuze;
///
/// let jeugd: PrioriteitKeuze = "Jeugd=3.1+3.2".parse()?;
/// assert_eq!(jeugd.eigen_naam.as_deref(), Some("Jeugd"));
/// assert_eq!(jeugd.naam(), "Jeugd");
///
/// let overlast: PrioriteitKeuze = "3.1".parse()?;
/// assert_eq!(overlast.eigen_naam, None);
/// assert_eq!(overlast.naam(), "Jeugdoverlast");
///
/// // A plan's own word, recognised as a document's `themas` recognises it.
/// let ondermijning: PrioriteitKeuze = "Ondermijning".parse()?;
/// assert_eq!(ondermijning.naam(), "Ondermijning");
/// assert_eq!(ondermijning.themas[0].code(), "5.2");
/// # Ok::<(), kernbeleid::skelet::OngeldigeKeuze>(())
/// ```
#[doc(alias = "priority")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PrioriteitKeuze {
    /// The name the gemeente gives the priority, if it gives one ("Ondermijning"); without it
    /// the priority is named after its (first) theme, see [`PrioriteitKeuze::naam`].
    pub eigen_naam: Option<String>,
    /// The themes it covers, at least one.
    pub themas: Vec<ThemaVerwijzing>,
}

/// A priority could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ongeldige prioriteit \"{invoer}\": {reden}")]
pub struct OngeldigeKeuze {
    /// The input as given.
    pub invoer: String,
    /// What was wrong, in Dutch.
    pub reden: String,
}

impl PrioriteitKeuze {
    /// A priority of one theme, named after it.
    pub fn thema(thema: impl Into<ThemaVerwijzing>) -> Self {
        PrioriteitKeuze {
            eigen_naam: None,
            themas: vec![thema.into()],
        }
    }

    /// The name the priority carries in the skeleton: its [`eigen_naam`](Self::eigen_naam)
    /// where it has one, otherwise the name of its first theme.
    #[must_use]
    pub fn naam(&self) -> &str {
        match (&self.eigen_naam, self.themas.first()) {
            (Some(naam), _) => naam,
            (None, Some(t)) => t.naam(),
            (None, None) => "",
        }
    }

    /// Reads a comma-separated list of priorities, as `kbv skelet --prioriteiten` takes them:
    /// `1.3,5.2,Jeugd=3.1+3.2`. Empty parts (`"1.3,,5.2"`, a trailing comma) are skipped.
    ///
    /// # Errors
    ///
    /// [`OngeldigeKeuze`] for the first part that is not a theme or a named cluster of themes,
    /// such as an unknown theme (`"9.9"`) or an empty name (`"=1.3"`).
    ///
    /// # Example
    ///
    /// ```
    /// use kernbeleid::skelet::PrioriteitKeuze;
    ///
    /// let keuzes = PrioriteitKeuze::lijst("1.3, Jeugd=3.1+3.2")?;
    /// assert_eq!(keuzes.len(), 2);
    /// assert_eq!(keuzes[1].naam(), "Jeugd");
    /// assert_eq!(keuzes[1].themas.len(), 2);
    /// # Ok::<(), kernbeleid::skelet::OngeldigeKeuze>(())
    /// ```
    pub fn lijst(invoer: &str) -> Result<Vec<PrioriteitKeuze>, OngeldigeKeuze> {
        invoer
            .split(',')
            .filter(|deel| !deel.trim().is_empty())
            .map(str::parse)
            .collect()
    }
}

impl FromStr for PrioriteitKeuze {
    type Err = OngeldigeKeuze;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fout = |reden: String| OngeldigeKeuze {
            invoer: s.to_owned(),
            reden,
        };
        let (eigen_naam, themas) = match s.split_once('=') {
            Some((naam, themas)) if !naam.trim().is_empty() => {
                (Some(naam.trim().to_owned()), themas)
            }
            Some(_) => return Err(fout("de naam voor '=' is leeg".to_owned())),
            None => (None, s),
        };
        let delen: Vec<&str> = themas
            .split('+')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        let mut gelezen = Vec::with_capacity(delen.len());
        let mut eigen_namen = Vec::new();
        for deel in &delen {
            // One recognition everywhere: what a document's `themas` accepts ("Ondermijning",
            // "Woninginbraken"), the command line accepts too.
            let (thema, eigen) = lees_thema(deel, ADVIES).map_err(fout)?;
            gelezen.push(thema);
            eigen_namen.extend(eigen);
        }
        let themas = gelezen;
        // A single own name is the priority's name, as a document names it: "Ondermijning"
        // with theme 5.2.
        let eigen_naam = match (eigen_naam, eigen_namen.as_slice()) {
            (None, [naam]) if delen.len() == 1 => Some(naam.clone()),
            (naam, _) => naam,
        };
        if themas.is_empty() {
            return Err(fout(
                "verwacht een thema (\"1.3\") of een naam met thema's (\"Jeugd=3.1+3.2\")"
                    .to_owned(),
            ));
        }
        Ok(PrioriteitKeuze { eigen_naam, themas })
    }
}

impl fmt::Display for PrioriteitKeuze {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes: Vec<&str> = self.themas.iter().map(|t| t.code()).collect();
        match &self.eigen_naam {
            Some(naam) => write!(f, "{naam}={}", codes.join("+")),
            None => f.write_str(&codes.join("+")),
        }
    }
}
