// Exercises: reflect.ValueOf of values of the program's own types: Type, Kind, NumMethod, Elem, Interface, through any, and reflect.New/Zero of a reflect.TypeOf
package main

import (
	"fmt"
	"reflect"
)

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Point struct {
	X, Y int `json:"x"`
}

func describe(x any) string {
	v := reflect.ValueOf(x)
	return fmt.Sprint(v.Kind(), " ", reflect.ValueOf(x).Type())
}

func main() {
	var x MyInt = 7
	v := reflect.ValueOf(x)
	fmt.Println("type:", v.Type(), "kind:", v.Kind(), "int:", v.Int(), "methods:", v.NumMethod())
	fmt.Println(v.Type() == reflect.TypeOf(x), v.Type().Name())

	p := Point{1, 2}
	pv := reflect.ValueOf(p)
	for i := range pv.NumField() {
		f := pv.Type().Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), pv.Field(i).Int())
	}
	fmt.Println(reflect.ValueOf(&p).Elem().Type(), reflect.ValueOf(&p).Type())

	t := Temp(21.5)
	e := reflect.ValueOf(&t).Elem()
	e.SetFloat(30)
	back, ok := e.Interface().(Temp)
	fmt.Println(t, back, ok)

	fmt.Println(describe(Temp(2)), "|", describe(x), "|", describe(p), "|", describe(3.5))

	z := reflect.New(reflect.TypeOf(Point{})).Elem()
	z.Field(0).SetInt(9)
	fmt.Println(z.Interface(), reflect.Zero(reflect.TypeOf(x)).Int())
}
