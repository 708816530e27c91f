package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/crampsdiary/cramps/diary"
)

// Open opens the diary at path, creating it (0600, in a 0700 directory) when
// it does not exist, and migrating an older schema.
//
// An existing file is checked before bbolt maps it (preflight.go), then opened
// read-only to read its format marker and schema, and only then opened for
// writing: a damaged or foreign file gets an error wrapping ErrNotDiary and
// is left byte for byte as it was, and a newer diary gets ErrTooNew. A file
// held by another cramps gives ErrLocked after Options.LockTimeout. An empty
// file, or a bbolt file that never got past its creation, becomes a new diary.
// A read-only Open needs an existing diary and writes nothing; it reads an
// older schema as it is, without migrating it.
//
// On the first read-write open of a day, Open leaves a snapshot of the diary
// in a backups directory beside it (snapshot.go); a failed snapshot does not
// stop the diary opening and is reported by Warnings.
func Open(path string, opts Options) (*Store, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	s, err := open(path, opts, time.Now().Add(opts.LockTimeout))
	if err != nil {
		return nil, fmt.Errorf("open diary %s: %w", path, err)
	}
	return s, nil
}

// errLockTimeout is sharedLock's timeout, reported as ErrLocked.
var errLockTimeout = errors.New("lock wait timed out")

// state is what a diary file's meta bucket says.
type state struct {
	schema int
	// blank: a bbolt file with no bucket and no transaction after its
	// creation; a cramps that stopped between creating the file and setting
	// it up leaves one, and nothing can be lost by setting it up now.
	blank bool
	// damagedMeta describes a meta page that fails its checks while the
	// other passes; bbolt reads through the sound one (preflight).
	damagedMeta string
	// broken lists what is wrong with the file's index (pagewalk.go), and
	// rescued holds what could be read of each bucket in spite of it; both
	// nil when the index is sound.
	broken  []string
	rescued map[string]*rescuedBucket
	// walked is the meta page whose index inspect walked and found sound.
	walked boltMeta
}

// open is Open; every wait for a lock ends by deadline.
func open(path string, opts Options, deadline time.Time) (*Store, error) {
	fi, err := os.Stat(path)
	exists := err == nil
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return nil, err
	case err != nil && opts.ReadOnly:
		return nil, fmt.Errorf("there is no diary there yet: %w", err)
	case exists && !fi.Mode().IsRegular():
		return nil, fmt.Errorf("%w: it is not a regular file", ErrNotDiary)
	case exists && fi.Size() == 0 && opts.ReadOnly:
		return nil, fmt.Errorf("%w: the file is empty", ErrNotDiary)
	case exists && fi.Size() == 0 && hasSnapshots(path):
		return nil, ErrEmptied
	}

	var damagedMeta string
	var walked boltMeta
	if opts.ReadOnly {
		db, st, err := inspect(path, deadline, true)
		if err != nil {
			return nil, err
		}
		if st.blank {
			_ = db.Close()
			return nil, fmt.Errorf("%w: the file holds no diary yet", ErrNotDiary)
		}
		codec, _ := codecFor(st.schema)
		s := &Store{path: path, db: db, readOnly: true, schema: st.schema, codec: codec, damagedMeta: st.damagedMeta,
			broken: st.broken, rescued: st.rescued}
		s.noteDamagedMeta()
		return s, nil
	}

	if exists && fi.Size() > 0 {
		db, st, err := inspect(path, deadline, false)
		if err != nil {
			return nil, err
		}
		damagedMeta, walked = st.damagedMeta, st.walked
		if err := db.Close(); err != nil {
			return nil, err
		}
	} else if !exists {
		if err := mkdirPrivate(filepath.Dir(path)); err != nil {
			return nil, fmt.Errorf("create its directory: %w", err)
		}
	}
	return openWritable(path, opts, deadline, exists, fi, damagedMeta, walked)
}

