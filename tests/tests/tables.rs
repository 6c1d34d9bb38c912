//! The tables the macro writes, read back by the runtime: every accessor of
//! every code agrees with the checked catalog the macro encoded, for a
//! catalog with every field set and one with none of the optional ones. A
//! change to the layout on one side that the other does not follow fails
//! here.

// Two of the codes are deprecated on purpose: every field is set.
#![allow(deprecated)]

errcodes::error_codes!("catalogs/every-field.yaml", name = Full);
errcodes::error_codes!("catalogs/bare.yaml", name = Bare);
errcodes::error_codes!("catalogs/params.yaml", name = Values);
errcodes::error_codes!("catalogs/tagged.yaml", name = Tagged);

/// A group as its key, description and range.
type GroupRow<'a> = (&'a str, Option<&'a str>, Option<(u32, u32)>);

fn model(text: &str) -> errcodes_catalog::Catalog {
    errcodes_catalog::check("catalog.yaml", text)
        .ok()
        .expect("the round-trip catalogs are valid")
}

/// Every accessor of `C` against `catalog`.
fn round_trip<C: errcodes::Code + core::fmt::Debug>(
    catalog: &errcodes_catalog::Catalog,
    all: &[C],
) {
    assert_eq!(all.len(), catalog.codes.len());
    let default_http = catalog
        .default_http
        .unwrap_or(errcodes_catalog::Catalog::DEFAULT_HTTP);
    for (code, expected) in all.iter().zip(&catalog.codes) {
        let entry = code.entry();
        assert_eq!(entry.code(), expected.code, "{code:?}");
        assert_eq!(entry.name(), expected.name, "{code:?}");
        assert_eq!(format!("{code:?}"), expected.variant);
        assert_eq!(entry.message(), expected.message, "{code:?}");
        assert_eq!(entry.also(), expected.also.as_slice(), "{code:?}");
        let mut messages = vec![expected.message.as_str()];
        messages.extend(expected.also.iter().map(String::as_str));
        assert_eq!(entry.messages(), messages.as_slice(), "{code:?}");
        assert_eq!(entry.group(), expected.group.as_deref(), "{code:?}");
        assert_eq!(entry.http_status(), expected.http, "{code:?}");
        assert_eq!(entry.status(), expected.http.unwrap_or(default_http));
        let descriptions: Vec<(&str, &str)> = entry.descriptions().collect();
        let want: Vec<(&str, &str)> = expected
            .descriptions
            .iter()
            .map(|(lang, text)| (lang.as_str(), text.as_str()))
            .collect();
        assert_eq!(descriptions, want, "{code:?}");
        for (lang, text) in &want {
            assert_eq!(entry.description(lang), Some(*text));
        }
        assert_eq!(entry.description("xx"), None);
        let params: Vec<(&str, &str)> = entry
            .params()
            .iter()
            .map(|p| (p.name(), p.kind().as_str()))
            .collect();
        let want: Vec<(&str, &str)> = expected
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.kind.as_str()))
            .collect();
        assert_eq!(params, want, "{code:?}");
        assert_eq!(entry.tags(), expected.tags.as_slice(), "{code:?}");
        assert_eq!(
            entry.grpc_code().as_str(),
            catalog.grpc_of(expected).as_str()
        );
        assert_eq!(entry.grpc_domain(), catalog.grpc_domain.as_deref());
        for tag in &catalog.tags {
            assert_eq!(entry.has_tag(&tag.key), expected.has_tag(&tag.key));
        }
        let translations: Vec<(&str, &str)> = entry.translations().collect();
        let want: Vec<(&str, &str)> = expected
            .translations
            .iter()
            .map(|(l, t)| (l.as_str(), t.as_str()))
            .collect();
        assert_eq!(translations, want, "{code:?}");
        for (lang, text) in &want {
            assert_eq!(entry.translation(lang), Some(*text));
        }
        assert_eq!(
            entry.deprecated(),
            expected.deprecated.as_deref(),
            "{code:?}"
        );
        assert_eq!(entry.title(), expected.title(), "{code:?}");
        let languages = catalog.languages.iter().map(String::as_str);
        let translated = expected.translations.iter().map(|(l, _)| l.as_str());
        for lang in languages.chain(translated).chain(["xx"]) {
            assert_eq!(
                entry.title_translation(lang),
                expected.title_in(lang),
                "{code:?} {lang}"
            );
        }
        assert_eq!(
            entry.docs_url().map(|url| url.to_string()),
            catalog.docs_url_of(expected),
            "{code:?}"
        );
        assert_eq!(
            C::from_code(expected.code).map(|c| c.entry().code()),
            Some(expected.code)
        );
        for name in std::iter::once(&expected.name).chain(&expected.aliases) {
            let found = C::from_name(name).map(|c| c.entry().code());
            assert_eq!(found, Some(expected.code), "{name}");
        }
    }
    for reserved in &catalog.reserved {
        assert!(C::from_code(reserved.code).is_none());
    }
}

#[test]
fn every_field_set() {
    let catalog = model(include_str!("../catalogs/every-field.yaml"));
    round_trip(&catalog, Full::ALL);
    let groups: Vec<GroupRow> = Full::GROUPS
        .iter()
        .map(|g| (g.key(), g.description(), g.range()))
        .collect();
    let want: Vec<GroupRow> = catalog
        .groups
        .iter()
        .map(|g| (g.key.as_str(), g.description.as_deref(), g.range))
        .collect();
    assert_eq!(groups, want);
    assert_eq!(Full::LANGUAGES, ["en", "zh"]);
    let reserved: Vec<u32> = catalog.reserved.iter().map(|r| r.code).collect();
    assert_eq!(Full::RESERVED, reserved.as_slice());
    // Descriptions come in the order of `languages`, whatever the entry's.
    assert_eq!(
        Full::OauthDenied
            .entry()
            .descriptions()
            .map(|(l, _)| l)
            .collect::<Vec<_>>(),
        ["en", "zh"]
    );
    assert_eq!(full::OBJECT_TOO_LARGE, 70_000);
}

#[test]
fn parameters_and_translations() {
    let catalog = model(include_str!("../catalogs/params.yaml"));
    round_trip(&catalog, Values::ALL);
}

#[test]
fn many_tags() {
    let catalog = model(include_str!("../catalogs/tagged.yaml"));
    round_trip(&catalog, Tagged::ALL);
}

#[test]
fn nothing_optional() {
    let catalog = model(include_str!("../catalogs/bare.yaml"));
    round_trip(&catalog, Bare::ALL);
    assert!(Bare::GROUPS.is_empty() && Bare::LANGUAGES.is_empty() && Bare::RESERVED.is_empty());
    assert_eq!(Bare::Last.entry().status(), 500);
    assert_eq!(bare::LAST, u32::MAX);
}
