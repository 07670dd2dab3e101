package main

import (
	"fmt"
	"strings"
)

// insertionSort sorts a in place and returns the number of shifts performed.
func insertionSort(a []int, trace func(j int, a []int)) int {
	shifts := 0
	for j := 1; j < len(a); j++ {
		key := a[j]
		i := j - 1
		for i >= 0 && a[i] > key {
			a[i+1] = a[i]
			i--
			shifts++
		}
		a[i+1] = key
		if trace != nil {
			trace(j, a)
		}
	}
	return shifts
}

func render(a []int) string {
	parts := make([]string, len(a))
	for i, v := range a {
		parts[i] = fmt.Sprintf("%2d", v)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	a := []int{5, 2, 4, 6, 1, 3}
	fmt.Println("start  ", render(a))
	n := insertionSort(a, func(j int, a []int) {
		fmt.Printf("j=%d    %s\n", j, render(a))
	})
	fmt.Printf("shifts=%d sorted=%v\n", n, a)

	for _, in := range [][]int{{1, 2, 3, 4}, {4, 3, 2, 1}, {}, {7}} {
		c := append([]int(nil), in...)
		s := insertionSort(c, nil)
		fmt.Printf("%-10v -> %-10v shifts=%d\n", in, c, s)
	}
}
