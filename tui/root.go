package tui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/store"
	"github.com/crampsdiary/cramps/tui/history"
	"github.com/crampsdiary/cramps/tui/insightscreen"
	"github.com/crampsdiary/cramps/tui/keys"
	"github.com/crampsdiary/cramps/tui/logscreen"
	"github.com/crampsdiary/cramps/tui/profile"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
	"github.com/crampsdiary/cramps/tui/trialscreen"
	"github.com/crampsdiary/cramps/tui/week"
)

// The screens, in the order of their number keys.
const (
	screenLog = iota
	screenHistory
	screenWeek
	screenInsights
	screenProfile
	screenTrial
	screenCount
)

// loggedStart is the screen opened when last night is already logged (SPEC
// §5): the Week.
const loggedStart = screenWeek

// screenName is the name of screen i in the header.
func screenName(i int) string {
	return [screenCount]string{"Log", "History", "Week", "Insights", "Profile", "Trial"}[i]
}

// The smallest terminal the screens are drawn in; below it a note asks for
// more room.
const (
	minWidth  = 60
	minHeight = 16
)

// How long a status line stays when no key is pressed.
const (
	statusInfoTTL  = 4 * time.Second
	statusErrorTTL = 10 * time.Second
)

// Model is the root model: it routes, the screens draw.
type Model struct {
	opts    Options
	st      styles.Styles
	keys    keys.Global
	confirm keys.Confirm
	help    help.Model

	screens [screenCount]screen.Screen
	log     *logscreen.Model
	active  int

	data    *screen.Data
	loadErr error
	early   screen.EarlyKeys // typed while the diary loads
	// changedElsewhere is the night of the Log screen's draft when another
	// cramps changed it after the draft was begun (noteChangedElsewhere).
	changedElsewhere diary.Opt[diary.Date]

	width, height int
	bodyW, bodyH  int

	status    string
	statusErr bool
	statusID  int
	askQuit   bool
	quitting  bool
}

// statusExpiredMsg clears the status line it was set with, if it still shows.
type statusExpiredMsg struct{ id int }

func newModel(opts Options, st styles.Styles) *Model {
	m := &Model{opts: opts, st: st, keys: keys.NewGlobal(), confirm: keys.NewConfirm(), help: help.New()}
	m.help.Styles = st.Help
	m.help.ShortSeparator = " · "
	m.log = logscreen.New(st, opts.Now)
	m.screens = [screenCount]screen.Screen{
		m.log,
		history.New(st),
		week.New(st, opts.Now),
		insightscreen.New(st),
		profile.New(st, opts.Now),
		trialscreen.New(st, opts.Now),
	}
	return m
}

