//! Argument parsing of `cargo xtask bench`.

use super::options::parse;

fn args(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_soak_runs_only_when_named_and_alone() {
    let all = parse(&args(&[])).unwrap();
    assert!(!all.soak && all.page && all.wants_contenders());
    let soak = parse(&args(&["--only", "soak", "--minutes", "3"])).unwrap();
    assert!(soak.soak && !soak.page && !soak.wants_contenders());
    assert_eq!(soak.minutes, 3.0);
    assert_eq!(parse(&args(&["--only=soak"])).unwrap().minutes, 30.0);
    for bad in [&["--minutes", "0"][..], &["--minutes", "x"], &["--bogus"]] {
        assert!(parse(&args(bad)).is_err(), "{bad:?}");
    }
}

#[test]
fn workloads_and_contenders_are_chosen_by_name() {
    let w2 = parse(&args(&["w2", "--only", "native,page", "--runs", "2"])).unwrap();
    assert_eq!(w2.workloads, ["w2"]);
    assert!(w2.wants("native") && !w2.wants("tfjs-cpu") && w2.page && !w2.soak);
    assert_eq!(w2.runs, 2);
}
