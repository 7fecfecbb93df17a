//! `analysis-failed`: newsls hit an internal error on an article.
//!
//! A panic while analysing an article is caught in `Article::analyze` and
//! leaves the article empty with its `failure` set; a panic while checking
//! one is caught in `Workspace::findings_for`. Either way the article gets
//! this one error on its first line, and every other article is analysed
//! and checked as usual.

use super::{Code, Level, Rule};
use super::{Detail, Finding};
use crate::analysis::Article;
use crate::analysis::Span;
use crate::analysis::text::floor_char_boundary;

pub const RULE: Rule = Rule {
    code: Code::AnalysisFailed,
    name: "analysis-failed",
    level: Level::Error,
    summary: "newsls could not analyse the article (an internal error; please report it)",
    description: "Fires on an article whose analysis or checking panicked inside newsls: a bug in newsls, \
        never a problem in the article. The finding stands on the article's first line (at most 200 bytes of \
        it) and names the internal error. The article's names and facts are left out of the workspace, so it \
        takes part in no other finding, while every other article is analysed and checked as usual; `newsls \
        check` exits with status 2. It does not fire for files that were skipped before analysis (binary, not \
        UTF-8, over `maxFileSize`): those are reported where they are skipped. A clean re-analysis of the \
        article clears it.",
};

/// The finding of an article whose analysis failed: an error on its first
/// line that names the problem and asks for a bug report.
pub fn finding(article: &Article) -> Option<Finding> {
    let failure = article.failure.as_ref()?;
    let first_line = article.text.find('\n').unwrap_or(article.text.len());
    let end = floor_char_boundary(&article.text, first_line.min(200));
    Some(Finding {
        doc: article.id.clone(),
        span: Span::new(0, end),
        code: RULE.code,
        level: RULE.level,
        message: format!(
            "newsls could not analyse this article (internal error: {failure}); its names and facts are \
             left out, the other articles are checked as usual. Please report this as a newsls bug, \
             with this article attached."
        ),
        related: Vec::new(),
        data: Some(Detail::Failure { error: failure.clone() }),
    })
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::rules::fixture::{check, check_in};
    use crate::workspace::Workspace;

    /// An article as `Article::analyze` leaves it after a panic.
    fn failed(id: &str, text: &str) -> Article {
        Article {
            failure: Some("index out of bounds at src/x.rs:1".into()),
            ..Article::empty(id.into(), text.into())
        }
    }

    #[test]
    fn fires_on_the_first_line_of_a_failed_article_only() {
        let mut w = Workspace::new();
        w.insert(Article::analyze(
            "a.txt".into(),
            "Harbour Authority chief Maria Lopez said 12 dockers were hurt on Tuesday.".into(),
        ));
        w.insert(failed(
            "b.txt",
            "DOCKS BLAZE\nHarbour Authority chief Maria Lopez said 15 dockers were hurt.",
        ));
        check_in(
            &w,
            Code::AnalysisFailed,
            expect![[r#"
                b.txt 0..11 "DOCKS BLAZE" error analysis-failed: newsls could not analyse this article (internal error: index out of bounds at src/x.rs:1); its names and facts are left out, the other articles are checked as usual. Please report this as a newsls bug, with this article attached.
            "#]],
        );
    }

    #[test]
    fn silent_on_articles_that_were_analysed() {
        check(
            Code::AnalysisFailed,
            &[
                (
                    "a.txt",
                    "The city council voted 7-2 on Monday to close the Elm Street library.",
                ),
                (
                    "b.txt",
                    "Councillor Dana Reyes said the Elm Street library would close in March.",
                ),
            ],
            expect![[""]],
        );
    }
}
