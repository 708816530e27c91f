package store

import "github.com/crampsdiary/cramps/diary"

// Acks reads the acknowledged red flags in a read-only open.
func (f *File) Acks() ([]diary.FlagAck, error) { return readWith(f, (*Store).Acks) }

// PutAcks saves the acknowledged red flags as Store.PutAcks does, in one
// write, and lets the diary go. An acknowledgement only ever adds what a
// doctor has seen, so one saved meanwhile elsewhere is not guarded against.
func (f *File) PutAcks(acks []diary.FlagAck) error {
	return f.writer(func(s *Store) error { return s.PutAcks(acks) })
}
