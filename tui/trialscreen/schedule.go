package trialscreen

import (
	"fmt"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/tui/nightcard"
)

// headLines are the trial's name and state, its dates and design, and
// while it runs tonight's instruction and how last night went.
func (m *Model) headLines(t diary.Trial, width int) []string {
	st, p, tonight := m.st, m.data.Profile, m.tonight()
	status := t.Status(tonight)
	nights := t.Design().Nights()
	title := "Trial of " + t.Habit.Name()
	var state string
	switch status {
	case diary.TrialPlanned:
		state = "planned"
	case diary.TrialRunning:
		state = "running"
	case diary.TrialComplete:
		state = "complete"
	case diary.TrialStopped:
		state = fmt.Sprintf("stopped after %d of %d nights", t.End().DaysSince(t.Start)+1, nights)
		if t.End() < t.Start {
			state = "stopped before its first night"
		}
	}
	head := st.Title.Render(title) + st.Muted.Render(" · ") + st.Label.Render(state)
	if n := len(m.data.Trials); n > 1 {
		head += st.Muted.Render(fmt.Sprintf(" · trial %d of %d ([ ] the others)", m.shownIndex()+1, n))
	}
	lines := []string{head}
	design := fmt.Sprintf("%s, %s to %s · %s, in random order",
		lengthWords(nights), nightcard.Date(t.Start), nightcard.Date(t.Last()), pairWords(t.Design()))
	if s, ok := t.Stopped.Get(); ok {
		design = fmt.Sprintf("Stopped on the night of %s · planned: %s", nightcard.Date(s), design)
	}
	if t.WashoutNights > 0 {
		design += fmt.Sprintf(" · %s of each period not scored", firstNights(t.WashoutNights))
	}
	lines = append(lines, flow(design+".", width, st.Muted)...)
	switch status {
	case diary.TrialPlanned:
		lines = append(lines, flow(fmt.Sprintf("It starts on the night of %s; nothing to do tonight.", nightcard.Date(t.Start)), width, st.Label)...)
		return lines
	case diary.TrialRunning:
		lines = append(lines, flow(t.Instruction(tonight, p), width, st.Accent.Bold(true))...)
	}
	if last := tonight.AddDays(-1); t.Holds(last) && status == diary.TrialRunning {
		lines = append(lines, flow(m.lastNightWords(t, last), width, st.Text)...)
	}
	if s := m.adherenceWords(t, status == diary.TrialRunning); s != "" {
		lines = append(lines, flow(s, width, st.Muted)...)
	}
	return lines
}

// lastNightWords names last night's condition and says whether the diary
// shows it was followed.
func (m *Model) lastNightWords(t diary.Trial, last diary.Date) string {
	sched, _ := t.Night(last)
	lead := fmt.Sprintf("Last night, %s, was B (%s)", nightcard.ShortDate(last), t.Habit.Instruction(diary.ArmB, m.data.Profile))
	if sched.Arm == diary.ArmA {
		lead = fmt.Sprintf("Last night, %s, was A (you were asked to %s)", nightcard.ShortDate(last), t.Habit.AskedTo())
	}
	n, logged := m.data.Night(last)
	if !logged {
		return lead + ": not logged yet. The Log screen (1) asks whether you did it."
	}
	followed, known := t.Followed(n, m.data.Profile)
	switch {
	case !known:
		return lead + ": logged, but not whether you did it. The Log screen (1) asks."
	case followed:
		return lead + ": ✓ followed."
	}
	return lead + ": ✗ not followed."
}

// adherenceWords counts the nights so far that followed the schedule.
func (m *Model) adherenceWords(t diary.Trial, running bool) string {
	tonight := m.tonight()
	var followed, known, unknown, missing int
	for d := t.Start; d <= t.End() && d < tonight; d++ {
		n, ok := m.data.Night(d)
		if !ok {
			missing++
			continue
		}
		f, k := t.Followed(n, m.data.Profile)
		switch {
		case !k:
			unknown++
		case f:
			followed++
			known++
		default:
			known++
		}
	}
	if followed+known+unknown+missing == 0 {
		return ""
	}
	var parts []string
	if known > 0 {
		parts = append(parts, fmt.Sprintf("%s followed the schedule", words.Share(followed, known)))
	}
	if unknown > 0 {
		parts = append(parts, words.Nouns(unknown, "night")+" without the habit logged")
	}
	if missing > 0 {
		parts = append(parts, words.Nouns(missing, "night")+" not logged")
	}
	if running {
		return "So far: " + words.List(parts) + "."
	}
	return "In all: " + words.List(parts) + "."
}

// calendarLines is the calendar of the trial's nights with its legend.
func (m *Model) calendarLines(t diary.Trial, width int) []string {
	tonight := m.tonight()
	running := t.Status(tonight) == diary.TrialRunning
	seen := map[mark]bool{}
	washout := false
	cellOf := func(d diary.Date) nightCell {
		s, ok := t.Night(d)
		if !ok {
			return nightCell{}
		}
		c := nightCell{in: true, a: s.Arm == diary.ArmA, scored: s.Scored, tonight: running && d == tonight, stopped: s.AfterStop}
		washout = washout || !s.Scored
		defer func() { seen[c.mark] = true }()
		switch n, logged := m.data.Night(d); {
		case d >= tonight || s.AfterStop:
			c.mark = markFuture
		case !logged:
			c.mark = markNotLogged
		default:
			f, known := t.Followed(n, m.data.Profile)
			switch {
			case !known:
				c.mark = markUnknown
			case f:
				c.mark = markFollowed
			default:
				c.mark = markNot
			}
		}
		return c
	}
	lines := calendar(m.st, t.Start, t.Last(), m.data.Profile.FirstWeekday(), cellOf, width)
	legend := []string{"A the change", "B as usual"}
	if washout {
		legend = append(legend, "a b settling in, not scored")
	}
	if running {
		legend = append(legend, "[ ] tonight")
	}
	for _, k := range []struct {
		m    mark
		text string
	}{{markFollowed, "✓ followed"}, {markNot, "✗ not followed"}, {markUnknown, "? habit not logged"}, {markNotLogged, "○ night not logged"}} {
		if seen[k.m] {
			legend = append(legend, k.text)
		}
	}
	if t.Stopped.Known() {
		legend = append(legend, "– after the stop")
	}
	for _, l := range legendFlow(legend, width) {
		lines = append(lines, m.st.Muted.Render(l))
	}
	return lines
}

// legendFlow lays the legend's parts out in lines of width cells.
func legendFlow(parts []string, width int) []string {
	return nightcard.Flow(parts, " · ", width)
}
