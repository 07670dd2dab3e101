// Exercises: a deliberate mistake: ranging over a slice of structs modifies copies; a map of structs cannot be updated in place
package main

import "fmt"

type Param struct {
	Name string
	W    float64
	Grad float64
}

var params = []Param{{"w1", 1, 0.5}, {"w2", -2, -1}, {"b", 0.5, 0.25}}

func sgdWrong(lr float64) {
	for _, p := range params {
		p.W -= lr * p.Grad
	}
}

func sgdRight(lr float64) {
	for i := range params {
		params[i].W -= lr * params[i].Grad
	}
}

func main() {
	sgdWrong(1)
	fmt.Printf("after wrong: %+v\n", params)
	sgdRight(1)
	fmt.Printf("after right: %+v\n", params)
	byName := map[string]Param{}
	for _, p := range params {
		byName[p.Name] = p
	}
	p := byName["w1"]
	p.W = 100
	fmt.Println(byName["w1"].W, p.W)
	byName["w1"] = p
	fmt.Println(byName["w1"])
	ptrs := map[string]*Param{"w2": &params[1]}
	ptrs["w2"].W = 42
	fmt.Println(params[1])
}
