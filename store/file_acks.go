package store

import "github.com/crampsdiary/cramps/diary"

// Acks reads the acknowledged red flags in a read-only open.
func (f *File) Acks() ([]diary.FlagAck, error) {
	ro := f.opts
	ro.ReadOnly = true
	s, err := Open(f.path, ro)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	return s.Acks()
}

// PutAcks saves the acknowledged red flags as Store.PutAcks does, in one
// write, and lets the diary go. An acknowledgement only ever adds what a
// doctor has seen, so one saved meanwhile elsewhere is not guarded against.
func (f *File) PutAcks(acks []diary.FlagAck) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, err := Open(f.path, f.opts)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.PutAcks(acks)
}
