//! The network for people: Graphviz, Mermaid and a text matrix.
//!
//! Each is a small value whose [`Display`](fmt::Display) writes the whole drawing, so it can go
//! to a `String`, a file or standard output without an intermediate copy.

use core::fmt;

use super::{verband, ThemaSet, Verband};
use crate::catalogus::{Thema, Veld};
use strum::VariantArray;

/// One fill colour per veld (ColorBrewer "Set3", readable with black text).
const KLEUREN: [&str; 5] = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3"];

/// The fill colour of `veld` in the drawings.
pub const fn kleur(veld: Veld) -> &'static str {
    KLEUREN[veld.nummer() as usize - 1]
}

/// The links among `themas` to draw: each unordered pair once, from the lower code, with how the
/// rows state it ([`Verband::Wederzijds`], [`Verband::Heen`] or [`Verband::Terug`]).
fn lijnen(themas: ThemaSet) -> impl Iterator<Item = (Thema, Thema, Verband)> {
    themas.into_iter().flat_map(move |a| {
        themas
            .into_iter()
            .filter(move |b| b > &a)
            .map(move |b| (a, b, verband(a, b)))
            .filter(|(_, _, v)| v.verbonden())
    })
}

/// The derived raakvlakken among a set of themes as a Graphviz graph (`dot -Tsvg`).
///
/// Themes are boxes filled in the colour of their veld and grouped per veld; a link both rows
/// list is a plain line, a link only one row lists is a dashed arrow from the row that lists
/// it. Self-references are left out (a comment names them).
///
/// # Example
///
/// ```
/// use kernbeleid::raakvlakken::Dot;
///
/// let dot = Dot::default().to_string();
/// assert!(dot.starts_with("digraph raakvlakken {"));
/// assert!(dot.contains("\"1.1\" -> \"2.1\" [style=dashed, arrowhead=normal];"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Dot {
    /// The themes to draw, with the links among them.
    pub themas: ThemaSet,
}

impl Default for Dot {
    /// All 22 themes.
    fn default() -> Self {
        Dot {
            themas: ThemaSet::ALL,
        }
    }
}

/// Escapes a label for a double-quoted DOT string.
struct DotTekst<'a>(&'a str);

impl fmt::Display for DotTekst<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '"' | '\\' => write!(f, "\\{c}")?,
                '\n' => f.write_str("\\n")?,
                c => write!(f, "{c}")?,
            }
        }
        Ok(())
    }
}

impl fmt::Display for Dot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "digraph raakvlakken {{")?;
        writeln!(
            f,
            "  label=\"Raakvlakken tussen de veiligheidsthema's (Kernbeleid Veiligheid 2021); \
             gestreept: maar door één thema genoemd, pijl vanaf het thema dat het noemt\";"
        )?;
        writeln!(f, "  labelloc=t; fontname=\"Helvetica\";")?;
        writeln!(f, "  layout=neato; overlap=false; splines=true;")?;
        writeln!(
            f,
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];"
        )?;
        writeln!(f, "  edge [arrowhead=none, color=\"#555555\"];")?;
        for &veld in Veld::VARIANTS {
            let themas = ThemaSet::uit_veld(veld).intersection(self.themas);
            if themas.is_empty() {
                continue;
            }
            writeln!(f, "  // veld {:#}", veld)?;
            for thema in themas {
                writeln!(
                    f,
                    "  \"{}\" [label=\"{} {}\", fillcolor=\"{}\"];",
                    thema,
                    thema,
                    DotTekst(thema.naam()),
                    kleur(veld)
                )?;
            }
        }
        for (a, b, v) in lijnen(self.themas) {
            match v {
                Verband::Heen => {
                    writeln!(f, "  \"{a}\" -> \"{b}\" [style=dashed, arrowhead=normal];")?
                }
                Verband::Terug => {
                    writeln!(f, "  \"{b}\" -> \"{a}\" [style=dashed, arrowhead=normal];")?
                }
                _ => writeln!(f, "  \"{a}\" -> \"{b}\";")?,
            }
        }
        for thema in self.themas {
            if verband(thema, thema) == Verband::NaarZichzelf {
                writeln!(
                    f,
                    "  // {thema} noemt zichzelf als raakvlak (niet getekend)"
                )?;
            }
        }
        writeln!(f, "}}")
    }
}

/// The derived raakvlakken among a set of themes as a Mermaid flowchart (Markdown on GitHub and
/// GitLab renders it).
///
/// One subgraph and one colour per veld; a link both rows list is a plain line (`---`), a link
/// only one row lists a dotted arrow (`-.->`) from the row that lists it.
///
/// # Example
///
/// ```
/// use kernbeleid::raakvlakken::Mermaid;
///
/// let mermaid = Mermaid::default().to_string();
/// assert!(mermaid.starts_with("flowchart LR"));
/// assert!(mermaid.contains("t1_1 -.-> t2_1"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mermaid {
    /// The themes to draw, with the links among them.
    pub themas: ThemaSet,
}

impl Default for Mermaid {
    /// All 22 themes.
    fn default() -> Self {
        Mermaid {
            themas: ThemaSet::ALL,
        }
    }
}

