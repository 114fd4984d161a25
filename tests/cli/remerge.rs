//! The coordinator's round: ten ministry files merged into a national file, three conflicts
//! settled by hand, then two corrected ministry files merged `--into` it. Settled conflicts stay
//! settled, corrections appear as changes or new conflicts, evidence is attributed by
//! organisation, neither nested nor duplicated, and a second identical merge changes nothing.

use std::path::Path;

use serde_json::Value as Json;

use crate::support::{self, Run};

fn dgtk(dir: &Path, args: &[&str]) -> Run {
    support::dgtk()
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1780000000")
        .env("COLUMNS", "100")
        .run()
}

/// `min-N.toml`, made with `dgtk init`, with `answers` put in under their tables.
fn ministry(dir: &Path, n: usize, answers: &[(&str, &str)]) {
    let file = format!("min-{n}.toml");
    let org = format!("Ministry {n}");
    let who = format!("Assessor {n}");
    let _ = std::fs::remove_file(dir.join(&file));
    dgtk(
        dir,
        &[
            "init",
            "--country",
            "XMP",
            "--year",
            "2027",
            "--organisation",
            &org,
            "--assessor",
            &who,
            "-o",
            &file,
        ],
    )
    .success();
    let mut text = std::fs::read_to_string(dir.join(&file)).unwrap();
    for (id, value) in answers {
        let head = format!("[answers.{id}]\n");
        assert!(text.contains(&head), "{id}");
        let evidence = if value.contains("n/a") {
            format!("{org}: handled by another ministry.")
        } else {
            format!("{org} says {value}.")
        };
        text = text.replacen(
            &head,
            &format!("{head}answer = {value}\nevidence = \"{evidence}\"\n"),
            1,
        );
    }
    std::fs::write(dir.join(&file), text).unwrap();
}

fn json(run: &Run) -> Json {
    serde_json::from_str(run.stdout_str()).expect("JSON on stdout")
}

fn ids(v: &Json) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| {
            x.get("id")
                .or_else(|| x.get("question"))
                .and_then(Json::as_str)
                .map_or_else(|| x.as_str().unwrap().to_string(), str::to_string)
        })
        .collect()
}

