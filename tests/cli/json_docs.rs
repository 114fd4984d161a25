//! `docs/json.md` agrees with the JSON Schemas that `dgtk schema` generates from the output types:
//! the field tables between its `<!-- schema:KIND -->` markers are made from the schemas, and
//! this test fails when they differ (run it with `DGTK_BLESS=1` to rewrite them after a
//! deliberate change, then read the diff).

use serde_json::Value;

use crate::support;

const KINDS: [&str; 5] = ["score", "diff", "principles", "merge", "compare"];

fn schema(kind: &str) -> Value {
    let out = support::dgtk().args(["schema", kind]).run().success();
    serde_json::from_slice(&out.stdout).expect("a JSON schema")
}

/// A field's type in words: `string`, `number or null`, `array of PillarScore`, ...
fn type_words(s: &Value) -> String {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return format!("`{}`", r.rsplit('/').next().unwrap_or(r));
    }
    if let Some(any) = s
        .get("anyOf")
        .or_else(|| s.get("oneOf"))
        .and_then(Value::as_array)
    {
        return any.iter().map(type_words).collect::<Vec<_>>().join(" or ");
    }
    if let Some(c) = s.get("const") {
        return format!("`{c}`");
    }
    let one = |t: &str| match t {
        "array" => format!(
            "array of {}",
            s.get("items").map_or("anything".into(), type_words)
        ),
        t => t.to_string(),
    };
    match s.get("type") {
        Some(Value::String(t)) => one(t),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(one)
            .collect::<Vec<_>>()
            .join(" or "),
        _ => "any".into(),
    }
}

fn table(name: &str, obj: &Value) -> String {
    let mut s = format!("#### `{name}`\n\n");
    if let Some(d) = obj.get("description").and_then(Value::as_str) {
        s.push_str(&d.replace('\n', " "));
        s.push_str("\n\n");
    }
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        let required: Vec<&str> = obj
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        s.push_str("| field | type | meaning |\n| --- | --- | --- |\n");
        for (k, v) in props {
            let optional = if required.contains(&k.as_str()) {
                ""
            } else {
                " (may be absent)"
            };
            let meaning = v
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or("")
                .replace('\n', " ")
                .replace('|', "\\|");
            s.push_str(&format!(
                "| `{k}` | {}{optional} | {meaning} |\n",
                type_words(v).replace('|', "\\|")
            ));
        }
    } else {
        s.push_str(&format!("One of: {}.\n", type_words(obj)));
    }
    s.push('\n');
    s
}

fn generated(kind: &str) -> String {
    let sch = schema(kind);
    let root = sch.get("title").and_then(Value::as_str).unwrap_or(kind);
    let mut s = table(root, &sch);
    if let Some(defs) = sch.get("$defs").and_then(Value::as_object) {
        for (name, def) in defs {
            s.push_str(&table(name, def));
        }
    }
    s
}

#[test]
fn docs_json_md_agrees_with_the_schemas() {
    let path = "docs/json.md";
    let mut doc = std::fs::read_to_string(path).unwrap();
    let mut stale = Vec::new();
    for kind in KINDS {
        let (open, close) = (
            format!("<!-- schema:{kind} -->\n"),
            format!("<!-- /schema:{kind} -->"),
        );
        let start = doc
            .find(&open)
            .unwrap_or_else(|| panic!("{path} lacks {open}"))
            + open.len();
        let end = start + doc[start..].find(&close).expect("closing marker");
        let want = generated(kind);
        if doc[start..end] != want {
            stale.push(kind);
            doc.replace_range(start..end, &want);
        }
    }
    if std::env::var_os("DGTK_BLESS").is_some() {
        std::fs::write(path, &doc).unwrap();
        return;
    }
    assert!(
        stale.is_empty(),
        "{path} is out of date for {stale:?}; run DGTK_BLESS=1 cargo test --test cli json_docs and read the diff"
    );
}
