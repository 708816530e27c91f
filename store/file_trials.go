package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// Trials reads every trial, in start order, in a read-only open.
func (f *File) Trials() ([]diary.Trial, error) {
	ro := f.opts
	ro.ReadOnly = true
	s, err := Open(f.path, ro)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.Trials()
}

// PutTrial saves t as Store.PutTrial does (checked on its own and against
// the other trials), in one write, and lets the diary go.
func (f *File) PutTrial(t diary.Trial) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := Open(f.path, f.opts)
	if err != nil {
		return fmt.Errorf("save trial %s: %w", t.ID, err)
	}
	defer s.Close()
	var id int
	err = s.update(func(tx *bolt.Tx) error {
		id = tx.ID()
		return s.putTrialsTx(tx, []diary.Trial{t})
	})
	if err != nil {
		return fmt.Errorf("save trial %s: %w", t.ID, err)
	}
	if uint64(id) == f.txid+1 {
		f.txid = uint64(id) // nothing else was written since the last look
	}
	return nil
}
