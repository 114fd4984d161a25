//! `dgtk assess`: the questionnaire's whole flow played by a script (every kind, n/a with a
//! reason, unknown, back, skip, jump, review-and-change, resume, carry-forward, refusing final
//! while incomplete), the refusal without a terminal, and the real binary driven through a
//! pseudo-terminal.

use std::io;
use std::path::Path;

use crate::support;

use dgtk::assessment::{self, Assessment, Status, Value};
use dgtk::framework::{self, Framework};
use dgtk::questionnaire::scripted::{Scripted, Step, pick, tick, typed};
use dgtk::questionnaire::{Error, Outcome, Questionnaire};

fn mini() -> Framework {
    framework::load_dir(Path::new("tests/frameworks/mini")).expect("the mini framework loads")
}

/// What a scripted run left behind.
struct Played {
    result: Result<Outcome, Error>,
    assessment: Assessment,
    script: Scripted,
    /// The assessment as saved, after every save.
    saves: Vec<Assessment>,
}

/// Plays `steps` on `a`; when `file` is given, every save also writes it there.
fn play_with(
    fw: &Framework,
    a: Assessment,
    prior: Option<&Assessment>,
    file: Option<&Path>,
    start: Option<usize>,
    steps: Vec<Step>,
) -> Played {
    let mut script = Scripted::new(steps);
    let mut saves = Vec::new();
    let mut q = Questionnaire::new(fw, a, prior, "test.toml");
    let mut save = |a: &mut Assessment| -> io::Result<Option<String>> {
        match file {
            Some(p) => assessment::save(p, a, fw)?,
            None => a.meta.updated = Some("2026-01-01T00:00:00Z".into()),
        }
        saves.push(a.clone());
        Ok(None)
    };
    let result = q.run(&mut script, &mut save, start);
    Played {
        result,
        assessment: q.into_assessment(),
        script,
        saves,
    }
}

fn play(fw: &Framework, a: Assessment, steps: Vec<Step>) -> Played {
    play_with(fw, a, None, None, None, steps)
}

fn new(fw: &Framework) -> Assessment {
    Assessment::new(fw, "XMP", 2026)
}

fn evidence<'a>(a: &'a Assessment, id: &str) -> Option<&'a str> {
    a.answers.get(id).and_then(|x| x.evidence.as_deref())
}

/// Every question of the mini framework, one of each kind, ending with "mark final".
fn whole_assessment() -> Vec<Step> {
    vec![
        // 1.1 skills-plan (level 0-4)
        pick("3 "),
        typed("Skills plan adopted May 2026\nFunded in the 2026 budget"),
        // 1.2 skills-budget (yes/no)
        pick("yes"),
        Step::Enter,
        // 2.1 leader-named (yes/no)
        pick("no"),
        typed("Post vacant since March"),
        // 3.1 hosting-practices (checklist)
        pick("tick"),
        tick(&["Tested backups", "Monitoring"]),
        typed("Backup restore test log"),
        // 3.2 uptime (number, 90-100 %): two wrong values first
        pick("type the value"),
        typed("101"),
        typed("abc"),
        typed("99.5"),
        Step::Enter,
        // 4.1 cost-per-transaction: n/a, with its reason
        pick("n/a"),
        typed("No transaction is charged for"),
        // 4.2 cost-model: unknown
        pick("unknown"),
        typed("Finance has not answered yet"),
        // 5.1 reuse-catalogue
        pick("yes"),
        Step::Enter,
        // The finish step comes by itself after the last question.
        Step::Confirm(true),
    ]
}

#[test]
fn whole_assessment_of_every_kind_ends_final_and_valid() {
    let fw = mini();
    let p = play(&fw, new(&fw), whole_assessment());
    assert_eq!(
        p.result.unwrap(),
        Outcome::Final,
        "{:#?}",
        p.script.transcript
    );
    assert_eq!(p.script.remaining(), 0);
    let a = &p.assessment;
    assert_eq!(a.meta.status, Status::Final);
    assert_eq!(a.value("skills-plan"), Some(&Value::Level(3)));
    assert_eq!(a.value("skills-budget"), Some(&Value::YesNo(true)));
    assert_eq!(a.value("leader-named"), Some(&Value::YesNo(false)));
    assert_eq!(
        a.value("hosting-practices"),
        Some(&Value::Checklist(vec![
            "backups".into(),
            "monitoring".into()
        ]))
    );
    assert_eq!(a.value("uptime"), Some(&Value::Number(99.5)));
    assert_eq!(a.value("cost-per-transaction"), Some(&Value::NotApplicable));
    assert_eq!(
        evidence(a, "cost-per-transaction"),
        Some("No transaction is charged for")
    );
    assert_eq!(a.value("cost-model"), Some(&Value::Unknown));
    assert_eq!(
        evidence(a, "skills-plan"),
        Some("Skills plan adopted May 2026\nFunded in the 2026 budget")
    );
    assert_eq!(evidence(a, "skills-budget"), None);
    // Saved after every answer (8), then once more when marked final.
    assert_eq!(p.saves.len(), 9);
    assert_eq!(p.saves[0].unanswered(&fw).len(), 7);
    // The file it writes passes validation as final.
    let text = assessment::render(a, &fw);
    let back = assessment::parse("t.toml", &text, &fw).expect("the saved file is valid");
    assert_eq!(back.answers, a.answers);
    // The wrong numbers were refused with a reason.
    let t = p.script.transcript.join("\n");
    assert!(
        t.contains("101 is out of range: give a number from 90 to 100 (%)"),
        "{t}"
    );
    assert!(t.contains("\"abc\" is not a number"), "{t}");
}

