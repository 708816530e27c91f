package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/diary"
)

// longDate writes a date for people: "Sat 21 Nov 2026".
func longDate(d diary.Date) string { return d.Time().Format("Mon 2 Jan 2006") }

// crampSummary says in a few words what the night's cramps were.
func crampSummary(n diary.Night) string {
	switch {
	case !n.CrampsKnown():
		return "cramps not recorded"
	case !n.CrampNight():
		return "no cramps"
	}
	parts := make([]string, 0, len(n.Episodes))
	for _, e := range n.Episodes {
		parts = append(parts, episodeWords(e, false))
	}
	noun := "cramps"
	if len(n.Episodes) == 1 {
		noun = "cramp"
	}
	return fmt.Sprintf("%d %s (%s)", len(n.Episodes), noun, strings.Join(parts, "; "))
}

// episodeWords describes one cramp: "calf left, 4m, pain 7", and with full
// the rest of what was recorded.
func episodeWords(e diary.Episode, full bool) string {
	var w []string
	where := strings.TrimSpace(strings.ReplaceAll(string(e.Muscle), "_", " ") + " " + string(e.Side))
	if where == "" {
		where = "a cramp"
	}
	w = append(w, where)
	if s, ok := e.DurationS.Get(); ok {
		w = append(w, diary.FormatDuration(s))
	}
	if p, ok := e.Intensity.Get(); ok {
		w = append(w, "pain "+strconv.Itoa(p))
	}
	if !full {
		return strings.Join(w, ", ")
	}
	if t, ok := e.Time.Get(); ok {
		w = append([]string{t.String()}, w...)
	}
	if woke, ok := e.WokeMe.Get(); ok {
		w = append(w, yesNo(woke, "woke you", "did not wake you"))
	}
	if e.Relief != nil {
		if len(e.Relief) == 0 {
			w = append(w, "nothing eased it")
		} else {
			w = append(w, "eased by "+joinWords(e.Relief, ", "))
		}
	}
	if h, ok := e.SorenessH.Get(); ok {
		w = append(w, "sore for "+hours(h))
	}
	for _, flag := range []struct {
		v    diary.Opt[bool]
		word string
	}{{e.Swelling, "swelling"}, {e.Numbness, "numbness"}, {e.Weakness, "weakness"}, {e.Twitching, "twitching"}} {
		if flag.v.Or(false) {
			w = append(w, flag.word)
		}
	}
	return strings.Join(w, ", ")
}

func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

func hours(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) + " h" }

func minutesWords(m int) string {
	if m < 60 {
		return fmt.Sprintf("%d min", m)
	}
	return fmt.Sprintf("%dh%02d", m/60, m%60)
}

// sleepWords describes the night's sleep and its derived figures.
func sleepWords(s diary.Sleep) string {
	var w []string
	add := func(label string, o diary.Opt[diary.Clock]) {
		if c, ok := o.Get(); ok {
			w = append(w, label+" "+c.String())
		}
	}
	add("in bed", s.Bedtime)
	add("lights out", s.LightsOut)
	if v, ok := s.SleepLatencyMin.Get(); ok {
		w = append(w, fmt.Sprintf("asleep after %d min", v))
	}
	if v, ok := s.Awakenings.Get(); ok {
		w = append(w, fmt.Sprintf("woke %d×", v))
	}
	if v, ok := s.WASOMin.Get(); ok {
		w = append(w, fmt.Sprintf("%d min awake", v))
	}
	add("final wake", s.FinalWake)
	add("up", s.OutOfBed)
	if v, ok := s.Quality.Get(); ok {
		w = append(w, fmt.Sprintf("quality %d/5", v))
	}
	if tst, ok := s.TotalSleepMin().Get(); ok {
		w = append(w, minutesWords(tst)+" asleep")
	}
	if eff, ok := s.Efficiency().Get(); ok {
		w = append(w, fmt.Sprintf("%.0f%% efficiency", eff*100))
	}
	return strings.Join(w, ", ")
}

