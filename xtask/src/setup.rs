//! Installs what the build and the tests need, when it is missing: the wasm32 target
//! (rustup), wasm-opt (npm package `binaryen`), Chromium and ChromeDriver (apt, as root).

use crate::{root, run, Result};
use std::path::PathBuf;
use std::process::Command;

fn output(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Adds the `wasm32-unknown-unknown` target through rustup if it is not installed.
pub fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]);
    match installed {
        Some(list) if list.lines().any(|l| l.trim() == "wasm32-unknown-unknown") => Ok(()),
        Some(_) => run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"])),
        None => {
            // No rustup: trust the toolchain; cargo will say if the target is missing.
            Ok(())
        }
    }
}

/// `wasm-opt` from the npm package `binaryen`, pinned in xtask/package-lock.json.
pub fn wasm_opt() -> Result<PathBuf> {
    let dir = root().join("xtask");
    let bin = dir.join("node_modules/.bin/wasm-opt");
    if !bin.exists() {
        if output("npm", &["--version"]).is_none() {
            return Err("npm is needed to install wasm-opt (binaryen): apt-get install -y npm".into());
        }
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&dir))?;
    }
    Ok(bin)
}

pub struct Browser {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

fn which(names: &[&str]) -> Option<PathBuf> {
    names.iter().find_map(|n| output("which", &[n]).map(|p| PathBuf::from(p.trim())))
}

/// Finds Chromium and ChromeDriver; as root installs Debian's packages when missing.
pub fn browser() -> Result<Browser> {
    let find = || {
        Some(Browser {
            chromium: std::env::var_os("CHROMIUM")
                .map(PathBuf::from)
                .or_else(|| which(&["chromium", "chromium-browser", "google-chrome"]))?,
            chromedriver: std::env::var_os("CHROMEDRIVER").map(PathBuf::from).or_else(|| which(&["chromedriver"]))?,
        })
    };
    if let Some(b) = find() {
        return Ok(b);
    }
    let is_root = output("id", &["-u"]).is_some_and(|u| u.trim() == "0");
    if !is_root {
        return Err("the browser tests need Chromium and ChromeDriver. Install them with:\n\n    \
                    sudo apt-get update && sudo apt-get install -y chromium chromium-driver\n"
            .into());
    }
    run(Command::new("apt-get").arg("update").arg("-q"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-q", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    find().ok_or_else(|| "chromium and chromium-driver were installed but are not on PATH".into())
}
