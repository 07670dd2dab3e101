package memlimit

import "testing"

func TestParseFormat(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		text string
	}{
		{"4GiB", 4 << 30, "4 GiB"},
		{"512M", 512 << 20, "512 MiB"},
		{"1.5GB", 3 << 29, "1536 MiB"},
		{"1500000", 1500000, "1.4 MiB"},
		{"2k", 2 << 10, "2 KiB"},
	} {
		got, err := Parse(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q): got %d, %v; want %d", tt.in, got, err, tt.want)
		}
		if s := Format(got); s != tt.text {
			t.Errorf("Format(%d): got %q, want %q", got, s, tt.text)
		}
	}
	for _, bad := range []string{"", "lots", "-1G", "4 GiBs"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q): got no error", bad)
		}
	}
}
