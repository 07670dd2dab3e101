package main

import (
	"fmt"
	"reflect"
)

type Temp float64

func kind(x any) reflect.Kind { return reflect.ValueOf(x).Kind() }

func main() {
	// go: float64; gobackprop: struct (no methods on Temp needed)
	fmt.Println(kind(Temp(2)))
}
