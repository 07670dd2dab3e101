package main

import (
	"fmt"
	"reflect"
)

type Temp float64

func main() {
	x := Temp(2)
	v := reflect.ValueOf(&x).Elem().Interface()
	_, ok := v.(Temp)
	// go: true; gobackprop: false
	fmt.Println(ok)
}
