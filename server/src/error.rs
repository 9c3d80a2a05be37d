//! Errors of the server layer: start-up, configuration and the command line. Each one is a
//! single clear line for the operator; request-time errors are `app::error::AppError`.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("configuration: {0}")]
    Config(String),
    #[error("cannot read the configuration file {path}: {reason}")]
    ConfigFile { path: PathBuf, reason: String },
    #[error("database {url}: {reason}")]
    Database { url: String, reason: String },
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Invalid(String),
    #[error("database error: {0}")]
    Db(#[from] sea_orm::DbErr),
}
