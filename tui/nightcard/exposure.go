package nightcard

import (
	"strconv"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
)

// Exposure is the short word for a documented trigger or help (by its id in
// the insights catalog) that the night was exposed to, with its number where
// it has one: "sat 9h", "caffeine ×4", "2 drinks". It is "" for an id it
// does not know, so the caller can fall back on the factor's name.
func Exposure(id string, n *diary.Night) string {
	d := n.Day
	switch id {
	case "low_water":
		return "little water"
	case "high_caffeine":
		return "caffeine ×" + strconv.Itoa(d.CaffeineServings.Or(0))
	case "late_caffeine":
		if c, ok := d.LastCaffeine.Get(); ok {
			return "caffeine at " + c.String()
		}
		return "late caffeine"
	case "alcohol":
		return words.Nouns(d.AlcoholDrinks.Or(0), "drink")
	case "strenuous_exercise":
		return "strenuous"
	case "inactive_day":
		return "no exercise"
	case "long_sitting":
		return "sat " + Number(d.SittingH.Or(0)) + "h"
	case "long_standing":
		return "stood " + Number(d.StandingH.Or(0)) + "h" // as the night card says it: "stood 9 h"
	case "heavy_sweating":
		return "sweating"
	case "high_stress":
		return "stress " + strconv.Itoa(d.Stress.Or(0))
	case "toes_pointed":
		return "toes pointed"
	case "tight_blankets":
		return "tight covers"
	case "legs_curled":
		return "legs curled"
	case "stretched":
		return "stretched"
	case "magnesium":
		return "magnesium"
	case "electrolytes":
		return "electrolytes"
	case "vitamin_b":
		return "vitamin B"
	case "legs_elevated":
		return "legs up"
	case "massage":
		return "massage"
	case "knees_supported":
		return "knees supported"
	}
	return ""
}
