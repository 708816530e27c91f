package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// Trials reads every trial, in start order, in a read-only open.
func (f *File) Trials() ([]diary.Trial, error) { return readWith(f, (*Store).Trials) }

// PutTrial saves t as Store.PutTrial does (checked on its own and against
// the other trials), in one write, and lets the diary go.
func (f *File) PutTrial(t diary.Trial) error {
	err := f.write(func(s *Store, tx *bolt.Tx) error {
		return s.putTrialsTx(tx, []diary.Trial{t})
	}, func() {})
	if err != nil {
		return fmt.Errorf("save trial %s: %w", t.ID, err)
	}
	return nil
}
