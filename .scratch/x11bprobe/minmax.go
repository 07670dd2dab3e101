package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Name string

type Reg map[Name]Temp

func main() {
	a, b := Temp(1), Temp(3)
	fmt.Println(max(a, b), min(a, b, 0.5), max(Name("x"), "y"))
	fmt.Printf("%T %v\n", max(a, b), max(a, 2))
	r := Reg{"a": 1}
	clear(r)
	fmt.Println(len(r), r)
	hi := Temp(-100)
	for _, t := range []Temp{3, 7, 5} {
		hi = max(hi, t)
	}
	fmt.Println(hi)
}