#[test]
fn screens_show_position_principle_question_guidance_and_levels() {
    let fw = mini();
    let p = play(&fw, new(&fw), whole_assessment());
    let s = &p.script.screens;
    let first = &s[0];
    assert!(
        first.contains("Principle 1 of 5 · question 1 of 2 · answered 0 of 8"),
        "{first}"
    );
    assert!(first.contains("1. Skills  (People)"), "{first}");
    assert!(first.contains("Staff have the skills to deliver."));
    assert!(first.contains("Q: Is there a skills plan?"));
    assert!(first.contains("Guidance: The adopted plan."));
    for line in [
        "0 None       No plan.",
        "1 Ad hoc     A draft plan.",
        "4 Optimised  A funded plan with published results.",
    ] {
        assert!(first.contains(line), "missing {line:?} in\n{first}");
    }
    let hosting = s
        .iter()
        .find(|x| x.contains("[checklist · hosting-practices]"));
    let hosting = hosting.expect("the checklist screen");
    assert!(hosting.contains("Principle 3 of 5 · question 1 of 2 · answered 3 of 8"));
    assert!(hosting.contains("- Tested backups (weight 2)"));
    assert!(hosting.contains("- Cloud-first rule"));
    let uptime = s.iter().find(|x| x.contains("[number · uptime]")).unwrap();
    assert!(uptime.contains("a number in %, from 90 to 100 (higher is better)"));
    let finish = s.last().unwrap();
    assert!(finish.contains("Every question is answered"), "{finish}");
}

#[test]
fn not_applicable_needs_a_reason() {
    let fw = mini();
    let p = play(
        &fw,
        new(&fw),
        vec![
            pick("n/a"),
            typed("   "),
            pick("n/a"),
            typed("No skills plan is required of a body this size"),
            Step::Quit,
        ],
    );
    assert_eq!(p.result.unwrap(), Outcome::Quit);
    assert!(p.script.screens[1].contains("n/a needs a reason; nothing was changed."));
    assert_eq!(p.saves.len(), 1);
    assert_eq!(
        p.assessment.value("skills-plan"),
        Some(&Value::NotApplicable)
    );
    assert_eq!(
        evidence(&p.assessment, "skills-plan"),
        Some("No skills plan is required of a body this size")
    );
}

#[test]
fn skip_back_and_jump() {
    let fw = mini();
    let p = play(
        &fw,
        new(&fw),
        vec![
            pick("→ skip"), // skills-plan left unanswered
            pick("← back"), // back to skills-plan
            pick("1 "),
            Step::Enter,     // skills-plan = 1, on to skills-budget
            pick("→ jump"),  // the principle menu...
            Step::Esc,       // ...left: still on skills-budget
            pick("→ jump"),  // again
            pick("4. Cost"), // cost-per-transaction
            pick("← back"),  // back where the jump came from: skills-budget
            pick("→ jump"),  // and to Skills: its first question left, skills-budget
            pick("1. Skills"),
            Step::Quit,
        ],
    );
    assert_eq!(p.result.unwrap(), Outcome::Quit);
    let ids: Vec<&str> = p
        .script
        .screens
        .iter()
        .map(|s| {
            // The line under the question: `   [kind · id]`.
            let line = s.lines().find(|l| l.trim_start().starts_with('[')).unwrap();
            line.rsplit("· ").next().unwrap().trim_end_matches(']')
        })
        .collect();
    assert_eq!(
        ids,
        [
            "skills-plan",
            "skills-budget",
            "skills-plan",
            "skills-budget",
            "skills-budget",
            "cost-per-transaction",
            "skills-budget",
            "skills-budget",
        ]
    );
    assert_eq!(p.assessment.value("skills-plan"), Some(&Value::Level(1)));
    assert_eq!(p.assessment.value("skills-budget"), None);
}

#[test]
fn back_on_the_first_question_says_so() {
    let fw = mini();
    let p = play(&fw, new(&fw), vec![pick("← back"), Step::Quit]);
    assert!(p.script.screens[1].contains("This is the first question."));
    assert!(p.script.screens[1].contains("[level · skills-plan]"));
}

