package stats

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestBinaryFormsMatchGeneral checks the count forms against the general
// functions on random yes/no series with random gaps.
func TestBinaryFormsMatchGeneral(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for trial := range 500 {
		n := 2 + rng.IntN(60)
		share := rng.Float64()
		x := make([]float64, n)
		follows := make([]bool, n)
		idx := make([]float64, n)
		var b BinaryLag1
		ones, sum := 0, 0.0
		for i := range x {
			v := rng.Float64() < share
			x[i] = indicatorOf(v)
			follows[i] = i > 0 && rng.IntN(5) > 0
			idx[i] = float64(i + 1)
			b.Add(v, follows[i], i > 0 && x[i-1] == 1)
			if v {
				ones++
				sum += float64(i + 1)
			}
		}
		want, wok := Lag1Autocorrelation(x, follows)
		got, gok := b.Autocorrelation()
		if wok != gok || (wok && math.Abs(got-want) > 1e-12) {
			t.Fatalf("trial %d: BinaryLag1 = %v, %v; Lag1Autocorrelation = %v, %v (x=%v follows=%v)", trial, got, gok, want, wok, x, follows)
		}
		wantS, wokS := Spearman(x, idx)
		gotS, gokS := SpearmanBinaryIndex(n, ones, sum)
		if wokS != gokS || (wokS && math.Abs(gotS-wantS) > 1e-12) {
			t.Fatalf("trial %d: SpearmanBinaryIndex = %v, %v; Spearman = %v, %v", trial, gotS, gokS, wantS, wokS)
		}
	}
}

func indicatorOf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func TestBinaryLag1Vector(t *testing.T) {
	// The gap vector of TestLag1Autocorrelation: −51/140.
	x := []bool{true, false, true, true, false, false, true, true, true, false}
	follows := []bool{true, true, true, false, true, true, true, false, true, true}
	var b BinaryLag1
	for i, v := range x {
		b.Add(v, follows[i], i > 0 && x[i-1])
	}
	got, ok := b.Autocorrelation()
	if !ok {
		t.Fatal("undefined")
	}
	wantRel(t, "BinaryLag1", got, -51.0/140)
	if _, ok := (BinaryLag1{N: 4, Ones: 4, Pairs: 3, BothOnes: 3, OnesInPairs: 6}).Autocorrelation(); ok {
		t.Error("constant series defined")
	}
}
