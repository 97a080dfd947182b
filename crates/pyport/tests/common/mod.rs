//! What the LLM end-to-end tests share: a project directory with a program and a `pyport.toml`
//! pointing providers at local mock servers, a private home (config, cache), and the runs of
//! the real `pyport` binary in it.
#![allow(dead_code)] // Each test binary uses its own subset.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of `pyport` did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The whole run, for assertion messages.
    pub fn dump(&self) -> String {
        format!("exit {}\n--- stdout\n{}--- stderr\n{}", self.code, self.stdout, self.stderr)
    }

    /// The first stdout line starting with `label` (a report line such as `verdict     …`).
    pub fn line(&self, label: &str) -> &str {
        self.stdout.lines().find(|l| l.starts_with(label)).unwrap_or_else(|| panic!("no `{label}` line\n{}", self.dump()))
    }
}

/// A working directory holding the program(s) and `pyport.toml`, and a private home directory.
pub struct Project {
    pub dir: tempfile::TempDir,
    pub home: tempfile::TempDir,
    /// The API key the configuration names through `PYPORT_E2E_KEY`.
    key: &'static str,
}

impl Project {
    /// A project whose program is `prog.py`.
    pub fn new(program: &str, config: &str, key: &'static str) -> Project {
        Project::with_files(&[("prog.py", program)], config, key)
    }

    /// A project with `files` (paths relative to it, folders made as needed).
    pub fn with_files(files: &[(&str, &str)], config: &str, key: &'static str) -> Project {
        let p = Project { dir: tempfile::tempdir().unwrap(), home: tempfile::tempdir().unwrap(), key };
        for (rel, text) in files {
            let path = p.path(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        p.config(config);
        p
    }

    /// Replaces `pyport.toml`.
    pub fn config(&self, text: &str) {
        std::fs::write(self.path("pyport.toml"), text).unwrap();
    }

    /// `rel` inside the private home directory.
    pub fn home_path(&self, rel: &str) -> PathBuf {
        self.home.path().join(rel)
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Runs `pyport ARGS` in the project with a predictable environment.
    pub fn pyport(&self, args: &[&str]) -> Run {
        self.pyport_with_path(args, None)
    }

    /// Like `pyport`, with `$PATH` replaced when `path` is given.
    pub fn pyport_with_path(&self, args: &[&str], path: Option<&Path>) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyport"));
        cmd.args(args)
            .current_dir(self.dir.path())
            .env("PYPORT_E2E_KEY", self.key)
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("PYPORT_CACHE_DIR", self.home.path().join("cache"))
            .env_remove("PYPORT_PYTHON")
            .env_remove("RUSTC")
            .env_remove("CXX")
            .env_remove("CXXFLAGS");
        if let Some(p) = path {
            cmd.env("PATH", p);
        }
        let out = cmd.output().expect("cannot run pyport");
        Run {
            code: out.status.code().expect("killed by a signal"),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }
}
