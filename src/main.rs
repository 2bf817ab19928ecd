//! The claimdiff binary: parse arguments, run the library, print errors, exit with the
//! contract's status.

mod cli;
mod progress_bar;

fn main() {
    std::process::exit(cli::main());
}
