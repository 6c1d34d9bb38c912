//! The enum's tag methods: `tags`, `has_tag`, `tagged` and one `const`
//! predicate `is_<tag>` per declared tag, reading the tables' bits.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Cx;
use crate::text::markdown;

impl Cx<'_> {
    pub(super) fn tag_impl(&self) -> TokenStream {
        let name = self.name;
        let vis = &self.args.vis;
        let unused = self.allow_unused();
        let predicates = self.catalog.tags.iter().enumerate().map(|(index, tag)| {
            let predicate = quote::format_ident!("is_{}", tag.key);
            let index = Literal::usize_unsuffixed(index);
            let doc = match &tag.description {
                Some(about) => format!(
                    "Whether the code has the tag `{}`: {}",
                    tag.key,
                    markdown(about)
                ),
                None => format!("Whether the code has the tag `{}`.", tag.key),
            };
            quote! {
                #[doc = #doc]
                #[must_use]
                #vis const fn #predicate(self) -> bool {
                    self.entry().__has_tag(#index)
                }
            }
        });
        quote! {
            #unused
            impl #name {
                /// The code's tags (its own and its groups'), in the order of
                /// the catalog's `tags:`.
                #[must_use]
                #vis const fn tags(self) -> &'static [&'static str] {
                    self.entry().tags()
                }

                /// Whether the code has the tag `tag` (a key of [`Self::TAGS`]).
                #[must_use]
                #vis fn has_tag(self, tag: &str) -> bool {
                    self.entry().has_tag(tag)
                }

                /// The codes with the tag `tag`, in ascending order of number
                /// (none for a key the catalog does not declare).
                #vis fn tagged(tag: &str) -> impl ::core::iter::Iterator<Item = Self> + 'static {
                    let index = ::core::iter::Iterator::position(
                        &mut Self::TAGS.iter(),
                        |t| t.key() == tag,
                    );
                    ::core::iter::Iterator::filter(
                        ::core::iter::Iterator::copied(Self::ALL.iter()),
                        move |code| index.is_some_and(|index| code.entry().__has_tag(index)),
                    )
                }

                #(#predicates)*
            }
        }
    }
}
