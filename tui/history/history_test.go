package history

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/internal/drive"
	"github.com/crampsdiary/cramps/tui/nightcard"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

func TestMain(m *testing.M) { drive.Main(m) }

func nights() []diary.Night {
	return []diary.Night{
		{Date: drive.LastNight().AddDays(-2), Episodes: []diary.Episode{}, Sleep: diary.Sleep{
			LightsOut: diary.Some(diary.NewClock(23, 0)), SleepLatencyMin: diary.Some(10), WASOMin: diary.Some(20),
			FinalWake: diary.Some(diary.NewClock(6, 30)), Bedtime: diary.Some(diary.NewClock(22, 45)), OutOfBed: diary.Some(diary.NewClock(7, 0))}},
		{Date: drive.LastNight().AddDays(-1), Day: diary.Day{AlcoholDrinks: diary.Some(2), SittingH: diary.Some(9.0)}, Notes: "wedding",
			Episodes: []diary.Episode{{Muscle: diary.MuscleCalf, DurationS: diary.Some(150), Intensity: diary.Some(7)},
				{Muscle: diary.MuscleFoot, DurationS: diary.Some(30), Intensity: diary.Some(4)}}},
		{Date: drive.LastNight(), Day: diary.Day{Stretched: diary.Some(true)}},
	}
}

func newHistory(t *testing.T) *Model {
	t.Helper()
	m := New(styles.New(false))
	m.SetSize(80, 20)
	send(m, screen.DataMsg{Data: screen.NewData(nights(), diary.NewProfile())})
	return m
}

// own tells the screen's own messages, fed back to it, from what it asks of
// the root.
func own(msg tea.Msg) bool {
	_, ok := msg.(linesMsg)
	return ok
}

func send(m *Model, msg tea.Msg) []tea.Msg { return drive.Send(m, msg, own) }

func press(m *Model, keys ...string) []tea.Msg { return drive.Press(m, own, keys...) }

func view(m *Model) string { return drive.View(m) }

