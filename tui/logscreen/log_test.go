package logscreen

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/tui/internal/drive"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

func TestMain(m *testing.M) { drive.Main(m) }

func newLog(t *testing.T, nights ...diary.Night) *Model {
	t.Helper()
	m := New(styles.New(false), drive.Now)
	m.SetSize(80, 20)
	m.Update(screen.DataMsg{Data: screen.NewData(nights, diary.NewProfile())})
	return m
}

// press sends keys one by one, feeding the form's own messages back, and
// returns what the screen asked of the root.
func press(m *Model, keys ...string) []tea.Msg {
	return drive.Press(m, func(msg tea.Msg) bool {
		switch msg.(type) {
		case screen.SaveNightMsg, screen.DeleteNightMsg, screen.StatusMsg, screen.OpenNightMsg:
			return false
		}
		return true
	}, keys...)
}

func view(m *Model) string { return drive.View(m) }

func saved(t *testing.T, asked []tea.Msg) screen.SaveNightMsg {
	t.Helper()
	return drive.Asked[screen.SaveNightMsg](t, asked)
}

func status(asked []tea.Msg) (string, bool) {
	for _, a := range asked {
		if s, ok := a.(screen.StatusMsg); ok {
			return s.Text, s.Err
		}
	}
	return "", false
}

// usualNights is a week in which every night was alike, so the usual
// values are those.
func usualNights() []diary.Night {
	var out []diary.Night
	for i := 2; i <= 8; i++ {
		out = append(out, diary.Night{
			Date:     drive.LastNight().AddDays(-i),
			Sleep:    diary.Sleep{Bedtime: diary.Some(diary.NewClock(22, 45)), Quality: diary.Some(3)},
			Day:      diary.Day{WaterML: diary.Some(1500), Stretched: diary.Some(true), Supplements: []diary.Supplement{}},
			Episodes: []diary.Episode{},
		})
	}
	return out
}

