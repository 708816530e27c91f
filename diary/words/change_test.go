package words

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestChange(t *testing.T) {
	cases := []struct {
		f         Figure
		this, avg float64
		want      string
	}{
		// 3 cramps against an average of 7/4 = 1.75, written 1.8: the
		// reader's 3 − 1.8 = 1.2; 1.25 rounded alone would be 1.3.
		{AsTenth, 3, 1.75, "↑1.2"},
		// 0 against 1/4, written 0.3 (half away from zero, as Decimal): 0 − 0.3.
		{AsTenth, 0, 0.25, "↓0.3"},
		// mean pain 17/3 = 5.67 (5.7) against 29/6 = 4.83 (4.8): 5.7 − 4.8 = 0.9.
		{AsTenth, 17.0 / 3, 29.0 / 6, "↑0.9"},
		{AsCount, 2, 2, "="},
		{AsCount, 2, 5, "↓3"},
		// 12.5 min = 750 s against 15⅓ min = 920 s: 170 s less.
		{AsMinutes, 12.5, 46.0 / 3, "↓2m50s"},
		// 540 s against 1100/3 s = 366.7 s, written 6m7s (367 s): 173 s.
		{AsSeconds, 540, 1100.0 / 3, "↑2m53s"},
		// 89.4% against 89.1%: both written 89%.
		{AsRatio, 0.8936, 0.8913, "="},
		{AsRatio, 0.90, 0.87, "↑3 pts"},
		{AsRatio, 0.87, 0.88, "↓1 pt"},
		// 452.6 min (7h53) against 454.3 (7h54).
		{AsSleep, 452.57, 454.29, "↓1m"},
	}
	for i, c := range cases {
		if _, got := c.f.Change(c.this, c.avg); got != c.want {
			t.Errorf("case %d: Change(%v, %v) = %q, want %q", i, c.this, c.avg, got, c.want)
		}
	}
}

// TestChangeIsTheDifferenceOfTheWrittenFigures checks Change against a second
// computation over every pair of twelfths from 0 to 10 (every average of up
// to four weeks of whole counts, and every mean of up to three): read the two
// figures back from their words, subtract, and write the difference.
func TestChangeIsTheDifferenceOfTheWrittenFigures(t *testing.T) {
	read := func(s string) float64 {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for a := 0; a <= 120; a++ {
		for b := 0; b <= 120; b++ {
			this, than := float64(a)/12, float64(b)/12
			diff := math.Round((read(AsTenth.Write(this))-read(AsTenth.Write(than)))*10) / 10
			want := "="
			switch {
			case diff > 0:
				want = "↑" + Decimal(diff)
			case diff < 0:
				want = "↓" + Decimal(-diff)
			}
			if _, got := AsTenth.Change(this, than); got != want {
				t.Fatalf("%d/12 against %d/12 (%s against %s): %q, want %q", a, b, AsTenth.Write(this), AsTenth.Write(than), got, want)
			}
			if d, _ := AsTenth.Change(this, than); strings.HasPrefix(want, "↑") != (d > 0) {
				t.Fatalf("%d/12 against %d/12: sign of %v", a, b, d)
			}
		}
	}
}
