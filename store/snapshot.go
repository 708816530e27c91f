package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
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

// snapshotIfDue takes today's snapshot unless it exists or the diary holds
// nothing, then prunes the old ones.
func (s *Store) snapshotIfDue(now time.Time) error {
	target := SnapshotPath(s.path, diary.DateOf(now))
	if _, err := os.Lstat(target); err == nil {
		return nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	empty, err := s.empty()
	if err != nil || empty {
		return err
	}
	dir := filepath.Dir(target)
	if err := mkdirPrivate(dir); err != nil {
		return err
	}
	if err := writeNewFile(target, true, s.writeTo); err != nil {
		return err
	}
	return pruneSnapshots(dir, s.path)
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

// pruneSnapshots deletes all but the newest snapshotsKept snapshots of the
// diary in dir. It touches only names of the exact snapshot pattern.
func pruneSnapshots(dir, diaryPath string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	stem, ext := snapshotStem(diaryPath)
	var dated []string // names whose middle is a date, which sort by date
	for _, e := range entries {
		if e.Type().IsRegular() && isSnapshotName(e.Name(), stem, ext) {
			dated = append(dated, e.Name())
		}
	}
	if len(dated) <= snapshotsKept {
		return nil
	}
	slices.Sort(dated)
	var errs []error
	for _, name := range dated[:len(dated)-snapshotsKept] {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			errs = append(errs, fmt.Errorf("remove old snapshot: %w", err))
		}
	}
	return errors.Join(errs...)
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
