// Package screen is the small contract between the root model and the
// screens of the TUI: the Screen interface, the diary data every screen
// reads, and the messages by which a screen asks the root to save and learns
// what was saved.
//
// A screen never touches storage. It asks with a request message (SaveNightMsg,
// DeleteNightMsg, SaveProfileMsg) returned from a tea.Cmd; the root runs the
// work in a command and answers every screen with a past-tense message
// (NightSavedMsg, NightDeletedMsg, ProfileSavedMsg or FailedMsg) followed by a
// DataMsg holding the new diary.
package screen

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// Screen is one page of the TUI: Log, History, Week, Insights, Profile or Trial.
// Implementations are pointers; Update returns the screen itself.
type Screen interface {
	// Init returns the screen's first command, if any.
	Init() tea.Cmd
	// Update handles a message sent to the screen. Keys come here only while
	// the screen is active; data messages come to every screen.
	Update(tea.Msg) (Screen, tea.Cmd)
	// View draws the screen within the size last given to SetSize. Nothing
	// size-dependent is drawn before the first SetSize.
	View() string
	// SetSize gives the screen the room below the header and above the status
	// line and help.
	SetSize(width, height int)
	// ShortHelp and FullHelp list the screen's keys that work now.
	help.KeyMap
	// Capturing reports whether typing goes to a text field or a filter, so
	// the root passes every key through (1–6, q, ?, tab included) except
	// ctrl+c.
	Capturing() bool
}

// Drafter is implemented by a screen that can hold unsaved changes; the root
// asks before quitting while Unsaved returns a description of them.
type Drafter interface {
	// Unsaved describes the unsaved changes ("the night of Fri 21 Nov"), or
	// returns "" when there are none.
	Unsaved() string
}

// Synced ends a screen's Update: it calls sync, which brings the screen's key
// bindings (and so its help) in line with the state the message left, and
// returns s with cmd, the command the message asked for. Every screen's
// Update is update then sync:
//
//	return screen.Synced(m, m.update(msg), m.syncKeys)
func Synced(s Screen, cmd tea.Cmd, sync func()) (Screen, tea.Cmd) {
	sync()
	return s, cmd
}
