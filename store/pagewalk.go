package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"slices"
)

// bbolt follows its index without checking it: a branch page that points
// back up the tree, or claims more elements than it holds, sends a cursor
// round forever (Cursor.First, Last, Next and Seek alike), where no guard
// can stop it. So every Open walks the pages itself first, with plain reads
// and a mark on each page it meets, before any cursor runs: each page
// reached once, of a kind an index page can be, inside the file, with its
// elements inside it, and no page both in use and free. A diary that fails
// is opened, when only for reading, from what this walk can still read
// (rescued), and never handed to bbolt's cursors; it is never written to.
//
// The layout is bbolt's (go.etcd.io/bbolt internal/common: page.go,
// bucket.go, inode.go), in the machine's byte order.

// The sizes of bbolt's page elements and bucket header.
const (
	boltElemSize     = 16  // common.branchPageElement and common.leafPageElement
	boltBucketHeader = 16  // common.InBucket: root u64, sequence u64
	boltBucketFlag   = 0x1 // common.BucketLeafFlag on a leaf element
	maxTreeDepth     = 32  // far beyond any diary: a 4 KB page holds over 100 keys a level
	maxWalkProblems  = 20  // after this many a walk stops: the file is past rescuing piece by piece
)

// pageWalk is one walk of a file's pages.
type pageWalk struct {
	file     []byte // the pages in use: [0, pgid*ps)
	ps       uint64
	pgid     uint64
	seen     []bool // by page id: reached already (or the free list's own pages)
	problems []string
	// buckets, when not nil, collects the key/value pairs of each top-level
	// bucket that the walk can read, by name, in the order met.
	buckets map[string]*rescuedBucket
}

