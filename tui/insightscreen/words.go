package insightscreen

import (
	"math"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/insights/redflags"
)

// verdictCell is the row's verdict in a table cell, as the command line
// writes it too (insights.Comparison.Cell).
func verdictCell(r *row) string { return r.cmp.Cell(r.reactive.Reactive) }

// evidenceWord is the grade of published evidence in a word, the same at
// every width: "contradicted" is "no effect", what good trials found, which
// fits the 80-column table as the grade's own name does not (the table once
// said "no effect" at 80 columns and "contradicted" at 160: issue 11.11).
func evidenceWord(e insights.Evidence) string {
	switch e {
	case insights.EvidenceContradicted:
		return "no effect"
	case insights.EvidenceNotRated:
		return "not rated"
	case "":
		return "–"
	}
	return string(e)
}

// evidenceMeaning says what a grade means (TRIGGERS.md).
func evidenceMeaning(e insights.Evidence) string {
	switch e {
	case insights.EvidenceStrong:
		return "a systematic review or large, consistent studies"
	case insights.EvidenceModerate:
		return "one good trial, or large and consistent studies of prescriptions"
	case insights.EvidenceWeak:
		return "one observational study, expert opinion, a likely mechanism, or no study at all"
	case insights.EvidenceContradicted:
		return "good trials found none; the doctor's report calls it contradicted"
	}
	return "the grades do not apply"
}

// levelWords says how soon a red flag asks for a doctor (SPEC §8).
func levelWords(l redflags.Level) string {
	switch l {
	case redflags.LevelUrgent:
		return "Contact a doctor today"
	case redflags.LevelSeeDoctor:
		return "See a doctor"
	}
	return "Mention to your doctor"
}

// caveats are the standing line, longest first; the screen shows the
// longest that fits.
func caveats() []string {
	return []string{
		"These are associations in one person's diary, not proof of cause, and not medical advice.",
		"Associations in one person's diary: not proof of cause, not medical advice.",
		"Associations in your diary: not proof of cause, not medical advice.",
		"Associations, not proof of cause; not medical advice.",
	}
}

// dateWords writes a date as "Wed 11 Nov 2026".
func dateWords(d diary.Date) string { return d.Time().Format("Mon 2 Jan 2006") }

// datesWords writes a list of nights, the first few in full and the rest counted.
func datesWords(ds []diary.Date, few int) string {
	if len(ds) == 0 {
		return ""
	}
	parts := make([]string, 0, few+1)
	for i, d := range ds {
		if i == few {
			parts = append(parts, "and "+strconv.Itoa(len(ds)-few)+" more")
			break
		}
		parts = append(parts, dateWords(d))
	}
	return strings.Join(parts, ", ")
}

// periodWords writes the span of the analysed nights: "3 Aug – 21 Nov 2026".
func periodWords(from, to diary.Date) string {
	fy, _, _ := from.YMD()
	ty, _, _ := to.YMD()
	if from == to {
		return to.Time().Format("2 Jan 2006") // one night, not "30 Nov – 30 Nov 2026"
	}
	if fy == ty {
		return from.Time().Format("2 Jan") + " – " + to.Time().Format("2 Jan 2006")
	}
	return from.Time().Format("2 Jan 2006") + " – " + to.Time().Format("2 Jan 2006")
}

// pWords writes a p- or q-value with two significant figures below 0.1,
// so that 0.047 is not shown as 0.05: "0.047", "0.005", "0.32", "< 0.001".
func pWords(p float64) string {
	switch {
	case p < 0.001:
		return "< 0.001"
	case p < 0.1:
		return strconv.FormatFloat(p, 'g', 2, 64)
	}
	return strconv.FormatFloat(p, 'f', 2, 64)
}

// pEq writes "p = 0.03" or "p < 0.001".
func pEq(name string, p float64) string {
	w := pWords(p)
	if strings.HasPrefix(w, "<") {
		return name + " " + w
	}
	return name + " = " + w
}

// signed writes a correlation with a true minus sign: "−0.25", "0.05".
func signed(x float64) string {
	s := strconv.FormatFloat(math.Abs(x), 'f', 2, 64)
	if x < 0 && s != "0.00" {
		return "−" + s
	}
	return s
}

// lowerFirst lowers the first letter, for a name in the middle of a sentence.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// inputWords name a numeric input in the dose-response sentence: its amount
// as a noun phrase.
func inputWords(in insights.Input) string {
	switch in {
	case insights.InputWaterML:
		return "the amount of water"
	case insights.InputCaffeineServings:
		return "the number of caffeinated drinks"
	case insights.InputAlcoholDrinks:
		return "the number of alcoholic drinks"
	case insights.InputExerciseMin:
		return "the minutes of exercise"
	case insights.InputSittingH:
		return "the hours spent sitting"
	case insights.InputStandingH:
		return "the hours on your feet"
	case insights.InputStress:
		return "the stress rating"
	}
	return string(in)
}
