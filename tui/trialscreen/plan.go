package trialscreen

import (
	"crypto/rand"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/screen"
)

// plan is a trial being planned: the habit, the design, and the row of the
// design the cursor is on.
type plan struct {
	habit  diary.TrialHabit
	design diary.TrialDesign
	row    int
}

// The rows of a plan's design.
const (
	rowPairs = iota
	rowPeriod
	rowWashout
	planRows
)

// newPlan returns the plan of a trial of h with its default design.
func newPlan(h diary.TrialHabit) plan {
	return plan{habit: h, design: h.DefaultDesign()}
}

// maxPairs is the most pairs a design of period nights can have within the
// longest trial.
func maxPairs(period int) int { return diary.MaxTrialNights / (2 * period) }

// pairStep is how many pairs one press adds or takes: a week's worth of
// nights for short periods, so that 42 pairs become 84 in a few presses.
func pairStep(period int) int { return max(1, 7/period) }

// change moves the value of the marked row by one step in direction dir
// and keeps the design within the limits of SPEC §11.2. It returns what
// stopped it at a limit, or "".
func (p *plan) change(dir int) string {
	d := &p.design
	switch p.row {
	case rowPairs:
		want := d.Pairs + dir*pairStep(d.PeriodNights)
		switch {
		case want < diary.MinTrialPairs && d.Pairs == diary.MinTrialPairs:
			return fmt.Sprintf("%d pairs is the fewest: with fewer, an exact test can never reach p ≤ 0.05.", diary.MinTrialPairs)
		case want > maxPairs(d.PeriodNights) && d.Pairs == maxPairs(d.PeriodNights):
			return fmt.Sprintf("%s is the most a trial holds.", words.Nouns(diary.MaxTrialNights, "night"))
		}
		d.Pairs = max(diary.MinTrialPairs, min(maxPairs(d.PeriodNights), want))
	case rowPeriod:
		want := d.PeriodNights + dir
		if want < 1 || want > diary.MaxPeriodNights {
			return fmt.Sprintf("A period is 1 to %d nights.", diary.MaxPeriodNights)
		}
		if 2*want*diary.MinTrialPairs > diary.MaxTrialNights {
			return fmt.Sprintf("With %d-night periods even %d pairs would pass %s.", want, diary.MinTrialPairs, words.Nouns(diary.MaxTrialNights, "night"))
		}
		d.PeriodNights = want
		d.Pairs = min(d.Pairs, maxPairs(want))
		d.WashoutNights = min(d.WashoutNights, want-1)
	case rowWashout:
		want := d.WashoutNights + dir
		if want < 0 || want >= d.PeriodNights {
			return fmt.Sprintf("The washout is 0 to %d nights: fewer than the period's %d.", d.PeriodNights-1, d.PeriodNights)
		}
		d.WashoutNights = want
	}
	return ""
}

// startQuestion asks before a trial starts.
func (m *Model) startQuestion() string {
	last := m.tonight().AddDays(m.plan.design.Nights() - 1)
	return fmt.Sprintf("Start it tonight (%s, to %s)? y starts it, n does not.",
		words.Nouns(m.plan.design.Nights(), "night"), nightcard.Date(last))
}

// stopQuestion asks before the running trial is stopped, or a planned one
// cancelled.
func (m *Model) stopQuestion() string {
	if t, ok := m.running(); ok && t.Status(m.tonight()) == diary.TrialPlanned {
		return "Cancel the planned trial? It will not start. y cancels it, n keeps it."
	}
	return "Stop the trial now? It cannot be resumed. y stops it, n keeps it going."
}

// drawFailedMsg says that a trial could not be drawn; nothing was saved.
type drawFailedMsg struct{ err error }

// startTrial draws the order of each pair with crypto/rand, once, and asks
// the root to save the trial. It runs as a command: Update neither draws nor
// saves.
func startTrial(h diary.TrialHabit, tonight diary.Date, d diary.TrialDesign) tea.Cmd {
	return func() tea.Msg {
		t, err := diary.NewTrial(h, tonight, d, rand.Reader)
		if err != nil {
			return drawFailedMsg{err}
		}
		return screen.SaveTrialMsg{Trial: t, Done: fmt.Sprintf("Started the trial of %s; tonight's instruction is above.", h.Name())}
	}
}

// stopTrial asks the root to save t as stopped from tonight: tonight is the
// first night no longer in the trial (a planned trial stops on its first).
func stopTrial(t diary.Trial, tonight diary.Date) tea.Cmd {
	done := fmt.Sprintf("Stopped the trial of %s; tonight is not part of it.", t.Habit.Name())
	if t.Status(tonight) == diary.TrialPlanned {
		done = fmt.Sprintf("Cancelled the trial of %s; it will not start.", t.Habit.Name())
	}
	t.Stopped = diary.Some(max(tonight, t.Start))
	return screen.Ask(screen.SaveTrialMsg{Trial: t, Done: done})
}