// walkFile walks the pages of the bbolt file f from the root and the free
// list that meta m names, and returns what is wrong, none when the index is
// sound. With rescue set it also returns the pairs of every top-level bucket
// it could read (copies: they outlive the walk).
func walkFile(f *os.File, m boltMeta, rescue bool) (problems []string, buckets map[string]*rescuedBucket, err error) {
	w := &pageWalk{ps: uint64(m.pageSize), pgid: m.pgid}
	size := int64(m.pgid) * int64(m.pageSize)
	if rescue {
		w.file = make([]byte, size)
		if _, err := f.ReadAt(w.file, 0); err != nil {
			return nil, nil, err
		}
		w.buckets = map[string]*rescuedBucket{}
	} else {
		var release func()
		if w.file, release, err = mapFile(f, size); err != nil {
			return nil, nil, err
		}
		defer release()
	}
	w.seen = make([]bool, m.pgid)
	w.seen[0], w.seen[1] = true, true
	err = guard(func() error {
		var free []uint64
		if m.freelist != boltNoFreelist {
			free = w.freelist(m.freelist)
		}
		w.page(m.root, 0, into{}, nil, nil)
		for _, id := range free {
			if len(w.problems) < maxWalkProblems && w.seen[id] {
				w.addf("the file's list of free pages is damaged (page %d is in use and also listed as free, so a save would write over it)", id)
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	for _, b := range w.buckets {
		// In key order, as a cursor gives them; a damaged index may have met them out of it.
		slices.SortStableFunc(b.pairs, func(x, y pair) int { return bytes.Compare(x.k, y.k) })
	}
	return w.problems, w.buckets, nil
}

func (w *pageWalk) addf(format string, args ...any) {
	w.problems = append(w.problems, fmt.Sprintf(format, args...))
}

// freelist marks the free list's pages as met and returns the ids it lists
// (preflight has checked its header: its kind, and that it ends in the file).
func (w *pageWalk) freelist(id uint64) []uint64 {
	ne := binary.NativeEndian
	p := w.file[id*w.ps:]
	overflow := uint64(ne.Uint32(p[12:]))
	span := (overflow + 1) * w.ps
	for i := id; i <= id+overflow; i++ {
		w.seen[i] = true
	}
	count, at := uint64(ne.Uint16(p[10:])), uint64(boltPageHeader)
	if count == 0xFFFF { // common.FreelistPageFlag overflow: the count is the first id's slot
		count, at = ne.Uint64(p[at:]), at+8
	}
	if count > (span-at)/8 {
		w.addf("the file's list of free pages is damaged (page %d claims %d entries, more than it can hold)", id, count)
		return nil
	}
	ids := make([]uint64, 0, count)
	for i := range count {
		pg := ne.Uint64(p[at+8*i:])
		if pg < 2 || pg >= w.pgid {
			w.addf("the file's list of free pages is damaged (it lists page %d, outside the file)", pg)
			return nil
		}
		ids = append(ids, pg)
	}
	return ids
}

// into is where a walk puts the pairs it reads: a top-level bucket's
// rescued pairs, or nowhere; level is how deep in buckets it is.
type into struct {
	bucket *rescuedBucket
	level  int
}

// page walks page id, depth levels below its bucket's root, which holds
// the keys from from up to before to ("" when unknown), for the words of a
// problem.
func (w *pageWalk) page(id uint64, depth int, to into, from, upTo []byte) {
	if len(w.problems) >= maxWalkProblems {
		return
	}
	ne := binary.NativeEndian
	switch {
	case id < 2 || id >= w.pgid:
		w.addf("the file's index is damaged (it points to page %d, outside the file)%s", id, lostWords(from, upTo))
		return
	case depth > maxTreeDepth:
		w.addf("the file's index is damaged (over %d levels deep at page %d)%s", maxTreeDepth, id, lostWords(from, upTo))
		return
	}
	p := w.file[id*w.ps:]
	gotID, flags, count, overflow := ne.Uint64(p), ne.Uint16(p[8:]), uint64(ne.Uint16(p[10:])), uint64(ne.Uint32(p[12:]))
	switch {
	case gotID != id:
		w.addf("the file's index is damaged (page %d calls itself page %d)%s", id, gotID, lostWords(from, upTo))
		return
	case flags != boltBranchFlag && flags != boltLeafFlag:
		w.addf("the file's index is damaged (it points to page %d, which is not an index page)%s", id, lostWords(from, upTo))
		return
	case overflow >= w.pgid-id:
		w.addf("the file's index is damaged (page %d claims %d more pages, past the pages in use)%s", id, overflow, lostWords(from, upTo))
		return
	}
	for i := id; i <= id+overflow; i++ {
		if w.seen[i] {
			w.addf("the file's index is damaged (page %d is reached twice: the index points back into itself)%s", i, lostWords(from, upTo))
			return
		}
	}
	for i := id; i <= id+overflow; i++ {
		w.seen[i] = true
	}
	page := w.file[id*w.ps : (id+overflow+1)*w.ps]
	if flags == boltBranchFlag {
		w.branch(id, page, count, depth, to, upTo)
		return
	}
	w.leaf(id, nil, page, count, to)
}

// branch walks the children of branch page id, held in page.
// upTo is the key its last child's keys stay below ("" when unknown).
func (w *pageWalk) branch(id uint64, page []byte, count uint64, depth int, to into, upTo []byte) {
	ne := binary.NativeEndian
	if count == 0 || boltPageHeader+count*boltElemSize > uint64(len(page)) {
		w.addf("the file's index is damaged (page %d claims %d entries, which it cannot hold)", id, count)
		return
	}
	key := func(i uint64) ([]byte, bool) {
		e := page[boltPageHeader+i*boltElemSize:]
		at := boltPageHeader + i*boltElemSize + uint64(ne.Uint32(e))
		end := at + uint64(ne.Uint32(e[4:]))
		if end > uint64(len(page)) {
			return nil, false
		}
		return page[at:end], true
	}
	for i := range count {
		from, ok := key(i)
		if !ok {
			w.addf("the file's index is damaged (page %d: entry %d runs past the end of the page)", id, i)
			return
		}
		below := upTo
		if i+1 < count {
			below, _ = key(i + 1)
		}
		w.page(ne.Uint64(page[boltPageHeader+i*boltElemSize+8:]), depth+1, to, from, below)
	}
}

// lostWords says what a damaged branch of the index holds, the keys from
// from up to before upTo: nights by their dates, other keys quoted; "" when
// from is unknown.
func lostWords(from, upTo []byte) string {
	if from == nil {
		return ""
	}
	d1, err1 := keyDate(from)
	d2, err2 := keyDate(upTo)
	switch {
	case err1 == nil && err2 == nil && d2 > d1:
		if last := d2.AddDays(-1); last != d1 {
			return fmt.Sprintf(": the nights %s to %s cannot be reached", d1, last)
		}
		return fmt.Sprintf(": the night %s cannot be reached", d1)
	case err1 == nil && upTo == nil:
		return fmt.Sprintf(": the nights from %s on cannot be reached", d1)
	}
	return fmt.Sprintf(": what is stored from %s on, in that part of the file, cannot be reached", keyWords(from))
}

// leaf reads the count entries of the leaf page held in page: page id of
// the file, or, when bucket is not nil, the page of that small bucket inside
// its parent's value.
func (w *pageWalk) leaf(id uint64, bucket []byte, page []byte, count uint64, to into) {
	ne := binary.NativeEndian
	where := func() string {
		if bucket != nil {
			return "the bucket " + keyWords(bucket)
		}
		return fmt.Sprintf("page %d", id)
	}
	if boltPageHeader+count*boltElemSize > uint64(len(page)) {
		w.addf("the file's index is damaged (%s claims %d entries, which it cannot hold)", where(), count)
		return
	}
	for i := range count {
		e := page[boltPageHeader+i*boltElemSize:]
		flags, pos, ksize, vsize := ne.Uint32(e), uint64(ne.Uint32(e[4:])), uint64(ne.Uint32(e[8:])), uint64(ne.Uint32(e[12:]))
		at := boltPageHeader + i*boltElemSize + pos
		if at+ksize+vsize > uint64(len(page)) {
			w.addf("the file's index is damaged (%s: entry %d runs past the end of the page)", where(), i)
			continue
		}
		k, v := page[at:at+ksize], page[at+ksize:at+ksize+vsize]
		if flags&boltBucketFlag == 0 {
			if to.bucket != nil {
				to.bucket.pairs = append(to.bucket.pairs, pair{k, v}) // the rescue's own copy of the file
			}
			continue
		}
		sub := into{level: to.level + 1}
		if w.buckets != nil && to.level == 0 {
			sub.bucket = &rescuedBucket{}
			w.buckets[string(k)] = sub.bucket
		}
		w.bucket(k, v, sub)
	}
}

// bucket walks the bucket stored under key k with header value v: from its
// root page, or, for a small bucket, the page held in v after its header.
func (w *pageWalk) bucket(k, v []byte, to into) {
	if len(w.problems) >= maxWalkProblems {
		return
	}
	if len(v) < boltBucketHeader {
		w.addf("the file's index is damaged (the bucket %s is cut short)", keyWords(k))
		return
	}
	root := binary.NativeEndian.Uint64(v)
	if root != 0 {
		w.page(root, 0, to, nil, nil)
		return
	}
	inline := v[boltBucketHeader:]
	if len(inline) < boltPageHeader {
		w.addf("the file's index is damaged (the bucket %s is cut short)", keyWords(k))
		return
	}
	if flags := binary.NativeEndian.Uint16(inline[8:]); flags != boltLeafFlag {
		// bbolt would follow a small bucket's page as a branch back to itself.
		w.addf("the file's index is damaged (the bucket %s holds a page of the wrong kind, %#x)", keyWords(k), flags)
		return
	}
	w.leaf(0, k, inline, uint64(binary.NativeEndian.Uint16(inline[10:])), to)
}

// pair is one key and its value, as stored.
type pair struct{ k, v []byte }

// rescuedBucket is what a walk could read of one bucket of a diary whose
// index is damaged: its pairs in key order. It offers the little of a
// bbolt bucket the reads of a damaged diary need (bucketView).
type rescuedBucket struct {
	pairs []pair
}

// Get returns the value stored under k, or nil.
func (b *rescuedBucket) Get(k []byte) []byte {
	i, ok := slices.BinarySearchFunc(b.pairs, k, func(p pair, k []byte) int { return bytes.Compare(p.k, k) })
	if !ok {
		return nil
	}
	return b.pairs[i].v
}

// ForEach calls fn with each pair in key order until fn returns an error.
func (b *rescuedBucket) ForEach(fn func(k, v []byte) error) error {
	for _, p := range b.pairs {
		if err := fn(p.k, p.v); err != nil {
			return err
		}
	}
	return nil
}
