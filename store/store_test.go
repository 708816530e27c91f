package store

import (
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crampsdiary/cramps/diary"
)

// fixedNow is the tests' clock: the morning of 22 November 2026.
func fixedNow() time.Time { return time.Date(2026, 11, 22, 7, 30, 0, 0, time.Local) }

// openTest opens a new diary in a fresh directory, without snapshots.
func openTest(t testing.TB) *Store {
	t.Helper()
	s := mustOpen(t, filepath.Join(t.TempDir(), "diary.db"), Options{Now: fixedNow, NoSnapshot: true})
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func date(y int, m time.Month, d int) diary.Date { return diary.NewDate(y, m, d) }

// assertAllNights fails the test unless AllNights gives exactly want, in
// order, and returns what it gave.
func assertAllNights(t *testing.T, s *Store, want []diary.Night) []diary.Night {
	t.Helper()
	got, err := s.AllNights()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("AllNights gave %d nights, want %d", len(got), len(want))
	}
	for i := range want {
		if !got[i].Equal(want[i]) {
			t.Fatalf("night %s:\n got %#v\nwant %#v", want[i].Date, got[i], want[i])
		}
	}
	return got
}

func dates(ns []diary.Night) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Date.String()
	}
	return out
}

func TestPutGetOverwriteDelete(t *testing.T) {
	s := openTest(t)
	d := date(2026, 11, 21)
	if _, err := s.Night(d); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Night on an empty diary: err = %v, want ErrNotFound", err)
	}
	first := realisticNight(1, d)
	if err := s.PutNight(first); err != nil {
		t.Fatal(err)
	}
	got, err := s.Night(d)
	if err != nil || !got.Equal(first) {
		t.Fatalf("Night = %#v, %v; want the night saved", got, err)
	}
	second := diary.Night{Date: d, Episodes: []diary.Episode{}, Notes: "amended"}
	if err := s.PutNight(second); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Night(d); !got.Equal(second) {
		t.Fatalf("after overwrite Night = %#v, want %#v", got, second)
	}
	if n, _ := s.Count(); n != 1 {
		t.Fatalf("Count = %d after an overwrite, want 1", n)
	}
	if err := s.DeleteNight(d); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Night(d); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Night after delete: err = %v, want ErrNotFound", err)
	}
	if err := s.DeleteNight(d); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second delete: err = %v, want ErrNotFound", err)
	}
	if has, err := s.Has(d); err != nil || has {
		t.Fatalf("Has after delete = %v, %v", has, err)
	}
}

func TestNilAndEmptyListsSurviveTheStore(t *testing.T) {
	s := openTest(t)
	nights := []diary.Night{
		{Date: date(2026, 1, 1)}, // cramps not recorded
		{Date: date(2026, 1, 2), Episodes: []diary.Episode{}},
		{Date: date(2026, 1, 3), Day: diary.Day{Supplements: []diary.Supplement{}, Medications: []string{}}},
		{Date: date(2026, 1, 4), Episodes: []diary.Episode{{Relief: []diary.Relief{}}}},
		{Date: date(2026, 1, 5), Day: diary.Day{WaterML: diary.Some(0), Stretched: diary.Some(false)}},
	}
	for _, n := range nights {
		if err := s.PutNight(n); err != nil {
			t.Fatal(err)
		}
	}
	all := assertAllNights(t, s, nights)
	if all[0].Episodes != nil || all[1].Episodes == nil || all[2].Day.Supplements == nil {
		t.Fatal("nil and empty lists were confused")
	}
}

func TestNightsRange(t *testing.T) {
	s := openTest(t)
	// Nights on 10, 11, 13 and 20 March 2026.
	for _, d := range []int{10, 11, 13, 20} {
		if err := s.PutNight(realisticNight(2, date(2026, 3, d))); err != nil {
			t.Fatal(err)
		}
	}
	all := []string{"2026-03-10", "2026-03-11", "2026-03-13", "2026-03-20"}
	cases := []struct {
		name     string
		from, to diary.Date
		want     []string
	}{
		{"everything", date(2026, 1, 1), date(2026, 12, 31), all},
		{"both ends included", date(2026, 3, 10), date(2026, 3, 13), all[:3]},
		{"one day", date(2026, 3, 11), date(2026, 3, 11), all[1:2]},
		{"a gap day", date(2026, 3, 12), date(2026, 3, 12), []string{}},
		{"from inside a gap", date(2026, 3, 12), date(2026, 3, 20), all[2:]},
		{"to inside a gap", date(2026, 3, 1), date(2026, 3, 12), all[:2]},
		{"before the first", date(2020, 1, 1), date(2026, 3, 9), []string{}},
		{"after the last", date(2026, 3, 21), date(2030, 1, 1), []string{}},
		{"backwards", date(2026, 3, 20), date(2026, 3, 10), []string{}},
		{"the whole calendar", diary.Date(math.MinInt32), diary.Date(math.MaxInt32), all},
		{"from long ago", diary.Date(math.MinInt32 + 5), date(2026, 3, 10), all[:1]},
		{"until far ahead", date(2026, 3, 20), diary.Date(math.MaxInt32 - 5), all[3:]},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.Nights(c.from, c.to)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil || !slices.Equal(dates(got), c.want) {
				t.Fatalf("Nights = %v, want %v", dates(got), c.want)
			}
			for _, n := range got {
				if !n.Equal(realisticNight(2, n.Date)) {
					t.Errorf("night %s differs from what was saved", n.Date)
				}
			}
		})
	}
}

