// Exercises: flat []float64 tensor with shape and strides, transpose by swapping strides, row views sharing storage
package main

import "fmt"

type Tensor struct {
	Data    []float64
	Shape   [2]int
	Strides [2]int
	Off     int
}

func New(r, c int) *Tensor {
	return &Tensor{Data: make([]float64, r*c), Shape: [2]int{r, c}, Strides: [2]int{c, 1}}
}

func (t *Tensor) At(i, j int) float64     { return t.Data[t.Off+i*t.Strides[0]+j*t.Strides[1]] }
func (t *Tensor) Set(i, j int, v float64) { t.Data[t.Off+i*t.Strides[0]+j*t.Strides[1]] = v }

func (t Tensor) T() Tensor {
	t.Shape[0], t.Shape[1] = t.Shape[1], t.Shape[0]
	t.Strides[0], t.Strides[1] = t.Strides[1], t.Strides[0]
	return t
}

func (t *Tensor) Row(i int) *Tensor {
	return &Tensor{Data: t.Data, Shape: [2]int{1, t.Shape[1]}, Strides: t.Strides, Off: t.Off + i*t.Strides[0]}
}

func (t *Tensor) Print() {
	for i := 0; i < t.Shape[0]; i++ {
		for j := 0; j < t.Shape[1]; j++ {
			fmt.Printf("%4.0f", t.At(i, j))
		}
		fmt.Println()
	}
}

func main() {
	a := New(2, 3)
	for i := range a.Data {
		a.Data[i] = float64(i + 1)
	}
	a.Print()
	tt := a.T()
	tt.Print()
	fmt.Println(tt.Shape, tt.Strides, a.Shape, a.Strides)
	r := a.Row(1)
	r.Set(0, 2, 60)
	a.Print()
	fmt.Println(tt.At(2, 1), len(a.Data))
}
