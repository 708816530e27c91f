package store

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

func TestAcksStored(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	s := mustOpen(t, path, Options{NoSnapshot: true})
	if got, err := s.Acks(); err != nil || len(got) != 0 {
		t.Fatalf("a new diary's acks = %v, %v; want none", got, err)
	}
	d := diary.NewDate(2026, 11, 23)
	want := []diary.FlagAck{{ID: "long_episode", Date: d}, {ID: "heavy_drinking", Date: d.AddDays(1)}}
	if err := s.PutAcks([]diary.FlagAck{want[1], want[0]}); err != nil {
		t.Fatal(err)
	}
	var ps diary.Problems
	if err := s.PutAcks([]diary.FlagAck{{ID: "nope", Date: d}}); err == nil {
		t.Fatal("an unknown flag was saved")
	} else if !errors.As(err, &ps) {
		t.Fatalf("error %v does not wrap the problems", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, path, Options{NoSnapshot: true})
	defer s.Close()
	got, err := s.Acks()
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("acks after reopening = %v, %v; want %v", got, err, want)
	}
	if _, err := s.Profile(); err != nil {
		t.Fatalf("the profile beside the acks: %v", err)
	}
}

func TestAcksDamage(t *testing.T) {
	good := encodeAcks([]diary.FlagAck{{ID: "severe", Date: diary.NewDate(2026, 11, 23)}})
	if _, err := decodeAcks(good); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{
		"empty":       {},
		"format":      append([]byte{9}, good[1:]...),
		"cut":         good[:len(good)-1],
		"stray bytes": append(slices.Clone(good), 0),
		"huge count":  {acksFormat, 0xff, 0xff, 0xff, 0xff, 0x0f},
	} {
		if _, err := decodeAcks(b); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

// TestFileAcks: the screens' File reads and saves acknowledgements too.
func TestFileAcks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "diary.db")
	f, _, err := OpenFile(path, Options{NoSnapshot: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []diary.FlagAck{{ID: "severe", Date: diary.NewDate(2026, 11, 23)}}
	if err := f.PutAcks(want); err != nil {
		t.Fatal(err)
	}
	got, err := f.Acks()
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("acks %v, %v; want %v", got, err, want)
	}
}
