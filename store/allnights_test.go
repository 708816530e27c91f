package store

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// A diary long enough to be read in two halves, with gaps of every length
// (a missing night right at the halfway day among them), comes back whole,
// in order, and the same as the plain range read gives.
func TestAllNightsReadsALongDiaryInHalves(t *testing.T) {
	s := openTest(t)
	start := date(2015, 3, 1)
	all := realisticNights(11, start, 3*parallelDays)
	mid := start.AddDays(len(all) / 2)
	var want []diary.Night
	for i, n := range all {
		if i%7 == 3 || i%101 < 9 || n.Date == mid {
			continue // nights never logged
		}
		want = append(want, n)
	}
	want[0].Episodes, want[1].Episodes = nil, []diary.Episode{} // not recorded, and none
	if err := s.Import(nil, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.AllNights()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || cap(got) != len(got) {
		t.Fatalf("got %d nights (cap %d), want %d", len(got), cap(got), len(want))
	}
	for i := range want {
		if !got[i].Equal(want[i]) {
			t.Fatalf("night %d: got %s, want %s", i, got[i].Date, want[i].Date)
		}
	}
	ranged, err := s.Nights(want[0].Date, want[len(want)-1].Date)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if !ranged[i].Equal(got[i]) {
			t.Fatalf("Nights and AllNights differ at %s", want[i].Date)
		}
	}
	// Appending to the result must not write over anything else.
	grown := append(got, diary.Night{Date: date(2040, 1, 1)})
	again, err := s.AllNights()
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(want) {
		t.Fatalf("a second read gave %d nights", len(again))
	}
	for i := range want {
		if !again[i].Equal(want[i]) || !got[i].Equal(want[i]) {
			t.Fatalf("appending to one read changed night %s", want[i].Date)
		}
	}
	if grown[len(want)].Date != date(2040, 1, 1) {
		t.Fatal("the appended night was lost")
	}
}

func TestNightsClampsAWideRange(t *testing.T) {
	s := openTest(t)
	want := realisticNights(5, date(2026, 11, 1), 21)
	if err := s.Import(nil, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Nights(date(1900, 1, 1), date(2200, 12, 31))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 21 || cap(got) > 21 {
		t.Fatalf("a wide range gave %d nights with room for %d; want 21 and no more room", len(got), cap(got))
	}
	if got, _ := s.Nights(date(2026, 12, 1), date(2026, 12, 31)); len(got) != 0 || got == nil {
		t.Fatalf("a range after the last night gave %v", got)
	}
}

func TestKeyDate(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want diary.Date
		ok   bool
	}{
		{"2026-11-21", date(2026, 11, 21), true},
		{"1999-12-31", date(1999, 12, 31), true},
		{"2026-1-21", 0, false},
		{"2026-13-01", 0, false},
		{"2026-00-10", 0, false},
		{"2026-11-32", 0, false},
		{"2026/11/21", 0, false},
		{"20261121", 0, false},
		{"2026-11-2x", 0, false},
		{"", 0, false},
	} {
		got, err := keyDate([]byte(tc.key))
		if (err == nil) != tc.ok || (tc.ok && got != tc.want) {
			t.Errorf("keyDate(%q) = %s, %v; want %s, ok %v", tc.key, got, err, tc.want, tc.ok)
		}
	}
}
