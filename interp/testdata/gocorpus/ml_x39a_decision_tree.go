package main

import (
	"fmt"
	"strings"
)

type Sample struct {
	F     []float64
	Label int
}

type Node struct {
	Feature   int
	Threshold float64
	Left      *Node
	Right     *Node
	Leaf      bool
	Class     int
	N         int
}

func gini(s []Sample) float64 {
	counts := map[int]int{}
	for _, x := range s {
		counts[x.Label]++
	}
	g := 1.0
	for _, c := range counts {
		p := float64(c) / float64(len(s))
		g -= p * p
	}
	return g
}

func majority(s []Sample) int {
	counts := map[int]int{}
	best := 0
	for _, x := range s {
		counts[x.Label]++
	}
	for c, n := range counts {
		if n > counts[best] || (n == counts[best] && c < best) {
			best = c
		}
	}
	return best
}

func split(s []Sample, f int, t float64) (l, r []Sample) {
	for _, x := range s {
		if x.F[f] <= t {
			l = append(l, x)
		} else {
			r = append(r, x)
		}
	}
	return
}

func build(s []Sample, depth, maxDepth int) *Node {
	if depth == maxDepth || gini(s) == 0 || len(s) < 2 {
		return &Node{Leaf: true, Class: majority(s), N: len(s)}
	}
	bestF, bestT, bestScore := -1, 0.0, gini(s)
	for f := range s[0].F {
		for _, cand := range s {
			t := cand.F[f]
			l, r := split(s, f, t)
			if len(l) == 0 || len(r) == 0 {
				continue
			}
			score := (float64(len(l))*gini(l) + float64(len(r))*gini(r)) / float64(len(s))
			if score < bestScore-1e-12 {
				bestF, bestT, bestScore = f, t, score
			}
		}
	}
	if bestF < 0 {
		return &Node{Leaf: true, Class: majority(s), N: len(s)}
	}
	l, r := split(s, bestF, bestT)
	return &Node{
		Feature: bestF, Threshold: bestT, N: len(s),
		Left:  build(l, depth+1, maxDepth),
		Right: build(r, depth+1, maxDepth),
	}
}

func (n *Node) Predict(f []float64) int {
	for !n.Leaf {
		if f[n.Feature] <= n.Threshold {
			n = n.Left
		} else {
			n = n.Right
		}
	}
	return n.Class
}

func (n *Node) Print(names []string, indent int) {
	pad := strings.Repeat("  ", indent)
	if n.Leaf {
		fmt.Printf("%sleaf class=%d (n=%d)\n", pad, n.Class, n.N)
		return
	}
	fmt.Printf("%sif %s <= %.2f (n=%d)\n", pad, names[n.Feature], n.Threshold, n.N)
	n.Left.Print(names, indent+1)
	fmt.Printf("%selse\n", pad)
	n.Right.Print(names, indent+1)
}

func main() {
	names := []string{"temp", "humidity", "wind"}
	data := []Sample{
		{[]float64{30, 85, 5}, 0}, {[]float64{27, 90, 12}, 0}, {[]float64{28, 78, 3}, 1},
		{[]float64{21, 96, 4}, 1}, {[]float64{20, 80, 6}, 1}, {[]float64{18, 70, 15}, 0},
		{[]float64{17, 65, 14}, 1}, {[]float64{22, 95, 2}, 0}, {[]float64{19, 70, 3}, 1},
		{[]float64{24, 80, 5}, 1}, {[]float64{23, 70, 13}, 1}, {[]float64{26, 90, 11}, 0},
	}
	for _, d := range []int{1, 2, 3} {
		tree := build(data, 0, d)
		fmt.Printf("--- max depth %d\n", d)
		tree.Print(names, 0)
		correct := 0
		for _, s := range data {
			if tree.Predict(s.F) == s.Label {
				correct++
			}
		}
		fmt.Printf("train acc %d/%d\n", correct, len(data))
	}
	fmt.Printf("root gini %.4f\n", gini(data))
}
