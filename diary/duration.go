package diary

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// MaxEpisodeSeconds is the longest episode the diary accepts: three hours.
const MaxEpisodeSeconds = 3 * 60 * 60

// ParseDuration reads how long a cramp lasted, in whole seconds: "90s", "2m",
// "1m30s", "1h", "1h5m", or a bare number of minutes ("3", "1.5"). Spaces and
// the long unit names "min" and "sec" are accepted. Its error says what is
// accepted. It does not check the range; Validate does.
func ParseDuration(s string) (int, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if digitSpaceDigit(t) {
		return 0, fmt.Errorf("%q is not a duration; write e.g. 90s, 2m, 1m30s, 1h, or a number of minutes", s)
	}
	t = strings.ReplaceAll(t, " ", "")
	bad := fmt.Errorf("%q is not a duration; write e.g. 90s, 2m, 1m30s, 1h, or a number of minutes", s)
	if t == "" {
		return 0, bad
	}
	if n, err := strconv.ParseFloat(t, 64); err == nil && isPlainNumber(t) {
		sec := math.Round(n * 60)
		if sec < 0 || sec > math.MaxInt32 {
			return 0, bad
		}
		return int(sec), nil
	}
	total := 0
	last := 4 // units must come in the order h, m, s, each at most once
	for t != "" {
		i := 0
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i == 0 || i > 6 {
			return 0, bad
		}
		n, _ := strconv.Atoi(t[:i])
		t = t[i:]
		j := 0
		for j < len(t) && t[j] >= 'a' && t[j] <= 'z' {
			j++
		}
		var unit, rank int
		switch t[:j] {
		case "h", "hr", "hrs", "hour", "hours":
			unit, rank = 3600, 3
		case "m", "min", "mins", "minute", "minutes":
			unit, rank = 60, 2
		case "s", "sec", "secs", "second", "seconds":
			unit, rank = 1, 1
		default:
			return 0, bad
		}
		if rank >= last {
			return 0, bad
		}
		last = rank
		// Cap the total as the bare-number form is capped, so that every
		// accepted duration formats back to text this function reads.
		if n > (math.MaxInt32-total)/unit {
			return 0, bad
		}
		total += n * unit
		t = t[j:]
	}
	return total, nil
}

// digitSpaceDigit reports whether spaces separate two digits, as in "1 5",
// which is a typo rather than fifteen.
func digitSpaceDigit(s string) bool {
	for i := 1; i < len(s)-1; i++ {
		if s[i] == ' ' {
			j := i
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j < len(s) && isDigit(s[i-1]) && isDigit(s[j]) {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isPlainNumber reports whether s is digits with at most one decimal point,
// so that "1e3", "inf" or "0x10" are not taken as minutes.
func isPlainNumber(s string) bool {
	dot := false
	digit := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digit
}

// FormatDuration writes seconds the way ParseDuration reads them back, in the
// shortest form: 240 is "4m", 90 is "1m30s", 3725 is "1h2m5s".
func FormatDuration(sec int) string {
	if sec <= 0 {
		return "0s"
	}
	var b strings.Builder
	if h := sec / 3600; h > 0 {
		b.WriteString(strconv.Itoa(h) + "h")
	}
	if m := sec % 3600 / 60; m > 0 {
		b.WriteString(strconv.Itoa(m) + "m")
	}
	if s := sec % 60; s > 0 {
		b.WriteString(strconv.Itoa(s) + "s")
	}
	return b.String()
}
