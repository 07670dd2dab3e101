// Exercises: the comma-ok idioms: map lookup, type assertion, channel receive after close, in if statements, at function level, and assigned to existing variables.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	ages := map[string]int{"ann": 31, "bob": 0}
	age, ok := ages["bob"]
	fmt.Println(age, ok)
	age, ok = ages["cid"]
	fmt.Println(age, ok)
	if a, found := ages["ann"]; found {
		fmt.Println("ann is", a)
	}
	if _, present := ages["zed"]; !present {
		fmt.Println("no zed")
	}

	var x any = Square{2}
	s, ok := x.(Shape)
	fmt.Println(s.Area(), ok)
	str, ok := x.(fmt.Stringer)
	fmt.Println(str == nil, ok)
	n, ok := x.(int)
	fmt.Println(n, ok)
	if sq, ok := x.(Square); ok {
		fmt.Println("side", sq.S)
	}

	ch := make(chan int, 2)
	ch <- 5
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	count := 0
	for {
		if _, more := <-ch; !more {
			break
		}
		count++
	}
	var m map[string][]int
	list, ok := m["x"]
	fmt.Println(count, list == nil, ok, len(m))
}
