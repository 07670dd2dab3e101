package atomic

import (
	stdatomic "sync/atomic"
	"testing"
)

type config struct{ v int }

func TestPointerMatchesGo(t *testing.T) {
	var mine Pointer[config]
	var goes stdatomic.Pointer[config]
	a, b := &config{1}, &config{2}
	if mine.Load() != goes.Load() {
		t.Error("zero values differ")
	}
	mine.Store(a)
	goes.Store(a)
	if g, w := mine.Swap(b), goes.Swap(b); g != w {
		t.Errorf("Swap returned %v, want %v", g, w)
	}
	for _, old := range []*config{a, b} {
		if g, w := mine.CompareAndSwap(old, a), goes.CompareAndSwap(old, a); g != w {
			t.Errorf("CompareAndSwap(%v) = %v, want %v", old, g, w)
		}
	}
	if mine.Load() != goes.Load() {
		t.Error("values differ after the operations")
	}
}
