package sync

import (
	"fmt"
	stdsync "sync"
	"testing"
)

func TestOnceValue(t *testing.T) {
	calls := 0
	f := OnceValue(func() int { calls++; return 42 })
	var wg stdsync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v := f(); v != 42 {
				t.Errorf("got %d", v)
			}
		}()
	}
	wg.Wait()
	if calls != 1 {
		t.Errorf("f called %d times, want 1", calls)
	}
	g := OnceValues(func() (int, error) { calls++; return 7, fmt.Errorf("e") })
	for range 3 {
		if v, err := g(); v != 7 || err == nil {
			t.Errorf("OnceValues gave %d, %v", v, err)
		}
	}
	if calls != 2 {
		t.Errorf("calls = %d, want 2", calls)
	}
}

func TestOnceValuePanicsEveryCall(t *testing.T) {
	calls := 0
	mine := OnceValue(func() int { calls++; panic("bad") })
	goes := stdsync.OnceValue(func() int { panic("bad") })
	for range 2 {
		if g, w := recovered(func() { mine() }), recovered(func() { goes() }); g != w {
			t.Errorf("OnceValue panics with %v, want %v", g, w)
		}
	}
	if calls != 1 {
		t.Errorf("f called %d times, want 1", calls)
	}
	v2 := OnceValues(func() (int, int) { panic("bad2") })
	for range 2 {
		if g := recovered(func() { v2() }); g != "bad2" {
			t.Errorf("OnceValues panics with %v", g)
		}
	}
}

func recovered(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}
