//! Regression tests, each named after what broke (most were found by the fuzz targets in
//! `fuzz/`, see docs/fuzzing.md). Each builds the smallest input that showed the problem.

use std::path::Path;

use dgtk::assessment::{Answer, Assessment, Value, parse, render};
use dgtk::framework::{Framework, load_files};
use dgtk::score::score;

use crate::support;

/// The files of tests/frameworks/mini, with `edit(file name, text)` applied to each.
fn mini_edited(edit: impl Fn(&str, &str) -> String) -> Vec<(String, String)> {
    let dir = Path::new("tests/frameworks/mini");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let text = edit(&name, &text);
            (format!("mini/{name}"), text)
        })
        .collect();
    files.sort();
    files
}

/// The files of tests/frameworks/mini, with `edit` applied to the text of `file`.
fn mini_with(file: &str, edit: impl Fn(&str) -> String) -> Vec<(String, String)> {
    mini_edited(|name, text| {
        if name == file {
            edit(text)
        } else {
            text.to_string()
        }
    })
}

fn mini_framework_with(file: &str, edit: impl Fn(&str) -> String) -> Framework {
    load_files("mini", mini_with(file, edit)).unwrap_or_else(|d| panic!("{d:#?}"))
}

/// Every question answered at its best (or worst) value.
fn answered(f: &Framework, best: bool) -> Assessment {
    let mut a = Assessment::new(f, "XMP", 2026);
    for (_, q) in f.questions() {
        let value = match &q.kind {
            dgtk::framework::QuestionKind::Level { .. } => {
                Value::Level(if best { f.max_level() } else { 0 })
            }
            dgtk::framework::QuestionKind::YesNo => Value::YesNo(best),
            dgtk::framework::QuestionKind::Checklist { items } => Value::Checklist(if best {
                items.iter().map(|i| i.id.clone()).collect()
            } else {
                Vec::new()
            }),
            dgtk::framework::QuestionKind::Number {
                min, max, better, ..
            } => {
                let high = best == (*better == dgtk::framework::Better::Higher);
                Value::Number(if high { *max } else { *min })
            }
        };
        a.answers.insert(
            q.id.clone(),
            Answer {
                value: Some(value),
                ..Answer::default()
            },
        );
    }
    a
}

fn assert_scores_in_range(f: &Framework, a: &Assessment) {
    let card = score(a, f);
    let ok = |s: Option<f64>| s.is_none_or(|s| (0.0..=100.0).contains(&s));
    assert!(ok(card.overall), "overall {:?}", card.overall);
    for p in &card.principles {
        assert!(ok(p.score), "{} {:?}", p.id, p.score);
    }
    for p in &card.pillars {
        assert!(ok(p.score), "{} {:?}", p.id, p.score);
    }
}

#[test]
fn control_character_in_a_framework_text_made_the_answer_file_unreadable() {
    // Found by fuzz target framework_folder: a `\u0001` in a question's text was copied into a
    // comment of the answer file `dgtk init` writes, and TOML forbids control characters there.
    let files = mini_edited(|name, t| match name {
        "a-skills.toml" => t.replace(
            "Is there a skills plan?",
            "Is there a\\u0001 skills\\r plan?\\u007f",
        ),
        "framework.toml" => t.replace(
            "title = \"Mini test framework\"",
            "title = \"Mini\\nframework\\r\"",
        ),
        _ => t.to_string(),
    });
    let f = load_files("mini", files).unwrap_or_else(|d| panic!("{d:#?}"));
    let text = render(&Assessment::new(&f, "XMP", 2026), &f);
    let back = parse("rendered.toml", &text, &f);
    assert!(back.is_ok(), "{back:?}\n{text}");
    assert!(text.starts_with("# dgtk answer file: Mini framework (framework"));
}

#[test]
fn empty_answer_table_changed_the_assessment_after_a_round_trip() {
    // Found by fuzz target answer_file: `dgtk init` writes an empty [answers.ID] table for every
    // question; reading one back made an empty answer the saved assessment did not have.
    let f = dgtk::framework::load_dir(Path::new("tests/frameworks/mini")).unwrap();
    let text = "[assessment]\nframework = \"mini-test\"\nframework_version = \"2.1.0\"\n\
                country = \"XMP\"\nyear = 2026\n\n[answers.uptime]\nanswer = 99.5\n\n[answers.cost-model]\n";
    let a = parse("a.toml", text, &f).unwrap();
    assert_eq!(a.answers.keys().collect::<Vec<_>>(), ["uptime"]);
    let back = parse("b.toml", &render(&a, &f), &f).unwrap();
    assert_eq!(back, a);
}

