//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// Damage to bbolt's index (its branch pages) that sends bbolt's cursors
// round forever: every read must still finish, read what the index still
// reaches, and write nothing (pagewalk.go).

// readersDeadline is how long all the reads of one damaged diary may take:
// a few milliseconds each when they work; a loop never ends.
const readersDeadline = 20 * time.Second

// readsWithin runs fn on a goroutine and fails the test when it has not
// returned by the deadline: a read that loops would hang the test instead.
func readsWithin(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(readersDeadline):
		t.Fatalf("%s did not finish within %v: a read follows the damaged index round", what, readersDeadline)
	}
}

// everyRead is what the reading commands ask of a diary at path (list,
// export, status, show, week, insights, report, check, and the screens'
// load): each must return. It returns the read-only store's answers.
type everyRead struct {
	openErr  error
	nights   []diary.Night
	problems []CheckProblem
	check    CheckReport
}

func readEverything(t *testing.T, path string) everyRead {
	t.Helper()
	var got everyRead
	readsWithin(t, "the reads", func() {
		s, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			got.openErr = err
			return
		}
		defer s.Close()
		_, _, _ = s.SoundProfile()
		got.nights, got.problems, _ = s.SoundNights(diary.NewDate(diary.MinYear, 1, 1), diary.NewDate(diary.MaxYear, 12, 31))
		_, _, _ = s.SoundTrials()
		_, _ = s.Acks()
		_, _ = s.AllNights()
		_, _ = s.Nights(date(2026, 1, 1), date(2026, 3, 1))
		_, _ = s.Night(date(2026, 1, 10))
		_, _ = s.Count()
		_, _ = s.Profile()
		_, _ = s.Trials()
		got.check, _ = s.Check()
		_ = s.Damage()
		f := &File{path: path, opts: Options{NoSnapshot: true}, nights: map[diary.Date]uint32{}}
		_, _, _ = f.Load()
	})
	return got
}

// readDamagedIndex records the file at path as it is and runs every read on
// it: it must open to read, and check's first problem must say says.
func readDamagedIndex(t *testing.T, path, says string) (everyRead, untouched) {
	t.Helper()
	u := recordUntouched(t, path)
	got := readEverything(t, path)
	if got.openErr != nil {
		t.Fatalf("a diary with a damaged index does not open to read: %v", got.openErr)
	}
	if got.check.Sound() || !strings.Contains(got.check.Problems[0].Problem, says) {
		t.Errorf("check found %v, want first %q", got.check.Problems, says)
	}
	return got, u
}

// seed56File is the 80-night diary of FuzzDamagedFile with the one damage
// the random damage driver (PCG seed 5, 6: 1–3 runs of 1–32 random bytes at
// random offsets) met as file 12,637: eight bytes over the header of the
// nights bucket's branch page, which then claims 64,004 entries and
// 3,502,545,373 more pages. bbolt's Cursor.Last read entries far past the
// page and never came back (list, export and status hung in Store.ends).
func seed56File(t *testing.T) string {
	t.Helper()
	path := eightyNightDiary(t)
	root, pageSize := nightsRoot(t, path)
	if root != 8 || pageSize != 4096 {
		t.Fatalf("the 80-night diary's nights root is page %d of %d bytes; the pinned damage was found at page 8 of 4096", root, pageSize)
	}
	b := readFile(t, path)
	copy(b[32779:], []byte{0xfa, 0xdd, 0x99, 0xc4, 0xd0, 0x1b, 0xdf, 0x8c})
	writeFile(t, path, b)
	return path
}

func TestSeed56DamageIsReadAroundAndNeverWritten(t *testing.T) {
	path := seed56File(t)
	got, u := readDamagedIndex(t, path, "page 8 claims 3502545373 more pages")
	if len(got.nights) != 0 || len(got.problems) == 0 {
		t.Errorf("the nights root is damaged, so no night can be reached: got %d nights and problems %v", len(got.nights), got.problems)
	}
	u.check(t)
	readsWithin(t, "opening to write", func() { assertRefusedUntouched(t, path, "page 8 claims 3502545373 more pages") })
}