// ErrEmptied refuses an empty file that has snapshots beside it: the diary
// was lost (emptied by a crash, a full disk or a mistake), and starting a new
// one there would, within a week, push its snapshots out of the backups. It
// wraps ErrNotDiary.
var ErrEmptied = fmt.Errorf("%w: the file is empty, yet snapshots of a diary lie in its %s folder; restore the newest of them",
	ErrNotDiary, BackupDirName)

// inspect checks an existing, non-empty file and opens it read-only with
// bbolt: preflight and the walk of its index under a shared lock, then the
// format marker and schema. It writes nothing. On success the returned db
// holds bbolt's shared lock.
//
// A file whose index fails the walk is never given to bbolt: with rescue
// set, the returned state holds what the walk could read, and db is nil;
// without, the error is a *DamageError.
func inspect(path string, deadline time.Time, rescue bool) (*bolt.DB, state, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, state{}, err
	}
	defer f.Close() // releases the shared lock; bbolt's own stays
	if err := sharedLock(f, deadline); err != nil {
		if errors.Is(err, errLockTimeout) {
			return nil, state{}, ErrLocked
		}
		return nil, state{}, fmt.Errorf("lock: %w", err)
	}
	broken, damagedMeta, walked, err := checkIndex(f, boltMeta{})
	if err != nil {
		return nil, state{}, err
	}
	if len(broken) > 0 {
		if !rescue {
			return nil, state{}, brokenError(0, broken)
		}
		return rescueState(f, broken, damagedMeta)
	}
	db, err := openBolt(path, true, deadline)
	if err != nil {
		return nil, state{}, err
	}
	var st state
	err = guard(func() error {
		return db.View(func(tx *bolt.Tx) (err error) {
			st, err = readState(tx)
			return err
		})
	})
	if err != nil {
		_ = db.Close()
		return nil, state{}, err
	}
	st.damagedMeta, st.walked = damagedMeta, walked
	return db, st, nil
}

// checkIndex runs preflight on the bbolt file f and then walks its index
// (pagewalk.go): it returns what is wrong with the index, none when bbolt's
// cursors may follow it, the damaged meta page bbolt reads around, and the
// meta page it walked from. A file preflight refuses is an error wrapping
// ErrNotDiary. When the meta page is walked, the index it names was found
// sound already, and is not walked again.
func checkIndex(f *os.File, walked boltMeta) (broken []string, damagedMeta string, cur boltMeta, err error) {
	size, err := fileSize(f)
	if err != nil {
		return nil, "", boltMeta{}, err
	}
	p, damagedMeta, cur := preflight(f, size)
	if p != "" {
		return nil, "", boltMeta{}, fmt.Errorf("%w: %s", ErrNotDiary, p)
	}
	if cur.txid == walked.txid && cur.checksum == walked.checksum && cur.pgid == walked.pgid && walked.magic == boltMagic {
		return nil, damagedMeta, cur, nil // no transaction since: the same pages
	}
	broken, _, err = walkFile(f, cur, false)
	if err != nil {
		return nil, "", boltMeta{}, fmt.Errorf("read the file's index: %w", err)
	}
	return broken, damagedMeta, cur, nil
}

// rescueState walks the index of f again, keeping what it can read, and
// returns the state of the diary that holds: a damaged index over a file
// that is a cramps diary still yields its sound values to the reads.
func rescueState(f *os.File, broken []string, damagedMeta string) (*bolt.DB, state, error) {
	size, err := fileSize(f)
	if err != nil {
		return nil, state{}, err
	}
	_, _, cur := preflight(f, size)
	_, buckets, err := walkFile(f, cur, true)
	if err != nil {
		return nil, state{}, fmt.Errorf("read the file's index: %w", err)
	}
	meta := buckets[string(bucketMeta)]
	if meta == nil {
		return nil, state{}, brokenError(0, append(broken, "its meta bucket cannot be reached, so it cannot be told for a cramps diary"))
	}
	has := func(name []byte) bool { return buckets[string(name)] != nil }
	st, err := stateOf(meta.Get(keyFormat), meta.Get(keySchema), has)
	if err != nil {
		return nil, state{}, err
	}
	st.damagedMeta, st.broken, st.rescued = damagedMeta, broken, buckets
	return nil, st, nil
}

