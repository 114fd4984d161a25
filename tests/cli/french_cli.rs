//! The interface in French: `check`'s problems (same places, same exit codes as in English),
//! the comments `init` and `fmt` write (the answers never change with the language, and a file
//! reformatted in French then in English is the file it was), and `dgtk assess` at 80x24 in a
//! pseudo-terminal (its screens in French, the file it writes the English run's but for the
//! comments).

use std::path::Path;

use crate::support::{ROOT, dgtk};

/// The answer-file fixtures that show the problems an official meets most.
const BAD: &[&str] = &[
    "tests/fixtures/check/five-mistakes.toml",
    "tests/fixtures/bad/unknown-ids.toml",
    "tests/fixtures/bad/out-of-range.toml",
    "tests/fixtures/bad/wrong-type-answers.toml",
    "tests/fixtures/bad/wrong-type-meta.toml",
    "tests/fixtures/bad/missing-meta-keys.toml",
    "tests/fixtures/bad/unknown-keys.toml",
    "tests/fixtures/bad/syntax-missing-value.toml",
    "tests/fixtures/bad/syntax-unterminated-string.toml",
    "tests/fixtures/bad/syntax-unclosed-table.toml",
    "tests/fixtures/bad/syntax-space-in-key.toml",
    "tests/fixtures/bad/final-incomplete.toml",
    "tests/fixtures/bad/na-without-reason.toml",
    "tests/fixtures/bad/decimal-comma.toml",
    "tests/fixtures/bad/cyrillic-quoted-id.toml",
];

/// Words of the English messages that must not be left in a French one.
const ENGLISH: &[&str] = &[
    "unknown key",
    "unknown question",
    "expected ",
    "found ",
    "missing",
    "did you mean",
    "out of range",
    "problem(s)",
    "invalid TOML",
    "is empty",
    " must ",
    "needs a reason",
    "error:",
];

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

/// The `file:line:col` (or `file`) that starts each problem line.
fn places(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| l.starts_with("tests/"))
        .map(|l| {
            let (file, rest) = l.split_once(".toml").unwrap();
            let pos: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ':')
                .collect();
            format!("{file}.toml{}", pos.trim_end_matches(':'))
        })
        .collect()
}

#[test]
fn check_says_each_problem_in_french_at_the_same_place_with_the_same_exit_code() {
    for file in BAD {
        let en = dgtk().args(["check", file]).run();
        for fr in [
            dgtk().args(["--lang", "fr", "check", file]).run(),
            dgtk()
                .env("LANG", "fr_FR.UTF-8")
                .args(["check", file])
                .run(),
        ] {
            assert_eq!(fr.exit_code(), en.exit_code(), "{file}");
            let (e, f) = (text(&en.stderr), text(&fr.stderr));
            assert_eq!(places(&f), places(&e), "{file}:\n{e}\n{f}");
            assert!(!places(&f).is_empty(), "{file}: no problem shown:\n{f}");
            assert_ne!(f, e, "{file}: the French run printed the English");
            // The messages, without the file names (which are English words here).
            let messages = f.replace(file, "");
            for w in ENGLISH {
                assert!(!messages.contains(w), "{file}: {w:?} left in:\n{f}");
            }
        }
    }
}

#[test]
fn the_french_problems_read_as_french() {
    let run = |file: &str| text(&dgtk().args(["--lang", "fr", "check", file]).run().stderr);
    let five = run("tests/fixtures/check/five-mistakes.toml");
    assert!(
        five.contains(
            ":8:10: identifiant de question inconnu \"open-data-policy\" (vouliez-vous dire \"open-data-practice\"\u{a0}?)"
        ),
        "{five}"
    );
    assert!(
        five.ends_with("6 problèmes dans 1 fichier\u{a0}; 0 fichier valide sur 1\n"),
        "{five}"
    );
    let range = run("tests/fixtures/bad/out-of-range.toml");
    assert!(
        range.contains("le niveau 4 est hors limites\u{a0}: l'échelle va de 0 à 3"),
        "{range}"
    );
    // A figure in a French sentence takes the decimal comma; the value written in the file
    // keeps its point where it is quoted as written.
    assert!(range.contains("120,5 % est hors limites"), "{range}");
    let keys = run("tests/fixtures/bad/unknown-keys.toml");
    assert!(
        keys.contains(
            "clé inconnue \"contry\" dans [assessment] (vouliez-vous dire \"country\"\u{a0}?)"
        ),
        "{keys}"
    );
    let syntax = run("tests/fixtures/bad/syntax-missing-value.toml");
    assert!(
        syntax.contains("TOML invalide\u{a0}: valeur manquante après `=`"),
        "{syntax}"
    );
    let na = run("tests/fixtures/bad/na-without-reason.toml");
    assert!(na.contains("\"n/a\" doit être justifié"), "{na}");
    let final_ = run("tests/fixtures/bad/final-incomplete.toml");
    assert!(
        final_.contains("66 questions sont sans réponse"),
        "{final_}"
    );
    assert!(
        final_.contains("1 réponse est encore marquée à revoir"),
        "{final_}"
    );
    // A valid file: its line on stdout, in French.
    let ok = dgtk()
        .args(["--lang", "fr", "check", "assessments/xmp-2025.toml"])
        .run();
    assert_eq!(ok.exit_code(), Some(0));
    assert_eq!(
        text(&ok.stdout),
        "assessments/xmp-2025.toml\u{a0}: valide (version définitive, XMP 2025\u{a0}: 67 questions sur 67 ont une réponse)\n"
    );
}