/// A theme's Mermaid node id: "t1_1" (Mermaid ids cannot hold dots).
struct MermaidId(Thema);

impl fmt::Display for MermaidId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("t")?;
        for c in self.0.code().chars() {
            write!(f, "{}", if c == '.' { '_' } else { c })?;
        }
        Ok(())
    }
}

/// Escapes a label for a double-quoted Mermaid string.
struct MermaidTekst<'a>(&'a str);

impl fmt::Display for MermaidTekst<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("#quot;")?,
                '\n' => f.write_str(" ")?,
                c => write!(f, "{c}")?,
            }
        }
        Ok(())
    }
}

impl fmt::Display for Mermaid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "flowchart LR")?;
        writeln!(
            f,
            "  %% Raakvlakken tussen de veiligheidsthema's (Kernbeleid Veiligheid 2021)"
        )?;
        writeln!(
            f,
            "  %% gestippelde pijl: maar door één thema genoemd, vanaf het thema dat het noemt"
        )?;
        for &veld in Veld::VARIANTS {
            let themas = ThemaSet::uit_veld(veld).intersection(self.themas);
            if themas.is_empty() {
                continue;
            }
            writeln!(
                f,
                "  subgraph veld{}[\"{} {}\"]",
                veld.nummer(),
                veld.nummer(),
                MermaidTekst(veld.naam())
            )?;
            for thema in themas {
                writeln!(
                    f,
                    "    {}[\"{} {}\"]",
                    MermaidId(thema),
                    thema,
                    MermaidTekst(thema.naam())
                )?;
            }
            writeln!(f, "  end")?;
        }
        for (a, b, v) in lijnen(self.themas) {
            match v {
                Verband::Heen => writeln!(f, "  {} -.-> {}", MermaidId(a), MermaidId(b))?,
                Verband::Terug => writeln!(f, "  {} -.-> {}", MermaidId(b), MermaidId(a))?,
                _ => writeln!(f, "  {} --- {}", MermaidId(a), MermaidId(b))?,
            }
        }
        for thema in self.themas {
            if verband(thema, thema) == Verband::NaarZichzelf {
                writeln!(
                    f,
                    "  %% {thema} noemt zichzelf als raakvlak (niet getekend)"
                )?;
            }
        }
        for &veld in Veld::VARIANTS {
            let themas = ThemaSet::uit_veld(veld).intersection(self.themas);
            if themas.is_empty() {
                continue;
            }
            writeln!(
                f,
                "  classDef kleur{} fill:{},stroke:#333333,color:#000000",
                veld.nummer(),
                kleur(veld)
            )?;
            write!(f, "  class ")?;
            for (i, thema) in themas.into_iter().enumerate() {
                if i > 0 {
                    f.write_str(",")?;
                }
                write!(f, "{}", MermaidId(thema))?;
            }
            writeln!(f, " kleur{}", veld.nummer())?;
        }
        Ok(())
    }
}

/// The published raakvlakken among a set of themes as a text matrix, rows and columns in code
/// order, with a Dutch legend.
///
/// A cell holds `x` when both rows list each other, `>` when only the row's theme lists the
/// column's, `<` when only the column's theme lists the row's, `o` on the diagonal when a theme
/// lists itself and `.` when neither lists the other. For the cells as data, see
/// [`matrix`](super::matrix).
///
/// # Example
///
/// ```
/// use kernbeleid::raakvlakken::Matrix;
///
/// let tekst = Matrix::default().to_string();
/// let kop = tekst.lines().next().unwrap_or_default();
/// assert!(kop.trim_start().starts_with("1.1 1.2"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Matrix {
    /// The themes of the rows and columns.
    pub themas: ThemaSet,
}

impl Default for Matrix {
    /// All 22 themes.
    fn default() -> Self {
        Matrix {
            themas: ThemaSet::ALL,
        }
    }
}

/// The matrix symbol of a cell.
const fn teken(verband: Verband) -> char {
    match verband {
        Verband::Geen => '.',
        Verband::Wederzijds => 'x',
        Verband::Heen => '>',
        Verband::Terug => '<',
        Verband::NaarZichzelf => 'o',
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("    ")?;
        for kolom in self.themas {
            write!(f, " {kolom}")?;
        }
        writeln!(f)?;
        let laatste = self.themas.last();
        for rij in self.themas {
            write!(f, "{rij} ")?;
            for kolom in self.themas {
                // The symbol under the dot of the column's code.
                write!(f, "  {}", teken(verband(rij, kolom)))?;
                if Some(kolom) != laatste {
                    f.write_str(" ")?;
                }
            }
            writeln!(f)?;
        }
        writeln!(f)?;
        writeln!(f, "x  beide thema's noemen elkaar")?;
        writeln!(f, ">  alleen het thema van de rij noemt dat van de kolom")?;
        writeln!(f, "<  alleen het thema van de kolom noemt dat van de rij")?;
        writeln!(f, "o  het thema noemt zichzelf")?;
        writeln!(f, ".  geen raakvlak")
    }
}