// dayWords describes the day's exposures.
func dayWords(d diary.Day) string {
	var w []string
	num := func(o diary.Opt[int], format string) {
		if v, ok := o.Get(); ok {
			w = append(w, fmt.Sprintf(format, v))
		}
	}
	flag := func(o diary.Opt[bool], yes, no string) {
		if v, ok := o.Get(); ok {
			w = append(w, yesNo(v, yes, no))
		}
	}
	num(d.WaterML, "water %d ml")
	if v, ok := d.CaffeineServings.Get(); ok {
		s := fmt.Sprintf("caffeine %d", v)
		if t, ok := d.LastCaffeine.Get(); ok && v > 0 {
			s += " (last " + t.String() + ")"
		}
		w = append(w, s)
	}
	num(d.AlcoholDrinks, "alcohol %d")
	if v, ok := d.ExerciseMin.Get(); ok {
		s := fmt.Sprintf("exercise %d min", v)
		if d.ExerciseIntensity != "" {
			s += " " + string(d.ExerciseIntensity)
		}
		w = append(w, s)
	} else if d.ExerciseIntensity != "" {
		w = append(w, "exercise "+string(d.ExerciseIntensity))
	}
	if v, ok := d.SittingH.Get(); ok {
		w = append(w, "sitting "+hours(v))
	}
	if v, ok := d.StandingH.Get(); ok {
		w = append(w, "standing "+hours(v))
	}
	num(d.Stress, "stress %d/5")
	flag(d.HeavySweating, "heavy sweating", "no heavy sweating")
	flag(d.FluidLoss, "vomiting or diarrhoea", "")
	flag(d.WalkingPain, "leg pain when walking", "")
	flag(d.Stretched, "stretched", "did not stretch")
	flag(d.LegsElevated, "legs raised", "")
	flag(d.Massage, "massaged legs", "")
	if d.Supplements != nil {
		w = append(w, "supplements "+listOrNone(d.Supplements))
	}
	if d.Medications != nil {
		w = append(w, "medicines "+listOrNone(d.Medications))
	}
	return strings.Join(nonEmpty(w), ", ")
}

// positionWords describes how the user slept.
func positionWords(p diary.Position) string {
	var w []string
	if p.SleepPosition != "" {
		w = append(w, "on the "+string(p.SleepPosition))
		if p.SleepPosition == diary.PositionMixed {
			w[0] = "mixed positions"
		}
	}
	for _, f := range []struct {
		v       diary.Opt[bool]
		yes, no string
	}{
		{p.ToesPointed, "toes pointed", "toes not pointed"},
		{p.TightBlankets, "tight blankets", "loose blankets"},
		{p.LegsCurled, "legs curled", ""},
		{p.KneesSupported, "knees supported", ""},
	} {
		if v, ok := f.v.Get(); ok {
			w = append(w, yesNo(v, f.yes, f.no))
		}
	}
	return strings.Join(nonEmpty(w), ", ")
}

func listOrNone[T ~string](l []T) string {
	if len(l) == 0 {
		return "none"
	}
	return strings.ReplaceAll(joinWords(l, ", "), "_", " ")
}

func nonEmpty(w []string) []string {
	out := w[:0]
	for _, s := range w {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// writeNight prints one night for people, wrapped to width.
func writeNight(w io.Writer, r *lipgloss.Renderer, n diary.Night, width int) {
	const labelWidth = 10
	head := r.NewStyle().Bold(true)
	fmt.Fprintln(w, head.Render("Night of "+n.Date.Time().Format("Monday 2 January 2006")))
	row := func(name, text string) {
		if text == "" {
			text = "—"
		}
		wrapped := strings.Split(ansi.Wordwrap(text, max(30, width-labelWidth), ""), "\n")
		for i, line := range wrapped {
			label := strings.Repeat(" ", labelWidth)
			if i == 0 && name != "" {
				label = head.Render(name) + strings.Repeat(" ", labelWidth-len(name))
			}
			fmt.Fprintln(w, label+line)
		}
	}
	row("Cramps", crampSummaryHead(n))
	for i, e := range n.Episodes {
		row("", fmt.Sprintf("%d. %s", i+1, episodeWords(e, true)))
	}
	row("Sleep", sleepWords(n.Sleep))
	row("Day", dayWords(n.Day))
	row("Position", positionWords(n.Position))
	if n.Notes != "" {
		row("Notes", n.Notes)
	}
}

// crampSummaryHead is the first line of the cramps section of `show`.
func crampSummaryHead(n diary.Night) string {
	switch {
	case !n.CrampsKnown():
		return "not recorded"
	case !n.CrampNight():
		return "none"
	}
	s := fmt.Sprintf("%d, %s in all", len(n.Episodes), diary.FormatDuration(n.CrampSeconds()))
	if p, ok := n.WorstPain().Get(); ok {
		s += fmt.Sprintf(", worst pain %d/10", p)
	}
	return s
}
