//! The command line: one subcommand per task, each with its own arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Builds the reference site of HTTP and SIP status codes.
#[derive(Debug, Parser)]
#[command(name = "statusdoc", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the whole site into a folder.
    Build(BuildArgs),
    /// Check every input as a build would, writing nothing.
    Check(CheckArgs),
    /// Write a new project (the default site's sources) into a folder.
    Init(InitArgs),
    /// Print every code's sample response as JSON (for tools and tests).
    Samples(SamplesArgs),
    /// Print a framework's whole program, answering every code it can send.
    Program(ProgramArgs),
    /// Build, serve and rebuild the site on change, reloading open pages; with the mock.
    Serve(ServeArgs),
    /// Serve only the mock: /status/<code> answers with that code's sample response.
    Mock(MockArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port; by default the config's `[try] local_port`, which the pages' curl line uses.
    #[arg(long)]
    pub port: Option<u16>,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,
    /// The project folder (the one with config.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, Args)]
pub struct MockArgs {
    /// The port; by default the config's `[try] local_port`, which the pages' curl line uses.
    #[arg(long)]
    pub port: Option<u16>,
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// The project folder (the one with config.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, Args)]
pub struct SamplesArgs {
    /// The project folder (the one with config.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, Args)]
pub struct ProgramArgs {
    /// The framework's id (the name of its file in content/frameworks/<protocol>/).
    pub framework: String,
    /// The protocol whose frameworks to look in.
    #[arg(long, default_value = "http")]
    pub protocol: String,
    /// The port the program listens on.
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// The project folder (the one with config.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Folder to write the site to. It is replaced whole, and only if statusdoc made it.
    #[arg(long, default_value = "public")]
    pub out: PathBuf,
    /// Absolute URL the site will be served from; may carry a sub-path (https://example.org/docs/).
    #[arg(long)]
    pub base_url: Option<String>,
    /// The project folder (the one with config.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Replace the output folder even if statusdoc did not create it.
    #[arg(long)]
    pub force: bool,
    /// Fail on warnings too (untranslated or obsolete messages, for example).
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The project folder (the one with config.toml).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// How to print the report: for people, or as JSON for tools.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Fail on warnings too (untranslated or obsolete messages, for example).
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create; it must be new or empty.
    pub dir: PathBuf,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_sound() {
        Cli::command().debug_assert();
    }
}
