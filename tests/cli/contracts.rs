//! The contract schemas travel with the project, in `contracts/` (SPEC.md: "Both
//! contracts are also written as JSON Schemas"); the tests of `due`, `list` and `report`
//! validate real output against them.

use std::path::Path;

/// Every file in `contracts/` is a JSON Schema that compiles (a broken schema would
/// make every contract test pass or fail for the wrong reason), and the ones the
/// outputs are checked against are there.
#[test]
fn every_contract_is_a_valid_schema() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("contracts/{name} is not JSON: {e}"));
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "contracts/{name}"
        );
        jsonschema::meta::validate(&schema).unwrap_or_else(|e| panic!("contracts/{name}: {e}"));
        jsonschema::options()
            .build(&schema)
            .unwrap_or_else(|e| panic!("contracts/{name}: {e}"));
        names.push(name);
    }
    for contract in ["due.schema.json", "list.schema.json", "report.schema.json"] {
        assert!(
            names.iter().any(|n| n == contract),
            "contracts/{contract} is missing"
        );
    }
}
