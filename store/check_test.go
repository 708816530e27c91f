package store

import (
	"bytes"
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
// never write, and expects each listed by its night; reading them gives
// ErrNotDiary.
func TestCheckFindsBadValues(t *testing.T) {
	path := diaryFile(t, nil, realisticNights(52, date(2026, 3, 1), 3))
	invalid := diary.Night{Date: date(2026, 3, 10), Sleep: diary.Sleep{Quality: diary.Some(9)}}
	withBolt(t, path, nil, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		puts := map[string][]byte{
			"2026-03-10": seal([]byte("2026-03-10"), encodeNight(invalid)),
			"2026-03-11": seal([]byte("2026-03-11"), []byte{nightFormat, 0xff}),
			"2026-03-12": seal([]byte("2026-03-12"), encodeNight(diary.Night{Date: date(2026, 3, 13)})),
			"2026-03-15": encodeNight(diary.Night{Date: date(2026, 3, 15)}), // no checksum
			"march":      seal([]byte("march"), encodeNight(diary.Night{Date: date(2026, 3, 14)})),
		}
		for k, v := range puts {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return putSealed(tx.Bucket(bucketProfile), keyProfile, encodeProfile(diary.Profile{WaterGoalML: diary.Some(-5)}))
	})

	s := mustOpen(t, path, Options{NoSnapshot: true, ReadOnly: true})
	defer s.Close()
	r, err := s.Check()
	if !errors.Is(err, ErrNotDiary) || !strings.HasSuffix(err.Error(), ": 6 problems found") {
		t.Fatalf("Check err = %v, want ErrNotDiary with 6 problems", err)
	}
	none := diary.None[diary.Date]()
	want := CheckReport{
		SchemaVersion: SchemaVersion,
		Nights:        3, // the three good ones
		First:         date(2026, 3, 1),
		Last:          date(2026, 3, 3),
		Problems: []CheckProblem{
			{diary.Some(date(2026, 3, 10)), "sleep.quality: must be between 1 and 5"},
			{diary.Some(date(2026, 3, 11)), "cannot be read: damaged value at byte 1: bad number"},
			{diary.Some(date(2026, 3, 12)), "the night stored there is dated 2026-03-13"},
			{diary.Some(date(2026, 3, 15)), "cannot be read: its checksum does not match: the stored bytes were changed"},
			{none, `the nights bucket holds a key "march" that is not a date`},
			{none, "profile: water_goal_ml: must be between 1 and 20000"},
		},
	}
	if !equalReports(r, want) {
		t.Fatalf("Check =\n%+v\nwant\n%+v", r, want)
	}
	if got, want := r.DamagedNights(), []diary.Date{date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12), date(2026, 3, 15)}; !slices.Equal(got, want) {
		t.Errorf("DamagedNights = %v, want %v", got, want)
	}
	for name, err := range map[string]error{
		"AllNights": second(s.AllNights()),
		"Night":     second(s.Night(date(2026, 3, 11))),
		"Nights":    second(s.Nights(date(2026, 3, 12), date(2026, 3, 12))),
		"unsealed":  second(s.Night(date(2026, 3, 15))),
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

// TestCheckListsEveryProblem: a file damaged throughout gets every damaged
// night named, with no cap on the list.
func TestCheckListsEveryProblem(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	s := mustOpen(t, path, Options{NoSnapshot: true})
	s.Close()
	const bad = 250
	withBolt(t, path, nil, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNights)
		for i := range bad {
			d := date(2026, 1, 1).AddDays(i)
			if err := b.Put([]byte(d.String()), []byte{nightFormat, 1, 2, 3, 4}); err != nil {
				return err
			}
		}
		return nil
	})
	s = mustOpen(t, path, Options{NoSnapshot: true, ReadOnly: true})
	defer s.Close()
	r, err := s.Check()
	if err == nil || len(r.Problems) != bad {
		t.Fatalf("Check listed %d problems, want %d", len(r.Problems), bad)
	}
	for i, d := range r.DamagedNights() {
		if want := date(2026, 1, 1).AddDays(i); d != want {
			t.Fatalf("damaged night %d is %s, want %s", i, d, want)
		}
	}
}

func TestKeyWordsQuotesAtMostSixteenBytes(t *testing.T) {
	if got := keyWords([]byte("2026-11-21")); got != `"2026-11-21"` {
		t.Errorf("short key: %s", got)
	}
	long := bytes.Repeat([]byte("a"), 10<<20)
	if got, want := keyWords(long), `"aaaaaaaaaaaaaaaa"… (10485760 bytes)`; got != want {
		t.Errorf("long key: %s, want %s", got, want)
	}
}
