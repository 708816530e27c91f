package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// privateDirMode is the mode of every directory the store creates (SPEC §9).
const privateDirMode = 0o700

// privateFileMode is the mode of the diary and of every copy of it.
const privateFileMode = 0o600

// mkdirPrivate creates dir and any missing parents with mode 0700. It never
// changes the mode of a directory that already exists: that one is the user's.
func mkdirPrivate(dir string) error {
	fi, err := os.Stat(dir)
	if err == nil {
		if !fi.IsDir() {
			return fmt.Errorf("%s is not a directory", dir)
		}
		return nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if parent := filepath.Dir(dir); parent != dir {
		if err := mkdirPrivate(parent); err != nil {
			return err
		}
	}
	if err := os.Mkdir(dir, privateDirMode); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil // made meanwhile by someone else: theirs, left as it is
		}
		return err
	}
	// The umask may have narrowed the mode; this directory is ours to set.
	return os.Chmod(dir, privateDirMode)
}

// syncDir asks for a new name in dir to reach the disk. It is best effort:
// the file it names is whole and synced already, and some file systems
// refuse to sync a directory at all.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
