package tui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/internal/drive"
	"github.com/crampsdiary/cramps/tui/screen"
)

func TestMain(m *testing.M) { drive.Main(m) }

// harness drives the root model as the program would, running every
// command at once (timers excepted) and noting when it quits.
type harness struct {
	t    *testing.T
	m    *Model
	quit bool
	keys int
}

func start(t *testing.T, d Diary, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, m: New(Options{Diary: d, Now: drive.Now})}
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.run(hs.m.Init())
	return hs
}

func (h *harness) update(msg tea.Msg) tea.Cmd {
	_, cmd := h.m.Update(msg)
	return cmd
}

func (h *harness) feed(msg tea.Msg) bool {
	if _, ok := msg.(tea.QuitMsg); ok {
		h.quit = true
		return false
	}
	return true
}

func (h *harness) send(msg tea.Msg) { drive.Loop(h.update, msg, h.feed) }

func (h *harness) run(cmd tea.Cmd) {
	for _, msg := range drive.Msgs(cmd) {
		if h.feed(msg) {
			h.send(msg)
		}
	}
}

// press sends keys as a person types them, counting them.
func (h *harness) press(keys ...string) {
	for _, k := range keys {
		if h.quit {
			h.t.Fatalf("key %q after quitting", k)
		}
		h.keys++
		h.send(drive.Key(k))
	}
}

func (h *harness) view() string { return ansi.Strip(h.m.View()) }

func (h *harness) contains(wants ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range wants {
		if !strings.Contains(v, w) {
			h.t.Errorf("screen lacks %q:\n%s", w, v)
		}
	}
}

func TestStartsOnLogWhenLastNightIsNotLogged(t *testing.T) {
	h := start(t, newFake(diary.NewProfile()), 80, 24)
	h.contains("[1 Log]", "Saturday 21 November 2026 · last night", "not logged yet")
}

func TestStartsOnWeekWhenLastNightIsLogged(t *testing.T) {
	h := start(t, newFake(diary.NewProfile(), diary.Night{Date: drive.LastNight(), Episodes: []diary.Episode{}}), 80, 24)
	h.contains("[3 Week]", "This week · Mon 16 – Sun 22 Nov 2026 · 1 of 6 nights logged so far")
}

// Targets: an ordinary night in ≤ 2 keys from launch to saved and out.
func TestOrdinaryNightInTwoKeys(t *testing.T) {
	f := newFake(diary.NewProfile())
	h := start(t, f, 80, 24)
	h.press("n")
	h.contains("Saved Sat 21 Nov: no cramps. u undoes it.", "✓ logged") // a new diary has no usual day yet
	h.press("q")
	if !h.quit || h.keys != 2 {
		t.Fatalf("quit %v after %d keys", h.quit, h.keys)
	}
	n, ok := f.night(drive.LastNight())
	if !ok || !n.Equal(diary.UsualNight(drive.LastNight(), nil)) {
		t.Fatalf("saved %#v", n)
	}
}

// Targets: one calf cramp of 3 minutes, pain 6, otherwise usual in ≤ 20 keys.
func TestOneCrampInEightKeys(t *testing.T) {
	f := newFake(diary.NewProfile())
	h := start(t, f, 80, 24)
	h.press("a", "tab", "tab", "3", "tab", "6", "ctrl+s", "q")
	if !h.quit || h.keys != 8 {
		t.Fatalf("quit %v after %d keys", h.quit, h.keys)
	}
	n, _ := f.night(drive.LastNight())
	if len(n.Episodes) != 1 || n.Episodes[0].Muscle != diary.MuscleCalf ||
		n.Episodes[0].DurationS != diary.Some(180) || n.Episodes[0].Intensity != diary.Some(6) {
		t.Fatalf("saved %#v", n)
	}
}

