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
	if s.rescued != nil {
		s.checkRescued(&r, checkMode{sealOnly: true})
		return r
	}
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
	var r CheckReport
	if s.rescued != nil {
		for _, p := range s.broken {
			r.add(diary.None[diary.Date](), "%s", p)
		}
		nights := []diary.Night{}
		var last diary.Date
		s.soundNightsIn(s.rescuedBucket(bucketNights), from, to, &r, &nights, &last)
		return nights, r.Problems, nil
	}
	nights, err := s.Nights(from, to)
	if err == nil || !errors.Is(err, ErrNotDiary) {
		return nights, nil, err
	}
	nights = nights[:0]
	var last diary.Date
	err = s.view(func(tx *bolt.Tx) error {
		s.soundNightsIn(bucketOf(tx, bucketNights), from, to, &r, &nights, &last)
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

// errStop ends a ForEach early.
var errStop = errors.New("stop")

// soundNightsIn appends to nights the nights from from to to in b that
// can be read whole, adds a problem to r for each one that cannot, and
// keeps in last the date of the last key it got to: a fault in bbolt may
// stop it there, and what it read so far is kept.
func (s *Store) soundNightsIn(b bucketView, from, to diary.Date, r *CheckReport, nights *[]diary.Night, last *diary.Date) {
	if b == nil {
		return
	}
	lo, hi := clampKey(from), clampKey(to)
	_ = b.ForEach(func(k, v []byte) error {
		switch {
		case string(k) < string(lo[:]):
			return nil
		case string(k) > string(hi[:]):
			return errStop
		}
		d, err := keyDate(k)
		if err != nil {
			r.add(diary.None[diary.Date](), "the nights bucket holds a key %s that is not a date", keyWords(k))
			return nil
		}
		*last = d
		var n diary.Night
		switch err := s.readNight(k, v, &n, nil); {
		case err != nil:
			r.add(diary.Some(d), "cannot be read: %v", err)
		case n.Date != d:
			r.add(diary.Some(d), "the night stored there is dated %s", n.Date)
		default:
			*nights = append(*nights, n)
		}
		return nil
	})
}

// SoundProfile returns the profile, or the defaults and a problem when the
// stored one cannot be read.
func (s *Store) SoundProfile() (diary.Profile, []CheckProblem, error) {
	var p diary.Profile
	var err error
	if s.rescued != nil {
		p, err = s.profileIn(s.rescuedBucket(bucketProfile))
	} else {
		p, err = s.Profile()
	}
	if err == nil || !errors.Is(err, ErrNotDiary) {
		return p, nil, err
	}
	return diary.NewProfile(), []CheckProblem{{Problem: fmt.Sprintf("the profile cannot be read (%v); its defaults are used", err)}}, nil
}
