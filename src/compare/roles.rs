//! The roles detector. Input: the corpus's `role` facts; output: a `role` finding when one
//! person is given incompatible roles — two different posts in one body (head of the security
//! council vs its secretary), heads of two different bodies of one family (head of the armed
//! forces vs chief of the general staff), another rank of the same post, another country,
//! rank or family relation. Equivalent descriptions (Defence / Defense, lead / chief
//! negotiator, "the president's son-in-law" / "Ortiz's son-in-law") are grouped and not
//! reported; roles of unrelated kinds (negotiator and secretary) never clash. A person is the
//! same across sources as in the quotes detector (`compare::people`). It formats no report.

use crate::compare::people::{ClusterIndex, display_name, person_groups};
use crate::compare::{finding, occurrence};
use crate::extract::roles::lexicon::lexicon;
use crate::extract::roles::{RoleKey, RoleKind, parse_role};
use crate::model::{Corpus, Fact, Finding, Kind, Severity};
use crate::sets::Sets;
use std::collections::{BTreeMap, BTreeSet};

/// How two roles of one person relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    /// Two descriptions of the same role.
    Equivalent,
    /// Roles a person can hold at once.
    Unrelated,
    /// Roles one person cannot hold at once, with the severity and the reason.
    Conflict(Severity, &'static str),
}

fn families(body: &[String]) -> BTreeSet<&str> {
    let lex = lexicon();
    body.iter()
        .flat_map(|w| lex.families(w))
        .map(String::as_str)
        .collect()
}

/// True when both posts name the holder of a government portfolio (a minister or secretary
/// of a portfolio body): `defence secretary` and `minister of defence` are then one post,
/// compared by their bodies like any other; `secretary` and `minister` of a security council
/// are not.
fn portfolio_posts(a: &RoleKey, b: &RoleKey) -> bool {
    let lex = lexicon();
    lex.holds_portfolio(&a.base, &a.body) && lex.holds_portfolio(&b.base, &b.body)
}

fn office_relation(a: &RoleKey, b: &RoleKey) -> Relation {
    let (ba, bb): (BTreeSet<&String>, BTreeSet<&String>) =
        (a.body.iter().collect(), b.body.iter().collect());
    let either_empty = ba.is_empty() || bb.is_empty();
    let same_body = !either_empty && (ba.is_subset(&bb) || bb.is_subset(&ba));
    if a.base == b.base || portfolio_posts(a, b) {
        if a.qualifiers != b.qualifiers {
            return if same_body || either_empty {
                Relation::Conflict(Severity::Medium, "another rank of the same post")
            } else {
                Relation::Unrelated
            };
        }
        if same_body || either_empty {
            Relation::Equivalent
        } else if !families(&a.body).is_disjoint(&families(&b.body)) {
            Relation::Conflict(
                Severity::Medium,
                "the same post in two different bodies of one kind",
            )
        } else {
            Relation::Unrelated
        }
    } else if same_body {
        Relation::Conflict(Severity::High, "two different posts in the same body")
    } else {
        Relation::Unrelated
    }
}

fn relation(a: &RoleKey, b: &RoleKey) -> Relation {
    if a.kind != b.kind {
        return Relation::Unrelated;
    }
    let countries_differ = matches!((&a.country, &b.country), (Some(x), Some(y)) if x != y);
    match a.kind {
        RoleKind::Office | RoleKind::Function if countries_differ && a.base == b.base => {
            Relation::Conflict(Severity::High, "the same post for two different countries")
        }
        RoleKind::Office => office_relation(a, b),
        RoleKind::Function if a.position() == b.position() => Relation::Equivalent,
        RoleKind::Kinship | RoleKind::Rank if a.position() == b.position() => Relation::Equivalent,
        RoleKind::Kinship => Relation::Conflict(Severity::High, "two different family relations"),
        RoleKind::Rank => Relation::Conflict(Severity::Medium, "two different ranks"),
        _ => Relation::Unrelated,
    }
}

