//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestGuardTurnsAFaultOnTheMappingIntoDamage maps a file, cuts it short and
// reads past its new end: the SIGBUS becomes ErrNotDiary, not a crash.
func TestGuardTurnsAFaultOnTheMappingIntoDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	page := os.Getpagesize()
	if err := os.WriteFile(path, make([]byte, 2*page), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := syscall.Mmap(int(f.Fd()), 0, 2*page, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(m)
	if err := f.Truncate(0); err != nil {
		t.Fatal(err)
	}
	var b byte
	err = guard(func() error { b = m[page+1]; return nil })
	if !errors.Is(err, ErrNotDiary) {
		t.Fatalf("guard after reading past a cut mapping = %v (read %d), want ErrNotDiary", err, b)
	}
}

// TestGuardTurnsBoltsPanicIntoDamage: a panic raised inside bbolt (here its
// refusal to put into a bucket of a read-only transaction is not a panic, so
// the test uses a closed transaction's cursor, which bbolt asserts against)
// is the file's fault as far as guard can tell.
func TestGuardTurnsBoltsPanicIntoDamage(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "b.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err }); err != nil {
		t.Fatal(err)
	}
	tx, err := db.Begin(false)
	if err != nil {
		t.Fatal(err)
	}
	b := tx.Bucket([]byte("x"))
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	err = guard(func() error { b.Cursor().First(); return nil })
	if !errors.Is(err, ErrNotDiary) {
		t.Fatalf("guard around a panic inside bbolt = %v, want ErrNotDiary", err)
	}
}

// TestGuardRaisesOurOwnPanicsAgain: a panic of cramps's own code — a bug, not
// damage — passes through guard unchanged.
func TestGuardRaisesOurOwnPanicsAgain(t *testing.T) {
	for _, tc := range []struct {
		name  string
		panic func()
	}{
		{"a value", func() { panic("a bug of ours") }},
		{"an index out of range", func() {
			var s []int
			i := 3
			_ = s[i]
		}},
		{"a nil pointer", func() {
			var p *struct{ n int }
			p.n++
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r == nil {
					t.Fatal("guard swallowed a panic of our own code")
				}
			}()
			err := guard(func() error { tc.panic(); return nil })
			t.Fatalf("guard returned %v instead of panicking again", err)
		})
	}
}
