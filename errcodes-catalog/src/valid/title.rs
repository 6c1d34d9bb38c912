//! A code entry's `title` and its translations.

use super::Check;
use crate::diag::Problem;
use crate::params;
use crate::read::{Placed, RawCode};

impl Check<'_> {
    /// The entry's `title` and its translations: plain text, not empty,
    /// in declared languages, and naming none of the code's parameters.
    pub(super) fn title(
        &self,
        raw: &mut RawCode,
        problems: &mut Vec<Problem>,
    ) -> (Option<String>, Vec<(String, String)>) {
        let declared: Vec<&str> = raw.params.as_ref().map_or_else(Vec::new, |params| {
            params
                .value
                .iter()
                .map(|(name, _)| name.value.as_str())
                .collect()
        });
        let mut plain = |text: &Placed<String>, what: &str| {
            if text.value.is_empty() {
                problems.push(Problem::at(
                    text.at,
                    format!("{what} is empty"),
                    "write a short summary of the code, or leave it out",
                ));
                return false;
            }
            let named = declared
                .iter()
                .find(|name| text.value.contains(&format!("{{{name}}}")));
            if let Some(name) = named {
                problems.push(Problem::at(
                    text.at,
                    format!("{what} names the parameter `{{{name}}}`, which a title does not fill in"),
                    "a title is plain text, the same for every error of the code: keep the values in `message`",
                ));
                return false;
            }
            true
        };
        let title = raw
            .title
            .take()
            .filter(|title| plain(title, "the `title`"))
            .map(|title| title.value);
        let languages = self.languages.as_deref();
        let mut language_problems = Vec::new();
        let translations = params::translation_languages(
            raw.title_translations.take(),
            languages,
            &mut language_problems,
        )
        .into_iter()
        .filter(|(lang, text)| plain(text, &format!("the `{}` title", lang.value)))
        .map(|(lang, text)| (lang.value, text.value))
        .collect();
        problems.extend(language_problems);
        (title, translations)
    }
}
