package report

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// TestSpan: the report spells lengths as the screens and the command line
// do, through diary/words (issue 11.7): a 90-second cramp is 1m30s everywhere.
func TestSpan(t *testing.T) {
	for _, tc := range []struct {
		sec  float64
		want string
	}{
		{0, "0s"}, {45, "45s"}, {59.6, "1m"}, {60, "1m"}, {90, "1m30s"}, {165, "2m45s"},
		{840, "14m"}, {3600, "1h"}, {3725, "1h2m"}, {10800, "3h"},
	} {
		if got := span(tc.sec); got != tc.want {
			t.Errorf("span(%v) = %q, want %q", tc.sec, got, tc.want)
		}
	}
	for _, tc := range []struct {
		min  float64
		want string
	}{
		{45, "45m"}, {59.4, "59m"}, {420, "7h00"}, {442.4, "7h22"},
	} {
		if got := sleepSpan(tc.min); got != tc.want {
			t.Errorf("sleepSpan(%v) = %q, want %q", tc.min, got, tc.want)
		}
	}
}

func TestDayList(t *testing.T) {
	ref := day(21)
	for _, tc := range []struct {
		ds   []diary.Date
		want string
	}{
		{[]diary.Date{day(11)}, "11 Nov"},
		{[]diary.Date{diary.NewDate(2026, 10, 2), diary.NewDate(2026, 10, 5), day(1), day(3)}, "2, 5 Oct; 1, 3 Nov"},
		{[]diary.Date{diary.NewDate(2025, 12, 30), diary.NewDate(2026, 1, 2)}, "30 Dec 2025; 2 Jan"},
	} {
		if got := dayList(tc.ds, ref); got != tc.want {
			t.Errorf("dayList(%v) = %q, want %q", tc.ds, got, tc.want)
		}
	}
}

func TestCountWords(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{count(29, 77, "logged nights"), "29 of 77 logged nights (38%)"},
		{count(1, 1, "logged nights"), "1 of 1 logged night (100%)"},
		{count(0, 0, "nights"), "0 nights"},
		{countShort(3, 28), "3 of 28 (11%)"},
		{countShort(0, 0), "–"},
		{plural0(2.6363, "night"), "2.6 nights"},
		{plural0(1.04, "night"), "1 night"},
		{listWords([]string{"a", "b", "c"}), "a, b and c"},
		{decimal(5), "5"},
		{decimal(3.25), "3.3"}, // diary/words rounds half away from zero, as the screens do
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

func TestTextBar(t *testing.T) {
	for _, tc := range []struct {
		bar  WeekBar
		want string
	}{
		{WeekBar{Start: day(2), End: day(8), Weeks: 1, Logged: 6, CrampNights: 2}, "██░░░░·"},
		{WeekBar{Start: day(16), End: day(21), Weeks: 1, Logged: 6, CrampNights: 1}, "█░░░░░"},
		{WeekBar{Start: day(2), End: day(8), Weeks: 1}, "·······"},
		{WeekBar{Start: day(2), End: day(15), Weeks: 2, Logged: 14, CrampNights: 7}, "███████░░░░░░░"},
		{WeekBar{Start: day(2), End: day(29), Weeks: 4, Logged: 20, CrampNights: 7}, "████░░░░░░····"},
	} {
		if got := textBar(tc.bar); got != tc.want {
			t.Errorf("textBar(%+v) = %q, want %q", tc.bar, got, tc.want)
		}
	}
}
