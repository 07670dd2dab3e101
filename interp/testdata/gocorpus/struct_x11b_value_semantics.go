// Exercises: arrays and structs copied by value, struct comparison with ==, anonymous structs, arrays of structs modified via index vs range copy
package main

import "fmt"

type Vec struct{ X, Y float64 }

type Particle struct {
	Pos, Vel Vec
	Tags     [2]string
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	ps := []Particle{{Pos: Vec{0, 0}, Vel: Vec{1, 2}}, {Pos: Vec{5, 5}, Vel: Vec{-1, 0}}}
	for _, p := range ps {
		p.Pos.X += p.Vel.X
	}
	fmt.Println(ps[0].Pos, ps[1].Pos)
	for i := range ps {
		ps[i].Pos.X += ps[i].Vel.X
		ps[i].Tags[0] = fmt.Sprint("moved", i)
	}
	fmt.Printf("%+v\n", ps)
	c := ps[0]
	c.Tags[1] = "copy"
	fmt.Println(ps[0].Tags, c.Tags, c == ps[0])
	pt := struct {
		Name string
		N    int
	}{"anon", 2}
	type named struct {
		Name string
		N    int
	}
	fmt.Println(pt, named(pt) == named{"anon", 2})
	grid := [2][2]Vec{}
	row := grid[1]
	row[0].X = 9
	grid[0][1].Y = 7
	fmt.Println(grid, row)
	m := map[string]Vec{"a": {1, 1}}
	v := m["a"]
	v.X = 42
	fmt.Println(m, v)
}
