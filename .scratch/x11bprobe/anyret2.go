package main

import (
	"fmt"
	"reflect"
	"slices"
	"sync"
)

type Temp float64

func (t Temp) String() string { return "T" }

type Name string

func main() {
	x := Temp(2)
	v := reflect.ValueOf(&x).Elem().Interface()
	_, ok := v.(Temp)
	fmt.Println(v, ok)
	xs := slices.Clone([]any{Temp(1), Name("n")})
	_, ok = xs[0].(Temp)
	fmt.Println(xs[0], ok)
	p := sync.Pool{New: func() any { return Name("fresh") }}
	got := p.Get()
	n, ok := got.(Name)
	fmt.Println(n, ok)
	ch := make(chan any, 1)
	ch <- Temp(3)
	_, ok = (<-ch).(Temp)
	fmt.Println(ok)
}
