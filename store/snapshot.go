package store

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// The daily rolling snapshot (SPEC §9): the first read-write open of each
// calendar day copies the diary, consistently, to
// backups/<name>-YYYY-MM-DD<ext> beside it (diary.db gives
// backups/diary-2026-11-22.db), and only the newest snapshotsKept such copies
// stay. Whether today's copy is due is read from the directory itself, so a
// second open the same day finds it and takes none.

// snapshotsKept is how many daily snapshots stay beside the diary (SPEC §9: the last 7).
const snapshotsKept = 7

// BackupDirName is the directory beside the diary that holds its daily snapshots.
const BackupDirName = "backups"

// SnapshotPath returns where the snapshot of the diary at diaryPath taken on
// day lives.
func SnapshotPath(diaryPath string, day diary.Date) string {
	stem, ext := snapshotStem(diaryPath)
	return filepath.Join(filepath.Dir(diaryPath), BackupDirName, stem+"-"+day.String()+ext)
}

// snapshotStem splits the diary's base name around its extension.
func snapshotStem(diaryPath string) (stem, ext string) {
	base := filepath.Base(diaryPath)
	ext = filepath.Ext(base)
	return strings.TrimSuffix(base, ext), ext
}

// snapshotDue reports whether the diary at path has no snapshot dated today
// (or none that can be seen: a backups folder that is not one, or cannot be
// read, makes the snapshot due, and its failure is then reported).
func snapshotDue(path string, now time.Time) bool {
	_, err := os.Lstat(SnapshotPath(path, diary.DateOf(now)))
	return err != nil
}

// hasSnapshots reports whether the backups folder beside the diary at path
// holds a snapshot of it.
func hasSnapshots(path string) bool {
	names, _ := snapshotNames(filepath.Join(filepath.Dir(path), BackupDirName), path)
	return len(names) > 0
}

// takeSnapshot writes today's snapshot unless the diary holds nothing, checks
// the copy, and only then prunes the old ones. The caller has checked the
// diary itself (openWritable: verify), so a damaged diary is never copied.
// A copy that does not pass its check is removed, and nothing is pruned.
func (s *Store) takeSnapshot(now time.Time) error {
	target := SnapshotPath(s.path, diary.DateOf(now))
	empty, err := s.empty()
	if err != nil || empty {
		return err
	}
	dir := filepath.Dir(target)
	if err := mkdirPrivate(dir); err != nil {
		return err
	}
	if err := writeNewFile(target, true, s.writeTo); err != nil {
		return fmt.Errorf("write %s: %w", target, err)
	}
	if err := cmp.Or(snapshotCheckFails, verifyFile(target)); err != nil {
		_ = os.Remove(target)
		return fmt.Errorf("the copy did not read back whole (%w), so no older snapshot was removed", err)
	}
	return pruneSnapshots(dir, s.path, filepath.Base(target))
}

// snapshotCheckFails, set by a test, is what checking a new snapshot finds.
var snapshotCheckFails error

// verifyFile opens the diary copy at path read-only and checks every value
// and page of it.
func verifyFile(path string) error {
	c, err := Open(path, Options{ReadOnly: true, NoSnapshot: true})
	if err != nil {
		return err
	}
	defer c.Close()
	if r := c.verify(true); !r.Sound() {
		return &DamageError{Report: r}
	}
	return nil
}

// empty reports whether the diary holds no night and no profile.
func (s *Store) empty() (bool, error) {
	empty := true
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketNights); b != nil {
			if k, _ := b.Cursor().First(); k != nil {
				empty = false
			}
		}
		if b := tx.Bucket(bucketProfile); b != nil && b.Get(keyProfile) != nil {
			empty = false
		}
		return nil
	})
	return empty, err
}

