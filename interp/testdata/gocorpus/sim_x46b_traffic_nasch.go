package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Nagel-Schreckenberg traffic model on a ring road.
type Road struct {
	Len   int
	Vmax  int
	P     float64
	Pos   []int
	Speed []int
}

func (r *Road) Step(rng *rand.Rand) (flow int) {
	n := len(r.Pos)
	for i := 0; i < n; i++ {
		gap := (r.Pos[(i+1)%n] - r.Pos[i] - 1 + r.Len) % r.Len
		v := min(r.Speed[i]+1, r.Vmax, gap)
		if v > 0 && rng.Float64() < r.P {
			v--
		}
		r.Speed[i] = v
	}
	for i := 0; i < n; i++ {
		np := r.Pos[i] + r.Speed[i]
		if np >= r.Len {
			flow++
		}
		r.Pos[i] = np % r.Len
	}
	return flow
}

func (r *Road) Render() string {
	b := []byte(strings.Repeat(".", r.Len))
	for i, p := range r.Pos {
		b[p] = byte('0' + r.Speed[i])
	}
	return string(b)
}

func newRoad(length, cars int) *Road {
	r := &Road{Len: length, Vmax: 5, P: 0.3}
	for i := 0; i < cars; i++ {
		r.Pos = append(r.Pos, i*length/cars)
		r.Speed = append(r.Speed, 0)
	}
	return r
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	road := newRoad(60, 15)
	for t := 0; t < 12; t++ {
		fmt.Println(road.Render())
		road.Step(rng)
	}
	fmt.Println()
	fmt.Printf("%8s %8s\n", "density", "flow")
	for _, cars := range []int{5, 10, 20, 30, 45} {
		r := newRoad(100, cars)
		total := 0
		for t := 0; t < 300; t++ {
			f := r.Step(rng)
			if t >= 100 {
				total += f
			}
		}
		fmt.Printf("%8.2f %8.3f\n", float64(cars)/100, float64(total)/200)
	}
}
