package main

import "fmt"

type shape interface{ area() float64 }
type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

func main() {
	var v any = "text"
	fmt.Println("asserting")
	var sh shape = sq{2}
	fmt.Println(sh.area())
	_ = v.(shape)
}
