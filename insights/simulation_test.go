package insights

import (
	"math/rand/v2"
	"os"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// The simulation study of SPEC §7 as a test: diaries of nine kinds that
// behave as people's do, each analysed in full, with the rates asserted.
//
// Every diary records the same eight factors (simFactors); unless a kind
// says otherwise none of them has any effect on the cramps. A "false firm
// claim" is a more_cramps or fewer_cramps verdict on a factor with no effect,
// or a claim in the wrong direction on one with an effect.

// simFactors are the factors every simulated diary records, each through
// the diary field behind its exposure rule.
var simFactors = []string{"stretched", "alcohol", "long_sitting", "toes_pointed", "massage", "high_stress", "legs_elevated", "knees_supported"}

// simKind is one kind of diary.
type simKind int

const (
	simIndependent   simKind = iota // every night drawn afresh
	simRuns                         // cramps and habits in runs: lag-1 correlation 0.7
	simRegimes                      // slow regimes of weeks, in the cramps and in each habit
	simReactive                     // stretching 0.8 after a cramp night, 0.2 after a quiet one; no effect
	simReactiveHelps                // the same, and stretching halves the cramps
	simWeekend                      // cramps and alcohol both commoner on Friday and Saturday nights
	simNightsMissing                // runs, with 30% of nights not logged
	simWeeksMissing                 // runs, with 30% of whole weeks not logged
	simPlanted                      // runs, and long sitting multiplies the cramp-night rate by RR
)

var simKindNames = []string{"independent", "runs", "slow regimes", "reactive, no effect", "reactive, helps",
	"weekend pattern", "30% of nights missing", "30% of weeks missing", "planted effect"}

// simMarkov is a yes/no series with stationary rate p and lag-1 correlation
// rho: P(1 | 1) = p + rho(1 − p), P(1 | 0) = p(1 − rho).
type simMarkov struct {
	p, rho float64
	state  bool
}

func (m *simMarkov) next(rng *rand.Rand) bool {
	q := m.p * (1 - m.rho)
	if m.state {
		q = m.p + m.rho*(1-m.p)
	}
	m.state = rng.Float64() < q
	return m.state
}

// simRegimeDays is how long a regime lasts on average: six weeks.
const simRegimeDays = 42

// simRegime is a rate that jumps between a low and a high value, staying
// about simRegimeDays in each.
type simRegime struct {
	low, high float64
	high_     bool
}

func (r *simRegime) next(rng *rand.Rand) float64 {
	if rng.IntN(simRegimeDays) == 0 {
		r.high_ = !r.high_
	}
	if r.high_ {
		return r.high
	}
	return r.low
}

// simDiary draws a diary of the given kind and length. rr is the planted
// relative risk of long sitting (simPlanted only).
func simDiary(seed uint64, kind simKind, nights int, rr float64) []diary.Night {
	rng := rand.New(rand.NewPCG(seed, uint64(kind)+1000))
	start := diary.NewDate(2025, 1, 1).AddDays(rng.IntN(7))
	const baseRate, habitRate = 0.3, 0.4
	rho := 0.0
	switch kind {
	case simRuns, simNightsMissing, simWeeksMissing, simPlanted:
		rho = 0.7
	case simReactive, simReactiveHelps:
		rho = 0.5
	}
	cramps := simMarkov{p: baseRate, rho: rho}
	habits := make([]simMarkov, len(simFactors))
	for f := range habits {
		habits[f] = simMarkov{p: habitRate, rho: rho}
	}
	crampRegime := simRegime{low: 0.1, high: 0.55, high_: rng.IntN(2) == 0}
	habitRegimes := make([]simRegime, len(simFactors))
	for f := range habitRegimes {
		habitRegimes[f] = simRegime{low: 0.15, high: 0.7, high_: rng.IntN(2) == 0}
	}
	// In the planted kind the cramp-night rate is base·RR^x, with a base
	// that itself comes in runs (low 0.15, high 0.3): about 4 cramp nights in
	// 10 when RR is 3 and 4 in 10 nights are exposed.
	base := simMarkov{p: 0.5, rho: 0.7}
	skipWeek := false
	prevCramp := false
	out := make([]diary.Night, 0, nights)
	for t := range nights {
		date := start.AddDays(t)
		weekend := isWeekendNight(date)
		x := make([]bool, len(simFactors))
		for f := range x {
			switch kind {
			case simRegimes:
				x[f] = rng.Float64() < habitRegimes[f].next(rng)
			case simWeekend:
				p := habitRate
				if f == 1 { // alcohol
					p = 0.25
					if weekend {
						p = 0.7
					}
				}
				x[f] = rng.Float64() < p
			default:
				x[f] = habits[f].next(rng)
			}
		}
		if kind == simReactive || kind == simReactiveHelps {
			p := 0.2
			if prevCramp {
				p = 0.8
			}
			x[0] = rng.Float64() < p
		}
		var y bool
		switch kind {
		case simRegimes:
			y = rng.Float64() < crampRegime.next(rng)
		case simWeekend:
			p := 0.25
			if weekend {
				p = 0.5
			}
			y = rng.Float64() < p
		case simReactiveHelps:
			// The cramps' own runs, halved on nights with stretching.
			y = cramps.next(rng)
			if x[0] && y && rng.IntN(2) == 0 {
				y = false
			}
		case simPlanted:
			p := 0.15
			if base.next(rng) {
				p = 0.3
			}
			if x[2] {
				p *= rr
			}
			y = rng.Float64() < p
		default:
			y = cramps.next(rng)
		}
		prevCramp = y
		if t%7 == 0 {
			skipWeek = kind == simWeeksMissing && rng.Float64() < 0.3
		}
		if skipWeek || kind == simNightsMissing && rng.Float64() < 0.3 {
			continue
		}
		out = append(out, simNight(date, x, y))
	}
	return out
}

// simNight writes one night with the factors of simFactors set as x says.
func simNight(date diary.Date, x []bool, cramp bool) diary.Night {
	n := diary.Night{Date: date, Episodes: []diary.Episode{}}
	if cramp {
		n.Episodes = []diary.Episode{{DurationS: diary.Some(120), Intensity: diary.Some(6)}}
	}
	pick := func(b bool, yes, no int) int {
		if b {
			return yes
		}
		return no
	}
	d := &n.Day
	d.Stretched = diary.Some(x[0])
	d.AlcoholDrinks = diary.Some(pick(x[1], 2, 0))
	d.SittingH = diary.Some(float64(pick(x[2], 9, 4)))
	n.Position.ToesPointed = diary.Some(x[3])
	d.Massage = diary.Some(x[4])
	d.Stress = diary.Some(pick(x[5], 4, 2))
	d.LegsElevated = diary.Some(x[6])
	n.Position.KneesSupported = diary.Some(x[7])
	return n
}

// simTally counts the diaries of one kind and length.
type simTally struct {
	diaries    int
	falseClaim int // diaries with at least one false firm claim
	found      int // diaries whose planted effect was claimed firmly, the right way
}

// simRun analyses count diaries of a kind and length.
func simRun(kind simKind, nights, count int, rr float64) simTally {
	var s simTally
	for seed := range uint64(count) {
		a := Analyze(simDiary(seed, kind, nights, rr), diary.NewProfile(), Options{})
		s.diaries++
		falseHere := false
		for _, f := range a.Factors {
			switch {
			case kind == simPlanted && f.ID == "long_sitting":
				if f.Verdict == VerdictMoreCramps {
					s.found++
				}
				falseHere = falseHere || f.Verdict == VerdictFewerCramps
			case kind == simReactiveHelps && f.ID == "stretched":
				falseHere = falseHere || f.Verdict == VerdictMoreCramps
			default:
				falseHere = falseHere || f.Verdict.Pattern()
			}
		}
		if falseHere {
			s.falseClaim++
		}
	}
	return s
}

func (s simTally) pct(k int) float64 { return 100 * float64(k) / float64(max(1, s.diaries)) }

// simNoEffect reports whether no factor of the kind has any effect on the cramps.
func simNoEffect(kind simKind) bool { return kind != simReactiveHelps && kind != simPlanted }

// TestSimulation asserts the promises of SPEC §7 on simulated diaries:
//
//   - at most 5% of diaries without any real effect carry a false firm
//     claim on any factor (the seven no-effect kinds together, and each kind
//     alone in the long run);
//   - the same 5% holds, in the long run, for the false claims on the other
//     factors of diaries with one real effect (a habit that helps, a planted
//     relative risk) and a claim in the wrong direction on the effect itself;
//   - a planted relative risk of 3 in a 180-night diary with runs is found
//     firmly in at least 85% of diaries.
//
// The margins. The short run judges 7 no-effect kinds × 2 lengths × 60 =
// 840 diaries (and 240 with one effect, where the margin is wider), the long one (CRAMPS_SIMULATION=1) 7 × 2 × 600 = 8,400. At
// a true false-claim rate of 3.8% (SPEC §7) the observed rate has a standard
// deviation of √(0.038·0.962/840) = 0.66 points (0.21 in the long run), so
// 5% sits 1.8 (5.7) standard deviations above it; a method whose true rate
// were 7% would pass the short run's bound with probability about 0.1% (the
// bound is 2.3 standard deviations of 0.88 points below 7%) and the long
// run's never (7.2 standard deviations). Per kind in the long run, 1,200
// diaries: 0.55 points, 2.2 standard deviations between 3.8% and 5%
// (measured in the long run: 2.4% over the no-effect kinds, 3.5% over the
// kinds with one effect; RR 3 found in 97% of 180-night diaries). For
// power, 200 diaries short and 1,000 long: at a true 95% the standard
// deviation is 1.5 (0.7) points and 85% is 6.5 (14) standard deviations
// below; a true rate of 80% would pass with probability below 0.01% (85% is
// 3.5 standard deviations of 1.4 points above it).
//
// The test fails if the method is weakened (tried): with the false-discovery
// cut at 0.10 instead of 0.03 the short run fails (8.0% of no-effect
// diaries); with the variance taken from the strata alone (V_MH instead of
// the rotations) and the interval not widened by √k, the long run fails
// (slow regimes 7.8%, one effect 6.2%). Either guard alone holds the rates
// on these diaries: dropping only the √k widening changes nothing measurable.
func TestSimulation(t *testing.T) {
	perKind, power := 60, 200
	long := os.Getenv("CRAMPS_SIMULATION") == "1"
	if long {
		perKind, power = 600, 1000
	}
	const maxFalse = 5.0 // percent of diaries
	var null, effect simTally
	for kind := range simKind(len(simKindNames)) {
		var kindTally simTally
		for _, nights := range []int{120, 365} {
			s := simRun(kind, nights, perKind, 3)
			t.Logf("%-22s %3d nights: %d diaries, false firm claim in %5.2f%%, planted RR 3 found in %5.1f%%",
				simKindNames[kind], nights, s.diaries, s.pct(s.falseClaim), s.pct(s.found))
			kindTally.diaries += s.diaries
			kindTally.falseClaim += s.falseClaim
		}
		if long && kindTally.pct(kindTally.falseClaim) > maxFalse {
			t.Errorf("%s: a false firm claim in %.2f%% of %d diaries; at most %.0f%% allowed",
				simKindNames[kind], kindTally.pct(kindTally.falseClaim), kindTally.diaries, maxFalse)
		}
		tally := &effect
		if simNoEffect(kind) {
			tally = &null
		}
		tally.diaries += kindTally.diaries
		tally.falseClaim += kindTally.falseClaim
	}
	t.Logf("no-effect kinds: false firm claim in %.2f%% of %d diaries", null.pct(null.falseClaim), null.diaries)
	t.Logf("kinds with one effect: false firm claim on another factor in %.2f%% of %d diaries", effect.pct(effect.falseClaim), effect.diaries)
	if null.pct(null.falseClaim) > maxFalse {
		t.Errorf("a false firm claim in %.2f%% of %d no-effect diaries; at most %.0f%% allowed", null.pct(null.falseClaim), null.diaries, maxFalse)
	}
	// 240 diaries with one effect in the short run are too few for a 5%
	// bound (one standard deviation is 1.3 points at 4%): the long run's
	// 2,400 (0.4 points) carry it.
	if long && effect.pct(effect.falseClaim) > maxFalse {
		t.Errorf("a false firm claim in %.2f%% of %d diaries with one effect; at most %.0f%% allowed",
			effect.pct(effect.falseClaim), effect.diaries, maxFalse)
	}

	for _, rr := range []float64{3, 2} {
		s := simRun(simPlanted, 180, power, rr)
		t.Logf("planted RR %.0f, 180 nights with runs: found firmly in %.1f%% of %d diaries, a false claim in %.2f%%",
			rr, s.pct(s.found), s.diaries, s.pct(s.falseClaim))
		if rr == 3 && s.pct(s.found) < 85 {
			t.Errorf("planted RR 3 at 180 nights found firmly in %.1f%% of %d diaries; at least 85%% required", s.pct(s.found), s.diaries)
		}
	}
}
