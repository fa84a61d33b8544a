//! The `statusdoc` command: parses the arguments, runs the library, maps the result to an
//! exit code (0 success, 1 bad input or failed build, 2 usage).

use std::process::ExitCode;

use clap::Parser;
use statusdoc::cli::{Cli, Command};
use statusdoc::{BuildOptions, Failure};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => {
            let options = BuildOptions {
                root: args.root,
                out: args.out.clone(),
                base_url: args.base_url,
                force: args.force,
            };
            statusdoc::build(&options).map(|s| {
                let warnings =
                    if s.warnings > 0 { format!(", {} warnings", s.warnings) } else { String::new() };
                println!(
                    "built {} pages ({} codes × {} languages, {} files) into {} in {} ms{warnings}",
                    s.pages,
                    s.codes,
                    s.languages,
                    s.files,
                    args.out.display(),
                    s.elapsed.as_millis()
                );
            })
        }
        Command::Check(args) => statusdoc::check(&args.root).map(|report| {
            eprint!("{report}");
            println!("check passed");
        }),
        Command::Init(args) => statusdoc::init(&args.dir).map(|n| {
            println!("wrote a new project ({n} files) into {}", args.dir.display());
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input { report, errors }) => {
            eprint!("{report}");
            eprintln!("error: the build failed with {errors} error(s); nothing was written");
            ExitCode::from(1)
        }
        Err(Failure::Refused(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
        Err(Failure::Internal(err)) => {
            eprintln!("error: {err:#}");
            ExitCode::from(1)
        }
    }
}
