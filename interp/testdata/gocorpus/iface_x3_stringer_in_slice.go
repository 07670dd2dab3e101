// Exercises: fmt.Stringer on a value receiver used inside slices, maps, struct fields and pointers
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Where string
	Temp  Celsius
}

func main() {
	t := Celsius(21.5)
	fmt.Println(t)
	fmt.Println([]Celsius{1, 2.25})
	fmt.Println(map[string]Celsius{"in": 20, "out": -3})
	fmt.Println(Reading{"lab", 19})
	fmt.Printf("%v %s %d\n", t, t, []int{int(t)})
	p := &t
	fmt.Println(p == nil, *p)
}
