package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(args ...string) string

type Bus struct {
	subs map[string][]Handler
	log  []string
}

func (b *Bus) On(ev string, h Handler) func() {
	if b.subs == nil {
		b.subs = map[string][]Handler{}
	}
	b.subs[ev] = append(b.subs[ev], h)
	idx := len(b.subs[ev]) - 1
	return func() { b.subs[ev][idx] = nil }
}

func (b *Bus) Emit(ev string, args ...string) {
	for _, h := range b.subs[ev] {
		if h != nil {
			b.log = append(b.log, h(args...))
		}
	}
}

func counter(prefix string) (Handler, func() int) {
	n := 0
	return func(args ...string) string {
			n++
			return fmt.Sprintf("%s#%d(%s)", prefix, n, strings.Join(args, ","))
		}, func() int {
			return n
		}
}

func main() {
	var bus Bus
	stepH, steps := counter("step")
	bus.On("move", stepH)
	unsub := bus.On("move", func(a ...string) string { return "echo " + a[0] })
	bus.On("pickup", func(a ...string) string { return "got " + strings.ToUpper(a[0]) })

	scores := map[string]int{}
	bus.On("pickup", func(a ...string) string {
		scores[a[0]] += len(a[0])
		return fmt.Sprint("score ", scores)
	})
	script := []string{"move north", "pickup gem", "move east", "pickup gem", "pickup key", "move south west"}
	for i, line := range script {
		if i == 3 {
			unsub()
		}
		f := strings.Fields(line)
		bus.Emit(f[0], f[1:]...)
	}
	for _, l := range bus.log {
		fmt.Println(l)
	}
	fmt.Println("steps:", steps())

	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	keys := make([]string, 0)
	for k := range bus.subs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(bus.subs["move"]), bus.subs["move"][1] == nil)
}
