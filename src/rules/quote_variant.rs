//! `quote-variant`: the same speaker's quote is worded differently in
//! another article, often a translation or a paraphrase in quotation marks.
//!
//! The workspace finds the candidates through its index of quotes by the
//! speaker's last name and keeps those whose speaker is the same entity;
//! this rule decides which wording counts as a variant ([`variant`]) and
//! words the finding ([`finding`]).

use super::{About, Detail, Finding, Related, Side, short_name};
use super::{Code, Level, Rule};
use crate::analysis::Article;
use crate::analysis::facts::quotes::{self, Quote};

pub const RULE: Rule = Rule {
    code: Code::QuoteVariant,
    name: "quote-variant",
    level: Level::Information,
    summary: "The same speaker's quote is worded differently in another article",
    description: "Compares the quotes articles attribute to the same speaker (one entity across the articles, \
        found by the last word of the name): it fires on a quote when another article quotes that speaker in \
        words that are alike but not the same (their distinct words overlap by at least 40 %, Jaccard) and the \
        other quote has at least five words, as when two outlets translate one statement. It stays silent on \
        identical wording (punctuation and case aside), on an excerpt (one quote inside the other: a partial \
        quote), on quotes sharing fewer words (another statement), on short phrases anyone might say, on \
        quotes whose speaker is not linked to an entity, and on a quote already reported as credited to \
        someone else (`conflicting-attribution`).",
};

/// Whether `theirs` is the speaker's quote `ours` in other words: similar
/// (Jaccard of the words at least 0.4), long enough to tell, and not an
/// excerpt of it or the other way round. Identical words are told apart
/// before (they group together).
pub fn variant(ours: &Quote, theirs: &Quote) -> bool {
    theirs.words.len() >= quotes::MIN_WORDS && quotes::similarity(ours, theirs) >= 0.4 && !quotes::excerpt(ours, theirs)
}

/// The finding on quote `q` (in `article`) that `others` word differently
/// (the first of them quoted in the message).
pub fn finding(article: &Article, q: &Quote, first: (&Article, &Quote), others: &[(&Article, &Quote)]) -> Finding {
    let here = super::conflicting_attribution::speaker_named(article, q);
    let (o, oq) = first;
    let name = short_name(&o.id);
    let ours = q.span.text(&article.text);
    let theirs = oq.span.text(&o.text);
    Finding {
        doc: article.id.clone(),
        span: q.span,
        code: RULE.code,
        level: RULE.level,
        message: format!("{here} is quoted in other words in {name}: \"{theirs}\""),
        related: others
            .iter()
            .map(|(o, oq)| Related {
                doc: o.id.clone(),
                span: oq.span,
                message: "the same speaker's quote, worded differently".to_string(),
            })
            .collect(),
        data: Some(Detail::Compared {
            about: About::Speaker(here.clone()),
            here: Side::value(ours),
            there: Side::value(theirs).in_doc(o.id.clone()),
        }),
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::rules::fixture::check;

    #[test]
    fn fires_on_the_same_speaker_in_other_words() {
        check(
            Code::QuoteVariant,
            &[
                (
                    "a.txt",
                    "Mr Juan Soto said: “Every family will get help from the regional government.”",
                ),
                (
                    "b.txt",
                    "“Each family is going to receive help from the regional government,” Juan Soto told reporters.",
                ),
            ],
            expect![[r#"
                a.txt 22..78 "Every family will get help from the regional government." information quote-variant: Mr Juan Soto is quoted in other words in b.txt: "Each family is going to receive help from the regional government,"
                  b.txt 3..69 "Each family is going to receive help from the regional government,": the same speaker's quote, worded differently
                b.txt 3..69 "Each family is going to receive help from the regional government," information quote-variant: Juan Soto is quoted in other words in a.txt: "Every family will get help from the regional government."
                  a.txt 22..78 "Every family will get help from the regional government.": the same speaker's quote, worded differently
            "#]],
        );
    }

    #[test]
    fn silent_on_the_same_words_excerpts_and_other_statements() {
        check(
            Code::QuoteVariant,
            &[
                (
                    "a.txt",
                    "“The levee held through the night and the water is falling,” said Mayor Ines Carvalho.",
                ),
                (
                    "b.txt",
                    "“The levee held through the night and the water is falling,” Ines Carvalho said.",
                ),
                (
                    "c.txt",
                    "“The levee held through the night,” Ines Carvalho said on Tuesday.",
                ),
                (
                    "d.txt",
                    "“Schools across the district reopen next week,” Ines Carvalho added.",
                ),
            ],
            expect![[""]],
        );
    }
}