// TestIndexCycleIsReadAround points an entry of a branch page of the nights
// index at the page itself or at an ancestor — what a flipped bit in a page
// number can do — at a page reached already, and past the end of the file,
// and expects every read to finish; the reading side to give every night
// the index still reaches, exactly as saved, and to say which nights it
// cannot reach; check to find it; and a write to be refused, with the file
// and its folder untouched.
func TestIndexCycleIsReadAround(t *testing.T) {
	// A ten-year diary's nights index has three levels: a root branch, two
	// branches below it, and the leaves.
	for _, c := range []struct {
		name string
		// branch is given the root page and its two children, and names
		// the entry of a branch page to damage (a negative entry counts
		// from the end) and the page it is to point to.
		branch func(root, low, high int) (page, entry int, to int)
	}{
		{"the last entry of a lower branch to the root", func(root, _, high int) (int, int, int) { return high, -1, root }},
		{"the first entry of the root to itself", func(root, _, _ int) (int, int, int) { return root, 0, root }},
		{"a middle entry of a lower branch to itself", func(_, low, _ int) (int, int, int) { return low, 20, low }},
		{"the last entry of the root to its first", func(root, low, _ int) (int, int, int) { return root, -1, low }},
		{"a middle entry of a lower branch past the end of the file", func(_, _, high int) (int, int, int) { return high, 30, 1 << 40 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			path, nights := damagedDiary(t, 3650, date(2016, 1, 1))
			root, ps := nightsRoot(t, path)
			b := readFile(t, path)
			ne := binary.NativeEndian
			child := func(page, i int) (at int, key string) {
				p := b[page*ps:]
				if ne.Uint16(p[8:]) != boltBranchFlag {
					t.Fatalf("page %d is not a branch page", page)
				}
				if i < 0 {
					i += int(ne.Uint16(p[10:]))
				}
				e := boltPageHeader + 16*i
				pos, ksize := int(ne.Uint32(p[e:])), int(ne.Uint32(p[e+4:]))
				return page*ps + e + 8, string(p[e+pos : e+pos+ksize])
			}
			low, _ := child(root, 0)
			high, _ := child(root, 1)
			lowID, highID := int(ne.Uint64(b[low:])), int(ne.Uint64(b[high:]))
			page, entry, to := c.branch(root, lowID, highID)
			at, firstLost := child(page, entry)
			ne.PutUint64(b[at:], uint64(to))
			writeFile(t, path, b)
			got, u := readDamagedIndex(t, path, "the file's index is damaged")
			// The nights read are each as saved; the ones missing are one
			// run from the entry that was damaged on, and the problem
			// names where it starts.
			var lost []diary.Date
			j := 0
			for _, n := range nights {
				if j < len(got.nights) && got.nights[j].Date == n.Date {
					if !got.nights[j].Equal(n) {
						t.Fatalf("night %s reads differently", n.Date)
					}
					j++
					continue
				}
				lost = append(lost, n.Date)
			}
			if j != len(got.nights) {
				t.Fatalf("%d nights read that were never saved", len(got.nights)-j)
			}
			if len(lost) == 0 || lost[0].String() != firstLost || lost[len(lost)-1].DaysSince(lost[0]) != len(lost)-1 {
				t.Fatalf("lost %d nights from %v, want one run from %s", len(lost), lost[:min(len(lost), 3)], firstLost)
			}
			words := strings.Join(slices.Collect(func(yield func(string) bool) {
				for _, p := range got.problems {
					yield(p.String())
				}
			}), "; ")
			if !strings.Contains(words, "from "+firstLost) && !strings.Contains(words, "nights "+firstLost+" to "+lost[len(lost)-1].String()) {
				t.Errorf("the problems %q do not say the nights from %s cannot be reached", words, firstLost)
			}
			u.check(t)
			readsWithin(t, "opening to write", func() { assertRefusedUntouched(t, path, "the file's index is damaged") })
		})
	}
}

// TestReadOnlyStoreOfADamagedIndexRefusesPlainReads: only the Sound reads
// read around a damaged index; the plain ones say it is damaged, so that no
// command takes a part of the diary for the whole.
func TestReadOnlyStoreOfADamagedIndexRefusesPlainReads(t *testing.T) {
	s := mustOpen(t, seed56File(t), Options{ReadOnly: true})
	defer s.Close()
	_, err1 := s.AllNights()
	_, err2 := s.Count()
	_, err3 := s.Night(date(2026, 1, 5))
	for i, err := range []error{err1, err2, err3} {
		if _, ok := IsDamaged(err); !ok || !errors.Is(err, ErrNotDiary) {
			t.Errorf("read %d = %v, want a *DamageError", i, err)
		}
	}
	if err := s.PutNight(diary.Night{Date: date(2026, 5, 1)}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("PutNight = %v, want ErrReadOnly", err)
	}
}

// eightyNightDiary is a closed diary of the 80 nights FuzzDamagedFile
// damages: realisticNights(9) from 1 January 2026.
func eightyNightDiary(tb testing.TB) string {
	tb.Helper()
	return diaryFile(tb, nil, realisticNights(9, date(2026, 1, 1), 80))
}

// damageFiles is how many damaged files TestRandomDamageEveryReadFinishes
// reads: 150 by default, more on demand
// (go test ./store -run RandomDamage -damage-files 20000).
var damageFiles = flag.Int("damage-files", 150, "how many randomly damaged diaries TestRandomDamageEveryReadFinishes reads")

