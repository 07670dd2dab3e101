// Exercises: arrays are values, struct copies, slices of arrays, array of structs modified via index and range.
package main

import "fmt"

type Vec [3]float64

func (v Vec) Add(w Vec) Vec {
	for i := range v {
		v[i] += w[i]
	}
	return v
}

func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Particle struct {
	Pos, Vel Vec
	Mass     float64
}

func main() {
	a := Vec{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == Vec{1, 2, 3})
	c := a.Add(Vec{1, 1, 1})
	fmt.Println(a, c)
	c.Scale(2)
	fmt.Println(c)
	ps := [2]Particle{{Mass: 1}, {Mass: 2}}
	for _, p := range ps {
		p.Mass *= 10
	}
	fmt.Println(ps[0].Mass, ps[1].Mass)
	for i := range ps {
		ps[i].Pos = ps[i].Pos.Add(Vec{float64(i), 0, 0})
		ps[i].Vel.Scale(3)
	}
	fmt.Printf("%+v\n", ps)
	grid := [3][3]int{}
	for i := 0; i < 3; i++ {
		grid[i][i] = 1
	}
	g2 := grid
	g2[0][2] = 9
	fmt.Println(grid, g2)
	m := map[string]Vec{"x": {1, 0, 0}}
	v := m["x"]
	v[1] = 5
	fmt.Println(m, v, len(m))
	arrs := [][2]int{{1, 2}, {3, 4}}
	for _, pr := range arrs {
		pr[0] = 0
	}
	fmt.Println(arrs)
}
