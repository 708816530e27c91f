package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// File is a diary held by a long-lived program — the screens — without
// holding it open. Each read opens the file read-only and lets go at once;
// each change opens it for writing, saves in one transaction and lets go. So
// while the screens sit idle no lock is held: the reading commands never wait
// on them, and a writing command waits only for one of their transactions.
//
// A File remembers the checksum of each night (and of the profile) as it last
// read or wrote it. A change whose night another cramps has saved or deleted
// since is refused with ErrChanged, never written over it unseen; Changed
// tells the screens when to read the diary again.
//
// A File is safe for concurrent use.
type File struct {
	path string
	opts Options

	mu      sync.Mutex
	nights  map[diary.Date]uint32 // the checksum of each night as last seen
	profile uint32                // the profile's checksum as last seen, 0 for none
	txid    uint64                // the transaction the file was at when last seen
}

// ErrChanged refuses a change to a night or profile that another cramps has
// changed since this File last read it.
var ErrChanged = errors.New("it was changed in another cramps since these screens read it")

// OpenFile opens the diary at path for the screens: one read-write Open,
// which creates, checks, migrates and snapshots it as Open does, and then
// lets it go. It returns Open's warnings. opts apply to every later open;
// each write waits for the lock up to opts.LockTimeout.
func OpenFile(path string, opts Options) (*File, []error, error) {
	s, err := Open(path, opts)
	if err != nil {
		return nil, nil, err
	}
	warnings := s.Warnings()
	if err := s.Close(); err != nil {
		return nil, nil, err
	}
	opts.NoSnapshot = true // taken now; a day rolling over while the screens are open waits for the next start
	opts.LockTimeout = DefaultLockTimeout
	return &File{path: path, opts: opts, nights: map[diary.Date]uint32{}}, warnings, nil
}

// Path returns the diary file's path.
func (f *File) Path() string { return f.path }

// Load reads every night and the profile in one read-only open, and
// remembers what it read.
func (f *File) Load() ([]diary.Night, diary.Profile, error) {
	var nights []diary.Night
	var p diary.Profile
	err := f.read(func(s *Store) (err error) {
		nights, p, err = f.load(s)
		return err
	})
	return nights, p, err
}

// read opens the diary read-only, runs fn on it and lets it go.
func (f *File) read(fn func(*Store) error) error {
	ro := f.opts
	ro.ReadOnly = true
	s, err := Open(f.path, ro)
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}

// readWith reads one thing in a read-only open with get.
func readWith[T any](f *File, get func(*Store) (T, error)) (v T, err error) {
	err = f.read(func(s *Store) (err error) {
		v, err = get(s)
		return err
	})
	return v, err
}