#[test]
fn huge_weights_made_scores_nan() {
    // Weights near f64::MAX overflowed the weighted mean's sums to infinity (inf / inf = NaN).
    let files = mini_with("a-skills.toml", |t| {
        t.replace("weight = 3", "weight = 1e308")
            .replace("weight = 2\n", "weight = 1.7e308\n")
    });
    match load_files("mini", files) {
        // Refusing such weights with a clear message is as good as scoring them right.
        Err(problems) => assert!(
            problems.iter().all(|d| d.message.contains("weight")),
            "{problems:#?}"
        ),
        Ok(f) => {
            for best in [true, false] {
                assert_scores_in_range(&f, &answered(&f, best));
            }
        }
    }
}

#[test]
fn number_range_wider_than_f64_made_scores_nan() {
    // max - min overflowed to infinity, and (n - min) / (max - min) became NaN.
    let f = mini_framework_with("c-hosting.toml", |t| {
        t.replace("min = 90", "min = -1.5e308")
            .replace("max = 100", "max = 1.5e308")
    });
    for best in [true, false] {
        assert_scores_in_range(&f, &answered(&f, best));
    }
    let mut a = answered(&f, true);
    a.answers.get_mut("uptime").unwrap().value = Some(Value::Number(1.0e308));
    assert_scores_in_range(&f, &a);
}

#[test]
fn rounding_in_the_weighted_mean_moved_a_perfect_score_off_100() {
    // Every question at its best must give exactly 100, whatever the weights: with a weight of
    // 0.1 a perfect principle scored 99.99999999999999, and `--fail-under 100` failed it.
    for w in ["0.1", "0.7", "3.3", "1e-300", "123456.789"] {
        let f = mini_framework_with("a-skills.toml", |t| {
            t.replace("weight = 3", &format!("weight = {w}"))
        });
        let card = score(&answered(&f, true), &f);
        for p in &card.principles {
            assert_eq!(p.score, Some(100.0), "{} with weight {w}", p.id);
        }
        assert_eq!(card.overall, Some(100.0), "overall with weight {w}");
    }
}

#[test]
fn toml_syntax_errors_were_listed_out_of_order() {
    // The parser reports an unterminated string after the errors that follow it; a person reads
    // a file top to bottom, so problems are listed by line.
    let f = crate::support::builtin_v1();
    let text = "a = \"unterminated\n[assessment\nb = [1, 2\n";
    let problems = parse("bad.toml", text, &f).unwrap_err();
    let lines: Vec<_> = problems.iter().map(|d| d.position.unwrap().0).collect();
    assert_eq!(lines, [1, 2, 3], "{problems:#?}");
}

#[test]
fn numbers_of_2_pow_63_and_above_were_saved_as_integers_toml_cannot_hold() {
    // `format_number` wrote 1e20 as `100000000000000000000`, a TOML integer too large to read
    // back, so an answer file saved with such a number (a framework indicator in bytes, say)
    // could no longer be opened.
    let f = mini_framework_with("c-hosting.toml", |t| {
        t.replace("min = 90", "min = -1.5e308")
            .replace("max = 100", "max = 1.5e308")
    });
    for n in [1e15, 1e20, -9.3e18, 1.5e308, 123456789012345680000.0] {
        let mut a = Assessment::new(&f, "XMP", 2026);
        a.answers.insert(
            "uptime".into(),
            Answer {
                value: Some(Value::Number(n)),
                ..Answer::default()
            },
        );
        let back = parse("rendered.toml", &render(&a, &f), &f);
        assert_eq!(back.map(|b| b.answers), Ok(a.answers), "{n}");
    }
    assert_eq!(dgtk::assessment::format_number(72.5), "72.5");
    assert_eq!(dgtk::assessment::format_number(72.0), "72");
}

