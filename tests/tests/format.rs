//! The guide's catalog format page and the format's field table agree: the
//! sample catalog there shows every field of every level, and nothing else,
//! and is itself a valid catalog.

use errcodes_catalog::Level;

/// The sample catalog of the guide's "The catalog format" page.
fn sample() -> &'static str {
    let page = include_str!("../../errcodes/docs/guide/catalog_format.md");
    let block = page
        .split("```yaml\n")
        .nth(1)
        .expect("the section opens with a YAML block");
    block.split("```").next().unwrap_or_default()
}

/// The keys the sample writes at each level, in order.
fn keys_by_level(text: &str) -> Vec<(Level, String)> {
    let mut out = Vec::new();
    let mut section = String::new();
    for line in text.lines() {
        let content = line.split(" #").next().unwrap_or_default();
        let indent = content.len() - content.trim_start().len();
        let Some((key, _)) = content
            .trim_start()
            .trim_start_matches("- ")
            .split_once(':')
        else {
            continue;
        };
        let key = key.trim().to_owned();
        let level = match (indent, section.as_str()) {
            (0, _) => {
                section.clone_from(&key);
                Level::Top
            }
            (4, "groups") => Level::Group,
            (4, "tags") => Level::Tag,
            (2 | 4, "codes") => Level::Code,
            (2 | 4, "reserved") => Level::Reserved,
            // Group keys, and the languages of a description.
            _ => continue,
        };
        out.push((level, key));
    }
    out
}

#[test]
fn the_readme_shows_every_field_and_only_fields() {
    let sample = sample();
    let checked = errcodes_catalog::check("catalog_format.md", sample);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let written = keys_by_level(sample);
    for (level, key) in &written {
        assert!(
            level.field(key).is_some(),
            "the catalog format page shows `{key}` at {level:?}, which is not a field there"
        );
    }
    for level in Level::ALL {
        for field in level.fields() {
            assert!(
                written.iter().any(|(l, k)| *l == level && k == field.key),
                "the catalog format page does not show {level:?} field `{}`",
                field.key
            );
        }
    }
}
