package report

import (
	"fmt"
	"strings"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
	"github.com/crampsdiary/cramps/insights/redflags"
)

// page puts the report into words.
func (r Report) page() page {
	pg := page{
		Title:  "Night leg cramps: diary report for the doctor",
		Facts:  r.facts(),
		Notice: "A self-reported diary kept by the patient, not a diagnosis. Where it says something “goes with” more or fewer cramps, that is an association in this one person's nights, not proof of cause.",
		Glance: r.glance(),
	}
	r.composeFlags(&pg)
	r.composeFrequency(&pg)
	r.composeSleep(&pg)
	r.composeMedications(&pg)
	r.composeFactors(&pg)
	r.composeTried(&pg)
	r.composeTrials(&pg)
	for i := range pg.Meds {
		pg.Meds[i].Sentences = aboutThePatient(pg.Meds[i].Sentences)
	}
	for i := range pg.Factors {
		pg.Factors[i].Sentences = aboutThePatient(pg.Factors[i].Sentences)
	}
	for _, s := range insights.Sources() {
		pg.Sources = append(pg.Sources, fmt.Sprintf("[%d] “%s” (%s)", s.Number+1, s.Title, s.Kind))
	}
	pg.EvidenceNote = "Evidence grades are from the clinical literature, not these articles: strong, moderate, weak (one observational study, expert opinion or untested), or contradicted (good trials found no effect)."
	pg.Footer = "Made by cramps on " + stamp(r.Generated) + " from the diary kept on the patient's own computer; nothing was sent anywhere."
	return pg
}

// facts are who and when.
func (r Report) facts() []fact {
	a := r.Analysis
	logged := count(a.Nights, r.Period.Nights(), "nights")
	if a.Nights == 0 {
		logged = fmt.Sprintf("none of the %s", plural(r.Period.Nights(), "night", "nights"))
	}
	since := "no nights logged yet"
	if d, ok := r.FirstNight.Get(); ok {
		since = longDay(d)
	}
	return []fact{
		{"Period", longDay(r.Period.From) + " to " + longDay(r.Period.To) + " (" + plural(r.Period.Nights(), "night", "nights") + ")"},
		{"Nights logged", logged},
		{"Diary kept since", since},
		{"Background", r.background()},
		{"Generated", stamp(r.Generated)},
	}
}

// background lists the profile's background risk factors, with the birth year.
func (r Report) background() string {
	var parts []string
	born, hasBorn := r.Profile.BirthYear.Get()
	aged := false
	for _, b := range r.Analysis.Background {
		name := b.Name
		if strings.HasPrefix(b.ID, "age_") && hasBorn {
			name += fmt.Sprintf(" (born %d)", born)
			aged = true
		}
		parts = append(parts, name)
	}
	if hasBorn && !aged {
		parts = append([]string{fmt.Sprintf("Born %d", born)}, parts...)
	}
	if len(parts) == 0 {
		return "none recorded in the profile"
	}
	return strings.Join(parts, "; ") + " " + refs(backgroundSeeds(r.Analysis.Background))
}

// backgroundSeeds gathers the sources of the background factors.
func backgroundSeeds(bs []insights.Background) []int {
	var seeds []int
	for _, b := range bs {
		seeds = append(seeds, b.Seeds...)
	}
	return seeds
}

// glance answers, in a line each, how often, how bad, since when, what goes
// with the cramps and what to check.
func (r Report) glance() []fact {
	a, e := r.Analysis, r.Episodes
	often := "No night in this period says whether there were cramps."
	switch {
	case a.Nights == 1 && a.CrampNights == 0:
		often = "No cramps on the one logged night." // not "any of the 1 logged night" (issue 11.11)
	case a.Nights > 0 && a.CrampNights == 0:
		often = "No cramps on any of the " + plural(a.Nights, "logged night", "logged nights") + "."
	case a.Nights > 0:
		often = "Cramps on " + count(a.CrampNights, a.Nights, "logged nights")
		if a.Nights >= minNightsForRate {
			often += ", about " + plural0(7*float64(a.CrampNights)/float64(a.Nights), "night") + " a week"
		}
		often += "; " + plural(e.Episodes, "cramp", "cramps") + " in all. " +
			fmt.Sprintf("Woken by a cramp on %d of the cramp nights.", e.WokeNights)
	}

	bad := "No cramps in this period."
	if e.Episodes > 0 {
		var parts []string
		if m, ok := e.MedianDurationS.Get(); ok {
			p := "median length " + span(m) + ", longest " + span(float64(e.LongestS.Or(0))) +
				" (" + longDay(e.LongestNight.Or(r.Period.To)) + ")"
			if e.OverTen > 0 {
				p += fmt.Sprintf(", %d over 10 minutes", e.OverTen)
			}
			parts = append(parts, p)
		}
		if m, ok := e.MedianPain.Get(); ok {
			parts = append(parts, fmt.Sprintf("median pain %s of 10, severe (7–10) in %d of %d", decimal(m), e.Severe, e.PainKnown))
		}
		bad = "Length and pain not recorded."
		if parts != nil {
			bad = upperFirst(strings.Join(parts, "; ")) + "."
		}
	}

	since := "No nights in the diary up to the end of this period."
	if d, ok := r.FirstNight.Get(); ok {
		since = "Diary kept since " + longDay(d) + "; "
		if c, ok := r.FirstCramp.Get(); ok {
			since += "first cramp recorded " + longDay(c) + "."
		} else {
			since += "no cramp recorded in it."
		}
	}

	return []fact{
		{"How often", often},
		{"How bad", bad},
		{"Since when", since},
		{"Goes with", r.goesWith()},
		{"To check", r.toCheck()},
	}
}