#[test]
fn review_shows_scores_and_changes_an_answer() {
    let fw = mini();
    let p = play(
        &fw,
        new(&fw),
        vec![
            pick("2 "),
            Step::Enter, // skills-plan = 2 (50)
            pick("yes"),
            Step::Enter, // skills-budget = yes (100)
            pick("→ review"),
            pick("1.1 "), // change skills-plan...
            pick("4 "),
            typed("Results published"), // ...to 4 (100): back to the review
            pick("← back to the questionnaire"),
            Step::Quit,
        ],
    );
    assert_eq!(p.result.unwrap(), Outcome::Quit);
    let reviews: Vec<&String> = p
        .script
        .screens
        .iter()
        .filter(|s| s.contains("Review: every answer"))
        .collect();
    assert_eq!(reviews.len(), 2, "{:#?}", p.script.transcript);
    // Skills is the weighted mean of 50 (weight 3) and 100 (weight 1) first, then of 100 and 100.
    assert!(
        reviews[0].contains("1. Skills    62.5  Medium"),
        "{}",
        reviews[0]
    );
    assert!(
        reviews[1].contains("1. Skills   100.0  High"),
        "{}",
        reviews[1]
    );
    let t = p.script.transcript.join("\n");
    assert!(t.contains("1.1   skills-plan"), "{t}");
    assert!(t.contains("2 Defined"), "{t}");
    assert_eq!(p.assessment.value("skills-plan"), Some(&Value::Level(4)));
    assert_eq!(
        evidence(&p.assessment, "skills-plan"),
        Some("Results published")
    );
    // Back to the questionnaire: where the person was before the review.
    let last = p.script.screens.last().unwrap();
    assert!(last.contains("[yes/no · leader-named]"), "{last}");
}

#[test]
fn finish_refuses_final_while_incomplete_and_says_what_is_missing() {
    let fw = mini();
    let p = play(
        &fw,
        new(&fw),
        vec![
            pick("3 "),
            Step::Enter,
            pick("→ finish"),
            // No "mark final?" question comes: the next step is the menu.
            pick("save and quit"),
        ],
    );
    assert_eq!(p.result.unwrap(), Outcome::Quit);
    assert_eq!(p.assessment.meta.status, Status::Draft);
    let finish = p.script.screens.last().unwrap();
    assert!(finish.contains("It cannot be marked final yet"), "{finish}");
    assert!(
        finish.contains("7 question(s) unanswered: skills-budget, leader-named"),
        "{finish}"
    );
    assert!(
        !p.script
            .transcript
            .iter()
            .any(|t| t.starts_with("[confirm]"))
    );
}

/// A complete 2026 assessment of the mini framework.
fn complete_2026(fw: &Framework) -> Assessment {
    let p = play(fw, new(fw), whole_assessment());
    p.assessment
}

#[test]
fn carried_forward_answers_need_confirming_before_final() {
    let fw = mini();
    let prior = complete_2026(&fw);
    let a = dgtk::assessment::carry_forward(&prior, &fw, &fw, "XMP", 2027).assessment;
    let p = play(&fw, a, vec![pick("→ finish"), pick("save and quit")]);
    let finish = p.script.screens.last().unwrap();
    assert!(
        finish.contains("8 answer(s) carried forward and not yet confirmed"),
        "{finish}"
    );
    assert_eq!(p.assessment.flagged(&fw).len(), 8);
}

#[test]
fn accepting_every_default_reproduces_last_year() {
    let fw = mini();
    let prior = complete_2026(&fw);
    // With --from (the prior at hand), and without it (a file made by `init --from`: the flagged
    // answers are the defaults).
    for with_prior in [true, false] {
        let a = dgtk::assessment::carry_forward(&prior, &fw, &fw, "XMP", 2027).assessment;
        // Enter everywhere: the menu's default is last year's answer; the checklist starts ticked
        // as last year; the number and the n/a reason start as last year's; evidence is kept.
        let steps = vec![Step::Enter; 18]
            .into_iter()
            .chain([Step::Confirm(true)])
            .collect();
        let p = play_with(&fw, a, with_prior.then_some(&prior), None, None, steps);
        assert_eq!(
            p.result.unwrap(),
            Outcome::Final,
            "{:#?}",
            p.script.transcript
        );
        assert_eq!(p.assessment.answers, prior.answers);
        assert!(p.assessment.flagged(&fw).is_empty());
        assert_eq!(p.assessment.meta.year, 2027);
        assert_eq!(p.assessment.meta.status, Status::Final);
        let first = &p.script.screens[0];
        assert!(first.contains("answered 8 of 8 · 8 to review"), "{first}");
        assert!(first.contains("(carried forward: pick it again to confirm it)"));
        assert_eq!(
            first.contains("Last year (2026):  3 Managed"),
            with_prior,
            "{first}"
        );
        let t = p.script.transcript.join("\n");
        assert!(t.contains("3  Managed   ◂ now, last year"), "{t}");
    }
}

#[test]
fn last_years_answer_is_the_default_for_a_question_not_yet_in_the_file() {
    let fw = mini();
    let prior = complete_2026(&fw);
    // A new, empty file with --from: the defaults come from the prior alone.
    let p = play_with(
        &fw,
        Assessment::new(&fw, "XMP", 2027),
        Some(&prior),
        None,
        None,
        vec![Step::Enter, Step::Enter, Step::Quit],
    );
    assert_eq!(p.assessment.value("skills-plan"), Some(&Value::Level(3)));
    assert_eq!(
        evidence(&p.assessment, "skills-plan"),
        prior.answers["skills-plan"].evidence.as_deref()
    );
}

