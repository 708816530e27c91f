package tui

import "github.com/crampsdiary/cramps/diary"

// Diary is the storage the TUI reads and writes; *store.Store and
// *store.File satisfy it. The TUI calls it only from commands, never while
// handling a key.
type Diary interface {
	AllNights() ([]diary.Night, error)
	PutNight(diary.Night) error
	DeleteNight(diary.Date) error
	Profile() (diary.Profile, error)
	PutProfile(diary.Profile) error
	Trials() ([]diary.Trial, error)
	PutTrial(diary.Trial) error
}

// acker is a Diary that keeps the acknowledged red flags (*store.Store).
type acker interface {
	Acks() ([]diary.FlagAck, error)
	PutAcks([]diary.FlagAck) error
}

// loader is a Diary that reads the nights and the profile in one go, as
// they stand together (store.File: one open of the file).
type loader interface {
	Load() ([]diary.Night, diary.Profile, error)
}

// watcher is a Diary that other programs may write to meanwhile (store.File,
// which holds no lock between reads and writes): Changed says when to read
// it again.
type watcher interface {
	Changed() bool
}
