// Package drive is the harness the TUI's tests share: it runs Bubble Tea
// commands synchronously, for tests that call Update and View directly (a
// command, and the commands it batches or sequences, and the messages they
// send), presses keys on a screen, and holds the colour profile and the one
// fixed clock every test package uses.
package drive

import (
	"reflect"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Wait is how long a command may take before it counts as a timer (a
// status line clearing itself, a blinking cursor) and is dropped. It is long
// enough for the analysis of a ten-year diary under the race detector on a
// busy machine (50 ms dropped real answers there), and short against the
// seconds a timer waits.
const Wait = 300 * time.Millisecond

// Msgs runs cmd and returns the messages it sends, batches and sequences
// flattened in order. Commands still running after Wait are dropped.
func Msgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(Wait):
		return nil
	}
	if msg == nil {
		return nil
	}
	// tea.Batch and tea.Sequence answer with a list of commands.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf((tea.Cmd)(nil)) {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			out = append(out, Msgs(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// Loop sends msg to update, then every message its commands send for which
// feed is true, until there are none; it returns the messages not fed back.
// It stops after a thousand rounds, which no test needs.
func Loop(update func(tea.Msg) tea.Cmd, msg tea.Msg, feed func(tea.Msg) bool) []tea.Msg {
	var kept []tea.Msg
	queue := []tea.Msg{msg}
	for round := 0; len(queue) > 0 && round < 1000; round++ {
		m := queue[0]
		queue = queue[1:]
		for _, out := range Msgs(update(m)) {
			if feed(out) {
				queue = append(queue, out)
			} else {
				kept = append(kept, out)
			}
		}
	}
	return kept
}

// Key returns the key message a person pressing k sends: "tab", "enter",
// "esc", "ctrl+s", "up", "down", "backspace", "shift+tab", "ctrl+c", or
// any text, sent as typed runes.
func Key(k string) tea.KeyMsg {
	switch k {
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "ctrl+s":
		return tea.KeyMsg{Type: tea.KeyCtrlS}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "ctrl+u":
		return tea.KeyMsg{Type: tea.KeyCtrlU}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}
