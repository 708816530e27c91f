package report

import (
	"strings"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func TestSpan(t *testing.T) {
	for _, tc := range []struct {
		sec  float64
		want string
	}{
		{0, "0 s"}, {45, "45 s"}, {59.6, "1 min"}, {60, "1 min"}, {90, "1 min 30 s"}, {165, "2 min 45 s"},
		{840, "14 min"}, {3600, "1 h"}, {3725, "1 h 2 min"}, {10800, "3 h"},
	} {
		if got := strings.ReplaceAll(span(tc.sec), nbsp, " "); got != tc.want {
			t.Errorf("span(%v) = %q, want %q", tc.sec, got, tc.want)
		}
	}
	for _, tc := range []struct {
		min  float64
		want string
	}{
		{45, "45 min"}, {59.4, "59 min"}, {420, "7 h 00 min"}, {442.4, "7 h 22 min"},
	} {
		if got := strings.ReplaceAll(sleepSpan(tc.min), nbsp, " "); got != tc.want {
			t.Errorf("sleepSpan(%v) = %q, want %q", tc.min, got, tc.want)
		}
	}
}

func TestSpanKeepsNumbersWithUnits(t *testing.T) {
	if got, want := span(3725), "1\u00a0h 2\u00a0min"; got != want {
		t.Errorf("span(3725) = %q, want %q", got, want)
	}
	if got, want := sleepSpan(442), "7\u00a0h 22\u00a0min"; got != want {
		t.Errorf("sleepSpan(442) = %q, want %q", got, want)
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
		{decimal(3.25), "3.2"}, // FormatFloat rounds half to even
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
