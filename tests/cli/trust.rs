//! Numbers that cannot mislead: a range beside every score and a provisional mark, the count of
//! answers still to confirm, large declines above the overall figure, comparisons that say when
//! they are not like for like, and next steps ranked by what they add. Each on the real binary.

use serde_json::Value;

use crate::support::{self, Run};

fn dgtk(args: &[&str]) -> Run {
    support::dgtk().args(args).run()
}

fn json(args: &[&str]) -> Value {
    let run = dgtk(args).success();
    serde_json::from_str(run.stdout_str()).expect("JSON output")
}

/// A 45%-answered draft of XNV 2026 and the complete XNV file as its 2025 prior.
const PARTIAL: &str = "tests/fixtures/trust/xnv-2026-partial.toml";
const COMPLETE_PRIOR: &str = "tests/fixtures/trust/xnv-2025.toml";

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Every score object of one assessment: overall, pillars, principles, dimensions.
fn score_objects(item: &Value) -> Vec<(String, &Value)> {
    let mut v = vec![("overall".to_string(), &item["overall"])];
    for key in ["pillars", "principles", "dimensions"] {
        if let Some(list) = item[key].as_array() {
            v.extend(
                list.iter()
                    .map(|x| (format!("{key} {}", x["id"].as_str().unwrap_or("?")), x)),
            );
        }
    }
    v
}

#[test]
fn every_score_has_low_and_high_and_they_equal_it_when_nothing_is_open() {
    let doc = json(&["score", "assessments/", "--format", "json"]);
    let items = doc["assessments"].as_array().unwrap();
    assert_eq!(items.len(), 4);
    let mut checked = 0;
    for item in items {
        let file = item["file"].as_str().unwrap();
        assert!(
            item["dimensions"].is_array() || item["framework"]["version"] == "1.0.0",
            "{file}"
        );
        for (what, o) in score_objects(item) {
            assert!(
                o.get("low").is_some() && o.get("high").is_some(),
                "{file} {what}: no low/high in {o}"
            );
            assert!(o["provisional"].is_boolean(), "{file} {what}");
            let c = &o["counts"];
            let open = c["unknown"].as_u64().unwrap() + c["unanswered"].as_u64().unwrap();
            let (Some(s), Some(low), Some(high)) =
                (o["score"].as_f64(), o["low"].as_f64(), o["high"].as_f64())
            else {
                continue;
            };
            assert!(
                low <= s + 1e-9 && s <= high + 1e-9,
                "{file} {what}: {low} {s} {high}"
            );
            if open == 0 {
                assert!(close(low, s) && close(high, s), "{file} {what}: {o}");
                assert_eq!(o["provisional"], false, "{file} {what}");
            }
            checked += 1;
        }
    }
    // 4 files x (overall, 3 pillars, 12 principles), and 7 dimensions in each 2.0.0 file.
    assert_eq!(checked, 4 * 16 + 2 * 7);
}

#[test]
fn a_half_answered_file_is_provisional() {
    let doc = json(&["score", PARTIAL, "--format", "json", "--by", "principle"]);
    let o = &doc["assessments"][0]["overall"];
    let coverage = o["counts"]["coverage"].as_f64().unwrap();
    assert!((0.44..0.46).contains(&coverage), "{coverage}");
    let (s, low, high) = (
        o["score"].as_f64().unwrap(),
        o["low"].as_f64().unwrap(),
        o["high"].as_f64().unwrap(),
    );
    assert!(low < s && s < high && high - low > 20.0, "{low} {s} {high}");
    assert_eq!(o["provisional"], true);

    // In the table: the range beside the score, the band marked, and the legend.
    let text = dgtk(&["score", PARTIAL]).success().stdout_str().to_string();
    let range = format!("{s:.1} ({low:.1}-{high:.1})");
    assert!(text.contains(&range), "{range} not in:\n{text}");
    assert!(text.contains("Established, provisional"), "{text}");
    assert!(text.contains("The range (low-high) is the score"), "{text}");
    // A complete file shows its score alone: nothing could move it.
    let full = dgtk(&["score", COMPLETE_PRIOR])
        .success()
        .stdout_str()
        .to_string();
    assert!(
        !full.contains("provisional") && !full.contains("The range (low-high)"),
        "{full}"
    );
}

