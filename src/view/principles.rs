//! The text of `dgtk principles`: the framework at a glance, one principle's questions with their
//! guidance and level descriptors, or one question under its principle's title, wrapped to the
//! width given. It only lays out what the framework says, in the interface language; it reads
//! no file and prints nothing (the command escapes the text for the terminal and prints it).

use crate::framework::{Framework, Principle, QuestionKind};

/// The framework at a glance: title, source and counts, each pillar's principles with their
/// question counts and ids, the dimensions, how to answer, the definitions.
pub(crate) fn overview(f: &Framework, w: usize) -> String {
    let mut s = String::new();
    wrap(
        &mut s,
        &crate::t!(
            "principles-title",
            title = f.title.as_str(),
            version = f.version.as_str()
        ),
        "",
        w,
    );
    wrap(&mut s, &f.source, "", w);
    let counts = crate::t!(
        "principles-counts",
        pillars = f.pillars.len(),
        principles = f.principles.len(),
        questions = f.question_count(),
        levels = f
            .scale
            .iter()
            .enumerate()
            .map(|(i, l)| crate::t!("principles-level", level = i, label = l.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    wrap(&mut s, &counts, "", w);
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
            let head = format!("  {:>width$}  ", p.number);
            let text = crate::t!("principles-questions", title = p.title.as_str(), n = n);
            wrap_hanging(&mut s, &head, &text, &" ".repeat(head.len()), w);
            s.push_str(&format!("      id{}{}\n", crate::present::colon(), p.id));
        }
    }
    if !f.dimensions.is_empty() {
        s.push_str(&format!("\n{}\n", crate::t!("principles-dimensions")));
        for d in &f.dimensions {
            let scored = f
                .questions()
                .filter(|(_, q)| q.dimension.as_deref() == Some(d.id.as_str()) && q.scored)
                .count();
            let text = crate::t!(
                "principles-scored-questions",
                title = d.title.as_str(),
                n = scored
            );
            wrap_hanging(&mut s, "  ", &text, "    ", w);
            s.push_str(&format!("      id{}{}\n", crate::present::colon(), d.id));
        }
    }
    if !f.guidance.is_empty() {
        s.push_str(&format!("\n{}\n", crate::t!("principles-how-to-answer")));
        wrap(&mut s, &f.guidance, "  ", w);
    }
    if !f.definitions.is_empty() {
        s.push_str(&format!("\n{}\n", crate::t!("principles-definitions")));
        for d in &f.definitions {
            wrap_hanging(&mut s, &format!("  {}: ", d.term), &d.text, "    ", w);
        }
    }
    if f.uses_na_when() {
        s.push('\n');
        wrap(&mut s, &crate::t!("principles-na-note"), "", w);
    }
    s.push('\n');
    wrap(&mut s, &crate::t!("principles-show-one"), "", w);
    s
}

fn wrap(s: &mut String, text: &str, indent: &str, w: usize) {
    wrap_hanging(s, indent, text, indent, w);
}

fn wrap_hanging(s: &mut String, first: &str, text: &str, indent: &str, w: usize) {
    for line in crate::present::wrap_lines(text, w, first, indent) {
        s.push_str(&line);
        s.push('\n');
    }
}

/// One principle in full: its head and summary, each of its questions, its good practices.
pub(crate) fn detail(f: &Framework, p: &Principle, w: usize) -> String {
    let mut s = principle_head(f, p, w);
    wrap(&mut s, &p.summary, "", w);
    for i in 0..p.questions.len() {
        s.push('\n');
        question(&mut s, f, p, i, w);
    }
    if !p.practices.is_empty() {
        s.push_str(&format!("\n{}\n", crate::t!("principles-good-practices")));
        for pr in &p.practices {
            wrap_hanging(
                &mut s,
                "  - ",
                &format!("{} ({}, {})", pr.title, pr.country, pr.year),
                "    ",
                w,
            );
            wrap(&mut s, &pr.summary, "    ", w);
            wrap(&mut s, &pr.source, "    ", w);
        }
    }
    s
}

/// One question, under the title of its principle.
pub(crate) fn one_question(f: &Framework, p: &Principle, i: usize, w: usize) -> String {
    let mut s = principle_head(f, p, w);
    question(&mut s, f, p, i, w);
    s.push_str(&format!(
        "\n{}\n",
        crate::t!("principles-whole", number = p.number)
    ));
    s
}

fn principle_head(f: &Framework, p: &Principle, w: usize) -> String {
    let pillar = f
        .pillar(&p.pillar)
        .map_or(p.pillar.as_str(), |x| x.title.as_str());
    let mut s = String::new();
    wrap(&mut s, &format!("{}. {}", p.number, p.title), "", w);
    let meta = crate::t!(
        "principles-head",
        pillar = pillar,
        id = p.id.as_str(),
        weight = crate::i18n::decimal(&crate::assessment::format_number(p.weight))
    );
    wrap(&mut s, &meta, "", w);
    s.push('\n');
    s
}

/// Question `i` of principle `p` in full: text, guidance, how it is answered, dimension, when
/// n/a applies and the definitions it uses.
fn question(s: &mut String, f: &Framework, p: &Principle, i: usize, w: usize) {
    let total = p.questions.len();
    let q = &p.questions[i];
    let mut head = format!(
        "{}.{} {}  [{}]",
        p.number,
        i + 1,
        q.id,
        // English shows the kind as framework files name it (`yes_no`); another language its
        // word for it.
        if crate::i18n::language() == crate::i18n::REFERENCE {
            q.kind.name().to_string()
        } else {
            crate::present::kind_word(&q.kind)
        }
    );
    if q.weight != 1.0 {
        head.push_str(&format!(
            "  {}",
            crate::t!(
                "principles-weight",
                weight = crate::i18n::decimal(&crate::assessment::format_number(q.weight))
            )
        ));
    }
    head.push_str(&format!(
        "  {}",
        crate::t!("principles-position", n = i + 1, total = total)
    ));
    wrap_hanging(s, "", &head, "    ", w);
    wrap(s, &q.text, "    ", w);
    let guidance = format!("    {} ", crate::t!("principles-guidance"));
    let hang = " ".repeat(crate::present::width(&guidance));
    wrap_hanging(s, &guidance, &q.guidance, &hang, w);
    match &q.kind {
        QuestionKind::Level { descriptors } => {
            for (level, d) in descriptors.iter().enumerate() {
                let label = f.scale.get(level).map_or("", String::as_str);
                let head = format!("    {level} {label}{}", crate::present::colon());
                wrap_hanging(s, &head, d, "      ", w);
            }
        }
        QuestionKind::YesNo => s.push_str(&format!(
            "    {} {}\n",
            crate::t!("principles-answer"),
            crate::t!("principles-yes-no")
        )),
        QuestionKind::Checklist { items } => {
            s.push_str(&format!("    {}\n", crate::t!("principles-items")));
            for it in items {
                let wt = if it.weight != 1.0 {
                    format!(
                        " {}",
                        crate::t!(
                            "principles-item-weight",
                            weight =
                                crate::i18n::decimal(&crate::assessment::format_number(it.weight))
                        )
                    )
                } else {
                    String::new()
                };
                wrap_hanging(
                    s,
                    &format!("    - {}{}", it.id, crate::present::colon()),
                    &format!("{}{wt}", it.text),
                    "      ",
                    w,
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
            let answer = format!("    {} ", crate::t!("principles-answer"));
            wrap_hanging(s, &answer, &what, "      ", w);
        }
    }
    if !q.scored {
        wrap(s, &crate::t!("principles-context"), "    ", w);
    }
    if let Some(d) = &q.dimension {
        let title = f.dimension(d).map_or(d.as_str(), |x| x.title.as_str());
        let label = format!("    {} ", crate::t!("principles-dimension"));
        wrap_hanging(s, &label, title, "      ", w);
    }
    if let Some(n) = &q.na_when {
        let label = format!("    {} ", crate::t!("principles-na-when"));
        wrap_hanging(s, &label, n, "      ", w);
    }
    for term in &q.uses {
        if let Some(d) = f.definition(term) {
            wrap_hanging(
                s,
                &format!(
                    "    {} ",
                    crate::t!("principles-definition", term = d.term.as_str())
                ),
                &d.text,
                "      ",
                w,
            );
        }
    }
    if !q.replaces.is_empty() {
        let label = format!("    {} ", crate::t!("principles-continues"));
        wrap_hanging(s, &label, &q.replaces.join(", "), "      ", w);
    }
}