/// True when two equivalent roles may be grouped: both name the body, or neither does (a
/// role without a body must not join two roles of different bodies into one group).
fn groups_with(a: &RoleKey, b: &RoleKey) -> bool {
    relation(a, b) == Relation::Equivalent && a.body.is_empty() == b.body.is_empty()
}

/// Findings of incompatible roles given to one person.
pub fn detect(corpus: &Corpus<'_>) -> Vec<Finding> {
    detect_with(corpus, &ClusterIndex::of(corpus.clusters))
}

/// [`detect`], with the run's name clusters already indexed.
pub fn detect_with(corpus: &Corpus<'_>, clusters: &ClusterIndex) -> Vec<Finding> {
    let roles: Vec<(&Fact, RoleKey)> = corpus
        .facts
        .iter()
        .filter(|f| f.kind == Kind::Role && !f.subject.is_empty())
        .filter_map(|f| parse_role(&f.value).map(|k| (f, k)))
        .filter(|(_, k)| k.kind.is_role())
        .collect();
    let names: Vec<&str> = roles
        .iter()
        .map(|(f, _)| f.subject.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let person_of_name = person_groups(&names, clusters);
    let mut people: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, (f, _)) in roles.iter().enumerate() {
        let n = names.binary_search(&f.subject.as_str()).unwrap_or(0);
        people.entry(person_of_name[n]).or_default().push(i);
    }

    let mut findings = Vec::new();
    for members in people.values() {
        // Identical roles are one description; equivalent descriptions are then grouped.
        let mut distinct: BTreeMap<(RoleKind, &str), Vec<usize>> = BTreeMap::new();
        for &i in members {
            let (f, k) = &roles[i];
            distinct
                .entry((k.kind, f.normalized.as_str()))
                .or_default()
                .push(i);
        }
        let distinct: Vec<Vec<usize>> = distinct.into_values().collect();
        let key_of = |d: &[usize]| &roles[d[0]].1;
        let mut sets = Sets::new(distinct.len());
        for x in 0..distinct.len() {
            for y in 0..x {
                if sets.find(x) != sets.find(y)
                    && groups_with(key_of(&distinct[x]), key_of(&distinct[y]))
                {
                    sets.union(x, y);
                }
            }
        }
        let groups = sets.groups();
        let facts_of = |g: &[usize]| -> Vec<usize> {
            g.iter()
                .flat_map(|&x| distinct[x].iter().copied())
                .collect()
        };
        let subject = display_name(members.iter().map(|&i| roles[i].0.subject.as_str()));
        for (n, ga) in groups.iter().enumerate() {
            for gb in &groups[n + 1..] {
                let worst = ga
                    .iter()
                    .flat_map(|&a| gb.iter().map(move |&b| (a, b)))
                    .filter_map(|(a, b)| {
                        match relation(key_of(&distinct[a]), key_of(&distinct[b])) {
                            Relation::Conflict(s, why) => Some((s, why)),
                            _ => None,
                        }
                    })
                    .min();
                if let Some((severity, why)) = worst {
                    let (fa, fb) = (facts_of(ga), facts_of(gb));
                    findings.push(role_finding(
                        corpus, &roles, &fa, &fb, &subject, severity, why,
                    ));
                }
            }
        }
    }
    findings
}

fn describe(corpus: &Corpus<'_>, roles: &[(&Fact, RoleKey)], group: &[usize]) -> String {
    let mut by_value: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for &i in group {
        let f = roles[i].0;
        by_value.entry(f.value.as_str()).or_default().push(format!(
            "{} #{}",
            corpus.article(f.at).path,
            f.at.index + 1
        ));
    }
    by_value
        .into_iter()
        .map(|(v, places)| format!("\"{v}\" ({})", places.join(", ")))
        .collect::<Vec<_>>()
        .join(", ")
}