#[test]
fn resume_starts_at_the_first_question_left_with_earlier_answers_intact() {
    let fw = mini();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("xmp-2026.toml");
    // First sitting: three answers, then the session dies on the fourth question (the script
    // ends, as a kill would).
    let p = play_with(
        &fw,
        new(&fw),
        None,
        Some(&file),
        None,
        vec![
            pick("2 "),
            typed("Draft plan v3"),
            pick("yes"),
            Step::Enter,
            pick("no"),
            typed("Vacant"),
            pick("tick"), // killed while ticking
        ],
    );
    assert!(p.result.is_err());
    // Second sitting: reopen the file.
    let a = assessment::load_file(&file, &fw).expect("the saved file is valid");
    assert_eq!(a.value("skills-plan"), Some(&Value::Level(2)));
    assert_eq!(evidence(&a, "skills-plan"), Some("Draft plan v3"));
    assert_eq!(evidence(&a, "leader-named"), Some("Vacant"));
    assert_eq!(a.value("hosting-practices"), None);
    let p = play_with(&fw, a, None, Some(&file), None, vec![Step::Quit]);
    let first = &p.script.screens[0];
    assert!(first.contains("[checklist · hosting-practices]"), "{first}");
    assert!(first.contains("answered 3 of 8"), "{first}");
}

#[test]
fn start_at_a_principle() {
    let fw = mini();
    let q = Questionnaire::new(&fw, new(&fw), None, "t");
    let start = q.start_of("cost");
    let p = play_with(&fw, new(&fw), None, None, start, vec![Step::Quit]);
    assert!(p.script.screens[0].contains("[number · cost-per-transaction]"));
}

#[test]
fn changing_a_final_assessment_reopens_it_as_draft() {
    let fw = mini();
    let a = complete_2026(&fw);
    assert_eq!(a.meta.status, Status::Final);
    // Nothing left to do: it opens on the finish step.
    let p = play(
        &fw,
        a,
        vec![
            pick("→ review"),
            pick("2.1 "),
            pick("yes"),
            typed("Appointed in June"),
            pick("→ finish"),
            Step::Confirm(true),
        ],
    );
    assert_eq!(p.result.unwrap(), Outcome::Final);
    assert!(p.script.screens[0].contains("Finish"));
    let reopened = p.saves.first().expect("saved after the change").meta.status;
    assert_eq!(reopened, Status::Draft);
    assert!(
        p.script
            .screens
            .iter()
            .any(|s| s.contains("back to draft; finish to mark it final again"))
    );
    assert_eq!(p.assessment.meta.status, Status::Final);
}

#[test]
fn the_builtin_framework_works_too() {
    let fw = crate::support::builtin_v1();
    let p = play(
        &fw,
        new(&fw),
        vec![pick("2 "), Step::Enter, pick("→ skip"), Step::Quit],
    );
    let s = &p.script.screens;
    let total = fw.question_count();
    let first_count = fw.principles[0].questions.len();
    assert!(s[0].contains(&format!(
        "Principle 1 of {} · question 1 of {first_count} · answered 0 of {total}",
        fw.principles.len()
    )));
    assert!(s[1].contains(&format!(
        "question 2 of {first_count} · answered 1 of {total}"
    )));
    assert!(s[2].contains(&format!("question 3 of {first_count}")));
    let first_id = &fw.principles[0].questions[0].id;
    assert_eq!(p.assessment.value(first_id), Some(&Value::Level(2)));
}

#[test]
fn who_is_answering_is_asked_for_a_new_file() {
    let fw = mini();
    let mut script = Scripted::new([
        typed("  Ministry of Digital Affairs "),
        typed("I. Mertens, T. Berg; A. Novak,"),
    ]);
    let mut saves = 0;
    let mut save = |_: &mut Assessment| -> io::Result<Option<String>> {
        saves += 1;
        Ok(None)
    };
    let mut q = Questionnaire::new(&fw, new(&fw), None, "test.toml");
    assert!(q.who(&mut script, &mut save).unwrap());
    let a = q.into_assessment();
    assert_eq!(
        a.meta.organisation.as_deref(),
        Some("Ministry of Digital Affairs")
    );
    assert_eq!(a.meta.assessors, ["I. Mertens", "T. Berg", "A. Novak"]);
    assert_eq!(saves, 1);
    assert!(script.screens[0].contains("Who is answering"));

    // Known already (from --organisation and --assessor): nothing is asked.
    let mut known = new(&fw);
    known.meta.organisation = Some("MDA".into());
    known.meta.assessors = vec!["I. Mertens".into()];
    let mut script = Scripted::new([]);
    let mut q = Questionnaire::new(&fw, known, None, "test.toml");
    assert!(q.who(&mut script, &mut |_| Ok(None)).unwrap());
    assert!(script.screens.is_empty());

    // Esc leaves a field empty; quitting there stops before the first question.
    let mut script = Scripted::new([Step::Esc, Step::Quit]);
    let mut q = Questionnaire::new(&fw, new(&fw), None, "test.toml");
    assert!(!q.who(&mut script, &mut |_| Ok(None)).unwrap());
    assert_eq!(q.assessment().meta.organisation, None);
}

