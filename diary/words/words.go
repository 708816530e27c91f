// Package words is the one home of the product's words for numbers: counts,
// plurals, shares, decimals, percentages, cramp lengths and sleep times.
//
// The screens, the command line and the report all write through it, so one
// figure is spelled one way everywhere: a 90-second cramp is "1m30s" on the
// Log card, in History, on Week, in `cramps show` and in the doctor's report.
package words

import (
	"math"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
)

// Count writes a whole number with thousands separated by commas: "3,650".
func Count(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// Plural writes n with the right form of its noun: Plural(1, "night",
// "nights") is "1 night", Plural(3, …) is "3 nights", Plural(1200, …) is
// "1,200 nights".
func Plural(n int, one, more string) string {
	if n == 1 {
		return "1 " + one
	}
	return Count(n) + " " + more
}

// Nouns is Plural for nouns whose plural adds an s: Nouns(2, "cramp") is
// "2 cramps".
func Nouns(n int, noun string) string { return Plural(n, noun, noun+"s") }

// Choose picks the word for one or for more, without the number: the verb of
// "1 problem stops" and "2 problems stop".
func Choose(n int, one, more string) string {
	if n == 1 {
		return one
	}
	return more
}

// Decimal writes x with at most one decimal, dropping a trailing ".0":
// 3.25 is "3.3" (rounded half away from zero), 3.0 is "3".
func Decimal(x float64) string {
	r := math.Round(x*10) / 10
	if r == 0 {
		r = 0 // no "-0"
	}
	return strings.TrimSuffix(strconv.FormatFloat(r, 'f', 1, 64), ".0")
}

// DecimalNouns writes "3.5 nights" or "1 night", with Decimal's rounding.
func DecimalNouns(x float64, noun string) string {
	s := Decimal(x)
	if s == "1" {
		return "1 " + noun
	}
	return s + " " + noun + "s"
}

// Percent writes a share as a whole percentage: 0.864 is "86%".
func Percent(share float64) string {
	return strconv.Itoa(int(math.Round(100*share))) + "%"
}

// Points writes the change between two ratios as the difference of their
// percentages, in points: 0.87 against 0.91 moved by "4 pts", not by "4%",
// which reads as 4% of 91%. One point is "1 pt".
func Points(d float64) string {
	n := int(math.Round(100 * d))
	return strconv.Itoa(n) + Choose(n, " pt", " pts")
}

// Share writes k of n nights with its percentage: "8 of 12 nights (67%)",
// "1 of 1 night (100%)". With n = 0 it is "0 of 0 nights".
func Share(k, n int) string {
	unit := Choose(n, "night", "nights")
	if n == 0 {
		return "0 of 0 nights"
	}
	return Count(k) + " of " + Count(n) + " " + unit + " (" + Percent(float64(k)/float64(n)) + ")"
}

// ShortShare writes "7 of 28 (25%)", for a second count in one sentence.
func ShortShare(k, n int) string {
	if n == 0 {
		return "0 of 0"
	}
	return Count(k) + " of " + Count(n) + " (" + Percent(float64(k)/float64(n)) + ")"
}

// Duration writes a cramp's length in seconds the one way cramps spells it,
// which is also the way the Log form reads it back: 240 is "4m", 90 is
// "1m30s", 3725 is "1h2m5s", 0 is "0s".
func Duration(seconds int) string { return diary.FormatDuration(seconds) }

// DurationOf writes a length given as a (possibly fractional) number of
// seconds, rounded to the second and, past an hour, to the minute: the sum of
// a week's cramps, "16m40s", "1h2m".
func DurationOf(seconds float64) string {
	s := int(math.Round(seconds))
	if s >= 3600 {
		s = (s + 30) / 60 * 60
	}
	return diary.FormatDuration(s)
}

// Minutes writes cramp minutes (a week's total, an average) as a length:
// 0.8333 is "50s", 16.5 is "16m30s".
func Minutes(m float64) string { return DurationOf(m * 60) }

// SleepTime writes minutes of sleep or time in bed as "7h22" or "45m".
func SleepTime(min int) string {
	if min < 60 {
		return strconv.Itoa(min) + "m"
	}
	h, m := min/60, min%60
	if m < 10 {
		return strconv.Itoa(h) + "h0" + strconv.Itoa(m)
	}
	return strconv.Itoa(h) + "h" + strconv.Itoa(m)
}

// List joins words as a list: "a", "a and b", "a, b and c".
func List(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// Signed writes a change with its sign and at most one decimal: "+2",
// "−0.3" (a true minus sign), "0".
func Signed(x float64) string {
	s := Decimal(math.Abs(x))
	switch {
	case s == "0":
		return "0"
	case x < 0:
		return "−" + s
	}
	return "+" + s
}
