// Exercises: reverse and rotate in place, equal for slices, nonempty filter in place, remove preserving order, stack via slices
package main

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func rotateLeft(s []int, k int) {
	k %= len(s)
	reverse(s[:k])
	reverse(s[k:])
	reverse(s)
}

func equal(x, y []string) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

func nonempty(strs []string) []string {
	out := strs[:0]
	for _, s := range strs {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func remove(s []int, i int) []int {
	copy(s[i:], s[i+1:])
	return s[:len(s)-1]
}

func main() {
	a := [...]int{0, 1, 2, 3, 4, 5}
	reverse(a[:])
	fmt.Println(a)
	s := []int{0, 1, 2, 3, 4, 5}
	rotateLeft(s, 2)
	fmt.Println(s)
	rotateLeft(s, 10)
	fmt.Println(s)
	data := []string{"one", "", "three"}
	fmt.Printf("%q\n", nonempty(data))
	fmt.Printf("%q\n", data)
	fmt.Println(equal([]string{"a"}, []string{"a"}), equal(nil, []string{}), equal([]string{"a"}, nil))
	fmt.Println(remove([]int{5, 6, 7, 8, 9}, 2))
	var stack []int
	for i := 1; i <= 4; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println(len(stack))
}