#[test]
fn integers_beyond_i64_were_called_the_wrong_type() {
    // `answer = 100000000000000000000` for a number question was refused as "expected a finite
    // number"; for a level or a year, as the wrong type. An integer too large for i64 is still a
    // number: it is read as one, or called out of range.
    let f = mini_framework_with("c-hosting.toml", |t| t.replace("max = 100", "max = 1e30"));
    let head = "[assessment]\nframework = \"mini-test\"\nframework_version = \"2.1.0\"\ncountry = \"XMP\"\n";
    let ok = parse(
        "a.toml",
        &format!("{head}year = 2026\n[answers.uptime]\nanswer = 100_000_000_000_000_000_000\n"),
        &f,
    )
    .unwrap();
    assert_eq!(ok.value("uptime"), Some(&Value::Number(1e20)));
    let bad = parse(
        "b.toml",
        &format!("{head}year = 99999999999999999999\n[answers.skills-plan]\nanswer = 99999999999999999999\n"),
        &f,
    )
    .unwrap_err();
    let messages: Vec<_> = bad.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        messages,
        [
            "b.toml:5:8: year 99999999999999999999 is out of range (1900 to 2200)",
            "b.toml:7:10: level 99999999999999999999 is out of range: the scale runs from 0 to 4",
        ]
    );
}

#[test]
fn megabyte_unknown_key_stalled_the_did_you_mean_search() {
    // Found while building the bad-input corpus: a 3 MB key took over a minute, comparing it with
    // every question id for a "did you mean", and the message repeated the whole key.
    let f = crate::support::builtin_v1();
    let text = format!(
        "[assessment]\nframework = \"oecd-dgs-2014\"\nframework_version = \"1.0.0\"\ncountry = \"XMP\"\nyear = 2026\n[answers.{}]\nanswer = 1\n",
        "o".repeat(3_000_000)
    );
    let start = std::time::Instant::now();
    let problems = parse("big-key.toml", &text, &f).unwrap_err();
    assert!(start.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.len() < 100,
        "{}",
        problems[0].message.len()
    );
}

// Found by the reliability attack of December (shared/reviews/reliability-defects.md, D9-D19).

/// The first message of `dgtk check` on `text` saved as a file with `bytes` as its content.
fn first_problem(name: &str, bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let f = crate::support::builtin_v1();
    let problems = dgtk::assessment::load_file(&path, &f).expect_err("the file is refused");
    problems[0].message.clone()
}

const HEAD: &str = "[assessment]\nframework = \"oecd-dgs-2014\"\nframework_version = \"1.0.0\"\ncountry = \"XMP\"\nyear = 2026\n";

#[test]
fn a_country_with_escape_sequences_retitled_and_cleared_the_terminal() {
    let shown = dgtk::sanitize::for_terminal("X\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}");
    assert_eq!(shown, "X\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}");
}

#[test]
fn a_link_with_a_bidi_override_or_credentials_was_clickable() {
    for url in [
        "http://ok.example/\u{202e}fdp.exe",
        "https://user:pass@evil.example",
    ] {
        let html = dgtk::report::html::link(url).into_string();
        assert!(!html.contains("<a "), "{html}");
        let md = dgtk::report::markdown::link(url);
        assert!(!md.starts_with('<'), "{md}");
    }
    assert!(
        maud::Render::render(&dgtk::report::html::Text("ok/\u{202e}fdp.exe"))
            .into_string()
            .contains("⟦U+202E⟧")
    );
    assert!(dgtk::report::markdown::inline("ok/\u{202e}fdp.exe").contains("⟦U+202E⟧"));
    assert!(dgtk::render::md_cell("ok/\u{202e}fdp.exe").contains("⟦U+202E⟧"));
}

#[test]
fn csv_cells_after_a_leading_space_nbsp_or_as_fullwidth_could_run_as_formulas() {
    for cell in [
        " =1+1",
        "\u{a0}=1+1",
        "\u{200b}=1+1",
        "\n=1+1",
        "\u{ff1d}1+1",
    ] {
        assert!(dgtk::render::csv_safe(cell).starts_with('\''), "{cell:?}");
    }
    assert_eq!(dgtk::render::csv_safe("-1.5"), "-1.5");
}

#[test]
fn fail_under_nan_made_the_gate_always_pass() {
    for bad in ["nan", "NaN", "inf", "101", "-0.5", "1e309"] {
        assert!(dgtk::cli::score_threshold(bad).is_err(), "{bad}");
    }
    assert_eq!(dgtk::cli::score_threshold("60"), Ok(60.0));
}