/// The lines of an answer file that are not comments or blank: the answers and the tables.
fn data_lines(s: &str) -> Vec<&str> {
    s.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .collect()
}

fn init(lang: &str) -> String {
    let run = dgtk()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args([
            "--lang",
            lang,
            "init",
            "--country",
            "XFR",
            "--year",
            "2026",
            "-o",
            "-",
        ])
        .run()
        .success();
    text(&run.stdout)
}

#[test]
fn init_writes_its_comments_in_french_and_the_same_answers() {
    let (en, fr) = (init("en"), init("fr"));
    assert_ne!(en, fr);
    assert_eq!(data_lines(&fr), data_lines(&en));
    assert!(
        fr.starts_with("# Fichier de réponses dgtk\u{a0}: "),
        "{}",
        &fr[..200]
    );
    assert!(fr.contains("\n# Facultatif\u{a0}: une cible de score"));
    assert!(fr.contains("\n# réponse (answer)\u{a0}: un niveau (0 "));
    assert!(fr.contains("\n# n/a seulement si\u{a0}: "));
    assert!(fr.contains("\n# définition, "));
    for w in [
        "# answer: ",
        "# Optional:",
        "# dgtk answer file:",
        "# n/a only when",
        "# definition, ",
    ] {
        assert!(!fr.contains(w), "{w:?} left in the French file");
    }
    // Read back, the French file is the same assessment.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("xfr-2026.toml");
    std::fs::write(&path, &fr).unwrap();
    dgtk().arg("check").arg(&path).run().success();
}

fn fmt(lang: &str, path: &Path) {
    dgtk().args(["--lang", lang, "fmt"]).arg(path).run();
}

#[test]
fn fmt_in_french_then_in_english_gives_the_original_bytes() {
    let dir = tempfile::tempdir().unwrap();
    // A filled-in file with a person's notes, and a blank one from init.
    let mut answered =
        std::fs::read_to_string(Path::new(ROOT).join("assessments/xmp-2026.toml")).unwrap();
    answered = answered.replacen(
        "\n[answers.",
        "\n# Note de l'équipe : à revoir en juin.\n[answers.",
        1,
    );
    let files = [("answered.toml", answered), ("blank.toml", init("en"))];
    for (name, original) in files {
        let path = dir.path().join(name);
        std::fs::write(&path, &original).unwrap();
        fmt("en", &path);
        let english = std::fs::read_to_string(&path).unwrap();
        fmt("fr", &path);
        let french = std::fs::read_to_string(&path).unwrap();
        assert_ne!(french, english, "{name}: fmt in French changed nothing");
        assert_eq!(
            data_lines(&french),
            data_lines(&english),
            "{name}: an answer changed"
        );
        if name == "answered.toml" {
            assert!(french.contains("# Note de l'équipe : à revoir en juin."));
        }
        fmt("en", &path);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            english,
            "{name}: French then English is not the English file"
        );
        // And the other way round: French is stable too.
        fmt("fr", &path);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), french, "{name}");
        fmt("fr", &path);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            french,
            "{name}: fmt is not idempotent"
        );
    }
}

#[cfg(unix)]
mod questionnaire {
    use std::fs::File;
    use std::io::{Read, Write};
    use std::num::NonZeroU16;
    use std::os::fd::OwnedFd;
    use std::os::unix::process::CommandExt;
    use std::path::Path;
    use std::process::{Child, Stdio};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use nix::pty::{Winsize, openpty};

