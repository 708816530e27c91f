package drive

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/tui/screen"
)

// Send hands msg to the screen s and feeds back every message its commands
// send for which own is true (the screen's own messages); it returns the
// rest, what the screen asked of the root.
func Send(s screen.Screen, msg tea.Msg, own func(tea.Msg) bool) []tea.Msg {
	return Loop(func(msg tea.Msg) tea.Cmd {
		_, cmd := s.Update(msg)
		return cmd
	}, msg, own)
}

// Press sends the keys to s one by one, as Send does, and returns what the
// screen asked of the root.
func Press(s screen.Screen, own func(tea.Msg) bool, keys ...string) []tea.Msg {
	var asked []tea.Msg
	for _, k := range keys {
		asked = append(asked, Send(s, Key(k), own)...)
	}
	return asked
}

// Keys returns the key messages of keys, for a benchmark that presses them
// in turn without building one per iteration.
func Keys(keys ...string) []tea.KeyMsg {
	msgs := make([]tea.KeyMsg, len(keys))
	for i, k := range keys {
		msgs[i] = Key(k)
	}
	return msgs
}

// View returns what s draws, without colour.
func View(s screen.Screen) string { return ansi.Strip(s.View()) }

// Asked returns the first message of type T among what a screen asked of
// the root, failing t when there is none.
func Asked[T tea.Msg](t testing.TB, asked []tea.Msg) T {
	t.Helper()
	for _, a := range asked {
		if m, ok := a.(T); ok {
			return m
		}
	}
	var none T
	t.Fatalf("no %T asked; asked %#v", none, asked)
	return none
}

// Frames presses keys in turn, one per iteration of b, and draws the frame
// after each: a key handled and the frame drawn, as the speed targets
// measure a screen (SPEC §10).
func Frames(b *testing.B, update func(tea.Msg), view func() string, keys ...string) {
	msgs := Keys(keys...)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		update(msgs[i%len(msgs)])
		_ = view()
	}
}
