package main

import (
	"fmt"
	"slices"
	"strings"
)

func printSlice(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	primes := [6]int{2, 3, 5, 7, 11, 13}
	var s []int = primes[1:4]
	printSlice("s", s)

	// slices are references to arrays
	names := [4]string{"John", "Paul", "George", "Ringo"}
	a := names[0:2]
	b := names[1:3]
	b[0] = "XXX"
	fmt.Println(a, b, names)

	// slicing changes length, capacity follows the underlying array
	t := []int{2, 3, 5, 7, 11, 13}
	printSlice("t", t)
	t = t[:0]
	printSlice("t[:0]", t)
	t = t[:4]
	printSlice("t[:4]", t)
	t = t[2:]
	printSlice("t[2:]", t)

	var z []int
	printSlice("nil", z)
	fmt.Println("is nil:", z == nil)

	m := make([]int, 5)
	printSlice("make5", m)
	n := make([]int, 0, 5)
	printSlice("make0,5", n)

	// appending grows the backing array when needed
	var g []int
	for i := 0; i < 5; i++ {
		g = append(g, i)
		printSlice("append", g)
	}
	g = append(g, 10, 11, 12)
	printSlice("append3", g)

	// append may share the backing array
	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println("shared:", x[3], y[3])
	full := base[:3:3]
	x2 := append(full, 1)
	y2 := append(full, 2)
	fmt.Println("separate:", x2[3], y2[3])

	// copy
	src := []int{1, 2, 3, 4}
	dst := make([]int, 2)
	k := copy(dst, src)
	fmt.Println("copied", k, dst)

	// 2D slices
	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	for i := range board {
		fmt.Println(strings.Join(board[i], " "))
	}

	// delete, insert with slices package
	letters := []string{"a", "b", "c", "d", "e"}
	letters = slices.Delete(letters, 1, 3)
	letters = slices.Insert(letters, 1, "X", "Y")
	fmt.Println(letters, len(letters))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Repeat([]int{0, 1}, 3))
	chunks := [][]int{}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks)

	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println("arrays copy:", arr, arr2, arr == [3]int{1, 2, 3})
	ptr := &arr
	ptr[1] = 20
	fmt.Println(arr, len(ptr))
}
