package store

import (
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// CheckReport is what Check found.
type CheckReport struct {
	SchemaVersion int
	Nights        int
	First, Last   diary.Date
	Problems      []string
}

// maxCheckProblems caps the problems Check lists, so that a file damaged
// throughout still gives a report one can read; the last line counts the rest.
const maxCheckProblems = 100

// errRollback ends Check's transaction without committing anything.
var errRollback = errors.New("check done")

// Check verifies the file page by page and every stored value; it returns
// a summary of what it found, or the problems.
//
// It reads the meta bucket, decodes every night and the profile and
// validates them, then runs bbolt's consistency check of the pages. The
// report is always filled in; when it lists problems the error wraps
// ErrNotDiary. Check writes nothing. On a writable store it runs in a
// transaction that is rolled back, so that no save can run beside bbolt's
// page walk, which bbolt does not allow.
func (s *Store) Check() (CheckReport, error) {
	r := CheckReport{SchemaVersion: s.schema}
	var found problemList
	run := func(tx *bolt.Tx) error {
		s.checkTx(tx, &r, &found)
		return errRollback
	}
	var err error
	if s.readOnly {
		err = s.view(run)
	} else {
		err = guard(func() error { return s.db.Update(run) })
	}
	if err != nil && !errors.Is(err, errRollback) {
		found.add("%v", err)
	}
	r.Problems = found.lines()
	if found.n > 0 {
		return r, fmt.Errorf("check diary %s: %w: %d problems found", s.path, ErrNotDiary, found.n)
	}
	return r, nil
}

// checkTx fills r and found from the diary in tx. It decodes every value
// before bbolt's check walks the pages: the decoding runs under guard and so
// meets a damaged page first, where a fault is caught, while bbolt's check
// runs on a goroutine of its own.
func (s *Store) checkTx(tx *bolt.Tx, r *CheckReport, found *problemList) {
	if _, err := readState(tx); err != nil {
		found.add("%v", err)
	}
	if b := tx.Bucket(bucketNights); b != nil { // readState has reported a missing bucket
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			s.checkNight(k, v, r, found)
		}
	}
	s.checkProfile(tx, found)
	for err := range tx.Check() { // drained to the end, or bbolt's goroutine would wait forever
		found.add("bbolt: %v", err)
	}
}

// checkProfile checks the stored profile, if one is saved.
func (s *Store) checkProfile(tx *bolt.Tx, found *problemList) {
	b := tx.Bucket(bucketProfile)
	if b == nil {
		return // readState has reported it
	}
	v := b.Get(keyProfile)
	if v == nil {
		return // none saved: the defaults apply
	}
	p, err := s.codec.profile(v)
	if err != nil {
		found.add("the profile cannot be read: %v", err)
		return
	}
	for _, pr := range p.Validate() {
		found.add("profile: %s", pr)
	}
}

// checkNight checks the night stored under key k.
func (s *Store) checkNight(k, v []byte, r *CheckReport, found *problemList) {
	if v == nil {
		found.add("the nights bucket holds a bucket %q", k)
		return
	}
	d, err := diary.ParseDate(string(k))
	if err != nil || d.String() != string(k) {
		found.add("the nights bucket holds a key %q that is not a date", k)
		return
	}
	var n diary.Night
	if err := s.codec.night(v, &n); err != nil {
		found.add("night %s cannot be read: %v", k, err)
		return
	}
	if n.Date != d {
		found.add("night %s is stored under the date %s", n.Date, k)
	}
	for _, p := range n.Validate() {
		found.add("night %s: %s", k, p)
	}
	if r.Nights == 0 || d < r.First {
		r.First = d
	}
	if r.Nights == 0 || d > r.Last {
		r.Last = d
	}
	r.Nights++
}

// problemList collects problems, keeping the first maxCheckProblems.
type problemList struct {
	list []string
	n    int
}

func (l *problemList) add(format string, args ...any) {
	l.n++
	if len(l.list) < maxCheckProblems {
		l.list = append(l.list, fmt.Sprintf(format, args...))
	}
}

func (l *problemList) lines() []string {
	if l.n > len(l.list) {
		return append(l.list, fmt.Sprintf("… and %d more problems", l.n-len(l.list)))
	}
	return l.list
}
