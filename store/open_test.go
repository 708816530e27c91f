//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	bolt "go.etcd.io/bbolt"
)

func TestNewDiaryIsPrivate(t *testing.T) {
	old := syscall.Umask(0) // the modes must not depend on the user's umask
	defer syscall.Umask(old)
	root := t.TempDir()
	if err := os.Chmod(root, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "a", "b", "diary.db")
	s := mustOpen(t, path, Options{NoSnapshot: true})
	defer s.Close()
	if got := mode(t, path); got != 0o600 {
		t.Errorf("diary mode %o, want 600", got)
	}
	for _, dir := range []string{filepath.Join(root, "a"), filepath.Join(root, "a", "b")} {
		if got := mode(t, dir); got != 0o700 {
			t.Errorf("created directory %s has mode %o, want 700", dir, got)
		}
	}
	if got := mode(t, root); got != 0o755 {
		t.Errorf("an existing directory was changed to %o", got)
	}
	if r, err := s.Check(); err != nil || r.SchemaVersion != SchemaVersion || r.Nights != 0 {
		t.Fatalf("Check of a new diary = %+v, %v", r, err)
	}
	if len(s.Warnings()) != 0 {
		t.Fatalf("warnings on a plain open: %v", s.Warnings())
	}
}

func TestWideDiaryIsTightened(t *testing.T) {
	path := newDiaryFile(t, 3)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	ro := mustOpen(t, path, Options{ReadOnly: true})
	ro.Close()
	if got := mode(t, path); got != 0o644 {
		t.Fatalf("a read-only open changed the mode to %o", got)
	}
	s := mustOpen(t, path, Options{NoSnapshot: true})
	s.Close()
	if got := mode(t, path); got != 0o600 {
		t.Fatalf("mode after a read-write open %o, want 600", got)
	}
}

// TestEmptyFilesBecomeDiaries: a 0-byte file, or a bbolt file that never got
// past its creation, holds nothing to lose and is set up as a new diary.
func TestEmptyFilesBecomeDiaries(t *testing.T) {
	dir := t.TempDir()
	zero := filepath.Join(dir, "zero.db")
	writeFile(t, zero, nil)
	blank := filepath.Join(dir, "blank.db")
	db, err := bolt.Open(blank, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, path := range []string{zero, blank} {
		s, err := Open(path, Options{NoSnapshot: true})
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(path), err)
		}
		if err := s.PutNight(realisticNight(1, date(2026, 1, 1))); err != nil {
			t.Fatal(err)
		}
		if r, err := s.Check(); err != nil || r.Nights != 1 {
			t.Fatalf("%s: Check = %+v, %v", filepath.Base(path), r, err)
		}
		s.Close()
	}
}

