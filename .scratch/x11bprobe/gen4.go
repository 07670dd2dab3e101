package main

import "fmt"

type P struct{ X int }

func (p P) String() string { return "P!" }

type Ms []int

func (m Ms) String() string { return "Ms!" }

func Show[T any](x T) string { return fmt.Sprintf("%T %v", x, x) }

func Print[T fmt.Stringer](x T) string { return fmt.Sprint(x) + " " + x.String() }

func main() {
	fmt.Println(Show(P{1}))
	fmt.Println(Show(Ms{1}))
	fmt.Println(Print(P{1}), Print(Ms{2}))
	fmt.Println(Show([]P{{1}}))
}
