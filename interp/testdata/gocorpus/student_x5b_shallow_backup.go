// Exercises: a deliberate mistake: "backup := model" copies the struct but not its slices, so restoring the best weights restores nothing
package main

import "fmt"

type Model struct {
	W    []float64
	B    float64
	Name string
}

var model = Model{W: []float64{1, 2}, B: 0.5, Name: "lin"}
var best Model

func perturb(k float64) {
	for i := range model.W {
		model.W[i] += k
	}
	model.B += k
}

func deepCopy(m Model) Model {
	c := m
	c.W = append([]float64(nil), m.W...)
	return c
}

func main() {
	best = model
	perturb(10)
	model = best
	fmt.Printf("restored (shallow): %+v\n", model)
	best = deepCopy(model)
	perturb(-10)
	model = best
	fmt.Printf("restored (deep):    %+v\n", model)
	arr := [2]Model{model, model}
	arr[1].W[0] = 0
	arr[1].B = -1
	fmt.Println(arr[0].W, arr[0].B, arr[1].B)
}
