//! The command-line definition itself.

use clap::CommandFactory;

#[test]
fn cli_definition_is_consistent() {
    dgtk::Cli::command().debug_assert();
}
