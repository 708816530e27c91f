// Package store keeps a diary in one bbolt file: the nights keyed by date, the
// profile, and a schema version. It opens strictly (a damaged or foreign file
// is refused and never written), locks the file against a second cramps, keeps
// a rolling daily snapshot beside the diary, and saves each change in one
// transaction.
package store

import (
	"errors"
	"io"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// Sentinel errors; match them with errors.Is.
var (
	// ErrNotFound: no night is stored for that date.
	ErrNotFound = errors.New("no night logged for that date")
	// ErrLocked: another cramps holds the diary open.
	ErrLocked = errors.New("the diary is open in another cramps")
	// ErrNotDiary: the file is damaged or is not a cramps diary; it was not touched.
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

// Store is an open diary file.
type Store struct {
	path string
}

// DefaultPath returns where the diary lives when neither --db nor CRAMPS_DB
// says: $XDG_DATA_HOME/cramps/diary.db.
func DefaultPath() (string, error) { return "", errors.New("not implemented") }

// Open opens the diary at path, creating it (0600, in a 0700 directory) when
// it does not exist, and migrating an older schema.
func Open(path string, opts Options) (*Store, error) { return nil, errors.New("not implemented") }

// Close releases the file and its lock.
func (s *Store) Close() error { return nil }

// Path returns the diary file's path.
func (s *Store) Path() string { return s.path }

// Night returns the night of date d, or ErrNotFound.
func (s *Store) Night(d diary.Date) (diary.Night, error) { return diary.Night{}, ErrNotFound }

// Nights returns the nights from from to to, both included, in date order.
func (s *Store) Nights(from, to diary.Date) ([]diary.Night, error) { return nil, nil }

// AllNights returns every night in date order.
func (s *Store) AllNights() ([]diary.Night, error) { return nil, nil }

// PutNight validates and saves one night in one transaction, replacing any
// night of the same date.
func (s *Store) PutNight(n diary.Night) error { return errors.New("not implemented") }

// DeleteNight removes the night of date d, or returns ErrNotFound.
func (s *Store) DeleteNight(d diary.Date) error { return ErrNotFound }

// Profile returns the diary's profile, diary.NewProfile() when none is saved.
func (s *Store) Profile() (diary.Profile, error) { return diary.NewProfile(), nil }

// PutProfile validates and saves the profile.
func (s *Store) PutProfile(p diary.Profile) error { return errors.New("not implemented") }

// Import writes nights, and the profile when it is not nil, in one
// transaction: all of it or, on any error, nothing.
func (s *Store) Import(p *diary.Profile, nights []diary.Night) error {
	return errors.New("not implemented")
}

// Backup writes a consistent snapshot of the diary file to w.
func (s *Store) Backup(w io.Writer) error { return errors.New("not implemented") }

// BackupFile writes a consistent snapshot to a new file at path (0600); it
// refuses to overwrite an existing file.
func (s *Store) BackupFile(path string) error { return errors.New("not implemented") }

// Check verifies the file page by page and every stored value; it returns
// a summary of what it found, or the problems.
func (s *Store) Check() (CheckReport, error) { return CheckReport{}, errors.New("not implemented") }

// CheckReport is what Check found.
type CheckReport struct {
	SchemaVersion int
	Nights        int
	First, Last   diary.Date
	Problems      []string
}
