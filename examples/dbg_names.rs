use claimdiff::model::*;
fn split(text: &str, id: SourceId) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for i in 0..b.len() {
        let end_here = b[i] == b'\n' || (matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).is_some_and(|&c| c == b' ') && !text[..i].ends_with("Mr") && !text[..i].ends_with("Dec") && !text[..i].ends_with("Nov")&& !text[..i].ends_with(" U.S") && !text[..i].ends_with("Gen"));
        if end_here {
            let piece = &text[start..=i];
            let lead = piece.len() - piece.trim_start().len();
            let t = piece.trim();
            if !t.is_empty() { out.push(Sentence { source: id, index: out.len(), span: Span::new(start + lead, start + lead + t.len()) }); }
            start = i + 1;
        }
    }
    let piece = &text[start..];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if !t.is_empty() { out.push(Sentence { source: id, index: out.len(), span: Span::new(start + lead, start + lead + t.len()) }); }
    out
}
fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let loaded = claimdiff::ingest::load(&paths, None).unwrap();
    let articles = loaded.articles;
    let sentences: Vec<Vec<Sentence>> = articles.iter().map(|a| split(&a.text, a.id)).collect();
    let mut facts = Vec::new();
    for (a, s) in articles.iter().zip(&sentences) { facts.extend(claimdiff::extract::names::extract(&Doc { article: a, sentences: s })); }
    let aliases = Vec::new();
    let clusters = claimdiff::names::cluster(&facts, &articles, &aliases);
    let corpus = Corpus { articles: &articles, sentences: &sentences, facts: &facts, alignments: &[], clusters: &clusters };
    let findings = claimdiff::compare::names::detect(&corpus);
    if std::env::var("FACTS").is_ok() {
        for f in &facts {
            if let FactDetail::Name { words, title } = &f.detail {
                println!("{} {:>3} {:?} [{}]", f.at.source.0, f.at.index, words, title);
            }
        }
    }
    for c in &clusters {
        if c.variants.len() > 1 || std::env::var("ALL").is_ok() {
            println!("{} | {} | {} | {}", c.canonical, c.role, c.subject, c.variants.iter().map(|v| format!("{}x{} {:?} [{}] ({})", v.spelling, v.count, v.sources.iter().map(|s| s.0).collect::<Vec<_>>(), v.explanation, v.convention)).collect::<Vec<_>>().join("; "));
        }
    }
    for f in &findings {
        println!("F {} {} {} {}", f.severity.label(), f.subject, f.occurrences.len(), f.note);
    }
}
