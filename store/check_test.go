package store

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

func TestCheckHealthyDiary(t *testing.T) {
	s := openTest(t)
	nights := realisticNights(51, date(2024, 2, 28), 500)
	p := diary.NewProfile()
	p.BirthYear = diary.Some(1950)
	if err := s.Import(&p, nights); err != nil {
		t.Fatal(err)
	}
	r, err := s.Check()
	if err != nil {
		t.Fatal(err)
	}
	want := CheckReport{SchemaVersion: SchemaVersion, Nights: 500, First: date(2024, 2, 28), Last: date(2025, 7, 11)}
	if !equalReports(r, want) {
		t.Fatalf("Check = %+v, want %+v", r, want)
	}
}

func equalReports(a, b CheckReport) bool {
	return a.SchemaVersion == b.SchemaVersion && a.Nights == b.Nights && a.First == b.First &&
		a.Last == b.Last && slices.Equal(a.Problems, b.Problems)
}

// TestCheckFindsBadValues plants, with bbolt directly, values the store would
// never write, and expects each listed; reading them gives ErrNotDiary.
func TestCheckFindsBadValues(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	s, err := Open(path, Options{NoSnapshot: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(nil, realisticNights(52, date(2026, 3, 1), 3)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	invalid := diary.Night{Date: date(2026, 3, 10), Sleep: diary.Sleep{Quality: diary.Some(9)}}
	withBolt(t, path, nil, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		puts := map[string][]byte{
			"2026-03-10": encodeNight(invalid),
			"2026-03-11": {nightFormat, 0xff},
			"2026-03-12": encodeNight(diary.Night{Date: date(2026, 3, 13)}),
			"march":      encodeNight(diary.Night{Date: date(2026, 3, 14)}),
		}
		for k, v := range puts {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketProfile).Put(keyProfile, encodeProfile(diary.Profile{WaterGoalML: diary.Some(-5)}))
	})

	s, err = Open(path, Options{NoSnapshot: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, err := s.Check()
	if !errors.Is(err, ErrNotDiary) || !strings.HasSuffix(err.Error(), ": 5 problems found") {
		t.Fatalf("Check err = %v, want ErrNotDiary with 5 problems", err)
	}
	want := CheckReport{
		SchemaVersion: SchemaVersion,
		Nights:        5, // the three good ones, the invalid one, the misfiled one
		First:         date(2026, 3, 1),
		Last:          date(2026, 3, 12),
		Problems: []string{
			"night 2026-03-10: sleep.quality: must be between 1 and 5",
			"night 2026-03-11 cannot be read: damaged value at byte 1: bad number",
			"night 2026-03-13 is stored under the date 2026-03-12",
			`the nights bucket holds a key "march" that is not a date`,
			"profile: water_goal_ml: must be between 1 and 20000",
		},
	}
	if !equalReports(r, want) {
		t.Fatalf("Check =\n%+v\nwant\n%+v", r, want)
	}
	for name, err := range map[string]error{
		"AllNights": second(s.AllNights()),
		"Night":     second(s.Night(date(2026, 3, 11))),
		"Nights":    second(s.Nights(date(2026, 3, 12), date(2026, 3, 12))),
	} {
		if !errors.Is(err, ErrNotDiary) {
			t.Errorf("%s over a bad value: err = %v, want ErrNotDiary", name, err)
		}
	}
	if _, err := s.Night(date(2026, 3, 1)); err != nil {
		t.Errorf("a good night beside bad ones: %v", err)
	}
}

func second[T any](_ T, err error) error { return err }

func TestCheckCapsItsList(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	s, err := Open(path, Options{NoSnapshot: true})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	withBolt(t, path, nil, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		for i := range maxCheckProblems + 20 {
			d := date(2026, 1, 1).AddDays(i)
			if err := b.Put([]byte(d.String()), []byte{nightFormat}); err != nil {
				return err
			}
		}
		return nil
	})
	s, err = Open(path, Options{NoSnapshot: true, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, err := s.Check()
	if err == nil || len(r.Problems) != maxCheckProblems+1 || r.Problems[maxCheckProblems] != "… and 20 more problems" {
		t.Fatalf("Check listed %d problems, last %q", len(r.Problems), r.Problems[len(r.Problems)-1])
	}
}
