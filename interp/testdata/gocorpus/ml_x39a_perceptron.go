package main

import (
	"fmt"
	"strings"
)

type Class int

const (
	Reject Class = iota - 1
	_
	Accept
)

func (c Class) String() string {
	switch c {
	case Accept:
		return "accept"
	case Reject:
		return "reject"
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

type Vec3 [3]float64

func (v Vec3) Dot(o Vec3) float64 { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }

func (v Vec3) Add(o Vec3, k float64) Vec3 {
	for i := range v {
		v[i] += k * o[i]
	}
	return v // v is a copy, caller's array untouched
}

type Perceptron struct {
	W       Vec3
	Updates int
}

func (p *Perceptron) Predict(x Vec3) Class {
	if p.W.Dot(x) >= 0 {
		return Accept
	}
	return Reject
}

func (p *Perceptron) Train(X []Vec3, Y []Class, maxEpochs int) int {
	for e := 1; e <= maxEpochs; e++ {
		mistakes := 0
		for i, x := range X {
			if p.Predict(x) != Y[i] {
				p.W = p.W.Add(x, float64(Y[i]))
				p.Updates++
				mistakes++
			}
		}
		fmt.Printf("epoch %d: %d mistakes, w=%v\n", e, mistakes, p.W)
		if mistakes == 0 {
			return e
		}
	}
	return -1
}

func main() {
	// features: bias, exam score (scaled), interview score (scaled)
	X := []Vec3{
		{1, 0.9, 0.8}, {1, 0.4, 0.3}, {1, 0.7, 0.9}, {1, 0.2, 0.6},
		{1, 0.8, 0.4}, {1, 0.3, 0.2}, {1, 0.6, 0.7}, {1, 0.5, 0.1},
	}
	Y := []Class{Accept, Reject, Accept, Reject, Accept, Reject, Accept, Reject}
	var p Perceptron
	epochs := p.Train(X, Y, 20)
	fmt.Printf("converged after %d epochs, %d updates\n", epochs, p.Updates)
	fmt.Printf("%v %+v\n", p, p)

	orig := Vec3{1, 2, 3}
	moved := orig.Add(Vec3{1, 1, 1}, 10)
	fmt.Println(orig, moved, orig == Vec3{1, 2, 3}, moved != orig)

	counts := map[Class]int{}
	var sb strings.Builder
	for _, x := range []Vec3{{1, 0.85, 0.85}, {1, 0.1, 0.1}, {1, 0.55, 0.5}} {
		c := p.Predict(x)
		counts[c]++
		fmt.Fprintf(&sb, "%v->%v ", x, c)
	}
	fmt.Println(sb.String())
	fmt.Println(counts, Class(0), Class(5))
	fmt.Printf("%d %v %s %q\n", Accept, Reject, Accept, Reject)
	grid := [2][3]Class{}
	grid[1][2] = Accept
	copyGrid := grid
	copyGrid[0][0] = Reject
	fmt.Println(grid, copyGrid)
}
