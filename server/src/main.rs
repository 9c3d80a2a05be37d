//! `waterlinks`: the WaterLinks Hub server and its administration commands.

use clap::{Parser, Subcommand};
use server::{config::Settings, db, error::ServerError, telemetry};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "waterlinks",
    version,
    about = "WaterLinks Hub: the web platform of the WaterLinks network"
)]
struct Cli {
    /// A TOML configuration file (default: ./waterlinks.toml when it exists).
    #[arg(long, global = true, env = "WATERLINKS_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the site (the default).
    Serve,
    /// Bring the database schema up to date and exit.
    Migrate,
    /// Add the demo network (safe to run again: nothing is added twice).
    SeedDemo {
        /// Also generate this many synthetic utilities, for benchmarks.
        #[arg(long, default_value_t = 0)]
        organizations: u32,
    },
    /// Top the knowledge library up to this many synthetic products, for bench/library.sh.
    #[command(hide = true)]
    SeedLibraryBench {
        #[arg(long, default_value_t = 10_000)]
        products: u32,
    },
    /// Add an open award category and this many checked-in attendees, for bench/voting.sh.
    #[command(hide = true)]
    SeedAwardsBench {
        #[arg(long, default_value_t = 3_000)]
        attendees: u32,
    },
    /// Create the first secretariat admin, or make an existing account one. The password comes
    /// from WATERLINKS_ADMIN_PASSWORD, or is asked for.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
    /// Write a backup: an online copy of the SQLite file, or the pg_dump command for PostgreSQL.
    Backup {
        /// The file to write (must not exist yet).
        file: PathBuf,
    },
    /// Replace the SQLite database with a backup (stop the server first), or print the pg_restore command.
    Restore { file: PathBuf },
    /// Read a PDF on stdin and write its text on stdout: run by the server, under resource
    /// limits, for each uploaded PDF.
    #[command(hide = true, name = "extract-pdf-text")]
    ExtractPdfText {
        /// The most text written, in bytes.
        #[arg(long, default_value_t = 1024 * 1024)]
        max_bytes: usize,
    },
}

