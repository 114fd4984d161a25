//! One vocabulary: for every example file, what a score rests on and what it leaves out is worded
//! the same by `score`, `report`, `diff` and the questionnaire's review screen.

use crate::support;

/// Stdout of `dgtk ARGS`, on a terminal width that truncates nothing.
fn run(args: &[&str]) -> String {
    let out = support::dgtk().args(args).env("COLUMNS", "400").run();
    out.stdout_str().to_string()
}

/// The line of `text` that starts with `prefix` (after leading spaces), without the prefix.
fn line_after<'a>(text: &'a str, prefix: &str) -> &'a str {
    text.lines()
        .map(str::trim_start)
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no line starting {prefix:?} in\n{text}"))
        .trim()
}

#[test]
fn counts_are_worded_alike_in_score_report_diff_and_review() {
    // Each example with the built-in version it names (2024 and 2025 on 1.0.0, 2026 on 2.0.0).
    let current = dgtk::framework::load_builtin().expect("the built-in framework");
    let versions = dgtk::framework::Versions::builtin(current).expect("every release loads");
    let examples = ["xmp-2024", "xmp-2025", "xmp-2026", "xnv-2026"];
    for name in examples {
        let file = format!("assessments/{name}.toml");
        // score: the CSV's counts give the figures; the table shows the words
        let csv = run(&["score", &file, "--format", "csv"]);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let row = reader.records().next().unwrap().unwrap();
        let get = |h: &str| row[headers.iter().position(|x| x == h).unwrap()].to_string();
        let table = run(&["score", &file]);
        let data = table.lines().nth(2).expect("a data row");

        // report: the overall basis sentence
        let report = run(&["report", &file]);
        let sentence = line_after(&report, "Rests on ");
        let sentence = format!("Rests on {sentence}");

        // diff (this file as the new side, against itself: the basis of each side)
        let diff = run(&["diff", &file, &file]);
        assert_eq!(
            line_after(&diff, "New:"),
            sentence,
            "{name}: diff vs report"
        );
        assert_eq!(
            line_after(&diff, "Old:"),
            sentence,
            "{name}: diff vs report"
        );

        // the questionnaire's review screen
        let framework = versions
            .for_file(std::path::Path::new(&file))
            .expect("a known version")
            .clone();
        let assessment = dgtk::assessment::load_file(std::path::Path::new(&file), &framework)
            .expect("valid example");
        let card = dgtk::score::score(&assessment, &framework);
        let review =
            dgtk::questionnaire::screen::review(&framework, "", &assessment, &card, 200).text(400);
        assert!(
            review.lines().any(|l| l.trim() == sentence),
            "{name}: review screen lacks {sentence:?}\n{review}"
        );

        // score's table cells are the sentence's parts, and its counts add up
        let rests = format!("{} of {}", get("scored"), get("questions"));
        assert!(
            sentence.starts_with(&format!("Rests on {rests} questions")),
            "{name}"
        );
        assert!(
            data.contains(&rests),
            "{name}: score table lacks {rests:?}\n{data}"
        );
        let left = sentence
            .split("left out: ")
            .nth(1)
            .unwrap()
            .trim_end_matches('.');
        assert!(
            data.contains(left),
            "{name}: score table lacks {left:?}\n{data}"
        );
        let unknown: usize = get("unknown").parse().unwrap();
        if unknown > 0 {
            let zero = format!("{unknown} unknown as 0");
            assert!(sentence.contains(&zero) && data.contains(&zero), "{name}");
        }
    }
}