#[test]
fn utf16_files_were_called_binary_data() {
    let mut bytes = vec![0xff, 0xfe];
    for u in HEAD.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let m = first_problem("u16.toml", &bytes);
    assert!(
        m.contains("UTF-16") && m.contains("save the file as UTF-8"),
        "{m}"
    );
}

#[test]
fn cr_only_line_endings_gave_one_error_per_line_all_on_line_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cr.toml");
    std::fs::write(&path, HEAD.replace('\n', "\r")).unwrap();
    let f = crate::support::builtin_v1();
    let problems = dgtk::assessment::load_file(&path, &f).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].message.contains("carriage returns (CR) alone"));
}

#[test]
fn a_device_given_as_an_answer_file_was_called_too_large() {
    let f = crate::support::builtin_v1();
    let problems = dgtk::assessment::load_file(Path::new("/dev/urandom"), &f).unwrap_err();
    assert!(problems[0].message.starts_with("is a device, not a file"));
}

#[test]
fn a_cyrillic_letter_in_an_id_got_a_suggestion_that_looked_identical() {
    let text = format!("{HEAD}[answers.\"open-data-p\u{43e}licy\"]\nanswer = 2\n");
    let m = first_problem("cyr.toml", text.as_bytes());
    assert!(
        m.contains("U+043E CYRILLIC SMALL LETTER O") && m.contains("looks like the Latin \"o\""),
        "{m}"
    );
}

#[test]
fn framework_version_9_9_9_and_empty_were_accepted() {
    let f = crate::support::builtin_v1();
    for v in ["9.9.9", "", "\u{200b}"] {
        let text = HEAD.replace("\"1.0.0\"", &format!("\"{v}\""));
        assert!(parse("v.toml", &text, &f).is_err(), "{v:?}");
    }
    let older = HEAD.replace("\"1.0.0\"", "\"0.9\"");
    assert!(parse("v.toml", &older, &f).is_ok());
}

#[test]
fn updated_as_a_time_of_day_or_a_date_was_accepted() {
    let f = crate::support::builtin_v1();
    for u in ["10:00:00", "2026-01-01", "2026-01-01T10:00:00"] {
        let text = format!("{HEAD}updated = {u}\n");
        assert!(parse("u.toml", &text, &f).is_err(), "{u}");
    }
    let text = format!("{HEAD}updated = 2026-01-01T10:00:00+02:00\n");
    assert!(parse("u.toml", &text, &f).is_ok());
}

#[test]
fn a_number_of_1e_minus_400_silently_became_0() {
    let f = crate::support::builtin_v1();
    let text = format!("{HEAD}[answers.digital-identity-uptake]\nanswer = 1e-400\n");
    let problems = parse("n.toml", &text, &f).unwrap_err();
    assert!(problems[0].message.contains("too small"), "{problems:#?}");
}

#[test]
fn a_3_mb_file_gave_100000_lines_of_problems() {
    let f = crate::support::builtin_v1();
    let mut text = HEAD.to_string();
    for i in 0..1000 {
        text.push_str(&format!("[answers.no-such-{i}]\nanswer = 1\n"));
    }
    let problems = parse("many.toml", &text, &f).unwrap_err();
    assert_eq!(problems.len(), 51);
    assert_eq!(
        problems[50].message,
        "... and 950 more problems in many.toml"
    );
}

#[test]
fn a_one_level_scale_was_reported_as_a_count_of_descriptors() {
    let files = mini_with("framework.toml", |t| {
        let start = t.find("[[scale]]\nlevel = 1").unwrap();
        let end = t.find("[[bands]]").unwrap();
        format!("{}{}", &t[..start], &t[end..])
    });
    let problems = load_files("mini", files).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|d| d.message.starts_with("a scale needs at least two levels")),
        "{problems:#?}"
    );
    assert!(
        !problems.iter().any(|d| d.message.contains("descriptor")),
        "{problems:#?}"
    );
}