#[test]
fn csv_has_low_and_high_columns_after_each_score() {
    let run = dgtk(&["score", PARTIAL, "--format", "csv", "--by", "pillar"]).success();
    let mut rows = csv::Reader::from_reader(run.stdout_str().as_bytes());
    let headers: Vec<String> = rows.headers().unwrap().iter().map(String::from).collect();
    let at = |h: &str| {
        headers
            .iter()
            .position(|x| x == h)
            .unwrap_or_else(|| panic!("{h}"))
    };
    assert_eq!(at("overall") + 1, at("overall_low"));
    assert_eq!(at("overall") + 2, at("overall_high"));
    assert_eq!(
        at("governance-coordination") + 1,
        at("governance-coordination_low")
    );
    let row = rows.records().next().unwrap().unwrap();
    assert_eq!(&row[at("provisional")], "true");
    assert_eq!(&row[at("review")], "0");
    let n = |h: &str| row[at(h)].parse::<f64>().unwrap();
    assert!(n("overall_low") < n("overall") && n("overall") < n("overall_high"));
}

#[test]
fn a_file_fresh_from_init_from_shows_its_unconfirmed_answers() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("xnv-2027.toml");
    dgtk(&[
        "init",
        "--from",
        "assessments/xnv-2026.toml",
        "-o",
        out.to_str().unwrap(),
    ])
    .success();
    let file = out.to_str().unwrap();
    let doc = json(&["score", file, "--format", "json"]);
    let item = &doc["assessments"][0];
    let answered = item["overall"]["counts"]["questions"].as_u64().unwrap()
        - item["overall"]["counts"]["unanswered"].as_u64().unwrap();
    let review = item["review"].as_u64().unwrap();
    assert!(review >= answered && review > 70, "{review} of {answered}");

    let text = dgtk(&["score", file]).success().stdout_str().to_string();
    let header = text.lines().next().unwrap();
    assert!(header.trim_end().ends_with("review"), "{header}");
    let row = text.lines().nth(2).unwrap();
    assert!(
        row.trim_end().ends_with(&format!(" {review}")),
        "the review count {review} is not in: {row}"
    );
    // The examples: the draft XMP 2026 still has 3 answers to confirm, the others none.
    let doc = json(&["score", "assessments/", "--format", "json"]);
    let counts: Vec<u64> = doc["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["review"].as_u64().unwrap())
        .collect();
    assert_eq!(counts, [0, 0, 3, 0]);
}

/// The lines of the report before the first blank line after its header: the headline.
fn headline(text: &str) -> Vec<&str> {
    let start = text
        .lines()
        .position(|l| l.starts_with("Declines:") || l.starts_with("Overall score:"))
        .expect("a headline");
    text.lines()
        .skip(start)
        .take_while(|l| !l.is_empty())
        .collect()
}

/// A wrapped paragraph as one line.
fn joined(lines: &[&str]) -> String {
    lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ")
}

