package styles

import (
	"io"
	"os"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// queryWait is how long cramps waits for a terminal to say its background
// colour: terminals that answer do so within milliseconds, and one that does
// not should cost the user no more than a blink (termenv waits 5 s).
const queryWait = 300 * time.Millisecond

// AskBackground tells r whether the terminal behind w is dark, asking the
// terminal at most once and briefly. It asks nothing when the output has no
// colours (noColor, NO_COLOR, or w is not a terminal): light or dark then
// changes nothing, and a dark background is assumed, as it is when the
// terminal does not answer in time.
func AskBackground(r *lipgloss.Renderer, w io.Writer, noColor bool) {
	r.SetHasDarkBackground(true)
	if f, ok := w.(*os.File); !ok || noColor || os.Getenv("NO_COLOR") != "" || r.ColorProfile() == termenv.Ascii || !isTerminal(f) {
		return
	}
	if dark, ok := queryDark(queryWait); ok {
		r.SetHasDarkBackground(dark)
	}
}

// darkRGB reads an xterm colour answer ("rgb:1e1e/1e1e/2e2e", each part 1 to
// 4 hex digits) and reports whether it is dark: lightness, as HSL has it,
// below one half (termenv's rule).
func darkRGB(s string) (dark, ok bool) {
	const prefix = "rgb:"
	if len(s) < len(prefix) || s[:len(prefix)] != prefix {
		return false, false
	}
	var parts [3]float64
	rest := s[len(prefix):]
	for i := range parts {
		end := 0
		for end < len(rest) && rest[end] != '/' {
			end++
		}
		hex := rest[:end]
		if len(hex) < 1 || len(hex) > 4 {
			return false, false
		}
		v := 0
		for _, c := range []byte(hex) {
			switch {
			case c >= '0' && c <= '9':
				v = v*16 + int(c-'0')
			case c >= 'a' && c <= 'f':
				v = v*16 + int(c-'a'+10)
			case c >= 'A' && c <= 'F':
				v = v*16 + int(c-'A'+10)
			default:
				return false, false
			}
		}
		parts[i] = float64(v) / float64(int(1)<<(4*len(hex))-1)
		if i < 2 {
			if end == len(rest) {
				return false, false
			}
			rest = rest[end+1:]
		} else if end != len(rest) {
			return false, false
		}
	}
	hi := max(parts[0], parts[1], parts[2])
	lo := min(parts[0], parts[1], parts[2])
	return (hi+lo)/2 < 0.5, true
}
