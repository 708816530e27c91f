// Package termquiet stops the terminal query that Bubble Tea v1 makes while
// the program starts, before main runs (bubbletea's tea_init.go asks the
// terminal for its background colour and cursor position, and waits up to
// 5 s for an answer that many terminals never give).
//
// It must work in init, the one place that runs early enough: Go initialises
// packages in import-path order among those whose imports are ready, and this
// package, importing only os, sorts before github.com/muesli/termenv, so its
// init runs before termenv's, lipgloss's and bubbletea's. It sets CI for the
// length of start-up, which termenv reads as "not a terminal, do not ask";
// main calls Restore first thing. The screens then ask once, briefly
// (tui.Run), and every other command asks nothing it does not need.
package termquiet

import "os"

// ciKey is the variable termenv reads to skip its terminal queries.
const ciKey = "CI"

// set records whether init set ciKey (and so must unset it).
var set bool

func init() {
	if _, ok := os.LookupEnv(ciKey); ok {
		return // already set: termenv asks nothing, and the user's value stays
	}
	set = os.Setenv(ciKey, "1") == nil
}

// Restore undoes what init did to the environment, so that nothing the
// program runs or reads later sees it. It is safe to call more than once.
func Restore() {
	if set {
		_ = os.Unsetenv(ciKey)
		set = false
	}
}
