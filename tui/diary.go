package tui

import "github.com/crampsdiary/cramps/diary"

// Diary is the storage the TUI reads and writes; *store.Store satisfies it.
// The TUI calls it only from commands, never while handling a key.
type Diary interface {
	AllNights() ([]diary.Night, error)
	PutNight(diary.Night) error
	DeleteNight(diary.Date) error
	Profile() (diary.Profile, error)
	PutProfile(diary.Profile) error
}
