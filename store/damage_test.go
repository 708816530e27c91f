//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// The damage suite (SPEC §9, issue 12): each test damages a diary on
// purpose, the way a failing disk or a stray program would, and holds the
// store to its promises: check names every damaged night; a damaged diary is
// never written to and never snapshotted; reading still gives every sound
// night; one damaged meta page is survived.

// damagedDiary is a closed diary of n nights from start, with its nights.
func damagedDiary(t *testing.T, n int, start diary.Date) (string, []diary.Night) {
	t.Helper()
	nights := realisticNights(31, start, n)
	return diaryFile(t, nil, nights), nights
}

// flipInValue flips one byte inside the stored value of night n, wherever
// the file holds it, and reports how many copies it flipped.
func flipInValue(t *testing.T, path string, n diary.Night, at int) int {
	t.Helper()
	k, _ := dateKey(n.Date)
	v := seal(k[:], encodeNight(n))
	b := readFile(t, path)
	flipped := 0
	for off := 0; ; {
		i := bytes.Index(b[off:], v)
		if i < 0 {
			break
		}
		b[off+i+at%len(v)] ^= 0x20
		flipped++
		off += i + len(v)
	}
	if flipped == 0 {
		t.Fatalf("the value of %s is not in the file", n.Date)
	}
	writeFile(t, path, b)
	return flipped
}

// assertRefusedUntouched opens path for writing, on a day its snapshot is
// due and on one it is not, and expects a refusal that names the damage,
// with the file and its folder left as they were: no snapshot.
func assertRefusedUntouched(t *testing.T, path string, says ...string) {
	t.Helper()
	u := recordUntouched(t, path)
	for _, opts := range []Options{{Now: fixedNow}, {NoSnapshot: true}} {
		s, err := Open(path, opts)
		if err == nil {
			s.Close()
			t.Fatalf("a damaged diary opened for writing (%+v)", opts)
		}
		if !errors.Is(err, ErrNotDiary) {
			t.Fatalf("Open = %v, want ErrNotDiary", err)
		}
		for _, w := range says {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Open's error %q does not say %q", err, w)
			}
		}
		u.check(t)
	}
}

