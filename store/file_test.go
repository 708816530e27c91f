package store

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// TestFileHoldsNoLockAndLosesNoUpdate plays the screens (a File) against
// another cramps writing meanwhile: the other one is never kept waiting, the
// screens notice its write, and neither side's night is written over unseen.
func TestFileHoldsNoLockAndLosesNoUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	d1, d2, d3 := date(2026, 11, 28), date(2026, 11, 29), date(2026, 11, 30)
	f, warnings, err := OpenFile(path, Options{Now: fixedNow})
	if err != nil || len(warnings) > 0 {
		t.Fatalf("OpenFile = %v, %v", warnings, err)
	}
	if err := f.PutNight(realisticNight(1, d1)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.Load(); err != nil {
		t.Fatal(err)
	}
	if f.Changed() {
		t.Fatal("Changed right after a load")
	}

	// Another cramps writes, and reads, while the screens are open: no lock
	// stands in its way.
	other, err := Open(path, Options{Now: fixedNow, LockTimeout: 50e6})
	if err != nil {
		t.Fatalf("a writer waited on the screens: %v", err)
	}
	theirs := realisticNight(2, d2)
	if err := other.PutNight(theirs); err != nil {
		t.Fatal(err)
	}
	if err := other.PutNight(realisticNight(3, d1)); err != nil {
		t.Fatal(err)
	}
	other.Close()
	if !f.Changed() {
		t.Fatal("the screens did not notice another cramps's write")
	}

	// The screens' draft of d2 was begun before theirs was saved: refused.
	if err := f.PutNight(realisticNight(4, d2)); !errors.Is(err, ErrChanged) {
		t.Fatalf("PutNight over a night saved elsewhere = %v, want ErrChanged", err)
	}
	if err := f.DeleteNight(d1); !errors.Is(err, ErrChanged) {
		t.Fatalf("DeleteNight of a night changed elsewhere = %v, want ErrChanged", err)
	}
	// A night nobody else touched saves.
	if err := f.PutNight(realisticNight(5, d3)); err != nil {
		t.Fatal(err)
	}
	// Read again, the screens see theirs, and may then save over it knowingly.
	nights, _, err := f.Load()
	if err != nil || len(nights) != 3 || !nights[1].Equal(theirs) {
		t.Fatalf("reload = %d nights, %v", len(nights), err)
	}
	if err := f.PutNight(realisticNight(4, d2)); err != nil {
		t.Fatalf("saving after the reload: %v", err)
	}
	if f.Changed() {
		t.Fatal("Changed after the screens' own write")
	}

	// The profile likewise.
	other = mustOpen(t, path, Options{Now: fixedNow})
	p := diary.NewProfile()
	p.BirthYear = diary.Some(1950)
	if err := other.PutProfile(p); err != nil {
		t.Fatal(err)
	}
	other.Close()
	p.BirthYear = diary.Some(1960)
	if err := f.PutProfile(p); !errors.Is(err, ErrChanged) {
		t.Fatalf("PutProfile over a profile saved elsewhere = %v, want ErrChanged", err)
	}
	s := mustOpen(t, path, Options{ReadOnly: true})
	defer s.Close()
	if got, _ := s.Profile(); got.BirthYear.Or(0) != 1950 {
		t.Fatalf("the other cramps's profile was written over: %v", got.BirthYear)
	}
}
