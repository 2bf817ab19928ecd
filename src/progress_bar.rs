//! The binary's progress bar (indicatif) for long runs: it draws the library's
//! [`Progress`] reports on standard error, one stage at a time. Only the binary uses it, and
//! only when standard error is a terminal and `--quiet` is off; the library never draws.

use claimdiff::pipeline::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

/// A progress bar on standard error.
pub struct Bar(ProgressBar);

impl Bar {
    /// A bar when standard error is a terminal and `quiet` is off; `None` otherwise.
    pub fn for_stderr(quiet: bool) -> Option<Bar> {
        if quiet || !std::io::stderr().is_terminal() {
            return None;
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.enable_steady_tick(Duration::from_millis(120));
        Some(Bar(bar))
    }

    /// Announces a stage the binary runs itself (such as writing the reports).
    pub fn message(&self, text: &'static str) {
        self.stage(text, 0);
    }

    /// Removes the bar from the terminal.
    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}

impl Progress for Bar {
    fn stage(&self, name: &'static str, items: u64) {
        let style = if items == 0 {
            ProgressStyle::with_template("{spinner} {msg} {elapsed}")
        } else {
            ProgressStyle::with_template("{spinner} {msg:8} [{bar:30}] {pos}/{len} {elapsed}")
        };
        if let Ok(style) = style {
            self.0.set_style(style.progress_chars("=> "));
        }
        self.0.set_length(items);
        self.0.set_position(0);
        self.0.set_message(name);
    }

    fn advance(&self, n: u64) {
        self.0.inc(n);
    }
}
