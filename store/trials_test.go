package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

func testTrial(t testing.TB, h diary.TrialHabit, start diary.Date, d diary.TrialDesign, seed byte) diary.Trial {
	t.Helper()
	coins := bytes.Repeat([]byte{seed, seed >> 1, seed >> 2, seed >> 3}, d.Pairs)
	tr, err := diary.NewTrial(h, start, d, bytes.NewReader(coins))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestTrialsPutReplaceDelete(t *testing.T) {
	s := openTest(t)
	if ts, err := s.Trials(); err != nil || ts != nil {
		t.Fatalf("a new diary's trials: %v, %v", ts, err)
	}
	b := testTrial(t, diary.HabitMagnesium, date(2027, 3, 1), diary.TrialDesign{PeriodNights: 14, WashoutNights: 7, Pairs: 8}, 5)
	a := testTrial(t, diary.HabitStretched, date(2026, 12, 1), diary.TrialDesign{PeriodNights: 1, Pairs: 42}, 9)
	for _, tr := range []diary.Trial{b, a} {
		if err := s.PutTrial(tr); err != nil {
			t.Fatal(err)
		}
	}
	ts, err := s.Trials()
	if err != nil || !reflect.DeepEqual(ts, []diary.Trial{a, b}) {
		t.Fatalf("Trials = %+v, %v; want a then b", ts, err)
	}
	a.Stopped = diary.Some(date(2026, 12, 20))
	if err := s.PutTrial(a); err != nil {
		t.Fatal(err)
	}
	if ts, _ := s.Trials(); !reflect.DeepEqual(ts, []diary.Trial{a, b}) {
		t.Fatalf("after stopping a: %+v", ts)
	}
	// Stopped on the 20th, a frees the nights after it; c overlapping b is refused.
	c := testTrial(t, diary.HabitAlcohol, date(2026, 12, 20), diary.TrialDesign{PeriodNights: 7, Pairs: 6}, 1)
	err = s.PutTrial(c)
	var ps diary.Problems
	if !errors.As(err, &ps) || ps.Error() != "trials: alcohol-2026-12-20 overlaps the diary's trial magnesium-2027-03-01 (nights 2027-03-01 to 2027-10-10): one trial at a time" {
		t.Fatalf("overlapping trial: %v", err)
	}
	bad := c
	bad.Order = bad.Order[1:]
	if err := s.PutTrial(bad); !errors.As(err, &ps) {
		t.Fatalf("invalid trial: %v", err)
	}
	if err := s.DeleteTrial(b.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.PutTrial(c); err != nil {
		t.Fatalf("c once b is gone: %v", err)
	}
	if err := s.DeleteTrial(b.ID); !errors.Is(err, ErrNoTrial) {
		t.Fatalf("deleting twice: %v", err)
	}
	if ts, _ := s.Trials(); !reflect.DeepEqual(ts, []diary.Trial{a, c}) {
		t.Fatalf("at the end: %+v", ts)
	}
}

// Import writes the trials with the nights, or nothing at all.
func TestImportTrialsAllOrNothing(t *testing.T) {
	s := openTest(t)
	kept := testTrial(t, diary.HabitMassage, date(2026, 6, 1), diary.TrialDesign{PeriodNights: 1, Pairs: 10}, 3)
	if err := s.PutTrial(kept); err != nil {
		t.Fatal(err)
	}
	nights := realisticNights(70, date(2026, 6, 1), 30)
	clash := testTrial(t, diary.HabitStretched, date(2026, 6, 15), diary.TrialDesign{PeriodNights: 1, Pairs: 5}, 4)
	if err := s.Import(nil, nights, clash); err == nil || !strings.Contains(err.Error(), "overlaps the diary's trial massage-2026-06-01") {
		t.Fatalf("import of an overlapping trial: %v", err)
	}
	if got, _ := s.AllNights(); len(got) != 0 {
		t.Fatalf("a refused import wrote %d nights", len(got))
	}
	later := testTrial(t, diary.HabitStretched, date(2026, 6, 21), diary.TrialDesign{PeriodNights: 1, Pairs: 5}, 4)
	if err := s.Import(nil, nights, later); err != nil {
		t.Fatal(err)
	}
	got, _ := s.AllNights()
	ts, _ := s.Trials()
	if len(got) != 30 || !reflect.DeepEqual(ts, []diary.Trial{kept, later}) {
		t.Fatalf("after import: %d nights, trials %+v", len(got), ts)
	}
}

func TestReadOnlyReadsTrials(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	s := mustOpen(t, path, Options{NoSnapshot: true})
	s.Close()
	ro := mustOpen(t, path, Options{ReadOnly: true})
	if ts, err := ro.Trials(); err != nil || ts != nil {
		t.Fatalf("no trials bucket, read-only: %v %v", ts, err)
	}
	tr := testTrial(t, diary.HabitMassage, date(2026, 6, 1), diary.TrialDesign{PeriodNights: 1, Pairs: 10}, 3)
	if err := ro.PutTrial(tr); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("read-only PutTrial: %v", err)
	}
	ro.Close()
}

// Damaged and invalid trials are found by Check and refused by Trials.
func TestCheckFindsBadTrials(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	s := mustOpen(t, path, Options{NoSnapshot: true})
	good := testTrial(t, diary.HabitMassage, date(2026, 6, 1), diary.TrialDesign{PeriodNights: 1, Pairs: 10}, 3)
	if err := s.PutTrial(good); err != nil {
		t.Fatal(err)
	}
	s.Close()
	invalid := good
	invalid.ID, invalid.Start, invalid.Order = "x", date(2026, 8, 1), []string{"AB"}
	overlapping := good
	overlapping.ID, overlapping.Start = "y", date(2026, 6, 5)
	withBolt(t, path, nil, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTrials)
		for k, v := range map[string][]byte{
			"x": seal([]byte("x"), encodeTrial(invalid)),
			"y": seal([]byte("y"), encodeTrial(overlapping)),
			"z": seal([]byte("z"), []byte{trialFormat, 0xff}),
			"w": seal([]byte("w"), encodeTrial(good)),
			"v": encodeTrial(good), // no checksum
		} {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
	// A damaged value keeps the diary from being written to.
	if _, err := Open(path, Options{NoSnapshot: true}); !errors.Is(err, ErrNotDiary) {
		t.Fatalf("writable Open of a diary with a damaged trial: %v", err)
	}
	s = mustOpen(t, path, Options{NoSnapshot: true, ReadOnly: true})
	defer s.Close()
	r, err := s.Check()
	if !errors.Is(err, ErrNotDiary) {
		t.Fatalf("Check: %v", err)
	}
	var got []string
	for _, p := range r.Problems {
		got = append(got, p.Problem)
	}
	want := []string{
		`trial "v" cannot be read: its checksum does not match: the stored bytes were changed`,
		`trial "massage-2026-06-01" is stored under "w"`,
		`trial "z" cannot be read: damaged value at byte 2: unknown trial field 255`,
		"trial x: order: must hold one AB or BA for each of the 10 pairs, not 1",
		"trial y: start: overlaps trials[0] (massage-2026-06-01, nights 2026-06-01 to 2026-06-20): one trial at a time",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := s.Trials(); !errors.Is(err, ErrNotDiary) {
		t.Fatalf("Trials over damage: %v", err)
	}
	sound, problems, err := s.SoundTrials()
	if err != nil || len(sound) != 3 || sound[0].ID != "massage-2026-06-01" || sound[1].ID != "y" || sound[2].ID != "x" || len(problems) != 3 {
		t.Fatalf("SoundTrials = %+v, %v, %v; want the three that read back, and 3 problems", sound, problems, err)
	}
}

// FuzzDecodeTrial: any bytes give a trial or an error, never a panic, and a
// trial that decodes survives the round trip.
func FuzzDecodeTrial(f *testing.F) {
	f.Add(encodeTrial(testTrial(f, diary.HabitMagnesium, date(2027, 3, 1), diary.TrialDesign{PeriodNights: 14, WashoutNights: 7, Pairs: 8}, 5)))
	stopped := testTrial(f, diary.HabitStretched, date(2026, 12, 1), diary.TrialDesign{PeriodNights: 1, Pairs: 42}, 9)
	stopped.Stopped = diary.Some(date(2027, 1, 1))
	f.Add(encodeTrial(stopped))
	f.Add([]byte{})
	f.Add([]byte{trialFormat, tagTrialOrder, 200})
	f.Fuzz(func(t *testing.T, b []byte) { roundTrips(t, "trial", b, decodeTrial, encodeTrial) })
}

// Older diaries never held a trial and have no trials bucket: read as they
// are they have none, and once migrated they take one without another step.
func TestTrialsInDiariesOfEveryOlderSchema(t *testing.T) {
	for schema, write := range map[int]func(*testing.T, string, []diary.Night, *diary.Profile){1: writeSchema1, 2: writeSchema2} {
		path := filepath.Join(t.TempDir(), "diary.db")
		profile := schema1Profile()
		write(t, path, schema1Nights(), &profile)
		ro := mustOpen(t, path, Options{ReadOnly: true})
		if ts, err := ro.Trials(); err != nil || ts != nil {
			t.Fatalf("schema %d read as it is: trials %v, %v", schema, ts, err)
		}
		ro.Close()
		s := mustOpen(t, path, Options{Now: fixedNow})
		tr := testTrial(t, diary.HabitStretched, date(2026, 12, 1), diary.TrialDesign{PeriodNights: 1, Pairs: 42}, 7)
		if err := s.PutTrial(tr); err != nil {
			t.Fatalf("schema %d migrated: %v", schema, err)
		}
		if r, err := s.Check(); err != nil || r.SchemaVersion != SchemaVersion {
			t.Fatalf("schema %d: check after a trial: %+v %v", schema, r, err)
		}
		s.Close()
		again := mustOpen(t, path, Options{ReadOnly: true})
		if ts, err := again.Trials(); err != nil || len(ts) != 1 || !reflect.DeepEqual(ts[0], tr) {
			t.Fatalf("schema %d: trials after reopening %+v, %v", schema, ts, err)
		}
		again.Close()
	}
}