// TestFlippedValuesAreEachFoundByNight flips a byte inside the stored values
// of chosen nights — a changed count, a changed note, a changed time, the
// date itself and the checksum — and expects check to name exactly those
// nights, a write to be refused, and every other night to read as saved.
func TestFlippedValuesAreEachFoundByNight(t *testing.T) {
	path, nights := damagedDiary(t, 400, date(2025, 6, 1))
	hit := map[int]int{3: 1, 77: 9, 150: 20, 151: 3, 299: -1, 399: -2} // night index: byte within its value (negative: from the end, the checksum)
	var want []diary.Date
	for _, at := range slices.Sorted(mapKeys(hit)) {
		v := hit[at]
		k, _ := dateKey(nights[at].Date)
		l := len(seal(k[:], encodeNight(nights[at])))
		if v < 0 {
			v += l
		}
		flipInValue(t, path, nights[at], v)
		want = append(want, nights[at].Date)
	}

	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("a diary with damaged values does not open to read: %v", err)
	}
	r, err := ro.Check()
	if err == nil || !errors.Is(err, ErrNotDiary) {
		t.Fatalf("Check = %v, want the damage found", err)
	}
	if got := r.DamagedNights(); !slices.Equal(got, want) {
		t.Fatalf("Check names the nights %v, want exactly %v\n%v", got, want, r.Problems)
	}
	for _, p := range r.Problems {
		if !p.Night.Known() {
			t.Errorf("a problem not tied to a night: %q", p.Problem)
		}
	}
	good, problems, err := ro.SoundNights(date(1900, 1, 1), date(2100, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	if len(good) != len(nights)-len(want) || len(problems) != len(want) {
		t.Fatalf("SoundNights gave %d nights and %d problems, want %d and %d", len(good), len(problems), len(nights)-len(want), len(want))
	}
	j := 0
	for _, n := range nights {
		if slices.Contains(want, n.Date) {
			continue
		}
		if !good[j].Equal(n) {
			t.Fatalf("sound night %s reads differently", n.Date)
		}
		j++
	}
	ro.Close()
	assertRefusedUntouched(t, path, "6 nights", want[0].String(), want[len(want)-1].String())
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestDamagedBranchPageIsFoundAndRefused points an element of the nights
// bucket's branch page at another page — what a flipped bit in a page
// number does — and expects check to find it, a write to be refused and the
// file left as it was, with no crash.
func TestDamagedBranchPageIsFoundAndRefused(t *testing.T) {
	for name, retarget := range map[string]func(elems []uint64, i int) uint64{
		"to a sibling leaf": func(elems []uint64, i int) uint64 { return elems[i-1] },
		"to a meta page":    func([]uint64, int) uint64 { return 1 },
		"past the file":     func([]uint64, int) uint64 { return 1 << 40 },
	} {
		t.Run(name, func(t *testing.T) {
			path, _ := damagedDiary(t, 3650, date(2016, 1, 1))
			root, pageSize := nightsRoot(t, path)
			b := readFile(t, path)
			page := b[root*pageSize:]
			ne := binary.NativeEndian
			if flags := ne.Uint16(page[8:]); flags != boltBranchFlag {
				t.Fatalf("the nights bucket's root is not a branch page (flags %#x)", flags)
			}
			count := int(ne.Uint16(page[10:]))
			elems := make([]uint64, count)
			for i := range elems {
				elems[i] = ne.Uint64(page[boltPageHeader+16*i+8:])
			}
			i := count / 2
			ne.PutUint64(page[boltPageHeader+16*i+8:], retarget(elems, i))
			writeFile(t, path, b)

			ro, err := Open(path, Options{ReadOnly: true})
			if err == nil {
				if r, err := ro.Check(); err == nil || r.Sound() {
					t.Errorf("Check of a damaged branch page = sound")
				}
				ro.Close()
			} else if !errors.Is(err, ErrNotDiary) {
				t.Fatalf("read-only Open = %v", err)
			}
			assertRefusedUntouched(t, path)
		})
	}
}

// nightsRoot returns the page id of the nights bucket's root and the page size.
func nightsRoot(t *testing.T, path string) (int, int) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var root int
	err = db.View(func(tx *bolt.Tx) error {
		root = int(tx.Bucket(bucketNights).Root())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return root, db.Info().PageSize
}

// TestOneDamagedMetaPageIsSurvived damages either meta page and expects the
// diary to open, read every night, say what is damaged, and take the next
// save, which writes the damaged page anew.
func TestOneDamagedMetaPageIsSurvived(t *testing.T) {
	page := os.Getpagesize()
	for _, c := range []struct {
		name string
		meta int
		hurt func(b []byte, off int)
	}{
		{"a flipped bit in meta page 0", 0, func(b []byte, off int) { b[off+boltPageHeader+40] ^= 1 }},
		{"a flipped bit in meta page 1", 1, func(b []byte, off int) { b[off+boltPageHeader+48] ^= 4 }},
		{"random bytes over meta page 1", 1, func(b []byte, off int) {
			for i := range 40 {
				b[off+boltPageHeader+i] = byte(i*37 + 11)
			}
		}},
		{"meta page 0 zeroed", 0, func(b []byte, off int) { clear(b[off : off+page]) }},
		{"a flipped bit in meta page 1's own page number", 1, func(b []byte, off int) { b[off+4] ^= 0x20 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			path, nights := damagedDiary(t, 300, date(2025, 1, 1))
			// One more transaction, so the two meta pages name the same nights.
			s := mustOpen(t, path, Options{NoSnapshot: true})
			if err := s.PutNight(nights[0]); err != nil {
				t.Fatal(err)
			}
			s.Close()
			b := readFile(t, path)
			c.hurt(b, c.meta*page)
			writeFile(t, path, b)

			ro, err := Open(path, Options{ReadOnly: true})
			if err != nil {
				t.Fatalf("one damaged meta page made the diary unreadable: %v", err)
			}
			if w := ro.Warnings(); len(w) != 1 || !strings.Contains(w[0].Error(), "meta page") {
				t.Errorf("Warnings = %v, want one naming the meta page", w)
			}
			got, err := ro.AllNights()
			if err != nil || len(got) != len(nights) {
				t.Fatalf("AllNights = %d nights, %v; want %d", len(got), err, len(nights))
			}
			r, err := ro.Check()
			if err == nil || len(r.Problems) != 1 || !strings.Contains(r.Problems[0].Problem, "meta page") || r.Nights != len(nights) {
				t.Fatalf("Check = %+v, %v; want the meta page named and every night read", r, err)
			}
			ro.Close()

			s, err = Open(path, Options{Now: fixedNow})
			if err != nil {
				t.Fatalf("one damaged meta page stops writing: %v", err)
			}
			if err := s.PutNight(realisticNight(9, date(2026, 11, 21))); err != nil {
				t.Fatal(err)
			}
			s.Close()
			if err := verifyFile(SnapshotPath(path, diary.DateOf(fixedNow()))); err != nil {
				t.Errorf("the day's snapshot: %v", err)
			}
			s = mustOpen(t, path, Options{ReadOnly: true})
			defer s.Close()
			if r, err := s.Check(); err != nil || r.Nights != len(nights)+1 || len(s.Warnings()) != 0 {
				t.Fatalf("after a save, Check = %+v, %v; warnings %v", r, err, s.Warnings())
			}
		})
	}
}

// TestEmptiedDiaryWithSnapshotsIsRefused: a diary file emptied (a crash, a
// full disk, a mistake) beside its snapshots is not started afresh — its
// new snapshots would push the real ones out within a week.
func TestEmptiedDiaryWithSnapshotsIsRefused(t *testing.T) {
	path, _ := damagedDiary(t, 30, date(2026, 10, 1))
	s := mustOpen(t, path, Options{Now: fixedNow})
	s.Close()
	snap := SnapshotPath(path, diary.DateOf(fixedNow()))
	before := readFile(t, snap)
	writeFile(t, path, nil)
	for day := 1; day <= 8; day++ {
		now := func() time.Time { return fixedNow().AddDate(0, 0, day) }
		if s, err := Open(path, Options{Now: now}); err == nil {
			s.Close()
			t.Fatalf("day %d: an emptied diary with snapshots beside it was started afresh", day)
		} else if !errors.Is(err, ErrEmptied) || !errors.Is(err, ErrNotDiary) {
			t.Fatalf("day %d: Open = %v, want ErrEmptied", day, err)
		}
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() != 0 {
		t.Fatalf("the emptied file was written: %v", err)
	}
	if !bytes.Equal(readFile(t, snap), before) {
		t.Fatal("the snapshot changed")
	}
	if names, _ := snapshotNames(filepath.Dir(snap), path); len(names) != 1 {
		t.Fatalf("snapshots now %v", names)
	}
	if p, d, ok := NewestSoundSnapshot(path); !ok || p != snap || d != diary.DateOf(fixedNow()) {
		t.Fatalf("NewestSoundSnapshot = %s, %s, %v", p, d, ok)
	}
}

// TestAWeekOnADamagedDiaryKeepsEveryGoodSnapshot: a week of daily use
// leaves seven good snapshots; then a night is damaged, and eight more days
// of use (an injected clock; each day a reader and an attempted save) must
// leave those seven in place, byte for byte, and take none of the damage.
func TestAWeekOnADamagedDiaryKeepsEveryGoodSnapshot(t *testing.T) {
	path, nights := damagedDiary(t, 60, date(2026, 9, 1))
	day0 := time.Date(2026, 11, 1, 8, 0, 0, 0, time.Local)
	on := func(d int) Options {
		return Options{Now: func() time.Time { return day0.AddDate(0, 0, d) }}
	}
	for d := range 7 {
		s := mustOpen(t, path, on(d))
		if err := s.PutNight(realisticNight(uint64(d), diary.DateOf(day0).AddDays(d))); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	dir := filepath.Join(filepath.Dir(path), BackupDirName)
	good, _ := snapshotNames(dir, path)
	if len(good) != 7 {
		t.Fatalf("after a week, snapshots %v", good)
	}
	kept := map[string][]byte{}
	for _, name := range good {
		kept[name] = readFile(t, filepath.Join(dir, name))
	}

	flipInValue(t, path, nights[10], 5)
	for d := 7; d < 15; d++ {
		ro, err := Open(path, Options{ReadOnly: true, Now: on(d).Now})
		if err != nil {
			t.Fatalf("day %d: the damaged diary does not open to read: %v", d, err)
		}
		if got, _, err := ro.SoundNights(date(1900, 1, 1), date(2100, 1, 1)); err != nil || len(got) != len(nights)+7-1 {
			t.Fatalf("day %d: %d sound nights, %v", d, len(got), err)
		}
		ro.Close()
		s, err := Open(path, on(d))
		if err == nil {
			s.Close()
			t.Fatalf("day %d: the damaged diary opened for writing", d)
		}
		if r, ok := IsDamaged(err); !ok || !slices.Equal(r.DamagedNights(), []diary.Date{nights[10].Date}) {
			t.Fatalf("day %d: Open = %v, want the damaged night named", d, err)
		}
	}
	now, _ := snapshotNames(dir, path)
	if !slices.Equal(now, good) {
		t.Fatalf("snapshots after a week on the damaged diary: %v, want %v", now, good)
	}
	for name, b := range kept {
		if !bytes.Equal(readFile(t, filepath.Join(dir, name)), b) {
			t.Errorf("snapshot %s changed", name)
		}
		if err := verifyFile(filepath.Join(dir, name)); err != nil {
			t.Errorf("snapshot %s: %v", name, err)
		}
	}
	if p, d, ok := NewestSoundSnapshot(path); !ok || filepath.Base(p) != good[6] || d != diary.DateOf(day0).AddDays(6) {
		t.Errorf("NewestSoundSnapshot = %s %s %v, want %s", p, d, ok, good[6])
	}
}

// TestSnapshotIsCheckedBeforeAnyIsPruned: a new snapshot that does not read
// back whole is removed and no older one is pruned; the failure is reported.
// A sound one prunes to seven and clears the half-made copies a killed
// snapshot left, and nothing else.
func TestSnapshotIsCheckedBeforeAnyIsPruned(t *testing.T) {
	path, _ := damagedDiary(t, 20, date(2026, 9, 1))
	dir := filepath.Join(filepath.Dir(path), BackupDirName)
	day0 := time.Date(2026, 11, 1, 8, 0, 0, 0, time.Local)
	for d := range 7 {
		s := mustOpen(t, path, Options{Now: func() time.Time { return day0.AddDate(0, 0, d) }})
		s.Close()
	}
	before, _ := snapshotNames(dir, path)
	stale := filepath.Join(dir, "."+before[0]+tempInfix+"123456")
	mine := filepath.Join(dir, "notes.txt")
	writeFile(t, stale, []byte("half a copy"))
	writeFile(t, mine, []byte("the user's"))

	snapshotCheckFails = errors.New("it reads back damaged")
	s, err := Open(path, Options{Now: func() time.Time { return day0.AddDate(0, 0, 7) }})
	snapshotCheckFails = nil
	if err != nil {
		t.Fatal(err)
	}
	w := s.Warnings()
	s.Close()
	if len(w) != 1 || !strings.Contains(w[0].Error(), "no older snapshot was removed") {
		t.Fatalf("Warnings = %v", w)
	}
	if now, _ := snapshotNames(dir, path); !slices.Equal(now, before) {
		t.Fatalf("after a snapshot that failed its check: %v, want %v", now, before)
	}

	s = mustOpen(t, path, Options{Now: func() time.Time { return day0.AddDate(0, 0, 8) }})
	if w := s.Warnings(); len(w) != 0 {
		t.Fatalf("Warnings = %v", w)
	}
	s.Close()
	now, _ := snapshotNames(dir, path)
	if want := append(slices.Clone(before[1:]), filepath.Base(SnapshotPath(path, diary.DateOf(day0).AddDays(8)))); !slices.Equal(now, want) {
		t.Fatalf("after a sound snapshot: %v, want %v", now, want)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the stale copy is still there: %v", err)
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("a file of the user's was removed: %v", err)
	}
}

// TestUnwritableBackupsAreReported: when the day's snapshot cannot be
// written (here the backups folder is a file; as a user, also a folder
// without write permission), the diary still opens and saves, and says so.
func TestUnwritableBackupsAreReported(t *testing.T) {
	cases := map[string]func(t *testing.T, dir string){
		"backups is a file": func(t *testing.T, dir string) { writeFile(t, dir, []byte("in the way")) },
	}
	if os.Geteuid() != 0 { // root writes anywhere
		cases["backups is read-only"] = func(t *testing.T, dir string) {
			if err := os.Mkdir(dir, 0o500); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(dir, 0o700) })
		}
	}
	for name, block := range cases {
		t.Run(name, func(t *testing.T) {
			path, _ := damagedDiary(t, 20, date(2026, 9, 1))
			block(t, filepath.Join(filepath.Dir(path), BackupDirName))
			s, err := Open(path, Options{Now: fixedNow})
			if err != nil {
				t.Fatalf("the diary did not open over a failed snapshot: %v", err)
			}
			defer s.Close()
			if w := s.Warnings(); len(w) != 1 || !strings.HasPrefix(w[0].Error(), "the daily snapshot was not taken: ") {
				t.Fatalf("Warnings = %v", w)
			}
			if err := s.PutNight(realisticNight(3, date(2026, 11, 21))); err != nil {
				t.Fatal(err)
			}
		})
	}
}