#[test]
fn ten_ministries_three_settled_two_corrected_merged_into_the_national_file() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path();
    let first: [&[(&str, &str)]; 10] = [
        &[("records-management", "2"), ("data-informed-policy", "1")],
        &[
            ("records-management", "3"),
            ("key-services-digital-take-up", "64.2"),
        ],
        &[
            ("digital-accessibility-monitoring", "1"),
            ("key-services-digital-take-up", "61.9"),
        ],
        &[("digital-accessibility-monitoring", "2")],
        &[("digital-accessibility-monitoring", "1")],
        &[("non-digital-access", "2")],
        &[("non-digital-access", "3")],
        &[("public-consultation", "2")],
        &[("public-consultation", "2")],
        &[("user-research-practice", "\"n/a\"")],
    ];
    for (n, answers) in first.iter().enumerate() {
        ministry(dir, n, answers);
    }
    let files: Vec<String> = (0..10).map(|n| format!("min-{n}.toml")).collect();
    let mut args: Vec<&str> = vec!["merge"];
    args.extend(files.iter().map(String::as_str));
    args.extend([
        "-o",
        "national.toml",
        "--organisation",
        "Government of Xampla",
    ]);
    let text = dgtk(dir, &args).code(1);
    let stderr = text.stderr_str();
    // Conflict lines list only the ministries that answered.
    assert!(
        stderr.contains("  records-management: Ministry 0: 2 | Ministry 1: 3\n"),
        "{stderr}"
    );
    assert!(!stderr.contains("(no answer)"), "{stderr}");
    assert!(stderr.contains("4 conflict(s) left open"), "{stderr}");
    assert!(stderr.contains("Krippendorff's alpha: levels"), "{stderr}");
    assert!(
        stderr.contains("user-research-practice: n/a from Ministry 9"),
        "{stderr}"
    );
    dgtk(dir, &["check", "national.toml"]).success();

    // The single n/a is kept but flagged for review; the file is the government's.
    let fw = dgtk::framework::load_dir(&Path::new(support::ROOT).join("principles")).unwrap();
    let load = || dgtk::assessment::load_file(&dir.join("national.toml"), &fw).unwrap();
    let national = load();
    assert_eq!(
        national.meta.organisation.as_deref(),
        Some("Government of Xampla")
    );
    assert!(national.answers["user-research-practice"].review);
    assert_eq!(national.merged.contributors.len(), 10);

    // Three conflicts settled by hand (answer chosen, the conflict paragraph deleted), and a
    // coordinator's comment.
    let mut doc: toml_edit::DocumentMut = std::fs::read_to_string(dir.join("national.toml"))
        .unwrap()
        .parse()
        .unwrap();
    for (id, level) in [
        ("records-management", 3),
        ("digital-accessibility-monitoring", 1),
        ("non-digital-access", 2),
    ] {
        let t = doc["answers"][id].as_table_mut().unwrap();
        t.insert("answer", toml_edit::value(i64::from(level)));
        let ev = t["evidence"].as_str().unwrap().to_string();
        let kept: Vec<&str> = ev
            .split("\n\n")
            .filter(|p| !p.starts_with("[conflict to settle]"))
            .collect();
        t.insert("evidence", toml_edit::value(kept.join("\n\n")));
    }
    let settled = doc.to_string().replace(
        "[answers.non-digital-access]\n",
        "# Coordinator: agreed with both ministries on 12 May.\n[answers.non-digital-access]\n",
    );
    std::fs::write(dir.join("national.toml"), &settled).unwrap();
    dgtk(dir, &["check", "national.toml"]).success();

    // Two corrected files: ministry 0 now says 3 (as settled) and raises data-informed-policy;
    // ministry 3 moves digital-accessibility-monitoring from 2 to 3.
    ministry(
        dir,
        0,
        &[("records-management", "3"), ("data-informed-policy", "2")],
    );
    ministry(dir, 3, &[("digital-accessibility-monitoring", "3")]);
    let before: Vec<Vec<u8>> = ["min-0.toml", "min-3.toml"]
        .iter()
        .map(|f| std::fs::read(dir.join(f)).unwrap())
        .collect();
    let into = |format: &str| {
        dgtk(
            dir,
            &[
                "merge",
                "--into",
                "national.toml",
                "min-0.toml",
                "min-3.toml",
                "--format",
                format,
            ],
        )
    };
    let run = into("json").code(1);
    let j = json(&run);
    assert_eq!(ids(&j["kept_settled"]), ["non-digital-access"]);
    assert_eq!(
        ids(&j["changes"]),
        ["digital-accessibility-monitoring", "data-informed-policy"]
    );
    assert_eq!(j["changes"][0]["change"], "new_conflict");
    assert_eq!(j["changes"][1]["change"], "changed");
    assert_eq!(
        ids(&j["conflicts"]),
        [
            "digital-accessibility-monitoring",
            "key-services-digital-take-up"
        ]
    );
    assert_eq!(j["organisation"], "Government of Xampla");
    assert_eq!(j["agreement"]["files"], 10);

    let national = load();
    use dgtk::assessment::Value;
    assert_eq!(national.value("non-digital-access"), Some(&Value::Level(2)));
    assert_eq!(national.value("records-management"), Some(&Value::Level(3)));
    assert_eq!(
        national.value("data-informed-policy"),
        Some(&Value::Level(2))
    );
    assert_eq!(national.value("digital-accessibility-monitoring"), None);
    assert_eq!(
        national.value("public-consultation"),
        Some(&Value::Level(2))
    );
    // Attributions: by organisation, once each, never nested.
    for (id, a) in &national.answers {
        let ev = a.evidence.clone().unwrap_or_default();
        assert!(!ev.contains("toml"), "{id}: {ev}");
        assert!(!ev.contains("[from [from"), "{id}: {ev}");
        for n in 0..10 {
            let org = format!("Ministry {n}");
            let said = ev.matches(&format!("{org} says")).count()
                + ev.matches(&format!("{org}: handled")).count();
            assert!(said <= 1, "{id}: {org} {said} times: {ev}");
        }
    }
    let ev = national.answers["digital-accessibility-monitoring"]
        .evidence
        .clone()
        .unwrap();
    assert!(
        ev.starts_with("[conflict to settle] Ministry 2: 1 | Ministry 3: 3 | Ministry 4: 1. The answer before was 1."),
        "{ev}"
    );
    assert!(!ev.contains("Ministry 3 says 2"), "{ev}");
    assert!(ev.contains("[from Ministry 3] Ministry 3 says 3."), "{ev}");
    let text = std::fs::read_to_string(dir.join("national.toml")).unwrap();
    assert!(text.contains("# Coordinator: agreed with both ministries on 12 May.\n"));
    dgtk(dir, &["check", "national.toml"]).success();
    for (f, b) in ["min-0.toml", "min-3.toml"].iter().zip(&before) {
        assert_eq!(&std::fs::read(dir.join(f)).unwrap(), b, "{f} changed");
    }

    // The same merge again: nothing changes, the file is the same byte for byte.
    let run = into("text").code(1);
    assert!(
        run.stderr_str()
            .contains("no answer changed since the last merge"),
        "{}",
        run.stderr_str()
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("national.toml")).unwrap(),
        text
    );
}

#[test]
fn one_file_needs_into_and_into_needs_an_existing_merged_file() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path();
    ministry(dir, 0, &[("records-management", "2")]);
    let run = dgtk(dir, &["merge", "min-0.toml", "-o", "national.toml"]).code(2);
    assert!(run.stderr_str().contains("--into"), "{}", run.stderr_str());
    let run = dgtk(dir, &["merge", "--into", "national.toml", "min-0.toml"]).code(1);
    assert!(
        run.stderr_str().contains("national.toml does not exist"),
        "{}",
        run.stderr_str()
    );
    assert!(!dir.join("national.toml").exists());
    // A merged file merged into itself is refused.
    dgtk(dir, &["merge", "--into", "min-0.toml", "min-0.toml"]).code(2);
}
