//! The `statusdoc` command: parses the arguments, runs the library, maps the result to an
//! exit code (0 success, 1 bad input or failed build, 2 usage).

use std::process::ExitCode;

use clap::Parser;
use statusdoc::cli::{BuildArgs, CheckArgs, Cli, Command, Format};
use statusdoc::{BuildOptions, Failure};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
        Command::Check(args) => return check(&args),
        Command::Init(args) => statusdoc::init(&args.dir).map(|n| {
            println!("wrote a new project ({n} files) into {}", args.dir.display());
        }),
        Command::Samples(args) => statusdoc::export_samples(&args.root).map(|json| println!("{json}")),
        Command::Program(args) => {
            statusdoc::export_program(&args.root, &args.protocol, &args.framework, args.port)
                .map(|program| print!("{program}"))
        }
        Command::Serve(args) => statusdoc::serve::serve(&statusdoc::serve::ServeOptions {
            root: args.root,
            bind: args.bind,
            port: args.port,
            open: args.open,
        }),
        Command::Mock(args) => statusdoc::serve::mock(&args.root, args.bind, args.port),
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

fn build(args: BuildArgs) -> Result<(), Failure> {
    let options = BuildOptions {
        root: args.root,
        out: args.out.clone(),
        base_url: args.base_url,
        force: args.force,
        strict: args.strict,
    };
    let s = statusdoc::build(&options)?;
    let mut extra = String::new();
    if !s.fallbacks.is_empty() {
        let each: Vec<String> = s.fallbacks.iter().map(|(lang, n)| format!("{lang} {n}")).collect();
        extra.push_str(&format!("; English fallbacks: {}", each.join(", ")));
    }
    if s.warnings > 0 {
        extra.push_str(&format!("; {} warnings (run `statusdoc check`)", s.warnings));
    }
    println!(
        "built {} pages ({} codes × {} languages, {} files) into {} in {} ms{extra}",
        s.pages,
        s.codes,
        s.languages,
        s.files,
        args.out.display(),
        s.elapsed.as_millis()
    );
    Ok(())
}

fn check(args: &CheckArgs) -> ExitCode {
    let report = statusdoc::check(&args.root);
    let diagnostics = &report.compiled.diagnostics;
    let failed = diagnostics.has_errors() || (args.strict && !diagnostics.is_empty());
    match args.format {
        Format::Json => {
            let json = serde_json::json!({
                "ok": !failed,
                "errors": diagnostics.error_count(),
                "warnings": diagnostics.warning_count(),
                "languages": report.compiled.translations,
                "diagnostics": diagnostics.to_json(&report.sources),
            });
            println!("{}", serde_json::to_string_pretty(&json).unwrap_or_default());
        }
        Format::Text => {
            eprint!("{}", diagnostics.render(&report.sources));
            println!(
                "{:<9}{:>9}{:>9}{:>10}{:>11}{:>11}{:>12}{:>8}",
                "language",
                "messages",
                "missing",
                "obsolete",
                "identical",
                "variables",
                "references",
                "syntax"
            );
            for t in &report.compiled.translations {
                println!(
                    "{:<9}{:>9}{:>9}{:>10}{:>11}{:>11}{:>12}{:>8}",
                    t.lang,
                    t.messages,
                    t.missing,
                    t.obsolete,
                    t.identical,
                    t.variable_mismatches,
                    t.broken_references,
                    t.syntax_errors
                );
            }
            let verdict = if failed { "check failed" } else { "check passed" };
            println!(
                "{verdict}: {} errors, {} warnings",
                diagnostics.error_count(),
                diagnostics.warning_count()
            );
        }
    }
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
