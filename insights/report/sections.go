package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
)

// composeFrequency writes the weekly chart, the muscles and sides, the
// lengths, the pain and the nights woken.
func (r Report) composeFrequency(pg *page) {
	if r.Analysis.Nights == 0 {
		pg.WeekNote = "No nights logged in this period, so there is nothing to chart."
	} else {
		pg.Chart = r.chart()
	}
	for _, b := range r.Weeks {
		if r.Analysis.Nights == 0 {
			break
		}
		row := weekRow{
			Label:  shortDay(b.Start, r.Period.To),
			Bar:    textBar(b),
			Counts: fmt.Sprintf("%d / %d", b.CrampNights, b.Logged),
		}
		if b.Nights() < 7*b.Weeks {
			row.Note = "to " + shortDay(b.End, r.Period.To)
			if b.Start == r.Period.From && b.End != r.Period.To {
				row.Note = "from " + shortDay(b.Start, r.Period.To)
			}
		}
		pg.WeekRows = append(pg.WeekRows, row)
	}
	if r.Analysis.Nights > 0 {
		pg.WeekNote = r.weekNote()
	}

	e := r.Episodes
	pg.Muscles = r.muscleTable()
	if e.Episodes == 0 {
		return // the muscle table says there were none
	}
	length := "Length: not recorded."
	if m, ok := e.MedianDurationS.Get(); ok {
		length = fmt.Sprintf("Length: %s timed; median %s, longest %s (%s); %s over 10 minutes.",
			plural(e.DurationKnown, "cramp", "cramps"), span(m), span(float64(e.LongestS.Or(0))),
			longDay(e.LongestNight.Or(r.Period.To)), strconv.Itoa(e.OverTen))
	}
	pain := "Pain: not recorded."
	if m, ok := e.MedianPain.Get(); ok {
		pain = fmt.Sprintf("Pain (0–10): recorded for %s; median %s; mild (0–3) %d, moderate (4–6) %d, severe (7–10) %d.",
			plural(e.PainKnown, "cramp", "cramps"), decimal(m), e.Mild, e.Moderate, e.Severe)
	}
	woke := fmt.Sprintf("Woken: a cramp woke the patient on %s.", count(e.WokeNights, r.Analysis.CrampNights, "cramp nights"))
	pg.Severity = []string{length, pain, woke}
}

// weekNote says what a bar is.
func (r Report) weekNote() string {
	if len(r.Weeks) == 0 {
		return ""
	}
	first := "Monday"
	if r.Profile.FirstWeekday() == diary.WeekStartSunday {
		first = "Sunday"
	}
	if k := r.Weeks[0].Weeks; k > 1 {
		return fmt.Sprintf("Each bar joins %d weeks, from a %s.", k, first)
	}
	return "Weeks start on " + first + "."
}

// textBar draws a bar in characters: █ a cramp night, ░ a logged night
// without cramps, · a night not logged. Bars over more than a week are
// drawn to 14 characters in proportion.
func textBar(b WeekBar) string {
	nights := b.Nights()
	cramp, calm := b.CrampNights, b.Logged-b.CrampNights
	if width := 14; nights > 7 {
		scale := float64(width) / float64(nights)
		cramp = int(math.Round(float64(cramp) * scale))
		calm = int(math.Round(float64(b.Logged)*scale)) - cramp
		nights = width
	}
	return strings.Repeat("█", cramp) + strings.Repeat("░", calm) + strings.Repeat("·", max(0, nights-cramp-calm))
}

// muscleTable counts the episodes by muscle and side.
func (r Report) muscleTable() table {
	e := r.Episodes
	t := table{Empty: "No cramps recorded in this period."}
	if e.Episodes == 0 {
		return t
	}
	unknownSide := 0
	for _, m := range e.ByMuscle {
		unknownSide += m.SideUnknown
	}
	t.Head = []string{"Where", "Left", "Right", "Both", "Total"}
	if unknownSide > 0 {
		t.Head = []string{"Where", "Left", "Right", "Both", "Side not noted", "Total"}
	}
	for _, m := range e.ByMuscle {
		row := []string{muscleWords(m.Muscle), strconv.Itoa(m.Left), strconv.Itoa(m.Right), strconv.Itoa(m.Both)}
		if unknownSide > 0 {
			row = append(row, strconv.Itoa(m.SideUnknown))
		}
		t.Rows = append(t.Rows, append(row, strconv.Itoa(m.Total())))
	}
	if e.MuscleUnknown > 0 {
		row := []string{"Not noted", "", "", ""}
		if unknownSide > 0 {
			row = append(row, "")
		}
		t.Rows = append(t.Rows, append(row, strconv.Itoa(e.MuscleUnknown)))
	}
	return t
}

