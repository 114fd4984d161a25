//! Compiles the framework in `principles/` into the binary, so that `dgtk` works from any folder
//! with no files around it, together with every released version kept frozen in
//! `principles/releases/VERSION/`. Emits `$OUT_DIR/builtin_framework.rs`: the current files as a
//! list of (file name, text), and the releases as (version, files).

use std::{env, fs, path::Path, path::PathBuf};

/// The `*.toml` files of a folder as `&[(name, include_str!(path))]` source, sorted by name.
fn files_of(dir: &Path) -> String {
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
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push(']');
    out
}

/// The translation folders of a framework folder (every sub-folder but `releases`) as
/// `&[(language, files)]` source, sorted by language.
fn translations_of(dir: &Path) -> String {
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
        out.push_str(&format!("    ({lang:?}, {}),\n", files_of(&dir.join(lang))));
    }
    out.push(']');
    out
}

fn main() {
    code_layout();
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("principles");
    let mut out = format!("pub static FILES: &[(&str, &str)] = {};\n", files_of(&dir));
    out.push_str(
        "/// Translation folders: (language, its files as (file name, text)).\n\
         pub type Translations = &'static [(&'static str, &'static [(&'static str, &'static str)])];\n",
    );
    out.push_str(&format!(
        "pub static TRANSLATIONS: Translations = {};\n",
        translations_of(&dir)
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
        out.push_str(&format!("    ({v:?}, {}),\n", files_of(&releases.join(v))));
    }
    out.push_str("];\n");
    out.push_str("pub static RELEASE_TRANSLATIONS: &[(&str, Translations)] = &[\n");
    for v in &versions {
        out.push_str(&format!(
            "    ({v:?}, {}),\n",
            translations_of(&releases.join(v))
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
}
