package tui

import (
	"testing"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/tui/internal/drive"
)

// TestDraftOfANightSavedElsewhereIsNotSavedOverUnseen: the screens hold no
// lock, so another cramps may save the night a draft is open on. When a
// reload shows that, the draft's save is refused once with the reason, the
// typing kept; the next ctrl+s saves it over the other one knowingly.
func TestDraftOfANightSavedElsewhereIsNotSavedOverUnseen(t *testing.T) {
	f := newFake(diary.NewProfile())
	h := start(t, f, 80, 24)
	h.press("a", "tab", "tab", "4", "m")

	theirs := diary.Night{Date: drive.LastNight(), Notes: "saved from the other terminal", Episodes: []diary.Episode{}}
	f.mu.Lock()
	f.nights[drive.LastNight()] = theirs
	f.mu.Unlock()
	data, err := read(f)
	if err != nil {
		t.Fatal(err)
	}
	h.send(reloadedMsg{data})

	h.press("ctrl+s")
	h.contains("Not saved: another cramps saved 21 Nov meanwhile; ctrl+s saves yours", "Duration         4m")
	if n, _ := f.night(drive.LastNight()); !n.Equal(theirs) {
		t.Fatalf("the other cramps's night was written over: %#v", n)
	}
	h.press("ctrl+s")
	if n, _ := f.night(drive.LastNight()); len(n.Episodes) != 1 || n.Episodes[0].DurationS != diary.Some(240) {
		t.Fatalf("the second ctrl+s saved %#v", n)
	}
}

// TestReloadWithoutADraftNeedsNoWarning: a night changed elsewhere while no
// draft is open is simply shown; the next edit of it saves at once.
func TestReloadWithoutADraftNeedsNoWarning(t *testing.T) {
	f := newFake(diary.NewProfile())
	h := start(t, f, 80, 24)
	f.mu.Lock()
	f.nights[drive.LastNight()] = diary.Night{Date: drive.LastNight(), Episodes: []diary.Episode{}}
	f.mu.Unlock()
	data, _ := read(f)
	h.send(reloadedMsg{data})
	if h.m.changedElsewhere.Known() {
		t.Fatal("a reload without a draft marked a conflict")
	}
}
