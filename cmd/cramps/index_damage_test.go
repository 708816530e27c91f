package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/crampsdiary/cramps/diary"
)

// loopIndex points the last entry of the nights index's root page at the
// page itself, as a flipped bit in a page number can: bbolt's cursors
// would go round it forever.
func loopIndex(t *testing.T, db string) {
	t.Helper()
	var root int
	patchDiary(t, db, func(tx *bolt.Tx) {
		root = int(tx.Bucket([]byte("nights")).Root())
	}, func(b []byte, pageSize int) {
		page := b[root*pageSize:]
		ne := binary.NativeEndian
		if ne.Uint16(page[8:]) != 0x01 {
			t.Fatal("the nights index's root is not a branch page")
		}
		last := int(ne.Uint16(page[10:])) - 1
		ne.PutUint64(page[16+16*last+8:], uint64(root))
	})
}

// TestLoopedIndexIsReadAroundNeverWritten: on a diary whose index points
// back into itself every reading command finishes, reads the nights the
// index still reaches (not the newest, which it lost), and says the diary
// is damaged; check finds it; log
// writes nothing; no snapshot is taken.
func TestLoopedIndexIsReadAroundNeverWritten(t *testing.T) {
	db := tempDB(t)
	last := diary.LastNight(fixedNow)
	var nights []diary.Night
	for i := range 200 {
		nights = append(nights, diary.Night{Date: last.AddDays(-i), Notes: strings.Repeat("a long evening walk ", 5)})
	}
	writeDiary(t, db, diary.NewProfile(), nights)
	loopIndex(t, db)
	before, _ := os.ReadFile(db)
	backups := filepath.Join(filepath.Dir(db), "backups")

	for _, c := range []struct {
		args []string
		code int
		out  string // in stdout
		err  string // in stderr
	}{
		{[]string{"list"}, exitOK, last.AddDays(-199).String(), "the file's index is damaged"},
		{[]string{"export"}, exitUser, `"` + last.AddDays(-199).String() + `"`, "the file's index is damaged"},
		{[]string{"status"}, exitOK, "the diary is damaged", ""},
		{[]string{"week"}, exitOK, "", "the file's index is damaged"},
		{[]string{"insights"}, exitOK, "", "the file's index is damaged"},
		{[]string{"report"}, exitOK, "", "the file's index is damaged"},
		{[]string{"show", last.AddDays(-199).String()}, exitOK, "", ""},
		{[]string{"check"}, exitUser, "", "the file's index is damaged"},
		{[]string{"log", "--no-cramps", "--date", last.AddDays(-300).String()}, exitUser, "", "is damaged, so nothing was written to it"},
	} {
		done := make(chan result, 1)
		go func() { done <- cramps(t, db, c.args...) }()
		var r result
		select {
		case r = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("%v did not finish: it follows the damaged index round", c.args)
		}
		if r.code != c.code || !strings.Contains(r.stdout, c.out) || !strings.Contains(r.stderr, c.err) ||
			c.args[0] == "list" && strings.Contains(r.stdout, last.String()) {
			t.Errorf("%v: exit %d (want %d), stdout %.300q, stderr %.300q", c.args, r.code, c.code, r.stdout, r.stderr)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the damaged diary was written to")
	}
	if _, err := os.Stat(backups); !os.IsNotExist(err) {
		t.Errorf("a snapshot of the damaged diary was taken (%v)", err)
	}
}
