//! Text reports written a section at a time: the renderers of `diffs.md` and `report.html`
//! build their text in a [`Sink`]'s string, and hand it to the writer whenever a unit (a
//! finding, a sentence pair) is complete and enough has gathered, so a report of hundreds of
//! megabytes never sits whole in memory. It writes no file itself.

use std::io::{self, Write};
use std::ops::{Deref, DerefMut};

/// Text gathered beyond this many bytes is handed to the writer at the next [`Sink::flush_some`].
const CHUNK: usize = 256 * 1024;

/// A string that drains into a writer. Trailing newlines are held back until more text
/// follows, so a renderer may trim the end of its whole output when it finishes.
pub struct Sink<'w> {
    text: String,
    out: &'w mut dyn Write,
}

impl<'w> Sink<'w> {
    /// An empty sink draining into `out`.
    pub fn new(out: &'w mut dyn Write) -> Self {
        Sink {
            text: String::with_capacity(CHUNK + CHUNK / 4),
            out,
        }
    }

    /// Hands the gathered text (but trailing newlines) to the writer once it passes the
    /// chunk size.
    pub fn flush_some(&mut self) -> io::Result<()> {
        if self.text.len() < CHUNK {
            return Ok(());
        }
        let keep = self.text.trim_end_matches('\n').len();
        self.out.write_all(&self.text.as_bytes()[..keep])?;
        self.text.drain(..keep);
        Ok(())
    }

    /// Hands every gathered byte to the writer.
    pub fn finish(mut self) -> io::Result<()> {
        self.out.write_all(self.text.as_bytes())?;
        self.text.clear();
        Ok(())
    }
}

impl Deref for Sink<'_> {
    type Target = String;
    fn deref(&self) -> &String {
        &self.text
    }
}

impl DerefMut for Sink<'_> {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drains_in_chunks_and_holds_back_trailing_newlines() {
        let mut bytes = Vec::new();
        let mut sink = Sink::new(&mut bytes);
        let line = "x".repeat(1000) + "\n\n";
        for _ in 0..300 {
            sink.push_str(&line);
            sink.flush_some().unwrap();
        }
        assert!(sink.len() < CHUNK, "drained along the way");
        assert!(sink.starts_with("\n\n"), "the last newlines are held back");
        while sink.ends_with("\n\n") {
            sink.pop();
        }
        sink.finish().unwrap();
        assert_eq!(bytes.len(), 300 * 1002 - 1);
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            line.repeat(300)[..300 * 1002 - 1]
        );
    }
}