#[test]
fn the_report_opens_with_the_decline_of_principle_5_before_the_overall_figure() {
    let run = dgtk(&[
        "report",
        "assessments/xmp-2026.toml",
        "--prior",
        "assessments/xmp-2025.toml",
    ])
    .success();
    let lines = headline(run.stdout_str());
    let overall = lines
        .iter()
        .position(|l| l.starts_with("Overall score:"))
        .unwrap();
    let declines = joined(&lines[..overall]);
    assert!(
        declines.starts_with(
            "Declines: Overall -15.7, and Leadership and political commitment fell 58.2 (Leading -> Emerging);"
        ),
        "{declines}"
    );
    // Every principle or pillar that fell 10 points or more, and none that fell less.
    assert!(declines.contains("the Governance and co-ordination pillar fell 27.1"));
    assert!(declines.contains("fell 11.0"), "{declines}");
    assert!(!declines.contains("fell 7.7"), "{declines}");

    // The same files on framework 1.0.0: the overall rose, and the headline says "but".
    let run = dgtk(&[
        "report",
        "tests/fixtures/v1/xmp-2026.toml",
        "--prior",
        "assessments/xmp-2025.toml",
    ])
    .success();
    let lines = headline(run.stdout_str());
    assert_eq!(
        joined(&lines[..2]),
        "Declines: Overall +13.4, but Leadership and political commitment fell 30.7 (Leading -> Developing)"
    );
    assert!(lines[2].starts_with("Overall score: 66.3 (Established), +13.4 since 2025"));

    // Markdown and HTML put it first too.
    for format in ["markdown", "html"] {
        let run = dgtk(&[
            "report",
            "tests/fixtures/v1/xmp-2026.toml",
            "--prior",
            "assessments/xmp-2025.toml",
            "--format",
            format,
        ])
        .success();
        let out = run.stdout_str();
        let d = out
            .find("Declines: Overall +13.4, but Leadership and political commitment fell 30.7")
            .unwrap_or_else(|| panic!("{format}: no declines headline"));
        let o = out.find("Overall score").expect("overall");
        assert!(
            d < o,
            "{format}: the declines come after the overall figure"
        );
    }
}

#[test]
fn the_decline_threshold_is_configurable() {
    let report = |n: &str| {
        dgtk(&[
            "report",
            "assessments/xmp-2026.toml",
            "--prior",
            "assessments/xmp-2025.toml",
            "--decline-threshold",
            n,
        ])
        .success()
        .stdout_str()
        .to_string()
    };
    let only_p5 = joined(&headline(&report("50")));
    assert!(
        only_p5.starts_with(
            "Declines: Overall -15.7, and Leadership and political commitment fell 58.2 (Leading -> Emerging) Overall score"
        ),
        "{only_p5}"
    );
    assert!(!report("60").contains("Declines:"));
    dgtk(&[
        "report",
        "assessments/xmp-2026.toml",
        "--decline-threshold",
        "-3",
    ])
    .code(2);
}

