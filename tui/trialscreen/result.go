package trialscreen

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
)

// shownTrial is a trial with its analysis.
type shownTrial struct {
	trial diary.Trial
}

// analysedMsg carries the analysis of the diary of generation gen.
type analysedMsg struct {
	gen   int
	shown *shownTrial
}

func (m *Model) analyse() tea.Cmd { return nil }

// chanceResult is the estimate of the chance that a plan finds a halving.
type chanceResult struct{}

// chanceMsg carries the estimate for a plan.
type chanceMsg struct {
	plan   plan
	chance *chanceResult
}

func (m *Model) estimate() tea.Cmd { return nil }

func (m *Model) chanceLines(width int) []string { return nil }

func (m *Model) resultLines(t diary.Trial, width int) []string { return nil }
