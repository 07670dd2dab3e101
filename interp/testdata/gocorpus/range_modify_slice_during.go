// Exercises: range evaluates the slice once; appending during range does not extend iteration.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		if i == 0 {
			s[1] = 99
		}
	}
	fmt.Println(s)

	t := []int{1, 2, 3, 4}
	for i, v := range t {
		t[len(t)-1-i] = v
	}
	fmt.Println(t)

	u := []string{"a", "b", "c"}
	for i := range u {
		u[i] += u[i]
	}
	fmt.Println(u)
}
