// Exercises: range over an array evaluates a copy; range over a pointer to array or a slice does not
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	var seen []int
	for i, v := range a {
		if i == 0 {
			a[1] = 100
			a[2] = 200
		}
		seen = append(seen, v)
	}
	fmt.Println("range over array sees copy:", seen, a)

	b := [3]int{1, 2, 3}
	seen = nil
	for i, v := range &b {
		if i == 0 {
			b[1] = 100
		}
		seen = append(seen, v)
	}
	fmt.Println("range over array pointer sees change:", seen)

	s := []int{1, 2, 3}
	seen = nil
	for i, v := range s {
		if i == 0 {
			s[2] = 300
		}
		seen = append(seen, v)
	}
	fmt.Println("range over slice sees change:", seen)

	var structs [2]struct{ N int }
	for _, st := range structs {
		st.N = 9
	}
	fmt.Println("range value var is a copy:", structs)
	for i := range structs {
		structs[i].N = 9
	}
	fmt.Println("index assignment modifies:", structs)
}
