package store

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestWalkFromHeadsFindsWhatTheCopyFinds: the walk of Open, which reads
// the file page by page and keeps only headers, names exactly the problems,
// in the same order, that the walk over a whole copy of the file names (the
// rescue's walk, which reads every page as it meets it), on diaries of 80
// nights and of ten years (whose index has branch pages) damaged at random,
// and at random over their index pages alone.
func TestWalkFromHeadsFindsWhatTheCopyFinds(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	tenYears, _ := damagedDiary(t, 3650, date(2016, 1, 1))
	damaged, compared := 0, 0
	for _, seed := range [][]byte{readFile(t, eightyNightDiary(t)), readFile(t, tenYears)} {
		index := indexPages(t, seed)
		for i := range 400 {
			b := bytes.Clone(seed)
			if i%2 == 0 {
				randomDamage(rng, b)
			} else {
				// 1–4 bytes inside an index page's header or entries.
				p := index[rng.IntN(len(index))]
				for range 1 + rng.IntN(4) {
					b[p*4096+rng.IntN(boltPageHeader+16*12)] = byte(rng.UintN(256))
				}
			}
			fileProblem, _, m := preflight(bytes.NewReader(b), int64(len(b)))
			if fileProblem != "" {
				continue
			}
			heads, _, errHeads := walkFile(bytes.NewReader(b), m, false)
			whole, _, errWhole := walkFile(bytes.NewReader(b), m, true)
			if (errHeads == nil) != (errWhole == nil) || !slices.Equal(heads, whole) {
				t.Fatalf("file %d: the walk from headers found %q (%v), the walk of the copy %q (%v)", i, heads, errHeads, whole, errWhole)
			}
			compared++
			if len(heads) > 0 {
				damaged++
			}
		}
	}
	// The comparison means something only when many walks found damage.
	if compared < 600 || damaged < 150 {
		t.Fatalf("%d files compared, %d with a damaged index: too few", compared, damaged)
	}
}

// indexPages lists the pages of the diary file b (4 KB pages) that are
// branch or leaf pages.
func indexPages(t *testing.T, b []byte) []int {
	t.Helper()
	var pages []int
	for p := 2; (p+1)*4096 <= len(b); p++ {
		switch flags := uint16(b[p*4096+8]) | uint16(b[p*4096+9])<<8; flags {
		case boltBranchFlag, boltLeafFlag:
			pages = append(pages, p)
		}
	}
	if len(pages) < 3 {
		t.Fatalf("%d index pages", len(pages))
	}
	return pages
}
