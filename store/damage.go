package store

import (
	"errors"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
	wordsfmt "github.com/crampsdiary/cramps/diary/words"
)

// DamageError is Open's refusal to write to a diary in which a stored value
// (or, on the day's first open, a page) is damaged. It wraps ErrNotDiary.
// The file was not touched; a read-only Open still reads what is sound.
type DamageError struct {
	Report CheckReport
}

func (e *DamageError) Error() string {
	var b strings.Builder
	b.WriteString(ErrNotDiary.Error())
	b.WriteString(": ")
	if d := e.Report.DamagedNights(); len(d) > 0 {
		dates := make([]string, len(d))
		for i, x := range d {
			dates[i] = x.String()
		}
		if len(d) <= 5 {
			noun := "night"
			if len(d) > 1 {
				noun = "nights"
			}
			fmt.Fprintf(&b, "the %s %s cannot be read", noun, wordsfmt.List(dates))
		} else {
			fmt.Fprintf(&b, "%s nights between %s and %s cannot be read ('cramps check' lists them)",
				wordsfmt.Count(len(d)), dates[0], dates[len(dates)-1])
		}
	}
	var other []string
	for _, p := range e.Report.Problems {
		if !p.Night.Known() {
			other = append(other, p.Problem)
		}
	}
	if len(other) > 0 {
		if b.Len() > len(ErrNotDiary.Error())+2 {
			b.WriteString("; ")
		}
		b.WriteString(strings.Join(other, "; "))
	}
	return b.String()
}

func (e *DamageError) Unwrap() error { return ErrNotDiary }

// IsDamaged reports whether err is a refusal because of damage found in the
// diary's values or pages, and returns the report of what was found.
func IsDamaged(err error) (CheckReport, bool) {
	var de *DamageError
	if errors.As(err, &de) {
		return de.Report, true
	}
	return CheckReport{}, false
}

// Damage checks every value's checksum and bbolt's pages, as a write or a
// snapshot would be checked first, and reports what is damaged; unlike Check
// it does not judge the nights by today's validation rules.
func (s *Store) Damage() CheckReport { return s.verify(true) }

// verify checks what must hold before the diary may be written: every value
// passes its checksum (an older schema's: decodes) under its own key, in key
// order, and, when structure is set, bbolt's pages pass Tx.Check. Unlike
// Check it does not judge the nights against today's validation rules: a
// night an older cramps accepted stays writable beside.
func (s *Store) verify(structure bool) CheckReport {
	r := CheckReport{SchemaVersion: s.schema}
	run := func(tx *bolt.Tx) error {
		s.checkTx(tx, &r, checkMode{structure: structure, sealOnly: true})
		return errRollback
	}
	// A read transaction: verify runs while Open holds the file, before any
	// save can run beside bbolt's page walk.
	err := s.view(run)
	if err != nil && !errors.Is(err, errRollback) {
		r.add(diary.None[diary.Date](), "%v", err)
	}
	return r
}

// SoundNights returns the nights from from to to, both included, that can
// be read whole, and a problem for each one that cannot (by its date), or
// for a stretch of the file that cannot be read at all. It is how a reading
// command, `cramps export` above all, still gives what is sound in a
// damaged diary. On a sound diary it is Nights with no problems.
func (s *Store) SoundNights(from, to diary.Date) ([]diary.Night, []CheckProblem, error) {
	nights, err := s.Nights(from, to)
	if err == nil || !errors.Is(err, ErrNotDiary) {
		return nights, nil, err
	}
	nights = nights[:0]
	var r CheckReport
	var last diary.Date
	err = s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		if b == nil {
			return nil
		}
		lo, hi := clampKey(from), clampKey(to)
		c := b.Cursor()
		for k, v := c.Seek(lo[:]); k != nil && string(k) <= string(hi[:]); k, v = c.Next() {
			d, err := keyDate(k)
			if err != nil {
				r.add(diary.None[diary.Date](), "the nights bucket holds a key %s that is not a date", keyWords(k))
				continue
			}
			last = d
			var n diary.Night
			if err := s.readNight(k, v, &n); err != nil {
				r.add(diary.Some(d), "cannot be read: %v", err)
				continue
			}
			if n.Date != d {
				r.add(diary.Some(d), "the night stored there is dated %s", n.Date)
				continue
			}
			nights = append(nights, n)
		}
		return nil
	})
	if err != nil {
		at := "the nights"
		if last != 0 {
			at = "the nights after " + last.String()
		}
		r.add(diary.None[diary.Date](), "%s cannot be read: %v", at, err)
	}
	return nights, r.Problems, nil
}

// SoundProfile returns the profile, or the defaults and a problem when the
// stored one cannot be read.
func (s *Store) SoundProfile() (diary.Profile, []CheckProblem, error) {
	p, err := s.Profile()
	if err == nil || !errors.Is(err, ErrNotDiary) {
		return p, nil, err
	}
	return diary.NewProfile(), []CheckProblem{{Problem: fmt.Sprintf("the profile cannot be read (%v); its defaults are used", err)}}, nil
}
