package demo

import (
	"fmt"

	"github.com/crampsdiary/cramps/diary"
)

// The red flags of SPEC §8 that the demo must not raise, checked here in the
// diary's own terms so that this package needs no analysis package.
const (
	longEpisodeS     = 600 // long_episode: over 10 minutes
	recentNights     = 28  // long_episode, walking_pain: the last 4 weeks
	frequentNights   = 5   // frequent: cramps on 5 of the last 7 logged nights
	frequentWoken    = 3   // frequent: woken on 3 of the last 7
	frequentPerWeek  = 3   // frequent: 3 nights in each of the last 2 weeks
	severePain       = 8   // severe: worst pain 8 or more
	severeNights     = 3   // ... on 3 nights of the last 14
	heavyWeekDrinks  = 14  // heavy_drinking: 14 drinks in a week
	heavyDayDrinks   = 5   // ... or 5 on a day, twice in 7 days
	sweatingNights   = 2   // sweating: cramps after heavy sweating on 2 nights
	newMedicineRatio = 2   // new_medicine: 14 nights after ≥ 2× the 14 before
	newMedicineMin   = 4   // ... with 4 cramp nights after
)

// calmProblems returns every red flag other than the one planted long
// episode that the diary ending on last would raise, and any problem with
// that one.
func calmProblems(p diary.Profile, ns []diary.Night, last diary.Date) []string {
	var out []string
	long := 0
	for _, n := range ns {
		for i, e := range n.Episodes {
			at := fmt.Sprintf("%s episodes[%d]", n.Date, i)
			if e.DurationS.Or(0) > longEpisodeS {
				long++
				if last.DaysSince(n.Date) >= recentNights {
					out = append(out, at+": the long episode is not in the last 4 weeks")
				}
			}
			if e.Swelling.Or(false) || e.Weakness.Or(false) || e.Twitching.Or(false) || e.Numbness.Or(false) {
				out = append(out, at+": swelling, weakness, twitching or numbness")
			}
			if e.Muscle == diary.MuscleOther {
				out = append(out, at+": a cramp outside the legs")
			}
		}
		if n.Day.FluidLoss.Or(false) {
			out = append(out, n.Date.String()+": fluid loss")
		}
		if n.Day.WalkingPain.Or(false) {
			out = append(out, n.Date.String()+": walking pain")
		}
		if n.Day.AlcoholDrinks.Or(0) >= heavyDayDrinks {
			out = append(out, n.Date.String()+": heavy drinking day")
		}
	}
	if long != 1 {
		out = append(out, fmt.Sprintf("%d episodes over 10 minutes, want 1", long))
	}
	out = append(out, weekProblems(ns, last)...)
	if m, ok := p.MedicationNamed(Diuretic); ok {
		start, _ := m.Started.Get()
		if t := medTable(ns, start, 14); t.a >= newMedicineMin && t.ratio() >= newMedicineRatio {
			out = append(out, "new_medicine: "+t.String())
		}
	}
	return out
}

// weekProblems checks the flags counted over the last days before last.
func weekProblems(ns []diary.Night, last diary.Date) []string {
	var out []string
	var cramps, woken, severe, sweating [2]int // this week, the week before
	drinks := make(map[int]int)                // by week back
	for _, n := range ns {
		back := last.DaysSince(n.Date)
		drinks[back/7] += n.Day.AlcoholDrinks.Or(0)
		if back >= 14 {
			continue
		}
		w := back / 7
		if n.CrampNight() {
			cramps[w]++
			if n.Day.HeavySweating.Or(false) {
				sweating[w]++
			}
		}
		if n.WokeByCramp() {
			woken[w]++
		}
		if n.WorstPain().Or(0) >= severePain {
			severe[w]++
		}
	}
	if cramps[0] >= frequentNights || woken[0] >= frequentWoken ||
		cramps[0] >= frequentPerWeek && cramps[1] >= frequentPerWeek {
		out = append(out, fmt.Sprintf("frequent: %v cramp nights, %v woken in the last two weeks", cramps, woken))
	}
	if severe[0]+severe[1] >= severeNights {
		out = append(out, fmt.Sprintf("severe: %d nights of pain ≥ 8 in the last 14", severe[0]+severe[1]))
	}
	if sweating[0]+sweating[1] >= sweatingNights {
		out = append(out, "sweating: cramps after heavy sweating twice in 2 weeks")
	}
	// worsening and no_improvement: the last four weeks, with stretching
	// settled, must have fewer cramp nights than the four before.
	var month [2]int
	for _, n := range ns {
		if back := last.DaysSince(n.Date); back < 2*recentNights && n.CrampNight() {
			month[back/recentNights]++
		}
	}
	if month[0] >= month[1] {
		out = append(out, fmt.Sprintf("worsening: %d cramp nights in the last 4 weeks, %d in the 4 before", month[0], month[1]))
	}
	for w, d := range drinks {
		if d >= heavyWeekDrinks {
			out = append(out, fmt.Sprintf("heavy_drinking: %d drinks in week %d back", d, w))
		}
	}
	return out
}