func TestAllNightsInDateOrder(t *testing.T) {
	s := openTest(t)
	want := realisticNights(3, date(1999, 12, 25), 400) // across a year and a century's change
	// Save them out of order.
	for _, i := range rand32Perm(len(want)) {
		if err := s.PutNight(want[i]); err != nil {
			t.Fatal(err)
		}
	}
	assertAllNights(t, s, want)
	if n, _ := s.Count(); n != 400 {
		t.Fatalf("Count = %d, want 400", n)
	}
}

// rand32Perm is a fixed shuffle, so the test needs no randomness.
func rand32Perm(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = (i*7919 + 13) % n
	}
	return out
}

func TestValidationRefusalWritesNothing(t *testing.T) {
	s := openTest(t)
	d := date(2026, 11, 21)
	good := realisticNight(4, d)
	if err := s.PutNight(good); err != nil {
		t.Fatal(err)
	}
	bad := good.Clone()
	bad.Sleep.Quality = diary.Some(9)
	bad.Episodes = []diary.Episode{{DurationS: diary.Some(0)}}
	err := s.PutNight(bad)
	var ps diary.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("PutNight(invalid) = %v, want diary.Problems", err)
	}
	want := []string{"sleep.quality: must be between 1 and 5", "episodes[0].duration_s: must be between 1 and 10800"}
	if got := problemStrings(ps); !slices.Equal(got, want) {
		t.Fatalf("problems = %q, want %q", got, want)
	}
	if !strings.HasPrefix(err.Error(), "save night 2026-11-21: ") {
		t.Fatalf("error %q does not name the operation", err)
	}
	if got, _ := s.Night(d); !got.Equal(good) {
		t.Fatal("an invalid night replaced the stored one")
	}
	other := diary.Night{Date: date(2026, 11, 22), Day: diary.Day{Stress: diary.Some(0)}}
	if err := s.PutNight(other); err == nil {
		t.Fatal("stress 0 was accepted")
	}
	if has, _ := s.Has(other.Date); has {
		t.Fatal("an invalid night was stored")
	}
	if err := s.PutNight(diary.Night{Date: diary.NewDate(1800, 1, 1)}); err == nil {
		t.Fatal("a night in 1800 was accepted")
	}
}

func problemStrings(ps diary.Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func TestProfile(t *testing.T) {
	s := openTest(t)
	p, err := s.Profile()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, diary.NewProfile()) {
		t.Fatalf("Profile of a new diary = %#v, want diary.NewProfile()", p)
	}
	mine := diary.Profile{
		BirthYear:  diary.Some(1961),
		Sex:        diary.SexFemale,
		Pregnant:   diary.Some(false),
		Conditions: []diary.Condition{diary.ConditionDiabetes},
		Medications: []diary.Medication{
			{Name: "furosemide", Class: diary.ClassDiuretic, Started: diary.Some(date(2026, 9, 1))},
			{Name: "atorvastatin", Class: diary.ClassStatin, Started: diary.Some(date(2020, 1, 1)), Stopped: diary.Some(date(2025, 6, 30))},
		},
		WaterGoalML:    diary.Some(2500),
		CaffeineCutoff: diary.Some(diary.NewClock(12, 0)),
		WeekStart:      diary.WeekStartSunday,
	}
	if err := s.PutProfile(mine); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Profile(); !reflect.DeepEqual(got, mine) {
		t.Fatalf("Profile = %#v, want %#v", got, mine)
	}
	empty := diary.Profile{} // no goal, no lists: must come back so, not as the defaults
	if err := s.PutProfile(empty); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Profile(); !reflect.DeepEqual(got, empty) {
		t.Fatalf("Profile = %#v, want the empty profile", got)
	}
	bad := mine
	bad.WaterGoalML = diary.Some(0)
	err = s.PutProfile(bad)
	var ps diary.Problems
	if !errors.As(err, &ps) || ps.Error() != "water_goal_ml: must be between 1 and 20000" {
		t.Fatalf("PutProfile(invalid) = %v", err)
	}
	if got, _ := s.Profile(); !reflect.DeepEqual(got, empty) {
		t.Fatal("an invalid profile was stored")
	}
}

