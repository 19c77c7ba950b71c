//! The shipped scenarios validate clean and play to an ending.

use doorstep::cli::collect_scenario_files;
use doorstep::scenario;

use super::repo;

#[test]
fn every_shipped_scenario_validates_without_errors_or_warnings() {
    let files = collect_scenario_files(&[repo().join("scenarios")]).expect("scenarios folder");
    assert!(!files.is_empty());
    for file in files {
        let checked = scenario::load_file(&file).expect("readable");
        let problems: Vec<String> = checked
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
