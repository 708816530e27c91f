package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crampsdiary/cramps/diary"
)

// Benchmarks for SPEC §10: open the diary and load every night (< 20 ms on
// 10 years), save a night in one transaction. Run them short:
//
//	go test ./store/ -run '^$' -bench . -benchtime=20x

// benchDiary writes a closed diary of n realistic nights and returns its path.
func benchDiary(b *testing.B, n int) string {
	b.Helper()
	p := diary.NewProfile()
	return diaryFile(b, &p, realisticNights(71, diary.NewDate(1996, 1, 1), n))
}

func benchOpenLoadAll(b *testing.B, n int) {
	benchOpens(b, benchDiary(b, n), func(b *testing.B, s *Store) {
		all, err := s.AllNights()
		if err != nil || len(all) != n {
			b.Fatalf("%d nights, %v", len(all), err)
		}
	})
}

// benchOpens opens the diary at path, runs read on it and closes it, again
// and again: for writing ("rw") and for reading only ("ro").
func benchOpens(b *testing.B, path string, read func(*testing.B, *Store)) {
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	for _, mode := range []struct {
		name string
		opts Options
	}{{"rw", Options{NoSnapshot: true}}, {"ro", Options{ReadOnly: true}}} {
		b.Run(mode.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s := mustOpen(b, path, mode.opts)
				read(b, s)
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(fi.Size())/1e6, "file-MB")
		})
	}
}

// BenchmarkOpenLoadAll3650 is ten years: the SPEC §10 target is under 20 ms.
func BenchmarkOpenLoadAll3650(b *testing.B) { benchOpenLoadAll(b, 3650) }

// BenchmarkOpenLoadAll10950 is thirty years, what `cramps insights --json` loads
// in the process-time target.
func BenchmarkOpenLoadAll10950(b *testing.B) { benchOpenLoadAll(b, 10950) }

// BenchmarkPutNight saves one night, one transaction with its fsync, into a
// ten-year diary.
func BenchmarkPutNight(b *testing.B) {
	path := benchDiary(b, 3650)
	s := mustOpen(b, path, Options{NoSnapshot: true})
	defer s.Close()
	nights := realisticNights(72, diary.NewDate(2026, 1, 1), 64)
	i := 0
	for b.Loop() {
		if err := s.PutNight(nights[i%len(nights)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkImport3650 imports ten years into a new diary in one transaction.
func BenchmarkImport3650(b *testing.B) {
	nights := realisticNights(73, diary.NewDate(2016, 1, 1), 3650)
	dir := b.TempDir()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := mustOpen(b, filepath.Join(dir, "diary"+string(rune('a'+i%26))+".db"), Options{NoSnapshot: true})
		b.StartTimer()
		if err := s.Import(nil, nights); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		_ = os.Remove(s.Path())
		b.StartTimer()
	}
}

// BenchmarkDecodeNight is the codec alone, on a realistic night.
func BenchmarkDecodeNight(b *testing.B) {
	v := encodeNight(realisticNights(74, diary.NewDate(2026, 1, 1), 40)[39])
	b.ReportAllocs()
	b.SetBytes(int64(len(v)))
	for b.Loop() {
		if _, err := decodeNight(v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen3650 is Open and Close alone on ten years, read-only and for
// writing: the checks an open makes before any read (preflight, the walk of
// the index) and bbolt's own open.
func BenchmarkOpen3650(b *testing.B) {
	benchOpens(b, benchDiary(b, 3650), func(*testing.B, *Store) {})
}