#[test]
fn two_pillars_with_one_order_and_all_weights_zero_were_accepted() {
    let same_order = mini_with("framework.toml", |t| t.replace("order = 2", "order = 1"));
    assert!(load_files("mini", same_order).is_err());
    // The mini framework scores overall = "principles".
    let zero = mini_edited(|name, t| {
        if name == "framework.toml" {
            t.to_string()
        } else {
            // The principle's own keys come before its first question.
            let (head, questions) = t.split_at(t.find("[[questions]]").unwrap());
            let head: String = head
                .lines()
                .filter(|l| !l.starts_with("weight"))
                .map(|l| format!("{l}\n"))
                .collect();
            format!("weight = 0\n{head}{questions}")
        }
    });
    let problems = load_files("mini", zero).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|d| d.message.starts_with("every principle has weight 0")),
        "{problems:#?}"
    );
}

#[test]
fn markdown_tables_of_score_and_diff_let_raw_html_through() {
    let mut grid = dgtk::render::Grid::new(&[("country", dgtk::render::Align::Left)]);
    grid.push(vec![
        "XMP<script>document.title=\"XSSC\"</script>&lt;img src=x onerror=alert(1)&gt;".into(),
    ]);
    let md = grid.to_markdown();
    let mut text = String::new();
    for event in pulldown_cmark::Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            pulldown_cmark::Event::Html(h) | pulldown_cmark::Event::InlineHtml(h) => {
                panic!("raw HTML {h:?} in {md}")
            }
            pulldown_cmark::Event::Text(t) => text.push_str(&t),
            _ => {}
        }
    }
    // Shown as written, entities included.
    assert!(
        text.contains("<script>") && text.contains("&lt;img"),
        "{text}"
    );
}

#[test]
fn check_summary_counted_too_few_files_when_a_folder_had_problems() {
    // `dgtk check DIR` with one valid file and one symbolic link loop said "1 of 1 file(s)
    // valid" next to "1 problem(s) in 1 file(s)".
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.toml"),
        "[assessment]\nframework = \"oecd-dgs-2014\"\nframework_version = \"1.0.0\"\ncountry = \"XMP\"\nyear = 2026\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("loop.toml", dir.path().join("loop.toml")).unwrap();
    let out = support::dgtk().arg("check").arg(dir.path()).run();
    let stderr = out.stderr_str();
    assert!(
        stderr.ends_with("1 problem(s) in 1 file(s); 1 of 2 file(s) valid\n"),
        "{stderr}"
    );
}

#[test]
fn new_output_file_was_private_to_its_owner() {
    // The temporary file's mode (0600) was kept by the file it became: a colleague could not
    // read an answer file `dgtk init` had just written in a shared folder.
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("new.toml");
    support::sh("umask 022 && exec \"$DGTK\" init --country XMP --year 2026 -o new.toml")
        .current_dir(dir.path())
        .run()
        .success();
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
}

#[test]
fn a_weight_0_context_indicator_was_reported_as_the_top_gap() {
    // Newcomer review 2.2: the built-in `sme-procurement-share` has weight 0 (it is a context
    // indicator in 1.0.0), yet an "unknown" answer to it was the first gap and a next step whose
    // advice its own guidance contradicts. A question that cannot move a score is neither.
    let f = crate::support::builtin_v1();
    let a = dgtk::assessment::load_file(Path::new("tests/fixtures/v1/xmp-2026.toml"), &f).unwrap();
    assert_eq!(a.value("sme-procurement-share"), Some(&Value::Unknown));
    let card = score(&a, &f);
    let r = dgtk::report::build(
        &dgtk::report::Source {
            file: "xmp-2026.toml".into(),
            assessment: &a,
            framework: &f,
            card: &card,
            overlap: None,
        },
        &[],
    );
    let id = "sme-procurement-share";
    assert!(!r.gaps.iter().any(|q| q.id == id));
    assert!(!r.strengths.iter().any(|q| q.id == id));
    assert!(!r.next_steps.iter().any(|s| s.id == id));
}

#[test]
fn a_folder_mixing_framework_versions_is_scored_file_by_file() {
    // `dgtk score assessments/` once some files are on 1.0.0 and some on 2.0.0: each file is
    // checked and scored with the version it names, not refused for the other's question ids.
    use dgtk::framework::{Versions, load_dir};
    let new = load_dir(Path::new("tests/frameworks/v2mini")).unwrap();
    let old = load_dir(Path::new("tests/frameworks/v2mini-old")).unwrap();
    let versions = Versions::of(new, vec![old]);
    let files = dgtk::discover::Files::of(
        ["old-2025.toml", "new-2026.toml"].map(|f| Path::new("tests/fixtures/v2mini").join(f)),
    )
    .unwrap();
    let mut scored = Vec::new();
    dgtk::batch::score_files(&files, &versions, &|| {}, &mut |r| {
        let s = r.unwrap_or_else(|d| panic!("{d:#?}"));
        scored.push((s.framework.version.clone(), s.card.counts.questions));
        Ok(())
    })
    .unwrap();
    // 1.0.0 has 13 questions (the weight-0 one counts there); 2.0.0 has 15 scored and a context
    // indicator.
    assert_eq!(
        scored,
        [("1.0.0".to_string(), 13), ("2.0.0".to_string(), 15)]
    );
}