#[test]
fn esc_goes_back_one_level_and_never_quits() {
    let fw = mini();
    let p = play(
        &fw,
        new(&fw),
        vec![
            pick("2 "),
            Step::Enter,      // skills-plan = 2; on to skills-budget
            pick("→ review"), // the review...
            Step::Esc,        // ...back to skills-budget
            pick("→ finish"), // the finish step...
            Step::Esc,        // ...back to skills-budget
            pick("→ review"),
            pick("1.1 "), // from the review to skills-plan...
            Step::Esc,    // ...and back to the review
            pick("← back to the questionnaire"),
            pick("yes"), // skills-budget: yes...
            Step::Esc,   // ...Esc at the evidence: not saved, back to the question
            Step::Esc,   // Esc on a question: the previous one, skills-plan
            Step::Quit,
        ],
    );
    assert_eq!(
        p.result.unwrap(),
        Outcome::Quit,
        "{:#?}",
        p.script.transcript
    );
    let shown: Vec<&str> = p
        .script
        .screens
        .iter()
        .map(|s| {
            if s.contains("Review: every answer") {
                "review"
            } else if s.contains("Finish") && !s.contains("[") {
                "finish"
            } else if s.contains("· skills-plan]") {
                "skills-plan"
            } else if s.contains("· skills-budget]") {
                "skills-budget"
            } else {
                "?"
            }
        })
        .collect();
    assert_eq!(
        shown,
        [
            "skills-plan",
            "skills-budget",
            "review",
            "skills-budget",
            "finish",
            "skills-budget",
            "review",
            "skills-plan",
            "review",
            "skills-budget",
            "skills-budget",
            "skills-plan",
        ],
        "{:#?}",
        p.script.transcript
    );
    assert!(p.script.screens[10].contains("the answer was not saved"));
    assert_eq!(p.assessment.value("skills-budget"), None);
    assert_eq!(p.saves.len(), 1);
}

#[test]
fn a_number_takes_a_decimal_comma_and_a_percent_sign() {
    let fw = mini();
    let start = Some(4); // uptime, 90-100 %
    for (typed_value, want) in [("99,5", 99.5), ("99.5 %", 99.5), ("97,25%", 97.25)] {
        let p = play_with(
            &fw,
            new(&fw),
            None,
            None,
            start,
            vec![
                pick("type the value"),
                typed(typed_value),
                Step::Enter,
                Step::Quit,
            ],
        );
        assert_eq!(
            p.result.unwrap(),
            Outcome::Quit,
            "{:#?}",
            p.script.transcript
        );
        assert_eq!(
            p.assessment.value("uptime"),
            Some(&Value::Number(want)),
            "{typed_value}"
        );
    }
}

#[test]
fn a_script_that_runs_out_is_an_error_not_a_wait() {
    let fw = mini();
    let p = play(&fw, new(&fw), vec![]);
    let err = p.result.unwrap_err();
    assert!(err.to_string().contains("the script ended"), "{err}");
    assert!(!err.is_interrupted());
}

// ---------------------------------------------------------------------------------------------
// The real binary.

