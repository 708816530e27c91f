package store

import (
	"bytes"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// Night returns the night of date d, or ErrNotFound. In a diary whose index
// is damaged it returns the night when it was rescued whole, and otherwise
// the *DamageError: a night the index no longer reaches is not "not found".
func (s *Store) Night(d diary.Date) (diary.Night, error) {
	var n diary.Night
	if s.rescued != nil {
		return s.rescuedNight(d)
	}
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
		return s.decodeNight(k[:], v, &n, nil)
	})
	if err != nil {
		return diary.Night{}, fmt.Errorf("read night %s: %w", d, err)
	}
	return n, nil
}

// rescuedNight is Night in a diary whose index is damaged.
func (s *Store) rescuedNight(d diary.Date) (diary.Night, error) {
	k, ok := dateKey(d)
	if b := s.rescuedBucket(bucketNights); ok && b != nil {
		var n diary.Night
		if v := b.Get(k[:]); v != nil && s.decodeNight(k[:], v, &n, nil) == nil {
			return n, nil
		}
	}
	return diary.Night{}, fmt.Errorf("read night %s: %w", d, brokenError(s.schema, s.broken))
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
	first, last, ok, err := s.ends()
	if err != nil {
		return nil, fmt.Errorf("read nights %s to %s: %w", from, to, err)
	}
	from, to = max(from, first), min(to, last) // so the room asked for is room the nights can use
	if !ok || to < from {
		return []diary.Night{}, nil
	}
	if days := to.DaysSince(from) + 1; from == first && to == last && days >= parallelDays && days <= maxSlots {
		return s.AllNights() // the whole of a long diary: read in two halves at once
	}
	out := make([]diary.Night, 0, min(to.DaysSince(from)+1, maxSlots))
	populate(out)
	err = s.view(func(tx *bolt.Tx) error {
		return s.scan(tx, from, to, func(diary.Date) *diary.Night {
			out = append(out, diary.Night{})
			return &out[len(out)-1]
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read nights %s to %s: %w", from, to, err)
	}
	return out, nil
}

// AllNights returns every night in date order.
//
// A long diary is read in two halves at once, each in its own read
// transaction, into one slot a day; the empty days are then squeezed out.
// Loading is mostly the first touch of fresh memory and the decoding of
// each night, and a second core takes half of both.
func (s *Store) AllNights() ([]diary.Night, error) {
	first, last, ok, err := s.ends()
	switch {
	case err != nil:
		return nil, fmt.Errorf("read all nights: %w", err)
	case !ok:
		return []diary.Night{}, nil
	}
	days := last.DaysSince(first) + 1
	if days < parallelDays || days > maxSlots {
		nights, err := s.Nights(first, last)
		if err != nil {
			return nil, fmt.Errorf("read all nights: %w", err)
		}
		return nights, nil
	}
	slots := make([]diary.Night, days)
	populate(slots)
	filled := make([]bool, days)
	mid := first.AddDays(days / 2)
	halves := [2][2]diary.Date{{first, mid.AddDays(-1)}, {mid, last}}
	var errs [2]error
	var wg sync.WaitGroup
	for h, span := range halves {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[h] = s.view(func(tx *bolt.Tx) error {
				return s.scan(tx, span[0], span[1], func(d diary.Date) *diary.Night {
					i := d.DaysSince(first)
					filled[i] = true
					return &slots[i]
				})
			})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("read all nights: %w", err)
		}
	}
	j := 0
	for i := range slots {
		if filled[i] {
			slots[j] = slots[i]
			j++
		}
	}
	clear(slots[j:]) // the moved nights' lists live on in their copies only
	return slots[:j:j], nil
}

// The bounds of the parallel read: below parallelDays two goroutines cost
// more than they save; above maxSlots (180 years) a slot a day would ask for
// memory a sparse diary does not need, and the plain read is used.
const (
	parallelDays = 2048
	maxSlots     = 1 << 16
)

// ends returns the dates of the first and last nights stored; ok is false
// when there are none.
func (s *Store) ends() (first, last diary.Date, ok bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		k1, _ := c.First()
		k2, _ := c.Last()
		if k1 == nil {
			return nil
		}
		var e1, e2 error
		if first, e1 = keyDate(k1); e1 != nil {
			return e1
		}
		if last, e2 = keyDate(k2); e2 != nil {
			return e2
		}
		ok = true
		return nil
	})
	return first, last, ok, err
}