// snapshotNames lists the names of the diary's snapshots in dir, oldest first.
func snapshotNames(dir, diaryPath string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	stem, ext := snapshotStem(diaryPath)
	var dated []string // names whose middle is a date, which sort by date
	for _, e := range entries {
		if e.Type().IsRegular() && isSnapshotName(e.Name(), stem, ext) {
			dated = append(dated, e.Name())
		}
	}
	slices.Sort(dated)
	return dated, nil
}

// pruneSnapshots deletes all but the newest snapshotsKept snapshots of the
// diary in dir, never the one named keep (the new one, checked sound), and
// removes the temporary copies a killed snapshot left behind. It runs under
// the diary's exclusive lock, so no other cramps is writing a snapshot. It
// touches only names of the exact snapshot pattern and of its temporaries.
func pruneSnapshots(dir, diaryPath, keep string) error {
	dated, err := snapshotNames(dir, diaryPath)
	if err != nil {
		return err
	}
	var errs []error
	if len(dated) > snapshotsKept {
		for _, name := range dated[:len(dated)-snapshotsKept] {
			if name == keep {
				continue
			}
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				errs = append(errs, fmt.Errorf("remove an old snapshot: %w", err))
			}
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return errors.Join(append(errs, err)...)
	}
	stem, ext := snapshotStem(diaryPath)
	for _, e := range entries {
		if isSnapshotTemp(e.Name(), stem, ext) && e.Type().IsRegular() {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				errs = append(errs, fmt.Errorf("remove a copy left half-made: %w", err))
			}
		}
	}
	return errors.Join(errs...)
}

// isSnapshotTemp reports whether name is a temporary copy writeNewFile makes
// on the way to a snapshot: "." + a snapshot name + ".tmp-" + random.
func isSnapshotTemp(name, stem, ext string) bool {
	rest, ok := strings.CutPrefix(name, ".")
	if !ok {
		return false
	}
	i := strings.LastIndex(rest, tempInfix)
	return i > 0 && isSnapshotName(rest[:i], stem, ext)
}

// NewestSoundSnapshot returns the path and day of the newest snapshot of the
// diary at diaryPath that opens and passes its checks; ok is false when
// there is none. It only reads.
func NewestSoundSnapshot(diaryPath string) (path string, day diary.Date, ok bool) {
	dir := filepath.Join(filepath.Dir(diaryPath), BackupDirName)
	names, _ := snapshotNames(dir, diaryPath)
	stem, ext := snapshotStem(diaryPath)
	for i := len(names) - 1; i >= 0; i-- {
		p := filepath.Join(dir, names[i])
		if verifyFile(p) == nil {
			d, _ := diary.ParseDate(strings.TrimSuffix(strings.TrimPrefix(names[i], stem+"-"), ext))
			return p, d, true
		}
	}
	return "", 0, false
}

// isSnapshotName reports whether name is stem-YYYY-MM-DD+ext with a real date.
func isSnapshotName(name, stem, ext string) bool {
	mid, ok := strings.CutPrefix(name, stem+"-")
	if !ok {
		return false
	}
	mid, ok = strings.CutSuffix(mid, ext)
	if !ok || len(mid) != dateKeyLen {
		return false
	}
	d, err := diary.ParseDate(mid)
	return err == nil && d.String() == mid
}

// Backup writes a consistent snapshot of the diary file to w: a copy of the
// file as one read transaction sees it, which bbolt opens like the original.
func (s *Store) Backup(w io.Writer) error {
	if err := s.writeTo(w); err != nil {
		return fmt.Errorf("back up diary: %w", err)
	}
	return nil
}

func (s *Store) writeTo(w io.Writer) error {
	return s.view(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(w)
		return err
	})
}

// BackupFile writes a consistent snapshot to a new file at path (0600); it
// refuses to overwrite an existing file (the error wraps fs.ErrExist). The
// copy is written to a temporary file, synced, and only then given its name.
func (s *Store) BackupFile(path string) error {
	if err := writeNewFile(path, false, s.writeTo); err != nil {
		return fmt.Errorf("back up diary to %s: %w", path, err)
	}
	return nil
}
