package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler func(data string) string

type Bus struct {
	handlers map[string][]Handler
	log      []string
}

func NewBus() *Bus { return &Bus{handlers: map[string][]Handler{}} }

func (b *Bus) On(event string, h Handler) func() {
	b.handlers[event] = append(b.handlers[event], h)
	idx := len(b.handlers[event]) - 1
	return func() {
		hs := b.handlers[event]
		hs[idx] = nil
	}
}

func (b *Bus) Emit(event, data string) {
	for _, h := range b.handlers[event] {
		if h != nil {
			b.log = append(b.log, event+"->"+h(data))
		}
	}
}

func makeAccumulator() (add func(int), total func() int, history func() []int) {
	var sum int
	var hist []int
	add = func(n int) {
		sum += n
		hist = append(hist, sum)
	}
	total = func() int { return sum }
	history = func() []int { return append([]int(nil), hist...) }
	return
}

func curry(f func(a, b, c int) int) func(int) func(int) func(int) int {
	return func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return f(a, b, c) }
		}
	}
}

func main() {
	bus := NewBus()
	count := 0
	bus.On("greet", func(d string) string { count++; return "hello " + d })
	off := bus.On("greet", strings.ToUpper)
	bus.On("bye", func(d string) string { return "bye " + d })
	bus.Emit("greet", "bob")
	off()
	bus.Emit("greet", "amy")
	bus.Emit("bye", "all")
	bus.Emit("unknown", "x")
	fmt.Println(bus.log, count)

	add, total, hist := makeAccumulator()
	for _, n := range []int{5, -2, 10} {
		add(n)
	}
	h := hist()
	h[0] = 999
	fmt.Println(total(), hist())

	vol := curry(func(a, b, c int) int { return a * b * c })
	fmt.Println(vol(2)(3)(4))
	double := vol(2)(1)
	fmt.Println(double(21))

	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bea", 25}, {"Cy", 30}, {"Di", 22}}
	by := func(less func(a, b int) bool) {
		sort.SliceStable(people, func(i, j int) bool { return less(i, j) })
	}
	by(func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	defer func() { fmt.Println("deferred sees count", count) }()
	count = 100
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
}
