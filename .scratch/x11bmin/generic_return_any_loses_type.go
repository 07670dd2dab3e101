package main

import "fmt"

type Temp float64

func (t Temp) String() string { return "T" }

func Wrap[T any](x T) any { return x }

func main() {
	w := Wrap(Temp(1))
	_, ok := w.(Temp)
	// go: T true; gobackprop: 1 false (the any made inside generic code holds a float64)
	fmt.Println(w, ok)
}
