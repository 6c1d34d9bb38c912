//! `errcodes docs --site DIR`: the catalog as a static site — an index of
//! every code with instant search, filters by group and tag and a language
//! switch; a page per code, per group and per tag. Plain HTML and CSS with
//! one small script; it needs no server and no network (`file://` works)
//! and reads whole without the script.
//!
//! Every text from the catalog is escaped for HTML ([`esc`]); explanations
//! are Markdown rendered by pulldown-cmark with raw HTML turned into text.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use errcodes_catalog::{Catalog, Code, ParamKind, TemplatePart};

use crate::text::html as esc;
use crate::view::own_http;

const STYLE: &str = include_str!("site/style.css");
const SCRIPT: &str = include_str!("site/search.js");

/// The file of a group's page (`group-storage.html`); keys are lowercase
/// segments and dots, safe as a file name.
fn group_file(key: &str) -> String {
    format!("group-{key}.html")
}

fn tag_file(key: &str) -> String {
    format!("tag-{key}.html")
}

/// A code's tags, each a link to its tag's page.
fn tag_links(code: &Code) -> String {
    let links: Vec<String> = code
        .tags
        .iter()
        .map(|t| {
            format!(
                "<a class=\"badge\" href=\"{}\">{}</a>",
                esc(&tag_file(t)),
                esc(t)
            )
        })
        .collect();
    links.join(" ")
}

/// The file in a site's directory that lists the files the last run wrote
/// there, so the next run removes those it no longer writes (the page of a
/// code taken out of the catalog) and nothing else.
pub const MANIFEST: &str = "errcodes-site.txt";

/// What [`write`] did: the files written, and those of an earlier run it
/// removed because the catalog no longer has them.
pub struct Written {
    pub files: Vec<PathBuf>,
    pub removed: Vec<PathBuf>,
}

/// Writes the site of `catalog` (read from `source`) into `dir`, and
/// removes the files an earlier run wrote there (as its [`MANIFEST`] lists
/// them) that this one does not; other files are left alone.
pub fn write(dir: &Path, catalog: &Catalog, source: &str, title: &str) -> std::io::Result<Written> {
    std::fs::create_dir_all(dir)?;
    let mut names: Vec<String> = Vec::new();
    let mut put = |name: String, text: String| -> std::io::Result<()> {
        std::fs::write(dir.join(&name), text)?;
        names.push(name);
        Ok(())
    };
    let mut style = STYLE.to_owned();
    for lang in &catalog.languages {
        let lang = esc(lang);
        let _ = writeln!(
            style,
            "html[data-lang=\"{lang}\"] [data-l=\"{lang}\"] {{ display: revert; }}"
        );
    }
    put("style.css".into(), style)?;
    put("search.js".into(), SCRIPT.to_owned())?;
    put("index.html".into(), index(catalog, source, title))?;
    for code in &catalog.codes {
        put(
            format!("{}.html", code.code),
            code_page(catalog, code, title),
        )?;
    }
    for group in &catalog.groups {
        let codes: Vec<&Code> = catalog.codes_in(&group.key).collect();
        let about = group.description.as_deref().map(esc).unwrap_or_default();
        let body = format!("<p>{about}</p>\n{}", table(catalog, &codes));
        put(
            group_file(&group.key),
            page(catalog, title, &format!("Group {}", group.key), &body),
        )?;
    }
    for tag in &catalog.tags {
        let codes: Vec<&Code> = catalog
            .codes
            .iter()
            .filter(|c| c.has_tag(&tag.key))
            .collect();
        let about = tag.description.as_deref().map(esc).unwrap_or_default();
        let body = format!("<p>{about}</p>\n{}", table(catalog, &codes));
        put(
            tag_file(&tag.key),
            page(catalog, title, &format!("Tag {}", tag.key), &body),
        )?;
    }
    let removed = remove_stale(dir, &names)?;
    let mut manifest = String::from(
        "# The files `errcodes docs --site` wrote into this directory; the next run\n\
         # removes those it no longer writes (and leaves every other file alone).\n",
    );
    for name in &names {
        manifest.push_str(name);
        manifest.push('\n');
    }
    std::fs::write(dir.join(MANIFEST), manifest)?;
    Ok(Written {
        files: names.iter().map(|name| dir.join(name)).collect(),
        removed,
    })
}

