// Exercises: recovering slice-bounds panics (s[a:b] with bad bounds) and printing the messages.
package main

import "fmt"

func sub(s string, lo, hi int) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return s[lo:hi], nil
}

func window(xs []int, lo, hi int) (w []int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return xs[lo:hi], true
}

func main() {
	fmt.Println(sub("gopher", 1, 4))
	fmt.Println(sub("gopher", 2, 10))
	fmt.Println(sub("gopher", 4, 2))
	xs := make([]int, 3, 8)
	fmt.Println(window(xs, 0, 3))
	fmt.Println(window(xs, 2, 6))
	fmt.Println(window(xs, 0, 9))
	fmt.Println(len(xs[:8]), cap(xs[2:]))
}
