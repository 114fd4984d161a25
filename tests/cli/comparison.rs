//! One comparison engine: `dgtk report X --prior Y` states the same change for every principle,
//! pillar and the overall score as `dgtk diff Y X`, also across framework versions.

fn run(args: &[&str]) -> String {
    let out = crate::support::dgtk()
        .into_command()
        .args(args)
        .env_remove("DGTK_FRAMEWORK")
        .env("NO_COLOR", "1")
        .output()
        .expect("dgtk runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The report's Markdown scores table: (row title, "Since" cell).
fn report_changes(md: &str) -> Vec<(String, String)> {
    let table = md.split("## Scores").nth(1).unwrap();
    table
        .lines()
        .skip_while(|l| !l.starts_with("| Pillar"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
            let title = cells[0].trim_matches('*').to_string();
            (title, cells.last().unwrap().to_string())
        })
        .collect()
}

fn signed(d: &serde_json::Value) -> String {
    match d.as_f64() {
        None => "-".into(),
        Some(d) if d.abs() < 0.05 => "0.0".into(),
        Some(d) => {
            let r = (d * 10.0).round() / 10.0;
            if r > 0.0 {
                format!("+{r:.1}")
            } else {
                format!("{r:.1}")
            }
        }
    }
}

fn check(
    framework: &[&str],
    old: &str,
    new: &str,
    old_framework: &[&str],
    prior_framework: &[&str],
) {
    let mut report_args: Vec<&str> = framework.to_vec();
    report_args.extend(["report", new, "--prior", old]);
    report_args.extend(prior_framework);
    report_args.extend(["--format", "markdown"]);
    let report = report_changes(&run(&report_args));

    let mut diff_args: Vec<&str> = framework.to_vec();
    diff_args.extend(["diff", old, new]);
    diff_args.extend(old_framework);
    diff_args.extend(["--format", "json"]);
    let diff: serde_json::Value = serde_json::from_str(&run(&diff_args)).unwrap();

    let mut expected = vec![("Overall".to_string(), signed(&diff["overall"]["delta"]))];
    let changes: Vec<&serde_json::Value> = diff["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .chain(diff["principles"].as_array().unwrap())
        .collect();
    let mut compared = 1;
    for (title, cell) in &report {
        if title == "Overall" {
            assert_eq!(cell, &expected[0].1, "overall {old} -> {new}");
            continue;
        }
        let name = title.split_once(". ").map_or(title.as_str(), |(_, t)| t);
        let c = changes
            .iter()
            .find(|c| c["title"] == *name)
            .unwrap_or_else(|| panic!("{name} not in the diff"));
        assert_eq!(
            cell,
            &signed(&c["delta"]),
            "{name}: report vs diff, {old} -> {new}"
        );
        compared += 1;
    }
    expected.clear();
    assert_eq!(compared, report.len());
    assert!(compared > 3, "compared {compared} rows");
}

#[test]
fn report_and_diff_state_the_same_changes() {
    check(
        &[],
        "assessments/xmp-2025.toml",
        "tests/fixtures/v1/xmp-2026.toml",
        &[],
        &[],
    );
    check(
        &[],
        "assessments/xmp-2024.toml",
        "assessments/xmp-2025.toml",
        &[],
        &[],
    );
    check(
        &[],
        "tests/fixtures/v1/xnv-2026.toml",
        "tests/fixtures/v1/xmp-2026.toml",
        &[],
        &[],
    );
}

#[test]
fn report_and_diff_state_the_same_changes_across_framework_versions() {
    check(
        &["--framework", "tests/frameworks/pair-v2"],
        "tests/fixtures/diff/pair-2025.toml",
        "tests/fixtures/diff/pair-2026.toml",
        &["--old-framework", "tests/frameworks/pair-v1"],
        &["--prior-framework", "tests/frameworks/pair-v1"],
    );
}