// composeSleep writes the Consensus Sleep Diary summary.
func (r Report) composeSleep(pg *page) {
	s := r.Sleep
	pg.Sleep = table{Empty: "No sleep recorded in this period."}
	groups := []SleepFigures{s.All, s.Cramp, s.Other}
	if s.All.TotalSleep.N+s.All.Latency.N+s.All.Awake.N+s.All.Efficiency.N+s.All.Quality.N == 0 {
		return
	}
	pg.Sleep.Head = []string{"Mean ± SD",
		fmt.Sprintf("All nights (%d)", s.All.Nights), fmt.Sprintf("Cramp nights (%d)", s.Cramp.Nights), fmt.Sprintf("Other nights (%d)", s.Other.Nights)}
	row := func(name string, pick func(SleepFigures) MeanSD, say func(float64) string, unit string) {
		cells := []string{name}
		for _, g := range groups {
			cells = append(cells, sayMeanSD(pick(g), say, unit))
		}
		pg.Sleep.Rows = append(pg.Sleep.Rows, cells)
	}
	minutes := func(x float64) string { return strconv.Itoa(int(math.Round(x))) }
	row("Total sleep", func(f SleepFigures) MeanSD { return f.TotalSleep }, sleepSpan, "")
	row("Time to fall asleep", func(f SleepFigures) MeanSD { return f.Latency }, minutes, nbsp+"min")
	row("Awake after falling asleep", func(f SleepFigures) MeanSD { return f.Awake }, minutes, nbsp+"min")
	row("Sleep efficiency", func(f SleepFigures) MeanSD { return f.Efficiency },
		func(x float64) string { return strconv.Itoa(int(math.Round(100 * x))) }, "%")
	row("Quality (1–5)", func(f SleepFigures) MeanSD { return f.Quality }, decimal, "")
	pg.SleepNote = "Core items of the Consensus Sleep Diary (Carney et al., SLEEP 2012). Other nights: logged free of cramps. Each figure is over the nights it was recorded on."
}

// sayMeanSD writes "15 ± 8 min"; total sleep, whose unit is in its words,
// "6 h 42 min ± 38 min"; a single value without the ±; "–" for none.
func sayMeanSD(m MeanSD, say func(float64) string, unit string) string {
	mean, ok := m.Mean.Get()
	if !ok {
		return "–"
	}
	sd, hasSD := m.SD.Get()
	switch {
	case !hasSD:
		return say(mean) + unit
	case unit == "" && strings.HasSuffix(say(mean), "min"):
		return say(mean) + " ± " + strconv.Itoa(int(math.Round(sd))) + nbsp + "min"
	}
	return say(mean) + " ± " + say(sd) + unit
}

// composeMedications writes each medicine of the profile with its
// before-and-after comparison.
func (r Report) composeMedications(pg *page) {
	pg.MedNote = insights.MedicationAdvice
	for _, m := range r.Profile.Medications {
		class := insights.MedicationClassOf(m.Class)
		item := medItem{
			Name:     m.Name,
			Class:    class.Name,
			Dates:    r.medDates(m),
			Evidence: "Published evidence: " + evidenceWords(class.Evidence) + ". " + class.Literature,
			Refs:     refs(class.Seeds),
		}
		for _, res := range r.Analysis.Medications {
			if res.ID == insights.MedicationIDPrefix+m.Name {
				item.Sentences = r.medSentences(m, res)
				break
			}
		}
		pg.Meds = append(pg.Meds, item)
	}
}

// medDates writes when a medicine was started and stopped.
func (r Report) medDates(m diary.Medication) string {
	out := "start not recorded"
	if s, ok := m.Started.Get(); ok {
		out = "started " + longDay(s)
	}
	if s, ok := m.Stopped.Get(); ok {
		return out + ", stopped " + longDay(s)
	}
	return out
}

// medSentences tells the before-and-after comparison of a medicine start.
func (r Report) medSentences(m diary.Medication, res insights.MedicationResult) []string {
	start, hasStart := m.Started.Get()
	switch {
	case !hasStart:
		return []string{"No start date in the profile, so no before-and-after comparison."}
	case start > r.Period.To:
		return []string{"Started after this period."}
	}
	s := res.Subject()
	if res.Verdict == insights.VerdictNotEnoughData {
		return []string{insights.VerdictSentence(s, res.Comparison)}
	}
	// The comparison is the one Insights shows, over the whole diary up to
	// the period's end, so its nights may begin before the period.
	before := res.BeforeFrom.Or(start)
	out := []string{
		fmt.Sprintf("Nights compared: %s to %s against %s to %s.", shortDay(before, r.Period.To),
			shortDay(start.AddDays(-1), r.Period.To), shortDay(start, r.Period.To), shortDay(res.AfterTo.Or(start), r.Period.To)),
		insights.NumbersSentence(s, res.Comparison),
	}
	if rs := insights.RatioSentence(s, res.Comparison); rs != "" {
		out = append(out, rs)
	}
	return append(out, insights.VerdictSentence(s, res.Comparison))
}

