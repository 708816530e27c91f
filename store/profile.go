package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// Profile returns the diary's profile, diary.NewProfile() when none is saved.
func (s *Store) Profile() (diary.Profile, error) {
	p := diary.NewProfile()
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketProfile)
		if b == nil {
			return nil
		}
		v := b.Get(keyProfile)
		if v == nil {
			return nil
		}
		v, err := s.codec.open(keyProfile, v)
		if err == nil {
			p, err = s.codec.profile(v)
		}
		if err != nil {
			return fmt.Errorf("%w: the stored profile: %w", ErrNotDiary, err)
		}
		return nil
	})
	if err != nil {
		return diary.Profile{}, fmt.Errorf("read profile: %w", err)
	}
	return p, nil
}

// PutProfile validates and saves the profile. An invalid profile is not
// saved: the error wraps its diary.Problems.
func (s *Store) PutProfile(p diary.Profile) error {
	if err := s.putProfile(p); err != nil {
		return fmt.Errorf("save profile: %w", err)
	}
	return nil
}

func (s *Store) putProfile(p diary.Profile) error {
	if s.readOnly {
		return ErrReadOnly
	}
	if ps := p.Validate(); len(ps) > 0 {
		return ps
	}
	v := encodeProfile(p)
	return s.update(func(tx *bolt.Tx) error {
		return putSealed(tx.Bucket(bucketProfile), keyProfile, v)
	})
}
