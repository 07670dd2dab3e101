package main

import (
	"fmt"
	"reflect"
)

type Name string
type Temp float64
type P struct{ X, Y int }

func add(a, b int) int { return a + b }

func main() {
	var i any = Name("bob")
	fmt.Println(reflect.TypeOf(i).Kind(), reflect.TypeOf(i))
	fmt.Println(reflect.ValueOf(Name("x")).String(), reflect.ValueOf(i).Kind())
	t := reflect.TypeOf(P{})
	nv := reflect.New(t).Elem()
	nv.Field(0).SetInt(4)
	fmt.Printf("%v %T\n", nv.Interface(), nv.Interface())
	z := reflect.Zero(reflect.TypeOf(Temp(0)))
	fmt.Printf("%v %T\n", z.Interface(), z.Interface())
	s := reflect.MakeSlice(reflect.TypeOf([]P{}), 2, 4)
	fmt.Printf("%v %T %d\n", s.Interface(), s.Interface(), s.Cap())
	out := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(out[0].Int(), reflect.TypeOf(add))
	cv := reflect.ValueOf(3.7).Convert(reflect.TypeOf(Temp(0)))
	fmt.Printf("%v %T\n", cv.Interface(), cv.Interface())
	fmt.Println(reflect.TypeOf([]Temp{}).Elem(), reflect.TypeOf(map[Name]P{}).Key())
}
