//go:build linux

package bigpages

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestPreparedHeapGetsHugePages checks that the next large allocation after
// Prepare lands in memory the kernel backs with 2 MiB pages. Prepare is for
// a fresh process, once, before its bulk read (a heap that has freed and
// handed back memory already holds pages of other sizes), so the check
// runs in a fresh run of this test binary.
func TestPreparedHeapGetsHugePages(t *testing.T) {
	if !onRequest() {
		t.Skip("the kernel here gives no transparent huge pages on request")
	}
	if os.Getenv("BIGPAGES_FRESH") == "" {
		// What is tested is Prepare's way to the pages, not whether the
		// machine has a free 2 MiB of memory at this moment: without one, a
		// direct request fails too, and the test has nothing to say.
		if kb, err := directHugeKB(); err != nil || kb == 0 {
			t.Skipf("the kernel gave no 2 MiB page to a direct request either (%d kB, %v)", kb, err)
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestPreparedHeapGetsHugePages$", "-test.count=1")
		cmd.Env = append(os.Environ(), "BIGPAGES_FRESH=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("in a fresh process: %v\n%s", err, out)
		}
		return
	}
	Prepare(MinSize + 4<<20)
	b := make([]byte, 8<<20)
	for i := 0; i < len(b); i += 4 << 10 {
		b[i] = 1
	}
	start := uintptr(unsafe.Pointer(&b[0]))
	kb, err := anonHugeKB(start, start+uintptr(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	if kb < 2048 {
		t.Fatalf("the allocation after Prepare lies in %d kB of huge pages, want at least one 2 MiB page", kb)
	}
	runtime.KeepAlive(b)
}

// directHugeKB maps 4 MiB of fresh memory, advises its aligned 2 MiB
// pages, touches them, and returns how much of it the kernel gave in huge pages.
func directHugeKB() (int, error) {
	m, err := syscall.Mmap(-1, 0, 3*hugePageSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return 0, err
	}
	defer syscall.Munmap(m)
	start := uintptr(unsafe.Pointer(&m[0]))
	skip := int((start+hugePageSize-1)&^(hugePageSize-1) - start)
	area := m[skip : skip+2*hugePageSize]
	if !adviseHuge(area) {
		return 0, nil
	}
	for i := 0; i < len(area); i += 4 << 10 {
		area[i] = 1
	}
	lo := uintptr(unsafe.Pointer(&area[0]))
	return anonHugeKB(lo, lo+uintptr(len(area)))
}

// mappingRange reads the address range of a mapping's first line in
// /proc/self/smaps ("7f08f3710000-7f08f3900000 rw-p ..."); ok is false for
// the lines of fields that follow it.
func mappingRange(line string) (lo, hi uintptr, ok bool) {
	span, _, _ := strings.Cut(line, " ")
	a, b, found := strings.Cut(span, "-")
	if !found {
		return 0, 0, false
	}
	x, err1 := strconv.ParseUint(a, 16, 64)
	y, err2 := strconv.ParseUint(b, 16, 64)
	return uintptr(x), uintptr(y), err1 == nil && err2 == nil
}

// anonHugeKB returns the AnonHugePages of the mappings that overlap
// [lo, hi): the advice covers only the 2 MiB-aligned part of what Prepare
// allocated, so an allocation may begin in the mapping before it.
func anonHugeKB(lo, hi uintptr) (int, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	in, total := false, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if a, b, ok := mappingRange(line); ok {
			in = a < hi && lo < b
			continue
		}
		if in && strings.HasPrefix(line, "AnonHugePages:") {
			var kb int
			if _, err := fmt.Sscanf(strings.TrimPrefix(line, "AnonHugePages:"), "%d", &kb); err != nil {
				return 0, err
			}
			total += kb
		}
	}
	return total, sc.Err()
}

// BenchmarkFirstTouch measures what Prepare is for: the first write to
// each 4 KiB of fresh memory, in 4 KiB pages and in 2 MiB pages where the
// kernel gives them on request. Run it with:
// go test ./internal/bigpages -run '^$' -bench FirstTouch
func BenchmarkFirstTouch(b *testing.B) {
	for _, c := range []struct {
		name string
		huge bool
	}{{"4KiB", false}, {"2MiB", true}} {
		b.Run(c.name, func(b *testing.B) {
			const size, page = 16 << 20, 4 << 10
			for range b.N {
				m, err := syscall.Mmap(-1, 0, size+hugePageSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
				if err != nil {
					b.Skip("no anonymous mappings here:", err)
				}
				start := uintptr(unsafe.Pointer(&m[0]))
				skip := int((start+hugePageSize-1)&^(hugePageSize-1) - start)
				area := m[skip : skip+size]
				if c.huge && !adviseHuge(area) {
					b.Skip("the kernel gives no 2 MiB pages on request here")
				}
				for i := 0; i < size; i += page {
					area[i] = 1
				}
				_ = syscall.Munmap(m)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e3/float64(b.N*(size/page)), "µs/4KiB")
		})
	}
}
