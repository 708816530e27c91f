package profile

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/diary/demo"
	"github.com/crampsdiary/cramps/tui/internal/drive"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

func TestMain(m *testing.M) { drive.Main(m) }

var now = drive.Now

func newProfile(t *testing.T, p diary.Profile) *Model {
	t.Helper()
	m := New(styles.New(false), now)
	m.SetSize(80, 20)
	m.Update(screen.DataMsg{Data: screen.NewData(nil, p)})
	return m
}

// press sends keys one by one, feeding the form's own messages back, and
// returns what the screen asked of the root.
func press(m *Model, keys ...string) []tea.Msg {
	return drive.Press(m, func(msg tea.Msg) bool {
		switch msg.(type) {
		case screen.SaveProfileMsg, screen.StatusMsg:
			return false
		}
		return true
	}, keys...)
}

func typed(s string) []string {
	var keys []string
	for _, r := range s {
		keys = append(keys, string(r))
	}
	return keys
}

func TestRoundTrip(t *testing.T) {
	p, _ := demo.Default(diary.NewDate(2026, 11, 21))
	for _, want := range []diary.Profile{p, diary.NewProfile(), {}, {Conditions: []diary.Condition{}, Pregnant: diary.Some(false)}} {
		got, ps := encode(want).parse()
		if len(ps) > 0 || !equal(got, want) {
			t.Fatalf("round trip of %#v gave %#v, %v", want, got, ps)
		}
	}
}

func TestAddAMedicationAndSave(t *testing.T) {
	m := newProfile(t, diary.NewProfile())
	press(m, "a")
	press(m, typed("furosemide")...)
	press(m, "tab", "d", "tab", "ctrl+u")
	press(m, typed("2026-09-01")...)
	asked := press(m, "ctrl+s")
	if len(asked) != 1 {
		t.Fatalf("asked %#v", asked)
	}
	s := asked[0].(screen.SaveProfileMsg)
	want := diary.NewProfile()
	want.Medications = []diary.Medication{{Name: "furosemide", Class: diary.ClassDiuretic, Started: diary.Some(diary.NewDate(2026, 9, 1))}}
	if !equal(s.Profile, want) {
		t.Fatalf("saved %#v", s.Profile)
	}
	m.Update(screen.ProfileSavedMsg{Profile: s.Profile})
	if m.Capturing() || m.Unsaved() != "" {
		t.Fatalf("after the save: capturing %v, unsaved %q", m.Capturing(), m.Unsaved())
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Medications  1. furosemide · diuretic · since Tue 1 Sep 2026") {
		t.Fatalf("card:\n%s", v)
	}
}

func TestProblemsBlockOnlyTheSave(t *testing.T) {
	m := newProfile(t, diary.NewProfile())
	press(m, "a")
	press(m, typed("statin x")...)
	press(m, "tab", "tab", "ctrl+u")
	press(m, typed("2026-02-30")...)
	press(m, "tab")
	press(m, typed("2025-01-01")...)
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "Started          2026-02-30   ✗ not a date; write YYYY-MM-DD") {
		t.Fatalf("problem not beside its field:\n%s", v)
	}
	asked := press(m, "ctrl+s")
	if len(asked) != 1 || asked[0] != (screen.StatusMsg{Text: "Not saved, nothing is lost: medication 1, started not a date; write YYYY-MM-DD. Fix it and press ctrl+s again.", Err: true}) {
		t.Fatalf("asked %#v", asked)
	}
	// Fix the start; now the stop is before it.
	press(m, "shift+tab", "ctrl+u")
	press(m, typed("2026-02-03")...)
	asked = press(m, "ctrl+s")
	if len(asked) != 1 || asked[0] != (screen.StatusMsg{Text: "Not saved, nothing is lost: medication 1, stopped must not be before started (2026-02-03). Fix it and press ctrl+s again.", Err: true}) {
		t.Fatalf("asked %#v", asked)
	}
}

