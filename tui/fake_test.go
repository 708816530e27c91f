package tui

import (
	"errors"
	"slices"
	"sync"

	"github.com/crampsdiary/cramps/diary"
)

// fakeDiary is an in-memory Diary whose writes can be made to fail, as a
// locked diary or a full disk would.
type fakeDiary struct {
	mu      sync.Mutex
	nights  map[diary.Date]diary.Night
	profile diary.Profile
	trials  []diary.Trial
	failing error // every write fails with it while set
	loadErr error
	writes  int
}

func newFake(p diary.Profile, nights ...diary.Night) *fakeDiary {
	f := &fakeDiary{nights: map[diary.Date]diary.Night{}, profile: p}
	for _, n := range nights {
		f.nights[n.Date] = n.Clone()
	}
	return f
}

var errNotFound = errors.New("no night logged for that date")

func (f *fakeDiary) AllNights() ([]diary.Night, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.loadErr != nil {
		return nil, f.loadErr
	}
	out := make([]diary.Night, 0, len(f.nights))
	for _, n := range f.nights {
		out = append(out, n.Clone())
	}
	slices.SortFunc(out, diary.ByDate)
	return out, nil
}

// write is every write of the fake: under the lock, failing while it is
// told to; change makes the change or says why the diary refuses it, and a
// change made counts as a write.
func (f *fakeDiary) write(change func() error) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failing != nil {
		return f.failing
	}
	if err := change(); err != nil {
		return err
	}
	f.writes++
	return nil
}

func (f *fakeDiary) PutNight(n diary.Night) error {
	return f.write(func() error {
		if err := n.Validate().Err(); err != nil {
			return err
		}
		f.nights[n.Date] = n.Clone()
		return nil
	})
}

func (f *fakeDiary) DeleteNight(d diary.Date) error {
	return f.write(func() error {
		if _, ok := f.nights[d]; !ok {
			return errNotFound
		}
		delete(f.nights, d)
		return nil
	})
}

func (f *fakeDiary) Profile() (diary.Profile, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.loadErr != nil {
		return diary.Profile{}, f.loadErr
	}
	return f.profile.Clone(), nil
}

func (f *fakeDiary) PutProfile(p diary.Profile) error {
	return f.write(func() error {
		if err := p.Validate().Err(); err != nil {
			return err
		}
		f.profile = p.Clone()
		return nil
	})
}

func (f *fakeDiary) Trials() ([]diary.Trial, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.loadErr != nil {
		return nil, f.loadErr
	}
	return slices.Clone(f.trials), nil
}

func (f *fakeDiary) PutTrial(t diary.Trial) error {
	return f.write(func() error {
		ts := slices.DeleteFunc(slices.Clone(f.trials), func(o diary.Trial) bool { return o.ID == t.ID })
		ts = append(ts, t)
		if err := diary.ValidateTrials(ts).Err(); err != nil {
			return err
		}
		f.trials = ts
		return nil
	})
}

func (f *fakeDiary) night(d diary.Date) (diary.Night, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, ok := f.nights[d]
	return n, ok
}

func (f *fakeDiary) setFailing(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failing = err
}
