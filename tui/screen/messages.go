package screen

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
)

// DataMsg tells every screen the diary as it now is: after loading and after
// every save or delete.
type DataMsg struct{ Data *Data }

// SaveNightMsg asks the root to save a night. Done is the status line shown
// once it is saved.
type SaveNightMsg struct {
	Night diary.Night
	Done  string
}

// NightSavedMsg tells every screen that a night was saved.
type NightSavedMsg struct{ Night diary.Night }

// DeleteNightMsg asks the root to delete the night of Date. Done is the
// status line shown once it is deleted.
type DeleteNightMsg struct {
	Date diary.Date
	Done string
}

// NightDeletedMsg tells every screen that the night of Date was deleted.
type NightDeletedMsg struct{ Date diary.Date }

// SaveProfileMsg asks the root to save the profile.
type SaveProfileMsg struct {
	Profile diary.Profile
	Done    string
}

// ProfileSavedMsg tells every screen that the profile was saved.
type ProfileSavedMsg struct{ Profile diary.Profile }

// Op names what a FailedMsg was trying to do.
type Op int

// The operations that can fail.
const (
	OpSaveNight Op = iota
	OpDeleteNight
	OpSaveProfile
	OpSaveTrial
)

// FailedMsg tells every screen that a save or delete failed; nothing in the
// diary changed. Date is the night concerned, when there is one.
type FailedMsg struct {
	Op   Op
	Date diary.Date
	Err  error
}

// OpenNightMsg asks the root to show the night of Date on the Log screen, to
// edit it. The root switches to Log and passes the message on.
type OpenNightMsg struct{ Date diary.Date }

// StatusMsg asks the root to show a line in the status line.
type StatusMsg struct {
	Text string
	Err  bool
}

// Ask returns a command that sends msg; screens use it to send requests.
func Ask(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// Status returns a command that shows text in the status line.
func Status(text string) tea.Cmd { return Ask(StatusMsg{Text: text}) }

// Problem returns a command that shows text as an error in the status line.
func Problem(text string) tea.Cmd { return Ask(StatusMsg{Text: text, Err: true}) }

// AckFlagsMsg asks the root to record that a doctor has seen the red flags
// IDs, today; Done is the status line's confirmation.
type AckFlagsMsg struct {
	IDs  []string
	Done string
}

// RedFlagsMsg tells every screen the red flags of the diary, checked after
// loading and after every save (SPEC §8), most pressing first.
type RedFlagsMsg struct{ Flags []redflags.Flag }
