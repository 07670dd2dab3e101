package main

import (
	"fmt"
	"reflect"
)

type Temp float64
type Grade int

func (g Grade) String() string { return "grade" }

type Rec struct {
	T Temp
	G Grade
}

func show(x any) {
	v := reflect.ValueOf(x)
	fmt.Println(v, v.Type(), v.Kind(), v.IsZero(), v.CanInterface())
}

func main() {
	show(Temp(1.5))
	show(Grade(2))
	show(Rec{})
	show([]Temp{1})
	show(&Rec{})
	show(map[string]Grade{"a": 1})
	v := reflect.ValueOf(Rec{2, 3})
	fmt.Println(v.Field(0), v.Field(1), v.Field(0).Kind(), v.Field(1).Type())
}