func TestFailedSaveKeepsWhatWasTyped(t *testing.T) {
	f := newFake(diary.NewProfile())
	f.setFailing(errors.New("store: put night 2026-11-21: the diary is open in another cramps"))
	h := start(t, f, 80, 24)
	h.press("a", "tab", "tab", "4", "m", "ctrl+s")
	h.contains("Not saved: store: put night 2026-11-21: the diary is open in another", "Duration         4m")
	if _, ok := f.night(drive.LastNight()); ok {
		t.Fatal("a failed save wrote a night")
	}
	if !h.m.screens[screenLog].Capturing() {
		t.Fatal("the form closed after a failed save")
	}
	// Once the diary is free, ctrl+s again saves it.
	f.setFailing(nil)
	h.press("ctrl+s")
	n, ok := f.night(drive.LastNight())
	if !ok || n.Episodes[0].DurationS != diary.Some(240) {
		t.Fatalf("retry saved %#v", n)
	}
	h.contains("Saved Sat 21 Nov: 1 cramp, 4m.")
}

func TestDiskFullKeepsTheDayForm(t *testing.T) {
	f := newFake(diary.NewProfile())
	f.setFailing(errors.New("write diary.db: no space left on device"))
	h := start(t, f, 80, 24)
	h.press("d", "8", "ctrl+s")
	h.contains("Not saved: write diary.db: no space left on device", "Water            8")
	f.setFailing(nil)
	h.press("ctrl+s")
	if n, _ := f.night(drive.LastNight()); n.Day.WaterML != diary.Some(2000) {
		t.Fatalf("saved %#v", n.Day)
	}
}

func TestQuitAsksWhenThereAreUnsavedChanges(t *testing.T) {
	f := newFake(diary.NewProfile())
	h := start(t, f, 80, 24)
	h.press("a", "tab", "tab", "3", "esc", "q") // a cramp of 3 minutes, not saved
	if h.quit {
		t.Fatal("quit without asking")
	}
	h.contains("Quit without saving the night of Sat 21 Nov? y quits, n stays.")
	h.press("n")
	if h.quit {
		t.Fatal("n quit")
	}
	h.contains("Not quitting.")
	h.press("q", "y")
	if !h.quit {
		t.Fatal("y did not quit")
	}
}

func TestCtrlCAlwaysQuits(t *testing.T) {
	h := start(t, newFake(diary.NewProfile()), 80, 24)
	h.press("a", "ctrl+c")
	if !h.quit {
		t.Fatal("ctrl+c in a form did not quit")
	}
}

func TestSwitchingScreens(t *testing.T) {
	h := start(t, newFake(diary.NewProfile()), 80, 24)
	for _, c := range []struct{ key, want string }{
		{"2", "[2 History]"}, {"tab", "[3 Week]"}, {"tab", "[4 Insights]"}, {"5", "[5 Profile]"},
		{"tab", "[6 Trial]"}, {"tab", "[1 Log]"}, {"shift+tab", "[6 Trial]"}, {"shift+tab", "[5 Profile]"},
		{"6", "Test a habit with a self-experiment"}, {"3", "Nothing logged yet"}, {"4", "Ratio, 95% interval"},
	} {
		h.press(c.key)
		h.contains(c.want)
	}
}

func TestHelpToggles(t *testing.T) {
	h := start(t, newFake(diary.NewProfile()), 80, 24)
	h.contains("? help · q quit")
	h.press("?")
	h.contains("1-6       screens", "shift+tab previous screen", "[ night before")
	h.press("?")
	if strings.Contains(h.view(), "1-6       screens") {
		t.Fatal("? did not close the full help")
	}
}

func TestTinyWindowAsksForRoom(t *testing.T) {
	h := start(t, newFake(diary.NewProfile()), 40, 10)
	if v := strings.Join(strings.Fields(h.view()), " "); v != "Please make the window larger: cramps needs 60×16, this one is 40×10." {
		t.Fatalf("view %q", v)
	}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.contains("[1 Log]")
}

