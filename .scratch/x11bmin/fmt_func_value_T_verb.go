package main

import "fmt"

type Temp float64

func (t Temp) String() string { return "t" }

type P struct{ X int }

func main() {
	sp := fmt.Sprintf
	// go: main.Temp 5 main.P main.P{X:1}
	// gobackprop: mirror.NamedStringer 5 struct { X int } struct { X int }{X:1}
	fmt.Println(sp("%T %#v %T %#v", Temp(5), Temp(5), P{1}, P{1}))
}
