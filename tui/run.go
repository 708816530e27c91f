// Package tui is the Bubble Tea program of cramps: a root model that loads
// the diary once, routes keys to the active screen (Log, History, Week,
// Insights, Profile, Trial), runs every save in a command, and keeps one status line.
package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"

	"github.com/crampsdiary/cramps/tui/styles"
)

// Options say what the TUI opens and how.
type Options struct {
	// Diary is where nights and the profile are read and saved.
	Diary Diary
	// Now is the clock; time.Now when nil. Tests fix it.
	Now func() time.Time
	// Demo marks the header: the diary is the throw-away demo.
	Demo bool
	// Input and Output are the terminal; stdin and stdout when nil.
	Input  io.Reader
	Output io.Writer
	// NoColor draws without colours; Run sets it when NO_COLOR is set.
	NoColor bool
	// Warnings are shown in the status line once the diary is loaded: what
	// went wrong opening it without stopping it (a snapshot not taken).
	Warnings []string
	// Context, when done, ends the screens as if the user had quit (the
	// demo ends so on a hangup, to remove its throw-away diary).
	Context context.Context
}

// errNoTerminal is Run's error when no terminal is there to draw in.
var errNoTerminal = errors.New("the diary screens need a terminal, and none is attached here; the commands (cramps log, list, week, insights …) work without one")

// Run runs the TUI until the user quits.
func Run(opts Options) error {
	if opts.Input == nil && !term.IsTerminal(os.Stdin.Fd()) {
		// Bubble Tea would open /dev/tty itself; where there is none, say
		// so in words rather than "could not open a new TTY".
		tty, err := os.Open("/dev/tty")
		if err != nil {
			return errNoTerminal
		}
		tty.Close()
	}
	if os.Getenv("NO_COLOR") != "" {
		opts.NoColor = true
		// Keep bold and reverse, which mark the cursor and the active tab;
		// the palette itself has no colours.
		lipgloss.SetColorProfile(termenv.ANSI)
	}
	if opts.Output == nil {
		// Ask the terminal once, briefly, before Bubble Tea takes it over.
		styles.AskBackground(lipgloss.DefaultRenderer(), os.Stdout, opts.NoColor)
	}
	progOpts := []tea.ProgramOption{tea.WithAltScreen()}
	if opts.Input != nil {
		progOpts = append(progOpts, tea.WithInput(opts.Input))
	}
	if opts.Output != nil {
		progOpts = append(progOpts, tea.WithOutput(opts.Output))
	}
	if opts.Context != nil {
		progOpts = append(progOpts, tea.WithContext(opts.Context))
	}
	if _, err := tea.NewProgram(New(opts), progOpts...).Run(); err != nil {
		return fmt.Errorf("run the diary screens: %w", err)
	}
	return nil
}

// New returns the root model of the TUI; Run runs it, tests drive it.
func New(opts Options) *Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return newModel(opts, styles.New(opts.NoColor))
}