// minNightsForRate is the fewest logged nights from which the report gives
// cramp nights a week: fewer than a week's nights would make one night
// into a weekly rate.
const minNightsForRate = 7

// plural0 writes "3.3 nights" or "1 night", with one decimal.
func plural0(x float64, unit string) string {
	s := decimal(x)
	if s == "1" {
		return "1 " + unit
	}
	return s + " " + unit + "s"
}

// goesWith names the factors and medicine starts with a pattern.
func (r Report) goesWith() string {
	var more, fewer []string
	add := func(name string, v insights.Verdict) {
		switch v {
		case insights.VerdictMoreCramps, insights.VerdictMoreAfter:
			more = append(more, name)
		case insights.VerdictFewerCramps, insights.VerdictFewerAfter:
			fewer = append(fewer, name)
		}
	}
	for _, f := range r.Analysis.Factors {
		add(lowerFirst(factorName(f.ID)), f.Verdict)
	}
	for _, m := range r.Analysis.Medications {
		add("starting "+m.Name, m.Verdict)
	}
	var parts []string
	if more != nil {
		parts = append(parts, "more cramps with "+listWords(more))
	}
	if fewer != nil {
		parts = append(parts, "fewer with "+listWords(fewer))
	}
	if parts == nil {
		for _, f := range r.Analysis.Factors {
			if f.Verdict != insights.VerdictNotEnoughData {
				return "No clear pattern with any documented trigger in this period."
			}
		}
		return "Too few nights yet to judge any documented trigger."
	}
	return upperFirst(strings.Join(parts, "; ")) + "."
}

// toCheck names the red flags by level.
func (r Report) toCheck() string {
	if len(r.Analysis.RedFlags) == 0 {
		return "No red flags as of " + longDay(r.Period.To) + "."
	}
	var parts []string
	var level redflags.Level
	var names []string
	flush := func() {
		if names != nil {
			parts = append(parts, urgency(level)+": "+listWords(names))
		}
		names = nil
	}
	var seen []string
	for _, f := range r.Analysis.RedFlags {
		if f.Acknowledged.Known() {
			seen = append(seen, flagName(f.ID))
			continue
		}
		if f.Level != level {
			flush()
			level = f.Level
		}
		names = append(names, flagName(f.ID))
	}
	flush()
	if seen != nil {
		parts = append(parts, "Already seen by a doctor: "+listWords(seen))
	}
	return strings.Join(parts, ". ") + "."
}

// factorName is the catalog's name of a factor.
func factorName(id string) string {
	if f, ok := insights.FactorByID(id); ok {
		return f.Name
	}
	return id
}

// urgency says what a red flag's level asks for.
func urgency(l redflags.Level) string {
	switch l {
	case redflags.LevelUrgent:
		return "Urgent, a doctor should see this the same day"
	case redflags.LevelSeeDoctor:
		return "For a doctor's review"
	}
	return "Worth mentioning"
}

// flagName is a red flag's name in a few words.
func flagName(id string) string { return redflags.Name(id) }

// composeFlags writes the red flags, most pressing first.
func (r Report) composeFlags(pg *page) {
	pg.FlagsTitle = "Red flags as of " + longDay(r.Period.To)
	for _, f := range r.Analysis.RedFlags {
		seeds, others := seedsOfTitles(f.Source)
		ref := refs(seeds)
		if others != nil {
			ref = strings.TrimSpace(ref + " " + strings.Join(others, "; "))
		}
		item := flagItem{
			Level:   string(f.Level),
			Urgency: urgency(f.Level),
			Name:    flagName(f.ID),
			Message: f.Report,
			Refs:    ref,
		}
		if len(f.Nights) > 0 {
			item.Nights = "Nights: " + dayList(f.Nights, r.Period.To)
		}
		if d, ok := f.Acknowledged.Get(); ok {
			item.Urgency = "Seen by a doctor (acknowledged " + longDay(d) + ")"
		}
		pg.Flags = append(pg.Flags, item)
	}
	switch {
	case len(pg.Flags) > 0:
	case !r.FirstNight.Known():
		pg.NoFlags = "None: there are no nights in the diary to check."
	default:
		pg.NoFlags = "None. The diary shows none of the signs the sources say need a doctor's attention: no cramp over 10 minutes; no swelling, redness, warmth, weakness, twitching or lasting numbness; no cramps after vomiting or diarrhoea; no quinine; no frequent, severe or worsening cramps; no leg pain on walking; no rise after a new medicine; no heavy drinking. [1, 2, 3, 4, 5]"
	}
}

// muscleWords names a muscle for the table.
func muscleWords(m diary.Muscle) string {
	switch m {
	case diary.MuscleThighFront:
		return "Front of thigh"
	case diary.MuscleThighBack:
		return "Back of thigh"
	case diary.MuscleOther:
		return "Outside the legs"
	}
	return upperFirst(words(m))
}

// reliefWords names a relief in a sentence.
func reliefWords(r diary.Relief) string {
	switch r {
	case diary.ReliefStretch:
		return "stretching the muscle"
	case diary.ReliefWalk:
		return "walking"
	case diary.ReliefWarmBath:
		return "a warm bath"
	case diary.ReliefOther:
		return "something else"
	}
	return words(r)
}

// evidenceWords writes an evidence grade.
func evidenceWords(e insights.Evidence) string {
	if e == insights.EvidenceNotRated {
		return "not graded"
	}
	return string(e)
}
