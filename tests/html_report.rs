//! Issue 8, `report.html`: findings grouped by kind with each source's value side by side and
//! the differing words highlighted, links to the aligned pair, the name audit, the aligned
//! view, escaping of hostile article text, and the page as a real browser runs it.

mod common;
mod story;

use claimdiff::report::html;
use claimdiff::review::Review;
use common::{compare, fixture, read_csv, root};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn page(result: &claimdiff::RunResult) -> String {
    String::from_utf8(html::render(result, &Review::default())).expect("the page is UTF-8")
}

/// The text of the element with `id="…"` up to the end of its row or section, for scoped checks.
fn section<'a>(page: &'a str, open: &str, close: &str) -> &'a str {
    let start = page
        .find(open)
        .unwrap_or_else(|| panic!("{open} not found"));
    let end = page[start..].find(close).map_or(page.len(), |e| start + e);
    &page[start..end]
}

#[test]
fn findings_are_grouped_by_kind_with_each_source_value_side_by_side() {
    let p = page(&story::run());
    assert_eq!(p.matches("<article class=\"finding").count(), 3);
    let groups: Vec<usize> = ["kind-name_spelling", "kind-number", "kind-quote"]
        .iter()
        .map(|id| p.find(&format!("id=\"{id}\"")).expect(id))
        .collect();
    assert!(
        groups.windows(2).all(|w| w[0] < w[1]),
        "groups in kind order"
    );
    let number = section(
        &p,
        "data-kind=\"number\" data-severity=\"high\"",
        "</article>",
    );
    for want in [
        "<span class=\"v\">1,200</span> <span class=\"norm\">= 1200</span>",
        "<span class=\"v\">1,500</span> <span class=\"norm\">= 1500</span>",
        "<b>North Gazette</b>",
        "<b>Coastal Times</b>",
        "<h4>workers on strike</h4>",
    ] {
        assert!(number.contains(want), "{want} in {number}");
    }
    // A source without an outlet goes by its path.
    let name = section(&p, "data-kind=\"name_spelling\"", "</article>");
    assert!(name.contains("<b>002_story.txt</b>"), "{name}");
    assert!(name.contains("data-sources=\"0 1 2\""), "{name}");
}

#[test]
fn evidence_highlights_the_differing_words_and_the_value() {
    let p = page(&story::run());
    let number = section(&p, "data-kind=\"number\"", "</article>");
    assert!(number.contains("said <mark class=\"chg val\">1,200</mark> workers had walked out."));
    assert!(number.contains("said <mark class=\"chg val\">1,500</mark> workers had walked out."));
    assert!(number.contains("<mark class=\"chg\">Aleksandr Gritsenko</mark>"));
    let name = section(&p, "data-kind=\"name_spelling\"", "</article>");
    // In a spelling finding the differing words are the spellings other than the canonical.
    for want in [
        "Union leader Oleksandr <mark class=\"val\">Hrytsenko</mark> said 1,200 workers",
        "Union leader Aleksandr <mark class=\"chg val\">Gritsenko</mark> said 1,500 workers",
        "Union leader Oleksandr <mark class=\"chg val\">Hritsenko</mark> said about 1,200",
    ] {
        assert!(name.contains(want), "{want} in {name}");
    }
    let quote = section(&p, "data-kind=\"quote\"", "</article>");
    assert!(
        quote.contains("The port authority <mark class=\"chg val\">called</mark><mark class=\"val\"> the strike illegal</mark>."),
        "{quote}"
    );
    // Words both sources share are never marked.
    assert!(!number.contains("<mark class=\"chg\">workers"), "{number}");
}