/// Removes the files the manifest in `dir` lists that are not in `names`.
/// Only names a site has (`NUMBER.html`, `group-KEY.html`, …: no path, no
/// leading dot, ending `.html`, `.css` or `.js`) are taken from it, so an
/// edited manifest cannot reach outside the directory or remove anything
/// a site would not have written.
fn remove_stale(dir: &Path, names: &[String]) -> std::io::Result<Vec<PathBuf>> {
    let old = match std::fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(err),
    };
    let mut removed = Vec::new();
    for name in old.lines().filter(|line| !line.starts_with('#')) {
        let a_page = !name.starts_with('.')
            && !name.contains(['/', '\\', ':'])
            && [".html", ".css", ".js"]
                .iter()
                .any(|ext| name.ends_with(ext));
        if !a_page || names.iter().any(|n| n == name) {
            continue;
        }
        let path = dir.join(name);
        if path.is_file() {
            std::fs::remove_file(&path)?;
            removed.push(path);
        }
    }
    Ok(removed)
}

/// A page: the shared header, `heading`, `body`.
fn page(catalog: &Catalog, site: &str, heading: &str, body: &str) -> String {
    let languages = catalog.languages.join(" ");
    let first = catalog.languages.first().map_or("en", String::as_str);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{first}\" data-languages=\"{languages}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{heading} · {site}</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">Skip to the content</a>\n\
         <header><a href=\"index.html\">{site}</a>{switch}</header>\n\
         <main id=\"main\">\n<h1>{heading}</h1>\n{body}</main>\n\
         <footer class=\"no-print\"><p>Generated by errcodes.</p></footer>\n\
         <script src=\"search.js\"></script>\n</body>\n</html>\n",
        first = esc(first),
        languages = esc(&languages),
        heading = esc(heading),
        site = esc(site),
        switch = language_switch(catalog),
    )
}

fn language_switch(catalog: &Catalog) -> String {
    if catalog.languages.len() < 2 {
        return String::new();
    }
    let mut out = String::from("<nav aria-label=\"Language\"><label>Language <select id=\"lang\">");
    for lang in &catalog.languages {
        let lang = esc(lang);
        let _ = write!(out, "<option value=\"{lang}\">{lang}</option>");
    }
    out.push_str("</select></label></nav>");
    out
}

/// A code's texts by language, each in an element of its language.
fn by_language(
    list: &[(String, String)],
    render: impl Fn(&str) -> String,
    element: &str,
) -> String {
    let mut out = String::new();
    for (lang, text) in list {
        let lang = esc(lang);
        let _ = write!(
            out,
            "<{element} lang=\"{lang}\" data-l=\"{lang}\">{}</{element}>",
            render(text)
        );
    }
    out
}

