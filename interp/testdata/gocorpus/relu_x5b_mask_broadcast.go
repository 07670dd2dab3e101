// Exercises: broadcasting a bias over rows, ReLU forward with a boolean mask, backward through the mask, db as column sums
package main

import "fmt"

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func (m Matrix) String() string {
	s := ""
	for i := 0; i < m.Rows; i++ {
		s += fmt.Sprint(m.Data[i*m.Cols:(i+1)*m.Cols]) + "\n"
	}
	return s
}

func (m Matrix) AddBias(b []float64) Matrix {
	if len(b) != m.Cols {
		panic(fmt.Sprintf("AddBias: bias of %d for %d columns", len(b), m.Cols))
	}
	out := Matrix{m.Rows, m.Cols, make([]float64, len(m.Data))}
	for k, v := range m.Data {
		out.Data[k] = v + b[k%m.Cols]
	}
	return out
}

func ReLU(m Matrix) (Matrix, []bool) {
	mask := make([]bool, len(m.Data))
	out := Matrix{m.Rows, m.Cols, make([]float64, len(m.Data))}
	for k, v := range m.Data {
		if mask[k] = v > 0; mask[k] {
			out.Data[k] = v
		}
	}
	return out, mask
}

func main() {
	z := Matrix{3, 3, []float64{-1, 2, 0.5, 3, -4, 0, 0.25, -0.5, 1}}
	a := z.AddBias([]float64{0.5, 1, -0.5})
	h, mask := ReLU(a)
	fmt.Print(a, h)
	fmt.Println(mask)
	dh := Matrix{3, 3, []float64{1, 1, 1, 2, 2, 2, 3, 3, 3}}
	da := Matrix{3, 3, make([]float64, 9)}
	for k := range dh.Data {
		if mask[k] {
			da.Data[k] = dh.Data[k]
		}
	}
	db := make([]float64, 3)
	for k, v := range da.Data {
		db[k%3] += v
	}
	fmt.Printf("da:\n%vdb: %v\n", da, db)
	defer func() { fmt.Println("recovered:", recover()) }()
	z.AddBias([]float64{1, 2})
}
