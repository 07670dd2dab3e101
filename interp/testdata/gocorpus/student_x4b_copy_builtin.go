// Exercises: student mistake: copy into a nil or short slice copies min(len) elements; make with length vs capacity; append after make
package main

import "fmt"

func main() {
	w := []float64{0.1, 0.2, 0.3}
	var backup []float64
	n := copy(backup, w) // copies nothing: backup has length 0
	fmt.Println(n, backup, backup == nil)
	backup = make([]float64, 0, len(w))
	n = copy(backup, w) // still nothing: length 0, capacity 3
	fmt.Println(n, backup, cap(backup))
	backup = make([]float64, len(w))
	n = copy(backup, w)
	w[0] = 99
	fmt.Println(n, backup, w)
	grads := make([]float64, 3)
	grads = append(grads, 1, 2) // appends after three zeros
	fmt.Println(grads, len(grads))
	short := make([]float64, 2)
	fmt.Println(copy(short, w), short)
	buf := []byte("epoch")
	fmt.Println(copy(buf[1:], "XYZ"), string(buf))
	a := []int{1, 2, 3, 4, 5}
	copy(a[1:], a) // overlapping: like memmove
	fmt.Println(a)
	c := append([]int(nil), a[:2]...)
	c[0] = -1
	fmt.Println(a[:2], c)
}
