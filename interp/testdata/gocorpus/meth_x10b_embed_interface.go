// Exercises: embedding an interface in a struct to override one method, interface embedding (ReadWriter), promoted methods through a pointer embed satisfying an interface
package main

import (
	"fmt"
	"sort"
	"strings"
)

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Named interface{ Name() string }
type Greeter interface {
	Named
	Greet() string
}

type base struct{ name string }

func (b *base) Name() string    { return b.name }
func (b *base) Rename(n string) { b.name = n }

type person struct {
	*base
	lang string
}

func (p person) Greet() string {
	if p.lang == "fr" {
		return "Bonjour, " + p.Name()
	}
	return "Hello, " + p.Name()
}

type upper struct{ Greeter }

func (u upper) Greet() string { return strings.ToUpper(u.Greeter.Greet()) }

func main() {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sort.Sort(reverse{sort.IntSlice(xs)})
	fmt.Println(xs)
	words := sort.StringSlice{"b", "c", "a"}
	sort.Sort(reverse{words})
	fmt.Println(words)
	ann := person{&base{"Ann"}, "en"}
	pierre := person{&base{"Pierre"}, "fr"}
	gs := []Greeter{ann, pierre, upper{ann}}
	ann.Rename("Annie")
	for _, g := range gs {
		fmt.Println(g.Greet(), "/", g.Name())
	}
	var n Named = upper{pierre}
	_, isGreeter := n.(Greeter)
	fmt.Println(n.Name(), isGreeter)
}
