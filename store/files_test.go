package store

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// Helpers that make and inspect diary files for the tests.

// diaryFile makes a closed diary of nights, and of the profile p when it is
// not nil, in a fresh directory, and returns its path.
func diaryFile(tb testing.TB, p *diary.Profile, nights []diary.Night) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "diary.db")
	s := mustOpen(tb, path, Options{NoSnapshot: true})
	if err := s.Import(p, nights); err != nil {
		tb.Fatal(err)
	}
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// mustOpen opens the diary at path, or fails the test.
func mustOpen(tb testing.TB, path string, opts Options) *Store {
	tb.Helper()
	s, err := Open(path, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// newDiaryFile makes a closed diary holding a few nights and returns its path.
func newDiaryFile(t *testing.T, nights int) string {
	t.Helper()
	return diaryFile(t, nil, realisticNights(11, date(2026, 1, 1), nights))
}

func mode(t *testing.T, path string) fs.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

// untouched records a file's bytes and backdated mtime, and the names in
// its directory, to show later that nothing wrote to any of them.
type untouched struct {
	path  string
	bytes []byte
	mtime time.Time
	names []string
}

func recordUntouched(t *testing.T, path string) untouched {
	t.Helper()
	mtime := time.Date(2020, 2, 2, 2, 2, 2, 0, time.UTC)
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
	return untouched{path: path, bytes: readFile(t, path), mtime: mtime, names: dirNames(t, filepath.Dir(path))}
}

func (u untouched) check(t *testing.T) {
	t.Helper()
	if !slices.Equal(readFile(t, u.path), u.bytes) {
		t.Fatal("the file's bytes changed")
	}
	fi, err := os.Stat(u.path)
	if err != nil {
		t.Fatal(err)
	}
	if !fi.ModTime().Equal(u.mtime) {
		t.Fatalf("the file's mtime changed to %v", fi.ModTime())
	}
	if got := dirNames(t, filepath.Dir(u.path)); !slices.Equal(got, u.names) {
		t.Fatalf("the directory changed: %v, was %v", got, u.names)
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// scribble overwrites n bytes at off with seeded random bytes.
func scribble(t *testing.T, path string, off, n int64, seed uint64) {
	t.Helper()
	b := make([]byte, n)
	r := rand.New(rand.NewPCG(seed, 0))
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(b, off); err != nil {
		t.Fatal(err)
	}
}

// withBolt runs fn in a bbolt read-write transaction on path, with bbolt
// directly, to build files the store would never write.
func withBolt(t *testing.T, path string, opts *bolt.Options, fn func(*bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func putMeta(format, schema string) func(*bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if err := b.Put(keyFormat, []byte(format)); err != nil {
			return err
		}
		return b.Put(keySchema, []byte(schema))
	}
}
