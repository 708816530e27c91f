package report

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	numwords "github.com/crampsdiary/cramps/diary/words"

	"github.com/crampsdiary/cramps/diary"
)

// The report's ways of writing numbers and dates for people.

// longDay writes "Sat 21 Nov 2026".
func longDay(d diary.Date) string { return d.Time().Format("Mon 2 Jan 2006") }

// shortDay writes "21 Nov", with the year when it is not the year of ref.
func shortDay(d, ref diary.Date) string {
	if d.Time().Year() != ref.Time().Year() {
		return d.Time().Format("2 Jan 2006")
	}
	return d.Time().Format("2 Jan")
}

// stamp writes when the report was made: "22 Nov 2026, 08:00".
func stamp(t time.Time) string { return t.Format("2 Jan 2006, 15:04") }

// dayList writes dates month by month: "2, 5, 9 Oct; 1, 3 Nov", with the
// year on a month that is not in the year of ref.
func dayList(ds []diary.Date, ref diary.Date) string {
	var groups []string
	var days []string
	flush := func(d diary.Date) {
		month := d.Time().Format("Jan")
		if d.Time().Year() != ref.Time().Year() {
			month += " " + strconv.Itoa(d.Time().Year())
		}
		groups = append(groups, strings.Join(days, ", ")+" "+month)
		days = days[:0]
	}
	for i, d := range ds {
		days = append(days, strconv.Itoa(d.Time().Day()))
		if i+1 == len(ds) || !sameMonth(d, ds[i+1]) {
			flush(d)
		}
	}
	return strings.Join(groups, "; ")
}

// sameMonth reports whether two dates fall in the same month of the same year.
func sameMonth(a, b diary.Date) bool {
	ay, am, _ := a.YMD()
	by, bm, _ := b.YMD()
	return ay == by && am == bm
}

// nbsp keeps a number on the same line as its unit.
const nbsp = "\u00a0"

// span writes a duration in seconds, rounded to the second: "45 s",
// "3 min", "3 min 30 s", "1 h 5 min", each number held to its unit.
func span(sec float64) string { return numwords.DurationOf(sec) }

// sleepSpan writes minutes of sleep: "6 h 42 min", "45 min".
func sleepSpan(min float64) string { return numwords.SleepTime(int(math.Round(min))) }

// count writes "38 of 80 nights (48%)", or "0 nights" when n is 0.
func count(k, n int, unit string) string {
	if n == 0 {
		return "0 " + unit
	}
	if n == 1 {
		unit = strings.TrimSuffix(unit, "s")
	}
	return numwords.Count(k) + " of " + numwords.Count(n) + " " + unit + " (" + numwords.Percent(float64(k)/float64(n)) + ")"
}

// countShort writes "38 of 80 (48%)", or "–" when n is 0.
func countShort(k, n int) string {
	if n == 0 {
		return "–"
	}
	return numwords.ShortShare(k, n)
}

// plural writes "1 cramp" or "3 cramps".
func plural(n int, one, more string) string { return numwords.Plural(n, one, more) }

// decimal writes x with one decimal, dropping a trailing ".0": "3.3", "3".
func decimal(x float64) string { return numwords.Decimal(x) }

// listWords joins words as a list: "a", "a and b", "a, b and c".
func listWords(parts []string) string { return numwords.List(parts) }

// lowerFirst lowers the first letter for the middle of a sentence.
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// upperFirst raises the first letter for the start of a sentence.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// words writes an enum value as words: "thigh_back" is "thigh back".
func words[T ~string](v T) string { return strings.ReplaceAll(string(v), "_", " ") }

// patientWords turns the insights package's sentences, written to the user,
// into the report's, which speak of the patient (SPEC §8): "In your diary,"
// becomes "In the diary,".
var patientWords = strings.NewReplacer(
	"Your diary", "The diary", "your diary", "the diary",
	"Your cramp", "The patient's cramp", "your cramp", "the patient's cramp",
	"Your ", "The patient's ", " your ", " the patient's ",
	"You ", "The patient ", " you ", " the patient ",
)

// aboutThePatient rewrites sentences with patientWords.
func aboutThePatient(sentences []string) []string {
	out := make([]string, len(sentences))
	for i, s := range sentences {
		out[i] = patientWords.Replace(s)
	}
	return out
}