    const TIMEOUT: Duration = Duration::from_secs(20);
    const DOWN: &str = "\x1b[B";
    const ENTER: &str = "\r";
    const ESC: &str = "\x1b";

    /// `dgtk assess` in a pseudo-terminal of 80x24, with the screen it has drawn so far.
    struct Tty {
        master: File,
        parser: Arc<Mutex<vt100::Parser>>,
        child: Child,
        bytes: Arc<Mutex<usize>>,
    }

    impl Tty {
        fn spawn(dir: &Path, lang: &str) -> Tty {
            let (rows, cols) = (24u16, 80u16);
            let ws = Winsize {
                ws_row: rows,
                ws_col: cols,
                ws_xpixel: 0,
                ws_ypixel: 0,
            };
            let pty = openpty(&ws, None).expect("openpty");
            let slave: OwnedFd = pty.slave;
            let mut cmd = crate::support::dgtk().into_command();
            cmd.current_dir(dir)
                .env("TERM", "xterm-256color")
                .env("NO_COLOR", "1")
                .env("DGTK_LANG", lang)
                .env("SOURCE_DATE_EPOCH", "1700000000")
                .env_remove("VISUAL")
                .env_remove("EDITOR")
                .env_remove("COLUMNS")
                .env_remove("LINES")
                .args(["assess", "--country", "XFR", "--year", "2026"])
                .args(["--organisation", "Ministère", "--assessor", "A. Martin"])
                .stdin(Stdio::from(slave.try_clone().unwrap()))
                .stdout(Stdio::from(slave.try_clone().unwrap()))
                .stderr(Stdio::from(slave));
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
                        Err(_) => break,
                    }
                }
            });
            Tty {
                master,
                parser,
                child,
                bytes,
            }
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

        /// Waits until a row shows `text` and the screen has settled; returns the rows.
        fn wait_for(&mut self, text: &str) -> Vec<String> {
            let start = Instant::now();
            loop {
                let before = *self.bytes.lock().unwrap();
                let rows = self.rows();
                if rows.iter().any(|r| r.contains(text)) {
                    std::thread::sleep(Duration::from_millis(50));
                    if *self.bytes.lock().unwrap() == before {
                        return rows;
                    }
                    continue;
                }
                if start.elapsed() > TIMEOUT {
                    panic!(
                        "waited 20 s for {text:?}; the screen shows:\n{}",
                        rows.join("\n")
                    );
                }
                std::thread::sleep(Duration::from_millis(10));
            }
        }

        fn exit_code(mut self) -> Option<i32> {
            let start = Instant::now();
            loop {
                if let Some(status) = self.child.try_wait().unwrap() {
                    return status.code();
                }
                if start.elapsed() > TIMEOUT {
                    let _ = self.child.kill();
                    panic!("dgtk did not exit");
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

    /// The texts each step waits for, in one language.
    struct Words {
        position: &'static str,
        tick: &'static str,
        evidence: &'static str,
        second: &'static str,
        review: &'static str,
        quit: &'static str,
        /// The key that answers yes to the quit question.
        yes: &'static str,
        saved: &'static str,
    }

    const FR: Words = Words {
        position: "Principe 1 sur 12 · question 1 sur 7 · 0 réponse sur 81",
        tick: "Cochez les éléments en place",
        evidence: "Justificatifs (facultatifs)",
        second: "Principe 1 sur 12 · question 2 sur 7 · 1 réponse sur 81",
        review: "Récapitulatif\u{a0}: chaque réponse",
        quit: "Enregistrer et quitter\u{a0}:",
        yes: "o",
        saved: "xfr-2026.toml enregistré\u{a0}: 1 réponse sur 81\u{a0}; statut\u{a0}: projet.",
    };

    const EN: Words = Words {
        position: "Principle 1 of 12 · question 1 of 7 · answered 0 of 81",
        tick: "Tick the items in place",
        evidence: "Evidence (optional)",
        second: "Principle 1 of 12 · question 2 of 7 · answered 1 of 81",
        review: "Review: every answer",
        quit: "Save and quit:",
        yes: "y",
        saved: "saved xfr-2026.toml: answered 1 of 81, status draft.",
    };

    /// Answers the first question (its first item ticked, with evidence), opens the review and
    /// the keys, saves and quits; returns the file written and the screens seen.
    fn walk(lang: &str, w: &Words) -> (String, Vec<Vec<String>>) {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Tty::spawn(dir.path(), lang);
        let mut seen = Vec::new();
        seen.push(t.wait_for(w.position));
        t.keys(ENTER);
        seen.push(t.wait_for(w.tick));
        t.keys(" ");
        t.keys(ENTER);
        seen.push(t.wait_for(w.evidence));
        t.keys("Loi du 7 octobre 2016");
        t.keys(ENTER);
        t.keys(ENTER);
        seen.push(t.wait_for(w.second));
        for _ in 0..5 {
            t.keys(DOWN);
        }
        t.keys(ENTER);
        seen.push(t.wait_for(w.review));
        t.keys(ESC);
        seen.push(t.wait_for(w.second));
        t.keys("?");
        seen.push(t.wait_for(if lang == "fr" { "Touches" } else { "Keys" }));
        t.keys(ESC);
        seen.push(t.wait_for(w.second));
        t.keys("q");
        seen.push(t.wait_for(w.quit));
        t.keys(w.yes);
        seen.push(t.wait_for(w.saved));
        assert_eq!(t.exit_code(), Some(0));
        let file = std::fs::read_to_string(dir.path().join("xfr-2026.toml")).unwrap();
        (file, seen)
    }

    fn without_comments(s: &str) -> String {
        s.lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect()
    }

    #[test]
    fn the_questionnaire_walks_a_principle_in_french_at_80x24_and_writes_the_english_answers() {
        let (fr, screens) = walk("fr", &FR);
        let all = screens
            .iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join("\n");
        for want in [
            "Q : ",
            "Réponse actuelle :  pas encore de réponse",
            "❯ cocher les éléments en place…",
            "→ récapitulatif des réponses et des scores…",
            // The keys' line keeps each action with its key (a no-break space after the colon).
            "q :\u{a0}quitter",
            "«\u{a0}1 élément sur 7 coché\u{a0}»",
            "1 réponse sur 7",
            "sans réponse",
            "Échap : revenir d'un niveau",
            "Les réponses confirmées sont enregistrées ; la question affichée, non. (o/n)",
        ] {
            let want = want.replace(" :", "\u{a0}:").replace(" ;", "\u{a0};");
            assert!(all.contains(&want), "{want:?} not on any screen:\n{all}");
        }
        for english in [
            "answered",
            "Principle",
            "Evidence",
            "save and quit",
            "back to",
            "review all",
        ] {
            assert!(
                !all.contains(english),
                "{english:?} left on a French screen:\n{all}"
            );
        }
        // Nothing is drawn past the 80th column or off the 24 rows.
        for s in &screens {
            assert_eq!(s.len(), 24);
            for r in s {
                assert!(r.chars().count() <= 80, "{r}");
            }
        }
        let (en, _) = walk("en", &EN);
        assert_ne!(fr, en, "the comments should differ");
        assert_eq!(without_comments(&fr), without_comments(&en));
        assert!(fr.contains("evidence = \"Loi du 7 octobre 2016\""));
        assert!(fr.contains("# Fichier de réponses dgtk"));
    }
}

#[test]
fn the_help_is_in_french_when_the_language_is() {
    for run in [
        dgtk().args(["--lang", "fr", "--help"]).run(),
        dgtk().env("DGTK_LANG", "fr").arg("--help").run(),
        dgtk().env("LANG", "fr_FR.UTF-8").arg("--help").run(),
    ] {
        let out = text(&run.stdout);
        assert_eq!(run.exit_code(), Some(0));
        assert!(
            out.starts_with(
                "Auto-évaluation des stratégies d'administration numérique au regard des 12 principes de la"
            ),
            "{out}"
        );
        assert!(out.contains("Utilisation\u{a0}: dgtk"), "{out}");
        assert!(out.contains("Commandes"), "{out}");
        assert!(out.contains("Vérifier des fichiers de réponses"), "{out}");
        assert!(!out.contains("Validate answer files"), "{out}");
    }
    let check = text(
        &dgtk()
            .args(["check", "--help", "--lang", "fr"])
            .run()
            .stdout,
    );
    assert!(
        check.starts_with("Vérifier des fichiers de réponses au regard du référentiel"),
        "{check}"
    );
    // `--lang en` wins over the environment, and English help is clap's own.
    let en = text(
        &dgtk()
            .env("DGTK_LANG", "fr")
            .args(["--lang", "en", "--help"])
            .run()
            .stdout,
    );
    assert!(
        en.starts_with("Self-assessment of digital government strategies"),
        "{en}"
    );
    assert!(en.contains("Usage: dgtk"), "{en}");
}

/// clap's English words, which must not be left in a French help or usage error.
const CLAP_ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "[default:",
    "[possible values:",
    "[env:",
    "Possible values:",
    "Print help",
    "Print version",
    "Print this message",
    "error:",
    "tip:",
    "For more information",
    "unexpected argument",
    "invalid value",
    "required arguments",
    "unrecognized subcommand",
];

#[test]
fn every_command_s_help_is_in_french_with_clap_s_own_words() {
    let commands = [
        "principles",
        "init",
        "assess",
        "check",
        "score",
        "compare",
        "report",
        "diff",
        "merge",
        "export",
        "import",
        "fmt",
        "schema",
        "completions",
        "man",
    ];
    for c in commands {
        for flag in ["--help", "-h"] {
            let run = dgtk().args(["--lang", "fr", c, flag]).run();
            assert_eq!(run.exit_code(), Some(0), "{c} {flag}");
            let out = text(&run.stdout);
            for w in CLAP_ENGLISH {
                assert!(!out.contains(w), "dgtk {c} {flag}: {w:?} left in:\n{out}");
            }
            assert!(out.contains("Options\u{a0}:"), "dgtk {c} {flag}:\n{out}");
            assert!(out.contains("Afficher l'aide"), "dgtk {c} {flag}:\n{out}");
        }
        // The long help says all the English one says: as many paragraphs before the usage.
        let paragraphs = |out: &str, usage: &str| {
            let description = out.split(usage).next().unwrap_or_default();
            description.trim().split("\n\n").count()
        };
        let en = text(&dgtk().args([c, "--help"]).run().stdout);
        let fr = text(&dgtk().args(["--lang", "fr", c, "--help"]).run().stdout);
        assert_eq!(
            paragraphs(&fr, "Utilisation\u{a0}:"),
            paragraphs(&en, "Usage:"),
            "dgtk {c} --help:\n{fr}\n{en}"
        );
    }
    let report = text(
        &dgtk()
            .args(["--lang", "fr", "report", "--help"])
            .run()
            .stdout,
    );
    assert!(report.contains("Valeurs possibles\u{a0}:"), "{report}");
    assert!(
        report.contains("- html\u{a0}:     Un fichier autonome"),
        "{report}"
    );
    assert!(report.contains("[par défaut\u{a0}: text]"), "{report}");
    let top = text(&dgtk().args(["--lang", "fr", "--help"]).run().stdout);
    assert!(top.contains("Commandes\u{a0}:"), "{top}");
    assert!(top.contains("help         Afficher cette aide"), "{top}");
}

#[test]
fn the_french_help_keeps_the_usage_order_and_names_its_values_in_french() {
    // The positional arguments are listed in the order of the usage line: `diff ANCIEN NOUVEAU`
    // (clap sorted them by name under a translated heading, NEW before OLD).
    let diff = text(&dgtk().args(["--lang", "fr", "diff", "--help"]).run().stdout);
    assert!(
        diff.contains("dgtk diff [OPTIONS] <ANCIEN> <NOUVEAU>"),
        "{diff}"
    );
    let (old, new) = (
        diff.find("  <ANCIEN>").unwrap(),
        diff.find("  <NOUVEAU>").unwrap(),
    );
    assert!(old < new, "{diff}");
    let report = text(
        &dgtk()
            .args(["--lang", "fr", "report", "--help"])
            .run()
            .stdout,
    );
    for w in [
        "<FICHIER>",
        "--framework <DOSSIER>",
        "--color <QUAND>",
        "--lang <LANGUE>",
    ] {
        assert!(report.contains(w), "{w} not in:\n{report}");
    }
    for w in [
        "<FILE>",
        "<DIR>",
        "<WHEN>",
        "<LANG>",
        " FILE ",
        "DGTK_FRAMEWORK=]",
    ] {
        assert!(!report.contains(w), "{w} left in:\n{report}");
    }
    let top = text(&dgtk().args(["--lang", "fr", "--help"]).run().stdout);
    assert!(top.contains("dgtk [OPTIONS] <COMMANDE>\n"), "{top}");
    // The English help is clap's, untouched.
    let en = text(&dgtk().args(["diff", "--help"]).run().stdout);
    assert!(en.contains("dgtk diff [OPTIONS] <OLD> <NEW>"), "{en}");
    let top = text(&dgtk().arg("--help").run().stdout);
    assert!(top.contains("dgtk [OPTIONS] <COMMAND>\n"), "{top}");
}

#[test]
fn help_of_help_is_the_program_s_help_in_both_languages() {
    for (lang, first) in [("en", "Self-assessment"), ("fr", "Auto-évaluation")] {
        for flag in ["--help", "-h"] {
            let run = dgtk().args(["--lang", lang, "help", flag]).run();
            assert_eq!(run.exit_code(), Some(0), "{lang} help {flag}");
            assert!(text(&run.stdout).starts_with(first), "{lang} help {flag}");
        }
    }
}

#[test]
fn clap_s_usage_errors_are_in_french_with_the_usage_exit_code() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["score", "--frob"],
            "erreur\u{a0}: argument inattendu «\u{a0}--frob\u{a0}»",
        ),
        (
            &["score", "--format", "xx", "a.toml"],
            "erreur\u{a0}: valeur «\u{a0}xx\u{a0}» non valide pour «\u{a0}--format <FORMAT>\u{a0}»\n  [valeurs possibles\u{a0}: table, json, csv, markdown, xlsx]",
        ),
        (
            &["diff"],
            "les arguments obligatoires suivants manquent\u{a0}:\n  <ANCIEN>\n  <NOUVEAU>",
        ),
        (
            &["scor"],
            "conseil\u{a0}: des commandes proches existent\u{a0}: «\u{a0}compare\u{a0}», «\u{a0}score\u{a0}»",
        ),
        (
            &["score", "--formt", "json", "a.toml"],
            "un argument proche existe\u{a0}: «\u{a0}--format\u{a0}»",
        ),
        (
            &["--color", "never"],
            "erreur\u{a0}: «\u{a0}dgtk\u{a0}» demande une commande, mais aucune n'a été donnée\n  [commandes\u{a0}: principles, init,",
        ),
        (
            &["score", "--fail-under", "200", "a.toml"],
            "200 n'est pas un score de 0 à 100",
        ),
        (
            &["compare", "--year", "abc", "a.toml"],
            "\"abc\" n'est pas une année",
        ),
    ];
    for (args, expected) in cases {
        let en = dgtk().args(*args).run();
        let fr = dgtk().arg("--lang").arg("fr").args(*args).run();
        assert_eq!(en.exit_code(), Some(2), "{args:?}");
        assert_eq!(fr.exit_code(), Some(2), "{args:?}");
        let err = text(&fr.stderr);
        assert!(err.contains(expected), "{args:?}:\n{err}");
        assert!(
            err.ends_with("Pour en savoir plus, essayez «\u{a0}--help\u{a0}».\n"),
            "{err}"
        );
        for w in CLAP_ENGLISH {
            assert!(!err.contains(w), "{args:?}: {w:?} left in:\n{err}");
        }
    }
    let tip = text(
        &dgtk()
            .args(["--lang", "fr", "score", "--frob"])
            .run()
            .stderr,
    );
    assert!(
        tip.contains("  conseil\u{a0}: pour donner «\u{a0}--frob\u{a0}» comme valeur, écrivez «\u{a0}-- --frob\u{a0}»"),
        "{tip}"
    );
    assert!(
        tip.contains("Utilisation\u{a0}: dgtk score [OPTIONS] <CHEMINS>..."),
        "{tip}"
    );
}

