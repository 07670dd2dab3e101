// Exercises: a deliberate mistake: an update method with a value receiver loses scalar updates but keeps slice element updates
package main

import "fmt"

type Model struct {
	W     []float64
	B     float64
	Steps int
}

func (m Model) Update(dW []float64, db, lr float64) {
	for i := range m.W {
		m.W[i] -= lr * dW[i] // shares the backing array: kept
	}
	m.B -= lr * db // lost
	m.Steps++      // lost
}

func (m *Model) UpdatePtr(dW []float64, db, lr float64) {
	for i := range m.W {
		m.W[i] -= lr * dW[i]
	}
	m.B -= lr * db
	m.Steps++
}

func main() {
	m := Model{W: []float64{1, 1}}
	for i := 0; i < 3; i++ {
		m.Update([]float64{1, -1}, 1, 0.1)
	}
	fmt.Printf("value receiver: %+v\n", m)
	p := Model{W: []float64{1, 1}}
	for i := 0; i < 3; i++ {
		p.UpdatePtr([]float64{1, -1}, 1, 0.1)
	}
	fmt.Printf("pointer receiver: %+v\n", p)
	models := []Model{m, p}
	for _, mm := range models {
		mm.UpdatePtr([]float64{0, 0}, 10, 1)
	}
	fmt.Println(models[0].B, models[1].B, models[0].Steps)
}
