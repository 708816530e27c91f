//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"strings"
	"testing"
)

// editMeta rewrites meta page id of the file at path with edit, and fixes its
// checksum, to build meta pages bbolt itself could have written.
func editMeta(t *testing.T, path string, id int, edit func(m []byte)) {
	t.Helper()
	b := readFile(t, path)
	page := os.Getpagesize()
	m := b[id*page+boltPageHeader : id*page+boltPageHeader+boltMetaSize]
	edit(m)
	h := fnv.New64a()
	h.Write(m[:boltChecksumFrom])
	binary.NativeEndian.PutUint64(m[boltChecksumFrom:], h.Sum64())
	writeFile(t, path, b)
}

// metaTxids returns the transaction ids of the two meta pages.
func metaTxids(t *testing.T, path string) (uint64, uint64) {
	b := readFile(t, path)
	page := os.Getpagesize()
	return readBoltMeta(b).txid, readBoltMeta(b[page:]).txid
}

// TestStaleMetaMayNameReusedPages: the meta page of the transaction before
// the last may name a free list page that later writes reused, which a
// SIGKILL between a commit's page writes and its meta write leaves on disk
// (the crash test met it). bbolt ignores that meta; so must preflight. The
// current meta page naming the wrong page is damage.
func TestStaleMetaMayNameReusedPages(t *testing.T) {
	path := newDiaryFile(t, 300)
	t0, t1 := metaTxids(t, path)
	stale, current := 0, 1
	if t0 > t1 {
		stale, current = 1, 0
	}
	pristine := readFile(t, path)
	page := os.Getpagesize()
	// A leaf page below the stale meta's high-water mark: one it could name.
	var leaf uint64
	for id := uint64(2); id < readBoltMeta(pristine[stale*page:]).pgid; id++ {
		if binary.NativeEndian.Uint16(pristine[int(id)*page+8:]) == boltLeafFlag {
			leaf = id
			break
		}
	}
	if leaf == 0 {
		t.Fatal("no leaf page to point at")
	}
	setFreelist := func(m []byte) { binary.NativeEndian.PutUint64(m[32:], leaf) }

	editMeta(t, path, stale, setFreelist)
	s, err := Open(path, Options{NoSnapshot: true})
	if err != nil {
		t.Fatalf("a stale meta page naming a reused page was refused: %v", err)
	}
	if r, err := s.Check(); err != nil {
		t.Fatalf("Check: %v %v", err, r.Problems)
	}
	s.Close()

	writeFile(t, path, pristine)
	editMeta(t, path, current, setFreelist)
	u := recordUntouched(t, path)
	_, err = Open(path, Options{NoSnapshot: true})
	if !errors.Is(err, ErrNotDiary) || !strings.Contains(err.Error(), fmt.Sprintf("free list page %d has the wrong type", leaf)) {
		t.Fatalf("current meta naming a wrong free list: err = %v, want ErrNotDiary", err)
	}
	u.check(t)
}
