// Package insights is the Insights screen: which of the documented triggers
// go with more or fewer cramps in the user's own diary. Until it is built it
// is a polite placeholder.
//
// To build it, make New return a screen.Screen (package screen documents
// the contract): it is handed the diary in a DataMsg after loading and after
// every save, and the red flags in a RedFlagsMsg; it runs the analysis in a
// tea.Cmd (its own messages reach it from the root) and draws within SetSize.
package insights

import (
	"github.com/crampsdiary/cramps/tui/placeholder"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// New returns the Insights screen.
func New(st styles.Styles) screen.Screen {
	return placeholder.New(st, "Insights — coming soon",
		"This screen is still being built. Sorry to keep you waiting.",
		"It will take each trigger the source articles name (water, caffeine, sitting, "+
			"stretching and more), and show how often you had cramps on nights with it and "+
			"without it, what that may mean, and how strong the published evidence is.",
		"These will be patterns in one person's diary: not proof of a cause, and not medical advice.")
}
