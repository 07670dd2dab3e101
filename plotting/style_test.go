package plotting

import "testing"

func TestLogTicksAreShortAndSeveral(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   []string
	}{
		{0.3, 2.4, []string{"0.5", "1", "2"}},
		{1e-4, 1e-3, []string{"0.0001", "0.0002", "0.0005", "0.001"}},
	}
	for _, tc := range tests {
		var got []string
		for _, tk := range (logTicks{}).Ticks(tc.lo, tc.hi) {
			if tk.Label != "" {
				got = append(got, tk.Label)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("ticks of [%g, %g]: got %q, want %q", tc.lo, tc.hi, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("ticks of [%g, %g]: got %q, want %q", tc.lo, tc.hi, got, tc.want)
				break
			}
		}
	}
}
