package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// writeNewFile writes a new file at path, mode 0600, through a temporary file
// in the same directory that is synced before it takes its name, so the name
// never holds half a copy. With replace false an existing file at path is
// never overwritten: the error wraps fs.ErrExist. Its errors never name the
// temporary file: the caller names path.
func writeNewFile(path string, replace bool, write func(io.Writer) error) error {
	return WithoutFileName(writeNewFileAs(path, replace, write))
}

// WithoutFileName is err without the file name an *fs.PathError or
// *os.LinkError carries, which may be a temporary file's: the caller names
// the file the user gave.
func WithoutFileName(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

func writeNewFileAs(path string, replace bool, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if !replace {
		if _, err := os.Lstat(path); err == nil {
			return errTaken
		}
	}
	tmp, err := os.CreateTemp(dir, "."+base+tempInfix+"*")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	defer func() {
		if tmp != nil {
			_ = tmp.Close()
		}
		_ = os.Remove(tmpName) // gone already once published
	}()
	if err := tmp.Chmod(privateFileMode); err != nil {
		return err
	}
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	err = tmp.Close()
	tmp = nil
	if err != nil {
		return err
	}
	if replace {
		err = os.Rename(tmpName, path)
	} else {
		err = publishNew(tmpName, path)
	}
	if err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// tempInfix marks writeNewFile's temporary copies: "." + name + tempInfix + random.
const tempInfix = ".tmp-"

// errTaken is writeNewFile's refusal to replace a file.
var errTaken = fmt.Errorf("a file is already there; choose a new name: %w", fs.ErrExist)

// publishNew gives the finished file tmp the name path unless path exists.
// A hard link fails atomically when the name is taken; where links are not
// supported (some removable drives) it falls back to a check and a rename.
func publishNew(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		return os.Remove(tmp)
	case errors.Is(err, fs.ErrExist):
		return errTaken
	}
	if _, serr := os.Lstat(path); serr == nil {
		return errTaken
	}
	return os.Rename(tmp, path)
}