// brokenError is the refusal of a diary of schema whose index is damaged
// as broken says.
func brokenError(schema int, broken []string) *DamageError {
	r := CheckReport{SchemaVersion: schema}
	for _, p := range broken {
		r.add(diary.None[diary.Date](), "%s", p)
	}
	return &DamageError{Report: r}
}

// openWritable opens the file for writing, under bbolt's exclusive lock,
// checks every stored value, sets up a new diary or migrates an older one,
// and takes the day's snapshot. existed and fi describe the file before Open
// touched it; walked is the meta page whose index inspect found sound.
//
// A diary with a damaged value, or (on the day's first open, before its
// snapshot) damage in bbolt's pages, is refused with a *DamageError: it is
// never written to, and never copied over a good snapshot.
func openWritable(path string, opts Options, deadline time.Time, existed bool, fi fs.FileInfo, damagedMeta string, walked boltMeta) (*Store, error) {
	db, err := openBolt(path, false, deadline)
	if err != nil {
		return nil, err
	}
	s := &Store{path: path, db: db, damagedMeta: damagedMeta}
	s.noteDamagedMeta()

	// Walk the index again now that this open holds the file, if another
	// cramps has written to it since inspect let go.
	if err := indexSound(path, walked); err != nil {
		_ = db.Close()
		return nil, err
	}

	// Read the state again: another cramps may have changed the file between
	// inspect letting go and this open taking the lock.
	var st state
	err = s.view(func(tx *bolt.Tx) (err error) {
		st, err = readState(tx)
		return err
	})
	if err == nil && st.blank && existed && hasSnapshots(path) {
		err = ErrEmptied
	}
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	s.schema = st.schema
	s.codec, _ = codecFor(st.schema)
	if !st.blank {
		due := !opts.NoSnapshot && snapshotDue(path, opts.Now())
		if r := s.verify(due); !r.Sound() {
			_ = db.Close()
			return nil, &DamageError{Report: r}
		}
		if due {
			// Before any migration, so the day's copy is the file as it was.
			if err := s.takeSnapshot(opts.Now()); err != nil {
				s.warnings = append(s.warnings, fmt.Errorf("the daily snapshot was not taken: %w", err))
			}
		}
	}
	if st.blank || st.schema < SchemaVersion {
		if err := s.update(setUp); err != nil {
			_ = db.Close()
			return nil, err
		}
		s.schema = SchemaVersion
		s.codec, _ = codecFor(SchemaVersion)
	}
	if err := tightenMode(path, existed, fi); err != nil {
		s.warnings = append(s.warnings, fmt.Errorf("could not make the diary private (mode 0600): %w", err))
	}
	return s, nil
}

