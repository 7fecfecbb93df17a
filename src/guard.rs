//! Panic isolation: a bug met while analysing one article costs that
//! article only. [`catch`] runs a closure, and if it panics returns the
//! panic's message and place instead, with nothing printed: the message
//! belongs in the article's `analysis-failed` finding, not on stderr,
//! where a language client shows it as a crash and `check` output is
//! read by people.
//!
//! Pure std; used by `workspace` (per article), `cli` and `lsp`.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many `catch` calls are running on this thread.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// The last panic caught on this thread: message and place.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Installs the process's panic hook once: inside [`catch`] a panic is
/// recorded for the caller and not printed; elsewhere the previous hook
/// (Rust's default report) runs as before.
fn install() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if DEPTH.with(Cell::get) == 0 {
                previous(info);
                return;
            }
            let message = payload_message(info.payload());
            let place = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            LAST.with(|last| *last.borrow_mut() = Some(format!("{message}{place}")));
        }));
    });
}

/// The text of a panic payload (`panic!("…")` gives `&str` or `String`).
pub fn payload_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}

/// Runs `f`; a panic inside becomes `Err` with its message and source
/// place (`byte index 5 is not a char boundary … at src/x.rs:86`).
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install();
    DEPTH.with(|d| d.set(d.get() + 1));
    let outcome = panic::catch_unwind(AssertUnwindSafe(f));
    DEPTH.with(|d| d.set(d.get() - 1));
    outcome.map_err(|payload| {
        LAST.with(|last| last.borrow_mut().take())
            .unwrap_or_else(|| payload_message(payload.as_ref()))
    })
}

/// Whether deliberate failures are switched on (`NEWSLS_DEBUG` set), so
/// tests can prove that one bad article leaves the others alone.
pub fn debug() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("NEWSLS_DEBUG").is_some())
}

/// The text that makes the analysis of an article panic on purpose when
/// [`debug`] is on. Nothing in ordinary copy contains it.
pub const DEBUG_PANIC_MARK: &str = "newsls:debug-panic";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_and_place() {
        let caught = catch(|| {
            let s = "é";
            // A slice inside a character: the kind of bug this guards.
            let cut = 1;
            s[..cut].len()
        });
        let message = caught.unwrap_err();
        assert!(message.contains("char boundary"), "{message}");
        assert!(message.contains("src/guard.rs"), "{message}");
        assert_eq!(catch(|| 2 + 2), Ok(4));
    }

    #[test]
    fn nested_catches_report_to_the_innermost() {
        let outer = catch(|| {
            let inner = catch(|| panic!("inner"));
            assert!(inner.unwrap_err().starts_with("inner"));
            panic!("outer")
        });
        let outer: Result<(), String> = outer;
        assert!(outer.unwrap_err().starts_with("outer"));
    }
}
