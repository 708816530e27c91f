package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// The acknowledged red flags (SPEC §8) live beside the profile, under their
// own key, in the stored form of codec.go: a format byte, then a count and
// each acknowledgement's id and date. Older builds never read the key.

var keyAcks = []byte("acknowledged_flags") // in bucketProfile

// acksFormat is the first byte of the stored acknowledgements.
const acksFormat byte = 1

// encodeAcks returns the stored form of acks.
func encodeAcks(acks []diary.FlagAck) []byte {
	e := encoder{b: make([]byte, 0, 2+16*len(acks))}
	e.b = append(e.b, acksFormat)
	e.uvarint(uint64(len(acks)))
	for _, a := range acks {
		e.str(a.ID)
		e.date(a.Date)
	}
	return e.b
}

// decodeAcks reads acknowledgements stored by encodeAcks.
func decodeAcks(b []byte) ([]diary.FlagAck, error) {
	d, err := decoderFor(b, acksFormat, "acknowledged flags")
	if err != nil {
		return nil, err
	}
	k := d.count()
	acks := make([]diary.FlagAck, 0, k)
	for i := 0; i < k && d.err == nil; i++ {
		acks = append(acks, diary.FlagAck{ID: d.str(), Date: d.date()})
	}
	if err := d.end("acknowledged flags"); err != nil {
		return nil, err
	}
	return acks, nil
}

// Acks returns the acknowledged red flags, in the order of diary.FlagIDs;
// none when nothing was acknowledged.
//
// A diary whose index is damaged gives what Open's walk rescued of them:
// the reading commands read them beside SoundNights, which reports the damage.
func (s *Store) Acks() ([]diary.FlagAck, error) {
	var acks []diary.FlagAck
	var err error
	if s.rescued != nil {
		acks, err = s.acksIn(s.rescuedBucket(bucketProfile))
	} else {
		err = s.view(func(tx *bolt.Tx) (err error) {
			acks, err = s.acksIn(bucketOf(tx, bucketProfile))
			return err
		})
	}
	if err != nil {
		return nil, fmt.Errorf("read acknowledged flags: %w", err)
	}
	return acks, nil
}

// acksIn reads the acknowledged flags stored in b, the profile bucket.
func (s *Store) acksIn(b bucketView) ([]diary.FlagAck, error) {
	if b == nil {
		return nil, nil
	}
	v := b.Get(keyAcks)
	if v == nil {
		return nil, nil
	}
	v, err := s.codec.open(keyAcks, v) // sealed with its checksum, as every value
	var acks []diary.FlagAck
	if err == nil {
		acks, err = decodeAcks(v)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: the stored acknowledged flags: %w", ErrNotDiary, err)
	}
	return acks, nil
}

// PutAcks validates and saves the acknowledged red flags, replacing those
// saved before; the error of an invalid list wraps its diary.Problems.
func (s *Store) PutAcks(acks []diary.FlagAck) error {
	if ps := diary.ValidateAcks(acks); len(ps) > 0 {
		return fmt.Errorf("save acknowledged flags: %w", ps)
	}
	sorted := append([]diary.FlagAck(nil), acks...)
	diary.SortAcks(sorted)
	v := encodeAcks(sorted)
	if err := s.update(func(tx *bolt.Tx) error { return putSealed(tx.Bucket(bucketProfile), keyAcks, v) }); err != nil {
		return fmt.Errorf("save acknowledged flags: %w", err)
	}
	return nil
}