// load reads every night and the profile from s and remembers what it read.
func (f *File) load(s *Store) ([]diary.Night, diary.Profile, error) {
	nights, err := s.AllNights()
	if err != nil {
		return nil, diary.Profile{}, err
	}
	p, err := s.Profile()
	if err != nil {
		return nil, diary.Profile{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	clear(f.nights)
	err = s.view(func(tx *bolt.Tx) error {
		f.txid = uint64(tx.ID())
		c := tx.Bucket(bucketNights).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if d, err := keyDate(k); err == nil {
				f.nights[d] = sumOf(v)
			}
		}
		f.profile = sumOf(tx.Bucket(bucketProfile).Get(keyProfile))
		return nil
	})
	if err != nil {
		return nil, diary.Profile{}, err
	}
	return nights, p, nil
}

// AllNights reads every night (Load without the profile).
func (f *File) AllNights() ([]diary.Night, error) {
	nights, _, err := f.Load()
	return nights, err
}

// Profile reads the profile in a read-only open.
func (f *File) Profile() (diary.Profile, error) {
	_, p, err := f.Load()
	return p, err
}

// PutNight validates and saves one night, unless another cramps has saved
// or deleted the night of that date since this File last saw it (ErrChanged).
func (f *File) PutNight(n diary.Night) error {
	if ps := n.Validate(); len(ps) > 0 {
		return fmt.Errorf("save night %s: %w", n.Date, ps)
	}
	k, _ := dateKey(n.Date)
	v := seal(k[:], encodeNight(n))
	err := f.write(func(_ *Store, tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		if err := f.unchanged(n.Date, b.Get(k[:])); err != nil {
			return err
		}
		return b.Put(k[:], v)
	}, func() { f.nights[n.Date] = sumOf(v) })
	if err != nil {
		return fmt.Errorf("save night %s: %w", n.Date, err)
	}
	return nil
}

// DeleteNight removes the night of date d, or returns ErrNotFound, or
// ErrChanged when another cramps changed it since this File last saw it.
func (f *File) DeleteNight(d diary.Date) error {
	k, ok := dateKey(d)
	err := f.write(func(_ *Store, tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		cur := b.Get(k[:])
		if err := f.unchanged(d, cur); err != nil {
			return err
		}
		if !ok || cur == nil {
			return ErrNotFound
		}
		return b.Delete(k[:])
	}, func() { delete(f.nights, d) })
	if err != nil {
		return fmt.Errorf("delete night %s: %w", d, err)
	}
	return nil
}

// PutProfile validates and saves the profile, unless another cramps changed
// it since this File last saw it (ErrChanged).
func (f *File) PutProfile(p diary.Profile) error {
	if ps := p.Validate(); len(ps) > 0 {
		return fmt.Errorf("save profile: %w", ps)
	}
	v := seal(keyProfile, encodeProfile(p))
	err := f.write(func(_ *Store, tx *bolt.Tx) error {
		b := tx.Bucket(bucketProfile)
		if sumOf(b.Get(keyProfile)) != f.profile {
			return fmt.Errorf("the profile: %w", ErrChanged)
		}
		return b.Put(keyProfile, v)
	}, func() { f.profile = sumOf(v) })
	if err != nil {
		return fmt.Errorf("save profile: %w", err)
	}
	return nil
}

// unchanged reports ErrChanged unless cur, what is stored for the night of
// d, is what this File last saw there. Called with f.mu held.
func (f *File) unchanged(d diary.Date, cur []byte) error {
	seen, had := f.nights[d]
	if had != (cur != nil) || had && sumOf(cur) != seen {
		return ErrChanged
	}
	return nil
}

// write opens the diary for writing, runs fn in one transaction and, once
// it has committed, seen, both under f.mu; then lets the diary go.
func (f *File) write(fn func(*Store, *bolt.Tx) error, seen func()) error {
	return f.writer(func(s *Store) error {
		var id int
		err := s.update(func(tx *bolt.Tx) error {
			id = tx.ID()
			return fn(s, tx)
		})
		if err != nil {
			return err
		}
		seen()
		if uint64(id) == f.txid+1 {
			f.txid = uint64(id) // nothing else was written since the last look
		}
		return nil
	})
}

// writer opens the diary for writing under f.mu, runs fn on it and lets it go.
func (f *File) writer(fn func(*Store) error) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := Open(f.path, f.opts)
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}

// Changed reports whether another cramps may have written to the diary
// since this File last read it: the last transaction named in the file's
// meta pages is not the one this File last saw. It reads two small pieces of
// the file, takes no lock, and errs towards true.
func (f *File) Changed() bool {
	id, ok := lastTxID(f.path)
	f.mu.Lock()
	defer f.mu.Unlock()
	return !ok || id != f.txid
}

// lastTxID reads the id of the newest transaction from the meta pages of the
// bbolt file at path.
func lastTxID(path string) (uint64, bool) {
	fh, err := os.Open(path)
	if err != nil {
		return 0, false
	}
	defer fh.Close()
	size, err := fileSize(fh)
	if err != nil {
		return 0, false
	}
	var head [boltPageHeader + boltMetaSize]byte
	var best uint64
	found := false
	for id := range int64(2) {
		at := id * minPageSize
		if id == 1 {
			m0 := readBoltMeta(head[:])
			at = int64(m0.pageSize)
		}
		if _, err := fh.ReadAt(head[:], at); err != nil {
			return 0, false
		}
		if m := readBoltMeta(head[:]); m.problem(uint64(id), size) == "" {
			best, found = max(best, m.txid), true
		}
	}
	return best, found
}

// sumOf is the checksum a stored value carries, 0 for none: a fingerprint
// of what is stored under a key, read without checking it.
func sumOf(stored []byte) uint32 {
	if stored == nil {
		return 0
	}
	if len(stored) < sealLen {
		return 1
	}
	return binary.LittleEndian.Uint32(stored[len(stored)-sealLen:])
}
