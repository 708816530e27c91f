package insightscreen

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
)

func TestBarCells(t *testing.T) {
	ratio := func(rr, lo, hi float64, rough bool) insights.Comparison {
		return insights.Comparison{RelativeRisk: diary.Some(rr), CILow: diary.Some(lo), CIHigh: diary.Some(hi), Approximate: rough}
	}
	cases := []struct {
		name  string
		c     insights.Comparison
		width int
		want  string
	}{
		{"no difference", ratio(1, 0.5, 2, false), 13, "───━━━●━━━───"},
		{"more, clear of 1", ratio(2.3, 1.5, 3.5, false), 13, "──────│─━━●━─"},
		{"fewer, off the left", ratio(0.19, 0.064, 0.57, false), 13, "◂━━━━─│──────"},
		{"more, off the right", ratio(6, 3, 12, false), 13, "──────│────━▸"},
		{"wholly off the right", ratio(9, 5, 20, false), 13, "──────│─────▸"},
		{"crossing 1", ratio(1.6, 0.9, 2.9, false), 13, "──────┿━●━━━─"},
		// 1.05 rounds into the 1 cell; the bar must still stay clear of it.
		{"just clear of 1", ratio(1.3, 1.05, 1.6, false), 13, "──────│●━────"},
		{"just below 1", ratio(0.8, 0.65, 0.97, false), 13, "────━●│──────"},
		// A zero count made the crude ratio approximate; the drawn one is
		// the Mantel–Haenszel ratio, which needs no correction: drawn plain.
		{"zero count", ratio(2, 0.5, 8, true), 13, "───━━━┿━━●━━▸"},
		{"undefined", insights.Comparison{}, 13, "──────│──────"},
		{"narrow", ratio(2, 1.5, 3, false), 9, "────│━●━─"},
		{"wide", ratio(2, 1.5, 3, false), 21, "──────────│──━━●━━━──"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cells, _ := barCells(c.c, c.width)
			if got := string(cells); got != c.want {
				t.Fatalf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestAxisTicks(t *testing.T) {
	for width, want := range map[int]string{
		9:  "¼ ½ 1 2 4",
		13: "¼  ½  1  2  4",
		21: "¼    ½    1    2    4",
		5:  "¼ 1 4", // too tight for the halves
	} {
		if got := axisTicks(width); got != want {
			t.Errorf("width %d: got %q, want %q", width, got, want)
		}
	}
}
