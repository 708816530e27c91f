package report

import (
	"cmp"
	"slices"
	"time"

	"github.com/crampsdiary/cramps/diary"
	"github.com/crampsdiary/cramps/insights"
)

// Report is everything the doctor's report shows about one period, each
// figure computed once. Write it with Markdown or HTML.
type Report struct {
	Period Period
	// Generated is when the report was made, as the caller's clock said.
	Generated time.Time
	Profile   diary.Profile
	// FirstNight and FirstCramp are the diary's first night and first cramp
	// night up to the period's end, for "since when".
	FirstNight, FirstCramp diary.Opt[diary.Date]
	// Analysis is insights.Analyze over the period: the factor verdicts,
	// the medication comparisons, the red flags as of the period's end, and
	// the background factors.
	Analysis insights.Analysis
	Weeks    []WeekBar
	Episodes EpisodeSummary
	Sleep    SleepSummary
	Relief   ReliefSummary
	// Trials are the self-experiments the report shows (WithTrials).
	Trials []TrialResult
}

// Build makes the report of period, which should run forward (Valid), from
// the diary's nights (any order, one per date) and profile. Nights outside
// the period are read only for the red flags, which look back from the
// period's end, and for the diary's first night.
func Build(nights []diary.Night, p diary.Profile, period Period, generated time.Time) Report {
	all := diary.InDateOrder(nights)
	upTo := all[:countUpTo(all, period.To)]
	in := upTo[countUpTo(upTo, period.From.AddDays(-1)):]

	r := Report{
		Period:    period,
		Generated: generated,
		Profile:   p,
		Analysis: insights.Analyze(all, p, insights.Options{
			From: diary.Some(period.From), To: diary.Some(period.To),
		}),
		Weeks:    WeekBars(in, p, period),
		Episodes: SummarizeEpisodes(in),
		Sleep:    SummarizeSleep(in),
		Relief:   SummarizeRelief(in),
	}
	// The medicine comparisons are the ones Insights shows: over the whole
	// diary up to the period's end, not cut at the period's start (issue 11.6).
	r.Analysis.Medications = insights.Analyze(upTo, p, insights.Options{}).Medications
	if len(upTo) > 0 {
		r.FirstNight = diary.Some(upTo[0].Date)
	}
	if i := slices.IndexFunc(upTo, diary.Night.CrampNight); i >= 0 {
		r.FirstCramp = diary.Some(upTo[i].Date)
	}
	return r
}

// countUpTo returns how many of nights (in date order) are dated on or before d.
func countUpTo(nights []diary.Night, d diary.Date) int {
	i, _ := slices.BinarySearchFunc(nights, d+1, func(n diary.Night, t diary.Date) int { return cmp.Compare(n.Date, t) })
	return i
}
