//! newsls: a language server for people who review news text.
//!
//! Layers, with data flowing one way (see ARCHITECTURE.md):
//! - [`analysis`]: the pure NLP core (text → sentences, mentions, values).
//! - [`workspace`]: the pure cross-article layer (articles → entities, findings).
//! - [`rules`]: one file per finding code: its registry entry, its judgement, its wording.
//! - [`config`]: configuration parsing with located problems (pure).
//! - [`kb`]: the knowledge base (`entities.toml`) parser (pure).
//! - [`files`]: the only disk I/O: discovering and safely reading article files.
//! - [`guard`]: panic isolation, so that a bug costs one article only.
//! - [`cli`] and [`lsp`]: thin adapters; [`json`] is the JSON rendering they share.

pub mod analysis;
pub mod cli;
pub mod config;
pub mod files;
pub mod guard;
pub mod json;
pub mod kb;
pub mod lsp;
pub mod rules;
pub mod workspace;
