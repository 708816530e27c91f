package form

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/tui/internal/drive"
)

func TestMain(m *testing.M) { drive.Main(m) }

type values struct {
	duration, side string
	relief         []string
}

func newForm(v *values) *huh.Form {
	f := New(huh.ThemeBase(), 70, 10, huh.NewGroup(
		NewText("Duration", &v.duration).Check(func(s string) string {
			if strings.Contains(s, "x") {
				return "not a duration"
			}
			return ""
		}).Hint("e.g. 2m"),
		NewChoice("Side", &v.side, Opt("left"), Opt("right"), Opt("both"), Option{Value: "", Label: "—"}),
		NewMulti("Eased by", &v.relief, Opt("none"), Opt("stretch"), Opt("walk")).Exclusive("none"),
	))
	f.Init()
	return f
}

// typed returns a new form over fresh values, with ks typed into it.
func typed(ks ...string) (*huh.Form, *values) {
	v := &values{}
	f := newForm(v)
	keys(f, ks...)
	return f, v
}

func keys(f *huh.Form, ks ...string) {
	for _, k := range ks {
		Update(f, drive.Key(k))
		Refresh(f)
	}
}

// Keys typed right after tab land in the next field, with no command in
// between, and a problem never stops moving on.
func TestTypingFollowsTab(t *testing.T) {
	f, v := typed("3", "x", "tab", "r", "tab", "space", "right", "space", "left", "space")
	if v.duration != "3x" || v.side != "right" {
		t.Fatalf("duration %q, side %q", v.duration, v.side)
	}
	// none, then stretch (clears none), then none again (clears stretch).
	if strings.Join(v.relief, ",") != "none" {
		t.Fatalf("relief %v", v.relief)
	}
	keys(f, "right", "space", "right", "space")
	if strings.Join(v.relief, ",") != "stretch,walk" {
		t.Fatalf("relief %v", v.relief)
	}
}

func TestProblemShowsBesideTheField(t *testing.T) {
	f, _ := typed("2", "x")
	want := "┃ Duration         2x         ✗ not a duration"
	if got := strings.Split(ansi.Strip(f.View()), "\n")[0]; !strings.HasPrefix(got, want) {
		t.Fatalf("first line %q, want %q", got, want)
	}
	keys(f, "backspace", "m")
	if got := strings.Split(ansi.Strip(f.View()), "\n")[0]; !strings.HasPrefix(got, "┃ Duration         2m         e.g. 2m") {
		t.Fatalf("first line %q", got)
	}
}

func TestEnterOnTheLastFieldCompletesAndEscAborts(t *testing.T) {
	f, _ := typed("enter", "enter", "enter")
	if f.State != huh.StateCompleted {
		t.Fatalf("state %v", f.State)
	}
	f, v := typed("4", "esc")
	if f.State != huh.StateAborted || v.duration != "4" {
		t.Fatalf("state %v, duration %q", f.State, v.duration)
	}
}

func TestShiftTabOnTheFirstFieldStays(t *testing.T) {
	_, v := typed("shift+tab", "7")
	if v.duration != "7" {
		t.Fatalf("duration %q", v.duration)
	}
}

func TestChoiceJumpsByLetterAndWraps(t *testing.T) {
	f, v := typed("tab", "b")
	if v.side != "both" {
		t.Fatalf("side %q", v.side)
	}
	keys(f, "right", "right")
	if v.side != "left" {
		t.Fatalf("side %q after wrapping", v.side)
	}
	if got := ansi.Strip(f.View()); !strings.Contains(got, "Side             [left] right  both  —") {
		t.Fatalf("focused choice:\n%s", got)
	}
}

var _ tea.Model = (*Text)(nil)
