//! How a generated module is laid out: doc attributes as `///` lines,
//! rustfmt where it is installed, and the lints it allows.

use std::path::Path;

/// `text` formatted by rustfmt (`$RUSTFMT`, else `rustfmt` on the path),
/// run where the module goes so the project's `rustfmt.toml` applies as
/// `cargo fmt` would apply it; `None` when there is no rustfmt or it
/// fails, and the text stays as prettyplease laid it out, which is close.
/// The code hash is of the tokens, so either way `--check` agrees.
pub(super) fn rustfmt(text: &str, dir: &Path) -> Option<String> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(program)
        .args(["--edition", "2021"])
        .current_dir(if dir.is_dir() { dir } else { Path::new(".") })
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    // Written from a thread: rustfmt may fill its output pipe before it
    // has read all its input.
    let mut stdin = child.stdin.take()?;
    let input = text.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    let formatted = String::from_utf8(output.stdout).ok()?;
    (output.status.success() && !formatted.is_empty()).then_some(formatted)
}

/// Splits each documentation attribute into one per line, which print as
/// `///` lines (the macro writes a code's documentation as one attribute,
/// which would print as a `/** */` block). Each line gains the space a
/// `///` comment has (rustdoc removes a common indentation, so the page
/// is the same).
pub(super) struct DocLines;

impl syn::visit_mut::VisitMut for DocLines {
    fn visit_attributes_mut(&mut self, attributes: &mut Vec<syn::Attribute>) {
        let mut out = Vec::with_capacity(attributes.len());
        for attribute in attributes.drain(..) {
            let text = match &attribute.meta {
                syn::Meta::NameValue(pair) if pair.path.is_ident("doc") => match &pair.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }) => Some(text.value()),
                    _ => None,
                },
                _ => None,
            };
            match text {
                Some(text) => {
                    for line in text.split('\n') {
                        let line = if line.is_empty() {
                            String::new()
                        } else {
                            format!(" {line}")
                        };
                        let mut split = attribute.clone();
                        split.meta = syn::parse_quote!(doc = #line);
                        out.push(split);
                    }
                }
                None => out.push(attribute),
            }
        }
        *attributes = out;
    }
}

/// Lints a checked-in module is not written for: it is generated, and its
/// shapes are the macro's (which lints do not see inside an expansion);
/// and a catalog has codes a crate does not use (which `dead_code` does
/// not report inside an expansion either).
pub(super) const ALLOW: &str =
    "#![allow(dead_code, clippy::all, clippy::pedantic, clippy::nursery)]";
