package trialscreen

import (
	"fmt"
	"math"
	"strconv"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights/trial"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// shownTrial is the trial on the page with its analysis, figures included
// (the view withholds a running trial's unless peeked at).
type shownTrial struct {
	trial  diary.Trial
	result trial.Result
}

// analysedMsg carries the analysis of the diary of generation gen.
type analysedMsg struct {
	gen   int
	shown *shownTrial
}

// analyse analyses the trial the page is about, in a command.
func (m *Model) analyse() tea.Cmd {
	t, ok := m.current()
	if !ok {
		return nil
	}
	gen, data, tonight := m.gen, m.data, m.tonight()
	return func() tea.Msg {
		return analysedMsg{gen, &shownTrial{t, trial.Analyze(t, data.Nights, data.Profile, tonight)}}
	}
}

// chanceMsg carries the chance estimate of a plan.
type chanceMsg struct {
	habit    diary.TrialHabit
	design   diary.TrialDesign
	estimate trial.Estimate
}

// estimate estimates the chance of the plan in a command: it simulates a
// thousand trials of each length.
func (m *Model) estimate() tea.Cmd {
	if m.mode != modePlan || m.data == nil {
		return nil
	}
	h, d, nights, tonight := m.plan.habit, m.plan.design, m.data.Nights, m.tonight()
	return func() tea.Msg {
		return chanceMsg{h, d, trial.EstimateChance(nights, tonight, d)}
	}
}

// chanceLines says how likely the plan is to find a halving of the user's
// cramps, for its length and longer ones, or why that cannot be said.
func (m *Model) chanceLines(width int) []string {
	st := m.st
	lines := []string{st.Label.Render("If " + m.plan.habit.Name() + " halved your cramps, how often would the trial find it?")}
	if m.chance == nil || m.chanceFor.habit != m.plan.habit || m.chanceFor.design != m.plan.design {
		return append(lines, st.Muted.Render("Working it out from your nights…"))
	}
	e := *m.chance
	b := e.Baseline
	switch {
	case !e.Possible:
		return append(lines, flow(fmt.Sprintf("Not possible to say yet: it is worked out from your last %d logged nights and needs at least %d; you have logged %s. You can start the trial all the same.",
			trial.BaselineNights, trial.MinBaselineNights, words.Nouns(b.Nights, "night")), width, st.Text)...)
	case b.Mean == 0:
		return append(lines, flow(fmt.Sprintf("Your last %s had no cramps: there is nothing to halve, so no trial can show a difference now.",
			words.Nouns(b.Nights, "logged night")), width, st.Text)...)
	}
	pairsW, nightsW := 0, 0
	for _, c := range e.Chances {
		pairsW = max(pairsW, len(words.Nouns(c.Design.Pairs, "pair")))
		nightsW = max(nightsW, len(lengthWords(c.Design.Nights())))
	}
	for i, c := range e.Chances {
		row := fmt.Sprintf("  %-*s  %-*s  %4s", pairsW, words.Nouns(c.Design.Pairs, "pair"), nightsW, lengthWords(c.Design.Nights()), c.Share())
		if i == 0 {
			lines = append(lines, st.Accent.Render(row)+st.Muted.Render("  this plan"))
		} else {
			lines = append(lines, st.Text.Render(row))
		}
	}
	from := fmt.Sprintf("From your last %s: %s a night", words.Nouns(b.Nights, "logged night"), crampsWords(b.Mean))
	if b.Logged < 0.9 {
		from += fmt.Sprintf(", with %s of the nights logged", words.Percent(b.Logged))
	}
	return append(lines, flow(from+"; each figure is the share of a thousand trials simulated on nights like yours that end with fewer cramps, p ≤ 0.05. Too short a trial can miss a habit that helps.", width, st.Muted)...)
}

// resultLines is the result of the trial on the page: kept back while it
// runs (unless peeked at, marked interim), else the verdict in words, the
// figures and a chart of each used pair's two rates.
func (m *Model) resultLines(t diary.Trial, width int) []string {
	st := m.st
	if m.shown == nil || m.shown.trial.ID != t.ID || m.resGen != m.gen {
		return []string{st.Muted.Render("Working out the result…")}
	}
	r := m.shown.result.Withhold(m.peek)
	var lines []string
	switch {
	case r.Status == diary.TrialPlanned:
		return flow("The result comes after its last night, "+nightcard.Date(t.Last())+".", width, st.Muted)
	case r.Withheld:
		lines = append(lines, st.Label.Render("The result"))
		return append(lines, flow(fmt.Sprintf("Kept back until after the last night, %s, so that a run of good or bad nights does not tempt you to stop early. p peeks at the interim figures.",
			nightcard.Date(t.Last())), width, st.Muted)...)
	case r.Interim:
		lines = append(lines, st.Warn.Render("Interim figures: do not stop on these"))
		lines = append(lines, flow("A trial stopped when its figures look good often finds differences that are not there. These are the nights so far; the verdict waits for the last night.", width, st.Warn)...)
	default:
		lines = append(lines, st.Label.Render("The result: ")+verdictStyle(m, r.Verdict).Render(verdictWords(r, t.Habit)))
	}
	for _, s := range resultSentences(r, t.Habit) {
		lines = append(lines, flow(s, width, st.Text)...)
	}
	if f := figureWords(r); f != "" {
		lines = append(lines, flow(f, width, st.Muted)...)
	}
	if len(r.Pairs) > 0 {
		pairs := make([]pairRates, len(r.Pairs))
		for i, p := range r.Pairs {
			pairs[i] = pairRates{pair: p.Pair + 1, a: p.RateA, b: p.RateB}
		}
		lines = append(lines, "", st.Label.Render("Cramps a night in each used pair"))
		if r.PairsUsed < t.Pairs && r.Verdict != trial.VerdictRunning {
			lines = append(lines, flow(fmt.Sprintf("%d of %d pairs; %s a counted night in one of %s periods.", r.PairsUsed, t.Pairs,
				words.Choose(t.Pairs-r.PairsUsed, "the other lacks", "the others lack"), words.Choose(t.Pairs-r.PairsUsed, "its", "their")), width, st.Muted)...)
		}
		lines = append(lines, pairChart(st, pairs, "A: asked to "+t.Habit.AskedTo(), "B: as usual", width)...)
	}
	return lines
}

// verdictStyle is the colour of a verdict: none says good or bad news
// louder than the words do.
func verdictStyle(m *Model, v trial.Verdict) lipgloss.Style {
	if v == trial.VerdictFewerWith {
		return m.st.Good
	}
	return m.st.Label
}

// verdictWords is the verdict in a few words.
func verdictWords(r trial.Result, h diary.TrialHabit) string {
	switch r.Verdict {
	case trial.VerdictFewerWith:
		return "fewer cramps went with " + h.Name()
	case trial.VerdictMoreWith:
		return "more cramps went with " + h.Name()
	case trial.VerdictNoClear:
		return "no clear difference"
	case trial.VerdictTooLittleData:
		return "too little data"
	}
	return "not yet"
}

// resultSentences say what the user did and what followed, in cramps a
// night and a week, how often chance gives a difference this large, and
// what a trial with no clear difference could have missed; never more.
func resultSentences(r trial.Result, h diary.TrialHabit) []string {
	var out []string
	if r.Verdict == trial.VerdictTooLittleData {
		had := "Only " + words.Plural(r.PairsUsed, "pair", "pairs")
		if r.PairsUsed == 0 {
			had = "No pair"
		}
		out = append(out, fmt.Sprintf("%s had a counted night in both periods; a verdict needs at least %d. A night counts when it is logged with its cramps and is not settling in.",
			had, trial.MinPairsUsed))
	}
	if r.RateA == nil || r.RateB == nil {
		switch {
		case r.NightsA+r.NightsB > 0:
		case r.Verdict == trial.VerdictRunning:
			out = append(out, "No night of the trial counts yet.")
		default:
			out = append(out, "No night of the trial counted.")
		}
		return out
	}
	a, b := *r.RateA, *r.RateB
	s := fmt.Sprintf("On the nights you were asked to %s you had %s a night (%s a week), against %s (%s a week) on the others",
		h.AskedTo(), crampsWords(a), words.Decimal(7*a), words.Decimal(b), words.Decimal(7*b))
	if c := r.ChangeWords(); c != "" {
		s += ": " + c
	}
	out = append(out, s+".")
	if r.PValue != nil && r.PairsUsed > 0 {
		if p := *r.PValue; p >= 0.995 {
			out = append(out, "A difference this large would arise by chance alone in any schedule the draw could have made: on its own it says nothing.")
		} else {
			out = append(out, "A difference this large would arise by chance alone in "+chanceWords(p)+" of the schedules the draw could have made.")
		}
	}
	if r.CILow != nil && r.CIHigh != nil {
		lo, hi := 7**r.CILow, 7**r.CIHigh
		switch r.Verdict {
		case trial.VerdictRunning:
			out = append(out, "So far, from the spread of the pairs, the true difference could be anywhere from "+rangeWords(lo, hi)+" a week.")
		case trial.VerdictNoClear:
			out = append(out, noClearWords(h, lo, hi, r.PValue))
		case trial.VerdictFewerWith, trial.VerdictMoreWith:
			out = append(out, "From the spread of the pairs, the true difference likely lies in the range "+rangeWords(lo, hi)+" a week.")
		}
	}
	if r.Adherence != nil {
		s := fmt.Sprintf("You followed the schedule on %s of the counted nights whose habit you logged", words.Percent(*r.Adherence))
		if r.HabitUnknownNights > 0 {
			s += fmt.Sprintf(" (%s without it)", words.Nouns(r.HabitUnknownNights, "night"))
		}
		s += ". Nights are counted as drawn, whatever was done"
		if *r.Adherence < 0.9 {
			s += ", so a real difference looks smaller than it is"
		}
		out = append(out, s+".")
	}
	if r.Status == diary.TrialStopped && (r.Verdict == trial.VerdictFewerWith || r.Verdict == trial.VerdictMoreWith) {
		out = append(out, trial.StoppedCaveat)
	}
	if r.Verdict != trial.VerdictRunning {
		out = append(out, trial.Caveat)
	}
	return out
}

// noClearWords says what a trial with no clear difference could have
// missed, from the interval of the per-night differences (in cramps a week,
// lo to hi). When the interval leans one way while the exact test of the
// schedule, which decides, does not reach Alpha, it says both.
func noClearWords(h diary.TrialHabit, lo, hi float64, p *float64) string {
	if (hi < 0 || lo > 0) && p != nil {
		way := "fewer"
		if lo > 0 {
			way = "more"
		}
		return fmt.Sprintf("The pairs lean towards %s cramps (from their spread, %s a week), but the exact test of the schedule, which decides, finds a difference this large in %s of schedules by chance alone; it takes %s or less. A longer trial could tell.",
			way, rangeWords(lo, hi), chanceWords(*p), words.Percent(trial.Alpha))
	}
	return "This does not show that " + h.Name() + " makes no difference: from the spread of the pairs, the true difference could be anywhere from " +
		rangeWords(lo, hi) + " a week."
}

// crampsWords writes a rate: "0.4 cramps", "1 cramp".
func crampsWords(rate float64) string { return words.DecimalNouns(rate, "cramp") }

// chanceWords writes a p-value as a share of schedules: "3%", "fewer than 1 in 1,000".
func chanceWords(p float64) string {
	switch {
	case p < 0.001:
		return "fewer than 1 in 1,000"
	case p < 0.01:
		return "fewer than 1%"
	}
	return words.Percent(p)
}

// rangeWords writes an interval of differences in cramps a week, in the
// user's words, the smaller change first as the command line writes it:
// "1.2 fewer to 0.5 more cramps", "0.4 to 3 fewer cramps".
func rangeWords(lo, hi float64) string {
	side := func(x float64) string {
		switch {
		case words.Decimal(math.Abs(x)) == "0":
			return "no difference"
		case x < 0:
			return words.Decimal(-x) + " fewer"
		}
		return words.Decimal(x) + " more"
	}
	switch {
	case hi < 0 && words.Decimal(-hi) != "0":
		return words.Decimal(-hi) + " to " + words.Decimal(-lo) + " fewer cramps"
	case lo > 0 && words.Decimal(lo) != "0":
		return words.Decimal(lo) + " to " + words.Decimal(hi) + " more cramps"
	}
	return side(lo) + " to " + side(hi) + " cramps"
}

// figureWords are the trial's figures for those who want them.
func figureWords(r trial.Result) string {
	if r.NightsA+r.NightsB == 0 {
		return ""
	}
	s := fmt.Sprintf("Counted: %s with %s and %s with %s, in %s used.",
		words.Plural(r.NightsA, "A night", "A nights"), words.Nouns(r.CrampsA, "cramp"),
		words.Plural(r.NightsB, "B night", "B nights"), words.Nouns(r.CrampsB, "cramp"),
		words.Plural(r.PairsUsed, "pair", "pairs"))
	if r.PValue != nil {
		s += " Randomisation test p = " + pWords(*r.PValue)
		if r.MeanDifference != nil {
			s += ", mean difference " + signedCramps(*r.MeanDifference) + " a night"
		}
		if r.ChanceFewer != nil {
			s += ", chance the true difference is below zero " + shareWords(*r.ChanceFewer)
		}
		s += "."
	}
	return s
}

// signedCramps writes a signed difference of cramps: "+1 cramp", "−0.3 cramps".
func signedCramps(x float64) string {
	noun := "cramps"
	if words.Decimal(math.Abs(x)) == "1" {
		noun = "cramp"
	}
	return words.Signed(x) + " " + noun
}

// shareWords writes a probability as a percentage that never rounds to a
// certainty: "over 99%", "under 1%".
func shareWords(x float64) string {
	switch {
	case x > 0.99:
		return "over 99%"
	case x < 0.01:
		return "under 1%"
	}
	return words.Percent(x)
}

// pWords writes a p-value with two significant figures, "< 0.001" below
// that, rounding half away from zero as words.Percent does, so that p =
// 0.125 reads 0.13 beside the words' 13% (not %.2g's 0.12).
func pWords(p float64) string {
	if p < 0.001 {
		return "< 0.001"
	}
	scale := math.Pow(10, 1-math.Floor(math.Log10(p)))
	return strconv.FormatFloat(math.Round(p*scale)/scale, 'f', -1, 64)
}
