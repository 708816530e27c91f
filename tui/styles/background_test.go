package styles

import "testing"

func TestDarkRGB(t *testing.T) {
	for _, tc := range []struct {
		in       string
		dark, ok bool
	}{
		{"rgb:0000/0000/0000", true, true},
		{"rgb:ffff/ffff/ffff", false, true},
		{"rgb:1e1e/1e1e/2e2e", true, true},
		{"rgb:fd/f6/e3", false, true}, // solarized light, two digits each
		{"rgb:7/7/7", true, true},     // 7/15 < 0.5
		{"rgb:8/8/8", false, true},    // 8/15 > 0.5
		{"rgb:ffff/ffff", false, false},
		{"rgb:ffff/ffff/ffff/ffff", false, false},
		{"rgb:gg/00/00", false, false},
		{"rgb:12345/0/0", false, false},
		{"rgba:0/0/0/0", false, false},
		{"", false, false},
	} {
		dark, ok := darkRGB(tc.in)
		if dark != tc.dark || ok != tc.ok {
			t.Errorf("darkRGB(%q) = %v, %v; want %v, %v", tc.in, dark, ok, tc.dark, tc.ok)
		}
	}
}
