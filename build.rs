//! Compiles the framework in `principles/` into the binary, so that `dgtk` works from any folder
//! with no files around it, together with every released version kept frozen in
//! `principles/releases/VERSION/`. Emits `$OUT_DIR/builtin_framework.rs`: the current files as a
//! list of (file name, text), and the releases as (version, files).

use std::{env, fs, path::Path, path::PathBuf};

#[path = "src/i18n/slice.rs"]
mod slice;

/// The interface's resource files of each language (`i18n/LANG/`), in the order they are added
/// to its bundle. Each area of the interface has its file: `words` (the shared vocabulary),
/// `messages` (errors, problems, notes), `report` (the progress report), `questionnaire` (`dgtk
/// assess`), `comments` (the comments `init` and `fmt` write into answer files), `cli` (help
/// texts), `diff` (`dgtk diff`'s text and Markdown), `principles`, `compare`, `score`, `merge`
/// (`dgtk merge`'s text report), `sheets` (the workbooks of `dgtk export` and `dgtk import`).
const FLUENT_FILES: [&str; 12] = [
    "words.ftl",
    "messages.ftl",
    "report.ftl",
    "questionnaire.ftl",
    "comments.ftl",
    "cli.ftl",
    "diff.ftl",
    "principles.ftl",
    "compare.ftl",
    "score.ftl",
    "merge.ftl",
    "sheets.ftl",
];

/// Emits `$OUT_DIR/i18n_resources.rs`: `RESOURCES`, every language's files (each language a
/// folder of `i18n/`, sorted), and `INDEX`, each language's message ids, sorted, with where each
/// message's source is, so that a run finds a message by binary search without reading the files
/// (`src/i18n.rs`). An id given twice keeps its first source, as a bundle would.
fn i18n_resources(out_dir: &Path) {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut langs: Vec<String> = fs::read_dir(&dir)
        .expect("i18n/ is readable")
        .map(|e| e.expect("i18n/ entry"))
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().into_string().expect("UTF-8 name"))
        .collect();
    langs.sort();
    let mut resources = String::from("pub const RESOURCES: Resources = &[\n");
    let mut index = String::from("const INDEX: &[Index] = &[\n");
    for lang in &langs {
        let group = format!("messages.{lang}");
        resources.push_str(&format!("    ({lang:?}, &[\n"));
        let mut found: Vec<(String, u32, u32, u32)> = Vec::new();
        for (file, name) in FLUENT_FILES.iter().enumerate() {
            let path = dir.join(lang).join(name);
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
            for (id, source) in slice::entries(&text) {
                found.push((
                    text[id].to_string(),
                    file as u32,
                    source.start as u32,
                    source.end as u32,
                ));
            }
            resources.push_str(&format!(
                "        ({name:?}, crate::embed::embedded_text!({group:?}, {:?})),\n",
                path.display().to_string()
            ));
        }
        resources.push_str("    ]),\n");
        // Sorted by id, the first of equal ids kept (the sort is stable).
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found.dedup_by(|b, a| a.0 == b.0);
        let mut ids = String::new();
        let mut entries = String::new();
        for (id, file, start, end) in &found {
            let from = ids.len();
            ids.push_str(id);
            entries.push_str(&format!(
                "        Entry {{ id: ({from}, {}), file: {file}, source: ({start}, {end}) }},\n",
                ids.len()
            ));
        }
        let ids_path = out_dir.join(format!("i18n-ids-{lang}.txt"));
        fs::write(&ids_path, &ids).expect("write the message ids");
        index.push_str(&format!(
            "    {{\n\
             \x20       #[cfg_attr(target_os = \"linux\", unsafe(link_section = \".dgtk.{group}\"))]\n\
             \x20       static ENTRIES: [Entry; {}] = [\n{entries}        ];\n\
             \x20       Index {{\n\
             \x20           ids: crate::embed::embedded_text!({group:?}, {:?}),\n\
             \x20           entries: &ENTRIES,\n\
             \x20       }}\n\
             \x20   }},\n",
            found.len(),
            ids_path.display().to_string()
        ));
    }
    resources.push_str("];\n");
    index.push_str("];\n");
    fs::write(
        out_dir.join("i18n_resources.rs"),
        format!("{resources}{index}"),
    )
    .expect("write i18n_resources.rs");
}

/// The `id` and `version` of a `framework.toml`, when its top-level table writes them as
/// `key = "value"` lines with no escape: every run needs the current framework's, and reading
/// them at run time maps a page block of that framework's text even when no file uses it. A
/// test checks them against the parse of the file (`src/framework/load.rs`).
fn header(text: &str) -> Option<(String, String)> {
    let (mut id, mut version) = (None, None);
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            break;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let value = value.trim();
        let plain = value.len() >= 2
            && value.starts_with('"')
            && value.ends_with('"')
            && !value[1..value.len() - 1].contains(['"', '\\']);
        let slot = match key.trim() {
            "id" => &mut id,
            "version" => &mut version,
            _ => continue,
        };
        if !plain || slot.is_some() {
            return None;
        }
        *slot = Some(value[1..value.len() - 1].to_string());
    }
    Some((id?, version?))
}

/// The `*.toml` files of a folder as `&[(name, embedded_text!(group, path))]` source, sorted by
/// name (`src/embed.rs`: the texts of a group sit together in a section of their own).
fn files_of(dir: &Path, group: &str) -> String {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", dir.display()))
        .map(|e| {
            e.expect("principles/ entry")
                .file_name()
                .into_string()
                .expect("UTF-8 name")
        })
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    let mut out = String::from("&[\n");
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({name:?}, crate::embed::embedded_text!({group:?}, {:?})),\n",
            path.display().to_string()
        ));
    }
    out.push(']');
    out
}

