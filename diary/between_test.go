package diary

import "testing"

func TestNightsBetween(t *testing.T) {
	d := NewDate(2026, 11, 1)
	nights := []Night{{Date: d}, {Date: d.AddDays(2)}, {Date: d.AddDays(3)}, {Date: d.AddDays(7)}}
	for _, tc := range []struct {
		from, to int
		want     []int // offsets of the nights expected
	}{
		{0, 7, []int{0, 2, 3, 7}},
		{1, 3, []int{2, 3}},
		{4, 6, nil},
		{3, 3, []int{3}},
		{5, 1, nil},
		{-9, -1, nil},
		{8, 20, nil},
	} {
		got := NightsBetween(nights, d.AddDays(tc.from), d.AddDays(tc.to))
		if len(got) != len(tc.want) {
			t.Errorf("%d..%d: %d nights, want %d", tc.from, tc.to, len(got), len(tc.want))
			continue
		}
		for i, n := range got {
			if n.Date != d.AddDays(tc.want[i]) {
				t.Errorf("%d..%d: night %d is %s, want %s", tc.from, tc.to, i, n.Date, d.AddDays(tc.want[i]))
			}
		}
	}
}
