//! The `dgtk` binary: parse the command line, run, exit with the status.

use clap::Parser;

fn main() {
    let cli = dgtk::Cli::parse();
    std::process::exit(dgtk::run(cli).code());
}
