// Exercises: computational graph of Node interfaces in a map keyed by name, topological sort, forward/backward
package main

import (
	"fmt"
	"sort"
)

type Node interface {
	Inputs() []string
	Forward(in []float64) float64
	Backward(in []float64, grad float64) []float64
}

type Add struct{ A, B string }
type Mul struct{ A, B string }

func (n Add) Inputs() []string                           { return []string{n.A, n.B} }
func (n Add) Forward(in []float64) float64               { return in[0] + in[1] }
func (n Add) Backward(in []float64, g float64) []float64 { return []float64{g, g} }
func (n Mul) Inputs() []string                           { return []string{n.A, n.B} }
func (n Mul) Forward(in []float64) float64               { return in[0] * in[1] }
func (n Mul) Backward(in []float64, g float64) []float64 { return []float64{g * in[1], g * in[0]} }

func topo(g map[string]Node) []string {
	indeg, users := map[string]int{}, map[string][]string{}
	for name, n := range g {
		indeg[name] += 0
		for _, in := range n.Inputs() {
			if g[in] != nil { // leaves are values, not nodes
				indeg[name]++
				users[in] = append(users[in], name)
			}
		}
	}
	var order []string
	for len(order) < len(g) {
		var ready []string
		for name, d := range indeg {
			if d == 0 {
				ready = append(ready, name)
			}
		}
		sort.Strings(ready)
		for order, indeg[ready[0]] = append(order, ready[0]), -1; len(users[ready[0]]) > 0; users[ready[0]] = users[ready[0]][1:] {
			indeg[users[ready[0]][0]]--
		}
	}
	return order
}

func main() {
	g := map[string]Node{
		"q": Add{"x", "y"}, "f": Mul{"q", "z"}, "h": Mul{"q", "q"},
	}
	order := topo(g)
	val, grad := map[string]float64{"x": -2, "y": 5, "z": -4}, map[string]float64{"f": 1, "h": 1}
	ins := func(n Node) []float64 { return []float64{val[n.Inputs()[0]], val[n.Inputs()[1]]} }
	for _, name := range order {
		val[name] = g[name].Forward(ins(g[name]))
	}
	for i := len(order) - 1; i >= 0; i-- {
		n := g[order[i]]
		for j, gi := range n.Backward(ins(n), grad[order[i]]) {
			grad[n.Inputs()[j]] += gi
		}
	}
	fmt.Println(order, val, grad)
	fmt.Printf("%T %v\n", g["f"], g["q"])
}
