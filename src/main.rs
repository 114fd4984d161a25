//! The `dgtk` binary: parse the command line, run, exit with the status.

fn main() {
    let cli = dgtk::Cli::parse_localized();
    std::process::exit(dgtk::run(cli).code());
}
