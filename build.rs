//! Embeds the bundled corpus: writes `$OUT_DIR/seeds.rs` with every `seeds/*.txt`
//! (or every `*.txt` of `$CHRONICLE_SEEDS`, which the page benchmark uses to bundle a
//! large synthetic corpus).

use std::{env, fs, path::Path};

fn main() {
    println!("cargo::rerun-if-env-changed=CHRONICLE_SEEDS");
    let dir = match env::var_os("CHRONICLE_SEEDS") {
        Some(d) => Path::new(&d).to_path_buf(),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"),
    };
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut out = String::from("/// `(file name, bytes)` of every bundled document.\npub static SEEDS: &[(&str, &[u8])] = &[\n");
    for p in &names {
        println!("cargo::rerun-if-changed={}", p.display());
        let name = p.file_name().unwrap().to_string_lossy();
        out += &format!("    ({name:?}, include_bytes!({:?})),\n", p.display().to_string());
    }
    out += "];\n";
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("seeds.rs"), out).unwrap();
}
