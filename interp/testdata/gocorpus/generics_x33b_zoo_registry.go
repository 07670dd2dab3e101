package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	comparable
	Name() string
	Sound() string
}

type Lion struct{ name string }
type Penguin struct {
	name  string
	Swims bool
}

func (l Lion) Name() string     { return l.name }
func (Lion) Sound() string      { return "roar" }
func (p Penguin) Name() string  { return p.name }
func (p Penguin) Sound() string { return "squawk" }

type Enclosure[A Animal] struct {
	Label    string
	Capacity int
	animals  []A
}

func (e *Enclosure[A]) Admit(a A) error {
	for _, x := range e.animals {
		if x == a {
			return fmt.Errorf("%s already in %s", a.Name(), e.Label)
		}
	}
	if len(e.animals) >= e.Capacity {
		return fmt.Errorf("%s is full (%d/%d)", e.Label, len(e.animals), e.Capacity)
	}
	e.animals = append(e.animals, a)
	return nil
}

func (e *Enclosure[A]) Chorus() string {
	var parts []string
	for _, a := range e.animals {
		parts = append(parts, a.Name()+":"+a.Sound())
	}
	return strings.Join(parts, ", ")
}

func Names[A Animal](e *Enclosure[A]) []string {
	out := make([]string, len(e.animals))
	for i, a := range e.animals {
		out[i] = a.Name()
	}
	sort.Strings(out)
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	savanna := &Enclosure[Lion]{Label: "Savanna", Capacity: 2}
	ice := &Enclosure[Penguin]{Label: "Ice Shelf", Capacity: 3}
	for _, l := range []Lion{{"Simba"}, {"Nala"}, {"Simba"}, {"Mufasa"}} {
		if err := savanna.Admit(l); err != nil {
			fmt.Println("error:", err)
		}
	}
	for _, p := range []Penguin{{"Pingu", true}, {"Skipper", true}, {"Pingu", false}} {
		if err := ice.Admit(p); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(savanna.Chorus())
	fmt.Println(ice.Chorus())
	fmt.Println(Names(savanna), Names(ice))
	fmt.Printf("%T %T\n", savanna, *ice)
	fmt.Printf("%+v\n", *ice)

	visited := Set[string]{}
	visited.Add("Savanna", "Ice Shelf", "Savanna")
	ks := Keys(visited)
	sort.Strings(ks)
	fmt.Println(ks, visited.Has("Reptiles"), len(visited))
	ids := Set[[2]int]{}
	ids.Add([2]int{1, 2}, [2]int{1, 2}, [2]int{2, 1})
	fmt.Println(len(ids), ids.Has([2]int{2, 1}))
}
