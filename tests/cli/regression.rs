//! Regression tests, each named after what broke (most were found by the fuzz targets in
//! `fuzz/`, see docs/fuzzing.md). Each builds the smallest input that showed the problem.

use std::path::Path;

use dgtk::assessment::{Answer, Assessment, Value, parse, render};
use dgtk::framework::{Framework, load_files};
use dgtk::score::score;

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
    let f = dgtk::framework::load_builtin().unwrap();
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
    let f = dgtk::framework::load_builtin().unwrap();
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
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dgtk"))
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
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
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$DGTK\" init --country XMP --year 2026 -o new.toml")
        .env("DGTK", env!("CARGO_BIN_EXE_dgtk"))
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
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
