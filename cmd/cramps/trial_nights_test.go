package main

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

// The Trial screen shows a running trial's nights (the condition of each,
// followed or not, not logged) and counts them ("night 5 of 20", "So far: 1
// of 2 nights followed the schedule…"): trial report --json gives them
// night by night, withheld figures or not.
func TestTrialReportJSONListsTheNights(t *testing.T) {
	db := tempDB(t)
	// Periods of 2 nights, the first of each not scored; 5 pairs, 20 nights.
	// Pair 0 is AB: 1–2 Oct A, 3–4 Oct B; pair 1 is BA: 5–6 Oct B, 7–8 Oct A.
	// 1 Oct stretched (A, followed), 2 Oct did not (A, not followed), 3 Oct
	// says nothing of stretching (unknown), 4 Oct is not logged.
	mustOK(t, cramps(t, db, "import", writeFile(t, "trial.json", `{"format":"cramps-diary","version":1,
 "nights":[{"date":"2026-10-01","day":{"stretched":true}},{"date":"2026-10-02","day":{"stretched":false}},{"date":"2026-10-03"}],
 "trials":[{"id":"stretched-2026-10-01","habit":"stretched","start":"2026-10-01","period_nights":2,"washout_nights":1,"pairs":5,
   "order":["AB","BA","AB","AB","AB"]}]}`)))
	tonight := time.Date(2026, 10, 5, 20, 0, 0, 0, time.Local)

	type night struct {
		Date      string `json:"date"`
		Pair      int    `json:"pair"`
		Condition string `json:"condition"`
		Scored    bool   `json:"scored"`
		Logged    bool   `json:"logged"`
		Followed  *bool  `json:"followed"`
	}
	yes, no := true, false
	for _, peek := range []bool{false, true} {
		args := []string{"trial", "report", "--json"}
		if peek {
			args = append(args, "--peek")
		}
		out := mustOK(t, crampsAt(t, db, tonight, args...)).stdout
		var got struct {
			Withheld bool    `json:"withheld"`
			Nights   []night `json:"nights"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		if got.Withheld == peek {
			t.Errorf("peek %v: withheld %v", peek, got.Withheld)
		}
		if len(got.Nights) != 20 || got.Nights[19] != (night{Date: "2026-10-20", Pair: 4, Condition: "B", Scored: true}) {
			t.Fatalf("peek %v: nights %+v; want 20, the last 20 Oct (pair 4, B, scored)", peek, got.Nights)
		}
		want := []night{
			{Date: "2026-10-01", Pair: 0, Condition: "A", Scored: false, Logged: true, Followed: &yes},
			{Date: "2026-10-02", Pair: 0, Condition: "A", Scored: true, Logged: true, Followed: &no},
			{Date: "2026-10-03", Pair: 0, Condition: "B", Scored: false, Logged: true},
			{Date: "2026-10-04", Pair: 0, Condition: "B", Scored: true},
			{Date: "2026-10-05", Pair: 1, Condition: "B", Scored: false},
			{Date: "2026-10-06", Pair: 1, Condition: "B", Scored: true},
			{Date: "2026-10-07", Pair: 1, Condition: "A", Scored: false},
		}
		if !reflect.DeepEqual(got.Nights[:len(want)], want) {
			t.Errorf("peek %v: the first nights\n%+v\nwant\n%+v", peek, got.Nights[:len(want)], want)
		}
	}

	// A stopped trial lists the nights it held: up to the night before the stop.
	mustOK(t, crampsAt(t, db, tonight, "trial", "stop"))
	out := mustOK(t, crampsAt(t, db, tonight, "trial", "report", "--json")).stdout
	var stopped struct {
		Nights []night `json:"nights"`
	}
	if err := json.Unmarshal([]byte(out), &stopped); err != nil {
		t.Fatal(err)
	}
	if n := len(stopped.Nights); n != 4 || stopped.Nights[n-1].Date != "2026-10-04" {
		t.Errorf("a trial stopped on 5 Oct lists %d nights: %+v", n, stopped.Nights)
	}
	// The keys of the report are unchanged beside them.
	for _, k := range []string{`"id": "stretched-2026-10-01"`, `"verdict": "`, `"pairs": [`, `"nights": [`} {
		if !strings.Contains(out, k) {
			t.Errorf("trial report --json lacks %s:\n%s", k, out)
		}
	}
}
