// Exercises: a map keyed by a struct type declared in main whose fields hold an interface, one keyed by an
// interface declared in main, == on the local struct, and a key whose dynamic type Go cannot hash.
package main

import "fmt"

type Node interface{ ID() int }
type Leaf struct{ id int }

func (l *Leaf) ID() int { return l.id }

type Bag struct{ items []int }

func (b Bag) ID() int { return len(b.items) }

func main() {
	type edge struct{ a, b Node }
	type key interface{ ID() int }
	x, y := &Leaf{1}, &Leaf{2}
	w := map[edge]int{}
	w[edge{x, y}]++
	w[edge{x, y}]++
	fmt.Println(w[edge{x, y}], len(w), edge{x, y} == edge{x, y})
	k := map[key]int{}
	k[x]++
	var n key = x
	k[n]++
	fmt.Println(k[x], len(k))
	defer func() { fmt.Println("recovered:", recover()) }()
	m := map[Node]bool{}
	m[Bag{}] = true
}
