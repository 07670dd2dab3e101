package main

import (
	"fmt"
	"sync"
)

type Temp float64

func (t Temp) String() string { return "T" }

func main() {
	var m sync.Map
	m.Store("a", Temp(1))
	v, _ := m.Load("a")
	_, ok := v.(Temp)
	// go: T true; gobackprop: 1 false
	fmt.Println(v, ok)
}
