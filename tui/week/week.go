// Package week is the Week screen: one week against the last and the last
// twelve, at a glance. Until it is built it is a polite placeholder.
//
// To build it, make New return a screen.Screen (package screen documents
// the contract): it is handed the diary in a DataMsg after loading and after
// every save, and the red flags in a RedFlagsMsg; it draws within SetSize;
// it runs heavy figures in a tea.Cmd and keeps the result, so a key never
// waits on them (its own messages reach it from the root). Then set
// loggedStart in tui/root.go to screenWeek, so cramps opens on Week once
// last night is logged (SPEC §5).
package week

import (
	"github.com/crampsdiary/cramps/tui/placeholder"
	"github.com/crampsdiary/cramps/tui/screen"
	"github.com/crampsdiary/cramps/tui/styles"
)

// New returns the Week screen.
func New(st styles.Styles) screen.Screen {
	return placeholder.New(st, "Week — coming soon",
		"This screen is still being built. Sorry to keep you waiting.",
		"It will show one week at a time: the nights as a strip, cramp nights, minutes and pain, "+
			"sleep, each against last week and your 4-week average, with a 12-week chart and how "+
			"stretching, water and the caffeine cutoff went.",
		"Meanwhile, History (2) lists every night you have logged.")
}
