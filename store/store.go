// Package store keeps a diary in one bbolt file: the nights keyed by date, the
// profile, and a schema version. It opens strictly (a damaged or foreign file
// is refused and never written), locks the file against a second cramps, keeps
// a rolling daily snapshot beside the diary, and saves each change in one
// transaction.
//
// A Store is safe for concurrent use: the TUI may call it from several
// tea.Cmd goroutines at once. Values are decoded inside their transaction and
// handed out as copies the caller owns.
package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"github.com/adrg/xdg"
	bolt "go.etcd.io/bbolt"
)

// Sentinel errors; match them with errors.Is.
var (
	// ErrNotFound: no night is stored for that date.
	ErrNotFound = errors.New("no night logged for that date")
	// ErrLocked: another cramps holds the diary open.
	ErrLocked = errors.New("the diary is open in another cramps")
	// ErrNotDiary: the file is damaged or is not a cramps diary; it was not touched.
	// A value that cannot be read while the diary is open wraps it too.
	ErrNotDiary = errors.New("the file is damaged or is not a cramps diary")
	// ErrTooNew: the file was written by a newer cramps.
	ErrTooNew = errors.New("the diary was written by a newer version of cramps")
	// ErrReadOnly: a write was asked of a store opened read-only.
	ErrReadOnly = errors.New("the diary was opened read-only")
)

// Options tune Open. The zero Options is what the cramps command uses.
type Options struct {
	// Now is the clock for the daily snapshot; time.Now when nil.
	Now func() time.Time
	// LockTimeout is how long to wait for another cramps to let go; 1 s when zero.
	LockTimeout time.Duration
	// ReadOnly opens with a shared lock and refuses writes.
	ReadOnly bool
	// NoSnapshot skips the daily rolling snapshot (the demo and tests).
	NoSnapshot bool
}

// DefaultLockTimeout is how long Open waits for another cramps to let go of
// the diary before it gives up with ErrLocked (SPEC §9: within a second).
const DefaultLockTimeout = time.Second

// Store is an open diary file. Its fields are set by Open and never change.
type Store struct {
	path     string
	db       *bolt.DB
	readOnly bool
	schema   int
	codec    valueCodec
	warnings []error
	// damagedMeta describes a damaged meta page the file was opened
	// without, through the other (preflight); "" when both are sound.
	damagedMeta string
	// broken lists what is wrong with the file's index when it failed the
	// walk of Open (pagewalk.go); the store then has no db, every read but
	// the Sound ones refuses with a *DamageError, and those read rescued:
	// what the walk could read of each bucket, by name.
	broken  []string
	rescued map[string]*rescuedBucket
}

// DefaultPath returns where the diary lives when neither --db nor CRAMPS_DB
// says: $XDG_DATA_HOME/cramps/diary.db. It creates nothing.
func DefaultPath() (string, error) {
	if xdg.DataHome == "" {
		return "", errors.New("find the diary: no data directory; set XDG_DATA_HOME or HOME, or pass --db")
	}
	return filepath.Join(xdg.DataHome, "cramps", "diary.db"), nil
}

// Close releases the file and its lock.
func (s *Store) Close() error {
	if s.db == nil {
		return nil
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close diary %s: %w", s.path, err)
	}
	return nil
}

// Path returns the diary file's path.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether the store was opened read-only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Warnings returns what went wrong during Open without stopping it: the
// daily snapshot could not be written, or the file's mode could not be
// tightened to 0600. The diary is fully usable; the caller shows each warning
// (the TUI in its status line, a command on stderr) and carries on.
func (s *Store) Warnings() []error { return slices.Clone(s.warnings) }

// view runs fn in a read transaction, guarded against a damaged file.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	if s.db == nil {
		return brokenError(s.schema, s.broken)
	}
	return guard(func() error { return s.db.View(fn) })
}

// update runs fn in one read-write transaction, committed when fn returns nil
// and rolled back otherwise; a read-only store refuses with ErrReadOnly.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	if s.readOnly || s.db == nil {
		return ErrReadOnly
	}
	return guard(func() error { return s.db.Update(fn) })
}
