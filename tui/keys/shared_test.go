package keys

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
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

func TestScrollMovesThePageByItsKeys(t *testing.T) {
	page := viewport.New(20, 3)
	page.SetContent(strings.Repeat("line\n", 20))
	l, p := NewLines("up", "down"), NewPages()
	for _, c := range []struct {
		key    tea.KeyMsg
		scroll bool
		offset int
	}{
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")}, true, 1},
		{tea.KeyMsg{Type: tea.KeyPgDown}, true, 4},
		{tea.KeyMsg{Type: tea.KeyUp}, true, 3},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("b")}, true, 0},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")}, false, 0},
	} {
		if got := Scroll(c.key, l, p, &page); got != c.scroll || page.YOffset != c.offset {
			t.Fatalf("%s: scrolled %v to %d, want %v to %d", c.key, got, page.YOffset, c.scroll, c.offset)
		}
	}
}

// The pairs that work together are switched together, and back.
func TestPairsSetEnabled(t *testing.T) {
	f, c := NewForm("save"), NewAnswer("yes", "no")
	f.SetEnabled(false)
	c.SetEnabled(false)
	for name, b := range map[string]key.Binding{"Close": f.Close, "FormSave": f.FormSave, "Yes": c.Yes, "No": c.No} {
		if b.Enabled() {
			t.Errorf("%s is still enabled", name)
		}
	}
	f.SetEnabled(true)
	c.SetEnabled(true)
	for name, b := range map[string]key.Binding{"Close": f.Close, "FormSave": f.FormSave, "Yes": c.Yes, "No": c.No} {
		if !b.Enabled() {
			t.Errorf("%s is not enabled again", name)
		}
	}
}
