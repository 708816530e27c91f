package goldenfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFirstDiff(t *testing.T) {
	tests := []struct{ got, want, diff string }{
		{"a\nb\nc", "a\nx\nc", "line 2:\n got \"b\"\nwant \"x\""},
		{"a\nb", "a\nb\nc", "line 3:\n got \"\"\nwant \"c\""},
		{"a\nb", "a\nb", "(same lines)"},
	}
	for _, tt := range tests {
		if got := FirstDiff(tt.got, tt.want); got != tt.diff {
			t.Errorf("FirstDiff(%q, %q) = %q, want %q", tt.got, tt.want, got, tt.diff)
		}
	}
}

// fails records whether Check failed, without failing the test that runs it.
type fails struct {
	testing.TB
	failed bool
}

func (f *fails) Helper()               {}
func (f *fails) Errorf(string, ...any) { f.failed = true }
func (f *fails) Fatalf(string, ...any) { f.failed = true }
func (f *fails) Fatal(...any)          { f.failed = true }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.golden")
	f := &fails{TB: t}
	Check(f, path, []byte("one\n"), false)
	if !f.failed {
		t.Error("a missing golden file passed")
	}
	f = &fails{TB: t}
	Check(f, path, []byte("one\n"), true)
	if f.failed {
		t.Error("-update did not write the golden file")
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "one\n" {
		t.Errorf("golden file holds %q, %v", b, err)
	}
	f = &fails{TB: t}
	Check(f, path, []byte("two\n"), false)
	if !f.failed {
		t.Error("a different output passed")
	}
}