// Init implements tea.Model: the diary is read once, in a command.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{load(m.opts.Diary), watch(m.opts.Diary)}
	for _, s := range m.screens {
		cmds = append(cmds, s.Init())
	}
	return tea.Batch(cmds...)
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	if m.log.Unsaved() == "" {
		m.changedElsewhere = diary.None[diary.Date]() // the draft is gone: saved or let go
	}
	m.layout()
	return m, cmd
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = msg.Width
		return nil

	case loadedMsg:
		m.data = msg.data
		if !m.data.Logged(diary.LastNight(m.opts.Now())) {
			m.active = screenLog
		} else {
			m.active = loggedStart
		}
		cmds := []tea.Cmd{m.broadcast(screen.DataMsg{Data: m.data}), m.redFlags()}
		if m.opts.Demo {
			cmds = append(cmds, m.setStatus("Demo: sample nights in a throw-away diary. Your own diary is not touched.", false))
		}
		if len(m.opts.Warnings) > 0 {
			cmds = append(cmds, m.setStatus(strings.Join(m.opts.Warnings, " "), true))
		}
		cmds = append(cmds, m.early.Release(func(k tea.KeyMsg) tea.Cmd {
			if m.quitting {
				return nil
			}
			return m.key(k)
		}))
		return tea.Batch(cmds...)
	case watchedMsg:
		if msg.changed {
			return tea.Batch(reload(m.opts.Diary), watch(m.opts.Diary))
		}
		return watch(m.opts.Diary)
	case reloadedMsg: // another cramps wrote to the diary: show it as it now is
		m.noteChangedElsewhere(m.data, msg.data)
		m.data = msg.data
		return tea.Batch(m.broadcast(screen.DataMsg{Data: m.data}), m.redFlags())
	case loadFailedMsg:
		m.loadErr = msg.err
		return nil

	case screen.SaveNightMsg:
		if m.changedElsewhere.Known() && m.changedElsewhere.Or(0) == msg.Night.Date {
			// The draft was begun on the version that another cramps has
			// since replaced: say so once; the next ctrl+s saves over it.
			m.changedElsewhere = diary.None[diary.Date]()
			return func() tea.Msg { return failedMsg{screen.OpSaveNight, msg.Night.Date, store.ErrChanged} }
		}
		return saveNight(m.opts.Diary, msg.Night, msg.Done)
	case screen.DeleteNightMsg:
		return deleteNight(m.opts.Diary, msg.Date, msg.Done)
	case screen.SaveProfileMsg:
		return saveProfile(m.opts.Diary, msg.Profile, msg.Done)
	case screen.AckFlagsMsg:
		return ackFlags(m.opts.Diary, m.data.Acks, msg.IDs, diary.DateOf(m.opts.Now()), msg.Done)
	case acksSavedMsg:
		m.data = m.data.WithAcks(msg.acks)
		return tea.Batch(m.broadcast(screen.DataMsg{Data: m.data}), m.setStatus(msg.done, false), m.redFlags())
	case screen.SaveTrialMsg:
		return saveTrial(m.opts.Diary, msg.Trial, msg.Done)

	case nightSavedMsg:
		return m.saved(m.data.WithNight(msg.night), screen.NightSavedMsg{Night: msg.night}, msg.done)
	case nightDeletedMsg:
		return m.saved(m.data.WithoutNight(msg.date), screen.NightDeletedMsg{Date: msg.date}, msg.done)
	case profileSavedMsg:
		return m.saved(m.data.WithProfile(msg.profile), screen.ProfileSavedMsg{Profile: msg.profile}, msg.done)
	case trialSavedMsg:
		m.data = m.data.WithTrial(msg.trial)
		return tea.Batch(m.broadcast(screen.DataMsg{Data: m.data}), m.broadcast(screen.TrialSavedMsg{Trial: msg.trial}),
			m.setStatus(msg.done, false))
	case failedMsg: // the diary may have changed elsewhere: read it again (what was typed is kept)
		return tea.Batch(m.broadcast(screen.FailedMsg{Op: msg.op, Date: msg.date, Err: msg.err}),
			m.setStatus(failureText(msg), true), m.reloadIfWatched())
	case redFlagsMsg:
		return m.broadcast(screen.RedFlagsMsg{Flags: msg.flags})

	case screen.StatusMsg:
		return m.setStatus(msg.Text, msg.Err)
	case statusExpiredMsg:
		if msg.id == m.statusID && !m.askQuit {
			m.status = ""
		}
		return nil
	case screen.PlanTrialMsg:
		m.active = screenTrial
		_, cmd := m.screens[screenTrial].Update(msg)
		return cmd
	case screen.OpenNightMsg:
		m.active = screenLog
		_, cmd := m.log.Update(msg)
		return cmd

	case tea.KeyMsg:
		return m.key(msg)
	}
	// Anything else is a screen's own: a form's messages, a command's
	// result. Only one form is open at a time (it holds the keys), and each
	// screen ignores what is not its own, so every screen gets it.
	return m.broadcast(msg)
}

// saved takes the diary's data after a save and tells every screen (the new
// data, then what was saved), says done in the status line and checks the
// red flags again.
func (m *Model) saved(data *screen.Data, what tea.Msg, done string) tea.Cmd {
	m.data = data
	return tea.Batch(m.broadcast(screen.DataMsg{Data: m.data}), m.broadcast(what), m.setStatus(done, false), m.redFlags())
}