// randomDamage writes 1–3 runs of 1–32 random bytes at random offsets into
// b, the damage driver's draw (PCG seed 5, 6 found seed56File).
func randomDamage(rng *rand.Rand, b []byte) {
	for range 1 + rng.IntN(3) {
		n := 1 + rng.IntN(32)
		at := rng.IntN(len(b) - n)
		for j := range n {
			b[at+j] = byte(rng.UintN(256))
		}
	}
}

// TestRandomDamageEveryReadFinishes damages the 80-night diary at random,
// file after file, and holds every read to finishing within the deadline,
// writing nothing; and an open for writing on a day its snapshot is due
// (when every value and page is checked) to be refused unless the diary
// passes every check.
func TestRandomDamageEveryReadFinishes(t *testing.T) {
	seed := readFile(t, eightyNightDiary(t))
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range *damageFiles {
		b := bytes.Clone(seed)
		randomDamage(rng, b)
		path := filepath.Join(dir, fmt.Sprintf("diary-%d.db", i))
		writeFile(t, path, b)
		readEverything(t, path)
		if !bytes.Equal(readFile(t, path), b) {
			t.Fatalf("file %d: a read wrote to it", i)
		}
		readsWithin(t, "opening to write", func() {
			s, err := Open(path, Options{Now: fixedNow})
			if err != nil {
				return
			}
			defer s.Close()
			if r := s.Damage(); !r.Sound() {
				t.Errorf("file %d: a write was allowed on a diary with %v", i, r.Problems)
			}
		})
		if err := os.Remove(path); err != nil {
			t.Fatal(err)
		}
	}
}

// TestIndexWalkFindsEachKindOfDamage damages the 80-night diary's index in
// each way the walk checks for, and expects the walk to name it, every read
// to finish, and a write to be refused with the file untouched.
func TestIndexWalkFindsEachKindOfDamage(t *testing.T) {
	ne := binary.NativeEndian
	// meta is the meta page bbolt reads the diary at path through.
	meta := func(t *testing.T, path string) boltMeta {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		fi, _ := f.Stat()
		p, _, m := preflight(f, fi.Size())
		if p != "" {
			t.Fatal(p)
		}
		return m
	}
	for _, c := range []struct {
		name string
		hurt func(b []byte, m boltMeta, nightsRoot int)
		says string
	}{
		{"an entry pointing to the free list", func(b []byte, m boltMeta, root int) {
			ne.PutUint64(b[root*4096+boltPageHeader+8:], m.freelist)
		}, "which is not an index page"},
		{"an entry running past its page", func(b []byte, _ boltMeta, root int) {
			leaf := int(ne.Uint64(b[root*4096+boltPageHeader+8:]))
			ne.PutUint32(b[leaf*4096+boltPageHeader+4:], 1<<20) // the first entry's position
		}, "entry 0 runs past the end of the page"},
		{"a page in use listed as free", func(b []byte, m boltMeta, root int) {
			fl := b[m.freelist*4096:]
			n := int(ne.Uint16(fl[10:]))
			ne.PutUint64(fl[boltPageHeader+8*n:], uint64(root))
			ne.PutUint16(fl[10:], uint16(n+1))
		}, "is in use and also listed as free"},
		{"a small bucket's page marked a branch", func(b []byte, m boltMeta, _ int) {
			top := b[m.root*4096:]
			for i := range int(ne.Uint16(top[10:])) {
				e := boltPageHeader + 16*i
				pos, ksize := int(ne.Uint32(top[e+4:])), int(ne.Uint32(top[e+8:]))
				if string(top[e+pos:e+pos+ksize]) == "meta" {
					ne.PutUint16(top[e+pos+ksize+boltBucketHeader+8:], boltBranchFlag)
					return
				}
			}
			panic("no meta bucket")
		}, `the bucket "meta" holds a page of the wrong kind`},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := eightyNightDiary(t)
			root, ps := nightsRoot(t, path)
			if ps != 4096 {
				t.Skipf("pages of %d bytes", ps)
			}
			m := meta(t, path)
			b := readFile(t, path)
			c.hurt(b, m, root)
			writeFile(t, path, b)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			problems, _, err := walkFile(f, m, false)
			f.Close()
			if err != nil || len(problems) == 0 || !strings.Contains(problems[0], c.says) {
				t.Fatalf("the walk found %q, %v; want %q", problems, err, c.says)
			}
			u := recordUntouched(t, path)
			readEverything(t, path)
			u.check(t)
			readsWithin(t, "opening to write", func() { assertRefusedUntouched(t, path, c.says) })
		})
	}
}