func TestImportAllOrNothing(t *testing.T) {
	s := openTest(t)
	before := realisticNight(5, date(2026, 1, 1))
	if err := s.PutNight(before); err != nil {
		t.Fatal(err)
	}
	nights := realisticNights(6, date(2026, 2, 1), 30)
	nights[1].Episodes = []diary.Episode{{DurationS: diary.Some(99999)}}
	nights[7].Date = nights[3].Date
	profile := diary.NewProfile()
	profile.BirthYear = diary.Some(1850)
	err := s.Import(&profile, nights)
	var ps diary.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Import(invalid) = %v, want diary.Problems", err)
	}
	want := []string{
		"profile.birth_year: must be between 1900 and 2100",
		"nights[1].episodes[0].duration_s: must be between 1 and 10800",
		"nights[7].date: 2026-02-04 is also the date of nights[3]",
	}
	if got := problemStrings(ps); !slices.Equal(got, want) {
		t.Fatalf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n, _ := s.Count(); n != 1 {
		t.Fatalf("a refused import left %d nights, want the 1 from before", n)
	}
	if p, _ := s.Profile(); !reflect.DeepEqual(p, diary.NewProfile()) {
		t.Fatal("a refused import changed the profile")
	}

	nights = realisticNights(6, date(2026, 2, 1), 30)
	nights = append(nights, realisticNight(7, before.Date)) // replaces the night from before
	if conflicts, err := s.Conflicts(nights); err != nil || !slices.Equal(conflicts, []diary.Date{before.Date}) {
		t.Fatalf("Conflicts = %v, %v; want [%s]", conflicts, err, before.Date)
	}
	if err := s.Import(nil, nights); err != nil {
		t.Fatal(err)
	}
	all, _ := s.AllNights()
	if len(all) != 31 || !all[0].Equal(nights[30]) || !all[30].Equal(nights[29]) {
		t.Fatalf("after import: %d nights, first %s", len(all), all[0].Date)
	}
	if p, _ := s.Profile(); !reflect.DeepEqual(p, diary.NewProfile()) {
		t.Fatal("Import(nil profile) changed the profile")
	}
	mine := diary.Profile{BirthYear: diary.Some(1970), Medications: []diary.Medication{}}
	if err := s.Import(&mine, nil); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Profile(); !reflect.DeepEqual(p, mine) {
		t.Fatalf("Import profile: got %#v", p)
	}
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	s := mustOpen(t, path, Options{NoSnapshot: true})
	n := realisticNight(8, date(2026, 5, 5))
	if err := s.PutNight(n); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before := readFile(t, path)

	ro := mustOpen(t, path, Options{ReadOnly: true})
	defer ro.Close()
	if !ro.ReadOnly() {
		t.Fatal("ReadOnly() = false")
	}
	if got, err := ro.Night(n.Date); err != nil || !got.Equal(n) {
		t.Fatalf("read-only Night = %v", err)
	}
	p := diary.NewProfile()
	for name, err := range map[string]error{
		"PutNight":    ro.PutNight(realisticNight(8, date(2026, 5, 6))),
		"DeleteNight": ro.DeleteNight(n.Date),
		"PutProfile":  ro.PutProfile(p),
		"Import":      ro.Import(&p, nil),
	} {
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("%s on a read-only store: err = %v, want ErrReadOnly", name, err)
		}
	}
	if r, err := ro.Check(); err != nil || r.Nights != 1 {
		t.Fatalf("Check on a read-only store = %+v, %v", r, err)
	}
	if !slices.Equal(readFile(t, path), before) {
		t.Fatal("a read-only store changed the file")
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), BackupDirName)); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("a read-only open took a snapshot")
	}
}

func TestReadOnlyNeedsADiary(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(filepath.Join(dir, "missing", "diary.db"), Options{ReadOnly: true})
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("read-only Open of a missing file: err = %v, want fs.ErrNotExist", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("a read-only Open created a directory")
	}
	empty := filepath.Join(dir, "empty.db")
	writeFile(t, empty, nil)
	if _, err := Open(empty, Options{ReadOnly: true}); !errors.Is(err, ErrNotDiary) {
		t.Fatalf("read-only Open of an empty file: err = %v, want ErrNotDiary", err)
	}
}

func TestConcurrentUse(t *testing.T) {
	s := openTest(t)
	start := date(2026, 1, 1)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := range 25 {
				if err := s.PutNight(realisticNight(9, start.AddDays(w*25+i))); err != nil {
					errs <- err
				}
			}
		}()
		go func() {
			defer wg.Done()
			for range 25 {
				if _, err := s.AllNights(); err != nil {
					errs <- err
				}
				if _, err := s.Profile(); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _ := s.Count(); n != 100 {
		t.Fatalf("Count = %d after 100 concurrent saves", n)
	}
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t testing.TB, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
