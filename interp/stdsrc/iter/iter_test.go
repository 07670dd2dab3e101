package iter

import (
	"fmt"
	stditer "iter"
	"strings"
	"testing"
)

func count(n int, log *strings.Builder) stditer.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Fprint(log, "done ")
		for i := range n {
			fmt.Fprintf(log, "y%d ", i)
			if !yield(i) {
				fmt.Fprint(log, "stopped ")
				return
			}
		}
	}
}

type puller func(seq stditer.Seq[int]) (func() (int, bool), func())

// script pulls with the given steps ('n' next, 's' stop) and logs what
// the caller and the sequence see.
func script(pull puller, n int, steps string) string {
	var log strings.Builder
	next, stop := pull(count(n, &log))
	for _, s := range steps {
		if s == 'n' {
			v, ok := next()
			fmt.Fprintf(&log, "next=%d,%v ", v, ok)
		} else {
			stop()
			fmt.Fprint(&log, "stop ")
		}
	}
	return log.String()
}

func TestPullMatchesGo(t *testing.T) {
	mine := func(seq stditer.Seq[int]) (func() (int, bool), func()) { return Pull(seq) }
	for _, tc := range []struct {
		n     int
		steps string
	}{{3, "nnnnn"}, {3, "nns"}, {3, "s"}, {3, "snn"}, {0, "nn"}, {2, "nnnss"}, {3, "nsns"}} {
		if g, w := script(mine, tc.n, tc.steps), script(stditer.Pull[int], tc.n, tc.steps); g != w {
			t.Errorf("Pull over %d values, %s:\n got %s\nwant %s", tc.n, tc.steps, g, w)
		}
	}
}

func TestPull2(t *testing.T) {
	seq := func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2)
	}
	next, stop := Pull2(seq)
	defer stop()
	var got []string
	for {
		k, v, ok := next()
		if !ok {
			break
		}
		got = append(got, fmt.Sprintf("%s %d", k, v))
	}
	if strings.Join(got, " ") != "a 1 b 2" {
		t.Errorf("Pull2 gave %v", got)
	}
}

func TestPullPanics(t *testing.T) {
	seq := func(yield func(int) bool) {
		yield(1)
		panic("boom")
	}
	next, stop := Pull(seq)
	defer stop()
	next()
	defer func() {
		if r := recover(); r != "boom" {
			t.Errorf("next recovered %v, want the sequence's panic", r)
		}
	}()
	next()
}
