package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// Profile returns the diary's profile, diary.NewProfile() when none is saved.
func (s *Store) Profile() (diary.Profile, error) {
	var p diary.Profile
	err := s.view(func(tx *bolt.Tx) (err error) {
		p, err = s.profileIn(bucketOf(tx, bucketProfile))
		return err
	})
	if err != nil {
		return diary.Profile{}, fmt.Errorf("read profile: %w", err)
	}
	return p, nil
}

// profileIn reads the profile stored in b, the profile bucket.
func (s *Store) profileIn(b bucketView) (diary.Profile, error) {
	if b == nil {
		return diary.NewProfile(), nil
	}
	v := b.Get(keyProfile)
	if v == nil {
		return diary.NewProfile(), nil
	}
	v, err := s.codec.open(keyProfile, v)
	var p diary.Profile
	if err == nil {
		p, err = s.codec.profile(v)
	}
	if err != nil {
		return diary.Profile{}, fmt.Errorf("%w: the stored profile: %w", ErrNotDiary, err)
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
	return s.putValid(p.Validate(), bucketProfile, keyProfile, func() []byte { return encodeProfile(p) })
}
