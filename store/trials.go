package store

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// Self-experiments (SPEC §11) live in their own bucket, keyed by trial id,
// each value in the binary form of wire.go, sealed like every value
// (sealed.go). The bucket is made by the first trial saved: a diary without
// it simply has no trials, so older diaries need no migration (no schema
// before 3 ever held a trial) and a read-only store reads them as they are.

// bucketTrials holds the trials, keyed by id.
var bucketTrials = []byte("trials")

// ErrNoTrial: no trial is stored under that id.
var ErrNoTrial = errors.New("no trial with that id")

// trialFormat is the first byte of a stored trial.
const trialFormat byte = 1

// Tags of a Trial's fields. Stored in every diary: never renumber, only add.
const (
	tagTrialID      = 1
	tagTrialHabit   = 2
	tagTrialStart   = 3
	tagTrialPeriod  = 4
	tagTrialWashout = 5
	tagTrialPairs   = 6
	tagTrialOrder   = 7
	tagTrialStopped = 8
)

// encodeTrial returns the stored form of t.
func encodeTrial(t diary.Trial) []byte {
	e := encoder{b: make([]byte, 0, 48+3*len(t.Order))}
	e.b = append(e.b, trialFormat)
	e.tag(tagTrialID)
	e.str(t.ID)
	e.tag(tagTrialHabit)
	e.str(string(t.Habit))
	e.tag(tagTrialStart)
	e.date(t.Start)
	e.tag(tagTrialPeriod)
	e.varint(int64(t.PeriodNights))
	e.tag(tagTrialWashout)
	e.varint(int64(t.WashoutNights))
	e.tag(tagTrialPairs)
	e.varint(int64(t.Pairs))
	e.strList(tagTrialOrder, t.Order)
	e.optDate(tagTrialStopped, t.Stopped)
	e.tag(tagEnd)
	return e.b
}

// decodeTrial reads a trial stored by encodeTrial.
func decodeTrial(b []byte) (diary.Trial, error) {
	var t diary.Trial
	d, err := decoderFor(b, trialFormat, "trial")
	if err != nil {
		return t, err
	}
	for tag := d.tagAfter(0); tag != tagEnd; tag = d.tagAfter(tag) {
		switch tag {
		case tagTrialID:
			t.ID = d.str()
		case tagTrialHabit:
			t.Habit = diary.TrialHabit(d.str())
		case tagTrialStart:
			t.Start = d.date()
		case tagTrialPeriod:
			t.PeriodNights = d.int()
		case tagTrialWashout:
			t.WashoutNights = d.int()
		case tagTrialPairs:
			t.Pairs = d.int()
		case tagTrialOrder:
			t.Order = d.strList()
		case tagTrialStopped:
			t.Stopped = diary.Some(d.date())
		default:
			d.fail("unknown trial field %d", tag)
		}
	}
	if err := d.end("trial"); err != nil {
		return diary.Trial{}, err
	}
	return t, nil
}