#[test]
fn without_a_terminal_it_refuses_at_once_and_touches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("x.toml");
    std::fs::write(&existing, "not even toml [").unwrap();
    let missing = dir.path().join("new.toml");
    for file in [&existing, &missing] {
        let run = support::dgtk()
            .args(["assess", "--country", "XMP", "--year", "2026"])
            .arg(file)
            .stdin("3\nyes\n") // answers piped in are not read as keys
            .run()
            .code(1);
        assert!(run.took() < std::time::Duration::from_secs(10));
        let err = run.stderr_str();
        assert!(err.contains("stdin is not a terminal"), "{err}");
        // A new file is made with `init`; an existing one is answered in an editor.
        assert_eq!(
            err.contains("dgtk init --country XMP --year 2026 -o"),
            file == &missing,
            "{err}"
        );
        assert!(err.contains("$EDITOR"), "{err}");
        assert!(err.contains("dgtk check"), "{err}");
        assert!(err.contains("dgtk score"), "{err}");
    }
    assert_eq!(
        std::fs::read_to_string(&existing).unwrap(),
        "not even toml ["
    );
    assert!(!missing.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[cfg(unix)]
mod pty {
    //! Through a pseudo-terminal, keys typed as a person would. Every wait has a timeout, so a
    //! stuck prompt fails the test instead of hanging CI.

    use super::*;
    use rexpect::session::{PtySession, spawn_command};

    const TIMEOUT_MS: u64 = 15_000;
    const DOWN: &str = "\x1b[B";
    const ENTER: &str = "\r";

    /// dgtk on the mini framework in a pseudo-terminal, with the builder's clean environment, a
    /// terminal type dialoguer knows, and no colour (the screens are matched as plain text).
    fn spawn(dir: &Path, args: &[&str]) -> PtySession {
        let cmd = support::dgtk()
            .current_dir(dir)
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .framework(support::MINI)
            .args(args)
            .into_command();
        spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn dgtk in a pty")
    }

    fn keys(s: &mut PtySession, k: &str) {
        s.send(k).unwrap();
        s.flush().unwrap();
    }

    /// Waits for a question's screen.
    fn at(s: &mut PtySession, id: &str) {
        s.exp_string(&format!("· {id}]")).unwrap();
        s.exp_string("Answer:").unwrap();
    }

    fn evidence(s: &mut PtySession, text: &str) {
        s.exp_string("Evidence (optional)").unwrap();
        if !text.is_empty() {
            keys(s, text);
            keys(s, ENTER);
        }
        keys(s, ENTER);
    }

    fn exit_code(s: &mut PtySession) -> Option<i32> {
        match s.process_mut().wait().unwrap() {
            nix::sys::wait::WaitStatus::Exited(_, code) => Some(code),
            _ => None,
        }
    }

    #[test]
    fn a_whole_assessment_typed_into_a_terminal() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = spawn(
            dir.path(),
            &[
                "assess",
                "t.toml",
                "--country",
                "XMP",
                "--year",
                "2026",
                "--organisation",
                "MDA",
                "--assessor",
                "I. Mertens",
            ],
        );
        at(&mut s, "skills-plan");
        keys(&mut s, &DOWN.repeat(3));
        keys(&mut s, ENTER); // 3 Managed
        evidence(&mut s, "Plan adopted 2026");
        at(&mut s, "skills-budget");
        keys(&mut s, ENTER); // yes
        evidence(&mut s, "");
        at(&mut s, "leader-named");
        keys(&mut s, DOWN);
        keys(&mut s, ENTER); // no
        evidence(&mut s, "");
        at(&mut s, "hosting-practices");
        keys(&mut s, ENTER); // tick the items...
        s.exp_string("Tick the items").unwrap();
        keys(&mut s, " "); // Tested backups
        keys(&mut s, &DOWN.repeat(2));
        keys(&mut s, " "); // Cloud-first rule
        keys(&mut s, ENTER);
        evidence(&mut s, "");
        at(&mut s, "uptime");
        keys(&mut s, ENTER); // type the value...
        s.exp_string("Value in %").unwrap();
        keys(&mut s, "150\r");
        s.exp_string("150 is out of range").unwrap();
        keys(&mut s, "99.9\r");
        evidence(&mut s, "Monitoring report");
        at(&mut s, "cost-per-transaction");
        keys(&mut s, DOWN);
        keys(&mut s, ENTER); // n/a
        s.exp_string("Why does it not apply?").unwrap();
        keys(&mut s, "Services are free\r");
        at(&mut s, "cost-model");
        keys(&mut s, &DOWN.repeat(6));
        keys(&mut s, ENTER); // unknown
        evidence(&mut s, "");
        at(&mut s, "reuse-catalogue");
        keys(&mut s, ENTER); // yes
        evidence(&mut s, "");
        s.exp_string("Mark the assessment final?").unwrap();
        keys(&mut s, "y");
        s.exp_string("status final").unwrap();
        assert_eq!(exit_code(&mut s), Some(0));
        assert!(
            !dir.path().join(".t.toml.lock").exists(),
            "the lock file is removed when assess ends"
        );

        let fw = mini();
        let a = assessment::load_file(&dir.path().join("t.toml"), &fw).expect("valid");
        assert_eq!(a.meta.status, Status::Final);
        assert_eq!(a.meta.year, 2026);
        assert_eq!(a.value("skills-plan"), Some(&Value::Level(3)));
        assert_eq!(evidence_of(&a, "skills-plan"), Some("Plan adopted 2026"));
        assert_eq!(a.value("skills-budget"), Some(&Value::YesNo(true)));
        assert_eq!(a.value("leader-named"), Some(&Value::YesNo(false)));
        assert_eq!(
            a.value("hosting-practices"),
            Some(&Value::Checklist(vec!["backups".into(), "cloud".into()]))
        );
        assert_eq!(a.value("uptime"), Some(&Value::Number(99.9)));
        assert_eq!(a.value("cost-per-transaction"), Some(&Value::NotApplicable));
        assert_eq!(
            evidence_of(&a, "cost-per-transaction"),
            Some("Services are free")
        );
        assert_eq!(a.value("cost-model"), Some(&Value::Unknown));
        assert_eq!(a.value("reuse-catalogue"), Some(&Value::YesNo(true)));
    }

    fn evidence_of<'a>(a: &'a Assessment, id: &str) -> Option<&'a str> {
        super::evidence(a, id)
    }

    #[test]
    fn killed_mid_question_then_resumed_keeps_earlier_answers() {
        let dir = tempfile::tempdir().unwrap();
        let args = [
            "assess",
            "t.toml",
            "--country",
            "XMP",
            "--year",
            "2026",
            "--organisation",
            "MDA",
            "--assessor",
            "I. Mertens",
        ];
        let mut s = spawn(dir.path(), &args);
        at(&mut s, "skills-plan");
        keys(&mut s, &DOWN.repeat(2));
        keys(&mut s, ENTER);
        evidence(&mut s, "Draft plan v3");
        at(&mut s, "skills-budget");
        keys(&mut s, DOWN);
        keys(&mut s, ENTER); // no
        s.exp_string("Evidence (optional)").unwrap();
        keys(&mut s, "typed but never confirmed");
        s.exp_string("typed but never confirmed").unwrap();
        s.process_mut()
            .kill(nix::sys::signal::Signal::SIGKILL)
            .unwrap();
        drop(s);

        let fw = mini();
        let file = dir.path().join("t.toml");
        let a = assessment::load_file(&file, &fw).expect("valid after kill -9");
        assert_eq!(a.value("skills-plan"), Some(&Value::Level(2)));
        assert_eq!(evidence_of(&a, "skills-plan"), Some("Draft plan v3"));
        assert_eq!(a.value("skills-budget"), None);
        let leftovers = || {
            let mut v: Vec<_> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            v.sort();
            v
        };
        // No temporary file; the killed run's lock file stays (its OS lock ended with it), and
        // must not block the next run.
        assert_eq!(leftovers(), [".t.toml.lock", "t.toml"]);

        let mut s = spawn(dir.path(), &["assess", "t.toml"]);
        s.exp_string("answered 1 of 8").unwrap();
        at(&mut s, "skills-budget");
        // Ctrl-C: the cursor comes back (ESC [ ? 25 h) and the exit says where the answers are.
        keys(&mut s, "\x03");
        s.exp_string("interrupted").unwrap();
        assert_eq!(exit_code(&mut s), Some(130));
        assert_eq!(
            leftovers(),
            ["t.toml"],
            "a run that ends releases its lock file"
        );
    }

    /// The mini framework's folder, for commands run without a terminal.
    fn dgtk_plain(dir: &Path, args: &[&str]) -> std::process::Output {
        support::dgtk()
            .into_command()
            .current_dir(dir)
            .env_remove("DGTK_FRAMEWORK")
            .arg("--framework")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/frameworks/mini"))
            .args(args)
            .output()
            .unwrap()
    }

    /// D2 (reliability report): two `assess` on one file, the last to save wiped the other's
    /// answers. Now the second refuses at once, naming the holder, and so do `fmt` and `merge -o`.
    #[test]
    fn second_assess_on_one_file_wiped_the_first_ones_answers() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.toml");
        let mut first = spawn(
            dir.path(),
            &[
                "assess",
                "t.toml",
                "--country",
                "XMP",
                "--year",
                "2026",
                "--organisation",
                "Ministry of Digital Affairs",
                "--assessor",
                "A. Official",
            ],
        );
        at(&mut first, "skills-plan");
        keys(&mut first, &DOWN.repeat(2));
        keys(&mut first, ENTER);
        evidence(&mut first, "from assessor A");
        at(&mut first, "skills-budget");
        let saved = std::fs::read(&file).unwrap();

        let mut second = spawn(dir.path(), &["assess", "t.toml"]);
        second
            .exp_string("t.toml is in use by another dgtk (dgtk assess by ")
            .unwrap();
        second.exp_string("since ").unwrap();
        assert_eq!(exit_code(&mut second), Some(1));
        assert_eq!(std::fs::read(&file).unwrap(), saved, "the second run wrote");

        // `fmt` would rewrite a file stripped of the tool's comments, and `merge -o --force`
        // replace it: both refuse while the questionnaire is open.
        let text: String = String::from_utf8(saved.clone())
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&file, &text).unwrap();
        let fmt = dgtk_plain(dir.path(), &["fmt", "t.toml"]);
        assert_eq!(fmt.status.code(), Some(1));
        let err = String::from_utf8_lossy(&fmt.stderr);
        assert!(
            err.contains("t.toml: in use by another dgtk (dgtk assess by"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
        for (name, who) in [("a.toml", "A"), ("b.toml", "B")] {
            let out = dgtk_plain(
                dir.path(),
                &[
                    "init",
                    "--country",
                    "XMP",
                    "--year",
                    "2026",
                    "--assessor",
                    who,
                    "-o",
                    name,
                ],
            );
            assert_eq!(out.status.code(), Some(0), "{out:?}");
        }
        let merge = dgtk_plain(
            dir.path(),
            &["merge", "a.toml", "b.toml", "-o", "t.toml", "--force"],
        );
        assert_eq!(merge.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&merge.stderr).contains("in use by another dgtk"));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), text);

        // Once the first run ends, the file is free again.
        keys(&mut first, "\x03");
        first.exp_string("interrupted").unwrap();
        assert_eq!(exit_code(&mut first), Some(130));
        let fmt = dgtk_plain(dir.path(), &["fmt", "t.toml"]);
        assert_eq!(fmt.status.code(), Some(0), "{fmt:?}");
    }

    /// D1 for `assess`: `--from` naming the answer file itself would overwrite the prior.
    #[test]
    fn assess_from_its_own_file_would_overwrite_the_prior() {
        let dir = tempfile::tempdir().unwrap();
        let init = dgtk_plain(
            dir.path(),
            &["init", "--country", "XMP", "--year", "2026", "-o", "t.toml"],
        );
        assert_eq!(init.status.code(), Some(0), "{init:?}");
        std::fs::hard_link(dir.path().join("t.toml"), dir.path().join("same.toml")).unwrap();
        let before = std::fs::read(dir.path().join("t.toml")).unwrap();
        let mut s = spawn(dir.path(), &["assess", "t.toml", "--from", "same.toml"]);
        // The message is wrapped to the terminal's width.
        s.exp_string("error: t.toml is one of the inputs (the prior, --from, named same.toml)")
            .unwrap();
        s.exp_string("another output").unwrap();
        assert_eq!(exit_code(&mut s), Some(1));
        assert_eq!(std::fs::read(dir.path().join("t.toml")).unwrap(), before);
    }

    /// D3 (reliability report): an edit made on disk while `assess` was open (an editor, `git
    /// pull`) was overwritten by the next answer. Now it survives, and the screen says so.
    #[test]
    fn edit_on_disk_while_assess_was_open_was_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.toml");
        let mut s = spawn(
            dir.path(),
            &[
                "assess",
                "t.toml",
                "--country",
                "XMP",
                "--year",
                "2026",
                "--organisation",
                "Ministry of Digital Affairs",
                "--assessor",
                "A. Official",
            ],
        );
        at(&mut s, "skills-plan");
        keys(&mut s, &DOWN.repeat(2));
        keys(&mut s, ENTER);
        evidence(&mut s, "");
        at(&mut s, "skills-budget");

        // Someone else answers another question and names the organisation, on disk.
        let fw = mini();
        let mut edited = assessment::load_file(&file, &fw).unwrap();
        edited.answers.insert(
            "reuse-catalogue".into(),
            assessment::Answer {
                value: Some(Value::YesNo(true)),
                evidence: Some("typed in an editor".into()),
                ..Default::default()
            },
        );
        edited.meta.organisation = Some("Ministry of Edits".into());
        std::fs::write(&file, assessment::render(&edited, &fw)).unwrap();

        keys(&mut s, DOWN);
        keys(&mut s, ENTER); // no
        evidence(&mut s, "");
        // The next screen says so, at its foot.
        s.exp_string("· leader-named]").unwrap();
        s.exp_string("changed on disk").unwrap();
        keys(&mut s, "\x03");
        s.exp_string("interrupted").unwrap();
        assert_eq!(exit_code(&mut s), Some(130));

        let a = assessment::load_file(&file, &fw).expect("valid");
        assert_eq!(a.value("skills-plan"), Some(&Value::Level(2)));
        assert_eq!(a.value("skills-budget"), Some(&Value::YesNo(false)));
        assert_eq!(a.value("reuse-catalogue"), Some(&Value::YesNo(true)));
        assert_eq!(
            evidence_of(&a, "reuse-catalogue"),
            Some("typed in an editor")
        );
        assert_eq!(a.meta.organisation.as_deref(), Some("Ministry of Edits"));
    }

    /// D3, the other half: the edit on disk answers the very question being answered; nothing is
    /// written, and the edit on disk stands.
    #[test]
    fn edit_on_disk_to_the_question_being_answered_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t.toml");
        let mut s = spawn(
            dir.path(),
            &[
                "assess",
                "t.toml",
                "--country",
                "XMP",
                "--year",
                "2026",
                "--organisation",
                "Ministry of Digital Affairs",
                "--assessor",
                "A. Official",
            ],
        );
        at(&mut s, "skills-plan");
        let fw = mini();
        let mut edited = assessment::load_file(&file, &fw).unwrap();
        edited.answers.insert(
            "skills-plan".into(),
            assessment::Answer {
                value: Some(Value::Level(4)),
                ..Default::default()
            },
        );
        let text = assessment::render(&edited, &fw);
        std::fs::write(&file, &text).unwrap();
        keys(&mut s, &DOWN.repeat(2));
        keys(&mut s, ENTER);
        evidence(&mut s, "");
        s.exp_string("the change touches question skills-plan")
            .unwrap();
        assert_eq!(exit_code(&mut s), Some(1));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    }

    #[test]
    fn ctrl_c_shows_the_cursor_again() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = spawn(
            dir.path(),
            &[
                "assess",
                "t.toml",
                "--country",
                "XMP",
                "--year",
                "2026",
                "--organisation",
                "MDA",
                "--assessor",
                "I. Mertens",
            ],
        );
        s.exp_string("· skills-plan]").unwrap();
        // ASCII only: the expecter reads the output byte by byte.
        let menu = s.exp_string(" finish (mark final").unwrap();
        assert!(
            menu.contains("\x1b[?25l"),
            "the menu hides the cursor: {menu:?}"
        );
        keys(&mut s, "\x03");
        let tail = s.exp_string("interrupted").unwrap();
        assert!(
            tail.contains("\x1b[?25h"),
            "the cursor is shown again: {tail:?}"
        );
        assert_eq!(exit_code(&mut s), Some(130));
    }

    #[test]
    fn stderr_not_a_terminal_refuses_at_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x.toml"), "kept as is").unwrap();
        let cmd = support::sh("\"$DGTK\" assess x.toml 2>/dev/null; echo \"rc=$?\"")
            .current_dir(dir.path())
            .env("TERM", "xterm")
            .into_command();
        let mut s = spawn_command(cmd, Some(TIMEOUT_MS)).unwrap();
        s.exp_string("rc=1").unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("x.toml")).unwrap(),
            "kept as is"
        );
    }
}

#[test]
fn n_a_is_offered_only_where_the_framework_allows_it() {
    // tests/frameworks/v2mini uses `na_when`: n/a is an answer only to the questions that say
    // when it applies, so the menu offers it only there (a file saved otherwise would not check).
    let fw = framework::load_dir(Path::new("tests/frameworks/v2mini")).unwrap();
    let p = play(&fw, new(&fw), vec![pick("n/a")]);
    assert!(p.result.is_err(), "services-online offered n/a");
    assert!(p.script.screens[0].contains("key services: The ten services"));
    // project-reviews, the ninth question, has `na_when`: shown, and n/a is offered.
    let p = play_with(
        &fw,
        new(&fw),
        None,
        None,
        Some(8),
        vec![
            pick("n/a"),
            typed("No major project since 2024."),
            Step::Quit,
        ],
    );
    assert!(
        p.script.screens[0].contains("n/a only when: No major project was active"),
        "{}",
        p.script.screens[0]
    );
    assert_eq!(p.result.unwrap(), Outcome::Quit);
    assert_eq!(
        p.assessment.value("project-reviews"),
        Some(&Value::NotApplicable)
    );
}