func TestFailedSaveKeepsTheDraft(t *testing.T) {
	m := newProfile(t, diary.NewProfile())
	press(m, "enter", "ctrl+u")
	press(m, typed("1958")...)
	asked := press(m, "ctrl+s")
	if len(asked) != 1 {
		t.Fatalf("asked %#v", asked)
	}
	m.Update(screen.FailedMsg{Op: screen.OpSaveProfile, Err: errors.New("locked")})
	if !m.Capturing() || m.text.BirthYear != "1958" || m.Unsaved() != "the profile" {
		t.Fatalf("after a failed save: capturing %v, birth year %q, unsaved %q", m.Capturing(), m.text.BirthYear, m.Unsaved())
	}
}

func TestRemoveAsks(t *testing.T) {
	p := diary.NewProfile()
	p.Medications = []diary.Medication{{Name: "quinine", Class: diary.ClassQuinine}}
	m := newProfile(t, p)
	press(m, "down", "down", "x")
	if !m.Capturing() {
		t.Fatal("x did not ask")
	}
	press(m, "y")
	if len(m.text.Medications) != 0 || m.Unsaved() != "the profile" {
		t.Fatalf("medications %v, unsaved %q", m.text.Medications, m.Unsaved())
	}
}

// TestNewMedicationIsNotWrongYet: a medication just added does not say its
// name "must not be empty" before anything was typed; the save, and a name
// typed and rubbed out, still say it (issue 11.11).
func TestNewMedicationIsNotWrongYet(t *testing.T) {
	m := newProfile(t, diary.NewProfile())
	press(m, "a")
	if v := ansi.Strip(m.View()); strings.Contains(v, "must not be empty") {
		t.Fatalf("a new medication is wrong before anything was typed:\n%s", v)
	}
	press(m, "x", "backspace")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "must not be empty") {
		t.Fatalf("a name typed and rubbed out is not called empty:\n%s", v)
	}
	m = newProfile(t, diary.NewProfile())
	press(m, "a")
	asked := press(m, "ctrl+s")
	if len(asked) != 1 || asked[0] != (screen.StatusMsg{Text: "Not saved, nothing is lost: medication 1, name must not be empty. Fix it and press ctrl+s again.", Err: true}) {
		t.Fatalf("asked %#v", asked)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "must not be empty") {
		t.Fatalf("after the save the empty name is not marked:\n%s", v)
	}
}

// TestWeekStartNotSetSaysMonday: the targets form says what the card says
// when the week's start is not set — Monday — not "—" (issue 11.11).
func TestWeekStartNotSetSaysMonday(t *testing.T) {
	m := newProfile(t, diary.NewProfile())
	if v := ansi.Strip(m.View()); !strings.Contains(v, "weeks start on Monday") {
		t.Fatalf("card:\n%s", v)
	}
	press(m, "down", "enter")
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "Weeks start      not set: Monday") {
		t.Fatalf("form:\n%s", v)
	}
}

// TestBirthYearToComeIsAProblem: the diary allows birth years up to 2100,
// not knowing the date; the Profile saved 2050 and showed "born 2050 (about
// -24)". A year after this one is a problem beside the field; a profile
// that already holds one (from an import) shows no negative age.
func TestBirthYearToComeIsAProblem(t *testing.T) {
	m := newProfile(t, diary.NewProfile())
	press(m, "enter")
	press(m, typed("2050")...)
	press(m, "tab")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Birth year       2050       ✗ must not be after 2026") {
		t.Fatalf("no problem beside the year:\n%s", v)
	}
	asked := press(m, "ctrl+s")
	if len(asked) != 1 || asked[0] != (screen.StatusMsg{Text: "Not saved, nothing is lost: birth year must not be after 2026. Fix it and press ctrl+s again.", Err: true}) {
		t.Fatalf("asked %#v", asked)
	}
	press(m, "shift+tab", "ctrl+u")
	press(m, typed("2026")...)
	if s := drive.Asked[screen.SaveProfileMsg](t, press(m, "ctrl+s")); s.Profile.BirthYear != diary.Some(2026) {
		t.Fatalf("saved %#v", s.Profile)
	}

	p := diary.NewProfile()
	p.BirthYear = diary.Some(2050)
	v := ansi.Strip(newProfile(t, p).View())
	if !strings.Contains(v, "born 2050") || strings.Contains(v, "about -") {
		t.Errorf("a year to come:\n%s", v)
	}
}
