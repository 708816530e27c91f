//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// openOn opens the diary at path with the clock at 08:00 on day, saves the
// night before, and closes it again.
func openOn(t *testing.T, path string, day diary.Date) {
	t.Helper()
	y, m, d := day.YMD()
	now := time.Date(y, m, d, 8, 0, 0, 0, time.Local)
	s := mustOpen(t, path, Options{Now: func() time.Time { return now }})
	if w := s.Warnings(); len(w) > 0 {
		t.Fatalf("warnings: %v", w)
	}
	if err := s.PutNight(realisticNight(31, day.AddDays(-1))); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestSnapshotsRollOverAWeek(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	path := filepath.Join(dir, "diary.db")
	backups := filepath.Join(dir, BackupDirName)
	first := date(2026, 11, 15)

	openOn(t, path, first) // a new, empty diary: nothing to keep yet
	if _, err := os.Stat(backups); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a snapshot of a new, empty diary was taken (%v)", err)
	}

	// Files of other shapes beside the snapshots, which pruning must leave.
	if err := os.Mkdir(backups, 0o700); err != nil {
		t.Fatal(err)
	}
	strangers := []string{"notes.txt", "diary-2026-11-01.db.txt", "diary-2026-13-01.db",
		"diary-2026-11-1.db", "other-2020-01-01.db", "diary-2020-01-01.bak", "mydiary-2020-01-01.db"}
	for _, name := range strangers {
		writeFile(t, filepath.Join(backups, name), []byte("keep me"))
	}
	writeFile(t, filepath.Join(backups, "diary-2020-01-01.db"), []byte("an old snapshot"))

	for i := 1; i <= 8; i++ {
		openOn(t, path, first.AddDays(i))
	}
	var want []string
	for i := 2; i <= 8; i++ {
		want = append(want, "diary-"+first.AddDays(i).String()+".db")
	}
	want = append(want, strangers...)
	slices.Sort(want)
	if got := dirNames(t, backups); !slices.Equal(got, want) {
		t.Fatalf("backups hold\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i := 2; i <= 8; i++ {
		day := first.AddDays(i)
		snap := SnapshotPath(path, day)
		if got := mode(t, snap); got != 0o600 {
			t.Errorf("%s has mode %o, want 600", filepath.Base(snap), got)
		}
		// Taken at the open on day, before that day's night was saved.
		s := mustOpen(t, snap, Options{ReadOnly: true})
		all, err := s.AllNights()
		s.Close()
		if err != nil || len(all) != i || all[len(all)-1].Date != day.AddDays(-2) {
			t.Fatalf("snapshot of %s holds %d nights (%v), want %d ending %s", day, len(all), err, i, day.AddDays(-2))
		}
	}
	if got := mode(t, backups); got != 0o700 {
		t.Errorf("backups directory mode %o, want 700", got)
	}
}

func TestSnapshotOncePerDay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	day := date(2026, 11, 22)
	openOn(t, path, day.AddDays(-1))
	openOn(t, path, day)
	snap := SnapshotPath(path, day)
	before := recordUntouched(t, snap)
	openOn(t, path, day) // the second open of the day
	before.check(t)
	if n := len(dirNames(t, filepath.Dir(snap))); n != 1 {
		t.Fatalf("%d snapshots, want 1", n)
	}
}

func TestSnapshotBackupsDirIsCreatedPrivate(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "my.cramps")
	day := date(2026, 11, 22)
	openOn(t, path, day.AddDays(-1))
	openOn(t, path, day)
	snap := SnapshotPath(path, day)
	if filepath.Base(snap) != "my-2026-11-22.cramps" {
		t.Fatalf("snapshot named %s", filepath.Base(snap))
	}
	if got := mode(t, filepath.Dir(snap)); got != 0o700 {
		t.Fatalf("backups directory mode %o, want 700", got)
	}
	if got := mode(t, snap); got != 0o600 {
		t.Fatalf("snapshot mode %o, want 600", got)
	}
}

func TestNoSnapshotWhenAsked(t *testing.T) {
	path := newDiaryFile(t, 5)
	s := mustOpen(t, path, Options{NoSnapshot: true, Now: fixedNow})
	s.Close()
	ro := mustOpen(t, path, Options{ReadOnly: true, Now: fixedNow})
	ro.Close()
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), BackupDirName)); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("a snapshot was taken")
	}
}

// TestSnapshotFailureIsAWarning: the diary opens even when its snapshot
// cannot be written, and says why.
func TestSnapshotFailureIsAWarning(t *testing.T) {
	path := newDiaryFile(t, 5)
	writeFile(t, filepath.Join(filepath.Dir(path), BackupDirName), []byte("a file in the way"))
	s, err := Open(path, Options{Now: fixedNow})
	if err != nil {
		t.Fatalf("Open failed over a snapshot: %v", err)
	}
	defer s.Close()
	w := s.Warnings()
	if len(w) != 1 || !strings.HasPrefix(w[0].Error(), "the daily snapshot was not taken: ") {
		t.Fatalf("Warnings() = %v, want one about the snapshot", w)
	}
	if err := s.PutNight(realisticNight(1, date(2026, 11, 21))); err != nil {
		t.Fatal(err)
	}
}

func TestBackupFile(t *testing.T) {
	s := openTest(t)
	nights := realisticNights(41, date(2026, 1, 1), 100)
	if err := s.Import(nil, nights); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	target := filepath.Join(dir, "copy.db")
	if err := s.BackupFile(target); err != nil {
		t.Fatal(err)
	}
	if got := mode(t, target); got != 0o600 {
		t.Fatalf("backup mode %o, want 600", got)
	}
	c := mustOpen(t, target, Options{ReadOnly: true})
	assertDiaryHolds(t, c, nights, diary.NewProfile())
	c.Close()

	u := recordUntouched(t, target)
	err := s.BackupFile(target)
	if !errors.Is(err, fs.ErrExist) || !strings.HasPrefix(err.Error(), "back up diary to "+target+": ") {
		t.Fatalf("BackupFile over an existing file: %v, want fs.ErrExist naming the file", err)
	}
	u.check(t) // and no temporary file left beside it

	if err := s.BackupFile(filepath.Join(dir, "no", "such", "dir", "copy.db")); err == nil {
		t.Fatal("BackupFile into a missing directory succeeded")
	}
	if got := dirNames(t, dir); !slices.Equal(got, []string{"copy.db"}) {
		t.Fatalf("directory holds %v after a failed backup", got)
	}
}

func TestBackupToWriter(t *testing.T) {
	s := openTest(t)
	nights := realisticNights(42, date(2026, 1, 1), 20)
	if err := s.Import(nil, nights); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	c := mustOpen(t, path, Options{ReadOnly: true})
	defer c.Close()
	assertDiaryHolds(t, c, nights, diary.NewProfile())
}

// TestCopyErrorsNameNoTemporaryFile: a copy that fails says why, never
// with the name of the temporary file it was being written to.
func TestCopyErrorsNameNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	failing := func(w io.Writer) error {
		f := w.(*os.File)
		return &fs.PathError{Op: "write", Path: f.Name(), Err: errors.New("no space left on device")}
	}
	for _, path := range []string{filepath.Join(dir, "missing", "copy.db"), filepath.Join(dir, "copy.db")} {
		err := writeNewFile(path, false, failing)
		if err == nil || strings.Contains(err.Error(), tempInfix) || strings.Contains(err.Error(), dir) {
			t.Errorf("writeNewFile(%s) = %v", path, err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}
