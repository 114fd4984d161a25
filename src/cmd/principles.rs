//! `dgtk principles [ID]`: the framework at a glance, or one principle's questions in full.

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;
use crate::framework::{Framework, Principle, QuestionKind};

/// Show the framework: pillars and principles, or one principle's questions, guidance and level
/// descriptors.
#[derive(Debug, Args)]
pub struct PrinciplesArgs {
    /// A principle's number (e.g. 7) or id; without it, the whole framework at a glance.
    pub principle: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = PrinciplesFormat::Text)]
    pub format: PrinciplesFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PrinciplesFormat {
    Text,
    Json,
}

const WIDTH: usize = 88;

pub fn run(g: &GlobalArgs, args: PrinciplesArgs) -> Result<ExitStatus> {
    let f = super::framework_or_exit!(g);
    let principle = match &args.principle {
        None => None,
        Some(key) => Some(super::find_principle(&f, key)?),
    };
    let text = match (args.format, principle) {
        (PrinciplesFormat::Text, None) => crate::sanitize::for_terminal(&overview(&f)).into_owned(),
        (PrinciplesFormat::Text, Some(p)) => {
            crate::sanitize::for_terminal(&detail(&f, p)).into_owned()
        }
        (PrinciplesFormat::Json, p) => {
            serde_json::to_string_pretty(&crate::json::PrinciplesDocument::build(&f, p))? + "\n"
        }
    };
    // JSON gets DEL, C1 and bidi controls escaped the JSON way (lossless); the text was escaped
    // for the terminal above and holds none.
    super::out(&crate::sanitize::json_text(&text))?;
    Ok(ExitStatus::Success)
}

fn overview(f: &Framework) -> String {
    let mut s = format!("{} (version {})\n{}\n", f.title, f.version, f.source);
    s.push_str(&format!(
        "{} pillars, {} principles, {} questions; levels: {}\n",
        f.pillars.len(),
        f.principles.len(),
        f.question_count(),
        f.scale
            .iter()
            .enumerate()
            .map(|(i, l)| format!("{i} {l}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let width = f
        .principles
        .iter()
        .map(|p| p.number.to_string().len())
        .max()
        .unwrap_or(1);
    for pillar in &f.pillars {
        s.push_str(&format!("\n{}\n", pillar.title));
        for p in f.principles_of(&pillar.id) {
            let n = p.questions.len();
            s.push_str(&format!(
                "  {:>width$}  {}  ({} question{})\n      id: {}\n",
                p.number,
                p.title,
                n,
                if n == 1 { "" } else { "s" },
                p.id
            ));
        }
    }
    if !f.dimensions.is_empty() {
        s.push_str("\nDimensions (across the principles)\n");
        for d in &f.dimensions {
            let scored = f
                .questions()
                .filter(|(_, q)| q.dimension.as_deref() == Some(d.id.as_str()) && q.scored)
                .count();
            s.push_str(&format!(
                "  {}  ({} scored question{})\n      id: {}\n",
                d.title,
                scored,
                if scored == 1 { "" } else { "s" },
                d.id
            ));
        }
    }
    if !f.guidance.is_empty() {
        s.push_str("\nHow to answer\n");
        wrap(&mut s, &f.guidance, "  ");
    }
    if !f.definitions.is_empty() {
        s.push_str("\nDefinitions (every assessor uses these)\n");
        for d in &f.definitions {
            wrap_hanging(&mut s, &format!("  {}: ", d.term), &d.text, "    ");
        }
    }
    if f.uses_na_when() {
        s.push('\n');
        wrap(
            &mut s,
            "\"n/a\" is an answer only to the questions that say when it applies (dgtk principles N shows them).",
            "",
        );
    }
    s.push_str("\nShow one principle's questions: dgtk principles NUMBER|ID\n");
    s
}

fn wrap(s: &mut String, text: &str, indent: &str) {
    wrap_hanging(s, indent, text, indent);
}

fn wrap_hanging(s: &mut String, first: &str, text: &str, indent: &str) {
    for line in crate::render::wrap_lines(text, WIDTH, first, indent) {
        s.push_str(&line);
        s.push('\n');
    }
}

fn detail(f: &Framework, p: &Principle) -> String {
    let pillar = f
        .pillar(&p.pillar)
        .map_or(p.pillar.as_str(), |x| x.title.as_str());
    let mut s = format!("{}. {}\n", p.number, p.title);
    s.push_str(&format!(
        "Pillar: {pillar}   id: {}   weight: {}\n\n",
        p.id,
        crate::assessment::format_number(p.weight)
    ));
    wrap(&mut s, &p.summary, "");
    let total = p.questions.len();
    for (i, q) in p.questions.iter().enumerate() {
        s.push_str(&format!(
            "\n{}.{} {}  [{}]",
            p.number,
            i + 1,
            q.id,
            q.kind.name()
        ));
        if q.weight != 1.0 {
            s.push_str(&format!(
                "  weight {}",
                crate::assessment::format_number(q.weight)
            ));
        }
        s.push_str(&format!("  ({} of {total})\n", i + 1));
        wrap(&mut s, &q.text, "    ");
        wrap_hanging(&mut s, "    Guidance: ", &q.guidance, "              ");
        match &q.kind {
            QuestionKind::Level { descriptors } => {
                for (level, d) in descriptors.iter().enumerate() {
                    let label = f.scale.get(level).map_or("", String::as_str);
                    let head = format!("    {level} {label}: ");
                    wrap_hanging(&mut s, &head, d, "      ");
                }
            }
            QuestionKind::YesNo => s.push_str("    Answer: yes or no\n"),
            QuestionKind::Checklist { items } => {
                s.push_str("    Items (check those in place):\n");
                for it in items {
                    let w = if it.weight != 1.0 {
                        format!(" (weight {})", crate::assessment::format_number(it.weight))
                    } else {
                        String::new()
                    };
                    wrap_hanging(
                        &mut s,
                        &format!("    - {}: ", it.id),
                        &format!("{}{w}", it.text),
                        "      ",
                    );
                }
            }
            QuestionKind::Number {
                unit,
                min,
                max,
                better,
            } => {
                let what = crate::present::number_answer(unit, *min, *max, *better);
                s.push_str(&format!("    Answer: {what}\n"));
            }
        }
        if !q.scored {
            s.push_str("    Context indicator, not scored: shown with its value and trend only\n");
        }
        if let Some(d) = &q.dimension {
            let title = f.dimension(d).map_or(d.as_str(), |x| x.title.as_str());
            s.push_str(&format!("    Dimension: {title}\n"));
        }
        if let Some(n) = &q.na_when {
            wrap_hanging(&mut s, "    n/a only when: ", n, "      ");
        }
        for term in &q.uses {
            if let Some(d) = f.definition(term) {
                wrap_hanging(
                    &mut s,
                    &format!("    Definition, {}: ", d.term),
                    &d.text,
                    "      ",
                );
            }
        }
        if !q.replaces.is_empty() {
            s.push_str(&format!("    Continues: {}\n", q.replaces.join(", ")));
        }
    }
    if !p.practices.is_empty() {
        s.push_str("\nGood practices\n");
        for pr in &p.practices {
            wrap_hanging(
                &mut s,
                "  - ",
                &format!("{} ({}, {})", pr.title, pr.country, pr.year),
                "    ",
            );
            wrap(&mut s, &pr.summary, "    ");
            wrap(&mut s, &pr.source, "    ");
        }
    }
    s
}
