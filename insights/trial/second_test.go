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
	sawFewer := map[bool]int{}
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
			n, df := float64(len(sides)), float64(len(sides)-1)
			half := secondTQuantile975(df) * sd / math.Sqrt(n)
			if !near(got.SD, sd) || !near(got.CILow, mean-half) || !near(got.CIHigh, mean+half) {
				t.Fatalf("trial %d: sd %v vs %v, interval %v…%v vs %v…%v", trialNo, *got.SD, sd, *got.CILow, *got.CIHigh, mean-half, mean+half)
			}
			fewer := 0.5
			switch {
			case sd > 1e-12:
				fewer = secondTCDF(-mean*math.Sqrt(n)/sd, df)
			case mean < 0:
				fewer = 1
			case mean > 0:
				fewer = 0
			}
			if !near(got.ChanceFewer, fewer) {
				t.Fatalf("trial %d: chance_fewer %v vs %v", trialNo, *got.ChanceFewer, fewer)
			}
			sawFewer[fewer > 0.5]++
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
	if checked < 300 || withP < 200 || sawFewer[true] < 50 || sawFewer[false] < 50 {
		t.Errorf("only %d trials with used pairs, %d with an enumerated p, chance_fewer above ½ in %d and not in %d",
			checked, withP, sawFewer[true], sawFewer[false])
	}
}

// secondTCDF is Student's t distribution function with df degrees of
// freedom, from the regularised incomplete beta function by its continued
// fraction (Lentz's method), not gonum's: F(x) = 1 − ½·I_{df/(df+x²)}(df/2, ½)
// for x ≥ 0, and by symmetry below.
func secondTCDF(x, df float64) float64 {
	tail := 0.5 * regIncBeta(df/(df+x*x), df/2, 0.5)
	if x >= 0 {
		return 1 - tail
	}
	return tail
}

// secondTQuantile975 finds t(0.975, df) by bisection on secondTCDF.
func secondTQuantile975(df float64) float64 {
	lo, hi := 0.0, 1000.0
	for range 200 {
		mid := (lo + hi) / 2
		if secondTCDF(mid, df) < 0.975 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}

// regIncBeta is I_x(a, b), by the continued fraction where it converges
// fast and by symmetry elsewhere.
func regIncBeta(x, a, b float64) float64 {
	switch {
	case x <= 0:
		return 0
	case x >= 1:
		return 1
	}
	la, _ := math.Lgamma(a)
	lb, _ := math.Lgamma(b)
	lab, _ := math.Lgamma(a + b)
	front := math.Exp(lab - la - lb + a*math.Log(x) + b*math.Log1p(-x))
	if x < (a+1)/(a+b+2) {
		return front * betaFraction(x, a, b) / a
	}
	return 1 - front*betaFraction(1-x, b, a)/b
}

// betaFraction is the continued fraction of the incomplete beta function.
func betaFraction(x, a, b float64) float64 {
	const tiny = 1e-300
	c, d := 1.0, 1-(a+b)*x/(a+1)
	if math.Abs(d) < tiny {
		d = tiny
	}
	d = 1 / d
	h := d
	for m := 1.0; m <= 1000; m++ {
		for _, num := range []float64{
			m * (b - m) * x / ((a + 2*m - 1) * (a + 2*m)),
			-(a + m) * (a + b + m) * x / ((a + 2*m) * (a + 2*m + 1)),
		} {
			d = 1 + num*d
			if math.Abs(d) < tiny {
				d = tiny
			}
			c = 1 + num/c
			if math.Abs(c) < tiny {
				c = tiny
			}
			d = 1 / d
			h *= d * c
		}
		if math.Abs(d*c-1) < 1e-15 {
			break
		}
	}
	return h
}

// The second t distribution against values worked elsewhere: t(0.975, 4)
// = 2.776445105 (the table value the hand-worked test uses), t(0.975, 1) =
// tan(0.475π) = 12.70620474, and F(1, 1) = ¾ (the Cauchy's atan).
func TestSecondTDistribution(t *testing.T) {
	for _, c := range []struct{ got, want float64 }{
		{secondTQuantile975(4), 2.776445105},
		{secondTQuantile975(1), math.Tan(0.475 * math.Pi)},
		{secondTCDF(1, 1), 0.75},
		{secondTCDF(-1, 1), 0.25},
		{secondTCDF(0, 7), 0.5},
	} {
		if math.Abs(c.got-c.want) > 1e-8 {
			t.Errorf("got %.10g, want %.10g", c.got, c.want)
		}
	}
}
