package screen

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

func TestEarlyKeysActInOrderOnceAndAreBounded(t *testing.T) {
	var e EarlyKeys
	for i := range maxEarlyKeys + 10 {
		e.Hold(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{rune('a' + i%26)}})
	}
	var got []rune
	e.Release(func(k tea.KeyMsg) tea.Cmd { got = append(got, k.Runes[0]); return nil })
	if len(got) != maxEarlyKeys || got[0] != 'a' || got[1] != 'b' || got[26] != 'a' {
		t.Fatalf("released %d keys starting %q", len(got), string(got[:3]))
	}
	if e.Held() {
		t.Fatal("keys still held after Release")
	}
	if e.Release(func(tea.KeyMsg) tea.Cmd { t.Fatal("a key acted twice"); return nil }) != nil {
		t.Fatal("an empty release returned a command")
	}
}

// typist is a screen that notes the keys it is given.
type typist struct{ got []rune }

func (s *typist) Init() tea.Cmd { return nil }
func (s *typist) Update(msg tea.Msg) (Screen, tea.Cmd) {
	s.got = append(s.got, msg.(tea.KeyMsg).Runes...)
	return s, nil
}
func (s *typist) View() string              { return "" }
func (s *typist) SetSize(int, int)          {}
func (s *typist) ShortHelp() []key.Binding  { return nil }
func (s *typist) FullHelp() [][]key.Binding { return nil }
func (s *typist) Capturing() bool           { return false }

func TestReleaseTo(t *testing.T) {
	var e EarlyKeys
	for _, r := range "2jx" {
		e.Hold(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	s := &typist{}
	e.ReleaseTo(s)
	if string(s.got) != "2jx" || e.Held() {
		t.Fatalf("the screen was given %q (keys still held: %v); want \"2jx\", none held", string(s.got), e.Held())
	}
}