// Every screen, in every state reached by its keys, draws exactly the
// terminal's size: no line too wide, no line too many.
func TestEveryFrameFitsTheTerminal(t *testing.T) {
	f := newFake(diary.NewProfile(), diary.Night{Date: drive.LastNight().AddDays(-1), Notes: strings.Repeat("a long note ", 40),
		Episodes: []diary.Episode{{Muscle: diary.MuscleCalf, DurationS: diary.Some(700), Swelling: diary.Some(true)}}})
	h := start(t, f, 80, 24)
	states := [][]string{{"1"}, {"a"}, {"esc", "d"}, {"esc", "2"}, {"enter"}, {"esc", "/", "c"}, {"esc", "3"}, {"4"}, {"5"}, {"a"}, {"esc", "?"}, {"?", "6"}, {"enter"}, {"enter"}, {"n", "esc", "esc"}}
	for _, keys := range states {
		h.press(keys...)
		for _, size := range [][2]int{{60, 16}, {80, 24}, {81, 25}, {100, 30}, {119, 40}, {120, 40}, {160, 48}, {200, 60}, {59, 16}, {20, 5}} {
			h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			lines := strings.Split(h.m.View(), "\n")
			if size[0] >= minWidth && size[1] >= minHeight && len(lines) != size[1] {
				t.Fatalf("after %v at %v: %d lines", keys, size, len(lines))
			}
			for i, l := range lines {
				if w := lipgloss.Width(l); w > size[0] {
					t.Fatalf("after %v at %v: line %d is %d wide: %q", keys, size, i, w, ansi.Strip(l))
				}
			}
		}
		h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	}
}

func TestDemoSaysSo(t *testing.T) {
	m := New(Options{Diary: newFake(diary.NewProfile()), Now: drive.Now, Demo: true})
	h := &harness{t: t, m: m}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.run(m.Init())
	h.contains("DEMO", "Demo: sample nights in a throw-away diary. Your own diary is not touched.")
}

func TestLoadFailureIsShown(t *testing.T) {
	f := newFake(diary.NewProfile())
	f.loadErr = errors.New("bad page")
	h := start(t, f, 80, 24)
	h.contains("Could not read the diary: read the nights: bad page", "Nothing was changed.")
	h.press("q")
	if !h.quit {
		t.Fatal("q did not quit")
	}
}

func TestHistoryEditsInLogAndDeletesAfterAsking(t *testing.T) {
	old := diary.Night{Date: drive.LastNight().AddDays(-2), Episodes: []diary.Episode{{Muscle: diary.MuscleFoot}}}
	f := newFake(diary.NewProfile(), old, diary.Night{Date: drive.LastNight(), Episodes: []diary.Episode{}})
	h := start(t, f, 80, 24)
	h.press("2", "down", "e")
	h.contains("[1 Log]", "Thursday 19 November 2026", "1. foot")
	h.press("2", "d")
	h.contains("Delete the night of Thu 19 Nov 2026? y deletes it, n keeps it.")
	h.press("n")
	if _, ok := f.night(old.Date); !ok {
		t.Fatal("n deleted the night")
	}
	h.press("d", "y")
	if _, ok := f.night(old.Date); ok {
		t.Fatal("y did not delete the night")
	}
	h.contains("Deleted the night of Thu 19 Nov 2026.", "1 night · 0 with cramps")
}

func TestHistoryFilterTakesTyping(t *testing.T) {
	f := newFake(diary.NewProfile(),
		diary.Night{Date: drive.LastNight(), Notes: "q1 flight"},
		diary.Night{Date: drive.LastNight().AddDays(-1), Notes: "home"})
	h := start(t, f, 80, 24)
	h.press("2", "/", "q", "1")
	h.contains("1 of 2 nights match", "/ q1", "[2 History]")
	h.press("esc")
	h.press("1")
	h.contains("[1 Log]")
}

func TestUrgentRedFlagShowsOnLog(t *testing.T) {
	f := newFake(diary.NewProfile(), diary.Night{Date: drive.LastNight().AddDays(-2),
		Episodes: []diary.Episode{{Muscle: diary.MuscleCalf, DurationS: diary.Some(12 * 60)}}})
	h := start(t, f, 80, 24)
	h.contains("│ ⚠ Your diary shows a cramp of 12 minutes")
}