/// Server-side rendering allocates many small strings per page; mimalloc serves them faster
/// than glibc's allocator under concurrent requests (bench/directory.sh).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The extractor runs alone in a small process: no settings, no runtime, no threads.
    if let Some(Command::ExtractPdfText { max_bytes }) = cli.command {
        return match extract_pdf_text(max_bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("waterlinks: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("waterlinks: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(start(cli))
}

/// Reads a PDF (at most the upload limit) on stdin and writes its text on stdout; an error
/// (status 1) when the PDF cannot be read.
fn extract_pdf_text(max_bytes: usize) -> Result<(), String> {
    use std::io::{Read, Write};
    let mut pdf = Vec::new();
    let limit = app::library::MAX_FILE_BYTES as u64 + 1;
    std::io::stdin()
        .lock()
        .take(limit)
        .read_to_end(&mut pdf)
        .map_err(|e| format!("cannot read the PDF: {e}"))?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    app::uploads::extract::write_text(&pdf, &mut out, max_bytes)
        .and_then(|()| out.flush().map_err(|e| e.to_string()))
        .map_err(|e| format!("cannot read the text of the PDF: {e}"))
}

async fn start(cli: Cli) -> ExitCode {
    let settings = match Settings::load(cli.config) {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("waterlinks: {e}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(settings.log_format);
    match run(cli.command.unwrap_or(Command::Serve), settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("waterlinks: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, settings: Settings) -> Result<(), ServerError> {
    match command {
        Command::Serve => {
            let db = db::connect_and_migrate(&settings).await?;
            server::serve(settings, db).await
        }
        Command::Migrate => {
            db::connect_and_migrate(&settings).await?;
            println!("The database schema is up to date.");
            Ok(())
        }
        Command::SeedDemo { organizations } => {
            let db = db::connect_and_migrate(&settings).await?;
            let report = app::partners::demo::seed(&db, organizations).await?;
            let partnerships = app::wops::demo::seed(&db).await?;
            let programs = app::training::demo::seed(&db).await?;
            let products = app::library::demo::seed(&db).await?;
            let forum = app::forum::demo::seed(&db).await?;
            let stories = app::stories::demo::seed(&db).await?;
            let events = app::events::demo::seed(&db).await?;
            let awards = app::awards::demo::seed(&db).await?;
            // Last: it adds results to the partnerships and products seeded above.
            let results = app::results::demo::seed(&db).await?;
            println!(
                "Demo data: {} organizations, {partnerships} partnerships, {programs} training programs, {products} knowledge products, {forum} Forum edition, {stories} stories (with news), {events} events, {awards} award categories and {results} reach figures added.",
                report.inserted
            );
            Ok(())
        }
        Command::SeedLibraryBench { products } => {
            let db = db::connect_and_migrate(&settings).await?;
            let added = app::library::demo::seed_bench(&db, products).await?;
            println!("Benchmark library: {added} synthetic products added.");
            Ok(())
        }
        Command::SeedAwardsBench { attendees } => {
            let db = db::connect_and_migrate(&settings).await?;
            let key =
                app::secret::ServerSecret::new(settings.secret_key.as_ref().map(|s| s.expose()))
                    .key(&db)
                    .await
                    .map_err(|e| ServerError::Invalid(e.to_string()))?;
            let bench = app::awards::bench::seed_bench(&db, &key, attendees).await?;
            // One line the bench script reads: category id, then the nominee ids.
            let nominees: Vec<String> = bench.nominees.iter().map(|n| n.to_string()).collect();
            println!(
                "category={} nominees={}",
                bench.category_id,
                nominees.join(",")
            );
            Ok(())
        }
        Command::CreateAdmin { email, name } => {
            let password = admin_password()?;
            let db = db::connect_and_migrate(&settings).await?;
            let outcome = app::accounts::service::create_admin(&db, &name, &email, &password)
                .await
                .map_err(|e| ServerError::Invalid(admin_error(e)))?;
            match outcome {
                app::accounts::service::AdminOutcome::Created => {
                    println!("Secretariat admin {email} created.")
                }
                app::accounts::service::AdminOutcome::Promoted => {
                    println!("{email} already had an account: it is now a secretariat admin, with the new password.")
                }
            }
            Ok(())
        }
        Command::Backup { file } => {
            print_outcome(db::backup(&settings, &file).await?, "Backup written to")
        }
        Command::Restore { file } => {
            print_outcome(db::restore(&settings, &file).await?, "Database restored to")
        }
        Command::ExtractPdfText { max_bytes } => {
            extract_pdf_text(max_bytes).map_err(ServerError::Invalid)
        }
    }
}

fn print_outcome(outcome: db::BackupOutcome, done: &str) -> Result<(), ServerError> {
    match outcome {
        db::BackupOutcome::Written(path) => println!("{done} {}", path.display()),
        db::BackupOutcome::Command(command) => {
            println!("For PostgreSQL, run this command (it needs the PostgreSQL client tools):\n{command}")
        }
    }
    Ok(())
}

fn admin_password() -> Result<String, ServerError> {
    use std::io::{BufRead, IsTerminal};
    if let Ok(password) = std::env::var("WATERLINKS_ADMIN_PASSWORD") {
        return Ok(password);
    }
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password (at least 12 characters): ")
            .map_err(|e| ServerError::Invalid(format!("cannot read the password: {e}")))?;
        let again = rpassword::prompt_password("Password again: ")
            .map_err(|e| ServerError::Invalid(format!("cannot read the password: {e}")))?;
        if first != again {
            return Err(ServerError::Invalid("the two passwords differ".to_owned()));
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| ServerError::Invalid(format!("cannot read the password: {e}")))?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

/// The field messages of a refused `create-admin`, on one line.
fn admin_error(error: app::error::AppError) -> String {
    match error {
        app::error::AppError::Invalid(fields) => fields
            .0
            .iter()
            .map(|f| format!("{}: {}", f.field, f.message))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}
