package screen

import tea "github.com/charmbracelet/bubbletea"

// EarlyKeys holds the keys typed before what they act on is ready (the diary
// still loading, a table still being worked out), so that none is lost: they
// act in order once it is, and a quick "2 ↓ enter" opens the second night
// as typed. The zero value is ready to use.
type EarlyKeys struct{ keys []tea.KeyMsg }

// maxEarlyKeys bounds the keys held; a person does not type more than this
// in the moment a diary takes to load.
const maxEarlyKeys = 64

// Hold keeps k until Release.
func (e *EarlyKeys) Hold(k tea.KeyMsg) {
	if len(e.keys) < maxEarlyKeys {
		e.keys = append(e.keys, k)
	}
}

// Release hands the held keys to act, in the order typed, and forgets them.
func (e *EarlyKeys) Release(act func(tea.KeyMsg) tea.Cmd) tea.Cmd {
	keys := e.keys
	e.keys = nil
	cmds := make([]tea.Cmd, 0, len(keys))
	for _, k := range keys {
		cmds = append(cmds, act(k))
	}
	return tea.Batch(cmds...)
}

// ReleaseTo hands the held keys to the screen s, in the order typed, as
// Release does: what a screen does once what its keys act on is ready.
func (e *EarlyKeys) ReleaseTo(s Screen) tea.Cmd {
	return e.Release(func(k tea.KeyMsg) tea.Cmd {
		_, cmd := s.Update(k)
		return cmd
	})
}

// Held reports whether any key is held.
func (e *EarlyKeys) Held() bool { return len(e.keys) > 0 }