// composeFactors writes the factors with a pattern, then those without:
// the same verdicts and sentences as the Insights screen.
func (r Report) composeFactors(pg *page) {
	var firm []factorItem
	var noLink, tooFew, reactive []string
	for _, f := range r.Analysis.Factors {
		cat, _ := insights.FactorByID(f.ID)
		s := cat.Subject()
		item := factorItem{
			Name:     cat.Name,
			Verdict:  verdictWords(f.Verdict),
			Evidence: "Published evidence: " + evidenceWords(f.Evidence) + ". " + cat.Literature,
			Refs:     refs(cat.Seeds),
		}
		item.Sentences = []string{insights.NumbersSentence(s, f.Comparison)}
		if rs := insights.RatioSentence(s, f.Comparison); rs != "" {
			item.Sentences = append(item.Sentences, rs)
		}
		if rs := insights.ReactiveSentence(s, f.ID, f.Reactive); rs != "" {
			reactive = append(reactive, rs)
		}
		switch f.Verdict {
		case insights.VerdictMoreCramps, insights.VerdictFewerCramps:
			firm = append(firm, item)
		case insights.VerdictNoClearLink:
			noLink = append(noLink, lowerFirst(cat.Name))
		default:
			tooFew = append(tooFew, lowerFirst(cat.Name))
		}
	}
	pg.Factors = firm
	pg.FactorsNote = fmt.Sprintf("Method: for each documented trigger or help, the share of cramp nights with and without it, "+
		"compared within like nights (after a night with or without cramps, weekday or weekend, earlier or later half of the diary) "+
		"by the Mantel–Haenszel relative risk, with its variance taken from the diary's own nights so that runs of similar nights "+
		"do not pass for a pattern. A pattern is named only when the Benjamini–Hochberg q over all the comparisons is at most %.2f, "+
		"the 95%% interval (widened for runs) clears 1, the halves of the diary agree, and the habit was not taken mostly after cramp nights.",
		insights.MaxQ)
	if len(pg.Factors) == 0 && noLink == nil {
		pg.NotEnough = fmt.Sprintf("Too few nights to judge any factor: each needs at least %d logged nights with it recorded, some with and some without.", insights.MinKnownNights)
		return
	}
	if noLink != nil {
		pg.NoLink = "No clear link: " + listWords(noLink) + "."
		for _, rs := range reactive {
			pg.NoLink += " " + patientWords.Replace(rs)
		}
	}
	if tooFew != nil {
		pg.NotEnough = "Too few nights to judge: " + listWords(tooFew) + "."
	}
}

// verdictWords writes a verdict in two or three words.
func verdictWords(v insights.Verdict) string {
	switch v {
	case insights.VerdictMoreCramps:
		return "more cramps"
	case insights.VerdictFewerCramps:
		return "fewer cramps"
	case insights.VerdictNoClearLink:
		return "no clear link"
	}
	return "too few nights"
}

// composeTried writes the evening measures and what eased the cramps.
func (r Report) composeTried(pg *page) {
	pg.Tried = table{
		Head:  []string{"Measure", "Done on", "Cramp nights after it", "without it"},
		Empty: "No stretching, supplements or other evening measures recorded in this period.",
	}
	for _, f := range r.Analysis.Factors {
		if f.Kind != insights.KindProtective || f.WithNights == 0 {
			continue
		}
		pg.Tried.Rows = append(pg.Tried.Rows, []string{
			factorName(f.ID),
			countShort(f.WithNights, f.KnownNights()),
			countShort(f.WithCrampNights, f.WithNights),
			countShort(f.WithoutCrampNights, f.WithoutNights),
		})
	}

	rs := r.Relief
	byUse := slices.Clone(rs.ByRelief)
	slices.SortStableFunc(byUse, func(a, b ReliefCount) int { return cmp.Compare(b.Episodes, a.Episodes) })
	var used []string
	for i, c := range byUse {
		median := ""
		if m, ok := c.MedianDurationS.Get(); ok {
			median = span(m)
			if i == 0 {
				median = "median length " + median
			}
			median = " (" + median + ")"
		}
		n := strconv.Itoa(c.Episodes)
		if i == 0 {
			n = plural(c.Episodes, "cramp", "cramps")
		}
		used = append(used, reliefWords(c.Relief)+" "+n+median)
	}
	var notes []string
	switch {
	case r.Episodes.Episodes == 0:
	case used == nil:
		notes = append(notes, "Nothing recorded as easing the cramps.")
	default:
		notes = append(notes, "Eased by "+listWords(used)+". A cramp eased by two things counts under both: these are the cramps each was used on, not a test of what works.")
	}
	if rs.Nothing > 0 {
		notes = append(notes, fmt.Sprintf("Nothing eased %s.", plural(rs.Nothing, "cramp", "cramps")))
	}
	if rs.NotRecorded > 0 && used != nil {
		notes = append(notes, fmt.Sprintf("Relief not recorded for %s.", plural(rs.NotRecorded, "cramp", "cramps")))
	}
	pg.ReliefNote = strings.Join(notes, " ")
}