/// The table of `codes`, each row found by its number, name, messages,
/// descriptions and explanations.
fn table(catalog: &Catalog, codes: &[&Code]) -> String {
    let grpc = catalog.uses_grpc();
    let mut out = String::from("<table id=\"codes\">\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Name</th><th scope=\"col\">Message</th><th scope=\"col\">HTTP</th>");
    if grpc {
        out.push_str("<th scope=\"col\">gRPC</th>");
    }
    let tagged = !catalog.tags.is_empty();
    if tagged {
        out.push_str("<th scope=\"col\">Tags</th>");
    }
    out.push_str("<th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
    for code in codes {
        let mut search = format!("{} {} {}", code.code, code.name, code.message);
        for text in code
            .also
            .iter()
            .chain(code.translations.iter().map(|(_, t)| t))
        {
            search.push(' ');
            search.push_str(text);
        }
        for (_, text) in code.descriptions.iter().chain(&code.explanations) {
            search.push(' ');
            search.push_str(text);
        }
        for alias in &code.aliases {
            search.push(' ');
            search.push_str(alias);
        }
        let class = if code.deprecated.is_some() {
            " class=\"deprecated\""
        } else {
            ""
        };
        let deprecated = if code.deprecated.is_some() {
            " <span class=\"badge deprecated\">deprecated</span>"
        } else {
            ""
        };
        let message = if code.message.is_empty() {
            "<i>(no message)</i>".to_owned()
        } else {
            esc(&code.message)
        };
        let _ = write!(
            out,
            "<tr id=\"{n}\"{class} data-group=\"{group}\" data-tags=\"{tags}\" data-search=\"{search}\"><td><a href=\"{n}.html\">{n}</a></td><td><code class=\"name\">{name}</code>{deprecated}</td><td>{message}</td><td>{http}</td>",
            n = code.code,
            group = esc(code.group.as_deref().unwrap_or("")),
            tags = esc(&code.tags.join(" ")),
            search = esc(&search),
            name = esc(&code.name),
            http = http_cell(catalog, code),
        );
        if grpc {
            let _ = write!(
                out,
                "<td><code>{}</code></td>",
                catalog.grpc_of(code).as_str()
            );
        }
        if tagged {
            let _ = write!(out, "<td>{}</td>", tag_links(code));
        }
        let _ = writeln!(
            out,
            "<td>{}</td></tr>",
            by_language(&code.descriptions, esc, "span")
        );
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// A code's own HTTP status, or the catalog's default in italics.
fn http_cell(catalog: &Catalog, code: &Code) -> String {
    match own_http(catalog, code) {
        Some((status, false)) => status.to_string(),
        Some((status, true)) => format!("<i>{status}</i>"),
        None => String::new(),
    }
}

fn index(catalog: &Catalog, source: &str, title: &str) -> String {
    let mut body = format!(
        "<p class=\"count\">{} codes from <code>{}</code>. Each code has a page, <code>CODE.html</code>, and an anchor here, <code>#CODE</code>.</p>\n",
        catalog.codes.len(),
        esc(source)
    );
    body.push_str("<form class=\"filters no-print\" role=\"search\" onsubmit=\"return false\">\n<label>Search by number, name or any word <input type=\"search\" id=\"q\" autocomplete=\"off\" aria-keyshortcuts=\"/\"></label>\n");
    if !catalog.groups.is_empty() {
        body.push_str("<label>Group <select id=\"group\"><option value=\"\">All groups</option>");
        for group in &catalog.groups {
            let key = esc(&group.key);
            let _ = write!(body, "<option value=\"{key}\">{key}</option>");
        }
        body.push_str("</select></label>\n");
    }
    if !catalog.tags.is_empty() {
        body.push_str("<label>Tag <select id=\"tag\"><option value=\"\">All tags</option>");
        for tag in &catalog.tags {
            let key = esc(&tag.key);
            let _ = write!(body, "<option value=\"{key}\">{key}</option>");
        }
        body.push_str("</select></label>\n");
    }
    body.push_str("<output id=\"count\" aria-live=\"polite\"></output>\n</form>\n");
    let codes: Vec<&Code> = catalog.codes.iter().collect();
    body.push_str(&table(catalog, &codes));
    // Shown by the script when a search has more matches than it lays out.
    body.push_str(
        "<p class=\"no-print\"><button type=\"button\" id=\"more\" hidden>Show all</button></p>\n",
    );
    if !catalog.groups.is_empty() {
        body.push_str("<h2>Groups</h2>\n<ul>\n");
        for group in &catalog.groups {
            let _ = writeln!(
                body,
                "<li><a href=\"{}\">{}</a>: {}</li>",
                esc(&group_file(&group.key)),
                esc(&group.key),
                esc(group.description.as_deref().unwrap_or(""))
            );
        }
        body.push_str("</ul>\n");
    }
    if !catalog.tags.is_empty() {
        body.push_str("<h2>Tags</h2>\n<ul>\n");
        for tag in &catalog.tags {
            let _ = writeln!(
                body,
                "<li><a href=\"{}\">{}</a>: {}</li>",
                esc(&tag_file(&tag.key)),
                esc(&tag.key),
                esc(tag.description.as_deref().unwrap_or(""))
            );
        }
        body.push_str("</ul>\n");
    }
    page(catalog, title, title, &body)
}

/// The message with an example value in each placeholder.
fn filled_in(code: &Code) -> String {
    let Some(template) = code.template_of(&code.message) else {
        return code.message.clone();
    };
    template
        .parts
        .iter()
        .map(|part| match part {
            TemplatePart::Text(text) => text.clone(),
            TemplatePart::Value(index) => code
                .params
                .get(*index)
                .map_or_else(String::new, |p| example(p.kind, &p.name)),
        })
        .collect()
}

/// An example value of a parameter's type, for the filled-in message.
fn example(kind: ParamKind, name: &str) -> String {
    match kind {
        ParamKind::Str => name.to_owned(),
        ParamKind::Bool => "true".to_owned(),
        ParamKind::U32 | ParamKind::U64 => "42".to_owned(),
        ParamKind::I32 | ParamKind::I64 => "-7".to_owned(),
        ParamKind::F64 => "0.5".to_owned(),
    }
}

fn code_page(catalog: &Catalog, code: &Code, site: &str) -> String {
    let mut body = format!("<dl class=\"facts\" id=\"{}\">\n", code.code);
    let mut fact = |name: &str, value: String| {
        let _ = writeln!(body, "<dt>{name}</dt><dd>{value}</dd>");
    };
    fact("Number", code.code.to_string());
    fact("Name", format!("<code>{}</code>", esc(&code.name)));
    let message = if code.message.is_empty() {
        "<i>(no message)</i>".to_owned()
    } else {
        format!("<q>{}</q>", esc(&code.message))
    };
    fact("Message", message);
    for (lang, text) in &code.translations {
        fact(
            &format!("Message ({})", esc(lang)),
            format!("<q lang=\"{}\">{}</q>", esc(lang), esc(text)),
        );
    }
    for also in &code.also {
        fact("Also sent as", format!("<q>{}</q>", esc(also)));
    }
    if code.has_own_title() {
        fact("Title", esc(&code.title()));
    }
    if !code.params.is_empty() {
        let params: Vec<String> = code
            .params
            .iter()
            .map(|p| format!("<code>{}</code> ({})", esc(&p.name), p.kind.as_str()))
            .collect();
        fact("Parameters", params.join(", "));
        fact("For example", format!("<q>{}</q>", esc(&filled_in(code))));
    }
    let group = match &code.group {
        Some(key) => format!("<a href=\"{}\">{}</a>", esc(&group_file(key)), esc(key)),
        None => "none".to_owned(),
    };
    fact("Group", group);
    let http = match code.http {
        Some(status) => status.to_string(),
        None => format!("none of its own; answered with {}", catalog.http_of(code)),
    };
    fact("HTTP status", http);
    if catalog.uses_grpc() {
        fact(
            "gRPC status",
            format!("<code>{}</code>", catalog.grpc_of(code).as_str()),
        );
    }
    if !code.tags.is_empty() {
        fact("Tags", tag_links(code));
    }
    if let Some(reason) = &code.deprecated {
        fact("Deprecated", esc(reason));
    }
    if !code.aliases.is_empty() {
        let names: Vec<String> = code
            .aliases
            .iter()
            .map(|a| format!("<code>{}</code>", esc(a)))
            .collect();
        fact("Former names", names.join(", "));
    }
    if let Some(url) = catalog.docs_url_of(code) {
        fact(
            "Documentation",
            format!("<a href=\"{0}\">{0}</a>", esc(&url)),
        );
    }
    body.push_str("</dl>\n");
    body.push_str(&texts(code));
    page(
        catalog,
        site,
        &format!("{} {}", code.code, code.name),
        &body,
    )
}

/// A code page's sections after its facts: description, explanation, the
/// way back to the index.
fn texts(code: &Code) -> String {
    let mut body = String::new();
    if !code.descriptions.is_empty() {
        body.push_str("<h2>Description</h2>\n");
        body.push_str(&by_language(&code.descriptions, esc, "p"));
        body.push('\n');
    }
    if !code.explanations.is_empty() {
        body.push_str("<h2>Explanation</h2>\n");
        body.push_str(&by_language(
            &code.explanations,
            crate::markdown::html,
            "div",
        ));
        body.push('\n');
    }
    let _ = writeln!(
        body,
        "<p class=\"no-print\"><a href=\"index.html#{0}\">{0} in the index</a></p>",
        code.code
    );
    body
}
