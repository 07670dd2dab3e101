// Exercises: operand order the spec leaves unspecified - reading s versus calling s.Pop() in one call's arguments (gc: [1] 2 [1])
package main

import "fmt"

type Stack []int

func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func main() {
	s := Stack{1, 2}
	fmt.Println(s, s.Pop(), s)
}