func TestTableNewestFirst(t *testing.T) {
	m := newHistory(t)
	want := strings.Join([]string{
		"History  3 nights · 1 with cramps",
		"",
		"  Night           Cramps   Time Pain Sleep  Eff Notable",
		"▸ Sat 21 Nov 2026      –                                                        ",
		"  Fri 20 Nov 2026      2     3m    7            2 drinks, sat 9h, “wedding”",
		"  Thu 19 Nov 2026      0              7h00  85%",
	}, "\n")
	if got := view(m); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFilterTakesTypingAndEscKeepsIt(t *testing.T) {
	m := newHistory(t)
	press(m, "/")
	if !m.Capturing() {
		t.Fatal("the filter does not take typing")
	}
	press(m, "w", "e", "d", "d")
	v := view(m)
	if !strings.Contains(v, "1 of 3 nights match") || !strings.Contains(v, "▸ Fri 20 Nov 2026") {
		t.Fatalf("filter:\n%s", v)
	}
	press(m, "esc")
	if m.Capturing() || m.filter.Value() != "wedd" {
		t.Fatalf("esc: capturing %v, filter %q", m.Capturing(), m.filter.Value())
	}
	press(m, "esc")
	if m.filter.Value() != "" || !strings.Contains(view(m), "3 nights · 1 with cramps") {
		t.Fatalf("second esc did not clear the filter:\n%s", view(m))
	}
	// Words may come in any order and match any part of the night.
	press(m, "/", "c", "a", "l", "f", " ", "d", "r", "i", "n", "k", "s", "enter")
	if len(m.shown) != 1 {
		t.Fatalf("shown %d", len(m.shown))
	}
}

func TestEnterShowsTheWholeNight(t *testing.T) {
	m := newHistory(t)
	press(m, "down", "enter")
	v := view(m)
	for _, want := range []string{"Friday 20 November 2026", "Cramps    2 cramps, 3m, worst pain 7",
		"1. calf · 2m30s · pain 7/10", "2. foot · 30s · pain 4/10", "Day       2 drinks · sat 9 h", "Notes     wedding"} {
		if !strings.Contains(v, want) {
			t.Errorf("night lacks %q:\n%s", want, v)
		}
	}
	press(m, "esc")
	if m.detail {
		t.Fatal("esc did not go back to the list")
	}
}

func TestEditAndDelete(t *testing.T) {
	m := newHistory(t)
	if asked := press(m, "down", "e"); len(asked) != 1 || asked[0] != (screen.OpenNightMsg{Date: drive.LastNight().AddDays(-1)}) {
		t.Fatalf("e asked %#v", asked)
	}
	asked := press(m, "d")
	if !m.Capturing() || len(asked) != 1 || asked[0] != (screen.StatusMsg{Text: "Delete the night of Fri 20 Nov 2026? y deletes it, n keeps it.", Err: true}) {
		t.Fatalf("d asked %#v", asked)
	}
	if asked := press(m, "n"); len(asked) != 1 || asked[0] != (screen.StatusMsg{Text: "Kept the night."}) {
		t.Fatalf("n asked %#v", asked)
	}
	press(m, "d")
	if asked := press(m, "y"); len(asked) != 1 || asked[0] != (screen.DeleteNightMsg{Date: drive.LastNight().AddDays(-1), Done: "Deleted the night of Fri 20 Nov 2026. u puts it back."}) {
		t.Fatalf("y asked %#v", asked)
	}
	// The root deletes it; u puts it back as it was (issue 11.9).
	deleted, _ := m.data.Night(drive.LastNight().AddDays(-1))
	send(m, screen.DataMsg{Data: m.data.WithoutNight(drive.LastNight().AddDays(-1))})
	asked = press(m, "u")
	if len(asked) != 1 {
		t.Fatalf("u asked %#v", asked)
	}
	if save, ok := asked[0].(screen.SaveNightMsg); !ok || !save.Night.Equal(deleted) || save.Done != "Put back the night of Fri 20 Nov 2026." {
		t.Fatalf("u asked %#v, want the deleted night saved again", asked[0])
	}
	if m.keys.Undo.Enabled() {
		t.Error("u still works after putting the night back")
	}
}

// TestFilterThatMatchedNothing: esc after a filter that matched nothing
// brings every night back (issue 11.1).
func TestFilterThatMatchedNothing(t *testing.T) {
	m := newHistory(t)
	press(m, "/", "z", "z", "z")
	press(m, "esc", "esc")
	v := view(m)
	for _, want := range []string{"3 nights · 1 with cramps", "Sat 21 Nov 2026", "Fri 20 Nov 2026", "Thu 19 Nov 2026"} {
		if !strings.Contains(v, want) {
			t.Fatalf("after esc esc the list lacks %q:\n%s", want, v)
		}
	}
}

// TestOpenedNightSteps: in an opened night, [ ] and j k step to the
// neighbouring nights (issue 11.9); n marks a night whose cramps were not
// recorded as one without.
func TestOpenedNightSteps(t *testing.T) {
	m := newHistory(t)
	press(m, "enter")
	if !strings.Contains(view(m), "Saturday 21 November 2026") {
		t.Fatalf("enter did not open the newest night:\n%s", view(m))
	}
	// Its cramps were not recorded: n saves it with none.
	asked := press(m, "n")
	if save, ok := asked[0].(screen.SaveNightMsg); len(asked) != 1 || !ok || save.Night.Episodes == nil || len(save.Night.Episodes) != 0 ||
		save.Done != "Saved: no cramps on the night of Sat 21 Nov 2026." {
		t.Fatalf("n asked %#v", asked)
	}
	for _, step := range []struct{ key, want string }{{"[", "Fri 20 Nov"}, {"j", "Thu 19 Nov"}, {"]", "Fri 20 Nov"}, {"k", "Sat 21 Nov"}} {
		press(m, step.key)
		if l, _ := m.selected(); !m.detail || nightcard.Date(l.date)[:10] != step.want {
			t.Fatalf("%s: on %v (open %v), want %s", step.key, l.date, m.detail, step.want)
		}
	}
	if m.keys.NoCramps.Enabled() != !m.lines[m.shown[m.cursor]].night.CrampsKnown() {
		t.Error("n is offered on a night whose cramps are recorded")
	}
}

func TestCursorStaysOnItsNightWhenTheDiaryChanges(t *testing.T) {
	m := newHistory(t)
	press(m, "down", "down")
	more := append(nights(), diary.Night{Date: drive.LastNight().AddDays(-10)})
	send(m, screen.DataMsg{Data: screen.NewData(more, diary.NewProfile())})
	if l, _ := m.selected(); l.date != drive.LastNight().AddDays(-2) {
		t.Fatalf("cursor on %s", l.date)
	}
}

func TestEmptyDiary(t *testing.T) {
	m := New(styles.New(false))
	m.SetSize(80, 20)
	send(m, screen.DataMsg{Data: screen.NewData(nil, diary.NewProfile())})
	if v := view(m); !strings.Contains(v, "No nights logged yet.") {
		t.Fatal(v)
	}
	if asked := press(m, "d", "e", "enter", "/"); len(asked) != 0 || m.Capturing() {
		t.Fatalf("keys on an empty diary asked %#v", asked)
	}
}

// TestNotableIsWhatWasUnusual: a habit of every night does not fill every
// row's Notable column; what differs from the usual night does, then the
// note (issue 11.13).
func TestNotableIsWhatWasUnusual(t *testing.T) {
	var nights []diary.Night
	for i := 9; i >= 0; i-- {
		n := diary.Night{Date: drive.LastNight().AddDays(-i), Episodes: []diary.Episode{}, Day: diary.Day{SittingH: diary.Some(10.0)}}
		if i == 0 {
			n.Day.AlcoholDrinks = diary.Some(3)
			n.Notes = "long flight"
		}
		nights = append(nights, n)
	}
	m := New(styles.New(false))
	m.SetSize(80, 20)
	send(m, screen.DataMsg{Data: screen.NewData(nights, diary.NewProfile())})
	v := view(m)
	if got := strings.Count(v, "sat 10h"); got != 1 {
		t.Errorf("long sitting, the usual, shows on %d rows; want only the first night's, before it was usual:\n%s", got, v)
	}
	if !strings.Contains(v, "Sat 21 Nov 2026      0                        3 drinks, “long flight”") {
		t.Errorf("last night's row lacks what was unusual and its note:\n%s", v)
	}
}

// TestCrampTimeAsTheNightCardWritesIt: a 90-second cramp is "1m30s" in the
// table as on the night card, not "1.5" minutes (issue 11.7).
func TestCrampTimeAsTheNightCardWritesIt(t *testing.T) {
	n := diary.Night{Date: drive.LastNight(), Episodes: []diary.Episode{{Muscle: diary.MuscleCalf, DurationS: diary.Some(90)}}}
	m := New(styles.New(false))
	m.SetSize(80, 20)
	send(m, screen.DataMsg{Data: screen.NewData([]diary.Night{n}, diary.NewProfile())})
	if v := view(m); !strings.Contains(v, "Sat 21 Nov 2026      1  1m30s") || strings.Contains(v, "1.5") {
		t.Errorf("the 90-second cramp is not 1m30s in the Time column:\n%s", v)
	}
}

// TestNoMatchSaysWhatEscDoesNow: while the filter takes typing, esc keeps
// the filter (the help says "esc/enter keep filter"), so the empty list does
// not say "esc clears the filter" then; once the filter is kept, it does.
func TestNoMatchSaysWhatEscDoesNow(t *testing.T) {
	m := newHistory(t)
	press(m, "/", "z", "z", "z")
	v := view(m)
	if strings.Contains(v, "esc clears") || !strings.Contains(v, "No night matches what you typed; backspace widens it.") {
		t.Errorf("while typing:\n%s", v)
	}
	press(m, "esc")
	if v := view(m); !strings.Contains(v, "No night matches. esc clears the filter.") {
		t.Errorf("after esc:\n%s", v)
	}
	press(m, "esc")
	if v := view(m); !strings.Contains(v, "3 nights · 1 with cramps") {
		t.Errorf("esc did not clear the filter:\n%s", v)
	}
}