/// The translation folders of a framework folder (every sub-folder but `releases`) as
/// `&[(language, files)]` source, sorted by language.
fn translations_of(dir: &Path, group: &str) -> String {
    let mut langs: Vec<String> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|e| e.expect("framework folder entry"))
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().into_string().expect("UTF-8 name"))
            .filter(|n| n != "releases")
            .collect(),
        Err(_) => Vec::new(),
    };
    langs.sort();
    let mut out = String::from("&[\n");
    for lang in &langs {
        out.push_str(&format!(
            "    ({lang:?}, {}),\n",
            files_of(&dir.join(lang), &format!("{group}.{lang}"))
        ));
    }
    out.push(']');
    out
}

fn main() {
    code_layout();
    i18n_resources(&PathBuf::from(env::var("OUT_DIR").unwrap()));
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("principles");
    let mut out = format!(
        "pub static FILES: &[(&str, &str)] = {};\n",
        files_of(&dir, "framework.current")
    );
    let header = fs::read_to_string(dir.join("framework.toml"))
        .ok()
        .and_then(|t| header(&t));
    out.push_str(&format!(
        "/// The current framework's id and version, as its `framework.toml` writes them plainly\n\
         /// (`None` when it does not: the run then reads them from the file).\n\
         pub static CURRENT_HEADER: Option<(&str, &str)> = {header:?};\n"
    ));
    out.push_str(
        "/// Translation folders: (language, its files as (file name, text)).\n\
         pub type Translations = &'static [(&'static str, &'static [(&'static str, &'static str)])];\n",
    );
    out.push_str(&format!(
        "pub static TRANSLATIONS: Translations = {};\n",
        translations_of(&dir, "framework.current")
    ));
    let releases = dir.join("releases");
    println!("cargo:rerun-if-changed={}", releases.display());
    let mut versions: Vec<String> = match fs::read_dir(&releases) {
        Ok(entries) => entries
            .map(|e| e.expect("principles/releases/ entry"))
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().into_string().expect("UTF-8 name"))
            .collect(),
        Err(_) => Vec::new(),
    };
    versions.sort();
    out.push_str("pub static RELEASES: &[(&str, &[(&str, &str)])] = &[\n");
    for v in &versions {
        out.push_str(&format!(
            "    ({v:?}, {}),\n",
            files_of(&releases.join(v), &format!("framework.{v}"))
        ));
    }
    out.push_str("];\n");
    out.push_str("pub static RELEASE_TRANSLATIONS: &[(&str, Translations)] = &[\n");
    for v in &versions {
        out.push_str(&format!(
            "    ({v:?}, {}),\n",
            translations_of(&releases.join(v), &format!("framework.{v}"))
        ));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap()).join("builtin_framework.rs");
    fs::write(dest, out).expect("write builtin_framework.rs");
}

/// The release link places the functions that common runs execute together, in the order of
/// `layout/symbol-order.txt` (written by `benches/layout.sh`), so a run maps a few hundred KB of
/// code rather than pages scattered over the whole binary (docs/performance.md, "Code layout").
/// Only where the link is LLD's, as rustc's default on x86_64 Linux is: GNU ld has no such
/// option. A name the binary no longer has is skipped, so a stale list costs nothing but the
/// gain; `DGTK_CODE_LAYOUT=0` turns it off.
fn code_layout() {
    println!("cargo:rerun-if-env-changed=DGTK_CODE_LAYOUT");
    println!("cargo:rerun-if-env-changed=CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER");
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    let order = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap())
        .join("layout")
        .join("symbol-order.txt");
    println!("cargo:rerun-if-changed={}", order.display());
    let flags = env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    let default_link = env::var("TARGET").as_deref() == Ok("x86_64-unknown-linux-gnu")
        && env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_none()
        && env::var_os("RUSTC_LINKER").is_none()
        && !flags.contains("linker");
    if env::var("PROFILE").as_deref() == Ok("release")
        && env::var("DGTK_CODE_LAYOUT").as_deref() != Ok("0")
        && default_link
        && order.is_file()
    {
        println!(
            "cargo:rustc-link-arg-bin=dgtk=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        println!("cargo:rustc-link-arg-bin=dgtk=-Wl,--no-warn-symbol-ordering");
    }
    println!("cargo:rerun-if-env-changed=DGTK_PACK_RELOCS");
    if env::var("PROFILE").as_deref() == Ok("release")
        && env::var("DGTK_PACK_RELOCS").as_deref() != Ok("0")
        && default_link
        && glibc_reads_packed_relocations()
    {
        println!("cargo:rustc-link-arg-bin=dgtk=-Wl,-z,pack-relative-relocs");
    }
}

/// Does this machine's C library (glibc 2.36 or later) read packed relative relocations
/// (`DT_RELR`)? A position-independent binary records where each of its pointers sits, so the
/// loader can move them; with 16,000 pointers (text tables, panic locations), that list is
/// 390 KB, and the loader reads all of it at every start, into the run's memory. Packed, it is a
/// few KB. A binary packed so needs glibc 2.36 or later where it runs, so this is done only when
/// the glibc it is built against has it (the binary is built where it runs, `cargo install`).
fn glibc_reads_packed_relocations() -> bool {
    [
        "/lib/x86_64-linux-gnu/libc.so.6",
        "/usr/lib/x86_64-linux-gnu/libc.so.6",
        "/lib64/libc.so.6",
        "/usr/lib64/libc.so.6",
        "/usr/lib/libc.so.6",
    ]
    .iter()
    .find_map(|p| fs::read(p).ok())
    .is_some_and(|libc| {
        libc.windows(b"GLIBC_ABI_DT_RELR".len())
            .any(|w| w == b"GLIBC_ABI_DT_RELR")
    })
}
