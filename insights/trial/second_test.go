package trial

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// A second computation of SPEC §11.5, written from the specification period
// by period rather than night by night, checked against Analyze on random
// trials with missed nights, unrecorded cramps, unknown habits, imperfect
// adherence and early stops.
func TestAnalyzeAgreesWithASecondComputation(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	p := diary.NewProfile()
	checked, withP := 0, 0
	for trialNo := range 400 {
		P := 1 + r.IntN(5)
		W := r.IntN(P)
		pairs := diary.MinTrialPairs + r.IntN(8)
		coins := make([]byte, pairs)
		for i := range coins {
			coins[i] = byte(r.Uint32())
		}
		start := diary.NewDate(2026, 1, 1)
		tr, err := diary.NewTrial(diary.HabitAlcohol, start, diary.TrialDesign{PeriodNights: P, WashoutNights: W, Pairs: pairs}, bytes.NewReader(coins))
		if err != nil {
			t.Fatal(err)
		}
		total := 2 * P * pairs
		if r.IntN(3) == 0 {
			tr.Stopped = diary.Some(start.AddDays(r.IntN(total)))
		}
		// Nights from a little before the trial to a little after it.
		byDate := map[diary.Date]diary.Night{}
		var nights []diary.Night
		for j := -3; j < total+3; j++ {
			if r.Float64() < 0.2 {
				continue // not logged
			}
			n := diary.Night{Date: start.AddDays(j)}
			if r.Float64() < 0.9 {
				n.Episodes = make([]diary.Episode, r.IntN(4))
			}
			if r.Float64() < 0.85 {
				n.Day.AlcoholDrinks = diary.Some(r.IntN(3) * r.IntN(2))
			}
			byDate[n.Date] = n
			nights = append(nights, n)
		}
		r.Shuffle(len(nights), func(i, j int) { nights[i], nights[j] = nights[j], nights[i] })
		tonight := start.AddDays(total + 5)
		got := Analyze(tr, nights, p, tonight)

		// The second computation.
		type side struct{ n, c int }
		var sides [][2]side
		var nA, cA, nB, cB, known, followed, unknown int
		stop, stopped := tr.Stopped.Get()
		for i := range pairs {
			var s [2]side // [0] A, [1] B
			for k := range 2 {
				arm := 0 // A
				if (tr.Order[i] == "AB") != (k == 0) {
					arm = 1
				}
				for m := W; m < P; m++ {
					d := start.AddDays(i*2*P + k*P + m)
					n, ok := byDate[d]
					if !ok || n.Episodes == nil || (stopped && d >= stop) {
						continue
					}
					s[arm].n++
					s[arm].c += len(n.Episodes)
					if arm == 0 {
						nA, cA = nA+1, cA+len(n.Episodes)
					} else {
						nB, cB = nB+1, cB+len(n.Episodes)
					}
					if drinks, ok := n.Day.AlcoholDrinks.Get(); ok {
						known++
						if (drinks == 0) == (arm == 0) {
							followed++
						}
					} else {
						unknown++
					}
				}
			}
			if s[0].n > 0 && s[1].n > 0 {
				sides = append(sides, s)
			}
		}
		if got.PairsUsed != len(sides) || got.NightsA != nA || got.CrampsA != cA || got.NightsB != nB || got.CrampsB != cB || got.HabitUnknownNights != unknown {
			t.Fatalf("trial %d: used %d/%d, A %d/%d vs %d/%d, B %d/%d vs %d/%d, unknown %d vs %d",
				trialNo, got.PairsUsed, len(sides), got.CrampsA, got.NightsA, cA, nA, got.CrampsB, got.NightsB, cB, nB, got.HabitUnknownNights, unknown)
		}
		if known > 0 && !near(got.Adherence, float64(followed)/float64(known)) || known == 0 && got.Adherence != nil {
			t.Fatalf("trial %d: adherence %v, want %d/%d", trialNo, got.Adherence, followed, known)
		}
		if len(sides) == 0 {
			if got.PValue != nil || got.Statistic != nil || got.MeanDifference != nil {
				t.Fatalf("trial %d: figures without a used pair", trialNo)
			}
			continue
		}
		T, ts, mean := 0, make([]int, len(sides)), 0.0
		ds := make([]float64, len(sides))
		for i, s := range sides {
			ts[i] = s[0].c - s[1].c
			T += ts[i]
			ds[i] = float64(s[0].c)/float64(s[0].n) - float64(s[1].c)/float64(s[1].n)
			mean += ds[i] / float64(len(sides))
		}
		if *got.Statistic != T || !near(got.MeanDifference, mean) {
			t.Fatalf("trial %d: T %d vs %d, mean %v vs %v", trialNo, *got.Statistic, T, *got.MeanDifference, mean)
		}
		if len(sides) <= 12 {
			withP++
			if want := bruteP(ts); *got.PValue != want {
				t.Fatalf("trial %d: p %v, enumeration %v", trialNo, *got.PValue, want)
			}
		}
		if len(sides) >= 2 {
			ss := 0.0
			for _, d := range ds {
				ss += (d - mean) * (d - mean)
			}
			sd := math.Sqrt(ss / float64(len(sides)-1))
			if !near(got.SD, sd) || !near(got.CILow, mean-tQuantile975(len(sides)-1)*sd/math.Sqrt(float64(len(sides)))) {
				t.Fatalf("trial %d: sd %v vs %v", trialNo, *got.SD, sd)
			}
		}
		want := VerdictNoClear
		switch {
		case len(sides) < 5:
			want = VerdictTooLittleData
		case *got.PValue <= 0.05 && mean < 0:
			want = VerdictFewerWith
		case *got.PValue <= 0.05 && mean > 0:
			want = VerdictMoreWith
		}
		if got.Verdict != want {
			t.Fatalf("trial %d: verdict %s, want %s", trialNo, got.Verdict, want)
		}
		checked++
	}
	if checked < 300 || withP < 200 {
		t.Errorf("only %d trials with used pairs, %d with an enumerated p", checked, withP)
	}
}
