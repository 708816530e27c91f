package screen

import (
	"testing"

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
