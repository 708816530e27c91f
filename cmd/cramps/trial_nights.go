package main

import (
	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights/trial"
)

// trialReportJSON is `cramps trial report --json`: the analysis, and the
// trial's nights one by one as the Trial screen's calendar shows them. The
// nights are never withheld: the screen shows them while the trial runs,
// and they say what was asked and done, not how the cramps went.
type trialReportJSON struct {
	trial.Result
	Nights []trialNightJSON `json:"nights"`
}

// trialNightJSON is one night of a trial's schedule and what the diary
// shows of it.
type trialNightJSON struct {
	Date      diary.Date `json:"date"`
	Pair      int        `json:"pair"`
	Condition diary.Arm  `json:"condition"`
	Scored    bool       `json:"scored"`
	// Logged: the night is in the diary (and can be read).
	Logged bool `json:"logged"`
	// Followed: whether the night followed its condition; null when not
	// logged or when its habit was not recorded.
	Followed diary.Opt[bool] `json:"followed"`
}

// trialNights lists every night trial t holds, from its start to its end
// (the night before a stop), beside what the nights of the diary say.
func trialNights(t diary.Trial, nights []diary.Night, p diary.Profile) []trialNightJSON {
	byDate := make(map[diary.Date]diary.Night, len(nights))
	for _, n := range nights {
		byDate[n.Date] = n
	}
	out := []trialNightJSON{}
	for d := t.Start; d <= t.End(); d = d.AddDays(1) {
		s, ok := t.Night(d)
		if !ok || s.AfterStop {
			continue
		}
		row := trialNightJSON{Date: d, Pair: s.Pair, Condition: s.Arm, Scored: s.Scored}
		if n, logged := byDate[d]; logged {
			row.Logged = true
			if followed, known := t.Followed(n, p); known {
				row.Followed = diary.Some(followed)
			}
		}
		out = append(out, row)
	}
	return out
}
