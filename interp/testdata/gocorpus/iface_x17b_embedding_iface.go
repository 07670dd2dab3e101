package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Walker interface {
	Walk() string
}

type WalkingAnimal interface {
	Animal
	Walker
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Dog struct {
	base
	breed string
}

func (d Dog) Sound() string { return "woof" }
func (d Dog) Walk() string  { return d.name + " trots" }

type Bird struct {
	base
}

func (Bird) Sound() string   { return "tweet" }
func (b *Bird) Walk() string { return b.name + " hops" }

type Loud struct {
	Animal
}

func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

type nopCloser struct{ io.Reader }

func (nopCloser) Close() error { return nil }

type sortedKeys struct {
	sort.StringSlice
	calls int
}

func (s *sortedKeys) Less(i, j int) bool {
	s.calls++
	return s.StringSlice.Less(j, i)
}

func main() {
	d := Dog{base{"rex"}, "lab"}
	b := &Bird{base{"tweety"}}
	zoo := []Animal{d, b, Loud{d}, Loud{b}}
	for _, a := range zoo {
		line := fmt.Sprintf("%-6s says %-6s", a.Name(), a.Sound())
		if w, ok := a.(WalkingAnimal); ok {
			line += " and " + w.Walk()
		}
		fmt.Println(line, fmt.Sprintf("%T", a))
	}
	var _ WalkingAnimal = b
	var w Walker = d
	if an, ok := w.(Animal); ok {
		fmt.Println("walker is animal", an.Name())
	}
	_, isW := Animal(Bird{base{"x"}}).(Walker)
	fmt.Println("Bird value walks?", isW)
	var rc io.ReadCloser = nopCloser{strings.NewReader("data")}
	bs, _ := io.ReadAll(rc)
	fmt.Println(string(bs), rc.Close())
	sk := &sortedKeys{StringSlice: []string{"b", "c", "a"}}
	sort.Sort(sk)
	fmt.Println(sk.StringSlice, sk.calls > 0)
	fmt.Printf("%v %+v\n", d, d)
	fmt.Printf("%v\n", Loud{d})
}
