// Package nightcard writes a night of the diary in words, part by part, for
// the Log card and the History view: the date, each cramp, the sleep, the
// day and the position. It draws nothing; callers lay the parts out.
package nightcard

import (
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
)

// word returns the words shown for an enumeration value whose own spelling
// does not read well, or "".
func word(v string) string {
	switch v {
	case "thigh_front":
		return "front thigh"
	case "thigh_back":
		return "back thigh"
	case "warm_bath":
		return "warm bath"
	case "vitamin_b":
		return "vitamin B"
	case "asthma_laba":
		return "asthma (LABA)"
	case "blood_pressure":
		return "blood pressure"
	case "oral_contraceptive":
		return "oral contraceptive"
	case "iron_iv":
		return "iron (IV)"
	case "kidney_disease":
		return "kidney disease"
	case "liver_disease":
		return "liver disease"
	case "venous_insufficiency":
		return "venous insufficiency"
	case "varicose_veins":
		return "varicose veins"
	case "peripheral_artery_disease":
		return "peripheral artery disease"
	case "spinal_stenosis":
		return "spinal stenosis"
	case "parkinsons":
		return "Parkinson's"
	case "heart_disease":
		return "heart disease"
	case "high_cholesterol":
		return "high cholesterol"
	case "anemia":
		return "anaemia"
	}
	return ""
}

// Label returns the words for an enumeration value: "thigh_front" is "front thigh".
func Label[T ~string](v T) string {
	if w := word(string(v)); w != "" {
		return w
	}
	return strings.ReplaceAll(string(v), "_", " ")
}

// Labels returns the words for a list of enumeration values, joined by commas.
func Labels[T ~string](vs []T) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = Label(v)
	}
	return strings.Join(parts, ", ")
}

// Date writes a date as "Fri 21 Nov 2026".
func Date(d diary.Date) string { return d.Time().Format("Mon 2 Jan 2006") }

// LongDate writes a date as "Friday 21 November 2026".
func LongDate(d diary.Date) string { return d.Time().Format("Monday 2 January 2006") }

// ShortDate writes a date as "Fri 21 Nov".
func ShortDate(d diary.Date) string { return d.Time().Format("Mon 2 Jan") }

// Number writes a float without needless decimals: 7.5, 8.
func Number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