// setUp makes the file in tx a current diary: a blank file gets its buckets
// and meta, all in this one transaction; an older schema is migrated.
func setUp(tx *bolt.Tx) error {
	st, err := readState(tx)
	if err != nil {
		return err
	}
	if !st.blank {
		return migrate(tx, st.schema)
	}
	for _, name := range [][]byte{bucketMeta, bucketNights, bucketProfile} {
		if _, err := tx.CreateBucket(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	if err := tx.Bucket(bucketMeta).Put(keyFormat, []byte(formatMarker)); err != nil {
		return fmt.Errorf("write format marker: %w", err)
	}
	return putSchema(tx, SchemaVersion)
}

// readState reads the meta bucket: is this a cramps diary, of which schema.
func readState(tx *bolt.Tx) (state, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		committed := tx.ID() // a writable transaction has the id it will commit as
		if tx.Writable() {
			committed--
		}
		if k, _ := tx.Cursor().First(); k == nil && committed <= 1 {
			return state{blank: true}, nil
		}
		return state{}, fmt.Errorf("%w: it is a bbolt database of another program", ErrNotDiary)
	}
	return stateOf(meta.Get(keyFormat), meta.Get(keySchema), func(name []byte) bool { return tx.Bucket(name) != nil })
}

// stateOf judges a meta bucket's format marker f and schema raw, in a file
// that has the buckets has says.
func stateOf(f, raw []byte, has func(name []byte) bool) (state, error) {
	if string(f) != formatMarker {
		return state{}, fmt.Errorf("%w: it is a bbolt database not marked as a cramps diary", ErrNotDiary)
	}
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 1 || strconv.Itoa(v) != string(raw) {
		return state{}, fmt.Errorf("%w: its schema version %s is not a version", ErrNotDiary, keyWords(raw))
	}
	if v > SchemaVersion {
		return state{}, fmt.Errorf("%w (its schema is %d; this cramps reads up to %d): update cramps to open it",
			ErrTooNew, v, SchemaVersion)
	}
	if _, ok := codecFor(v); !ok {
		return state{}, fmt.Errorf("%w: schema %d is unknown", ErrNotDiary, v)
	}
	// Every schema has had these buckets from the start: one missing means
	// damage, which is reported, never patched over with an empty bucket.
	for _, name := range [][]byte{bucketNights, bucketProfile} {
		if !has(name) {
			return state{}, fmt.Errorf("%w: its %s bucket is missing", ErrNotDiary, name)
		}
	}
	return state{schema: v}, nil
}

// indexSound walks the index of the file at path, as openWritable holds it,
// unless it is the one walked already, and refuses a damaged one with a
// *DamageError.
func indexSound(path string, walked boltMeta) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	broken, _, _, err := checkIndex(f, walked)
	if err != nil {
		return err
	}
	if len(broken) > 0 {
		return brokenError(0, broken)
	}
	return nil
}

// putSchema records the schema version in the meta bucket.
func putSchema(tx *bolt.Tx, v int) error {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return fmt.Errorf("write schema version: %w: no meta bucket", ErrNotDiary)
	}
	if err := meta.Put(keySchema, []byte(strconv.Itoa(v))); err != nil {
		return fmt.Errorf("write schema version: %w", err)
	}
	return nil
}

// openBolt opens path with bbolt, guarded against a damaged file, mapping a
// lock timeout to ErrLocked and bbolt's own complaints to ErrNotDiary.
func openBolt(path string, readOnly bool, deadline time.Time) (*bolt.DB, error) {
	// bbolt waits forever on a zero timeout; past the deadline it gets one try.
	timeout := max(time.Until(deadline), time.Nanosecond)
	var db *bolt.DB
	err := guard(func() (err error) {
		db, err = bolt.Open(path, privateFileMode, &bolt.Options{Timeout: timeout, ReadOnly: readOnly})
		return err
	})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, ErrLocked
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch),
		errors.Is(err, berrors.ErrChecksum):
		return nil, fmt.Errorf("%w: %w", ErrNotDiary, err)
	}
	return nil, err
}

// tightenMode makes the diary file 0600: a file Open created gets exactly
// that, and an existing file wider than that loses the extra bits.
func tightenMode(path string, existed bool, before fs.FileInfo) error {
	if !existed {
		fi, err := os.Stat(path)
		if err != nil {
			return err
		}
		if fi.Mode().Perm() != privateFileMode {
			return os.Chmod(path, privateFileMode)
		}
		return nil
	}
	if perm := before.Mode().Perm(); perm&^privateFileMode != 0 {
		return os.Chmod(path, perm&privateFileMode)
	}
	return nil
}

// noteDamagedMeta warns of a damaged meta page the diary was opened without.
func (s *Store) noteDamagedMeta() {
	if s.damagedMeta != "" {
		s.warnings = append(s.warnings, fmt.Errorf("%s; cramps reads the diary through bbolt's second copy, and the next save writes this one anew", s.damagedMeta))
	}
}
