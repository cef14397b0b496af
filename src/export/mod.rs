//! Writing the graph for other tools, one module per format, and reading the native
//! node-link JSON back. Files are written atomically: to a temporary file in the same
//! directory, then renamed into place, so an interrupted run leaves the old file intact.

pub mod dot;
pub mod json;

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The temporary file that [`write_atomic`] writes `path` through:
/// `DIR/.NAME.PID.tmp`, in the same directory (so the rename cannot cross file systems).
pub fn temporary_path(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes the graph's two files, node-link JSON and DOT, each atomically, on two threads
/// at once (they only read the graph). The first error is returned; a file whose write
/// failed keeps its old content.
pub fn write_graph_files(
    graph: &crate::KnowledgeGraph,
    json_path: &Path,
    dot_path: &Path,
    options: &dot::DotOptions,
) -> Result<()> {
    std::thread::scope(|scope| {
        let dot =
            scope.spawn(|| write_atomic_with(dot_path, |out| dot::write_dot(graph, options, out)));
        let json = write_atomic_with(json_path, |out| json::write_json(graph, out));
        let dot = dot
            .join()
            .unwrap_or_else(|_| Err(Error::Invalid("internal error writing DOT".into())));
        json.and(dot)
    })
}

/// Writes `bytes` to `path` atomically (temporary file + rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// Writes `path` atomically with `write`, which streams the content: into a temporary
/// file in the same directory, flushed to disk, then renamed over `path`. If anything
/// fails (or the process is killed) before the rename, `path` keeps its old content and
/// the temporary file is removed where possible.
pub fn write_atomic_with<F>(path: &Path, write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
{
    let temporary = temporary_path(path);
    let result = (|| -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temporary)?;
        write(&mut file)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temporary, path)?;
        // Make the rename itself durable where the platform allows it.
        if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if let Ok(dir) = std::fs::File::open(dir) {
                let _ = dir.sync_all();
            }
        }
        Ok(())
    })();
    if let Err(err) = result {
        let _ = std::fs::remove_file(&temporary);
        return Err(Error::io(path, err));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("standpunkt-atomic-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = scratch("ok");
        let path = dir.join("g.json");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = scratch("fail");
        let path = dir.join("g.json");
        write_atomic(&path, b"old").unwrap();
        let err = write_atomic_with(&path, |out| {
            out.write_all(b"half of the new")?;
            Err(std::io::Error::other("interrupted"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("g.json: interrupted"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert!(!temporary_path(&path).exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_missing_directory_is_an_error_naming_the_file() {
        let err = write_atomic(Path::new("/nonexistent-dir/x/g.json"), b"x").unwrap_err();
        assert!(
            err.to_string().starts_with("/nonexistent-dir/x/g.json:"),
            "{err}"
        );
    }
}
