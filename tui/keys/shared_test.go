package keys

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

func TestListMove(t *testing.T) {
	l := List{
		Lines:  NewLines("up", "down"),
		Pages:  NewPages(),
		Top:    key.NewBinding(key.WithKeys("home")),
		Bottom: key.NewBinding(key.WithKeys("end")),
	}
	tests := []struct {
		msg  tea.KeyMsg
		want int
		ok   bool
	}{
		{tea.KeyMsg{Type: tea.KeyUp}, -1, true},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")}, 1, true},
		{tea.KeyMsg{Type: tea.KeyPgUp}, -5, true},
		{tea.KeyMsg{Type: tea.KeySpace, Runes: []rune(" ")}, 5, true},
		{tea.KeyMsg{Type: tea.KeyHome}, -40, true},
		{tea.KeyMsg{Type: tea.KeyEnd}, 40, true},
		{tea.KeyMsg{Type: tea.KeyEnter}, 0, false},
	}
	for _, tt := range tests {
		if got, ok := l.Move(tt.msg, 5, 40); got != tt.want || ok != tt.ok {
			t.Errorf("Move(%q) = %d, %v; want %d, %v", tt.msg, got, ok, tt.want, tt.ok)
		}
	}
	l.SetEnabled(false)
	if _, ok := l.Move(tea.KeyMsg{Type: tea.KeyUp}, 5, 40); ok {
		t.Error("a disabled list still moves")
	}
	if len(l.Bindings()) != 6 {
		t.Errorf("Bindings() = %d keys, want 6", len(l.Bindings()))
	}
}
