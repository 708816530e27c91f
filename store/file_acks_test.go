package store

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

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