// keyDate reads a night's key as its date, without the allocation of
// diary.ParseDate: a load reads ten thousand keys. decodeNight checks the
// key against the stored date, so a key that spells no real date goes no
// further than that.
func keyDate(k []byte) (diary.Date, error) {
	y, ok1 := keyNumber(k, 0, 4)
	m, ok2 := keyNumber(k, 5, 7)
	d, ok3 := keyNumber(k, 8, 10)
	if len(k) != dateKeyLen || !ok1 || !ok2 || !ok3 || k[4] != '-' || k[7] != '-' || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("%w: a night is stored under %s", ErrNotDiary, keyWords(k))
	}
	return diary.NewDate(y, time.Month(m), d), nil
}

// keyNumber reads the decimal digits k[from:to].
func keyNumber(k []byte, from, to int) (int, bool) {
	if len(k) < to {
		return 0, false
	}
	n := 0
	for _, c := range k[from:to] {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// scan decodes the nights from from to to, both included, in date order,
// each into the Night that into returns for its key's date (a zero Night).
func (s *Store) scan(tx *bolt.Tx, from, to diary.Date, into func(diary.Date) *diary.Night) error {
	b := tx.Bucket(bucketNights)
	if b == nil || to < from {
		return nil
	}
	lo, hi := clampKey(from), clampKey(to)
	c := b.Cursor()
	var sl slab
	for k, v := c.Seek(lo[:]); k != nil && bytes.Compare(k, hi[:]) <= 0; k, v = c.Next() {
		d, err := keyDate(k)
		if err != nil {
			return err
		}
		if err := s.decodeNight(k, v, into(d), &sl); err != nil {
			return err
		}
	}
	return nil
}

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
	k, _ := dateKey(n.Date) // a valid night's year has four digits
	return s.putValid(n.Validate(), bucketNights, k[:], func() []byte { return encodeNight(n) })
}

// putValid saves the value encode gives under key in bucket, sealed, in one
// transaction, unless the store is read-only or problems, the value's
// validation, lists any: then it returns them.
func (s *Store) putValid(problems diary.Problems, bucket, key []byte, encode func() []byte) error {
	if s.readOnly {
		return ErrReadOnly
	}
	if len(problems) > 0 {
		return problems
	}
	v := encode()
	return s.update(func(tx *bolt.Tx) error {
		return putSealed(tx.Bucket(bucket), key, v)
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
// Trials, when given, are saved with them (PutTrial's rules; each replaces
// the trial of its id).
func (s *Store) Import(p *diary.Profile, nights []diary.Night, trials ...diary.Trial) error {
	if err := s.importAll(p, nights, trials); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	return nil
}

func (s *Store) importAll(p *diary.Profile, nights []diary.Night, trials []diary.Trial) error {
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
			if err := putSealed(b, keys[i][:], vals[i]); err != nil {
				return fmt.Errorf("night %s: %w", nights[i].Date, err)
			}
		}
		if pv != nil {
			if err := putSealed(tx.Bucket(bucketProfile), keyProfile, pv); err != nil {
				return fmt.Errorf("profile: %w", err)
			}
		}
		if len(trials) > 0 {
			return s.putTrialsTx(tx, trials)
		}
		return nil
	})
}

// decodeNight reads the night stored under key k into *n, a zero Night, with
// the store's schema, and checks that it is the night of that date. Its
// lists come from sl when it is not nil.
func (s *Store) decodeNight(k, v []byte, n *diary.Night, sl *slab) error {
	if err := s.readNight(k, v, n, sl); err != nil {
		return fmt.Errorf("%w: the night stored under %s: %w", ErrNotDiary, keyWords(k), err)
	}
	return checkKey(k, n.Date)
}

// readNight opens and decodes the value v stored under k into *n, with its
// lists from sl when it is not nil.
func (s *Store) readNight(k, v []byte, n *diary.Night, sl *slab) error {
	v, err := s.codec.open(k, v)
	if err == nil {
		err = s.codec.night(v, n, sl)
	}
	return err
}

// checkKey reports an error unless k is the key of date d.
func checkKey(k []byte, d diary.Date) error {
	if want, ok := dateKey(d); !ok || !bytes.Equal(k, want[:]) {
		return fmt.Errorf("%w: the night stored under %s is dated %s", ErrNotDiary, keyWords(k), d)
	}
	return nil
}