func TestProfileSaves(t *testing.T) {
	f := newFake(diary.NewProfile())
	h := start(t, f, 80, 24)
	h.press("5", "down", "enter", "ctrl+u", "1", "5", "0", "0", "esc")
	h.contains("water 1500 ml a day (6 glasses)", "changed, not saved")
	h.press("a", "f", "u", "r", "o", "s", "e", "m", "i", "d", "e", "tab", "d", "ctrl+s")
	p, _ := f.Profile()
	if p.WaterGoal() != 1500 || len(p.Medications) != 1 || p.Medications[0].Name != "furosemide" ||
		p.Medications[0].Class != diary.ClassDiuretic || p.Medications[0].Started != diary.Some(diary.NewDate(2026, 11, 22)) {
		t.Fatalf("saved %#v", p)
	}
	h.contains("Saved the profile.")
}

// Keys typed faster than the terminal is read come as one message of
// several runes; each counts as its own key.
func TestFastTypingIsSplitIntoKeys(t *testing.T) {
	f := newFake(diary.NewProfile())
	h := start(t, f, 80, 24)
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n[n")})
	for _, d := range []diary.Date{drive.LastNight(), drive.LastNight().AddDays(-1)} {
		if _, ok := f.night(d); !ok {
			t.Fatalf("the night of %s was not saved", d)
		}
	}
	// A paste into a field stays whole.
	h.press("a", "tab", "tab")
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("2m30s"), Paste: true})
	h.contains("Duration         2m30s")
}

// Keys typed while the diary loads are kept and act once it has loaded, in
// order: "2 ↓ enter" opens the second night of History, as it would have a
// moment later.
func TestKeysTypedWhileLoadingAreNotLost(t *testing.T) {
	h := &harness{t: t, m: New(Options{Diary: demoDiary(true), Now: drive.Now})}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.press("2", "down", "enter")
	if h.m.data != nil {
		t.Fatal("the diary loaded before Init ran")
	}
	h.run(h.m.Init())
	h.contains("[2 History]", "Position")
	if h.m.early.Held() {
		t.Fatal("the early keys were kept after they acted")
	}
}

// TestStatusLineCutAtAWord: a status line longer than the terminal ends at a
// whole word with "…", never mid-word (issue 11.10).
func TestStatusLineCutAtAWord(t *testing.T) {
	h := start(t, demoDiary(true), 80, 24)
	h.send(screen.StatusMsg{Text: "Saved Sat 21 Nov: 2 cramps, 12m30s, worst pain 8, and a note about the long flight home yesterday."})
	lines := strings.Split(h.view(), "\n")
	status := strings.TrimRight(lines[len(lines)-2], " ")
	if status != "Saved Sat 21 Nov: 2 cramps, 12m30s, worst pain 8, and a note about the long…" {
		t.Errorf("status line %q", status)
	}
}

// TestFormHelpSaysHowToChoose: while a form is open ? types, so the full
// help cannot be asked for; the help line itself names the keys that set
// the focused field (← → on a choice, space on a list), whole at 80
// columns, on the Log's forms and the Profile's alike.
func TestFormHelpSaysHowToChoose(t *testing.T) {
	last := func(h *harness) string {
		lines := strings.Split(h.view(), "\n")
		return lines[len(lines)-1]
	}
	h := start(t, newFake(diary.NewProfile()), 80, 24)
	h.press("a") // a cramp: Muscle, a choice, has the focus
	if got, want := last(h), "←/→ choose · tab/↓ next · esc close · ctrl+s save"; !strings.HasPrefix(got, want) || strings.Contains(got, "…") {
		t.Errorf("help on a choice: %q, want %q first, nothing cut", got, want)
	}
	h.press("tab", "tab") // Duration, typed
	if got, want := last(h), "tab/↓ next · esc close · ctrl+s save"; !strings.HasPrefix(got, want) {
		t.Errorf("help on a text field: %q, want %q first", got, want)
	}
	h.press("tab", "tab", "tab", "tab") // Eased by, a list
	if got, want := last(h), "space tick · ←/→ move · tab/↓ next · esc close · ctrl+s save"; !strings.HasPrefix(got, want) || strings.Contains(got, "…") {
		t.Errorf("help on a list: %q, want %q first, nothing cut", got, want)
	}

	h = start(t, newFake(diary.NewProfile()), 80, 24)
	h.press("5", "down", "down", "enter") // a medication: its name, typed
	h.press("tab")                        // its class, a choice
	if got, want := last(h), "←/→ choose · tab/↓ next · esc close · ctrl+s save"; !strings.HasPrefix(got, want) || strings.Contains(got, "…") {
		t.Errorf("help on the profile's choice: %q, want %q first, nothing cut", got, want)
	}
}