/// The bad framework folders (every `tests/fixtures/bad/fw-*`), a folder that is missing and a
/// file given as the folder.
fn bad_frameworks() -> Vec<String> {
    let dir = Path::new(ROOT).join("tests/fixtures/bad");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("fw-"))
        .map(|n| format!("tests/fixtures/bad/{n}"))
        .collect();
    out.sort();
    assert!(out.len() > 10, "{out:?}");
    out.push("tests/fixtures/bad/missing-folder".into());
    out.push("tests/fixtures/bad/empty.toml".into());
    out
}

#[test]
fn framework_problems_are_in_french_at_the_same_places() {
    let place = |l: &str| l.split(": ").next().unwrap_or_default().to_string();
    for dir in bad_frameworks() {
        let dir = dir.as_str();
        let en = dgtk().args(["--framework", dir, "check"]).run();
        let fr = dgtk()
            .args(["--lang", "fr", "--framework", dir, "check"])
            .run();
        assert_eq!(fr.exit_code(), en.exit_code(), "{dir}");
        let (e, f) = (text(&en.stderr), text(&fr.stderr));
        let problems = |s: &str| -> Vec<String> {
            s.lines()
                .filter(|l| l.starts_with("tests/"))
                .map(place)
                .collect()
        };
        assert!(!problems(&e).is_empty(), "{dir}: {e}");
        assert_eq!(problems(&f), problems(&e), "{dir}:\n{e}\n{f}");
        for (el, fl) in e.lines().zip(f.lines()) {
            assert_ne!(el, fl, "{dir}: left in English:\n{f}");
        }
        assert!(
            f.contains("impossible de charger le référentiel"),
            "{dir}:\n{f}"
        );
    }
}