// Trials returns every trial of the diary in start order, none when it has none.
func (s *Store) Trials() ([]diary.Trial, error) {
	var ts []diary.Trial
	err := s.view(func(tx *bolt.Tx) (err error) {
		ts, err = s.readTrials(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read trials: %w", err)
	}
	return ts, nil
}

// readTrials decodes the trials in tx, in start order.
func (s *Store) readTrials(tx *bolt.Tx) ([]diary.Trial, error) {
	b := tx.Bucket(bucketTrials)
	if b == nil {
		return nil, nil
	}
	var ts []diary.Trial
	err := b.ForEach(func(k, v []byte) error {
		t, err := s.decodeTrial(k, v)
		if err != nil {
			return fmt.Errorf("%w: the trial stored under %s: %w", ErrNotDiary, keyWords(k), err)
		}
		if t.ID != string(k) {
			return fmt.Errorf("%w: the trial stored under %s has the id %q", ErrNotDiary, keyWords(k), t.ID)
		}
		ts = append(ts, t)
		return nil
	})
	slices.SortStableFunc(ts, func(a, b diary.Trial) int { return cmp.Compare(a.Start, b.Start) })
	return ts, err
}

// SoundTrials returns the trials that can be read whole, in start order,
// and a problem for each one that cannot: how `cramps export` keeps what is
// sound in a damaged diary. On a sound diary it is Trials with no problems.
func (s *Store) SoundTrials() ([]diary.Trial, []CheckProblem, error) {
	var r CheckReport
	if s.rescued != nil {
		ts := s.soundTrialsIn(s.rescuedBucket(bucketTrials), &r)
		return ts, r.Problems, nil
	}
	ts, err := s.Trials()
	if err == nil || !errors.Is(err, ErrNotDiary) {
		return ts, nil, err
	}
	err = s.view(func(tx *bolt.Tx) error {
		ts = s.soundTrialsIn(bucketOf(tx, bucketTrials), &r)
		return nil
	})
	if err != nil {
		r.add(diary.None[diary.Date](), "the trials cannot be read: %v", err)
	}
	return ts, r.Problems, nil
}

// soundTrialsIn returns the trials in b that can be read whole, in start
// order, adding a problem to r for each one that cannot.
func (s *Store) soundTrialsIn(b bucketView, r *CheckReport) []diary.Trial {
	if b == nil {
		return nil
	}
	var ts []diary.Trial
	_ = b.ForEach(func(k, v []byte) error {
		t, err := s.decodeTrial(k, v)
		switch {
		case err != nil:
			r.add(diary.None[diary.Date](), "trial %s cannot be read: %v", keyWords(k), err)
		case t.ID != string(k):
			r.add(diary.None[diary.Date](), "trial %q is stored under %s", t.ID, keyWords(k))
		default:
			ts = append(ts, t)
		}
		return nil
	})
	slices.SortStableFunc(ts, func(a, b diary.Trial) int { return cmp.Compare(a.Start, b.Start) })
	return ts
}

// PutTrial saves t, replacing the trial with its id if there is one. A trial
// that is invalid, or holds a night another trial holds, is not saved: the
// error wraps diary.Problems.
func (s *Store) PutTrial(t diary.Trial) error {
	if err := s.putTrials([]diary.Trial{t}); err != nil {
		return fmt.Errorf("save trial %s: %w", t.ID, err)
	}
	return nil
}

// putTrials writes ts in one transaction, each replacing the stored trial
// of its id, after checking them against each other and the trials kept.
func (s *Store) putTrials(ts []diary.Trial) error {
	if s.readOnly {
		return ErrReadOnly
	}
	if len(ts) == 0 {
		return nil
	}
	return s.update(func(tx *bolt.Tx) error { return s.putTrialsTx(tx, ts) })
}

// putTrialsTx is putTrials inside tx, for Import to write trials with its nights.
func (s *Store) putTrialsTx(tx *bolt.Tx, ts []diary.Trial) error {
	kept, err := s.readTrials(tx)
	if err != nil {
		return err
	}
	if ps := trialProblems(kept, ts); len(ps) > 0 {
		return ps
	}
	b, err := tx.CreateBucketIfNotExists(bucketTrials)
	if err != nil {
		return fmt.Errorf("create bucket %s: %w", bucketTrials, err)
	}
	for _, t := range ts {
		if err := putSealed(b, []byte(t.ID), encodeTrial(t)); err != nil {
			return fmt.Errorf("trial %s: %w", t.ID, err)
		}
	}
	return nil
}

// trialProblems checks new trials on their own and against the kept trials
// they do not replace. An overlap names both trials by id, since the new
// ones may come from a file in another order.
func trialProblems(kept, ts []diary.Trial) diary.Problems {
	if ps := diary.ValidateTrials(ts); len(ps) > 0 {
		return ps
	}
	var ps diary.Problems
	for _, t := range ts {
		for _, k := range kept {
			replaced := slices.ContainsFunc(ts, func(n diary.Trial) bool { return n.ID == k.ID })
			if !replaced && diary.Overlaps(k, t) {
				ps = append(ps, diary.Problem{Path: "trials", Msg: fmt.Sprintf("%s overlaps the diary's trial %s (nights %s to %s): one trial at a time",
					t.ID, k.ID, k.Start, k.End())})
				break
			}
		}
	}
	return ps
}

// DeleteTrial removes the trial with the id, or returns ErrNoTrial.
func (s *Store) DeleteTrial(id string) error {
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTrials)
		if b == nil || b.Get([]byte(id)) == nil {
			return ErrNoTrial
		}
		return b.Delete([]byte(id))
	})
	if err != nil {
		return fmt.Errorf("delete trial %s: %w", id, err)
	}
	return nil
}

// decodeTrial reads the trial stored under key k with the store's schema.
func (s *Store) decodeTrial(k, v []byte) (diary.Trial, error) {
	v, err := s.codec.open(k, v)
	if err != nil {
		return diary.Trial{}, err
	}
	return decodeTrial(v)
}

// checkTrials adds the problems of the stored trials to r: each must read
// back under its own key and, when mode.validate, pass ValidateTrials.
func (s *Store) checkTrials(b bucketView, r *CheckReport, mode checkMode) {
	if b == nil {
		return
	}
	none := diary.None[diary.Date]()
	var ts []diary.Trial
	_ = b.ForEach(func(k, v []byte) error {
		if v == nil {
			r.add(none, "the trials bucket holds a bucket %s", keyWords(k))
			return nil
		}
		t, err := s.decodeTrial(k, v)
		switch {
		case err != nil:
			r.add(none, "trial %s cannot be read: %v", keyWords(k), err)
		case t.ID != string(k):
			r.add(none, "trial %q is stored under %s", t.ID, keyWords(k))
		default:
			ts = append(ts, t)
		}
		return nil
	})
	if !mode.validate {
		return
	}
	for _, p := range diary.ValidateTrials(ts) {
		// "trials[1].order" names the trial by its index here: say its id instead.
		if i := strings.IndexByte(p.Path, ']'); strings.HasPrefix(p.Path, "trials[") && i > 0 {
			if n, err := strconv.Atoi(p.Path[len("trials["):i]); err == nil && n < len(ts) {
				r.add(none, "trial %s: %s: %s", ts[n].ID, strings.TrimPrefix(p.Path[i+1:], "."), p.Msg)
				continue
			}
		}
		r.add(none, "%s", p)
	}
}
