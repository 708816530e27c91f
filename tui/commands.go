package tui

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/redflags"
	"github.com/crampsdiary/cramps/tui/screen"
)

// The answers of the root's commands. The root turns them into the
// screens' past-tense messages.
type (
	loadedMsg     struct{ data *screen.Data }
	loadFailedMsg struct{ err error }
	nightSavedMsg struct {
		night diary.Night
		done  string
	}
	nightDeletedMsg struct {
		date diary.Date
		done string
	}
	profileSavedMsg struct {
		profile diary.Profile
		done    string
	}
	failedMsg struct {
		op   screen.Op
		date diary.Date
		err  error
	}
	redFlagsMsg  struct{ flags []redflags.Flag }
	acksSavedMsg struct {
		acks []diary.FlagAck
		done string
	}
	trialSavedMsg struct {
		trial diary.Trial
		done  string
	}
)

// load reads every night and the profile at start.
func load(d Diary) tea.Cmd {
	return func() tea.Msg {
		data, err := read(d)
		if err != nil {
			return loadFailedMsg{err}
		}
		return loadedMsg{data}
	}
}

// read reads every night, the profile, the acknowledged red flags and the
// trials.
func read(d Diary) (*screen.Data, error) {
	data, err := readNights(d)
	if err != nil {
		return nil, err
	}
	if a, ok := d.(acker); ok {
		acks, err := a.Acks()
		if err != nil {
			return nil, fmt.Errorf("read the acknowledged red flags: %w", err)
		}
		data = data.WithAcks(acks)
	}
	trials, err := d.Trials()
	if err != nil {
		return nil, fmt.Errorf("read the trials: %w", err)
	}
	return data.WithTrials(trials), nil
}

// readNights reads every night and the profile, in one go when d can.
func readNights(d Diary) (*screen.Data, error) {
	if l, ok := d.(loader); ok {
		nights, p, err := l.Load()
		if err != nil {
			return nil, fmt.Errorf("read the diary: %w", err)
		}
		return screen.NewData(nights, p), nil
	}
	nights, err := d.AllNights()
	if err != nil {
		return nil, fmt.Errorf("read the nights: %w", err)
	}
	p, err := d.Profile()
	if err != nil {
		return nil, fmt.Errorf("read the profile: %w", err)
	}
	return screen.NewData(nights, p), nil
}

// watchEvery is how often the screens look whether another cramps has
// written to the diary.
const watchEvery = 2 * time.Second

// watchedMsg is a look's answer: whether the diary changed elsewhere.
type watchedMsg struct{ changed bool }

// reloadedMsg is the diary read again after it changed elsewhere.
type reloadedMsg struct{ data *screen.Data }

// watch looks, after watchEvery, whether another cramps has written to the
// diary; nil when d cannot be written to from elsewhere.
func watch(d Diary) tea.Cmd {
	w, ok := d.(watcher)
	if !ok {
		return nil
	}
	return tea.Tick(watchEvery, func(time.Time) tea.Msg { return watchedMsg{w.Changed()} })
}

// reload reads the diary again; a failure keeps what the screens show, and
// the next look tries again.
func reload(d Diary) tea.Cmd {
	return func() tea.Msg {
		data, err := read(d)
		if err != nil {
			return nil
		}
		return reloadedMsg{data}
	}
}

func saveNight(d Diary, n diary.Night, done string) tea.Cmd {
	return func() tea.Msg {
		if err := d.PutNight(n); err != nil {
			return failedMsg{screen.OpSaveNight, n.Date, err}
		}
		return nightSavedMsg{n, done}
	}
}

func deleteNight(d Diary, date diary.Date, done string) tea.Cmd {
	return func() tea.Msg {
		if err := d.DeleteNight(date); err != nil {
			return failedMsg{screen.OpDeleteNight, date, err}
		}
		return nightDeletedMsg{date, done}
	}
}

func saveProfile(d Diary, p diary.Profile, done string) tea.Cmd {
	return func() tea.Msg {
		if err := d.PutProfile(p); err != nil {
			return failedMsg{op: screen.OpSaveProfile, err: err}
		}
		return profileSavedMsg{p, done}
	}
}

// saveTrial saves a new trial, or one being stopped.
func saveTrial(d Diary, t diary.Trial, done string) tea.Cmd {
	return func() tea.Msg {
		if err := d.PutTrial(t); err != nil {
			return failedMsg{op: screen.OpSaveTrial, err: err}
		}
		return trialSavedMsg{t, done}
	}
}

// ackFlags records that a doctor has seen the red flags ids, on today.
func ackFlags(d Diary, current []diary.FlagAck, ids []string, today diary.Date, done string) tea.Cmd {
	return func() tea.Msg {
		a, ok := d.(acker)
		if !ok {
			return failedMsg{op: screen.OpSaveProfile, err: fmt.Errorf("this diary cannot keep acknowledgements")}
		}
		acks := current
		for _, id := range ids {
			acks = diary.SetAck(acks, id, today)
		}
		if err := a.PutAcks(acks); err != nil {
			return failedMsg{op: screen.OpSaveProfile, err: err}
		}
		return acksSavedMsg{acks, done}
	}
}

// checkRedFlags runs the red-flag rules over the diary as of asOf; SPEC §8
// has them checked on every save.
func checkRedFlags(data *screen.Data, asOf diary.Date) tea.Cmd {
	return func() tea.Msg {
		return redFlagsMsg{redflags.Acknowledge(redflags.Check(data.Nights, data.Profile, asOf), data.Acks)}
	}
}