// key handles a key: ctrl+c always quits; a screen that is taking typing
// gets every other key; otherwise the global keys come first.
func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	// Keys typed faster than the terminal is read arrive as one message of
	// several runes; each is its own key here, as the user meant ("n[n" is
	// n, [, n). A paste stays whole.
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
		var cmds []tea.Cmd
		for _, r := range msg.Runes {
			if m.quitting {
				break
			}
			cmds = append(cmds, m.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}))
		}
		return tea.Batch(cmds...)
	}
	if key.Matches(msg, m.keys.ForceQuit) {
		m.quitting = true
		return tea.Quit
	}
	if m.askQuit {
		m.askQuit = false
		if key.Matches(msg, m.confirm.Yes) {
			m.quitting = true
			return tea.Quit
		}
		m.status = ""
		return m.setStatus("Not quitting. ctrl+s saves.", false)
	}
	m.status = ""
	if m.data == nil {
		if key.Matches(msg, m.keys.Quit) {
			m.quitting = true
			return tea.Quit
		}
		m.early.Hold(msg)
		return nil
	}
	active := m.screens[m.active]
	if active.Capturing() {
		_, cmd := active.Update(msg)
		return cmd
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		if what := m.unsaved(); what != "" {
			m.askQuit = true
			m.status = "Quit without saving " + what + "? y quits, n stays."
			m.statusErr = true
			return nil
		}
		m.quitting = true
		return tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
	case key.Matches(msg, m.keys.Jump):
		m.active = int(msg.Runes[0] - '1')
	case key.Matches(msg, m.keys.Next):
		m.active = (m.active + 1) % screenCount
	case key.Matches(msg, m.keys.Prev):
		m.active = (m.active + screenCount - 1) % screenCount
	default:
		_, cmd := active.Update(msg)
		return cmd
	}
	return nil
}

// unsaved describes the unsaved changes of every screen, "" when none.
func (m *Model) unsaved() string {
	var parts []string
	for _, s := range m.screens {
		if d, ok := s.(screen.Drafter); ok {
			if u := d.Unsaved(); u != "" {
				parts = append(parts, u)
			}
		}
	}
	return strings.Join(parts, " and ")
}

// broadcast sends msg to every screen.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, screenCount)
	for _, s := range m.screens {
		_, cmd := s.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (m *Model) redFlags() tea.Cmd {
	return checkRedFlags(m.data, diary.LastNight(m.opts.Now()))
}

// setStatus shows text in the status line and clears it after a while.
func (m *Model) setStatus(text string, isErr bool) tea.Cmd {
	if text == "" {
		return nil
	}
	m.statusID++
	m.status, m.statusErr = text, isErr
	ttl := statusInfoTTL
	if isErr {
		ttl = statusErrorTTL
	}
	id := m.statusID
	return tea.Tick(ttl, func(time.Time) tea.Msg { return statusExpiredMsg{id} })
}

// failureText says what failed and that nothing typed is lost.
func failureText(f failedMsg) string {
	if errors.Is(f.err, store.ErrChanged) {
		switch f.op {
		case screen.OpSaveNight:
			return fmt.Sprintf("Not saved: another cramps saved %s meanwhile; ctrl+s saves yours over it.", f.date.Time().Format("2 Jan"))
		case screen.OpDeleteNight:
			return fmt.Sprintf("Not deleted: another cramps changed %s meanwhile; it is shown as it now is.", f.date.Time().Format("2 Jan"))
		}
		return "Profile not saved: another cramps saved it meanwhile; ctrl+s saves yours over it."
	}
	switch f.op {
	case screen.OpSaveNight:
		return fmt.Sprintf("Not saved: %v. Everything you typed is kept; ctrl+s tries again.", f.err)
	case screen.OpDeleteNight:
		return fmt.Sprintf("Not deleted: %v.", f.err)
	case screen.OpSaveTrial:
		return fmt.Sprintf("Trial not saved: %v. Nothing changed.", f.err)
	}
	return fmt.Sprintf("Profile not saved: %v. What you typed is kept; ctrl+s tries again.", f.err)
}

// reloadIfWatched reads the diary again when other programs may write to it.
func (m *Model) reloadIfWatched() tea.Cmd {
	if _, ok := m.opts.Diary.(watcher); ok {
		return reload(m.opts.Diary)
	}
	return nil
}

// noteChangedElsewhere remembers the night of the Log screen's draft when
// a reload shows that another cramps saved or deleted that night meanwhile:
// the draft's next save is refused once, with the reason, instead of writing
// over the other one unseen (store.File guards only what it last read, and
// the reload has read the other one).
func (m *Model) noteChangedElsewhere(before, after *screen.Data) {
	if before == nil || m.log.Unsaved() == "" {
		return
	}
	d := m.log.Date()
	was, had := before.Night(d)
	is, has := after.Night(d)
	if had != has || had && !was.Equal(is) {
		m.changedElsewhere = diary.Some(d)
	}
}