// TestRefusedSaveSaysNothingIsLostAt80: the status line is one line, cut at
// a word; "nothing is lost" came last and was the part cut at 80 columns
// ("… must be from 1s to 3h. Fix it and…"), so it comes first.
func TestRefusedSaveSaysNothingIsLostAt80(t *testing.T) {
	h := start(t, newFake(diary.NewProfile()), 80, 24)
	h.press("a", "tab", "tab", "4", "h", "tab", "1", "1", "ctrl+s")
	lines := strings.Split(h.view(), "\n")
	if got := lines[len(lines)-2]; !strings.HasPrefix(got, "Not saved, nothing is lost: cramp 1, duration must be from 1s to 3h") {
		t.Errorf("status line %q", got)
	}
	h.press("esc", "5", "down", "down", "enter", "tab", "tab", "2", "0", "2", "9", "ctrl+s")
	lines = strings.Split(h.view(), "\n")
	if got := lines[len(lines)-2]; !strings.HasPrefix(got, "Not saved, nothing is lost: medication 1,") {
		t.Errorf("profile's status line %q", got)
	}
}

// TestHelpLineKeepsItsGlobalKeys: on History's night whose cramps were not
// recorded, the screen's keys fill the left of the help line exactly, with
// no room for "…"; bubbles then added the next key anyway and "? help · q
// quit" fell off the line ("… d delete · n no cramps th…"). The left is cut
// with its "…" and the global keys stay.
func TestHelpLineKeepsItsGlobalKeys(t *testing.T) {
	unknown := diary.Night{Date: drive.LastNight().AddDays(-1), Notes: "cramps forgotten"}
	h := start(t, newFake(diary.NewProfile(), unknown, diary.Night{Date: drive.LastNight(), Episodes: []diary.Episode{}}), 80, 24)
	h.press("2", "down", "enter")
	lines := strings.Split(h.view(), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "esc back to list · [/] other nights · e edit in Log …") ||
		!strings.HasSuffix(last, "? help · q quit") || lipgloss.Width(last) != 80 {
		t.Errorf("help line %q", last)
	}
}

// TestEveryTabInSightAtTheLeastWidth: at 60 columns, the least the screens
// take, the tabs were cut after "5 Pro…", so on the Trial screen its own tab
// was out of sight; the name goes and the tabs close up instead, in the demo
// (with its tag) and out of it.
func TestEveryTabInSightAtTheLeastWidth(t *testing.T) {
	for _, demo := range []bool{false, true} {
		for _, w := range []int{minWidth, 66, 80} {
			m := New(Options{Diary: newFake(diary.NewProfile()), Now: drive.Now, Demo: demo})
			h := &harness{t: t, m: m}
			h.send(tea.WindowSizeMsg{Width: w, Height: minHeight})
			h.run(m.Init())
			h.press("6")
			top := strings.Split(h.view(), "\n")[0]
			for _, want := range []string{"1 Log", "2 History", "3 Week", "4 Insights", "5 Profile", "[6 Trial]"} {
				if !strings.Contains(top, want) {
					t.Errorf("demo %v at %d: the tabs %q lack %q", demo, w, top, want)
				}
			}
			if demo && !strings.Contains(top, "DEMO") {
				t.Errorf("demo at %d: no tag in %q", w, top)
			}
			if lipgloss.Width(top) > w {
				t.Errorf("demo %v at %d: %q is %d wide", demo, w, top, lipgloss.Width(top))
			}
		}
	}
}
