package main

import "fmt"

type counter struct {
	comparisons int
	inversions  int
	depth       int
}

func (c *counter) mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	c.depth++
	defer func() { c.depth-- }()
	mid := len(a) / 2
	left := c.mergeSort(append([]int{}, a[:mid]...))
	right := c.mergeSort(append([]int{}, a[mid:]...))
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		c.comparisons++
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			c.inversions += len(left) - i
			j++
		}
	}
	out = append(out, left[i:]...)
	out = append(out, right[j:]...)
	fmt.Printf("%*smerge %v + %v = %v\n", c.depth*2, "", left, right, out)
	return out
}

func main() {
	c := &counter{}
	sorted := c.mergeSort([]int{2, 3, 8, 6, 1})
	fmt.Println("sorted:", sorted)
	fmt.Printf("%+v\n", *c)

	c2 := new(counter)
	data := []int{38, 27, 43, 3, 9, 82, 10}
	res := c2.mergeSort(data)
	fmt.Printf("%v inversions=%d comparisons=%d\n", res, c2.inversions, c2.comparisons)
}