#[test]
fn every_link_leads_to_an_element_of_the_page() {
    let p = page(&story::run());
    let ids: BTreeSet<&str> = p
        .split(" id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    let links: Vec<&str> = p
        .split("href=\"#")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert!(links.len() > 10, "{links:?}");
    for link in &links {
        assert!(ids.contains(link), "#{link} has no target");
    }
    let number = section(&p, "data-kind=\"number\"", "</article>");
    assert!(
        number.contains(
            "<a href=\"#p0-1-a1\">North Gazette ↔ Coastal Times</a> <small>(aligned, 0.70)</small>"
        ),
        "{number}"
    );
}

#[test]
fn name_audit_is_a_spelling_by_source_table_with_the_canonical_marked() {
    let p = page(&story::run());
    let names = section(&p, "<section id=\"names\">", "</section>");
    assert!(names.contains("<th class=\"num\" title=\"002_story.txt\">002_story.txt</th>"));
    let canonical = section(names, "<tr class=\"canonical\">", "</tr>");
    assert!(canonical.contains("★</span> Hrytsenko</td>"), "{canonical}");
    assert_eq!(canonical.matches("class=\"num uses\"").count(), 1);
    assert!(names.contains("<th colspan=\"7\">Oleksandr Hrytsenko <small>surname</small></th>"));
    let variant = section(names, "<tr><td>Gritsenko", "</tr>");
    assert!(
        variant.contains("<td>H→G, y→i</td><td>Russian-based</td>"),
        "{variant}"
    );
    assert_eq!(
        variant
            .matches("<td class=\"num uses variant\">1</td>")
            .count(),
        1,
        "{variant}"
    );
    // Names spelled one way everywhere are listed apart, folded away.
    assert!(names.contains(
        "<details><summary>1 names spelled one way in every source</summary>\n\
         <p class=\"consistent\">Velmar (2)</p>"
    ));
    assert!(!names.contains("<tbody class=\"cluster\" id=\"N000000000002\">"));
}

#[test]
fn aligned_view_diffs_matched_sentences_and_shows_unmatched_ones() {
    let p = page(&story::run());
    let options = section(&p, "<select id=\"pair\">", "</select>");
    assert_eq!(
        options.matches("<option").count(),
        3,
        "every pair of sources"
    );
    assert!(
        options.contains("<option value=\"0-1\" selected>"),
        "{options}"
    );
    let pair = section(&p, "<section class=\"pair\" id=\"p0-1\"", "</section>");
    for want in [
        "Dock workers at Port Velmar <del>began</del> a strike on Tuesday.",
        "Dock workers at Port Velmar <ins>started</ins> a strike on Tuesday.",
        "<del>Oleksandr Hrytsenko</del> said <del>1,200</del>",
        "<ins>Aleksandr Gritsenko</ins> said <ins>1,500</ins>",
        "<td class=\"num score\">0.90</td>",
    ] {
        assert!(pair.contains(want), "{want}");
    }
    let unmatched_left = section(
        pair,
        "<tr class=\"only-a\"><td class=\"num\">3</td>",
        "</tr>",
    );
    assert!(unmatched_left.contains("The port authority called the strike illegal."));
    assert!(unmatched_left.contains("<td class=\"none\"></td>"));
    let unmatched_right = section(pair, "<tr class=\"only-b\">", "</tr>");
    assert!(unmatched_right.contains("Shipping lines diverted three vessels"));
    // Reading order: the unmatched right-hand sentence comes after the matched ones before it.
    assert!(pair.find("<ins>started</ins>") < pair.find("Shipping lines"));
    // A pair with nothing aligned says so instead of listing every sentence twice.
    let none = section(&p, "<section class=\"pair\" id=\"p1-2\"", "</section>");
    assert!(none.contains("No sentence of Coastal Times is aligned with one of 002_story.txt."));
    assert!(!none.contains("<table"));
    assert!(p.contains(
        "<a href=\"#p1-2\">Coastal Times ↔ 002_story.txt</a> <small>(not aligned)</small>"
    ));
}

#[test]
fn summary_lists_sources_and_counts_by_kind_and_severity() {
    let p = page(&story::run());
    let summary = section(&p, "<section id=\"summary\">", "</section>");
    assert!(summary.contains("<td>North Gazette</td><td>2026-04-10</td><td>000_story.txt</td>"));
    let number = section(summary, "<tr><th>number</th>", "</tr>");
    assert_eq!(
        number,
        "<tr><th>number</th><td class=\"num\">1</td><td class=\"num zero\">0</td>\
         <td class=\"num zero\">0</td><td class=\"num\">1</td>"
    );
    let total = section(summary, "<tr class=\"total\">", "</tr>");
    assert!(total.ends_with("<td class=\"num\">3</td>"), "{total}");
    assert!(p.contains("<strong>3 findings</strong> to review"));
}

/// Checks that hostile text shows as text: the page's only script is its own, and no element
/// or attribute that the text carries exists.
fn assert_inert(p: &str) {
    assert_eq!(
        p.matches("<script").count(),
        1,
        "only the report's own script"
    );
    for tag in ["<img", "<svg", "<b>bold", "<textarea", "javascript:"] {
        assert!(!p.contains(tag), "{tag} must not reach the page");
    }
}

#[test]
fn article_text_is_escaped() {
    let p = page(&story::run());
    assert_inert(&p);
    assert!(p.contains(
        "A note reading &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
    ));
}

#[test]
fn page_is_self_contained() {
    let p = page(&story::run());
    assert!(p.contains("content=\"default-src 'none'; style-src 'sha256-"));
    for external in ["<link", " src=\"", "@import", "url(", "http://", "https://"] {
        assert!(!p.contains(external), "{external}");
    }
}

#[test]
fn odd_runs_render_without_panicking() {
    let mut run = story::run();
    run.findings[0].occurrences[0].at = story::at(0, 99);
    run.findings[1].occurrences[0].at = story::at(9, 0);
    run.alignments[0].b = story::at(1, 77);
    assert!(page(&run).ends_with("</html>\n"));
    let mut empty = story::run();
    empty.articles.clear();
    empty.sentences.clear();
    empty.findings.clear();
    empty.clusters.clear();
    empty.alignments.clear();
    let p = page(&empty);
    assert!(p.contains("No findings to review.") && p.contains("Fewer than two sources."));
}

#[test]
fn hostile_fixture_is_inert_in_the_written_report() {
    let (dir, out) = compare(&[&fixture("xss")], &[]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let p = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert_inert(&p);
    // The aligned view cuts sentences with difference marks; read the text without them.
    let text = ["<del>", "</del>", "<ins>", "</ins>"]
        .iter()
        .fold(p.clone(), |t, tag| t.replace(tag, ""));
    assert!(text.contains("a promise kept &lt;script&gt;document.title=&#39;pwned&#39;;"));
    assert!(text.contains("&lt;/textarea&gt;&lt;svg onload=&quot;document"));
    assert!(text.contains("&quot;&gt;&lt;img src=x onerror=&quot;document"));
    assert!(p.contains("Island Courier &lt;b&gt;bold&lt;/b&gt;"));
}

#[test]
fn format_selects_the_reports_and_review_csv_is_always_written() {
    let files = |format: &str| -> Vec<String> {
        let (dir, out) = compare(&[&fixture("xss")], &["--format", format]);
        assert!(out.status.success(), "{}", common::stderr(&out));
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(files("html"), ["report.html", "review.csv"]);
    let csv = files("csv");
    assert!(csv.contains(&"findings.csv".to_string()) && csv.contains(&"review.csv".to_string()));
    assert!(!csv.contains(&"report.html".to_string()));
    let all = files("all");
    assert!(all.contains(&"findings.csv".to_string()) && all.contains(&"report.html".to_string()));
}

#[test]
fn report_html_is_identical_for_one_and_two_threads() {
    let (one, _) = compare(&[&fixture("xss")], &["--jobs", "1", "--format", "html"]);
    let (two, _) = compare(&[&fixture("xss")], &["--jobs", "2", "--format", "html"]);
    for name in ["report.html", "review.csv"] {
        assert_eq!(
            std::fs::read(one.path().join(name)).unwrap(),
            std::fs::read(two.path().join(name)).unwrap(),
            "{name}"
        );
    }
}

/// A Chromium-family browser: `CLAIMDIFF_CHROMIUM` if set, else the first of the usual names
/// found on `PATH`.
fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CLAIMDIFF_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let dirs: Vec<PathBuf> = std::env::split_paths(&std::env::var_os("PATH")?).collect();
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| dirs.iter().map(move |d| d.join(name)))
    .find(|p| p.is_file())
}

/// Runs headless Chromium on `page` (with `query`, e.g. `?kind=number#p0-1`) and `args`
/// (e.g. `--dump-dom`), with a fresh profile and no network features, killing it after a
/// minute; returns its standard output.
fn chromium(browser: &Path, page: &Path, query: &str, args: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}{query}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium {args:?} failed: {status}");
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium {args:?} did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

#[test]
fn report_runs_in_headless_chromium() {
    let Some(browser) = find_chromium() else {
        // Written straight to the terminal (not captured) so the skip is always visible.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED report_runs_in_headless_chromium: no chromium on PATH (install the Debian \
             package `chromium`, or set CLAIMDIFF_CHROMIUM)"
        );
        return;
    };
    let (seeds, out) = compare(&[&root().join("seeds")], &[]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let (hostile, out) = compare(&[&fixture("xss")], &[]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let seeds_page = seeds.path().join("report.html");
    let hostile_page = hostile.path().join("report.html");
    let story_page = seeds.path().join("story.html");
    std::fs::write(&story_page, html::render(&story::run(), &Review::default())).unwrap();
    let screenshot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report-seeds.png");
    let _ = std::fs::remove_file(&screenshot);
    let dump = ["--dump-dom".to_string()];
    let shot = [
        format!("--screenshot={}", screenshot.display()),
        "--window-size=1280,1800".to_string(),
        "--virtual-time-budget=2000".to_string(),
    ];
    let (seeds_dom, hostile_dom, story_dom) = std::thread::scope(|s| {
        let seeds_dom = s.spawn(|| chromium(&browser, &seeds_page, "", &dump));
        let hostile_dom = s.spawn(|| chromium(&browser, &hostile_page, "", &dump));
        let story_query = "?severity=low&q=GRITSENKO#p0-2-a1";
        let story_dom = s.spawn(|| chromium(&browser, &story_page, story_query, &dump));
        chromium(&browser, &seeds_page, "", &shot);
        (
            seeds_dom.join().unwrap(),
            hostile_dom.join().unwrap(),
            story_dom.join().unwrap(),
        )
    });

    // The script ran (the Content-Security-Policy hash matches it) and counted the findings.
    let findings: BTreeSet<String> = read_csv(&seeds.path().join("findings.csv"))
        .into_iter()
        .map(|r| r["finding_id"].clone())
        .collect();
    assert!(
        seeds_dom.contains("<html lang=\"en\" data-ready=\"\">"),
        "script did not run"
    );
    let n = findings.len();
    assert!(
        seeds_dom.contains(&format!("Showing {n} of {n} findings")),
        "finding count"
    );
    assert_eq!(seeds_dom.matches("<article class=\"finding").count(), n);
    // Seed spellings that differ from the canonical one are highlighted in their evidence,
    // and the aligned view marks the words that differ between aligned sentences.
    for word in ["Omerov", "Umarov", "Kiev", "Witkopf"] {
        assert!(
            seeds_dom.contains(&format!("<mark class=\"chg val\">{word}</mark>")),
            "{word} highlighted"
        );
    }
    assert!(seeds_dom.contains("<del>") && seeds_dom.contains("<ins>"));

    // Hostile text is shown as text and ran nothing.
    assert!(hostile_dom.contains("<html lang=\"en\" data-ready=\"\">"));
    assert!(!hostile_dom.contains("data-pwned=\""), "a payload ran");
    assert!(hostile_dom.contains("<title>claimdiff report: 2 sources"));
    assert!(!hostile_dom.contains("<img") && !hostile_dom.contains("<svg"));
    assert!(
        hostile_dom
            .contains("<td>Harbour Herald \"&gt;&lt;img src=x onerror=\"document.documentElement")
    );
    assert!(hostile_dom.contains("&lt;svg onload"));

    // Filters preset from the address hide what does not match; the hash picks the pair.
    assert!(story_dom.contains("Showing 1 of 3 findings"), "filters");
    let hidden: Vec<bool> = story_dom
        .split("<article class=\"finding\"")
        .skip(1)
        .map(|tag| tag[..tag.find('>').unwrap()].contains(" hidden=\"\""))
        .collect();
    assert_eq!(
        hidden,
        [false, true, true],
        "only the low name finding matches"
    );
    assert!(
        story_dom.contains(
            "<section class=\"kind\" id=\"kind-number\" data-kind=\"number\" hidden=\"\">"
        )
    );
    assert!(story_dom.contains("<section class=\"pair\" id=\"p0-2\" data-pair=\"0-2\">"));
    assert!(
        story_dom.contains("<section class=\"pair\" id=\"p0-1\" data-pair=\"0-1\" hidden=\"\">")
    );

    let png = std::fs::read(&screenshot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a real screenshot"
    );
}
