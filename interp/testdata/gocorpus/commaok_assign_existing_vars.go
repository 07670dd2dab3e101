// Exercises: comma-ok forms assigning to already-declared variables with = rather than :=.
package main

import "fmt"

func main() {
	var (
		v  int
		ok bool
		s  string
	)
	m := map[string]int{"k": 9}
	v, ok = m["k"]
	fmt.Println(v, ok)
	v, ok = m["z"]
	fmt.Println(v, ok)
	var i any = "text"
	s, ok = i.(string)
	fmt.Println(s, ok)
	ch := make(chan int, 1)
	ch <- 4
	v, ok = <-ch
	fmt.Println(v, ok)
	arr := []int{0, 0}
	arr[0], ok = m["k"]
	fmt.Println(arr, ok)
}
