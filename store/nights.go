package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// Night returns the night of date d, or ErrNotFound.
func (s *Store) Night(d diary.Date) (diary.Night, error) {
	var n diary.Night
	err := s.view(func(tx *bolt.Tx) error {
		k, ok := dateKey(d)
		b := tx.Bucket(bucketNights)
		if !ok || b == nil {
			return ErrNotFound
		}
		v := b.Get(k[:])
		if v == nil {
			return ErrNotFound
		}
		return s.decodeNight(k[:], v, &n)
	})
	if err != nil {
		return diary.Night{}, fmt.Errorf("read night %s: %w", d, err)
	}
	return n, nil
}

// Has reports whether a night is stored for date d.
func (s *Store) Has(d diary.Date) (bool, error) {
	var found bool
	err := s.view(func(tx *bolt.Tx) error {
		k, ok := dateKey(d)
		if b := tx.Bucket(bucketNights); ok && b != nil {
			found = b.Get(k[:]) != nil
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("look up night %s: %w", d, err)
	}
	return found, nil
}

// Count returns how many nights are stored.
func (s *Store) Count() (int, error) {
	var n int
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketNights); b != nil {
			n = b.Stats().KeyN
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("count nights: %w", err)
	}
	return n, nil
}

// Nights returns the nights from from to to, both included, in date order.
// An empty range, or one with no nights, gives an empty list.
func (s *Store) Nights(from, to diary.Date) ([]diary.Night, error) {
	out := []diary.Night{}
	if to < from {
		return out, nil
	}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		if b == nil {
			return nil
		}
		lo, hi := clampKey(from), clampKey(to)
		out = make([]diary.Night, 0, min(int64(to)-int64(from)+1, 1024)) // int64: to-from may overflow a Date
		c := b.Cursor()
		for k, v := c.Seek(lo[:]); k != nil && bytes.Compare(k, hi[:]) <= 0; k, v = c.Next() {
			out = append(out, diary.Night{})
			if err := s.decodeNight(k, v, &out[len(out)-1]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read nights %s to %s: %w", from, to, err)
	}
	return out, nil
}

// AllNights returns every night in date order.
func (s *Store) AllNights() ([]diary.Night, error) {
	out := []diary.Night{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		first, _ := c.First()
		last, _ := c.Last()
		out = make([]diary.Night, 0, daysSpanned(first, last)) // one allocation, not a dozen copies
		for k, v := c.First(); k != nil; k, v = c.Next() {
			out = append(out, diary.Night{})
			if err := s.decodeNight(k, v, &out[len(out)-1]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read all nights: %w", err)
	}
	return out, nil
}

// daysSpanned returns how many days the keys first to last cover, both
// included: at least as many as the nights between them, and found without
// walking every page as Bucket.Stats would. It is 0 when either key is not a date.
func daysSpanned(first, last []byte) int {
	a, err1 := diary.ParseDate(string(first))
	b, err2 := diary.ParseDate(string(last))
	if err1 != nil || err2 != nil || b < a {
		return 0
	}
	return min(b.DaysSince(a)+1, maxPresize)
}

// maxPresize bounds the slice AllNights allocates up front, so a diary with
// two nights a century apart does not ask for a century of nights.
const maxPresize = 1 << 16

// Conflicts returns the dates of nights that are already stored, in the
// order given: `cramps import` lists them and writes nothing unless told
// to overwrite.
func (s *Store) Conflicts(nights []diary.Night) ([]diary.Date, error) {
	var out []diary.Date
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		if b == nil {
			return nil
		}
		for _, n := range nights {
			if k, ok := dateKey(n.Date); ok && b.Get(k[:]) != nil {
				out = append(out, n.Date)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("look for nights already logged: %w", err)
	}
	return out, nil
}

// PutNight validates and saves one night in one transaction, replacing any
// night of the same date. An invalid night is not saved: the error wraps its
// diary.Problems (errors.As finds them, each with its path).
func (s *Store) PutNight(n diary.Night) error {
	if err := s.putNight(n); err != nil {
		return fmt.Errorf("save night %s: %w", n.Date, err)
	}
	return nil
}

func (s *Store) putNight(n diary.Night) error {
	if s.readOnly {
		return ErrReadOnly
	}
	if ps := n.Validate(); len(ps) > 0 {
		return ps
	}
	k, _ := dateKey(n.Date) // a valid night's year has four digits
	v := encodeNight(n)
	return s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketNights).Put(k[:], v)
	})
}

// DeleteNight removes the night of date d, or returns ErrNotFound.
func (s *Store) DeleteNight(d diary.Date) error {
	err := s.update(func(tx *bolt.Tx) error {
		k, ok := dateKey(d)
		b := tx.Bucket(bucketNights)
		if !ok || b.Get(k[:]) == nil {
			return ErrNotFound
		}
		return b.Delete(k[:])
	})
	if err != nil {
		return fmt.Errorf("delete night %s: %w", d, err)
	}
	return nil
}

// Import writes nights, and the profile when it is not nil, in one
// transaction: all of it or, on any error, nothing. Everything is validated
// first; the error then wraps diary.Problems listing every problem, with
// paths like "nights[12].episodes[0].duration_s" (the index into nights) and
// "profile.water_goal_ml". Two nights of the same date are a problem too.
// Nights already stored are replaced: check Conflicts first to refuse them.
func (s *Store) Import(p *diary.Profile, nights []diary.Night) error {
	if err := s.importAll(p, nights); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

func (s *Store) importAll(p *diary.Profile, nights []diary.Night) error {
	if s.readOnly {
		return ErrReadOnly
	}
	var ps diary.Problems
	if p != nil {
		ps = append(ps, p.Validate().Under("profile")...)
	}
	first := make(map[diary.Date]int, len(nights))
	for i, n := range nights {
		at := fmt.Sprintf("nights[%d]", i)
		ps = append(ps, n.Validate().Under(at)...)
		if j, dup := first[n.Date]; dup {
			ps = append(ps, diary.Problem{Path: at + ".date",
				Msg: fmt.Sprintf("%s is also the date of nights[%d]", n.Date, j)})
		} else {
			first[n.Date] = i
		}
	}
	if len(ps) > 0 {
		return ps
	}
	keys := make([][dateKeyLen]byte, len(nights))
	vals := make([][]byte, len(nights))
	for i, n := range nights {
		keys[i], _ = dateKey(n.Date)
		vals[i] = encodeNight(n)
	}
	var pv []byte
	if p != nil {
		pv = encodeProfile(*p)
	}
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		for i := range keys {
			if err := b.Put(keys[i][:], vals[i]); err != nil {
				return fmt.Errorf("night %s: %w", nights[i].Date, err)
			}
		}
		if pv != nil {
			if err := tx.Bucket(bucketProfile).Put(keyProfile, pv); err != nil {
				return fmt.Errorf("profile: %w", err)
			}
		}
		return nil
	})
}

// decodeNight reads the night stored under key k into *n, a zero Night, with
// the store's schema, and checks that it is the night of that date.
func (s *Store) decodeNight(k, v []byte, n *diary.Night) error {
	if err := s.codec.night(v, n); err != nil {
		return fmt.Errorf("%w: the night stored under %q: %w", ErrNotDiary, k, err)
	}
	return checkKey(k, n.Date)
}

// checkKey reports an error unless k is the key of date d.
func checkKey(k []byte, d diary.Date) error {
	if want, ok := dateKey(d); !ok || !bytes.Equal(k, want[:]) {
		return fmt.Errorf("%w: the night stored under %q is dated %s", ErrNotDiary, k, d)
	}
	return nil
}
