//! The claimdiff binary: parse arguments, run the library, print errors, exit with the
//! contract's status.

mod cli;

fn main() {
    std::process::exit(cli::main());
}