#[test]
fn a_wrapped_french_error_continues_under_its_first_word() {
    // 90 columns: the summary line is longer, and continues under "impossible", the label's
    // no-break space counted as the one column it takes (not its two bytes).
    let run = dgtk()
        .env("COLUMNS", "90")
        .args([
            "--lang",
            "fr",
            "--framework",
            "tests/fixtures/bad/fw-weights-zero",
            "check",
        ])
        .run();
    let err = text(&run.stderr);
    let lines: Vec<&str> = err.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("erreur\u{a0}: impossible"))
        .unwrap_or_else(|| panic!("{err}"));
    let next = lines[at + 1];
    // "erreur\u{a0}: " is 9 columns wide.
    assert!(
        next.starts_with("         ") && !next.starts_with("          "),
        "{err}"
    );
}

#[test]
fn the_built_in_framework_is_named_in_french() {
    let run = dgtk().args(["--lang", "fr", "check"]).run();
    let out = text(&run.stdout);
    assert!(out.contains(" (intégré)\u{a0}: valide"), "{out}");
    assert!(!out.contains("built-in"), "{out}");
    let en = text(&dgtk().args(["--lang", "en", "check"]).run().stdout);
    assert!(en.contains(" (built-in): ok"), "{en}");
}

#[test]
fn the_man_page_is_in_french_when_the_language_is() {
    let fr = text(&dgtk().args(["--lang", "fr", "man"]).run().stdout);
    for w in [
        ".SH \"NOM\"",
        ".SH \"COMMANDES\"",
        "<\\fIcommande\\fR>",
        "Charger le référentiel depuis ce dossier",
        "[par défaut\u{a0}: auto]",
        "Manuel de l",
    ] {
        assert!(fr.contains(w), "{w:?} not in:\n{fr}");
    }
    for w in [
        ".SH NAME",
        ".SH SUBCOMMANDS",
        "Load the framework",
        "Print help",
        "[default:",
        "Possible values",
    ] {
        assert!(!fr.contains(w), "{w:?} left in:\n{fr}");
    }
    // English is clap_mangen's own page.
    let en = text(&dgtk().args(["--lang", "en", "man"]).run().stdout);
    assert!(en.contains(".SH NAME\n"), "{en}");
    assert!(en.contains("Load the framework from this folder"), "{en}");
}

