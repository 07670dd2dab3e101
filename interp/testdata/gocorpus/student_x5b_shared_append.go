// Exercises: a deliberate mistake: two slices appended from one with spare capacity share the backing array
package main

import "fmt"

var base = make([]float64, 3, 8)

func withBias(features []float64, bias float64) []float64 {
	return append(features, bias)
}

func main() {
	copy(base, []float64{0.2, 0.4, 0.6})
	a := withBias(base, 1)
	b := withBias(base, -1)
	fmt.Println("a:", a, "b:", b)
	fmt.Println(len(a), cap(a), &a[0] == &b[0])
	a[0] = 99
	fmt.Println("base:", base)
	full := []float64{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	c[0] = -1
	fmt.Println("full:", full, "c:", c, "d:", d)
	batches := [][]float64{}
	buf := make([]float64, 0, 4)
	for i := 0; i < 3; i++ {
		buf = append(buf[:0], float64(i), float64(i*i))
		batches = append(batches, buf)
	}
	fmt.Println("batches:", batches)
}
