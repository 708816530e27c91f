//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris || zos

package styles

import (
	"bytes"
	"os"
	"time"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// queryDark asks the controlling terminal for its background colour (OSC
// 11), then for the cursor position, which every terminal answers; it waits
// for that second answer at most wait. ok is false when the terminal cannot
// be asked (not in the foreground, no /dev/tty), gave no colour, or did not
// answer in time.
func queryDark(wait time.Duration) (dark, ok bool) {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return false, false
	}
	defer tty.Close()
	fd := tty.Fd()
	if pg, err := unix.IoctlGetInt(int(fd), unix.TIOCGPGRP); err != nil || pg != unix.Getpgrp() {
		return false, false // in the background: touching the terminal would stop the process
	}
	state, err := term.MakeRaw(fd)
	if err != nil {
		return false, false
	}
	defer term.Restore(fd, state) //nolint:errcheck // nothing better to do
	if _, err := tty.WriteString("\x1b]11;?\x1b\\\x1b[6n"); err != nil {
		return false, false
	}
	// Fd put the file in blocking mode, so read deadlines would not hold:
	// wait with poll, and read only what is there.
	deadline := time.Now().Add(wait)
	var got []byte
	buf := make([]byte, 64)
	for !cursorAnswered(got) {
		left := time.Until(deadline)
		if left <= 0 || len(got) > 256 {
			return false, false
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(left.Milliseconds())+1)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			return false, false
		}
		k, err := unix.Read(int(fd), buf)
		if err != nil || k <= 0 {
			return false, false
		}
		got = append(got, buf[:k]...)
	}
	i := bytes.Index(got, []byte("\x1b]11;"))
	if i < 0 {
		return false, false
	}
	colour := got[i+len("\x1b]11;"):]
	if end := bytes.IndexAny(colour, "\x07\x1b"); end >= 0 {
		colour = colour[:end]
	}
	return darkRGB(string(colour))
}

// cursorAnswered reports whether b holds a cursor-position answer, ESC [ row ; col R.
func cursorAnswered(b []byte) bool {
	i := bytes.LastIndex(b, []byte("\x1b["))
	return i >= 0 && bytes.IndexByte(b[i:], 'R') > 0
}