#[test]
fn a_language_dgtk_does_not_have_is_refused_in_the_locale_s_language() {
    let fr = dgtk()
        .env("LANG", "fr_FR.UTF-8")
        .args(["--lang", "de", "check"])
        .run();
    assert_eq!(fr.exit_code(), Some(2));
    let err = text(&fr.stderr);
    assert!(
        err.contains("valeur «\u{a0}de\u{a0}» non valide pour «\u{a0}--lang <LANGUE>\u{a0}»\u{a0}: dgtk n'a pas de langue «\u{a0}de\u{a0}»\u{a0}; les langues disponibles sont en (English), fr (français)"),
        "{err}"
    );
    let en = dgtk()
        .env("LANG", "C")
        .args(["--lang", "de", "check"])
        .run();
    assert_eq!(en.exit_code(), Some(2));
    assert!(
        text(&en.stderr).contains("dgtk has no language \"de\"; the languages available are"),
        "{}",
        text(&en.stderr)
    );
}

#[test]
fn the_system_s_reasons_are_in_french() {
    let run =
        |lang: &str, args: &[&str]| text(&dgtk().arg("--lang").arg(lang).args(args).run().stderr);
    let path = [
        "diff",
        "assessments/xmp-2026.toml/x",
        "assessments/xmp-2026.toml",
    ];
    assert!(
        run("fr", &path).contains("xmp-2026.toml/x: une partie du chemin n'est pas un dossier"),
        "{}",
        run("fr", &path)
    );
    assert!(run("en", &path).contains("xmp-2026.toml/x: Not a directory"));
    if Path::new("/dev/full").exists() {
        let full = [
            "score",
            "assessments/xmp-2026.toml",
            "--format",
            "csv",
            "-o",
            "/dev/full",
        ];
        let fr = run("fr", &full);
        assert!(
            fr.contains("impossible d'écrire /dev/full\u{a0}: plus d'espace libre sur le disque"),
            "{fr}"
        );
        assert!(run("en", &full).contains("cannot write /dev/full: No space left on device"));
    }
}

