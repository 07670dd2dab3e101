// Exercises: reversing and rotating slices in place with the three-reversal trick, and array copies.
package main

import "fmt"

func reverse(xs []int) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func rotateLeft(xs []int, k int) {
	if len(xs) == 0 {
		return
	}
	k %= len(xs)
	reverse(xs[:k])
	reverse(xs[k:])
	reverse(xs)
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7}
	rotateLeft(xs, 2)
	fmt.Println(xs)
	rotateLeft(xs, 12)
	fmt.Println(xs)
	reverse(xs[1:4])
	fmt.Println(xs)
	arr := [5]int{10, 20, 30, 40, 50}
	cp := arr
	reverse(arr[:])
	fmt.Println(arr, cp)
	rotated := append(cp[3:], cp[:3]...)
	fmt.Println(rotated, len(rotated))
	var empty []int
	rotateLeft(empty, 3)
	fmt.Println(empty == nil)
	s := "stressed"
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	fmt.Println(string(b))
}
