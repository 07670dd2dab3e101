// Exercises: interface embedding (Trainable embeds Layer), type switch on interface types, pointer-receiver String in slices, embedded *Base
package main

import (
	"fmt"
	"sort"
)

type Base struct{ name string }

func (b *Base) String() string { return "<" + b.name + ">" }

type Layer interface {
	Forward(x float64) float64
	fmt.Stringer
}

type Trainable interface {
	Layer
	Params() map[string]*float64
}

type Linear struct {
	*Base
	W, B float64
}

func (l *Linear) Forward(x float64) float64   { return l.W*x + l.B }
func (l *Linear) Params() map[string]*float64 { return map[string]*float64{"W": &l.W, "B": &l.B} }

type ReLU struct{ *Base }

func (ReLU) Forward(x float64) float64 { return max(0, x) }

func main() {
	net := []Layer{&Linear{&Base{"fc1"}, 2, -1}, ReLU{&Base{"relu"}}, &Linear{&Base{"fc2"}, -0.5, 3}}
	fmt.Println(net)
	fmt.Printf("%v %s\n", net[1], net[2])
	x := 1.5
	for _, l := range net {
		x = l.Forward(x)
	}
	fmt.Println("out:", x)
	for _, l := range net {
		switch t := l.(type) {
		case Trainable:
			ps := t.Params()
			keys := make([]string, 0, len(ps))
			for k := range ps {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				*ps[k] *= 2
				fmt.Printf("%v.%s=%v ", t, k, *ps[k])
			}
			fmt.Println()
		case fmt.Stringer:
			fmt.Println("no params:", t)
		}
	}
	var tr Trainable = net[0].(Trainable)
	var l Layer = tr
	fmt.Println(l.Forward(1), tr.String())
}
