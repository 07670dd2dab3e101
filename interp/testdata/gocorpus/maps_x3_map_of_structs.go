// Exercises: map of struct values cannot be modified in place; map of pointers can
package main

import "fmt"

type Stat struct{ N, Sum int }

func main() {
	byVal := map[string]Stat{}
	byPtr := map[string]*Stat{}
	for i, k := range []string{"a", "b", "a", "a"} {
		s := byVal[k]
		s.N++
		s.Sum += i
		byVal[k] = s
		if byPtr[k] == nil {
			byPtr[k] = &Stat{}
		}
		byPtr[k].N++
		byPtr[k].Sum += i
	}
	fmt.Println(byVal)
	fmt.Println(*byPtr["a"], *byPtr["b"])
}
