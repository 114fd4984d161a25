//! `dgtk principles [ID]`: the framework at a glance, or one principle's questions in full.

use anyhow::Result;
use clap::{Args, ValueEnum};
use serde_json::json;

use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;
use crate::framework::{Better, Framework, Principle, QuestionKind};

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
        Some(key) => match f.find_principle(key) {
            Some(p) => Some(p),
            None => {
                let hint = crate::diag::suggestion(key, f.principles.iter().map(|p| p.id.as_str()));
                let range = match (f.principles.first(), f.principles.last()) {
                    (Some(a), Some(b)) => format!("{} to {}", a.number, b.number),
                    _ => "none".into(),
                };
                super::eprint(&format!(
                    "error: no principle \"{key}\" in framework {}{hint}; give a number ({range}) or an id (see `dgtk principles`)\n",
                    f.id
                ));
                return Ok(ExitStatus::Failure);
            }
        },
    };
    let text = match (args.format, principle) {
        (PrinciplesFormat::Text, None) => crate::sanitize::for_terminal(&overview(&f)).into_owned(),
        (PrinciplesFormat::Text, Some(p)) => {
            crate::sanitize::for_terminal(&detail(&f, p)).into_owned()
        }
        (PrinciplesFormat::Json, p) => {
            let principles: Vec<_> = match p {
                Some(p) => vec![principle_json(&f, p)],
                None => f.principles.iter().map(|p| principle_json(&f, p)).collect(),
            };
            let v = json!({
                "schema": 1,
                "dgtk": env!("CARGO_PKG_VERSION"),
                "framework": { "id": f.id, "title": f.title, "version": f.version, "source": f.source, "guidance": f.guidance },
                "pillars": f.pillars.iter().map(|p| json!({"id": p.id, "title": p.title})).collect::<Vec<_>>(),
                "scale": f.scale,
                "bands": f.bands.iter().map(|b| json!({"from": b.from, "label": b.label})).collect::<Vec<_>>(),
                "principles": principles,
            });
            serde_json::to_string_pretty(&v)? + "\n"
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
    if !f.guidance.is_empty() {
        s.push_str("\nHow to answer\n");
        wrap(&mut s, &f.guidance, "  ");
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
                let b = better.phrase();
                s.push_str(&format!(
                    "    Answer: a number in {unit}, from {} to {} ({b})\n",
                    crate::assessment::format_number(*min),
                    crate::assessment::format_number(*max)
                ));
            }
        }
        if !q.replaces.is_empty() {
            s.push_str(&format!("    Continues: {}\n", q.replaces.join(", ")));
        }
    }
    s
}

fn principle_json(f: &Framework, p: &Principle) -> serde_json::Value {
    json!({
        "number": p.number,
        "id": p.id,
        "pillar": p.pillar,
        "title": p.title,
        "summary": p.summary,
        "weight": p.weight,
        "questions": p.questions.iter().map(|q| {
            let mut v = json!({
                "id": q.id, "kind": q.kind.name(), "text": q.text, "guidance": q.guidance,
                "weight": q.weight, "replaces": q.replaces,
            });
            match &q.kind {
                QuestionKind::Level { descriptors } => {
                    v["levels"] = json!(descriptors.iter().enumerate().map(|(i, d)| json!({
                        "level": i, "label": f.scale.get(i), "descriptor": d
                    })).collect::<Vec<_>>());
                }
                QuestionKind::Checklist { items } => {
                    v["items"] = json!(items.iter().map(|i| json!({"id": i.id, "text": i.text, "weight": i.weight})).collect::<Vec<_>>());
                }
                QuestionKind::Number { unit, min, max, better } => {
                    v["unit"] = json!(unit);
                    v["min"] = json!(min);
                    v["max"] = json!(max);
                    v["better"] = json!(if *better == Better::Higher { "higher" } else { "lower" });
                }
                QuestionKind::YesNo => {}
            }
            v
        }).collect::<Vec<_>>(),
    })
}