func TestDamagedOrForeignFilesAreRefusedAndUntouched(t *testing.T) {
	page := int64(os.Getpagesize())
	cases := []struct {
		name string
		make func(t *testing.T) string
		want error
		says string
	}{
		{"random bytes over the first pages", func(t *testing.T) string {
			p := newDiaryFile(t, 200)
			scribble(t, p, 0, 4*page, 1)
			return p
		}, ErrNotDiary, "meta page 0 is not a bbolt page"},
		{"both meta pages damaged", func(t *testing.T) string {
			p := newDiaryFile(t, 200)
			b := readFile(t, p)
			b[boltPageHeader+40] ^= 1 // the high-water mark
			b[page+boltPageHeader+40] ^= 1
			writeFile(t, p, b)
			return p
		}, ErrNotDiary, "meta page 0 fails its checksum"},
		{"cut short on a page boundary", func(t *testing.T) string {
			p := newDiaryFile(t, 2000)
			if err := os.Truncate(p, 6*page); err != nil {
				t.Fatal(err)
			}
			return p
		}, ErrNotDiary, "it was cut short"},
		{"cut short inside a page", func(t *testing.T) string {
			p := newDiaryFile(t, 200)
			fi, _ := os.Stat(p)
			if err := os.Truncate(p, fi.Size()-100); err != nil {
				t.Fatal(err)
			}
			return p
		}, ErrNotDiary, "not a whole number"},
		{"cut to three pages", func(t *testing.T) string {
			p := newDiaryFile(t, 10)
			if err := os.Truncate(p, 3*page); err != nil {
				t.Fatal(err)
			}
			return p
		}, ErrNotDiary, ""},
		{"a text file", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "diary.db")
			writeFile(t, p, []byte("2026-11-21 calf cramp, 4 minutes\n"))
			return p
		}, ErrNotDiary, "too small"},
		{"a large file of zeros", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "diary.db")
			writeFile(t, p, make([]byte, 64*1024))
			return p
		}, ErrNotDiary, "not a bbolt page"},
		{"another program's bbolt database", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "other.db")
			withBolt(t, p, nil, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucket([]byte("widgets"))
				if err != nil {
					return err
				}
				return b.Put([]byte("k"), []byte("v"))
			})
			return p
		}, ErrNotDiary, "another program"},
		{"a bbolt database whose free list a read-write open would write", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "other.db")
			withBolt(t, p, &bolt.Options{NoFreelistSync: true}, func(tx *bolt.Tx) error {
				_, err := tx.CreateBucket([]byte("widgets"))
				return err
			})
			return p
		}, ErrNotDiary, "another program"},
		{"a meta bucket of another program", func(t *testing.T) string {
			p := filepath.Join(t.TempDir(), "other.db")
			withBolt(t, p, nil, putMeta("something-else", "2"))
			return p
		}, ErrNotDiary, "not marked as a cramps diary"},
		{"a schema that is not a number", func(t *testing.T) string {
			p := newDiaryFile(t, 5)
			withBolt(t, p, nil, putMeta(formatMarker, "two"))
			return p
		}, ErrNotDiary, `schema version "two"`},
		{"a diary from a newer cramps", func(t *testing.T) string {
			p := newDiaryFile(t, 5)
			withBolt(t, p, nil, putMeta(formatMarker, "4"))
			return p
		}, ErrTooNew, "its schema is 4; this cramps reads up to 3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := c.make(t)
			u := recordUntouched(t, path)
			for _, ro := range []bool{false, true} {
				s, err := Open(path, Options{ReadOnly: ro, Now: fixedNow})
				if err == nil {
					s.Close()
					t.Fatalf("Open(ReadOnly: %v) accepted the file", ro)
				}
				if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.says) {
					t.Fatalf("Open(ReadOnly: %v): err = %v, want %v saying %q", ro, err, c.want, c.says)
				}
				if !strings.HasPrefix(err.Error(), "open diary "+path+": ") {
					t.Fatalf("error %q does not name the file", err)
				}
				u.check(t)
			}
		})
	}
}

// TestDamagedDataPages scribbles over pages behind intact meta pages, where
// preflight cannot see. Whatever bbolt meets there, the store answers with
// an error wrapping ErrNotDiary or with data, never a crash, and reading
// writes nothing.
func TestDamagedDataPages(t *testing.T) {
	page := int64(os.Getpagesize())
	clean := newDiaryFile(t, 800)
	pristine := readFile(t, clean)
	pages := int64(len(pristine)) / page
	refusedOpen, refusedRead := 0, 0
	for seed := range uint64(40) {
		path := filepath.Join(t.TempDir(), "diary.db")
		writeFile(t, path, pristine)
		r := rand.New(rand.NewPCG(seed, 9))
		victim := 2 + r.Int64N(pages-2)
		scribble(t, path, victim*page+r.Int64N(page/2), 1+r.Int64N(page), seed)
		u := recordUntouched(t, path)
		ro := seed%2 == 0 // a writable store that is only read writes nothing either
		s, err := Open(path, Options{ReadOnly: ro, NoSnapshot: true})
		if err != nil {
			if !errors.Is(err, ErrNotDiary) {
				t.Fatalf("seed %d: Open: %v, want ErrNotDiary", seed, err)
			}
			refusedOpen++
			u.check(t)
			continue
		}
		_, errAll := s.AllNights()
		_, errProfile := s.Profile()
		report, errCheck := s.Check()
		s.Close()
		for _, err := range []error{errAll, errProfile, errCheck} {
			if err != nil && !errors.Is(err, ErrNotDiary) {
				t.Fatalf("seed %d: %v, want ErrNotDiary", seed, err)
			}
		}
		if errAll != nil || errProfile != nil {
			refusedRead++
			if errCheck == nil {
				t.Fatalf("seed %d: reading failed (%v, %v) but Check found nothing", seed, errAll, errProfile)
			}
		}
		if errCheck != nil && len(report.Problems) == 0 {
			t.Fatalf("seed %d: Check failed without listing problems", seed)
		}
		u.check(t)
	}
	t.Logf("of 40 damaged files: %d refused at open, %d at reading", refusedOpen, refusedRead)
	if refusedOpen+refusedRead == 0 {
		t.Fatal("no damage was noticed: the test proved nothing")
	}
}
