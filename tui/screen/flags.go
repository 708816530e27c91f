package screen

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary/words"
	"github.com/crampsdiary/cramps/insights/redflags"
)

// Unseen reports whether any of flags still shows in the banners: one a
// doctor has not been noted as having seen.
func Unseen(flags []redflags.Flag) bool { return len(redflags.Banners(flags)) > 0 }

// AckFlags asks the root to record that a doctor has seen the flags still in
// the banners, today, with the status line's confirmation: the a key of
// Week's and Insights' red flags.
func AckFlags(flags []redflags.Flag) tea.Cmd {
	var ids []string
	for _, f := range redflags.Banners(flags) {
		ids = append(ids, f.ID)
	}
	if len(ids) == 0 {
		return nil
	}
	// Short enough for the 80-column status line.
	return Ask(AckFlagsMsg{IDs: ids, Done: "Noted: a doctor has seen " +
		words.Nouns(len(ids), "red flag") + "; a new night may raise " + words.Choose(len(ids), "it", "them") + " again."})
}
