// Exercises: student saves the "best model" by struct copy, but the slice inside is shared, so best changes too; fix with copy
package main

import "fmt"

type Model struct {
	Epoch int
	W     []float64
}

func train(m *Model) {
	m.Epoch++
	for i := range m.W {
		m.W[i] -= 0.5
	}
}

func clone(m Model) Model {
	c := m
	c.W = make([]float64, len(m.W))
	copy(c.W, m.W)
	return c
}

func main() {
	m := Model{W: []float64{1, 2}}
	train(&m)
	best := m // shallow: best.W aliases m.W
	safe := clone(m)
	train(&m)
	train(&m)
	fmt.Printf("%+v\n%+v\n%+v\n", m, best, safe)
	ms := []Model{m, safe}
	for _, x := range ms {
		x.Epoch = 99
		x.W[0] = 99
	}
	fmt.Println(ms)
	n := copy(safe.W, []float64{7, 8, 9})
	fmt.Println(n, safe.W)
}
