// Exercises: method value from an interface, closures over struct fields through pointers
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

func main() {
	q := &Sq{2}
	var sh Shape = q
	area := sh.Area
	q.s = 3
	fmt.Println(area())
	fs := []func() float64{}
	for _, s := range []*Sq{{1}, {2}, {3}} {
		fs = append(fs, s.Area)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	ptrs := []*int{}
	for i := range arr {
		ptrs = append(ptrs, &arr[i])
	}
	*ptrs[1] = 20
	fmt.Println(arr)
}
