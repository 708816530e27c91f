package store

import "github.com/crampsdiary/cramps/diary"

// Acks reads the acknowledged red flags in a read-only open (Store.Acks).
func (f *File) Acks() ([]diary.FlagAck, error) {
	return readWith(f, (*Store).Acks)
}

// PutAcks saves the acknowledged red flags in a write open (Store.PutAcks).
// They are the user's word that a doctor has seen a flag, not a record
// another cramps could have changed meanwhile in a way that matters, so the
// last word stands.
func (f *File) PutAcks(acks []diary.FlagAck) error {
	return f.writer(func(s *Store) error { return s.PutAcks(acks) })
}