func TestOpensOnLastNightPrefilled(t *testing.T) {
	m := newLog(t, usualNights()...)
	v := view(m)
	for _, want := range []string{
		"Saturday 21 November 2026 · last night",
		"not logged yet",
		"Prefilled from your usual nights.",
		"Cramps     none",
		"bed 22:45 · quality 3/5",
		"water 6 glasses · stretched",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
}

func TestNoCrampsUsualDayIsOneKey(t *testing.T) {
	nights := usualNights()
	m := newLog(t, nights...)
	s := saved(t, press(m, "n"))
	want := diary.UsualNight(drive.LastNight(), nights)
	if !s.Night.Equal(want) {
		t.Fatalf("saved %#v, want %#v", s.Night, want)
	}
	if s.Done != "Saved Sat 21 Nov: no cramps, usual day. u undoes it." {
		t.Fatalf("done = %q", s.Done)
	}
	// The root saves it and says so; u then asks to delete it again.
	m.Update(screen.DataMsg{Data: screen.NewData(append(nights, s.Night), diary.NewProfile())})
	m.Update(screen.NightSavedMsg{Night: s.Night})
	if v := view(m); !strings.Contains(v, "✓ logged") {
		t.Fatalf("not shown as logged:\n%s", v)
	}
	asked := press(m, "u")
	if len(asked) != 1 || asked[0] != (screen.DeleteNightMsg{Date: drive.LastNight(), Done: "Undone: Sat 21 Nov is not logged any more."}) {
		t.Fatalf("u asked %#v", asked)
	}
	// n does nothing on a night that is logged.
	if asked := press(m, "n"); len(asked) != 0 {
		t.Fatalf("n on a logged night asked %#v", asked)
	}
}

func TestOneCrampInSevenKeys(t *testing.T) {
	m := newLog(t, usualNights()...)
	keys := []string{"a", "tab", "tab", "3", "tab", "6", "ctrl+s"}
	s := saved(t, press(m, keys...))
	if len(s.Night.Episodes) != 1 {
		t.Fatalf("episodes %#v", s.Night.Episodes)
	}
	e := s.Night.Episodes[0]
	// Only the muscle and side come from the usual cramps; waking, relief
	// and the warning signs are left unrecorded unless given (issue 11.3).
	want := diary.Episode{Muscle: diary.MuscleCalf, DurationS: diary.Some(180), Intensity: diary.Some(6)}
	if !(diary.Night{Episodes: []diary.Episode{e}}).Equal(diary.Night{Episodes: []diary.Episode{want}}) {
		t.Fatalf("episode %#v, want %#v", e, want)
	}
	if s.Night.Day.WaterML != diary.Some(1500) {
		t.Fatalf("the day was not the usual one: %#v", s.Night.Day)
	}
	if s.Done != "Saved Sat 21 Nov: 1 cramp, 3m, worst pain 6." {
		t.Fatalf("done = %q", s.Done)
	}
	// Saved: the form closes and the card shows the cramp tidily.
	m.Update(screen.NightSavedMsg{Night: s.Night})
	if m.Capturing() {
		t.Fatal("the form is still open after the save")
	}
	if v := view(m); !strings.Contains(v, "1. calf · 3m · pain 6/10") || !strings.Contains(v, "✓ logged") {
		t.Fatalf("card after save:\n%s", v)
	}
}

func TestInvalidInputBlocksOnlyTheSave(t *testing.T) {
	m := newLog(t)
	press(m, "a", "tab", "tab", "3", "x")
	v := view(m)
	if !strings.Contains(v, "Duration         3x         ✗ not a duration; write 90s, 2m, 1m30s, or") {
		t.Fatalf("problem not beside the field:\n%s", v)
	}
	// Moving on is not blocked.
	press(m, "tab", "7")
	if got := m.cur().text.Episodes[0].Pain; got != "7" {
		t.Fatalf("pain = %q: moving past a problem was blocked", got)
	}
	asked := press(m, "ctrl+s")
	text, isErr := status(asked)
	if !isErr || text != "Not saved, nothing is lost: cramp 1, duration not a duration; write 90s, 2m, 1m30s, or minutes. Fix it and press ctrl+s again." {
		t.Fatalf("status %q (error %v); asked %#v", text, isErr, asked)
	}
	for _, a := range asked {
		if _, ok := a.(screen.SaveNightMsg); ok {
			t.Fatal("a night with a problem was sent to be saved")
		}
	}
	// esc closes the form, keeping what was typed, and the card shows the problem.
	press(m, "esc")
	if m.Capturing() {
		t.Fatal("esc did not close the form")
	}
	if got := m.cur().text.Episodes[0].Duration; got != "3x" {
		t.Fatalf("duration = %q after esc, want what was typed", got)
	}
	v = view(m)
	if !strings.Contains(v, "✗ Duration: not a duration") || !strings.Contains(v, "1 problem stops the save; it is marked above.") {
		t.Fatalf("card does not show the problem:\n%s", v)
	}
	if m.Unsaved() != "the night of Sat 21 Nov" {
		t.Fatalf("unsaved = %q", m.Unsaved())
	}
	// Fixing it makes the save go.
	press(m, "enter", "tab", "tab", "backspace", "tab")
	s := saved(t, press(m, "ctrl+s"))
	if s.Night.Episodes[0].DurationS != diary.Some(180) || s.Night.Episodes[0].Intensity != diary.Some(7) {
		t.Fatalf("saved %#v", s.Night.Episodes[0])
	}
}

func TestFailedSaveKeepsTheFormAndRetries(t *testing.T) {
	m := newLog(t)
	first := saved(t, press(m, "s", "2", "3", ":", "0", "0", "ctrl+s"))
	if first.Night.Sleep.Bedtime != diary.Some(diary.NewClock(23, 0)) {
		t.Fatalf("bedtime %#v", first.Night.Sleep)
	}
	m.Update(screen.FailedMsg{Op: screen.OpSaveNight, Date: drive.LastNight(), Err: errors.New("the diary is open in another cramps")})
	if !m.Capturing() {
		t.Fatal("the form closed although the save failed")
	}
	if got := m.cur().text.Sleep.Bedtime; got != "23:00" {
		t.Fatalf("bedtime text = %q", got)
	}
	again := saved(t, press(m, "ctrl+s"))
	if !again.Night.Equal(first.Night) {
		t.Fatalf("retry saved %#v, want %#v", again.Night, first.Night)
	}
}

func TestKeysNeverStealTyping(t *testing.T) {
	m := newLog(t)
	press(m, "w")
	if !m.Capturing() {
		t.Fatal("notes form not open")
	}
	press(m, "q", "1", "5", "?", "[", "]", "n", "u", "a")
	if got := m.cur().text.Notes; got != "q15?[]nua" {
		t.Fatalf("notes = %q", got)
	}
	press(m, "esc")
	if m.Capturing() || m.cur().text.Notes != "q15?[]nua" {
		t.Fatalf("esc: capturing %v, notes %q", m.Capturing(), m.cur().text.Notes)
	}
}

func TestEditingALoggedNightLoadsIt(t *testing.T) {
	old := diary.Night{Date: drive.LastNight().AddDays(-3), Notes: "long flight",
		Episodes: []diary.Episode{{Muscle: diary.MuscleFoot, Side: diary.SideLeft, DurationS: diary.Some(90)}}}
	m := newLog(t, old)
	press(m, "[", "[", "[")
	v := view(m)
	for _, want := range []string{"Wednesday 18 November 2026", "✓ logged", "1. foot, left · 1m30s", "long flight"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	// Saving unchanged gives the same night back.
	if s := saved(t, press(m, "ctrl+s")); !s.Night.Equal(old) {
		t.Fatalf("saved %#v, want %#v", s.Night, old)
	}
	// ] stops at last night.
	press(m, "]", "]", "]", "]", "]")
	if m.Date() != drive.LastNight() {
		t.Fatalf("date = %s", m.Date())
	}
	// History's e opens a night directly.
	m.Update(screen.OpenNightMsg{Date: old.Date})
	if m.Date() != old.Date {
		t.Fatalf("OpenNight went to %s", m.Date())
	}
}

func TestRemoveACramp(t *testing.T) {
	old := diary.Night{Date: drive.LastNight(), Episodes: []diary.Episode{{Muscle: diary.MuscleFoot}, {Muscle: diary.MuscleCalf}}}
	m := newLog(t, old)
	press(m, "x", "n")
	if n := len(m.cur().text.Episodes); n != 2 {
		t.Fatalf("n kept %d cramps", n)
	}
	press(m, "x", "y")
	s := saved(t, press(m, "ctrl+s"))
	if len(s.Night.Episodes) != 1 || s.Night.Episodes[0].Muscle != diary.MuscleCalf {
		t.Fatalf("saved %#v", s.Night.Episodes)
	}
}

func TestSleepTotalsShowLive(t *testing.T) {
	m := newLog(t)
	press(m, "s")
	for _, k := range []string{"22:30", "tab", "23:00", "tab", "20", "tab", "1", "tab", "10", "tab", "06:30", "tab", "06:45"} {
		press(m, k)
	}
	v := view(m)
	if !strings.Contains(v, "slept 7h00 · in bed 8h15 · efficiency 85%") {
		t.Fatalf("no live totals:\n%s", v)
	}
}

func TestViewFitsEverySize(t *testing.T) {
	m := newLog(t, usualNights()...)
	press(m, "a")
	for w := 20; w <= 200; w += 7 {
		for h := 3; h <= 60; h += 5 {
			m.SetSize(w, h)
			for i, l := range strings.Split(view(m), "\n") {
				if lw := lipgloss.Width(l); lw > w {
					t.Fatalf("%d×%d: line %d is %d wide: %q", w, h, i, lw, l)
				}
			}
		}
	}
}

// A night deleted elsewhere (History, or u) leaves no unsaved draft behind
// unless it had changes.
func TestDeletedNightLeavesNoDraft(t *testing.T) {
	old := diary.Night{Date: drive.LastNight(), Episodes: []diary.Episode{{Muscle: diary.MuscleFoot}}}
	m := newLog(t, old)
	_ = view(m)
	m.Update(screen.DataMsg{Data: screen.NewData(nil, diary.NewProfile())})
	m.Update(screen.NightDeletedMsg{Date: drive.LastNight()})
	if u := m.Unsaved(); u != "" {
		t.Fatalf("unsaved %q after the night was deleted", u)
	}
	if v := view(m); !strings.Contains(v, "not logged yet") || strings.Contains(v, "foot") {
		t.Fatalf("view after delete:\n%s", v)
	}
	// With changes, the draft stays and says it is not saved.
	m = newLog(t, old)
	press(m, "w", "x", "esc")
	m.Update(screen.DataMsg{Data: screen.NewData(nil, diary.NewProfile())})
	m.Update(screen.NightDeletedMsg{Date: drive.LastNight()})
	if u := m.Unsaved(); u != "the night of Sat 21 Nov" {
		t.Fatalf("unsaved %q", u)
	}
}

// TestNewCrampCopiesOnlyWhere: a new cramp takes the usual muscle and side,
// marked as prefilled, and nothing else from earlier cramps (issue 11.3).
func TestNewCrampCopiesOnlyWhere(t *testing.T) {
	var nights []diary.Night
	for i := 2; i <= 6; i++ {
		nights = append(nights, diary.Night{Date: drive.LastNight().AddDays(-i), Episodes: []diary.Episode{{
			Muscle: diary.MuscleFoot, Side: diary.SideLeft, WokeMe: diary.Some(true),
			Relief: []diary.Relief{diary.ReliefStretch, diary.ReliefWalk}, Swelling: diary.Some(false),
		}}})
	}
	got := *usualEpisode(nights)
	want := episodeText{Muscle: string(diary.MuscleFoot), Side: string(diary.SideLeft), Prefilled: true}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("new cramp %+v, want %+v", got, want)
	}
	// A first cramp starts at the calf, which is not yet anyone's usual.
	if first := *usualEpisode(nil); first.Prefilled || first.Muscle != string(diary.MuscleCalf) {
		t.Fatalf("first cramp %+v, want the calf, not marked usual", first)
	}
}

// TestNoCrampsOnANewDiary: with no day recorded yet there is no usual day
// to speak of (issue 11.11).
func TestNoCrampsOnANewDiary(t *testing.T) {
	m := newLog(t)
	s := saved(t, press(m, "n"))
	if s.Done != "Saved Sat 21 Nov: no cramps. u undoes it." {
		t.Fatalf("done = %q", s.Done)
	}
}

// TestMedicationsFieldWords: the day's Medications field sends the user to
// Profile only when the profile has no medicine (issue 11.15).
func TestMedicationsFieldWords(t *testing.T) {
	night := diary.NewDate(2026, 11, 21)
	if got := noMedicationsWords(diary.NewProfile(), night); got != "— (add them in Profile)" {
		t.Errorf("no medicines: %q", got)
	}
	p := diary.NewProfile()
	p.Medications = []diary.Medication{{Name: "furosemide", Class: diary.ClassDiuretic, Started: diary.Some(night.AddDays(1))}}
	if got := noMedicationsWords(p, night); strings.Contains(got, "add them in Profile") {
		t.Errorf("a medicine started after the night: %q", got)
	}
	// A medicine in course on the night is offered; with nothing ticked the
	// field does not say none was being taken.
	inCourse := diary.NewProfile()
	inCourse.Medications = []diary.Medication{{Name: "furosemide", Class: diary.ClassDiuretic, Started: diary.Some(night.AddDays(-10))}}
	if got := noMedicationsWords(inCourse, night); got != "—" {
		t.Errorf("a medicine in course: %q", got)
	}
	// Whole in the 80-column form, not cut at "on Mon 30…".
	m := New(styles.New(false), drive.Now)
	m.SetSize(80, 20)
	m.Update(screen.DataMsg{Data: screen.NewData(nil, p)})
	press(m, "d", "pgdown")
	if v := view(m); !strings.Contains(v, "Medications      — (none of your profile's medicines on Sat 21 Nov)") {
		t.Errorf("the day form:\n%s", v)
	}
}

// TestBannerCountsTheOtherFlags: "1 more urgent note", not "1 more urgent
// notes" (issue 11.11).
func TestBannerCountsTheOtherFlags(t *testing.T) {
	m := newLog(t)
	flags := []redflags.Flag{
		{ID: "long_episode", Level: redflags.LevelUrgent, Message: "A long cramp.", Nights: []diary.Date{drive.LastNight()}},
		{ID: "swelling", Level: redflags.LevelUrgent, Message: "Swelling.", Nights: []diary.Date{drive.LastNight()}},
	}
	m.Update(screen.RedFlagsMsg{Flags: flags})
	if v := view(m); !strings.Contains(v, "⚠ A long cramp. (1 more urgent note.)") {
		t.Errorf("banner:\n%s", v)
	}
}

// TestNoUsualNightBeforeTheFirst: a night before every logged one has no
// usual night to be prefilled from, and its guide does not say it was
// (issue 11.11).
func TestNoUsualNightBeforeTheFirst(t *testing.T) {
	m := newLog(t, diary.Night{Date: drive.LastNight(), Episodes: []diary.Episode{}})
	press(m, "[")
	v := view(m)
	if strings.Contains(v, "Prefilled") || strings.Contains(v, "usual day") || !strings.Contains(v, "No night before this one to fill it in from. n: no cramps.") {
		t.Errorf("the night before the first:\n%s", v)
	}
}

// TestAnUntouchedNewCrampIsNotKept: enter on "Cramps none" (or a) opens a
// new cramp prefilled with the usual muscle and side; leaving it with esc
// having typed nothing takes it back out, so the night is not recorded as a
// cramp night nobody entered (new-user trial). A cramp with anything typed
// stays in the draft.
func TestAnUntouchedNewCrampIsNotKept(t *testing.T) {
	m := newLog(t, usualNights()...)
	before := *m.cur()
	asked := press(m, "enter", "esc")
	if got := len(m.cur().text.Episodes); got != 0 || m.cur().text.CrampsKnown != before.text.CrampsKnown {
		t.Fatalf("after enter esc: %d cramps, cramps known %v", got, m.cur().text.CrampsKnown)
	}
	if s, _ := status(asked); s != "No cramp added: nothing was typed in it." {
		t.Errorf("status %q", s)
	}
	if m.cur().unsaved() {
		t.Error("the night is an unsaved draft after nothing was typed")
	}
	if v := view(m); !strings.Contains(v, "Cramps     none") {
		t.Errorf("the card does not say none:\n%s", v)
	}

	// With a duration typed, esc keeps the cramp in the draft.
	press(m, "a", "tab", "tab", "3", "esc")
	if got := len(m.cur().text.Episodes); got != 1 || m.cur().text.Episodes[0].Duration != "3" {
		t.Fatalf("a typed cramp was not kept: %+v", m.cur().text.Episodes)
	}
	// A second cramp left untouched goes; the first stays.
	press(m, "a", "esc")
	if got := len(m.cur().text.Episodes); got != 1 {
		t.Fatalf("%d cramps after an untouched second one", got)
	}
}

// TestSavedWithoutCrampsSaysNoCramps: ctrl+s on a night with no cramps
// said "Saved Sat 21 Nov: none." — none of what? The status line and the
// wide screen's list of the nights before have no "Cramps" label before
// the word, so they say "no cramps" and "cramps not recorded".
func TestSavedWithoutCrampsSaysNoCramps(t *testing.T) {
	m := newLog(t)
	if s := saved(t, press(m, "ctrl+s")); s.Done != "Saved Sat 21 Nov: no cramps." {
		t.Errorf("done = %q", s.Done)
	}

	before := []diary.Night{
		{Date: drive.LastNight().AddDays(-1), Episodes: []diary.Episode{}},
		{Date: drive.LastNight().AddDays(-2), Notes: "cramps forgotten"},
	}
	m = newLog(t, before...)
	m.SetSize(160, 40)
	v := view(m)
	for _, want := range []string{"Fri 20 Nov  no cramps", "Thu 19 Nov  cramps not recorded"} {
		if !strings.Contains(v, want) {
			t.Errorf("the nights before lack %q:\n%s", want, v)
		}
	}
}

// TestRefusedSaveNamesTheFieldMidSentence: "Not saved, nothing is lost:
// Bedtime not a time" had the field's label capitalised in the middle of
// the sentence.
func TestRefusedSaveNamesTheFieldMidSentence(t *testing.T) {
	m := newLog(t)
	press(m, "s", "2", "a", ":", "0", "0")
	text, isErr := status(press(m, "ctrl+s"))
	if !isErr || text != "Not saved, nothing is lost: bedtime not a time; write HH:MM, e.g. 23:30. Fix it and press ctrl+s again." {
		t.Fatalf("status %q", text)
	}
}

// TestEmptyFieldDoesNotLookFilled: the empty "Times woken" field showed the
// placeholder "0", which reads as a recorded 0 (only faintness, lost in a
// terminal without it or a screen capture, told them apart); placeholders
// name a unit or a format.
func TestEmptyFieldDoesNotLookFilled(t *testing.T) {
	m := newLog(t)
	press(m, "s")
	v := view(m)
	if !strings.Contains(v, "Times woken      times") {
		t.Errorf("the empty field:\n%s", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if f := strings.Fields(strings.Trim(l, "┃ ")); len(f) > 0 && f[len(f)-1] == "0" {
			t.Errorf("an empty field reads as 0: %q", l)
		}
	}
}

// TestRemovingTheCrampJustAdded: on a logged night, a cramp added and
// removed again leaves the night as saved ("✓ logged"); the status said
// "ctrl+s saves the night" beside it. On a night not logged yet it still
// does, since ctrl+s would save it.
func TestRemovingTheCrampJustAdded(t *testing.T) {
	old := diary.Night{Date: drive.LastNight(), Episodes: []diary.Episode{{Muscle: diary.MuscleFoot}}}
	m := newLog(t, old)
	press(m, "a", "tab", "tab", "9", "9", "h", "esc") // a cramp with a problem; the cursor stays on it
	press(m, "x")
	if text, _ := status(press(m, "y")); text != "Removed cramp 2; the night is as it was saved." {
		t.Errorf("status %q", text)
	}
	if v := view(m); !strings.Contains(v, "✓ logged") {
		t.Errorf("not as saved:\n%s", v)
	}

	m = newLog(t)
	press(m, "a", "tab", "tab", "3", "esc", "x")
	if text, _ := status(press(m, "y")); text != "Removed cramp 1. ctrl+s saves the night." {
		t.Errorf("on a night not logged: status %q", text)
	}
}