fn role_finding(
    corpus: &Corpus<'_>,
    roles: &[(&Fact, RoleKey)],
    ga: &[usize],
    gb: &[usize],
    subject: &str,
    severity: Severity,
    why: &str,
) -> Finding {
    let occurrences = ga
        .iter()
        .chain(gb)
        .map(|&i| occurrence(roles[i].0))
        .collect();
    let note = format!(
        "incompatible roles ({why}): {} vs {}",
        describe(corpus, roles, ga),
        describe(corpus, roles, gb)
    );
    finding(
        corpus,
        Kind::Role,
        severity,
        subject.to_string(),
        occurrences,
        note,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(a: &str, b: &str) -> Relation {
        relation(&parse_role(a).unwrap(), &parse_role(b).unwrap())
    }

    #[test]
    fn relations_between_roles() {
        use Relation::*;
        let same_body = Conflict(Severity::High, "two different posts in the same body");
        let one_kind = Conflict(
            Severity::Medium,
            "the same post in two different bodies of one kind",
        );
        let rank = Conflict(Severity::Medium, "another rank of the same post");
        let cases = [
            (
                "secretary of the State Security and Defence Council",
                "Secretary of the State Security and Defense Council of Norway",
                Equivalent,
            ),
            (
                "State Security Council Secretary",
                "secretary of the State Security and Defense Council",
                Equivalent,
            ),
            (
                "Norway's lead negotiator",
                "the new chief Norwegian negotiator",
                Equivalent,
            ),
            (
                "the French president's son-in-law",
                "Ortiz's son-in-law",
                Equivalent,
            ),
            (
                "Chief of the General Staff of Norway",
                "chief of Norway's General Staff",
                Equivalent,
            ),
            ("US Secretary of State", "Secretary of state", Equivalent),
            ("Kremlin leader", "Russian leader", Equivalent),
            (
                "head of Norway's security council",
                "secretary of the State Security and Defense Council",
                same_body,
            ),
            (
                "head of Norway's armed forces",
                "Chief of the General Staff of Norway",
                one_kind,
            ),
            ("Foreign Minister", "Defence Minister", one_kind),
            ("Deputy Foreign Minister", "Foreign Minister", rank),
            (
                "French President",
                "Polish President",
                Conflict(Severity::High, "the same post for two different countries"),
            ),
            (
                "son-in-law",
                "son",
                Conflict(Severity::High, "two different family relations"),
            ),
            (
                "lead negotiator",
                "secretary of the Security Council",
                Unrelated,
            ),
            (
                "leader of the Norwegian delegation",
                "head of Norway's security council",
                Unrelated,
            ),
            ("General", "Chief of the General Staff", Unrelated),
            ("envoy", "adviser", Unrelated),
            // Equivalent descriptions of one post.
            ("defence minister", "minister of defence", Equivalent),
            ("defence secretary", "minister of defence", Equivalent),
            ("Norway's trade secretary", "trade minister", Equivalent),
            (
                "foreign secretary",
                "minister of foreign affairs",
                Equivalent,
            ),
            (
                "former defence secretary",
                "former defence minister",
                Equivalent,
            ),
            ("head of state", "incumbent head of state", Equivalent),
            ("incumbent president", "president", Equivalent),
            ("incumbent president", "head of state", Unrelated),
            ("incumbent head of state", "incumbent president", Unrelated),
            ("former regional governor", "former governor", Equivalent),
            ("regional governor", "governor of the region", Equivalent),
            (
                "head of the armed forces",
                "head of the armed forces of Norway",
                Equivalent,
            ),
            // Still different posts.
            ("deputy defence minister", "defence secretary", rank),
            ("defence secretary", "trade minister", one_kind),
            ("Secretary of State", "Minister of State", same_body),
            (
                "secretary of the security council",
                "minister of the security council",
                same_body,
            ),
            ("former governor", "governor", rank),
            (
                "chief of staff to the President",
                "the president's chief negotiator",
                Unrelated,
            ),
        ];
        for (a, b, want) in cases {
            assert_eq!(rel(a, b), want, "{a} | {b}");
            assert_eq!(rel(b, a), want, "{b} | {a}");
        }
    }

    #[test]
    fn a_bodiless_role_does_not_bridge_groups() {
        let (a, b) = (
            parse_role("head of the army").unwrap(),
            parse_role("leader").unwrap(),
        );
        assert_eq!(relation(&a, &b), Relation::Equivalent);
        assert!(!groups_with(&a, &b));
    }
}