#[test]
fn diff_lists_principle_5_first_among_declines() {
    let args = [
        "diff",
        "assessments/xmp-2025.toml",
        "assessments/xmp-2026.toml",
    ];
    let run = dgtk(&args).success();
    let text = run.stdout_str();
    let first = |prefix: &str| text.lines().position(|l| l.starts_with(prefix)).unwrap();
    assert!(first("Declines:") < first("Overall:"), "{text}");
    assert!(
        text.contains(
            "Declines:  Overall -15.7, and Leadership and political commitment fell 58.2"
        ),
        "{text}"
    );
    let summary = text
        .lines()
        .find(|l| l.trim_start().starts_with("Declines    "))
        .unwrap();
    assert!(
        summary.contains("Declines    principle 5 (-58.2), principle 7 (-45.8)"),
        "{summary}"
    );

    let mut j = vec!["--format", "json"];
    j.splice(0..0, args);
    let doc = json(&j);
    let p5 = doc["principles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["number"] == 5)
        .unwrap();
    assert_eq!(doc["declines"][0], p5["id"]);
    assert!(close(p5["delta"].as_f64().unwrap().round(), -58.0));
    assert_eq!(doc["decline_threshold"], 10.0);
    assert_eq!(doc["comparison"], "since");
    assert_eq!(
        doc["caveats"],
        serde_json::json!([
            "3 answers flagged for review",
            "framework 2.0.0 against 1.0.0"
        ])
    );
    for side in ["old", "new"] {
        assert!(doc["overall"][side]["low"].is_number(), "{side}");
        assert!(doc["overall"][side]["high"].is_number(), "{side}");
    }
}

#[test]
fn a_partial_draft_against_a_complete_prior_carries_the_coverage_caveat_on_the_delta_line() {
    let run = dgtk(&["report", PARTIAL, "--prior", COMPLETE_PRIOR]).success();
    let lines = headline(run.stdout_str());
    let overall = joined(&lines[..lines.len() - 1]);
    assert!(
        overall.starts_with("Overall score: 68.3 (Established), range 32.7-87.4, provisional, +9.1 since 2025; not like for like: coverage 45% against 100%"),
        "{overall}"
    );
    // Markdown keeps the sentence on one line.
    let run = dgtk(&[
        "report",
        PARTIAL,
        "--prior",
        COMPLETE_PRIOR,
        "--format",
        "markdown",
    ])
    .success();
    let line = run
        .stdout_str()
        .lines()
        .find(|l| l.starts_with("**Overall score:"))
        .unwrap();
    assert!(
        line.contains("+9.1 since 2025; not like for like: coverage 45% against 100%"),
        "{line}"
    );
    // The diff: on the Overall line, and in JSON.
    let run = dgtk(&["diff", COMPLETE_PRIOR, PARTIAL]).success();
    let text = run.stdout_str();
    let start = text
        .lines()
        .position(|l| l.starts_with("Overall:"))
        .unwrap();
    let overall: Vec<&str> = text
        .lines()
        .skip(start)
        .take_while(|l| l.starts_with("Overall:") || l.starts_with("    "))
        .collect();
    let overall = joined(&overall);
    assert!(overall.contains("+9.1 since 2025;"), "{overall}");
    assert!(
        overall.contains("not like for like: coverage 45% against 100%"),
        "{overall}"
    );
    let doc = json(&["diff", COMPLETE_PRIOR, PARTIAL, "--format", "json"]);
    assert_eq!(
        doc["caveats"],
        serde_json::json!(["coverage 45% against 100%"])
    );
    assert_eq!(doc["overall"]["new"]["provisional"], true);
    // A like-for-like comparison carries no caveat.
    let doc = json(&[
        "diff",
        COMPLETE_PRIOR,
        "assessments/xnv-2026.toml",
        "--format",
        "json",
    ]);
    assert_eq!(doc["caveats"], serde_json::json!([]));
}

#[test]
fn another_country_is_compared_against_never_since() {
    let run = dgtk(&[
        "report",
        "assessments/xmp-2026.toml",
        "--prior",
        "assessments/xnv-2026.toml",
    ])
    .success();
    let out = run.stdout_str();
    let lines = headline(out);
    let overall = lines
        .iter()
        .position(|l| l.starts_with("Overall score:"))
        .unwrap();
    let line = joined(&lines[overall..]);
    assert!(
        line.starts_with(
            "Overall score: 37.2 (Emerging), -22.0 against XNV 2026; not like for like:"
        ),
        "{line}"
    );
    assert!(
        line.contains("another country or organisation (XNV 2026)"),
        "{line}"
    );
    assert!(out.contains("WHAT MOVED MOST  against XNV"), "{out}");
    assert!(!out.contains("since 2026"), "{out}");
    let doc = json(&[
        "diff",
        "assessments/xnv-2026.toml",
        "assessments/xmp-2026.toml",
        "--format",
        "json",
    ]);
    assert_eq!(doc["comparison"], "against");
    let text = dgtk(&[
        "diff",
        "assessments/xnv-2026.toml",
        "assessments/xmp-2026.toml",
    ])
    .success()
    .stdout_str()
    .to_string();
    assert!(text.contains("-22.0 against XNV 2026"), "{text}");
}

#[test]
fn next_steps_are_ranked_by_what_they_add_overall() {
    let run = dgtk(&["report", "assessments/xmp-2026.toml"]).success();
    let out = run.stdout_str();
    let section = out.split("NEXT STEPS").nth(1).expect("next steps");
    // Each step on one line (a long question name wraps the gains onto the next).
    let section = section
        .split("EVIDENCE")
        .next()
        .unwrap()
        .replace("\n    ", " ");
    // "  - id: +20.0 to principle 8, +1.7 overall at 100% (now 40%, scoring 40.0)"
    let gains: Vec<f64> = section
        .lines()
        .filter(|l| l.starts_with("  - "))
        .map(|l| {
            let before = l.split(" overall").next().unwrap();
            before.rsplit(' ').next().unwrap().parse::<f64>().unwrap()
        })
        .collect();
    assert!(gains.len() > 10, "{section}");
    assert!(
        gains.windows(2).all(|w| w[0] >= w[1]),
        "not ordered by overall gain: {gains:?}"
    );
    assert!(gains[0] > 0.0);
}
