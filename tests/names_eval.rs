//! Precision and recall of the "same entity" judgement on the labelled pairs in
//! `fixtures/names/pairs.csv` (see `fixtures/names/SOURCES.md`). Fails below 0.95 on either.

use claimdiff::names::same_entity;

struct Pair {
    a: String,
    b: String,
    same: bool,
}

fn pairs() -> Vec<Pair> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/names/pairs.csv");
    let mut reader = csv::Reader::from_path(path).expect("the evaluation set is readable");
    reader
        .records()
        .map(|r| {
            let r = r.expect("a well-formed row");
            Pair {
                a: r[0].to_string(),
                b: r[1].to_string(),
                same: &r[2] == "1",
            }
        })
        .collect()
}

#[test]
fn same_entity_precision_and_recall_reach_095() {
    let pairs = pairs();
    let positives = pairs.iter().filter(|p| p.same).count();
    assert!(pairs.len() >= 200, "at least 200 pairs");
    assert!(
        pairs.len() - positives >= positives,
        "at least as many look-alikes"
    );
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut errors = Vec::new();
    for p in &pairs {
        let judged = same_entity(&p.a, &p.b);
        assert_eq!(
            judged,
            same_entity(&p.b, &p.a),
            "symmetric: {} / {}",
            p.a,
            p.b
        );
        match (judged, p.same) {
            (true, true) => tp += 1,
            (true, false) => {
                fp += 1;
                errors.push(format!("false same: {} / {}", p.a, p.b));
            }
            (false, true) => {
                fn_ += 1;
                errors.push(format!("missed: {} / {}", p.a, p.b));
            }
            (false, false) => {}
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    eprintln!(
        "names eval: {} pairs ({positives} same), precision {precision:.3}, recall {recall:.3}",
        pairs.len()
    );
    for e in &errors {
        eprintln!("  {e}");
    }
    assert!(precision >= 0.95, "precision {precision:.3} < 0.95");
    assert!(recall >= 0.95, "recall {recall:.3} < 0.95");
}

mod no_panic {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn judging_and_explaining_any_text_never_panics(a in "\\PC{0,30}", b in "\\PC{0,30}") {
            let _ = claimdiff::names::same_entity(&a, &b);
            let _ = claimdiff::names::explain::explanation(&a, &b);
        }

        #[test]
        fn the_pipeline_never_panics_on_names(texts in proptest::collection::vec("(\\PC|[A-ZА-Я][a-zа-яіїє’' .]{0,12}){0,80}", 1..3)) {
            let named: Vec<(String, String)> = texts
                .into_iter()
                .enumerate()
                .map(|(i, text)| (format!("{i}.txt"), text))
                .collect();
            let articles = claimdiff::ingest::from_texts(&named);
            let result = claimdiff::run(articles, &claimdiff::Config::default());
            let _ = claimdiff::report::names::csv(&result);
            let _ = claimdiff::report::names::json(&result);
        }
    }
}
