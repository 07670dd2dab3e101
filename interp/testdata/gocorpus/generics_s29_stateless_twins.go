package main

// Generic strategy types without fields, the same structure, with methods
// of the same names.

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Stepper[T ~float64] interface {
	Step(y, h T) T
	Name() string
}

type Euler[T ~float64] struct{}

func (Euler[T]) Step(y, h T) T { return y + h*y }
func (Euler[T]) Name() string  { return "Euler" }

type Midpoint[T ~float64] struct{}

func (Midpoint[T]) Step(y, h T) T { return y + h*(y+h*y/2) }
func (Midpoint[T]) Name() string  { return "Midpoint" }

func run[T ~float64](s Stepper[T], y T) T {
	for i := 0; i < 3; i++ {
		y = s.Step(y, 0.1)
	}
	return y
}

func main() {
	for _, s := range []Stepper[float64]{Euler[float64]{}, Midpoint[float64]{}} {
		fmt.Printf("%-8s %.5f %v %+v %T\n", s.Name(), run(s, 1.0), s, s, s)
	}
	e := Euler[float64]{}
	fmt.Println(e == Euler[float64]{}, e)
	b, _ := json.Marshal(e)
	fmt.Println(string(b), reflect.TypeOf(e).NumField())
	fmt.Printf("%#v\n", Midpoint[float64]{})
}
