//! What a person sees in `dgtk assess`: the real binary runs in a pseudo-terminal of a given
//! size (80x24, 100x40, 160x50), its output is fed to a terminal emulator (`vt100`), and the
//! tests assert on the reconstructed screen: the position and the question are visible when an
//! answer is asked for, no row appears twice, there is exactly one cursor, no line ends or starts
//! in the middle of a word, the review fits. Every wait polls the screen until it shows what is
//! expected (20 s at most), never a fixed sleep.

#![cfg(unix)]

use std::collections::HashSet;
use std::fs::File;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dgtk::assessment::{self, Value};
use dgtk::framework::{Framework, QuestionKind};
use nix::pty::{Winsize, openpty};

const TIMEOUT: Duration = Duration::from_secs(20);
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const END: &str = "\x1b[F";

fn winsize(rows: u16, cols: u16) -> Winsize {
    Winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    }
}

/// The binary in a pseudo-terminal, with the screen it has drawn so far.
struct Tty {
    master: File,
    parser: Arc<Mutex<vt100::Parser>>,
    child: Child,
    /// Bytes read from the terminal so far.
    bytes: Arc<Mutex<usize>>,
    /// The last screen a wait saw (for failure messages).
    seen: String,
}

impl Tty {
    /// On release 1.0.0's questions: most of these screens are of them (principle 4 holds
    /// every kind there).
    fn spawn(dir: &Path, args: &[&str], size: (u16, u16), color: bool) -> Tty {
        Tty::spawn_on(Some(crate::support::V1), dir, args, size, color)
    }

