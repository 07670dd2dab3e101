package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Animal interface {
	Name() string
	Sound() string
}

type Base struct {
	name string
	legs int
}

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe(a Animal) string {
	return fmt.Sprintf("%s (%d legs) says %s", a.Name(), b.legs, a.Sound())
}

type Dog struct {
	Base
	*Logger
	tricks []string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	Base
	lives int
}

func (c *Cat) Sound() string {
	c.lives--
	return fmt.Sprintf("meow(%d)", c.lives)
}

type Robot struct {
	Animal
	model string
}

func (r Robot) Name() string { return r.model + "/" + r.Animal.Name() }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

func main() {
	lg := &Logger{prefix: "[dog] "}
	d := Dog{Base{"rex", 4}, lg, nil}
	d.Log("created %s", d.name)
	d.tricks = append(d.tricks, "sit")
	c := &Cat{Base{"tom", 4}, 9}
	animals := []Animal{d, c, Base{"blob", 0}, Robot{d, "K9"}, Robot{c, "MK2"}}
	for _, a := range animals {
		fmt.Println(d.Describe(a))
	}
	fmt.Println(d.Base.Sound(), d.Sound(), c.Base.Sound(), c.lives)
	d.Log("tricks: %s", strings.Join(d.tricks, ","))
	fmt.Println(strings.Join(lg.lines, "\n"))

	var cnt Counter
	inc := cnt.Inc
	get := cnt.Get
	inc()
	inc()
	fmt.Println(cnt.n, get(), cnt.Get())
	counters := []Counter{{}, {}, {}}
	for _, c := range counters {
		c.Inc()
	}
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters)
	ptrs := map[string]*Counter{"a": {}, "b": {5}}
	ptrs["b"].Inc()
	fmt.Println(ptrs["a"].Get(), ptrs["b"].Get())
	f := (*Counter).Inc
	g := Counter.Get
	fmt.Println(f(&cnt), g(cnt))
	type Named interface{ Name() string }
	var n Named = Robot{Base{"r2", 3}, "astromech"}
	if a, ok := n.(Animal); ok {
		fmt.Println("robot is animal:", a.Sound(), a.Name())
	}
}
