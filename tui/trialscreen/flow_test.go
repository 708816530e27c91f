package trialscreen

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// TestFlowKeepsAComparisonWhole: at 80 columns the trial plan's note read
// "… that end with fewer cramps, p ≤" and then "0.05. Too short …" on the
// next line. At no width does a line end or begin inside "p ≤ 0.05".
func TestFlowKeepsAComparisonWhole(t *testing.T) {
	text := "From your last 14 logged nights: 0.4 cramps a night; each figure is the share of a thousand trials simulated on nights like yours that end with fewer cramps, p ≤ 0.05. Too short a trial can miss a habit that helps."
	for w := 12; w <= 160; w++ {
		lines := flow(text, w, lipgloss.NewStyle())
		if got := strings.Join(lines, " "); got != text {
			t.Fatalf("width %d: the words changed: %q", w, got)
		}
		for _, l := range lines {
			l = strings.TrimSpace(l)
			if strings.HasSuffix(l, " p") || strings.HasSuffix(l, "≤") || strings.HasPrefix(l, "≤") || strings.HasPrefix(l, "0.05") {
				t.Errorf("width %d: %q splits p ≤ 0.05", w, l)
			}
		}
	}
}
