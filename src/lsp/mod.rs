//! The language server adapter: the only module that knows LSP.
//!
//! - `frontline`: a tower layer that applies document edits in arrival
//!   order and turns handler panics into error responses;
//! - `server`: the `LanguageServer` handlers;
//! - `startup`: the handshake (client capabilities and roots, server
//!   capabilities) and the settings and watcher requests after it;
//! - `features`: hover text, rename, symbols, semantic tokens, inlay hints;
//! - `documents`: open buffers (ropes) and disk texts;
//! - `scheduler`: debounced background analysis;
//! - `indexer`: the workspace scan, configuration file and file watching;
//! - `position`: LSP positions ↔ byte offsets (UTF-8 / UTF-16);
//! - `diagnostics`: findings → published diagnostics;
//! - `transport`: a stdin guard that answers malformed messages.

mod diagnostics;
mod documents;
mod features;
mod frontline;
#[doc(hidden)]
pub mod fuzz_api;
mod indexer;
mod position;
mod scheduler;
mod server;
mod startup;
mod state;
mod transport;

use std::sync::atomic::Ordering;

use tower_lsp_server::{LspService, Server};

/// Serves LSP on stdin/stdout until `exit`; returns the exit status: 0 after
/// a `shutdown` request, 1 otherwise (as the protocol specifies).
pub fn run_stdio() -> i32 {
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("newsls: cannot start the async runtime: {e}");
            return 1;
        }
    };
    let code = runtime.block_on(async {
        let mut shared = None;
        let (service, socket) = LspService::build(|client| {
            let backend = server::Backend::new(client);
            shared = Some(backend.shared.clone());
            backend
        })
        .custom_method("newsls/debug/panic", server::Backend::debug_panic)
        .custom_method(transport::MALFORMED, server::Backend::malformed)
        .finish();
        let Some(shared) = shared else { return 1 };
        let service = frontline::Frontline::new(service, shared.clone());
        let (server_input, guarded) = tokio::io::duplex(64 * 1024);
        tokio::spawn(transport::guard(tokio::io::stdin(), guarded));
        Server::new(server_input, tokio::io::stdout(), socket)
            .serve(service)
            .await;
        if shared.shutdown.load(Ordering::SeqCst) { 0 } else { 1 }
    });
    // Exit at once: dropping the runtime would wait for the blocking stdin
    // reader, which some clients never close.
    std::process::exit(code);
}