#[test]
fn export_and_import_count_the_answered_questions_with_real_plurals() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("q.xlsx");
    let book = book.to_str().unwrap();
    let export = |args: &[&str]| {
        let run = dgtk()
            .args(["--lang", "fr", "export", "-o", book])
            .args(args)
            .run();
        assert_eq!(run.exit_code(), Some(0), "{}", text(&run.stderr));
        text(&run.stderr) + &text(&run.stdout)
    };
    let empty = export(&["--country", "XMP", "--year", "2027"]);
    assert!(empty.contains(", aucune des "), "{empty}");
    assert!(empty.contains(" questions n'a de réponse)"), "{empty}");
    assert!(!empty.contains("(s)"), "{empty}");
    let full = export(&["assessments/xmp-2026.toml"]);
    assert!(full.contains(" questions sur "), "{full}");
    assert!(full.contains(" ont une réponse)"), "{full}");
    assert!(!full.contains("(s)"), "{full}");
}

#[test]
fn completion_scripts_describe_in_french_and_complete_the_same() {
    let script = |lang: &str, shell: &str| {
        let run = dgtk().args(["--lang", lang, "completions", shell]).run();
        assert_eq!(run.exit_code(), Some(0));
        text(&run.stdout)
    };
    // bash shows no descriptions: the script is the same in every language.
    assert_eq!(script("fr", "bash"), script("en", "bash"));
    let fish = script("fr", "fish");
    for w in [
        "-l format -d 'Format de sortie'",
        "Un fichier autonome, à publier, envoyer ou imprimer",
        "-l help -d 'Afficher l\\'aide",
    ] {
        assert!(fish.contains(w), "{w:?} not in:\n{fish}");
    }
    for w in ["Output format", "[par défaut", "Print help"] {
        assert!(!fish.contains(w), "{w:?} left in:\n{fish}");
    }
    assert_eq!(
        fish.lines().count(),
        script("en", "fish").lines().count(),
        "the same completions"
    );
}

