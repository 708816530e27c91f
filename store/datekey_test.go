package store

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func TestDateKeyMatchesDiaryDates(t *testing.T) {
	if got := diary.NewDate(0, 1, 1); got != minKeyDate {
		t.Errorf("minKeyDate = %d, want %d", minKeyDate, got)
	}
	if got := diary.NewDate(9999, 12, 31); got != maxKeyDate {
		t.Errorf("maxKeyDate = %d, want %d", maxKeyDate, got)
	}
	check := func(d diary.Date) {
		k, ok := dateKey(d)
		if !ok || string(k[:]) != d.String() {
			t.Fatalf("dateKey(%d) = %q, %v; want %q", d, k, ok, d.String())
		}
	}
	// Every day of the years a night may fall in, and the ends of the key range.
	for d := diary.NewDate(1899, 1, 1); d <= diary.NewDate(2201, 1, 1); d++ {
		check(d)
	}
	for _, d := range []diary.Date{minKeyDate, minKeyDate + 59, minKeyDate + 60, maxKeyDate, diary.NewDate(2000, 2, 29), 0, -1} {
		check(d)
	}
	for _, d := range []diary.Date{minKeyDate - 1, maxKeyDate + 1} {
		if _, ok := dateKey(d); ok {
			t.Errorf("dateKey(%s) has a key, want none", d)
		}
	}
	if k := clampKey(minKeyDate - 100); string(k[:]) != "0000-01-01" {
		t.Errorf("clampKey below the range = %q", k)
	}
	if k := clampKey(maxKeyDate + 100); string(k[:]) != "9999-12-31" {
		t.Errorf("clampKey above the range = %q", k)
	}
}
