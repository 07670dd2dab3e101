package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event string

type Bus struct {
	hooks map[Event][]func(epoch int, loss float64) bool
	log   []string
}

func (b *Bus) On(e Event, f func(int, float64) bool) func() {
	if b.hooks == nil {
		b.hooks = map[Event][]func(int, float64) bool{}
	}
	b.hooks[e] = append(b.hooks[e], f)
	idx := len(b.hooks[e]) - 1
	return func() { b.hooks[e][idx] = nil }
}

func (b *Bus) Emit(e Event, epoch int, loss float64) (stop bool) {
	for _, h := range b.hooks[e] {
		if h != nil && h(epoch, loss) {
			stop = true
		}
	}
	return
}

func main() {
	bus := &Bus{}
	best := 1e9
	patience := 0
	bus.On("epoch_end", func(e int, l float64) bool {
		bus.log = append(bus.log, fmt.Sprintf("e%d:%.2f", e, l))
		return false
	})
	bus.On("epoch_end", func(e int, l float64) bool {
		if l < best {
			best, patience = l, 0
			return false
		}
		patience++
		return patience >= 2
	})
	off := bus.On("epoch_end", func(e int, l float64) bool {
		fmt.Println("  verbose hook sees", e)
		return false
	})
	losses := []float64{1, 0.8, 0.7, 0.72, 0.69, 0.71, 0.75, 0.6}
	for e, l := range losses {
		if e == 2 {
			off()
		}
		if bus.Emit("epoch_end", e, l) {
			fmt.Println("stopping at epoch", e)
			break
		}
	}
	fmt.Println(strings.Join(bus.log, " "), best)
	counts := map[string]int{}
	tally := func(prefix string) func(string) {
		return func(s string) { counts[prefix+s]++ }
	}
	t1, t2 := tally("a/"), tally("b/")
	for _, s := range []string{"x", "y", "x"} {
		t1(s)
		t2(s + s)
	}
	keys := make([]string, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	fmt.Println(keys, counts)
}