#[test]
fn note_above_a_hand_written_table_was_glued_to_the_banner_and_doubled_it() {
    // Found by the fuzz target comment_rewrite on its seed mini-hand-comments.toml: a note
    // directly above `[answers.ID]` in a file without the tool's comments was written just
    // before the principle's banner, and the next rewrite took the banner for the person's text
    // and wrote it twice. The note now stays directly above its table.
    let f = dgtk::framework::load_dir(Path::new("tests/frameworks/mini")).unwrap();
    let hand = "[assessment]\nframework = \"mini-test\"\nframework_version = \"2.1.0\"\ncountry = \"T1\"\nyear = 2025\n\n# before a question\n[answers.skills-plan]\nanswer = 3\n";
    let a = parse("hand.toml", hand, &f).unwrap();
    let once = dgtk::assessment::rewrite(hand, &f, &a);
    assert!(
        once.contains("# before a question\n[answers.skills-plan]\n"),
        "{once}"
    );
    assert_eq!(once.matches("# 1. Skills (People)").count(), 1, "{once}");
    assert_eq!(dgtk::assessment::rewrite(&once, &f, &a), once);
}

#[test]
fn question_block_cut_by_a_header_line_was_kept_then_dropped_by_the_next_fmt() {
    // Found by the fuzz target comment_rewrite (a file cut off after a question's text, with the
    // header's first line pasted in): the lines before `# dgtk answer file:` in one paragraph were
    // all taken for a person's, although they were a question block, so the first rewrite kept
    // them and the second dropped them. Both now read them as the tool's block.
    let f = dgtk::framework::load_dir(Path::new("tests/frameworks/mini")).unwrap();
    let text = "[assessment]\nframework = \"mini-test\"\nframework_version = \"2.1.0\"\ncountry = \"T1\"\nyear = 2025\n\n# Is there a skills plan?\n# answer: a level (0 None, 1 Ad hoc)\n#   0: No plan.\n# dgtk answer file: pasted\n";
    let a = parse("cut.toml", text, &f).unwrap();
    let once = dgtk::assessment::rewrite(text, &f, &a);
    assert_eq!(dgtk::assessment::rewrite(&once, &f, &a), once);
    assert_eq!(once, render(&a, &f));
}

/// The benchmark's generator wrote `n/a` on questions that do not accept it once the built-in
/// framework allowed n/a only where `na_when` says, so every generated file failed its check and
/// `benches/score.sh` measured error reporting. `cargo test` builds the examples beside the binary.
#[test]
fn generated_benchmark_files_pass_the_check() {
    let generator = std::path::Path::new(support::BIN)
        .parent()
        .expect("the binary's folder")
        .join("examples")
        .join("gen_assessments");
    let built = std::fs::metadata(&generator).and_then(|m| m.modified());
    let source = std::fs::metadata(Path::new(support::ROOT).join("examples/gen_assessments.rs"))
        .and_then(|m| m.modified())
        .unwrap();
    assert!(
        built.as_ref().is_ok_and(|b| *b >= source),
        "{} is missing or older than its source: `cargo test` builds the examples (a filtered \
         `cargo test --test cli` does not; run `cargo build --examples` first)",
        generator.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("files");
    support::TestCommand::new(&generator)
        .arg("40")
        .arg(&out)
        .run()
        .success();
    let run = support::dgtk().arg("check").arg(&out).run().success();
    assert!(
        run.stdout_str().contains("ok (final"),
        "{}",
        run.stdout_str()
    );
    support::TestCommand::new(&generator)
        .arg("40")
        .arg(out.join("v1"))
        .arg("--framework")
        .arg(support::V1)
        .run()
        .success();
    support::dgtk()
        .arg("check")
        .arg(out.join("v1"))
        .run()
        .success();
}
