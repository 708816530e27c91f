package drive

import (
	"os"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/crampsdiary/cramps/diary"
)

// Main runs a test package's tests with the plain colour profile that the
// goldens and the colour-stripped views are written for. Call it from
// TestMain.
func Main(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// Now is the one fixed clock of the TUI's tests: the morning of Sunday
// 22 November 2026, in UTC so that no test depends on the machine's zone.
// Last night is Saturday the 21st, in the week of Monday 16 November.
func Now() time.Time { return At(LastNight().AddDays(1), 7, 30) }

// LastNight is the night before Now: Saturday 21 November 2026.
func LastNight() diary.Date { return diary.NewDate(2026, 11, 21) }

// At returns the tests' clock at hour:minute on day d, for a test whose
// story is set on another day than Now.
func At(d diary.Date, hour, minute int) time.Time {
	return d.Time().Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute)
}
