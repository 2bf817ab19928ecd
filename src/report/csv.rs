//! CSV renderers for the contract's report files.

use crate::pipeline::RunResult;

/// `findings.csv`: one row per (finding, source occurrence).
pub fn findings(result: &RunResult) -> Vec<u8> {
    let corpus = result.corpus();
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let header = [
        "finding_id",
        "kind",
        "severity",
        "subject",
        "value",
        "normalized",
        "source",
        "outlet",
        "published",
        "sentence_no",
        "sentence",
    ];
    w.write_record(header).expect("writing to memory");
    for f in &result.findings {
        for o in &f.occurrences {
            let a = corpus.article(o.at);
            let published = a.published.map(|d| d.to_string()).unwrap_or_default();
            let no = (o.at.index + 1).to_string();
            w.write_record([
                f.id.as_str(),
                f.kind.finding_label(),
                f.severity.label(),
                &f.subject,
                &o.value,
                &o.normalized,
                &a.path,
                &a.outlet,
                &published,
                &no,
                corpus.sentence_text(o.at),
            ])
            .expect("writing to memory");
        }
    }
    w.into_inner().expect("writing to memory")
}