#[test]
fn french_principles_write_their_colons_the_french_way_and_keep_a_weight_with_its_number() {
    let run = dgtk()
        .env("COLUMNS", "80")
        .args(["--lang", "fr", "principles", "1"])
        .run()
        .success();
    let out = text(&run.stdout);
    // Level lines (« 0 Non amorcé : ») and checklist items (« - open-by-default : »).
    let level = out
        .lines()
        .find(|l| l.starts_with("    0 "))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(level.starts_with("    0 Non amorcé\u{a0}: "), "{level}");
    let item = out
        .lines()
        .find(|l| l.starts_with("    - "))
        .unwrap_or_else(|| panic!("{out}"));
    let colon = item.find(':').unwrap_or_else(|| panic!("{item}"));
    assert!(item[..colon].ends_with('\u{a0}'), "{item}");
    // Principle 8's header is wider than 80 columns: it wraps, but not between « poids : » and
    // its number.
    let run = dgtk()
        .env("COLUMNS", "80")
        .args(["--lang", "fr", "principles", "8"])
        .run()
        .success();
    let out = text(&run.stdout);
    assert!(out.contains("poids\u{a0}:\u{a0}1\n"), "{out}");
    assert!(!out.lines().any(|l| l.ends_with("poids\u{a0}:")), "{out}");
    // The overview: « id : », and a level's number kept with its label where the scale wraps.
    let run = dgtk()
        .env("COLUMNS", "80")
        .args(["--lang", "fr", "principles"])
        .run()
        .success();
    let out = text(&run.stdout);
    assert!(out.contains("      id\u{a0}: openness-"), "{out}");
    assert!(out.contains("2\u{a0}Intermédiaire"), "{out}");
    assert!(!out.lines().any(|l| l.ends_with(" 2")), "{out}");
}
