package main

import (
	"fmt"
	"reflect"
)

type Temp float64

func kind(x any) reflect.Kind { return reflect.ValueOf(x).Kind() }

func main() {
	var t Temp = 1
	var i any = t
	fmt.Println(reflect.ValueOf(i).Kind(), kind(t), kind(Temp(2)), reflect.ValueOf(t).Kind())
	fmt.Println(reflect.ValueOf(i).Float())
}
