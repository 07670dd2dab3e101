// Exercises: maps keyed by interfaces of the program (pointer and value dynamic types), map[any] with struct keys
// that have methods, struct and array keys holding interface values, == on such structs, delete, comma-ok,
// op-assign, nested maps, two maps of one key type filled from goroutines under separate mutexes.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
)

type Node interface{ Name() string }

type Leaf struct{ name string }

func (l *Leaf) Name() string { return l.name }

type Op struct {
	sym  string
	args []Node
}

func (o *Op) Name() string { return o.sym }

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }

type Edge struct{ From, To Node }

type Cell struct{ R, C int }

func (c Cell) String() string { return fmt.Sprintf("R%dC%d", c.R, c.C) }

func topo(n Node, seen map[Node]bool, out *[]Node) {
	if seen[n] {
		return
	}
	seen[n] = true
	if o, ok := n.(*Op); ok {
		for _, a := range o.args {
			topo(a, seen, out)
		}
	}
	*out = append(*out, n)
}

func count(shapes []Shape) map[Shape]int {
	m := map[Shape]int{}
	for _, s := range shapes {
		m[s]++
	}
	return m
}

func main() {
	x, y := &Leaf{"x"}, &Leaf{"y"}
	mul := &Op{"*", []Node{x, y}}
	add := &Op{"+", []Node{mul, x}}
	var order []Node
	topo(add, map[Node]bool{}, &order)
	grads := map[Node]float64{add: 1}
	for i := len(order) - 1; i >= 0; i-- {
		o, ok := order[i].(*Op)
		if !ok {
			continue
		}
		g := grads[o]
		switch o.sym {
		case "+":
			for _, a := range o.args {
				grads[a] += g
			}
		case "*":
			grads[o.args[0]] += g * 3
			grads[o.args[1]] += g * 2
		}
	}
	for _, n := range order {
		fmt.Printf("%s: %.1f\n", n.Name(), grads[n])
	}
	fmt.Println(len(grads))

	m := count([]Shape{Rect{1, 2}, Square(2), Rect{1, 2}, Rect{2, 1}, Square(2)})
	fmt.Println(len(m), m[Rect{1, 2}], m[Square(2)], m[Rect{2, 1}], m[Rect{9, 9}])
	var s Shape = Rect{1, 2}
	if n, ok := m[s]; ok {
		fmt.Println("found", n)
	}
	delete(m, Rect{1, 2})
	_, ok := m[s]
	fmt.Println(ok, len(m))
	m[Rect{1, 2}] = 10
	m[s] *= 2
	fmt.Println(m[Rect{1, 2}])
	var keys []string
	for k, v := range m {
		keys = append(keys, fmt.Sprintf("%v=%d", k, v))
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, " "))

	sheet := map[any]string{Cell{1, 1}: "=A1", "title": "t", 7: "seven"}
	sheet[Cell{2, 3}] = "x"
	var c any = Cell{1, 1}
	fmt.Println(sheet[Cell{1, 1}], sheet[c], sheet["title"], sheet[7], len(sheet))
	sheet[c] += "!"
	fmt.Println(sheet[Cell{1, 1}])

	weights := map[Edge]float64{}
	weights[Edge{x, mul}] = 0.5
	weights[Edge{y, mul}] = 0.25
	e := Edge{x, mul}
	weights[e] += 1
	fmt.Println(weights[Edge{x, mul}], weights[Edge{y, mul}], len(weights))
	fmt.Println(e == Edge{x, mul}, e != Edge{y, mul}, Edge{Rect{1, 1}.toNode(), nil} == Edge{Rect{1, 1}.toNode(), nil})

	pairs := map[[2]Shape]string{}
	pairs[[2]Shape{Rect{1, 1}, Square(1)}] = "same area"
	fmt.Println(pairs[[2]Shape{Rect{1, 1}, Square(1)}], len(pairs))

	nested := map[Shape]map[Shape]bool{}
	for _, a := range []Shape{Rect{1, 2}, Rect{2, 1}, Square(1)} {
		for _, b := range []Shape{Rect{1, 2}, Square(1)} {
			if nested[a] == nil {
				nested[a] = map[Shape]bool{}
			}
			nested[a][b] = a.Area() == b.Area()
		}
	}
	fmt.Println(len(nested), nested[Rect{2, 1}][Rect{1, 2}], nested[Square(1)][Square(1)], len(nested[Rect{1, 2}]))

	var mu1, mu2 sync.Mutex
	evens, odds := map[Shape]int{}, map[Shape]int{}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				k := Rect{float64(j % 5), 1}
				if i%2 == 0 {
					mu1.Lock()
					evens[k]++
					mu1.Unlock()
				} else {
					mu2.Lock()
					odds[k]++
					mu2.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(evens), len(odds), evens[Rect{3, 1}], odds[Rect{0, 1}])
	ks := slices.SortedFunc(maps.Keys(evens), func(a, b Shape) int { return int(a.Area() - b.Area()) })
	fmt.Println(ks)
}

type named struct{ Rect }

func (r Rect) toNode() Node { return &Leaf{fmt.Sprint(r)} }
