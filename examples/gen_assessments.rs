//! Writes N synthetic answer files for benchmarks and fuzz seeds: valid, final, every question
//! answered, each with evidence text and a link, in the canonical form `dgtk` itself writes.
//! The values come from a small seeded generator, so the same arguments give the same files.
//!
//! ```text
//! cargo run --release --example gen_assessments -- N DIR [--framework FRAMEWORK_DIR] [--seed S]
//!     [--countries C --years Y]
//! ```
//!
//! By default file i is for country `X{i % 100}` and year 2015 + i % 12. With `--countries C
//! --years Y` the files are C countries (`X00`...) over Y years from 2015: file i is for
//! country i % C and year 2015 + (i / C) % Y, so C x Y files hold one assessment of each
//! country in each year.
//!
//! Files are named `DIR/00000.toml`, `DIR/00001.toml`...; DIR is created if missing.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use dgtk::assessment::{Answer, Assessment, Status, Value, render};
use dgtk::framework::{Framework, QuestionKind, load_builtin, load_dir};

/// xorshift64*: enough variety for synthetic answers, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const WORDS: &[&str] = &[
    "policy",
    "adopted",
    "ministry",
    "portal",
    "datasets",
    "published",
    "budget",
    "agencies",
    "framework",
    "monitoring",
    "annual",
    "report",
    "standard",
    "service",
    "users",
    "guidance",
    "strategy",
    "council",
    "review",
    "audit",
    "open",
    "licence",
    "procurement",
    "platform",
];

fn evidence(rng: &mut Rng, year: i32) -> String {
    let n = 20 + rng.below(40) as usize;
    let words: Vec<&str> = (0..n)
        .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
        .collect();
    format!(
        "{} in {year}; see the {} report, section {}.",
        words.join(" "),
        WORDS[rng.below(WORDS.len() as u64) as usize],
        1 + rng.below(12)
    )
}

/// One synthetic, final, fully answered assessment.
fn synthetic(f: &Framework, i: usize, rng: &mut Rng, layout: Option<(usize, usize)>) -> Assessment {
    let (country, year) = match layout {
        Some((c, y)) => (i % c.max(1), 2015 + ((i / c.max(1)) % y.max(1)) as i32),
        None => (i % 100, 2015 + (i % 12) as i32),
    };
    let mut a = Assessment::new(f, &format!("X{country:02}"), year);
    a.meta.organisation = Some(format!("Agency {}", i / 100));
    a.meta.assessors = vec![format!("Assessor {}", rng.below(50))];
    a.meta.status = Status::Final;
    a.meta.updated = Some("2026-01-31T12:00:00Z".into());
    let mut answers = BTreeMap::new();
    for (_, q) in f.questions() {
        let roll = rng.below(100);
        // n/a only where the framework allows it (`na_when`).
        let value = if roll < 3 && f.accepts_na(q) {
            Value::NotApplicable
        } else if roll < 6 {
            Value::Unknown
        } else {
            match &q.kind {
                QuestionKind::Level { .. } => {
                    Value::Level(rng.below(u64::from(f.max_level()) + 1) as u32)
                }
                QuestionKind::YesNo => Value::YesNo(rng.below(2) == 1),
                QuestionKind::Checklist { items } => Value::Checklist(
                    items
                        .iter()
                        .filter(|_| rng.below(2) == 1)
                        .map(|i| i.id.clone())
                        .collect(),
                ),
                QuestionKind::Number { min, max, .. } => {
                    let v = min + (max - min) * rng.unit();
                    Value::Number(((v * 10.0).round() / 10.0).clamp(*min, *max))
                }
            }
        };
        let answer = Answer {
            value: Some(value),
            evidence: Some(evidence(rng, year)),
            links: vec![format!("https://example.gov/evidence/{}/{}", i, q.id)],
            review: false,
        };
        answers.insert(q.id.clone(), answer);
    }
    a.answers = answers;
    for p in &f.principles {
        if rng.below(3) == 0 {
            a.targets.insert(p.id.clone(), (40 + rng.below(60)) as f64);
        }
    }
    a
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut positional = Vec::new();
    let mut framework = None;
    let mut seed = 0x5eed_u64;
    let (mut countries, mut years) = (None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--framework" => framework = args.next().map(PathBuf::from),
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed),
            "--countries" => countries = args.next().and_then(|s| s.parse::<usize>().ok()),
            "--years" => years = args.next().and_then(|s| s.parse::<usize>().ok()),
            _ => positional.push(a),
        }
    }
    let (Some(n), Some(dir)) = (
        positional.first().and_then(|n| n.parse::<usize>().ok()),
        positional.get(1).map(PathBuf::from),
    ) else {
        eprintln!(
            "usage: gen_assessments N DIR [--framework FRAMEWORK_DIR] [--seed S] [--countries C --years Y]"
        );
        return ExitCode::from(2);
    };
    let f = match framework {
        Some(d) => load_dir(&d),
        None => load_builtin(),
    };
    let f = match f {
        Ok(f) => f,
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let mut rng = Rng(seed.max(1));
    for i in 0..n {
        let a = synthetic(&f, i, &mut rng, countries.zip(years));
        let path = dir.join(format!("{i:05}.toml"));
        if let Err(e) = std::fs::write(&path, render(&a, &f)) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