    /// On the framework in `framework`, or the built-in (current) one.
    fn spawn_on(
        framework: Option<&str>,
        dir: &Path,
        args: &[&str],
        (rows, cols): (u16, u16),
        color: bool,
    ) -> Tty {
        let pty = openpty(&winsize(rows, cols), None).expect("openpty");
        let slave: OwnedFd = pty.slave;
        // The environment the test builder controls.
        let mut cmd = crate::support::dgtk().into_command();
        if let Some(dir) = framework {
            cmd.arg("--framework").arg(dir);
        }
        cmd.current_dir(dir)
            .env("TERM", "xterm-256color")
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .env_remove("COLUMNS")
            .env_remove("LINES")
            .args(args)
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        if color {
            cmd.env_remove("NO_COLOR");
        } else {
            cmd.env("NO_COLOR", "1");
        }
        // A session of its own with the pty as its controlling terminal, as a shell gives it,
        // so that it reads the pty's size (not the test runner's terminal) and gets SIGWINCH.
        unsafe {
            cmd.pre_exec(|| {
                nix::unistd::setsid().map_err(std::io::Error::from)?;
                if nix::libc::ioctl(0, nix::libc::TIOCSCTTY as _, 0) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn dgtk");
        drop(cmd);
        let master = File::from(pty.master);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let mut reader = master.try_clone().unwrap();
        let feed = Arc::clone(&parser);
        let bytes = Arc::new(Mutex::new(0usize));
        let count = Arc::clone(&bytes);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        feed.lock().unwrap().process(&buf[..n]);
                        *count.lock().unwrap() += n;
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    // EIO: the child has closed the terminal.
                    Err(_) => break,
                }
            }
        });
        Tty {
            master,
            parser,
            child,
            bytes,
            seen: String::new(),
        }
    }

    /// `dgtk assess` on a new file at principle `p` (who is answering given on the command
    /// line, no colour), moved on to its question `id` by skipping the ones before it.
    fn at_question(
        framework: Option<&str>,
        dir: &Path,
        p: &dgtk::framework::Principle,
        id: &str,
        size: (u16, u16),
    ) -> Tty {
        let number = p.number.to_string();
        let args = [
            "assess",
            "t.toml",
            "--country",
            "XMP",
            "--year",
            "2026",
            "--principle",
            &number,
            "--organisation",
            "MDA",
            "--assessor",
            "I. Mertens",
        ];
        let mut t = Tty::spawn_on(framework, dir, &args, size, false);
        let before = p.questions.iter().take_while(|x| x.id != id);
        for earlier in before {
            t.wait_for(&format!("· {}]", earlier.id));
            t.keys(END);
            t.wait_cursor_on("how to answer");
            t.keys(&UP.repeat(5));
            t.wait_cursor_on("→ skip");
            t.keys(ENTER);
        }
        t
    }

    fn keys(&mut self, k: &str) {
        self.master.write_all(k.as_bytes()).unwrap();
        self.master.flush().unwrap();
    }

    fn rows(&self) -> Vec<String> {
        let p = self.parser.lock().unwrap();
        let (_, cols) = p.screen().size();
        p.screen().rows(0, cols.get()).collect()
    }

    /// Waits until the screen satisfies `ready` and has settled (no output for 50 ms, so a
    /// frame is never judged half drawn); returns its rows.
    fn wait(&mut self, what: &str, ready: impl Fn(&[String]) -> bool) -> Vec<String> {
        let start = Instant::now();
        loop {
            let before = *self.bytes.lock().unwrap();
            let rows = self.rows();
            if ready(&rows) {
                std::thread::sleep(Duration::from_millis(50));
                if *self.bytes.lock().unwrap() == before {
                    self.seen = rows.join("\n");
                    return rows;
                }
                continue;
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "waited 20 s for {what}; the screen shows:\n{}",
                    rows.join("\n")
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits until the screen shows `text` (on one row).
    fn wait_for(&mut self, text: &str) -> Vec<String> {
        self.wait(&format!("{text:?}"), |rows| {
            rows.iter().any(|r| r.contains(text))
        })
    }

    /// Waits until the cursor row (`❯`) shows `text`.
    fn wait_cursor_on(&mut self, text: &str) -> Vec<String> {
        self.wait(&format!("the cursor on {text:?}"), |rows| {
            rows.iter().any(|r| r.contains('❯') && r.contains(text))
        })
    }

    fn resize(&mut self, rows: u16, cols: u16) {
        let ws = winsize(rows, cols);
        unsafe {
            assert_eq!(
                nix::libc::ioctl(self.master.as_raw_fd(), nix::libc::TIOCSWINSZ, &ws),
                0
            );
        }
        self.parser.lock().unwrap().set_size(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
        );
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(self.child.id() as i32),
            nix::sys::signal::Signal::SIGWINCH,
        );
    }

    fn exit_code(mut self) -> Option<i32> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("dgtk did not exit; last screen:\n{}", self.seen);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Words as compared: without the punctuation around them.
fn bare(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Every word the screens can show: the framework's texts, the questionnaire's own words (its
/// source), and what the test types.
fn vocabulary(fw: &Framework, typed: &[&str]) -> HashSet<String> {
    let mut text = String::new();
    for p in &fw.principles {
        text.push_str(&format!(
            "{} {} {} {}\n",
            p.id, p.title, p.summary, p.pillar
        ));
        for q in &p.questions {
            text.push_str(&format!("{} {} {}\n", q.id, q.text, q.guidance));
            match &q.kind {
                QuestionKind::Level { descriptors } => text.push_str(&descriptors.join(" ")),
                QuestionKind::Checklist { items } => {
                    for i in items {
                        text.push_str(&format!(" {} {}", i.id, i.text));
                    }
                }
                QuestionKind::Number { unit, .. } => text.push_str(unit),
                QuestionKind::YesNo => {}
            }
            text.push('\n');
        }
    }
    for pillar in &fw.pillars {
        text.push_str(&format!(" {} {}", pillar.id, pillar.title));
    }
    text.push_str(&format!(" {} {} ", fw.scale.join(" "), fw.guidance));
    for b in &fw.bands {
        text.push_str(&format!(" {}", b.label));
    }
    for d in &fw.definitions {
        text.push_str(&format!(" {} {}\n", d.term, d.text));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The terminal front-end's own words (the marks it draws), in every file of it.
    let mut tui: Vec<_> = std::fs::read_dir(root.join("src/tui"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    tui.sort();
    for file in tui {
        text.push_str(&std::fs::read_to_string(file).unwrap());
    }
    for src in [
        "src/questionnaire/mod.rs",
        "src/questionnaire/screen.rs",
        // the vocabulary every command shares (what a score rests on, answers in words)
        "src/present.rs",
        // the questionnaire's words, in the message files since the interface speaks French too
        "i18n/en/questionnaire.ftl",
        "i18n/en/words.ftl",
    ] {
        text.push_str(&std::fs::read_to_string(root.join(src)).unwrap());
    }
    // What the tests give on the command line, and type.
    text.push_str(" XMP MDA t.toml I. Mertens T. Berg ");
    text.push_str(&typed.join(" "));
    text.split(|c: char| c.is_whitespace() || c == '/' || c == '"')
        .map(bare)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// What every screen must be: no row twice, at most one cursor, no word cut at either end of a
/// row. Returns the screen as one line of words, for "is it visible" checks.
fn check(rows: &[String], words: &HashSet<String>) -> String {
    let screen = rows.join("\n");
    // Rows that stand for one thing each: the header, the position, the question, a checklist
    // item, a menu entry. (Descriptors may share a line of text, such as "government bodies is
    // adopted.", so other rows may repeat.)
    let mut seen = HashSet::new();
    for r in rows {
        let t = r.trim_start_matches(['❯', ' ']);
        let single = t.starts_with("Principle ")
            || t.starts_with("Q: ")
            || t.starts_with("[ ] ")
            || t.starts_with("[x] ")
            || t.starts_with('»')
            || t.starts_with('«')
            || r.contains(" · draft · ");
        if single {
            assert!(seen.insert(t), "the row {t:?} appears twice:\n{screen}");
        }
    }
    let cursors = rows.iter().filter(|r| r.contains('❯')).count();
    assert!(cursors <= 1, "{cursors} cursors on screen:\n{screen}");
    for r in rows {
        let tokens: Vec<&str> = r.split_whitespace().collect();
        for t in [tokens.first(), tokens.last()].into_iter().flatten() {
            for part in t.split(['/', '"']) {
                let w = bare(part);
                if w.is_empty() || w.chars().any(|c| c.is_ascii_digit()) || t.ends_with('…') {
                    continue;
                }
                assert!(
                    words.contains(w),
                    "{w:?} (in the row {r:?}) is not a word of the source: a word was cut\n{screen}"
                );
            }
        }
    }
    rows.iter()
        .flat_map(|r| r.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The question and where the assessor is are both on screen.
fn asks(rows: &[String], words: &HashSet<String>, fw: &Framework, id: &str) {
    let flat = check(rows, words);
    let (p, q) = fw.question(id).unwrap();
    let n = p.questions.iter().position(|x| x.id == id).unwrap() + 1;
    let position = format!(
        "Principle {} of {} · question {n} of {}",
        p.number,
        fw.principles.len(),
        p.questions.len()
    );
    let text = q.text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&position),
        "no {position:?} on\n{}",
        rows.join("\n")
    );
    assert!(
        flat.contains(&text),
        "the question {id} is not on\n{}",
        rows.join("\n")
    );
}

fn builtin() -> Framework {
    crate::support::builtin_v1()
}

/// The screens of principle 4 answered whole (levels, n/a with a reason, unknown, a number with
/// a decimal comma, a checklist of long items moved through and ticked, multi-line evidence),
/// then the review, the jump list and the finish step, each left with Esc; then q.
fn principle_4_whole(size: (u16, u16), color: bool) {
    let fw = builtin();
    let typed = [
        "Ministry of Digital Affairs",
        "Strategy adopted 2025",
        "Risk register reviewed yearly",
        "No incident team: shared with the national CSIRT",
    ];
    let words = vocabulary(&fw, &typed);
    let dir = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(
        dir.path(),
        &[
            "assess",
            "t.toml",
            "--country",
            "XMP",
            "--year",
            "2026",
            "--principle",
            "4",
        ],
        size,
        color,
    );
    // Who is answering.
    check(&t.wait_for("Organisation"), &words);
    t.keys("Ministry of Digital Affairs\r");
    check(&t.wait_for("Assessors"), &words);
    t.keys("I. Mertens, T. Berg\r");

    // 4.1 level 2, with two lines of evidence.
    asks(
        &t.wait_for("· security-risk-management]"),
        &words,
        &fw,
        "security-risk-management",
    );
    t.keys(&DOWN.repeat(2));
    asks(
        &t.wait_cursor_on("2  Intermediate"),
        &words,
        &fw,
        "security-risk-management",
    );
    t.keys(ENTER);
    asks(
        &t.wait_for("Evidence (optional)"),
        &words,
        &fw,
        "security-risk-management",
    );
    t.keys("Strategy adopted 2025\r");
    t.wait_for("  Strategy adopted 2025");
    t.keys("Risk register reviewed yearly\r");
    asks(
        &t.wait_for("  Risk register reviewed yearly"),
        &words,
        &fw,
        "security-risk-management",
    );
    t.keys(ENTER);

    // 4.2 n/a with a reason.
    asks(
        &t.wait_for("· security-incident-response]"),
        &words,
        &fw,
        "security-incident-response",
    );
    t.keys(&DOWN.repeat(4));
    t.wait_cursor_on("n/a");
    t.keys(ENTER);
    asks(
        &t.wait_for("Why does it not apply?"),
        &words,
        &fw,
        "security-incident-response",
    );
    t.keys("No incident team: shared with the national CSIRT\r");

    // 4.3 unknown, no evidence.
    asks(
        &t.wait_for("· data-protection-rules]"),
        &words,
        &fw,
        "data-protection-rules",
    );
    t.keys(&DOWN.repeat(5));
    t.wait_cursor_on("unknown");
    t.keys(ENTER);
    asks(
        &t.wait_for("Evidence (optional)"),
        &words,
        &fw,
        "data-protection-rules",
    );
    t.keys(ENTER);

    // 4.4 level 3.
    asks(
        &t.wait_for("· digital-identity-assurance]"),
        &words,
        &fw,
        "digital-identity-assurance",
    );
    t.keys(&DOWN.repeat(3));
    t.wait_cursor_on("3  Advanced");
    t.keys(ENTER);
    t.wait_for("Evidence (optional)");
    t.keys(ENTER);

    // 4.5 a number with a decimal comma.
    asks(
        &t.wait_for("· digital-identity-uptake]"),
        &words,
        &fw,
        "digital-identity-uptake",
    );
    t.keys(ENTER);
    asks(
        &t.wait_for("Value in %"),
        &words,
        &fw,
        "digital-identity-uptake",
    );
    t.keys("62,5\r");
    asks(&t.wait_for("62.5%"), &words, &fw, "digital-identity-uptake");
    t.keys(ENTER);

    // 4.6 a checklist whose items are wider than 80 columns: down, up, down, ticking on the way.
    asks(
        &t.wait_for("· security-privacy-by-design]"),
        &words,
        &fw,
        "security-privacy-by-design",
    );
    t.keys(ENTER);
    let (_, q) = fw.question("security-privacy-by-design").unwrap();
    let QuestionKind::Checklist { items } = &q.kind else {
        panic!("4.6 is a checklist")
    };
    assert!(items.iter().any(|i| i.text.chars().count() > 80));
    let start = |i: usize| -> String {
        items[i]
            .text
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rows = t.wait_cursor_on(&start(0));
    asks(&rows, &words, &fw, "security-privacy-by-design");
    let last = items.len() - 1;
    let moves: Vec<(&str, usize)> = [(DOWN, last), (UP, 1), (DOWN, 2)].into_iter().collect();
    let mut at = 0;
    let mut ticked = Vec::new();
    for (key, to) in moves {
        while at != to {
            t.keys(key);
            at = if key == DOWN { at + 1 } else { at - 1 };
            let rows = t.wait_cursor_on(&start(at));
            asks(&rows, &words, &fw, "security-privacy-by-design");
            assert_eq!(rows.iter().filter(|r| r.contains('❯')).count(), 1);
        }
        t.keys(" ");
        ticked.push(at);
        let rows = t.wait(&format!("item {at} ticked"), |rows| {
            rows.iter().any(|r| r.contains("❯ [x]"))
        });
        asks(&rows, &words, &fw, "security-privacy-by-design");
    }
    t.keys(ENTER);
    asks(
        &t.wait_for("Evidence (optional)"),
        &words,
        &fw,
        "security-privacy-by-design",
    );
    t.keys(ENTER);

    // On to principle 5: every answer of principle 4 is saved; the review shows them.
    let next = &fw.principles[4].questions[0];
    let marker = format!("· {}]", next.id);
    asks(&t.wait_for(&marker), &words, &fw, &next.id);
    t.keys(UP); // from the top, the cursor wraps round to the last entry
    t.wait_cursor_on("how to answer");
    t.keys(&UP.repeat(2));
    t.wait_cursor_on("→ review");
    t.keys(ENTER);
    let rows = t.wait_for("Review: every answer");
    check(&rows, &words);
    assert!(
        rows.iter()
            .any(|r| r.contains("digital-identity-uptake") && r.contains("62.5%")),
        "{}",
        rows.join("\n")
    );
    t.keys(ESC);
    asks(&t.wait_for(&marker), &words, &fw, &next.id);
    t.keys("\x03");
    t.wait_for("interrupted");
    assert_eq!(t.exit_code(), Some(130));
    let a = assessment::load_file(&dir.path().join("t.toml"), &fw).expect("a valid file");
    assert_eq!(
        a.meta.organisation.as_deref(),
        Some("Ministry of Digital Affairs")
    );
    assert_eq!(a.meta.assessors, ["I. Mertens", "T. Berg"]);
    assert_eq!(a.value("security-risk-management"), Some(&Value::Level(2)));
    assert_eq!(
        a.answers["security-risk-management"].evidence.as_deref(),
        Some("Strategy adopted 2025\nRisk register reviewed yearly")
    );
    assert_eq!(
        a.value("security-incident-response"),
        Some(&Value::NotApplicable)
    );
    assert_eq!(a.value("data-protection-rules"), Some(&Value::Unknown));
    assert_eq!(
        a.value("digital-identity-assurance"),
        Some(&Value::Level(3))
    );
    assert_eq!(
        a.value("digital-identity-uptake"),
        Some(&Value::Number(62.5))
    );
    let mut want: Vec<String> = ticked.iter().map(|&k| items[k].id.clone()).collect();
    want.sort_by_key(|id| items.iter().position(|i| &i.id == id));
    assert_eq!(
        a.value("security-privacy-by-design"),
        Some(&Value::Checklist(want))
    );
}

#[test]
fn principle_4_at_80x24_without_colour() {
    principle_4_whole((24, 80), false);
}

#[test]
fn principle_4_at_80x24_in_colour() {
    principle_4_whole((24, 80), true);
}

#[test]
fn principle_4_at_100x40_in_colour() {
    principle_4_whole((40, 100), true);
}

#[test]
fn principle_4_at_160x50_without_colour() {
    principle_4_whole((50, 160), false);
}

/// A yes/no question, at the three sizes.
#[test]
fn a_yes_no_question_at_each_size() {
    let fw = builtin();
    let words = vocabulary(&fw, &[]);
    let (p, q) = fw
        .questions()
        .find(|(_, q)| matches!(q.kind, QuestionKind::YesNo))
        .expect("a yes/no question");
    for size in [(24, 80), (40, 100), (50, 160)] {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Tty::at_question(Some(crate::support::V1), dir.path(), p, &q.id, size);
        let rows = t.wait_for(&format!("· {}]", q.id));
        asks(&rows, &words, &fw, &q.id);
        assert!(
            rows.iter().any(|r| r.contains("❯ yes")),
            "{}",
            rows.join("\n")
        );
        t.keys(DOWN);
        t.wait_cursor_on("no");
        t.keys(ENTER);
        asks(&t.wait_for("Evidence (optional)"), &words, &fw, &q.id);
        // Esc goes back to the question, and saves nothing.
        t.keys(ESC);
        let rows = t.wait_for("the answer was not saved");
        asks(&rows, &words, &fw, &q.id);
        t.keys("\x03");
        t.wait_for("interrupted");
        assert_eq!(t.exit_code(), Some(130));
    }
}

/// A resize redraws at the new size, with nothing stale left.
#[test]
fn a_resize_redraws() {
    let fw = builtin();
    let words = vocabulary(&fw, &[]);
    let dir = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(
        dir.path(),
        &[
            "assess",
            "t.toml",
            "--country",
            "XMP",
            "--year",
            "2026",
            "--principle",
            "4",
            "--organisation",
            "MDA",
            "--assessor",
            "I. Mertens",
        ],
        (50, 160),
        true,
    );
    asks(
        &t.wait_for("· security-risk-management]"),
        &words,
        &fw,
        "security-risk-management",
    );
    let wide = t.rows();
    for (rows, cols) in [(24u16, 80u16), (40, 100), (20, 60)] {
        t.resize(rows, cols);
        let shown = t.wait(&format!("a redraw at {cols}x{rows}"), |now| {
            now.len() == usize::from(rows)
                && now.iter().any(|r| r.starts_with('─'))
                && now
                    .iter()
                    .find(|r| r.starts_with('─'))
                    .is_some_and(|r| r.chars().count() == usize::from(cols) - 1)
        });
        asks(&shown, &words, &fw, "security-risk-management");
        assert_ne!(shown, wide);
    }
    t.keys("\x03");
    t.wait_for("interrupted");
    assert_eq!(t.exit_code(), Some(130));
}

/// SIGTERM gives the terminal back (main screen) and exits 130, the answers saved.
#[test]
fn sigterm_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(
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
        (24, 80),
        false,
    );
    t.wait_for("Principle 1 of");
    assert!(t.parser.lock().unwrap().screen().alternate_screen());
    let _ = nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(t.child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    );
    t.wait_for("interrupted");
    {
        let p = t.parser.lock().unwrap();
        assert!(
            !p.screen().alternate_screen(),
            "still on the alternate screen"
        );
        assert!(!p.screen().hide_cursor(), "the cursor is still hidden");
    }
    assert_eq!(t.exit_code(), Some(130));
    assert!(dir.path().join("t.toml").exists());
}

/// The review, the jump list and the finish step, each left with Esc; then q asks first.
fn review_jump_finish(size: (u16, u16), color: bool) {
    let fw = builtin();
    let words = vocabulary(&fw, &[]);
    let dir = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(
        dir.path(),
        &[
            "assess",
            "t.toml",
            "--country",
            "XMP",
            "--year",
            "2026",
            "--principle",
            "5",
            "--organisation",
            "MDA",
            "--assessor",
            "I. Mertens",
        ],
        size,
        color,
    );
    let next = &fw.principles[4].questions[0];
    let marker = format!("· {}]", next.id);
    t.wait_for(&marker);
    t.wait_cursor_on("0  Not started");
    // From the top, the cursor wraps round to the last entry.
    t.keys(UP);
    t.wait_cursor_on("how to answer");
    t.keys(&UP.repeat(2));
    t.wait_cursor_on("→ review");
    t.keys(ENTER);
    let rows = t.wait_for("Review: every answer");
    check(&rows, &words);
    for r in &rows {
        // A row of the list (`4.6   id   answer   score`) ends with its score: it did not wrap.
        let body = r.trim_start_matches(['❯', ' ']);
        let is_answer = body.split_whitespace().next().is_some_and(|n| {
            n.len() > 2 && n.contains('.') && n.chars().all(|c| c.is_ascii_digit() || c == '.')
        });
        if is_answer {
            let end = r.split_whitespace().last().unwrap();
            assert!(
                end.parse::<f64>().is_ok() || ["-", "n/a", "unknown", "review"].contains(&end),
                "a review row is cut or wrapped: {r:?}\n{}",
                rows.join("\n")
            );
        }
    }
    t.keys(ESC);
    asks(&t.wait_for(&marker), &words, &fw, &next.id);
    t.wait_cursor_on("0  Not started");
    t.keys(UP);
    t.wait_cursor_on("how to answer");
    t.keys(&UP.repeat(3));
    t.wait_cursor_on("→ jump");
    t.keys(ENTER);
    let rows = t.wait_for("Jump to principle");
    check(&rows, &words);
    assert!(
        rows.iter().any(|r| r.contains("❯ 5. ")),
        "{}",
        rows.join("\n")
    );
    t.keys(ESC);
    asks(&t.wait_for(&marker), &words, &fw, &next.id);
    t.wait_cursor_on("0  Not started");
    t.keys(UP);
    t.wait_cursor_on("how to answer");
    t.keys(UP);
    t.wait_cursor_on("→ finish");
    t.keys(ENTER);
    let rows = t.wait_for("It cannot be marked final yet");
    check(&rows, &words);
    t.keys(ESC);
    asks(&t.wait_for(&marker), &words, &fw, &next.id);
    // q asks first; n stays, y saves and quits.
    t.keys("q");
    check(&t.wait_for("Save and quit"), &words);
    t.keys("n");
    t.wait_cursor_on("0  Not started");
    t.keys("q");
    t.wait_for("Save and quit");
    t.keys("y");
    t.wait_for("saved t.toml");
    assert_eq!(t.exit_code(), Some(0));
}

#[test]
fn review_jump_list_and_finish_fit_80x24_and_esc_goes_back() {
    review_jump_finish((24, 80), false);
    review_jump_finish((24, 80), true);
}

#[test]
fn review_jump_list_and_finish_at_100x40_and_160x50() {
    review_jump_finish((40, 100), true);
    review_jump_finish((50, 160), false);
}

/// A checklist longer than the screen (question 4.3 of the built-in framework at 80x24): the
/// list takes every row between the prompt and the keys. It used to stop three rows short,
/// leaving them blank under its "↓ N more" mark, when the body it folded away had been given
/// rows it could not use (it folds between paragraphs).
#[test]
fn a_long_checklist_uses_every_row_it_has() {
    let fw = dgtk::framework::load_builtin().expect("the built-in framework loads");
    let words = vocabulary(&fw, &[]);
    // The longest checklist, the first of them in framework order.
    let (p, q) = fw
        .questions()
        .filter(|(_, q)| matches!(q.kind, QuestionKind::Checklist { .. }))
        .fold(
            None,
            |best: Option<(_, &dgtk::framework::Question)>, (p, q)| {
                let n = |q: &dgtk::framework::Question| match &q.kind {
                    QuestionKind::Checklist { items } => items.len(),
                    _ => 0,
                };
                match best {
                    Some((_, b)) if n(b) >= n(q) => best,
                    _ => Some((p, q)),
                }
            },
        )
        .expect("a checklist");
    let QuestionKind::Checklist { items } = &q.kind else {
        unreachable!()
    };
    for size in [(24, 80), (40, 100), (50, 160)] {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Tty::at_question(None, dir.path(), p, &q.id, size);
        t.wait_for(&format!("· {}]", q.id));
        t.keys(ENTER);
        let start = |i: usize| -> String {
            items[i]
                .text
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut folded = false;
        for at in 0..items.len() {
            if at > 0 {
                t.keys(DOWN);
            }
            let rows = t.wait_cursor_on(&start(at));
            asks(&rows, &words, &fw, &q.id);
            // Under a "more below" mark, the keys at the foot and nothing else.
            if let Some(mark) = rows.iter().position(|r| r.trim_start().starts_with('↓')) {
                folded = true;
                let blank = rows[mark + 1..]
                    .iter()
                    .filter(|r| r.trim().is_empty())
                    .count();
                assert_eq!(
                    blank,
                    0,
                    "at {}x{}, {blank} blank row(s) under the list's last mark:\n{}",
                    size.1,
                    size.0,
                    rows.join("\n")
                );
            }
        }
        // At 80x24 the list does not show whole: the case above was met.
        assert!(folded || size != (24, 80), "{}", t.seen);
        t.keys("\x03");
        t.wait_for("interrupted");
        assert_eq!(t.exit_code(), Some(130));
    }
}

/// Opens the jump list (`jump`) or the review (`review`) from a question's menu.
fn open_from_menu(t: &mut Tty, label: &str, ups: usize) {
    t.keys(END);
    t.wait_cursor_on("? ");
    t.keys(&UP.repeat(ups));
    t.wait_cursor_on(label);
    t.keys(ENTER);
}

/// At 80x24 the question screen names its principle, and the jump list and the review count
/// the same questions for each principle: every question asked, context indicators (not
/// scored) included. The review shows a principle's title whole when the line has room.
#[test]
fn the_principle_is_named_and_counted_alike_in_the_jump_list_and_the_review() {
    let fw = dgtk::framework::load_builtin().expect("the built-in framework loads");
    let p = &fw.principles[0];
    let q = &p.questions[0];
    let dir = tempfile::tempdir().unwrap();
    let mut t = Tty::at_question(None, dir.path(), p, &q.id, (24, 80));
    let marker = format!("· {}]", q.id);
    let rows = t.wait_for(&marker);
    let title = format!("{}. {}", p.number, p.title);
    assert!(
        rows.iter().any(|r| r.starts_with(&title)),
        "{title:?} not on the question screen:\n{}",
        rows.join("\n")
    );
    // The principles shown on a screen, with the count their row ends with.
    let counted = |rows: &[String]| -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (k, pr) in fw.principles.iter().enumerate() {
            let start = format!("{}. ", pr.number);
            if let Some(r) = rows.iter().find(|r| {
                r.trim_start_matches(['❯', ' ']).starts_with(&start) && r.contains("answered")
            }) {
                out.push((k, r.trim_end().to_string()));
            }
        }
        out
    };
    open_from_menu(&mut t, "→ jump", 3);
    let jump = counted(&t.wait_for("Jump to principle"));
    t.keys(ESC);
    t.wait_for(&marker);
    open_from_menu(&mut t, "→ review", 2);
    let review = counted(&t.wait_for("Review: every answer"));
    assert!(!jump.is_empty() && !review.is_empty(), "{}", t.seen);
    // The case that used to differ is on screen: a principle with a context indicator.
    assert!(
        review
            .iter()
            .any(|(k, _)| fw.principles[*k].questions.iter().any(|q| !q.scored)),
        "no principle with a context indicator in the review:\n{}",
        t.seen
    );
    for (k, row) in jump.iter().chain(&review) {
        let pr = &fw.principles[*k];
        let count = format!("answered 0 of {}", pr.questions.len());
        assert!(
            row.ends_with(&count) || row.ends_with(&format!("({count})")),
            "{row:?} does not end with {count:?}:\n{}",
            t.seen
        );
    }
    for (k, row) in &review {
        let pr = &fw.principles[*k];
        let whole = format!("{}. {}", pr.number, pr.title);
        // The menu's cursor takes 2 of the 80 columns; then "  " title "  " score (5) "  "
        // band (7 or more) "  " count.
        let room = 78 - (2 + 2 + 5 + 2 + 7 + 2 + "answered 0 of 10".len());
        if whole.chars().count() <= room {
            assert!(row.contains(&whole), "{row:?} cuts {whole:?}");
        }
    }
    t.keys("\x03");
    t.wait_for("interrupted");
    assert_eq!(t.exit_code(), Some(130));
}

/// In French: an « unknown » answer is named « inconnu » in the evidence prompt and the
/// review, the menus point with arrows, and « o » answers « oui » to the quit question.
#[test]
fn french_names_unknown_points_with_arrows_and_takes_o_for_yes() {
    let fw = dgtk::framework::load_builtin().expect("the built-in framework loads");
    let p = &fw.principles[0];
    let q = &p.questions[0];
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--lang",
        "fr",
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
    let mut t = Tty::spawn_on(None, dir.path(), &args, (24, 80), false);
    t.wait_for(&format!("· {}]", q.id));
    let mut guard = 0;
    loop {
        let rows = t.rows();
        if rows
            .iter()
            .any(|r| r.contains('❯') && r.contains("inconnu"))
        {
            break;
        }
        guard += 1;
        assert!(guard < 10, "no « inconnu » choice:\n{}", rows.join("\n"));
        t.keys(DOWN);
        std::thread::sleep(Duration::from_millis(100));
    }
    t.keys(ENTER);
    let rows = t.wait_for("Justificatifs (facultatifs)");
    let all = rows.join("\n");
    assert!(all.contains("«\u{a0}inconnu\u{a0}»"), "{all}");
    assert!(!all.contains("unknown"), "{all}");
    // Enter alone: no evidence.
    t.keys(ENTER);
    let second = format!("· {}]", p.questions[1].id);
    t.wait_for(&second);
    open_from_menu(&mut t, "→ récapitulatif", 2);
    let rows = t.wait_for("Récapitulatif\u{a0}:");
    let row = rows
        .iter()
        .find(|r| r.contains(&q.id))
        .unwrap_or_else(|| panic!("{} not in the review:\n{}", q.id, rows.join("\n")));
    assert!(
        row.contains("inconnu") && !row.contains("unknown"),
        "{row:?}"
    );
    assert!(
        !rows.iter().any(|r| r.contains('»') || r.contains('«')),
        "{}",
        rows.join("\n")
    );
    t.keys(ESC);
    t.wait_for(&second);
    t.keys("q");
    t.wait_for("(o/n)");
    t.keys("o");
    t.wait_for("enregistré");
    assert_eq!(t.exit_code(), Some(0));
    let a = assessment::load_file(&dir.path().join("t.toml"), &fw).expect("a valid file");
    assert_eq!(a.value(&q.id), Some(&Value::Unknown));
}

/// The "↑ N more" and "↓ N more" marks of a long checklist (the longest of the built-in
/// framework, at 80x24, where its items wrap) count the items out of view, not the screen rows
/// they would take: with the cursor on each item in turn, the items above the list, in it and
/// below it add up to the checklist's items. They used to count rows, so that a list of items
/// of two rows said twice as many were hidden.
#[test]
fn the_more_marks_of_a_long_checklist_count_items() {
    let fw = dgtk::framework::load_builtin().expect("the built-in framework loads");
    let words = vocabulary(&fw, &[]);
    let n = |q: &dgtk::framework::Question| match &q.kind {
        QuestionKind::Checklist { items } => items.len(),
        _ => 0,
    };
    let (p, q) = fw
        .questions()
        .filter(|(_, q)| n(q) > 0)
        .fold(
            None,
            |best: Option<(_, &dgtk::framework::Question)>, (p, q)| match best {
                Some((_, b)) if n(b) >= n(q) => best,
                _ => Some((p, q)),
            },
        )
        .expect("a checklist");
    let QuestionKind::Checklist { items } = &q.kind else {
        unreachable!()
    };
    let count = |rows: &[String], arrow: char| -> usize {
        rows.iter()
            .find_map(|r| r.trim_start().strip_prefix(arrow))
            .map_or(0, |rest| {
                rest.split_whitespace()
                    .next()
                    .and_then(|k| k.parse().ok())
                    .expect("a count after the arrow")
            })
    };
    let dir = tempfile::tempdir().unwrap();
    let mut t = Tty::at_question(None, dir.path(), p, &q.id, (24, 80));
    t.wait_for(&format!("· {}]", q.id));
    t.keys(ENTER);
    let start = |i: usize| -> String {
        items[i]
            .text
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut marked = false;
    let mut wrapped = false;
    for at in 0..items.len() {
        if at > 0 {
            t.keys(DOWN);
        }
        let rows = t.wait_cursor_on(&start(at));
        asks(&rows, &words, &fw, &q.id);
        // An item's first row holds its tick box; its other rows are indented under it.
        let boxes = |r: &&String| {
            let r = r.trim_start().trim_start_matches('❯').trim_start();
            r.starts_with("[ ]") || r.starts_with("[x]")
        };
        let first = rows.iter().position(|r| boxes(&r));
        let last = rows.iter().rposition(|r| boxes(&r));
        let shown = rows.iter().filter(boxes).count();
        if let (Some(a), Some(b)) = (first, last) {
            wrapped |= b + 1 - a > shown;
        }
        let (above, below) = (count(&rows, '↑'), count(&rows, '↓'));
        marked |= above + below > 0;
        assert_eq!(
            above + shown + below,
            items.len(),
            "cursor on item {}: {above} above, {shown} shown, {below} below, of {} items:\n{}",
            at + 1,
            items.len(),
            rows.join("\n")
        );
    }
    // The case in question was met: items out of view, and items of more than one row.
    assert!(marked && wrapped, "{}", t.seen);
    t.keys("\x03");
    t.wait_for("interrupted");
    assert_eq!(t.exit_code(), Some(130));
}
