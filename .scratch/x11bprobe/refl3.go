package main

import (
	"fmt"
	"reflect"
)

type Level int

type Cfg struct {
	Name   string
	level  Level
	secret string
	Tags   []string
}

func (c Cfg) Hello() string { return "hi" }
func (c *Cfg) Reset()       {}

func main() {
	c := Cfg{"n", 3, "s", nil}
	t := reflect.TypeOf(c)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.IsExported(), f.Index, f.Type.Kind())
	}
	v := reflect.ValueOf(c)
	for i := 0; i < v.NumField(); i++ {
		fmt.Print(v.Type().Field(i).Name, "=", v.Field(i), " ")
	}
	fmt.Println()
	fmt.Println(t.NumMethod(), reflect.TypeOf(&c).NumMethod())
	for i := 0; i < reflect.TypeOf(&c).NumMethod(); i++ {
		fmt.Print(reflect.TypeOf(&c).Method(i).Name, " ")
	}
	fmt.Println()
	fmt.Println(reflect.Indirect(reflect.ValueOf(&c)).Type(), reflect.ValueOf(&c).Type())
	fmt.Println(reflect.DeepEqual(c, Cfg{"n", 3, "s", nil}), reflect.DeepEqual(c, Cfg{"n", 3, "t", nil}))
	_, ok := t.FieldByName("secret")
	fmt.Println(ok)
}
