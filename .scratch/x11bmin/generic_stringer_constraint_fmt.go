package main

import "fmt"

type Ms []int

func (m Ms) String() string { return "Ms!" }

func Print[T fmt.Stringer](x T) string { return fmt.Sprint(x) }

func main() {
	// go: Ms!; gobackprop: [2]
	fmt.Println(Print(Ms{2}))
}
