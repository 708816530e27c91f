package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/adrg/xdg"
)

func TestDefaultPath(t *testing.T) {
	t.Cleanup(xdg.Reload) // runs after t.Setenv has put the environment back
	data := filepath.Join(t.TempDir(), "data")
	t.Setenv("XDG_DATA_HOME", data)
	xdg.Reload()
	got, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(data, "cramps", "diary.db"); got != want {
		t.Fatalf("DefaultPath() = %q, want %q", got, want)
	}
	if _, err := os.Stat(data); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("DefaultPath created a directory")
	}
}
