package rand

import (
	"fmt"
	"testing"
	"time"
)

func TestN(t *testing.T) {
	for range 1000 {
		if v := N(10); v < 0 || v >= 10 {
			t.Fatalf("N(10) = %d", v)
		}
		if d := N(time.Second); d < 0 || d >= time.Second {
			t.Fatalf("N(time.Second) = %v", d)
		}
		if v := N(uint64(1<<63 + 5)); v >= 1<<63+5 {
			t.Fatalf("N(2^63+5) = %d", v)
		}
	}
	if N(1) != 0 {
		t.Error("N(1) != 0")
	}
	defer func() {
		if r := fmt.Sprint(recover()); r != "invalid argument to N" {
			t.Errorf("N(0) panicked with %q", r)
		}
	}()
	N(0)
}
